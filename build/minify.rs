//! A conservative CSS minifier, run by `build.rs` on `styles/*.css` before
//! the sheet is compiled into the wasm. Build support, not part of the
//! crate: `build.rs` includes it by path, and `tests/minify.rs` tests it.
//!
//! The readable files stay the source; the wasm carries a copy without
//! comments and indentation. Only
//! whitespace and CSS comments go: quoted strings are copied verbatim and
//! nothing else is rewritten, so the copies mean exactly what the sources say.

/// `css` without comments and with whitespace collapsed: a run of whitespace
/// becomes one space, or none next to `{`, `}` or `;`.
pub fn css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for d in chars.by_ref() {
                    if prev == '*' && d == '/' {
                        break;
                    }
                    prev = d;
                }
                // A comment separates like whitespace does.
                space = true;
            }
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() && !ends_with_tight(&out) && !is_tight(c) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                if c == '"' || c == '\'' {
                    copy_string(&mut chars, &mut out, c);
                }
            }
        }
    }
    out
}

/// Characters that need no space on either side.
fn is_tight(c: char) -> bool {
    matches!(c, '{' | '}' | ';')
}

fn ends_with_tight(out: &str) -> bool {
    out.chars().next_back().is_some_and(is_tight)
}

/// Copies a quoted string after its opening `quote`, escapes included.
fn copy_string(chars: &mut impl Iterator<Item = char>, out: &mut String, quote: char) {
    let mut escaped = false;
    for d in chars.by_ref() {
        out.push(d);
        if escaped {
            escaped = false;
        } else if d == '\\' {
            escaped = true;
        } else if d == quote {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::css as minify;

    #[test]
    fn drops_comments_and_collapses_whitespace() {
        let css = "/* head */\n.a  .b ,\n.c {\n  color: red;  /* why */\n  margin: 0 auto;\n}\n\n@media (x) { .d { top: 0 } }\n";
        assert_eq!(
            minify(css),
            ".a .b , .c{color: red;margin: 0 auto;}@media (x){.d{top: 0}}"
        );
    }

    #[test]
    fn strings_are_kept_verbatim() {
        assert_eq!(
            minify("a::before { content: \"  /* x */ ; \"; }"),
            "a::before{content: \"  /* x */ ; \";}"
        );
        assert_eq!(minify("a { content: 'it\\'s  {'; }"), "a{content: 'it\\'s  {';}");
        assert_eq!(minify("[aria-pressed=\"true\"] b"), "[aria-pressed=\"true\"] b");
    }

    #[test]
    fn a_comment_between_tokens_still_separates_them() {
        assert_eq!(minify(".a/**/.b"), ".a .b");
        assert_eq!(minify("margin:0/* x */auto"), "margin:0 auto");
    }

    #[test]
    fn malformed_input_never_panics() {
        for css in [
            "",
            " ",
            "/*",
            "/* open",
            "\"open",
            "'",
            "a{",
            "}}}",
            "\\",
            "a /",
            "é /* ü */ ñ",
        ] {
            let _ = minify(css);
        }
        assert_eq!(minify("a /* never closed"), "a");
    }

    /// The shipped stylesheet loses only comments and whitespace: every other
    /// character survives, in order.
    #[test]
    fn the_shipped_styles_keep_every_token() {
        for css in [
            include_str!("../styles/widget.css"),
            include_str!("../styles/diagram.css"),
            include_str!("../styles/kiosk.css"),
        ] {
            let min = minify(css);
            let strip = |s: &str| -> String {
                let mut out = String::new();
                let mut rest = s;
                while let Some(i) = rest.find("/*") {
                    out.push_str(&rest[..i]);
                    rest = rest[i + 2..].split_once("*/").map_or("", |(_, after)| after);
                }
                out.push_str(rest);
                out.chars().filter(|c| !c.is_whitespace()).collect()
            };
            assert_eq!(strip(&min), strip(css));
            assert!(min.len() < css.len());
            assert_eq!(min.matches('{').count(), css.matches('{').count());
        }
    }
}
