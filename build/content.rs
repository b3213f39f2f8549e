//! Reads, checks and bakes the built-in content (build support).
//!
//! `build.rs` runs [`bake_dir`] on `content/`; `tests/content.rs` feeds
//! [`read_language`] and [`check_languages`] broken files to show each
//! mistake is caught. The files are read with serde into the crate's own
//! catalog types (`crate::core` is the crate's core, compiled into the build
//! script by path), so the checks serde makes (unknown, duplicate and missing
//! keys, wrong types) come from the types themselves, and a new field needs
//! no change here. Every error names the file and the key.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::core::catalog::Catalog;
use crate::core::config::Lang;
use crate::core::tree::{Baker, TextTree};

/// Every leaf of a language's content by its path (`plan.myths.x.fact`),
/// with the file it is in.
pub type Leaves = BTreeMap<String, (String, Value)>;

/// One language, read and typed.
pub struct Language {
    /// Which language.
    pub lang: Lang,
    /// Its texts.
    pub catalog: Catalog,
    /// Its raw leaves, for the checks across languages.
    pub leaves: Leaves,
}

/// Reads one language from its files, given as `(path, text)`: each file
/// is the section of [`Catalog`] named by its stem (`content/en/app.json`
/// is `app`). Every problem is returned, each naming its file.
pub fn read_language(lang: Lang, dir: &str, files: &[(String, String)]) -> Result<Language, Vec<String>> {
    let mut errors = Vec::new();
    // One document `{"app": <app.json>, "diagram": ...}`, so serde types the
    // whole catalog at once; each file starts on its own line, so an error's
    // line leads back to its file.
    let mut doc = String::from("{");
    let mut starts: Vec<(usize, &str)> = Vec::new();
    let mut leaves = Leaves::new();
    for (i, (path, text)) in files.iter().enumerate() {
        let section = Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or(path);
        match serde_json::from_str::<Value>(text) {
            Ok(v) => {
                blank_texts(&v, "", &mut |key| {
                    errors.push(format!("{path}: text at `{key}` is empty"))
                });
                collect(&v, section.to_string(), path, &mut leaves);
            }
            Err(e) => errors.push(format!("{path}:{}:{}: {}", e.line(), e.column(), message(&e))),
        }
        if i > 0 {
            doc.push(',');
        }
        doc.push('\n');
        starts.push((doc.matches('\n').count() + 1, path));
        doc.push_str(&format!("{section:?}:"));
        doc.push_str(text);
    }
    doc.push_str("\n}");
    if !errors.is_empty() {
        return Err(errors);
    }
    let catalog: Catalog = match serde_json::from_str(&doc) {
        Ok(c) => c,
        Err(e) => {
            let last_line = doc.matches('\n').count() + 1;
            let at = starts.iter().rev().find(|(first, _)| *first <= e.line());
            let place = match at {
                Some((first, path)) if e.line() < last_line => {
                    // The first line of a file carries the section key before it.
                    let column = if e.line() == *first {
                        e.column().saturating_sub(path_key_len(path))
                    } else {
                        e.column()
                    };
                    format!("{path}:{}:{column}", e.line() - first + 1)
                }
                _ => format!("{dir}/ (a content file is missing)"),
            };
            return Err(vec![format!("{place}: {}", message(&e))]);
        }
    };
    if let Err((section, missing)) = catalog.check_complete() {
        return Err(vec![format!("{dir}/{section}.json: {missing}")]);
    }
    Ok(Language { lang, catalog, leaves })
}

/// The length of the `"section":` key put before a file's first line.
fn path_key_len(path: &str) -> usize {
    let section = Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or(path);
    format!("{section:?}:").chars().count()
}

/// serde_json's message without its " at line L column C" (given apart).
fn message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&tail).unwrap_or(&full).to_string()
}

/// Calls `f` with the path of every text that is empty or only spaces.
fn blank_texts(v: &Value, path: &str, f: &mut dyn FnMut(&str)) {
    match v {
        Value::String(s) if s.trim().is_empty() => f(path),
        Value::Object(m) => {
            for (k, v) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                blank_texts(v, &p, f);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                blank_texts(v, &format!("{path}[{i}]"), f);
            }
        }
        _ => {}
    }
}

