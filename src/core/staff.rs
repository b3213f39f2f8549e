//! The rules clinic staff tools show, taken from the widget's own checks.
//!
//! The configurator (`configure.html`) must accept exactly the values the
//! widget accepts, so it never re-implements a check: it asks this module,
//! which runs [`Config::parse`], [`Theme::from_accent`] and the clinic-wording
//! merge of [`catalog_with_overrides`] itself. Results are JSON text so the
//! wasm layer needs no serializer.

use super::catalog::Catalog;
use super::color::{Rgb, Theme, MIN_TEXT_CONTRAST};
use super::config::{Config, ConfigWarning, Lang};
use super::json::Json;
use super::overrides::{catalog_with_overrides, OverrideWarning};
use super::text::join;
use super::tree::{texts, TextTree};

/// What the widget makes of one attribute value: `None` when it is used as
/// given, or the warning the widget would log.
pub fn check_attribute(name: &str, value: &str) -> Option<ConfigWarning> {
    Config::parse([(name, value)]).warnings.into_iter().next()
}

/// [`check_attribute`] as JSON: `{"ok":true}` or
/// `{"ok":false,"message":...,"accepted":...,"default":...}`.
pub fn check_attribute_json(name: &str, value: &str) -> String {
    match check_attribute(name, value) {
        None => "{\"ok\":true}".to_string(),
        Some(w) => format!(
            "{{\"ok\":false,\"message\":{},\"accepted\":{},\"default\":{}}}",
            quote(&w.to_string()),
            quote(&w.accepted),
            quote(&w.default)
        ),
    }
}

/// The colours the widget derives from an accent on its white surface, and
/// the contrast each reaches; `None` when the widget would refuse the value.
pub fn accent_json(value: &str) -> Option<String> {
    let accent = Rgb::parse(value)?;
    let t = Theme::from_accent(accent, Rgb::WHITE);
    let on = t.on_accent.contrast(t.accent);
    let ink = t.accent_ink.contrast(Rgb::WHITE);
    Some(format!(
        "{{\"accent\":\"{}\",\"onAccent\":\"{}\",\"accentInk\":\"{}\",\"onAccentRatio\":{},\"inkRatio\":{},\"minimum\":{},\"passes\":{}}}",
        t.accent,
        t.on_accent,
        t.accent_ink,
        hundredths(on),
        hundredths(ink),
        hundredths(MIN_TEXT_CONTRAST),
        on >= MIN_TEXT_CONTRAST && ink >= MIN_TEXT_CONTRAST
    ))
}

/// A ratio such as `4.58`, cut (never rounded up) to two decimals, so a
/// shown "4.50" is never really 4.499. Formatted by hand: `{:.2}` would link
/// the float formatter into the wasm.
fn hundredths(v: f64) -> String {
    let h = (v * 100.0) as u64;
    format!("{}.{:02}", h / 100, h % 100)
}

/// One built-in text a clinic's wording file could name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordingKey {
    /// Its path below the language, such as `app.start`.
    pub path: String,
    /// The built-in text.
    pub text: String,
    /// Whether the widget takes a clinic's replacement for it. Locked texts
    /// (safety wording) are refused by the merge itself.
    pub editable: bool,
}

/// Every text in the built-in catalog for `lang`, in field order, each marked
/// editable or locked by what the widget's own merge does with it: one probe
/// file replaces every text at once, and a text is locked when the merge
/// warns about its path. So the list follows the merge's rules as they change.
pub fn wording_keys(lang: Lang) -> Vec<WordingKey> {
    let mut keys = Vec::new();
    // Walked in place: `TextTree::texts` would copy the catalog first.
    texts(Catalog::builtin(lang).node(), "", &mut |path, text| {
        keys.push(WordingKey {
            path: path.to_string(),
            text: text.to_string(),
            editable: true,
        });
    });
    let mut sections = Json::Object(Vec::new());
    for k in &keys {
        insert(&mut sections, &k.path, probe_text(&k.text));
    }
    let probe = Json::Object(vec![(lang.tag().to_string(), sections)]);
    let (_, warnings) = catalog_with_overrides(lang, &probe);
    let tag = lang.tag();
    let mut unexplained: Vec<&OverrideWarning> = warnings.iter().collect();
    for key in keys.iter_mut() {
        let full = format!("{tag}.{}", key.path);
        key.editable = !warnings.iter().any(|w| warning_path(w) == Some(full.as_str()));
        unexplained.retain(|w| warning_path(w) != Some(full.as_str()));
    }
    if !unexplained.is_empty() {
        // A warning that names no text (the probe refused as a whole):
        // ask about each remaining text alone.
        for key in keys.iter_mut().filter(|k| k.editable) {
            key.editable = accepts(lang, &key.path, &key.text);
        }
    }
    keys
}

/// The text path a per-text warning names, if it names one.
fn warning_path(w: &OverrideWarning) -> Option<&str> {
    match w {
        OverrideWarning::UnknownKey(p)
        | OverrideWarning::WrongType(p)
        | OverrideWarning::Empty(p)
        | OverrideWarning::TooLong(p)
        | OverrideWarning::Slots(p)
        | OverrideWarning::Locked(p) => Some(p),
        OverrideWarning::Malformed(_) | OverrideWarning::UnknownLanguage(_) => None,
    }
}

