//! Every language says everything English says, and English stays easy to read.
//!
//! `cargo build` already refuses content with missing or unknown keys, or
//! languages that differ (`build/content.rs`); these tests say the same of the
//! shipped files in plain terms, and measure the English reading level that
//! the design asks for (about a 6th grade, at most 8th).

use std::collections::{BTreeMap, BTreeSet};

use microneedling_guide::core::config::Lang;
use microneedling_guide::core::json::Json;
use serde_json::Value;

/// The sections of a language as `(section name, parsed JSON)`: every file
/// in `content/<lang>/`, named by its stem.
fn sections(lang: Lang) -> Vec<(String, Value)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content")
        .join(lang.tag());
    let mut out: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let name = p
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            (name, value)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Every leaf of a JSON value by its path, such as `plan.myths.x.fact`.
fn leaves(value: &Value, path: String, out: &mut BTreeMap<String, Value>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                leaves(v, format!("{path}.{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaves(v, format!("{path}[{i}]"), out);
            }
        }
        other => {
            out.insert(path, other.clone());
        }
    }
}

fn all_leaves(lang: Lang) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for (name, value) in sections(lang) {
        leaves(&value, name, &mut out);
    }
    out
}

/// The `{name}` placeholders in a text (the same rule as clinic overrides).
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .collect()
}