fn collect(v: &Value, path: String, file: &str, out: &mut Leaves) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                collect(v, format!("{path}.{k}"), file, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect(v, format!("{path}[{i}]"), file, out);
            }
        }
        other => {
            out.insert(path, (file.to_string(), other.clone()));
        }
    }
}

/// The `{name}` placeholders in a text (the rule clinic wording follows too).
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Every language says everything English says: the same keys, the same
/// `{placeholders}` in each text, and the same source numbers (citations do
/// not change with the language). `languages[0]` (English) is the reference.
pub fn check_languages(languages: &[Language]) -> Vec<String> {
    let mut errors = Vec::new();
    let Some(reference) = languages.first() else {
        return errors;
    };
    for other in &languages[1..] {
        for (key, (file, _)) in &reference.leaves {
            if !other.leaves.contains_key(key) {
                errors.push(format!(
                    "{}: `{key}` is missing ({file} has it)",
                    other_file(other, key)
                ));
            }
        }
        for (key, (file, v)) in &other.leaves {
            let Some((ref_file, reference)) = reference.leaves.get(key) else {
                errors.push(format!("{file}: unknown key `{key}` (English has no such key)"));
                continue;
            };
            match (reference, v) {
                (Value::String(a), Value::String(b)) if placeholders(a) != placeholders(b) => {
                    errors.push(format!(
                        "{file}: `{key}` has placeholders {:?}, but {ref_file} has {:?}",
                        placeholders(b),
                        placeholders(a)
                    ));
                }
                (Value::String(_), Value::String(_)) => {}
                (a, b) if a != b => {
                    errors.push(format!("{file}: `{key}` is {b}, but {ref_file} has {a}"));
                }
                _ => {}
            }
        }
    }
    errors
}

/// The file of `other` that should hold `key` (its section's file).
fn other_file(other: &Language, key: &str) -> String {
    let section = key.split('.').next().unwrap_or("");
    format!("content/{}/{section}.json", other.lang.tag())
}

/// Reads every language under `dir` (`content/`), checks them and returns
/// the Rust source of their statics, or every error found.
/// A fetched language's file: its language tag and its text.
pub type LangFile = (String, String);

pub fn bake_dir(dir: &Path, wasm: bool, mut seen: impl FnMut(&Path)) -> Result<(String, Vec<LangFile>), Vec<String>> {
    let mut languages = Vec::new();
    let mut errors = Vec::new();
    // English first: it is the reference for the checks across languages.
    for lang in Lang::ALL {
        let lang_dir = dir.join(lang.tag());
        seen(&lang_dir);
        let name = lang_dir.display().to_string();
        let mut files = Vec::new();
        let entries = match fs::read_dir(&lang_dir) {
            Ok(e) => e,
            Err(e) => {
                errors.push(format!("{name}: {e}"));
                continue;
            }
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
            seen(&path);
            match fs::read_to_string(&path) {
                Ok(text) => files.push((path.display().to_string(), text)),
                Err(e) => errors.push(format!("{}: {e}", path.display())),
            }
        }
        match read_language(lang, &name, &files) {
            Ok(l) => languages.push(l),
            Err(e) => errors.extend(e),
        }
    }
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let tag = e.file_name().to_string_lossy().to_string();
            if e.path().is_dir() && !Lang::ALL.iter().any(|l| l.tag() == tag) {
                errors.push(format!(
                    "{}: not a language the widget has (add it to `Lang` first)",
                    e.path().display()
                ));
            }
        }
    }
    if errors.is_empty() {
        errors.extend(check_languages(&languages));
    }
    if errors.is_empty() {
        rust(&languages, wasm)
    } else {
        Err(errors)
    }
}

