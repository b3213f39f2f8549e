//! Every setting a page can give the widget, in one table: its name (the
//! element's attribute, and the key warnings name), the URL query key that
//! may set it on the guide's own page, the values it accepts and the value
//! used without one. The element observes exactly these attributes and reads
//! exactly these query keys, [`super::Config::parse`] reads them, and the
//! warnings quote these texts, so a new setting is added here once.

use super::values::{name_of, Lang, Mode, Start, MAX_CLINIC_NAME};
use crate::core::kiosk::{COUNTDOWN_RANGE, DEFAULT_COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS, IDLE_RANGE};
use crate::core::text::join;

/// One setting the widget reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConfigKey {
    /// `lang`: the language of every text.
    Lang,
    /// `mode`: embed, standalone or kiosk.
    Mode,
    /// `start`: the first screen.
    Start,
    /// `clinic-name`.
    ClinicName,
    /// `logo`: the clinic's logo image.
    Logo,
    /// `accent`: the clinic's accent colour.
    Accent,
    /// `booking-url`.
    BookingUrl,
    /// `phone`.
    Phone,
    /// `content`: a JSON file of clinic wording.
    Content,
    /// `share-verdict`: host events may carry the verdict category.
    ShareVerdict,
    /// `url-config`: the page is the guide's own.
    UrlConfig,
    /// `parent-origin`: the framing page's origin (the iframe option); a
    /// query key only, since only the iframe's own page carries it.
    ParentOrigin,
    /// `idle-seconds` (query `idle`).
    IdleSeconds,
    /// `countdown-seconds` (query `countdown`).
    CountdownSeconds,
    /// `handoff-url`: the standalone page the kiosk's QR code points at.
    HandoffUrl,
    /// `read-aloud`: "Listen" buttons on a kiosk.
    ReadAloud,
}

/// Where a setting may come from.
struct Source {
    key: ConfigKey,
    /// The attribute name, also used in warnings.
    name: &'static str,
    /// Whether the element reads it as an attribute.
    attribute: bool,
    /// The key a page URL may set it with, only on an element with
    /// `url-config`: a shared link may pick a language or a screen, never a
    /// clinic's links.
    query: Option<&'static str>,
}

const fn row(key: ConfigKey, name: &'static str, attribute: bool, query: Option<&'static str>) -> Source {
    Source {
        key,
        name,
        attribute,
        query,
    }
}

/// The table, in the order pairs are read (later pairs win).
const SOURCES: [Source; 16] = [
    row(ConfigKey::Lang, "lang", true, Some("lang")),
    row(ConfigKey::Mode, "mode", true, Some("mode")),
    row(ConfigKey::Start, "start", true, Some("start")),
    row(ConfigKey::ClinicName, "clinic-name", true, None),
    row(ConfigKey::Logo, "logo", true, None),
    row(ConfigKey::Accent, "accent", true, None),
    row(ConfigKey::BookingUrl, "booking-url", true, None),
    row(ConfigKey::Phone, "phone", true, None),
    row(ConfigKey::Content, "content", true, None),
    row(ConfigKey::ShareVerdict, "share-verdict", true, None),
    row(ConfigKey::UrlConfig, "url-config", true, None),
    row(ConfigKey::ParentOrigin, "parent-origin", false, Some("parent-origin")),
    row(ConfigKey::IdleSeconds, "idle-seconds", true, Some("idle")),
    row(
        ConfigKey::CountdownSeconds,
        "countdown-seconds",
        true,
        Some("countdown"),
    ),
    row(ConfigKey::HandoffUrl, "handoff-url", true, None),
    row(ConfigKey::ReadAloud, "read-aloud", true, Some("read-aloud")),
];

/// A row's attribute name (`query` false) or query key (`query` true), if
/// it has one.
const fn name_in(s: &Source, query: bool) -> Option<&'static str> {
    match (query, s.attribute) {
        (true, _) => s.query,
        (false, true) => Some(s.name),
        (false, false) => None,
    }
}

/// How many attribute names or query keys the table holds.
const fn count(query: bool) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < SOURCES.len() {
        if name_in(&SOURCES[i], query).is_some() {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The attribute names or query keys, in table order.
const fn names_in<const N: usize>(query: bool) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut n) = (0, 0);
    while i < SOURCES.len() {
        if let Some(name) = name_in(&SOURCES[i], query) {
            out[n] = name;
            n += 1;
        }
        i += 1;
    }
    out
}

/// Every attribute the element reads (its `observedAttributes`); changes
/// to any of them apply live.
pub const ATTRIBUTES: [&str; count(false)] = names_in(false);

/// The keys a page URL may set, and only on an element with `url-config`:
/// a shared link may pick a language or a screen, never a clinic's links.
pub const QUERY_KEYS: [&str; count(true)] = names_in(true);

impl ConfigKey {
    /// Every setting, in reading order.
    pub const ALL: [ConfigKey; 16] = {
        let mut all = [ConfigKey::Lang; 16];
        let mut i = 0;
        while i < SOURCES.len() {
            all[i] = SOURCES[i].key;
            i += 1;
        }
        all
    };

