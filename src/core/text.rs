//! Small text guards for values a clinic or a host page supplies.
//!
//! Clinic text is shown to visitors and quoted in console warnings, so two
//! things must hold: bidirectional control characters cannot reorder what a
//! visitor reads (a name like "Clinic\u{202E}txet" would display reversed),
//! and a warning never repeats a 100,000-character attribute in full.

/// The characters that change the display order of the text after them:
/// the embeddings and overrides (U+202A..U+202E), the isolates
/// (U+2066..U+2069) and the Arabic letter mark. Plain left-to-right and
/// right-to-left text needs none of them; the widget isolates clinic text
/// itself (`<bdi>`), so removing them loses nothing a visitor should see.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

/// `template` with every `{slot}` replaced by `value`, as
/// `str::replace("{slot}", value)` would give. Found by looking for `{`
/// alone: a search for a text pattern links a general substring searcher
/// into the wasm, which only this would use.
pub fn fill(template: &str, slot: &str, value: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.strip_prefix(slot).and_then(|r| r.strip_prefix('}')) {
            Some(r) => {
                out.push_str(value);
                rest = r;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The items with `sep` between them, straight from an iterator: no list
/// is collected first, and std's `join` linked two generic copiers.
pub fn join<S: AsRef<str>>(items: impl IntoIterator<Item = S>, sep: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// `text` without bidirectional control characters.
pub fn strip_bidi_controls(text: &str) -> String {
    text.chars().filter(|c| !is_bidi_control(*c)).collect()
}

/// A JSON document with every bidirectional control removed from it,
/// whether written as the character itself or as a `\uXXXX` escape. Other
/// escapes are copied as they are, pair by pair, so `\\u202E` (a backslash
/// followed by the letters `u202E`) stays exactly as written.
pub fn strip_bidi_in_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut chars = json.char_indices();
    while let Some((at, c)) = chars.next() {
        if c == '\\' {
            let rest = &json[at + 1..];
            let escaped = rest
                .strip_prefix('u')
                .and_then(|hex| hex.get(..4))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .and_then(char::from_u32);
            if escaped.is_some_and(is_bidi_control) {
                // Skip `uXXXX`, all ASCII.
                for _ in 0..5 {
                    chars.next();
                }
                continue;
            }
            out.push(c);
            if let Some((_, next)) = chars.next() {
                out.push(next);
            }
            continue;
        }
        if !is_bidi_control(c) {
            out.push(c);
        }
    }
    out
}

/// The most characters of a value a console warning repeats.
pub const QUOTE_CHARS: usize = 80;

/// `value` as a warning quotes it: at most [`QUOTE_CHARS`] characters, with
/// the length of what was left out, and control characters shown as `?` so a
/// value cannot break the console line.
pub fn quote(value: &str) -> String {
    let total = value.chars().count();
    let mut shown: String = value
        .chars()
        .take(QUOTE_CHARS)
        .map(|c| if c.is_control() || is_bidi_control(c) { '?' } else { c })
        .collect();
    if total > QUOTE_CHARS {
        shown.push_str(&format!("… ({total} characters)"));
    }
    shown
}

/// The longest console line the widget writes: room for a sentence and a
/// quoted value, but not for a key path or URL of 100,000 characters.
pub const MAX_MESSAGE_CHARS: usize = 300;

/// `message` cut to [`MAX_MESSAGE_CHARS`], saying how long it was.
pub fn clip(message: &str) -> String {
    let total = message.chars().count();
    if total <= MAX_MESSAGE_CHARS {
        return message.to_string();
    }
    let mut out: String = message.chars().take(MAX_MESSAGE_CHARS).collect();
    out.push_str(&format!("… ({total} characters)"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_are_removed_from_names() {
        assert_eq!(strip_bidi_controls("Clinic\u{202E}txet\u{202C} ok"), "Clinictxet ok");
        assert_eq!(strip_bidi_controls("\u{2067}عيادة\u{2069}"), "عيادة");
        assert_eq!(strip_bidi_controls("Skin & Co."), "Skin & Co.");
    }

    #[test]
    fn bidi_controls_are_removed_from_json_characters_and_escapes() {
        let raw = "{\"en\":{\"app\":{\"start\":\"Go\u{202E}ahead\\u202eX\\u2066Y\\U202E\"}}}";
        assert_eq!(
            strip_bidi_in_json(raw),
            "{\"en\":{\"app\":{\"start\":\"GoaheadXY\\U202E\"}}}"
        );
        // An escaped backslash followed by the letters u202e is text, not an escape.
        assert_eq!(strip_bidi_in_json(r#""a\\u202eb""#), r#""a\\u202eb""#);
        // Other escapes and a dangling backslash pass through untouched.
        assert_eq!(strip_bidi_in_json(r#""\u00e9\n\"""#), r#""\u00e9\n\"""#);
        assert_eq!(strip_bidi_in_json("\"\\u20"), "\"\\u20");
        assert_eq!(strip_bidi_in_json("x\\"), "x\\");
    }

    #[test]
    fn quotes_are_short_and_say_how_long_the_value_was() {
        assert_eq!(quote("sideways"), "sideways");
        let long = "x".repeat(100_000);
        let q = quote(&long);
        assert!(q.starts_with(&"x".repeat(QUOTE_CHARS)));
        assert!(q.ends_with("(100000 characters)"), "{q}");
        assert!(q.chars().count() < QUOTE_CHARS + 30);
        assert_eq!(quote("a\nb\u{202E}"), "a?b?");
    }

    #[test]
    fn fill_replaces_as_str_replace_does() {
        for template in [
            "",
            "Step {n} of {total}",
            "{n}{n}",
            "{{n}}",
            "{n",
            "n}",
            "{ n }",
            "{nn} {n} {total}",
            "{}{n}{",
            "día {n}: ½ {n}",
        ] {
            for (slot, value) in [("n", "3"), ("total", "{n}"), ("nn", ""), ("x", "y")] {
                assert_eq!(
                    fill(template, slot, value),
                    template.replace(&format!("{{{slot}}}"), value),
                    "{template} {slot}"
                );
            }
        }
    }

    #[test]
    fn console_lines_are_clipped() {
        assert_eq!(clip("short"), "short");
        let long = format!("clinic content: unknown key `en.app.{}` skipped", "k".repeat(50_000));
        let c = clip(&long);
        assert!(c.chars().count() < MAX_MESSAGE_CHARS + 30, "{}", c.len());
        assert!(c.ends_with(" characters)"));
    }
}