/// The statics of the languages compiled in, the name and fingerprint of
/// each language fetched at run time, and (natively) that file's text.
///
/// English, the default, is compiled into every build. On wasm32 every
/// other language is left out of the wasm: its texts go to a file next to it
/// (`dist/microneedling-guide-<fingerprint>.<tag>.json`, written by
/// `examples/lang_files.rs` from [`language_file`]), a JSON list of the texts
/// in field order after a tag with the fingerprint. Every language has the
/// same shape (the checks across languages make sure; this refuses any
/// difference), so the file holds no key and no number. Native builds
/// (tests, the prerender) compile every language in.
pub fn rust(languages: &[Language], wasm: bool) -> Result<(String, Vec<LangFile>), Vec<String>> {
    let mut out = String::from(
        "// Written by build.rs from content/: do not edit.\n\
         use crate::core::config::Lang;\nuse crate::core::tree::Flat;\n\n",
    );
    let Some(reference) = languages.first() else {
        return Err(vec!["content/: no language".to_string()]);
    };
    let mut shape = Baker::default();
    reference.catalog.bake(&mut shape);
    let mut compiled = String::new();
    let mut fetched = String::new();
    let mut loading = String::new();
    let mut files = String::new();
    let mut errors = Vec::new();
    let mut written = Vec::new();
    for (i, l) in languages.iter().enumerate() {
        let mut b = Baker::default();
        l.catalog.bake(&mut b);
        let name = format!("{:?}", l.lang).to_uppercase();
        let variant = format!("Lang::{:?}", l.lang);
        if b.shape != shape.shape {
            errors.push(format!(
                "content/{}/: its layout differs from English's (keys, options or source lists)",
                l.lang.tag()
            ));
            continue;
        }
        let app = &l.catalog.app;
        loading.push_str(&format!(
            "        {variant} => ({:?}, {:?}),\n",
            &*app.getting_ready, &*app.language_failed
        ));
        let first = i == 0;
        if first || !wasm {
            out.push_str(&format!(
                "static {name}: Flat = Flat {{\n    text: {:?},\n    lengths: &{:?},\n    shape: &{:?},\n}};\n\n",
                b.text, b.lengths, b.shape
            ));
            compiled.push_str(&format!("        {variant} => Some({name}),\n"));
        } else {
            compiled.push_str(&format!("        {variant} => None,\n"));
        }
        if first {
            out.push_str(&format!(
                "/// English, the first load's language, whose layout every language shares.\npub const SHAPE: Flat = {name};\n\n"
            ));
            fetched.push_str(&format!("        {variant} => None,\n"));
            files.push_str(&format!("        {variant} => None,\n"));
        } else {
            let (file, text, print) = language_file(l, &shape.shape);
            written.push((l.lang.tag().to_string(), text.clone()));
            fetched.push_str(&format!("        {variant} => Some(({file:?}, 0x{print:016x})),\n"));
            if !wasm {
                files.push_str(&format!("        {variant} => Some({text:?}),\n"));
            } else {
                files.push_str(&format!("        {variant} => None,\n"));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut count = 0usize;
    reference.catalog.texts("", &mut |_, _| count += 1);
    out.push_str(&format!(
        "/// How many texts a language has.\npub const TEXTS: usize = {count};\n\n\
         /// The built-in text of `lang`, if it is compiled into this build.\n\
         pub fn compiled(lang: Lang) -> Option<Flat> {{\n    match lang {{\n{compiled}    }}\n}}\n\n\
         /// The file name and fingerprint of a language fetched at run time.\n\
         pub fn fetched(lang: Lang) -> Option<(&'static str, u64)> {{\n    match lang {{\n{fetched}    }}\n}}\n\n\
         /// Each language's \"getting ready\" and \"could not load\" texts.\n\
         pub fn loading(lang: Lang) -> (&'static str, &'static str) {{\n    match lang {{\n{loading}    }}\n}}\n\n\
         /// The text of a fetched language's file (native builds only).\n\
         #[allow(dead_code)]\n\
         pub fn file_text(lang: Lang) -> Option<&'static str> {{\n    match lang {{\n{files}    }}\n}}\n"
    ));
    Ok((out, written))
}

/// A fetched language's file: its name, its text and its fingerprint.
pub fn language_file(l: &Language, shape: &[u8]) -> (String, String, u64) {
    let mut texts: Vec<String> = Vec::new();
    l.catalog.texts("", &mut |_, t| texts.push(t.to_string()));
    let print = crate::core::tree::fingerprint(shape, texts.iter().map(String::as_str));
    let mut list = vec![crate::core::catalog::file_tag(print)];
    list.extend(texts);
    let text = serde_json::to_string(&list).unwrap_or_default();
    let name = format!("microneedling-guide-{print:016x}.{}.json", l.lang.tag());
    (name, text, print)
}
