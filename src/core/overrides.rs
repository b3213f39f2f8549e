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
//!
//! The browser's `JSON.parse` reads the file (in the platform layer) into
//! the small [`Json`] value; this module walks it alongside the typed
//! catalog ([`TextTree::patch`]) and sets each text it may replace.
//!
//! Text that decides or states safety is locked ([`LOCKED`]): a clinic may
//! change the tone of the welcome, the buttons and its contact lines, but a
//! wording file must never weaken a warning, swap the labels of the safety
//! question (which would change a plan while the answers still read the
//! same) or say that answers are sent anywhere.

use std::fmt;

use super::catalog::Catalog;
use super::config::Lang;
use super::json::Json;
use super::tree::{Leaf, Text, TextTree};

/// The longest override text accepted; longer is surely a mistake.
pub const MAX_TEXT: usize = 2000;

/// Text a clinic's wording file may not replace, as `section.key` paths
/// (a path locks everything under it), each with why. The README lists the
/// same paths; a test keeps the two in step.
pub const LOCKED: &[(&str, &str)] = &[
    (
        "quiz.questions.safety",
        "the safety question: its title, help, option labels and hints decide the plan",
    ),
    ("plan.verdicts", "the verdict titles and bodies"),
    ("plan.reasons", "the reasons, including every safety reason"),
    ("plan.warning_signs_intro", "when to call the provider after a session"),
    ("plan.warning_signs", "the signs that mean calling the provider"),
    (
        "plan.aftercare.only_provider_products",
        "only what the provider gives goes on the skin the first day",
    ),
    ("plan.skin_tone", "the skin-colour and dark-mark cautions"),
    ("plan.home_devices", "the home-device warnings"),
    ("plan.myths", "the myth verdicts and facts"),
    ("plan.notices", "the not-a-diagnosis notice in the plan"),
    (
        "plan.glance.reasons",
        "the summary's short names of the reasons, including every safety reason",
    ),
    ("plan.glance.cautions", "the summary's most important caution"),
    (
        "app.not_diagnosis_title",
        "the not-a-diagnosis notice on the welcome screen",
    ),
    ("app.not_diagnosis", "the not-a-diagnosis notice on the welcome screen"),
    ("app.privacy", "the privacy statement"),
    (
        "app.kiosk.handoff_privacy",
        "the privacy statement under the kiosk's QR codes",
    ),
];

/// Whether `path` (`section.key...`, without the language) is locked.
pub fn is_locked(path: &str) -> bool {
    LOCKED.iter().any(|(locked, _)| {
        path.strip_prefix(locked)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    })
}

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
    /// Safety text, which a clinic cannot replace (see [`LOCKED`]).
    Locked(String),
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
            Self::TooLong(k) => write!(
                f,
                "{p}: `{k}` is longer than {MAX_TEXT} characters; the built-in text is kept"
            ),
            Self::Slots(k) => write!(
                f,
                "{p}: `{k}` must keep the same {{slots}} as the built-in text; the built-in text is kept"
            ),
            Self::Locked(k) => write!(
                f,
                "{p}: `{k}` is safety text and cannot be changed; the built-in text is kept"
            ),
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

/// Replaces `old` by `new` when the rules allow, else says why not.
/// `path` starts with the language tag, which the lock check ignores.
fn replace(old: &mut Text, new: &Json, path: &str) -> Result<(), OverrideWarning> {
    let here = || path.to_string();
    let Json::String(new) = new else {
        return Err(OverrideWarning::WrongType(here()));
    };
    let key_path = path.split_once('.').map_or("", |(_, rest)| rest);
    if is_locked(key_path) {
        // Even an identical text is refused: a clinic should learn the key
        // is locked before it tries a change.
        Err(OverrideWarning::Locked(here()))
    } else if new.trim().is_empty() {
        Err(OverrideWarning::Empty(here()))
    } else if new.chars().count() > MAX_TEXT {
        Err(OverrideWarning::TooLong(here()))
    } else if slots(old) != slots(new) {
        Err(OverrideWarning::Slots(here()))
    } else {
        // The one text that is owned: every other stays borrowed.
        *old = Text::from(new.clone());
        Ok(())
    }
}