    fn source(self) -> &'static Source {
        // Every key has a row (a test checks it); the first row is only a
        // total fallback.
        SOURCES.iter().find(|s| s.key == self).unwrap_or(&SOURCES[0])
    }

    /// The attribute name, such as `idle-seconds`; warnings use it whichever
    /// way the value came.
    pub fn name(self) -> &'static str {
        self.source().name
    }

    /// The URL query key that may set it, such as `idle`.
    pub fn query(self) -> Option<&'static str> {
        self.source().query
    }

    /// The setting an attribute name or a query key stands for.
    pub fn from_name(name: &str) -> Option<ConfigKey> {
        SOURCES
            .iter()
            .find(|s| s.name == name || s.query == Some(name))
            .map(|s| s.key)
    }

    /// The values accepted, as warnings and the configurator word them.
    pub fn accepted(self) -> String {
        let whole = |(low, high): (u32, u32)| format!("whole seconds from {low} to {high}");
        match self {
            ConfigKey::Lang => join(Lang::ALL.map(Lang::tag), ", "),
            ConfigKey::Mode => names(&Mode::NAMES),
            ConfigKey::Start => names(&Start::NAMES),
            ConfigKey::ClinicName => format!("plain text up to {MAX_CLINIC_NAME} characters"),
            ConfigKey::Logo => "an http(s) URL or a relative path".into(),
            ConfigKey::Accent => "#rgb, #rrggbb or rgb(r, g, b)".into(),
            ConfigKey::BookingUrl => "http:, https:, tel: or mailto: URLs".into(),
            ConfigKey::Phone => "digits with spaces, +, -, ( ) or .".into(),
            ConfigKey::Content => "an http(s) URL or a relative path to a JSON file".into(),
            ConfigKey::ShareVerdict | ConfigKey::ReadAloud => "present, \"true\" or \"false\"".into(),
            ConfigKey::UrlConfig => "present".into(),
            ConfigKey::ParentOrigin => "an exact origin such as https://clinic.example".into(),
            ConfigKey::IdleSeconds => whole(IDLE_RANGE),
            ConfigKey::CountdownSeconds => whole(COUNTDOWN_RANGE),
            ConfigKey::HandoffUrl => "an absolute http(s) URL of the standalone page".into(),
        }
    }

    /// What is used when the value is refused. For `lang` and `mode` this
    /// is the plain default; the caller names the one actually used once it
    /// knows (the browser's language, `standalone` with `url-config`).
    pub fn default(self) -> String {
        match self {
            ConfigKey::Lang => Lang::default().tag().into(),
            ConfigKey::Mode => Mode::default().name().into(),
            ConfigKey::Start => name_of(&Start::NAMES, Start::default()).into(),
            ConfigKey::ClinicName => format!("the name cut to {MAX_CLINIC_NAME} characters"),
            ConfigKey::Accent => "the built-in teal".into(),
            ConfigKey::ShareVerdict | ConfigKey::ReadAloud => "false".into(),
            ConfigKey::UrlConfig => "absent".into(),
            ConfigKey::IdleSeconds => DEFAULT_IDLE_SECONDS.to_string(),
            ConfigKey::CountdownSeconds => DEFAULT_COUNTDOWN_SECONDS.to_string(),
            ConfigKey::Logo
            | ConfigKey::BookingUrl
            | ConfigKey::Phone
            | ConfigKey::Content
            | ConfigKey::ParentOrigin
            | ConfigKey::HandoffUrl => "none".into(),
        }
    }
}

fn names<T>(names: &[(&'static str, T)]) -> String {
    join(names.iter().map(|(n, _)| *n), ", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_one_row_and_names_are_unique() {
        for key in ConfigKey::ALL {
            assert_eq!(SOURCES.iter().filter(|s| s.key == key).count(), 1, "{key:?}");
            assert_eq!(ConfigKey::from_name(key.name()), Some(key));
            if let Some(q) = key.query() {
                assert_eq!(ConfigKey::from_name(q), Some(key));
            }
        }
        let unique = |mut v: Vec<&str>| {
            let n = v.len();
            v.sort_unstable();
            v.dedup();
            v.len() == n
        };
        assert!(unique(SOURCES.iter().map(|s| s.name).collect()));
        assert!(unique(SOURCES.iter().filter_map(|s| s.query).collect()));
    }

    #[test]
    fn the_name_lists_follow_the_table() {
        assert_eq!(ATTRIBUTES.len(), 15);
        assert!(ATTRIBUTES.contains(&"url-config") && !ATTRIBUTES.contains(&"parent-origin"));
        assert_eq!(
            QUERY_KEYS,
            [
                "lang",
                "mode",
                "start",
                "parent-origin",
                "idle",
                "countdown",
                "read-aloud"
            ]
        );
    }

    #[test]
    fn kiosk_defaults_come_from_the_kiosk_machine() {
        assert_eq!(ConfigKey::IdleSeconds.default(), "90");
        assert_eq!(ConfigKey::CountdownSeconds.default(), "30");
        assert_eq!(ConfigKey::IdleSeconds.accepted(), "whole seconds from 10 to 3600");
    }
}
