//! The answer parts of a link (`s=ip.bx&g=3&…`): how answers become codes
//! and how codes become answers again, with a warning for everything that
//! was dropped. [`super`] wraps these parts in the version and the checksum.

use std::fmt;

use crate::core::id_set::{IdSet, SetId};

use crate::core::quiz::{Answers, Concern, Downtime, Question, Safety, ScarType, SunReaction, Visibility};

/// The version of links written before they carried a checksum; read by
/// [`decode`]. New links are written by [`super::encode`].
pub const LEGACY_LINK_VERSION: &str = "1";

/// Something in a link or saved state that was dropped or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeWarning {
    /// A part without `=`.
    Malformed(String),
    /// A key the format does not know.
    UnknownKey(String),
    /// A value not valid for its key.
    UnknownValue {
        /// The key.
        key: String,
        /// The rejected value.
        value: String,
    },
    /// A key given more than once; the last one was used.
    Duplicate(String),
    /// Mutually exclusive answers were given together and were resolved.
    Contradiction(Question),
    /// No `v=` part: read as version 1.
    MissingVersion,
    /// A version this build cannot read; all answers were ignored, because
    /// reading future codes with today's meanings could drop a safety item.
    UnsupportedVersion(String),
}

/// Keeps console messages short whatever junk a link contains.
pub(crate) fn clip(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(MAX).collect();
        out.push('…');
        out
    }
}

impl fmt::Display for DecodeWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = "microneedling-guide: saved answers:";
        match self {
            DecodeWarning::Malformed(s) => {
                write!(f, "{p} ignoring \"{}\" (expected key=value)", clip(s))
            }
            DecodeWarning::UnknownKey(k) => write!(f, "{p} ignoring unknown key \"{}\"", clip(k)),
            DecodeWarning::UnknownValue { key, value } => {
                write!(
                    f,
                    "{p} ignoring unknown value \"{}\" for \"{}\"",
                    clip(value),
                    clip(key)
                )
            }
            DecodeWarning::Duplicate(k) => write!(f, "{p} \"{}\" given more than once; using the last", clip(k)),
            DecodeWarning::Contradiction(q) => write!(
                f,
                "{p} \"{}\" mixed an exclusive answer with others; kept the others",
                q.code()
            ),
            DecodeWarning::MissingVersion => {
                write!(f, "{p} no version given; reading as v{LEGACY_LINK_VERSION}")
            }
            DecodeWarning::UnsupportedVersion(v) => {
                write!(f, "{p} version \"{}\" is not supported; ignoring all answers", clip(v))
            }
        }
    }
}

/// `key=code.code…` for a set of ids.
fn set_part<T: SetId>(key: char, set: &IdSet<T>, code: fn(T) -> &'static str) -> String {
    let mut part = String::from(key);
    for (i, t) in set.iter().enumerate() {
        part.push(if i == 0 { '=' } else { '.' });
        part.push_str(code(*t));
    }
    part
}

/// The answer parts of a link, such as `["s=ip.bx", "g=3"]`, in a fixed
/// order. Unanswered questions are left out; [`super`] adds the
/// version and the checksum.
pub fn encode_parts(a: &Answers) -> Vec<String> {
    let mut parts = Vec::new();
    if !a.scars.is_empty() {
        parts.push(set_part('s', &a.scars, ScarType::code));
    }
    if let Some(v) = a.visibility {
        parts.push(format!("g={}", v.code()));
    }
    if !a.concerns.is_empty() {
        parts.push(set_part('c', &a.concerns, Concern::code));
    }
    if let Some(s) = a.sun {
        parts.push(format!("f={}", s.code()));
    }
    if !a.safety.is_empty() {
        parts.push(set_part('x', &a.safety, Safety::code));
    }
    if let Some(d) = a.downtime {
        parts.push(format!("d={}", d.code()));
    }
    parts
}

