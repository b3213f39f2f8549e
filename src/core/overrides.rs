//! A clinic's own wording: a JSON file that replaces built-in texts.
//!
//! The file is keyed by language, then by catalog section, then by the same
//! keys as the built-in content files:
//!
//! ```json
//! { "en": { "app": { "start": "Begin" }, "plan": { "title": "Your plan" } } }
//! ```
//!
//! Only existing text can be replaced, only by non-empty text with the same
//! `{slots}`. Everything else is skipped with a warning and the
//! built-in text stays, so a clinic's typo costs one string, never the widget.
//! Text is always shown as text: markup in it is displayed, not interpreted.

use std::fmt;

use super::catalog::{sources, Catalog, CatalogError, RawCatalog};
use super::json::{self, Json};
use super::config::Lang;

/// The longest override text accepted; longer is surely a mistake.
pub const MAX_TEXT: usize = 2000;

/// Why one part of an override file was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverrideWarning {
    /// The file is not JSON, or not a JSON object.
    Malformed(String),
    /// A top-level key is not a language the widget ships.
    UnknownLanguage(String),
    /// No such text in the catalog.
    UnknownKey(String),
    /// A text was given as a number, list, object or null (or an object
    /// where a text is expected).
    WrongType(String),
    /// An empty or blank text.
    Empty(String),
    /// Longer than [`MAX_TEXT`] characters.
    TooLong(String),
    /// The `{slots}` differ from the built-in text's.
    Slots(String),
    /// The merged catalog failed its checks; the built-in one is used.
    Rejected(String),
}

impl fmt::Display for OverrideWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = "microneedling-guide: clinic content";
        match self {
            Self::Malformed(e) => write!(f, "{p} is not a JSON object ({e}); using the built-in text"),
            Self::UnknownLanguage(l) => write!(f, "{p}: unknown language \"{l}\" skipped"),
            Self::UnknownKey(k) => write!(f, "{p}: unknown key `{k}` skipped"),
            Self::WrongType(k) => write!(f, "{p}: `{k}` must be text; the built-in text is kept"),
            Self::Empty(k) => write!(f, "{p}: `{k}` is empty; the built-in text is kept"),
            Self::TooLong(k) => write!(f, "{p}: `{k}` is longer than {MAX_TEXT} characters; the built-in text is kept"),
            Self::Slots(k) => write!(f, "{p}: `{k}` must keep the same {{slots}} as the built-in text; the built-in text is kept"),
            Self::Rejected(e) => write!(f, "{p} was rejected ({e}); using the built-in text"),
        }
    }
}

/// The distinct `{name}` slots in a text, sorted. A sorted `Vec` rather than
/// a set: collecting into a `BTreeSet` linked a sort routine into the wasm.
fn slots(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let names = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    for name in names {
        if let Err(at) = out.binary_search(&name) {
            out.insert(at, name);
        }
    }
    out
}

/// Merges `patch` into `base` text by text, recording what it skips.
fn merge(base: &mut Json, patch: &Json, path: &str, warnings: &mut Vec<OverrideWarning>) {
    let (Json::Object(patch), Json::Object(base)) = (patch, base) else {
        warnings.push(OverrideWarning::WrongType(path.to_string()));
        return;
    };
    for (key, new) in patch {
        let here = format!("{path}.{key}");
        let Some((_, old)) = base.iter_mut().find(|(k, _)| k == key) else {
            warnings.push(OverrideWarning::UnknownKey(here));
            continue;
        };
        match (old, new) {
            (old @ Json::Object(_), Json::Object(_)) => merge(old, new, &here, warnings),
            (Json::String(old), Json::String(new)) => {
                if new.trim().is_empty() {
                    warnings.push(OverrideWarning::Empty(here));
                } else if new.chars().count() > MAX_TEXT {
                    warnings.push(OverrideWarning::TooLong(here));
                } else if slots(old) != slots(new) {
                    warnings.push(OverrideWarning::Slots(here));
                } else {
                    *old = new.clone();
                }
            }
            _ => warnings.push(OverrideWarning::WrongType(here)),
        }
    }
}

