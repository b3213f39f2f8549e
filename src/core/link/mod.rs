//! The answer link: a visitor's answers as a compact, versioned and
//! checksummed query such as `v=2&s=ip.bx&g=3&c=fl&f=4&x=none&d=2&k=3f09a1`.
//!
//! It travels only in a URL fragment (the resume link of the standalone page
//! and the kiosk's QR hand-off), which browsers never send to a server. The
//! checksum catches a link that lost its end in a chat app or was edited by
//! hand: a plan built from half an answer could leave out a safety warning,
//! so a damaged link shows a "this link is damaged" screen instead of a plan.
//!
//! Version 1 links (no checksum) were written before the checksum existed and
//! are still read, leniently, so old bookmarks keep working.

use std::fmt;

use super::quiz::Answers;

mod codec;

use codec::{clip, decode_as};
pub use codec::{decode, encode_parts, DecodeWarning, LEGACY_LINK_VERSION};

/// The link format version written by [`encode`].
pub const VERSION: &str = "2";

/// The key of the checksum part, always the last part of a version 2 link.
const CHECKSUM_KEY: &str = "k=";

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// The checksum is missing or does not match: the link was cut or changed.
    Checksum,
    /// The checksum matches but a part is not valid for this version; only a
    /// hand-made link gets here.
    Invalid(DecodeWarning),
    /// Made by a newer version of the guide, whose codes may mean other things.
    NewerVersion(String),
    /// Nothing in it could be read as answers.
    Unreadable,
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = "microneedling-guide: saved answers: the link is damaged";
        match self {
            Damage::Checksum => {
                write!(f, "{p} (its checksum does not match); no answers were used")
            }
            Damage::Invalid(w) => write!(f, "{p}; no answers were used. {w}"),
            Damage::NewerVersion(v) => write!(f, "{p}: version \"{}\" is not supported; no answers were used", clip(v)),
            Damage::Unreadable => write!(f, "{p}: nothing in it could be read"),
        }
    }
}

/// What a link held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkRead {
    /// No link, or an empty one: nothing to resume, nothing to report.
    Empty,
    /// Answers to resume with, and what was dropped on the way (version 1
    /// links only; a version 2 link is all or nothing).
    Answers(Answers, Vec<DecodeWarning>),
    /// A link that must not be used.
    Damaged(Damage),
}

/// What the widget starts from when a link was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resume {
    /// Go back to where the visitor was with these answers.
    Answers(Answers),
    /// Show the damaged-link screen.
    Damaged,
}

impl LinkRead {
    /// The console messages this read deserves, each on its own line.
    pub fn messages(&self) -> Vec<String> {
        match self {
            LinkRead::Empty => Vec::new(),
            LinkRead::Answers(_, warnings) => warnings.iter().map(ToString::to_string).collect(),
            LinkRead::Damaged(d) => vec![d.to_string()],
        }
    }

    /// Where the widget starts: `None` when there is nothing to resume.
    pub fn resume(self) -> Option<Resume> {
        match self {
            LinkRead::Empty => None,
            LinkRead::Answers(a, _) if a == Answers::default() => None,
            LinkRead::Answers(a, _) => Some(Resume::Answers(a)),
            LinkRead::Damaged(_) => Some(Resume::Damaged),
        }
    }
}

/// The checksum of a link's text before its `&k=` part: 32-bit FNV-1a folded
/// to 24 bits, six hex digits. It detects accidents, not attacks; nothing
/// here is secret, and a forger could only fool their own browser.
pub fn checksum(signed: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in signed.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{:06x}", (h ^ (h >> 24)) & 0x00ff_ffff)
}

/// Encodes answers as a version 2 link, checksum last. Unanswered questions
/// are left out; the result uses only `[a-z0-9=&.]`.
pub fn encode(a: &Answers) -> String {
    let mut signed = format!("v={VERSION}");
    for part in encode_parts(a) {
        signed.push('&');
        signed.push_str(&part);
    }
    let sum = checksum(&signed);
    format!("{signed}&{CHECKSUM_KEY}{sum}")
}

/// The value of the first `v=` part, if any.
fn version_of(body: &str) -> Option<&str> {
    body.split('&').find_map(|p| p.trim().strip_prefix("v=")).map(str::trim)
}

/// Reads any input as a link. It never panics: every input gives answers,
/// nothing, or a damage report. A leading `?` or `#` is accepted.
pub fn read(input: &str) -> LinkRead {
    let body = input.trim().trim_start_matches(['?', '#']).trim();
    if body.is_empty() {
        return LinkRead::Empty;
    }
    match version_of(body).map(|v| v.trim_start_matches('v')) {
        Some(VERSION) => read_v2(body),
        Some(LEGACY_LINK_VERSION) | None => read_legacy(body),
        Some(v) => LinkRead::Damaged(Damage::NewerVersion(v.to_string())),
    }
}

/// Version 2: the checksum must match, then every part must be valid.
fn read_v2(body: &str) -> LinkRead {
    // Split at the last `&` (a character: a text pattern would link a
    // substring searcher into the wasm). A link whose last part is not the
    // checksum has none that could match.
    let Some((signed, sum)) = body
        .rsplit_once('&')
        .and_then(|(signed, last)| Some((signed, last.strip_prefix(CHECKSUM_KEY)?)))
    else {
        return LinkRead::Damaged(Damage::Checksum);
    };
    if sum.trim() != checksum(signed) {
        return LinkRead::Damaged(Damage::Checksum);
    }
    let (answers, warnings) = decode_as(signed, VERSION);
    match warnings.into_iter().next() {
        Some(w) => LinkRead::Damaged(Damage::Invalid(w)),
        None => LinkRead::Answers(answers, Vec::new()),
    }
}

/// Version 1 (or no version): keep what can be read, warn about the rest,
/// and call the link damaged only when nothing at all survives.
fn read_legacy(body: &str) -> LinkRead {
    let (answers, warnings) = decode(body);
    if answers == Answers::default() {
        LinkRead::Damaged(Damage::Unreadable)
    } else {
        LinkRead::Answers(answers, warnings)
    }
}
