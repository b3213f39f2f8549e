//! The build step's content checks (`build/content.rs`): the shipped content
//! passes them, and each kind of mistake fails them with its file and key,
//! which is what makes `cargo build` refuse it.

use std::path::Path;

use microneedling_guide::core;
use microneedling_guide::core::catalog::Catalog;
use microneedling_guide::core::config::Lang;

#[path = "../build/content.rs"]
#[allow(dead_code)]
mod content;

use content::{check_languages, read_language, Language};

/// The shipped files of `lang` as `(path, text)`.
fn files(lang: Lang) -> Vec<(String, String)> {
    let dir = format!("content/{}", lang.tag());
    let mut out: Vec<(String, String)> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(&dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap_or_else(|e| panic!("{e}")).path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            (
                format!("{dir}/{name}"),
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{e}")),
            )
        })
        .collect();
    out.sort();
    out
}

/// `lang`'s files with `edit` applied to the one named `file`.
fn edited(lang: Lang, file: &str, edit: impl Fn(&str) -> String) -> Vec<(String, String)> {
    let mut fs = files(lang);
    let f = fs
        .iter_mut()
        .find(|(p, _)| p.ends_with(file))
        .unwrap_or_else(|| panic!("{file}"));
    let new = edit(&f.1);
    assert_ne!(new, f.1, "the edit must change {file}");
    f.1 = new;
    fs
}

fn read(lang: Lang, files: &[(String, String)]) -> Result<Language, Vec<String>> {
    read_language(lang, &format!("content/{}", lang.tag()), files)
}

/// The one error of reading these files.
fn error(lang: Lang, files: &[(String, String)]) -> String {
    match read(lang, files) {
        Ok(_) => panic!("must fail"),
        Err(e) => e.join("\n"),
    }
}

#[test]
fn the_shipped_content_passes_and_is_what_the_crate_ships() {
    let langs: Vec<Language> = Lang::ALL
        .into_iter()
        .map(|l| read(l, &files(l)).unwrap_or_else(|e| panic!("{}", e.join("\n"))))
        .collect();
    assert_eq!(check_languages(&langs), Vec::<String>::new());
    for l in &langs {
        assert_eq!(
            l.catalog,
            Catalog::builtin(l.lang),
            "the baked {:?} text is the content's",
            l.lang
        );
    }
}

#[test]
fn a_misspelt_key_names_the_file_line_and_key() {
    let fs = edited(Lang::En, "app.json", |t| t.replacen("\"start\":", "\"strat\":", 1));
    let e = error(Lang::En, &fs);
    assert!(e.starts_with("content/en/app.json:"), "{e}");
    assert!(e.contains("unknown field `strat`"), "{e}");
    let line: usize = e.split(':').nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
    let want = fs[0].1.lines().position(|l| l.contains("\"strat\"")).map(|i| i + 1);
    assert_eq!(Some(line), want, "{e}");
}

#[test]
fn a_missing_key_is_an_error_not_a_blank() {
    let fs = edited(Lang::En, "diagram.json", |t| t.replacen("\"play\": \"Play\",", "", 1));
    let e = error(Lang::En, &fs);
    assert!(
        e.starts_with("content/en/diagram.json:") && e.contains("missing field `play`"),
        "{e}"
    );
}

#[test]
fn a_duplicate_key_is_an_error() {
    let fs = edited(Lang::En, "app.json", |t| t.replacen("{", "{\"start\": \"Go\",", 1));
    let e = error(Lang::En, &fs);
    assert!(
        e.starts_with("content/en/app.json:") && e.contains("duplicate field `start`"),
        "{e}"
    );
    let fs = edited(Lang::En, "plan.json", |t| {
        t.replacen(
            "\"likely_to_help\": {",
            "\"likely_to_help\": {\"title\": \"x\", \"body\": \"y\"}, \"likely_to_help\": {",
            1,
        )
    });
    let e = error(Lang::En, &fs);
    assert!(e.contains("duplicate key `likely_to_help`"), "{e}");
}