/// Applies a clinic's wording `file` to `catalog` (the text for `lang`),
/// text by text, and returns a warning for everything it skips. The file's
/// other languages are checked for unknown tags only.
pub fn apply_overrides(catalog: &mut Catalog, lang: Lang, file: &Json) -> Vec<OverrideWarning> {
    let mut warnings = Vec::new();
    let Json::Object(langs) = file else {
        return vec![OverrideWarning::Malformed("top level is not an object".into())];
    };
    for (tag, sections) in langs {
        match Lang::ALL.into_iter().find(|l| l.tag() == tag) {
            None => warnings.push(OverrideWarning::UnknownLanguage(tag.clone())),
            Some(l) if l != lang => {}
            Some(_) => catalog.patch(sections, tag, &mut |path, leaf| {
                let skipped = match leaf {
                    Leaf::Text(old, new) => replace(old, new, path).err(),
                    Leaf::Unknown => Some(OverrideWarning::UnknownKey(path.to_string())),
                    Leaf::WrongType => Some(OverrideWarning::WrongType(path.to_string())),
                };
                warnings.extend(skipped);
            }),
        }
    }
    warnings
}

/// The built-in catalog for `lang` with a clinic's wording `file` applied,
/// and every warning.
pub fn catalog_with_overrides(lang: Lang, file: &Json) -> (Catalog, Vec<OverrideWarning>) {
    let mut catalog = Catalog::builtin(lang);
    let warnings = apply_overrides(&mut catalog, lang, file);
    (catalog, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value the browser's `JSON.parse` gives the platform layer, built
    /// here from serde_json (which sorts object keys; no test relies on order).
    pub(crate) fn value(v: serde_json::Value) -> Json {
        match v {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(_) => Json::Number,
            serde_json::Value::String(s) => Json::String(s),
            serde_json::Value::Array(items) => Json::Array(items.into_iter().map(value).collect()),
            serde_json::Value::Object(m) => Json::Object(m.into_iter().map(|(k, v)| (k, value(v))).collect()),
        }
    }

    fn read(json: &str) -> Json {
        match serde_json::from_str(json) {
            Ok(v) => value(v),
            Err(e) => panic!("{e}: {json}"),
        }
    }

    fn apply(json: &str) -> (Catalog, Vec<OverrideWarning>) {
        catalog_with_overrides(Lang::En, &read(json))
    }

    fn builtin() -> Catalog {
        Catalog::builtin(Lang::En)
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
        assert_eq!(
            c.app.start, "<img src=x onerror=alert(1)>",
            "kept verbatim, rendered as a text node"
        );
    }

    #[test]
    fn files_that_are_not_objects_fall_back_entirely() {
        for bad in ["[1,2]", "\"text\"", "3", "null"] {
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
                    "book": "Book with us"
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
        assert_eq!(c.app.book, "Book with us");
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
        let (c, w) = apply(&format!(
            r#"{{"en": {{"app": {{"start": "{}"}}}}}}"#,
            "a".repeat(MAX_TEXT)
        ));
        assert!(
            w.is_empty() && c.app.start.len() == MAX_TEXT,
            "exactly the limit is accepted"
        );
        let (_, w) = apply(&json);
        assert_eq!(w, vec![OverrideWarning::TooLong("en.app.start".into())]);
    }

    #[test]
    fn warnings_read_well_in_a_console() {
        let text = OverrideWarning::UnknownKey("en.app.strat".into()).to_string();
        assert!(text.starts_with("microneedling-guide:"), "{text}");
        assert!(text.contains("en.app.strat"));
    }

    /// Every text of a catalog as `(path, text)`.
    fn texts(c: &Catalog) -> Vec<(String, String)> {
        let mut out = Vec::new();
        c.texts("", &mut |p, t| out.push((p.to_string(), t.to_string())));
        out
    }

    /// `{"<lang>": {"a": {"b": text}}}` for the dotted path `a.b`.
    fn file_for(lang: Lang, path: &str, text: &str) -> Json {
        let mut json = Json::String(text.to_string());
        for key in path.rsplit('.') {
            json = Json::Object(vec![(key.to_string(), json)]);
        }
        Json::Object(vec![(lang.tag().to_string(), json)])
    }

    #[test]
    fn every_text_is_replaceable_unless_locked() {
        for lang in Lang::ALL {
            let builtin = Catalog::builtin(lang);
            let all = texts(&builtin);
            assert!(all.len() > 300, "{lang:?}: {}", all.len());
            let mut locked = 0;
            for (path, text) in &all {
                let changed = format!("{text} (changed)");
                let file = file_for(lang, path, &changed);
                let (c, w) = catalog_with_overrides(lang, &file);
                let here = format!("{}.{path}", lang.tag());
                if is_locked(path) {
                    locked += 1;
                    assert_eq!(w, vec![OverrideWarning::Locked(here)], "{file:?}");
                    assert_eq!(c, builtin, "{path} must keep the built-in text");
                } else {
                    assert!(w.is_empty(), "{path}: {w:?}");
                    assert_ne!(c, builtin, "{path} should be replaceable");
                }
            }
            assert!(locked > 80, "{lang:?}: only {locked} locked texts");
        }
    }

    #[test]
    fn every_locked_path_exists_and_is_explained() {
        for lang in Lang::ALL {
            let all = texts(&Catalog::builtin(lang));
            for (locked, why) in LOCKED {
                assert!(
                    all.iter().any(|(p, _)| is_locked(p) && p.starts_with(locked)),
                    "{locked}"
                );
                assert!(!why.trim().is_empty());
            }
        }
        // Prefixes lock whole keys only: `app.privacy` does not lock a
        // hypothetical `app.privacy_link`.
        assert!(is_locked("app.privacy"));
        assert!(!is_locked("app.privacy_link"));
        assert!(is_locked("plan.reasons.cold_sore_now"));
        assert!(!is_locked("plan.reasonsx"));
        assert!(!is_locked("app.start"));
    }

    #[test]
    fn the_readme_lists_every_locked_key() {
        let readme = include_str!("../../README.md");
        for (locked, _) in LOCKED {
            assert!(
                readme.contains(&format!("`{locked}`")),
                "README does not list `{locked}`"
            );
        }
    }

    #[test]
    fn swapping_safety_labels_or_weakening_text_is_refused() {
        let (c, w) = apply(
            r#"{"en": {
                "quiz": {"questions": {"safety": {"options": {
                    "pregnant": {"label": "None of these"},
                    "none": {"label": "Pregnant or breastfeeding"}}}}},
                "plan": {"reasons": {"cold_sore_now": "Cold sores are fine."}},
                "app": {"privacy": "Your answers are sent to our clinic.", "start": "Begin"}
            }}"#,
        );
        let b = builtin();
        assert_eq!(c.quiz.questions.safety, b.quiz.questions.safety);
        assert_eq!(c.plan.reasons, b.plan.reasons);
        assert_eq!(c.app.privacy, b.app.privacy);
        assert_eq!(c.app.start, "Begin", "the rest of the file still applies");
        for key in [
            "en.quiz.questions.safety.options.pregnant.label",
            "en.quiz.questions.safety.options.none.label",
            "en.plan.reasons.cold_sore_now",
            "en.app.privacy",
        ] {
            assert!(w.contains(&OverrideWarning::Locked(key.into())), "{key}: {w:?}");
        }
        assert_eq!(w.len(), 4);
        let text = OverrideWarning::Locked("en.app.privacy".into()).to_string();
        assert!(
            text.starts_with("microneedling-guide:") && text.contains("`en.app.privacy`"),
            "{text}"
        );
    }

    #[test]
    fn unknown_keys_under_locked_sections_still_warn_as_unknown() {
        let (c, w) = apply(r#"{"en": {"plan": {"reasons": {"no_such_reason": "x"}}, "app": {"privacyy": "x"}}}"#);
        assert_eq!(c, builtin());
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w.contains(&OverrideWarning::UnknownKey("en.plan.reasons.no_such_reason".into())),
            "{w:?}"
        );
        assert!(
            w.contains(&OverrideWarning::UnknownKey("en.app.privacyy".into())),
            "{w:?}"
        );
    }

    #[test]
    fn slot_extraction() {
        assert_eq!(slots("Step {total} of {n}, {n}"), vec!["n", "total"]);
        assert!(slots("a { b } {}").is_empty());
    }
}