#[test]
fn every_language_has_exactly_the_english_paths() {
    let en = all_leaves(Lang::En);
    for lang in Lang::ALL {
        let other = all_leaves(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn no_language_has_blank_text() {
    for lang in Lang::ALL {
        for (path, v) in all_leaves(lang) {
            if let Value::String(s) = v {
                assert!(!s.trim().is_empty(), "{lang:?}: `{path}` is blank");
            }
        }
    }
}

#[test]
fn placeholders_and_numbers_match_english_key_by_key() {
    let en = all_leaves(Lang::En);
    for lang in Lang::ALL {
        for (path, v) in all_leaves(lang) {
            let Some(reference) = en.get(&path) else {
                continue;
            };
            match (reference, &v) {
                (Value::String(a), Value::String(b)) => {
                    assert_eq!(placeholders(a), placeholders(b), "{lang:?}: placeholders of `{path}`");
                }
                // Source numbers are citations: they must not change with the language.
                (a, b) => assert_eq!(a, b, "{lang:?}: `{path}`"),
            }
        }
    }
}

#[test]
fn spanish_is_really_translated() {
    // Source titles are citations and stay as published; everything else
    // that reads as an English sentence in Spanish is a missed string.
    let en = all_leaves(Lang::En);
    let es = all_leaves(Lang::Es);
    let same: Vec<_> = es
        .iter()
        .filter(|(path, v)| !path.starts_with("plan.sources.") && v.is_string() && en.get(*path) == Some(v))
        .filter(|(_, v)| v.as_str().is_some_and(|s| s.split_whitespace().count() > 2))
        .map(|(p, _)| p.clone())
        .collect();
    assert!(same.is_empty(), "untranslated: {same:?}");
}

/// True syllable counts of words the vowel-group rule gets wrong: the
/// medical words first (the rule reads "isotretinoin" as 5 and "rosacea" as
/// 3, flattering the grade exactly where the text is hardest), then a few
/// everyday words it also miscounts.
const KNOWN_SYLLABLES: &[(&str, usize)] = &[
    ("acne", 2),
    ("isotretinoin", 6),
    ("rosacea", 4),
    ("psoriasis", 4),
    ("eczema", 3),
    ("melasma", 3),
    ("keloid", 2),
    ("keloids", 2),
    ("microneedling", 4),
    ("collagen", 3),
    ("epidermis", 4),
    ("dermis", 2),
    ("dermabrasion", 4),
    ("granulomas", 4),
    ("platelets", 2),
    ("macrophages", 4),
    ("neutrophils", 3),
    ("fibroblast", 3),
    ("fibroblasts", 3),
    ("radiation", 4),
    ("radiofrequency", 6),
    ("chemotherapy", 5),
    ("diagnosis", 4),
    ("methotrexate", 4),
    ("clopidogrel", 4),
    ("apixaban", 4),
    ("warfarin", 3),
    ("aspirin", 3),
    ("subcision", 3),
    ("retinoids", 3),
    ("steroid", 2),
    ("antiviral", 4),
    ("needles", 2),
    ("area", 3),
    ("quiet", 2),
    ("usual", 3),
    ("usually", 4),
    ("previous", 3),
    ("medium", 3),
    ("diagrams", 3),
    ("technique", 2),
];

/// Syllables in an English word: the true count for the words in
/// [`KNOWN_SYLLABLES`], else the usual vowel-group rule with corrections
/// for a silent final `e` and `-es`/`-ed` endings.
fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    if let Some((_, n)) = KNOWN_SYLLABLES.iter().find(|(k, _)| *k == w) {
        return *n;
    }
    if w.is_empty() {
        // A number or symbol read aloud: count it as one.
        return 1;
    }
    if w.len() <= 3 {
        return 1;
    }
    let mut stem = w.as_str();
    for ending in ["es", "ed"] {
        if let Some(s) = stem.strip_suffix(ending) {
            // "-ted"/"-ded"/"-ses"/"-ces" and the like keep their syllable.
            if !s.ends_with(['t', 'd', 's', 'c', 'g', 'x', 'z']) {
                stem = s;
            }
            break;
        }
    }
    if let Some(s) = stem.strip_suffix('e') {
        if !stem.ends_with("le") {
            stem = s;
        }
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for c in stem.chars() {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    count.max(1)
}

#[test]
fn syllable_counter_is_sensible() {
    for (word, n) in [
        ("skin", 1),
        ("make", 1),
        ("scars", 1),
        ("needle", 2),
        ("provider", 3),
        ("microneedling", 4),
        ("treated", 2),
        ("collagen", 3),
        ("because", 2),
        ("1.5", 1),
        ("Isotretinoin", 6),
        ("rosacea,", 4),
        ("keloids.", 2),
    ] {
        assert_eq!(syllables(word), n, "{word}");
    }
    // Entries are single lowercase words with a plausible count.
    for (word, n) in KNOWN_SYLLABLES {
        assert!(word.chars().all(|c| c.is_ascii_lowercase()), "{word}");
        assert!((1..=7).contains(n), "{word}");
    }
}

/// `(sentences, words, syllables)` of one text; a text without a final stop
/// (a label or a heading) still counts as one sentence.
fn counts(text: &str) -> (usize, usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut sentences = 0;
    for (i, c) in chars.iter().enumerate() {
        let next = chars.get(i + 1);
        if ".!?".contains(*c) && next.is_none_or(|n| n.is_whitespace()) {
            sentences += 1;
        }
    }
    let ends_with_stop = text.trim_end().ends_with(['.', '!', '?']);
    if !ends_with_stop {
        sentences += 1;
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let syl = words.iter().map(|w| syllables(w)).sum();
    (sentences, words.len(), syl)
}

/// Flesch-Kincaid grade of the English texts that pass `keep`.
fn english_grade(keep: impl Fn(&str) -> bool) -> (f64, usize, usize, usize) {
    english_grade_in("", keep)
}

/// Flesch-Kincaid grade of the English texts of one content file (its
/// section name, such as `diagram`), or of all files for `""`.
fn english_grade_in(file: &str, keep: impl Fn(&str) -> bool) -> (f64, usize, usize, usize) {
    let (mut s, mut w, mut y) = (0, 0, 0);
    for (path, v) in all_leaves(Lang::En) {
        // Source titles are citations, kept as published.
        if path.starts_with("plan.sources.") || !path.starts_with(file) {
            continue;
        }
        if let Value::String(text) = v {
            if keep(&text) {
                let (a, b, c) = counts(&text);
                s += a;
                w += b;
                y += c;
            }
        }
    }
    let grade = 0.39 * (w as f64 / s as f64) + 11.8 * (y as f64 / w as f64) - 15.59;
    (grade, s, w, y)
}

#[test]
fn english_reads_at_grade_8_or_below() {
    // All text, labels and headings included: what a visitor actually reads.
    let (all, s, w, y) = english_grade(|_| true);
    println!("English Flesch-Kincaid grade, all text: {all:.1} ({s} sentences, {w} words, {y} syllables)");
    // Full sentences only: short labels would otherwise flatter the figure.
    let (prose, s, w, y) = english_grade(|t| t.trim_end().ends_with(['.', '!', '?']));
    println!("English Flesch-Kincaid grade, sentences only: {prose:.1} ({s} sentences, {w} words, {y} syllables)");
    assert!(
        all <= 8.0 && prose <= 8.0,
        "English reads at grade {all:.1} / {prose:.1}; simplify it to 8 or below"
    );
}

fn is_sentence(t: &str) -> bool {
    t.trim_end().ends_with(['.', '!', '?'])
}

#[test]
fn each_english_file_reads_at_grade_8_or_below_and_the_diagrams_at_6() {
    // Each file on its own, so an easy file cannot hide a hard one in the
    // total. The diagram captions were the hardest part (long,
    // comma-chained sentences with cell names); they now keep to grade 6.
    for file in ["app", "quiz", "plan", "diagram"] {
        let (all, s, w, y) = english_grade_in(file, |_| true);
        let (prose, ps, pw, py) = english_grade_in(file, is_sentence);
        println!(
            "English {file}.json: grade {all:.1} all text ({s} sentences, {w} words, {y} syllables), \
             {prose:.1} sentences only ({ps} sentences, {pw} words, {py} syllables)"
        );
        let ceiling = if file == "diagram" { 6.0 } else { 8.0 };
        assert!(
            all <= ceiling && prose <= ceiling,
            "{file}.json reads at grade {all:.1} / {prose:.1}; simplify it to {ceiling} or below"
        );
    }
}

#[test]
fn clinic_wording_applies_per_language() {
    use microneedling_guide::core::overrides::catalog_with_overrides;
    // What the browser's JSON.parse makes of
    // `{ "es": { "app": { "start": "Comenzar" } }, "en": { "app": { "start": "Begin" } } }`.
    let start = |text: &str| {
        Json::Object(vec![(
            "app".into(),
            Json::Object(vec![("start".into(), Json::String(text.into()))]),
        )])
    };
    let file = &Json::Object(vec![("es".into(), start("Comenzar")), ("en".into(), start("Begin"))]);
    let (es, warnings) = catalog_with_overrides(Lang::Es, file);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(es.app.start, "Comenzar");
    assert_eq!(es.app.name, "Guía de microneedling", "the rest stays Spanish");
    let (en, _) = catalog_with_overrides(Lang::En, file);
    assert_eq!(en.app.start, "Begin");
}