fn decode_set<T: SetId>(
    key: &str,
    value: &str,
    from: fn(&str) -> Option<T>,
    warnings: &mut Vec<DecodeWarning>,
) -> IdSet<T> {
    let mut set = IdSet::new();
    for code in value.split('.').filter(|c| !c.is_empty()) {
        match from(code) {
            Some(t) => {
                set.insert(t);
            }
            None => warnings.push(DecodeWarning::UnknownValue {
                key: key.to_string(),
                value: code.to_string(),
            }),
        }
    }
    set
}

fn decode_one<T>(key: &str, value: &str, from: fn(&str) -> Option<T>, warnings: &mut Vec<DecodeWarning>) -> Option<T> {
    let t = from(value);
    if t.is_none() {
        warnings.push(DecodeWarning::UnknownValue {
            key: key.to_string(),
            value: value.to_string(),
        });
    }
    t
}

/// Decodes a version 1 link (answer parts after `v=1`). It never fails:
/// unknown or malformed parts are dropped with a warning, so an old or
/// mangled link still opens the quiz. A leading `?` or `#` is accepted.
pub fn decode(input: &str) -> (Answers, Vec<DecodeWarning>) {
    decode_as(input, LEGACY_LINK_VERSION)
}

/// Decodes answer parts under link format `version`: any other `v=` value
/// drops every answer, because reading future codes with today's meanings
/// could drop a safety item.
pub(crate) fn decode_as(input: &str, version: &str) -> (Answers, Vec<DecodeWarning>) {
    let mut a = Answers::default();
    let mut warnings = Vec::new();
    // One bit per key of `KEYS`: the keys seen so far.
    let mut seen = 0u8;
    let mut version_seen = false;
    let body = input.trim().trim_start_matches(['?', '#']);
    for part in body.split('&').filter(|p| !p.trim().is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            warnings.push(DecodeWarning::Malformed(part.to_string()));
            continue;
        };
        let key = key.trim();
        let value = value.trim();
        const KEYS: [&str; 7] = ["v", "s", "g", "c", "f", "x", "d"];
        let Some(i) = KEYS.iter().position(|k| *k == key) else {
            warnings.push(DecodeWarning::UnknownKey(key.to_string()));
            continue;
        };
        if seen & 1 << i != 0 {
            warnings.push(DecodeWarning::Duplicate(key.to_string()));
        }
        seen |= 1 << i;
        match key {
            "v" => {
                version_seen = true;
                let v = value.trim_start_matches('v');
                if v != version {
                    return (
                        Answers::default(),
                        vec![DecodeWarning::UnsupportedVersion(value.to_string())],
                    );
                }
            }
            "s" => a.scars = decode_set(key, value, ScarType::from_code, &mut warnings),
            "g" => a.visibility = decode_one(key, value, Visibility::from_code, &mut warnings),
            "c" => a.concerns = decode_set(key, value, Concern::from_code, &mut warnings),
            "f" => a.sun = decode_one(key, value, SunReaction::from_code, &mut warnings),
            "x" => a.safety = decode_set(key, value, Safety::from_code, &mut warnings),
            _ => a.downtime = decode_one(key, value, Downtime::from_code, &mut warnings),
        }
    }
    if !version_seen && !body.trim().is_empty() {
        warnings.push(DecodeWarning::MissingVersion);
    }
    for q in a.normalize() {
        warnings.push(DecodeWarning::Contradiction(q));
    }
    (a, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_decodes_silently() {
        assert_eq!(decode(""), (Answers::default(), vec![]));
        assert_eq!(decode("?"), (Answers::default(), vec![]));
    }

    #[test]
    fn warnings_are_short_and_prefixed() {
        let long = "k".repeat(500);
        let (_, w) = decode(&format!("v=1&{long}=x"));
        let text = w[0].to_string();
        assert!(text.starts_with("microneedling-guide:"), "{text}");
        assert!(text.len() < 150, "{text}");
    }
}