#[test]
fn a_blank_string_is_an_error() {
    let fs = edited(Lang::En, "app.json", |t| t.replacen("\"Start\"", "\"  \"", 1));
    assert_eq!(error(Lang::En, &fs), "content/en/app.json: text at `start` is empty");
}

#[test]
fn malformed_json_reports_the_file() {
    let fs = edited(Lang::En, "quiz.json", |t| {
        t.replacen("{", "{ \"step\": ", 1)
            .replacen("\"step\": \"", "\"step\" \"", 1)
    });
    let e = error(Lang::En, &fs);
    assert!(e.starts_with("content/en/quiz.json:"), "{e}");
}

#[test]
fn a_wrong_type_is_an_error() {
    let fs = edited(Lang::En, "diagram.json", |t| {
        t.replacen("\"sources\": [", "\"sources\": [\"x\", ", 1)
    });
    let e = error(Lang::En, &fs);
    assert!(
        e.starts_with("content/en/diagram.json:") && e.contains("invalid type"),
        "{e}"
    );
}

#[test]
fn a_missing_or_unknown_option_text_is_an_error() {
    let fs = edited(Lang::En, "quiz.json", |t| t.replacen("\"pores\":", "\"porez\":", 1));
    let e = error(Lang::En, &fs);
    assert!(
        e.starts_with("content/en/quiz.json:") && e.contains("unknown key `porez`"),
        "{e}"
    );
    let fs = edited(Lang::En, "plan.json", |t| {
        t.replacen("\"test_spot\": \"Can we try a small test spot first?\",", "", 1)
    });
    let e = error(Lang::En, &fs);
    assert_eq!(e, "content/en/plan.json: missing text for provider_questions.test_spot");
}

#[test]
fn a_missing_file_is_named() {
    let mut fs = files(Lang::En);
    fs.retain(|(p, _)| !p.ends_with("quiz.json"));
    let e = error(Lang::En, &fs);
    assert!(e.contains("content/en/") && e.contains("missing field `quiz`"), "{e}");
}

/// A Spanish file that differs from English in keys, placeholders or source numbers.
fn parity_errors(file: &str, edit: impl Fn(&str) -> String) -> Vec<String> {
    let en = read(Lang::En, &files(Lang::En)).unwrap_or_else(|e| panic!("{e:?}"));
    let es = read(Lang::Es, &edited(Lang::Es, file, edit)).unwrap_or_else(|e| panic!("{e:?}"));
    check_languages(&[en, es])
}

#[test]
fn languages_must_agree_on_placeholders_sources_and_optional_keys() {
    let e = parity_errors("quiz.json", |t| t.replacen("{total}", "total", 1));
    assert!(
        e.len() == 1 && e[0].starts_with("content/es/quiz.json: `quiz.step` has placeholders"),
        "{e:?}"
    );
    let e = parity_errors("diagram.json", |t| {
        let at = t.find("\"sources\": [").unwrap_or(0) + "\"sources\": [".len();
        format!("{}9, {}", &t[..at], &t[at..])
    });
    assert!(
        e.iter()
            .any(|e| e.starts_with("content/es/diagram.json: `diagram.scenes.")),
        "{e:?}"
    );
    // An optional hint dropped in one language only: serde accepts it, the
    // check across languages does not.
    let e = parity_errors("quiz.json", |t| {
        // The first hint is the last field of its option: drop it and the comma before it.
        let start = t.find("\"hint\":").unwrap_or(0);
        let end = start + t[start..].find('\n').unwrap_or(0);
        let line_start = t[..start].rfind('\n').unwrap_or(0);
        let comma = t[..line_start].rfind(',').unwrap_or(0);
        format!("{}{}", &t[..comma], &t[end..])
    });
    assert!(
        e.iter()
            .any(|e| e.starts_with("content/es/quiz.json: `quiz.") && e.contains("is missing")),
        "{e:?}"
    );
}

#[test]
fn placeholders_are_read_like_clinic_wording_slots() {
    assert_eq!(content::placeholders("Step {total} of {n}, {n}"), vec!["n", "total"]);
    assert!(content::placeholders("a { b } {}").is_empty());
    let _ = core::json::Json::Null;
}