/// The catalog for `lang` with a clinic's override file applied, plus every
/// warning. Never fails while the built-in catalog is sound; if even that is
/// broken, the error is returned for the caller's last-resort message.
pub fn catalog_with_overrides(lang: Lang, json: &str) -> Result<(Catalog, Vec<OverrideWarning>), CatalogError> {
    let builtin = || Catalog::builtin(lang);
    let mut warnings = Vec::new();
    let file = match json::parse(json) {
        Ok(v @ Json::Object(_)) => v,
        Ok(_) => return Ok((builtin()?, vec![OverrideWarning::Malformed("top level is not an object".into())])),
        Err(e) => return Ok((builtin()?, vec![OverrideWarning::Malformed(e.to_string())])),
    };
    let mut raw = RawCatalog::parse(sources(lang))?;
    if let Json::Object(langs) = &file {
        for (tag, sections) in langs {
            match Lang::ALL.into_iter().find(|l| l.tag() == tag) {
                None => warnings.push(OverrideWarning::UnknownLanguage(tag.clone())),
                Some(l) if l != lang => {}
                Some(_) => {
                    let Json::Object(sections) = sections else {
                        warnings.push(OverrideWarning::WrongType(tag.clone()));
                        continue;
                    };
                    for (name, patch) in sections {
                        let path = format!("{tag}.{name}");
                        match raw.sections_mut().into_iter().find(|(n, _)| n == name) {
                            Some((_, section)) => merge(&mut section.value, patch, &path, &mut warnings),
                            None => warnings.push(OverrideWarning::UnknownKey(path)),
                        }
                    }
                }
            }
        }
    }
    match Catalog::from_raw(raw) {
        Ok(c) => Ok((c, warnings)),
        Err(e) => {
            warnings.push(OverrideWarning::Rejected(e.to_string()));
            Ok((builtin()?, warnings))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(json: &str) -> (Catalog, Vec<OverrideWarning>) {
        match catalog_with_overrides(Lang::En, json) {
            Ok(result) => result,
            Err(e) => panic!("the built-in catalog must be sound: {e}"),
        }
    }

    fn builtin() -> Catalog {
        match Catalog::builtin(Lang::En) {
            Ok(c) => c,
            Err(e) => panic!("the built-in catalog must be sound: {e}"),
        }
    }

    #[test]
    fn a_valid_override_replaces_only_that_text() {
        let (c, w) = apply(r#"{"en": {"app": {"start": "Begin the quiz"}}}"#);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.app.start, "Begin the quiz");
        let builtin = builtin();
        assert_eq!(c.app.intro, builtin.app.intro);
    }

    #[test]
    fn markup_stays_text() {
        let (c, w) = apply(r#"{"en": {"app": {"start": "<img src=x onerror=alert(1)>"}}}"#);
        assert!(w.is_empty());
        assert_eq!(c.app.start, "<img src=x onerror=alert(1)>", "kept verbatim, rendered as a text node");
    }

    #[test]
    fn malformed_files_fall_back_entirely() {
        for bad in ["", "not json", "[1,2]", "\"text\"", "{\"en\": "] {
            let (c, w) = apply(bad);
            assert_eq!(c, builtin());
            assert!(matches!(w.as_slice(), [OverrideWarning::Malformed(_)]), "{bad}: {w:?}");
        }
    }

    #[test]
    fn each_bad_entry_is_skipped_with_its_own_warning() {
        let json = r#"{
            "en": {
                "app": {
                    "start": 42,
                    "intro": "   ",
                    "strat": "Go",
                    "name": {"nested": "x"},
                    "privacy": "Nothing leaves this screen."
                },
                "nonsense": {}
            },
            "fr": {"app": {"start": "Commencer"}}
        }"#;
        let (c, w) = apply(json);
        let builtin = builtin();
        assert_eq!(c.app.start, builtin.app.start);
        assert_eq!(c.app.intro, builtin.app.intro);
        assert_eq!(c.app.name, builtin.app.name);
        assert_eq!(c.app.privacy, "Nothing leaves this screen.");
        for expected in [
            OverrideWarning::WrongType("en.app.start".into()),
            OverrideWarning::Empty("en.app.intro".into()),
            OverrideWarning::UnknownKey("en.app.strat".into()),
            OverrideWarning::WrongType("en.app.name".into()),
            OverrideWarning::UnknownKey("en.nonsense".into()),
            OverrideWarning::UnknownLanguage("fr".into()),
        ] {
            assert!(w.contains(&expected), "missing {expected:?} in {w:?}");
        }
        assert_eq!(w.len(), 6);
    }

    #[test]
    fn slots_must_match() {
        let (c, w) = apply(r#"{"en": {"quiz": {"step": "Question {n}"}}}"#);
        assert_eq!(w, vec![OverrideWarning::Slots("en.quiz.step".into())]);
        assert!(c.quiz.step.contains("{total}"));
        let (c, w) = apply(r#"{"en": {"quiz": {"step": "Question {n} / {total}"}}}"#);
        assert!(w.is_empty());
        assert_eq!(c.quiz.step, "Question {n} / {total}");
    }

    #[test]
    fn overly_long_text_is_refused() {
        let json = format!(r#"{{"en": {{"app": {{"start": "{}"}}}}}}"#, "a".repeat(MAX_TEXT + 1));
        let (_, w) = apply(&json);
        assert_eq!(w, vec![OverrideWarning::TooLong("en.app.start".into())]);
    }

    #[test]
    fn warnings_read_well_in_a_console() {
        let text = OverrideWarning::UnknownKey("en.app.strat".into()).to_string();
        assert!(text.starts_with("microneedling-guide:"), "{text}");
        assert!(text.contains("en.app.strat"));
    }

    #[test]
    fn slot_extraction() {
        assert_eq!(slots("Step {total} of {n}, {n}"), vec!["n", "total"]);
        assert!(slots("a { b } {}").is_empty());
    }
}