/// Puts `text` at the dotted `path` inside the object `into`.
fn insert(into: &mut Json, path: &str, text: String) {
    let Json::Object(entries) = into else { return };
    match path.split_once('.') {
        None => entries.push((path.to_string(), Json::String(text))),
        Some((first, rest)) => {
            let at = match entries.iter().position(|(k, _)| k == first) {
                Some(at) => at,
                None => {
                    entries.push((first.to_string(), Json::Object(Vec::new())));
                    entries.len() - 1
                }
            };
            if let Some((_, child)) = entries.get_mut(at) {
                insert(child, rest, text);
            }
        }
    }
}

/// A wording file for `lang` that sets the one text at `path`.
fn file_with(lang: Lang, path: &str, text: String) -> Json {
    let mut sections = Json::Object(Vec::new());
    insert(&mut sections, path, text);
    Json::Object(vec![(lang.tag().to_string(), sections)])
}

/// Whether the widget takes a changed `text` at `path` with no warning.
fn accepts(lang: Lang, path: &str, text: &str) -> bool {
    catalog_with_overrides(lang, &file_with(lang, path, probe_text(text)))
        .1
        .is_empty()
}

/// A replacement that differs from `text` but keeps its `{slots}`.
fn probe_text(text: &str) -> String {
    format!("{text} (clinic)")
}

/// [`wording_keys`] as a JSON list of `{"path","text","editable"}`.
pub fn wording_keys_json(lang: Lang) -> String {
    let items: Vec<String> = wording_keys(lang)
        .iter()
        .map(|k| {
            format!(
                "{{\"path\":{},\"text\":{},\"editable\":{}}}",
                quote(&k.path),
                quote(&k.text),
                k.editable
            )
        })
        .collect();
    format!("[{}]", join(&items, ","))
}

/// Every warning the widget would log for a clinic wording `file` (as the
/// browser's `JSON.parse` read it, or why it could not), as a JSON list of
/// strings (empty when all of it applies).
pub fn check_wording_json(lang: Lang, file: Result<Json, String>) -> String {
    let warnings = match file {
        Ok(file) => catalog_with_overrides(lang, &file).1,
        Err(e) => vec![OverrideWarning::Malformed(e)],
    };
    let quoted: Vec<String> = warnings.iter().map(|w| quote(&w.to_string())).collect();
    format!("[{}]", join(&quoted, ","))
}

/// `s` as a JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_checks_are_the_widgets() {
        assert_eq!(check_attribute("accent", "#7a2e8e"), None);
        let w = check_attribute("booking-url", "javascript:alert(1)");
        assert_eq!(w.map(|w| w.key), Some("booking-url"));
        assert_eq!(check_attribute_json("mode", "kiosk"), "{\"ok\":true}");
        let bad = check_attribute_json("mode", "tv");
        assert!(
            bad.starts_with("{\"ok\":false,\"message\":\"microneedling-guide: ignoring mode=\\\"tv\\\""),
            "{bad}"
        );
    }

    #[test]
    fn accent_report_says_what_the_widget_derives() {
        assert_eq!(accent_json("teal"), None, "named colours are refused by the widget");
        let json = accent_json("#ffff00").unwrap_or_default();
        assert!(json.contains("\"onAccent\":\"#1d272d\""), "ink on yellow: {json}");
        assert!(json.contains("\"passes\":true"), "{json}");
        assert_eq!(hundredths(4.499), "4.49");
        assert_eq!(hundredths(21.0), "21.00");
    }

    #[test]
    fn every_text_is_listed_and_each_editable_one_really_applies() {
        for lang in Lang::ALL {
            let keys = wording_keys(lang);
            assert!(keys.len() > 300, "{lang:?}: {}", keys.len());
            assert!(keys.iter().any(|k| k.path == "app.start" && k.editable));
            assert!(keys.iter().any(|k| k.path == "app.privacy" && !k.editable));
            let editable: Vec<&WordingKey> = keys.iter().filter(|k| k.editable).collect();
            let mut sections = Json::Object(Vec::new());
            for k in &editable {
                insert(&mut sections, &k.path, probe_text(&k.text));
            }
            let file = Json::Object(vec![(lang.tag().to_string(), sections)]);
            let (catalog, warnings) = catalog_with_overrides(lang, &file);
            assert!(warnings.is_empty(), "{lang:?}: {warnings:?}");
            // Applied, not merely unwarned: every changed text is in the catalog.
            let applied = format!("{catalog:?}").matches(" (clinic)").count();
            assert_eq!(applied, editable.len(), "{lang:?}");
            for k in keys.iter().filter(|k| !k.editable) {
                assert!(!accepts(lang, &k.path, &k.text), "{} is locked yet accepted", k.path);
            }
        }
    }

    #[test]
    fn wording_json_parses_and_checks_like_the_widget() {
        let list: serde_json::Value =
            serde_json::from_str(&wording_keys_json(Lang::Es)).unwrap_or_else(|e| panic!("{e}"));
        assert!(list.as_array().is_some_and(|a| a.len() > 300));
        assert_eq!(
            check_wording_json(Lang::En, Ok(file_with(Lang::En, "app.start", "Go".into()))),
            "[]"
        );
        let w: serde_json::Value = serde_json::from_str(&check_wording_json(
            Lang::En,
            Ok(file_with(Lang::En, "app.strat", "Go".into())),
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(w[0].as_str().is_some_and(|s| s.contains("en.app.strat")), "{w}");
        let w = check_wording_json(Lang::En, Err("Unexpected token".into()));
        assert!(w.contains("not a JSON object (Unexpected token)"), "{w}");
    }

    #[test]
    fn quoting_round_trips() {
        for s in ["plain", "a \"q\" \\ b", "line\nbreak\t\u{1}", "ñ ✓ \u{2028}"] {
            let back: String = serde_json::from_str(&quote(s)).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(back, s);
        }
    }
}
