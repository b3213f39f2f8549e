//! The widget's typed configuration, parsed from `key=value` pairs.
//!
//! The platform layer collects pairs from the URL query and the host
//! element's attributes; this module turns them into a [`Config`] and a list
//! of [`ConfigWarning`]s. It never fails: a bad value is reported and the
//! default is used, because a clinic's typo must not blank the widget.

use std::fmt;

use super::color::Rgb;

mod keys;
mod values;

pub use keys::{ConfigKey, ATTRIBUTES, QUERY_KEYS};
pub use values::{Lang, Mode, Start, MAX_CLINIC_NAME};

use values::lookup;

/// Everything the app needs to know about how it was embedded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    /// Language of all text.
    pub lang: Lang,
    /// How the widget is hosted.
    pub mode: Mode,
    /// The first screen.
    pub start: Start,
    /// The clinic's own details, shown on the plan; all optional.
    pub clinic: Clinic,
    /// The clinic's accent colour; the theme derives readable colours from it.
    pub accent: Option<Rgb>,
    /// URL of a JSON file whose texts override the built-in wording.
    pub content_url: Option<String>,
    /// Whether host events may carry the verdict category (never the answers).
    pub share_verdict: bool,
    /// The exact origin of the page framing this one (the iframe option).
    pub parent_origin: Option<String>,
    /// Kiosk timing and hand-off link; used only in [`Mode::Kiosk`].
    pub kiosk: KioskConfig,
    /// The page is the guide's own (`url-config` on the element): only then
    /// may the guide read its query and keep answers in its URL fragment.
    /// A clinic's page never has it, so its URL and `history.state` stay
    /// the clinic's.
    pub url_config: bool,
}

/// Settings of kiosk mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskConfig {
    /// Seconds without input before "Still there?" (`idle-seconds`, query `idle`).
    pub idle_seconds: u32,
    /// Seconds the prompt counts down (`countdown-seconds`, query `countdown`).
    pub countdown_seconds: u32,
    /// The standalone page the QR hand-off points at (`handoff-url`);
    /// `None` means this page's own origin and path.
    pub handoff_url: Option<String>,
    /// Whether visitors get "Listen" buttons (`read-aloud`, query
    /// `read-aloud`). Off unless the operator turns it on: a shared screen
    /// speaking in a waiting room is the clinic's choice, not the guide's.
    pub read_aloud: bool,
}

impl Default for KioskConfig {
    fn default() -> Self {
        KioskConfig {
            idle_seconds: crate::core::kiosk::DEFAULT_IDLE_SECONDS,
            countdown_seconds: crate::core::kiosk::DEFAULT_COUNTDOWN_SECONDS,
            handoff_url: None,
            read_aloud: false,
        }
    }
}

/// Checks a hand-off page URL: absolute http(s) only, since a phone scans it.
pub fn handoff_url(value: &str) -> Option<String> {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && v.len() > "https://".len()
        && !v
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '"' || c == '<' || c == '>');
    ok.then(|| v.split('#').next().unwrap_or(v).to_string())
}

/// Parses whole seconds within `range`.
fn seconds_in(value: &str, range: (u32, u32)) -> Option<u32> {
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|s| (range.0..=range.1).contains(s))
}

/// What a clinic tells the widget about itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Clinic {
    /// The clinic's name, as plain text.
    pub name: Option<String>,
    /// URL of the clinic's logo image (http, https or a relative path).
    pub logo: Option<String>,
    /// Where visitors book: only http, https, tel or mailto URLs.
    pub booking_url: Option<String>,
    /// A phone number to show and to call through a `tel:` link.
    pub phone: Option<String>,
}

/// Checks a booking link. Only schemes that open a page, a dialler or a mail
/// program are allowed: `javascript:` and `data:` could run code or spoof a
/// page, and anything unknown is refused rather than guessed at.
pub fn booking_url(value: &str) -> Option<String> {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let ok_scheme = ["https://", "http://", "tel:", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s));
    let clean = !v
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '"' || c == '<' || c == '>');
    let has_rest = ["https://", "http://", "tel:", "mailto:"]
        .iter()
        .find(|s| lower.starts_with(**s))
        .is_some_and(|s| v.len() > s.len());
    (ok_scheme && clean && has_rest).then(|| v.to_string())
}

/// Checks a logo URL: absolute http(s), or a path relative to the page.
/// Any other scheme (`data:`, `javascript:`, `file:`...) is refused.
pub fn logo_url(value: &str) -> Option<String> {
    let v = value.trim();
    if v.is_empty() || v.chars().any(|c| c.is_control() || c.is_whitespace() || c == '"') {
        return None;
    }
    let lower = v.to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s);
    let has_scheme = scheme.is_some_and(|s| !s.contains('/') && !s.contains('?') && !s.contains('#'));
    let allowed = lower.starts_with("https://") || lower.starts_with("http://");
    (allowed || (!has_scheme && !lower.starts_with("//"))).then(|| v.to_string())
}

/// Checks a phone number: digits with the usual separators, 3 to 32 characters.
pub fn phone(value: &str) -> Option<String> {
    let v = value.trim();
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let ok = v.len() <= 32
        && digits >= 3
        && v.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'));
    ok.then(|| v.to_string())
}

/// Checks a parent page's origin for the iframe option: `scheme://host[:port]`
/// with http or https and nothing after it, so messages can target it exactly.
pub fn exact_origin(value: &str) -> Option<String> {
    let v = value.trim();
    let rest = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        && !rest.ends_with(':');
    ok.then(|| v.to_string())
}

/// Checks a content-override URL: http(s) or a relative path, like a logo.
pub fn content_url(value: &str) -> Option<String> {
    logo_url(value)
}

/// A value that could not be used, and what was used instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The attribute or query key, such as `lang`.
    pub key: &'static str,
    /// The value as given.
    pub value: String,
    /// The value used instead.
    pub default: String,
    /// The values that would have been accepted.
    pub accepted: String,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "microneedling-guide: ignoring {}=\"{}\" (accepted: {}); using \"{}\"",
            self.key,
            super::text::quote(&self.value),
            self.accepted,
            self.default
        )
    }
}

/// The result of parsing: always a usable config, plus what was ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    /// The configuration to run with.
    pub config: Config,
    /// One entry per rejected value, for the console.
    pub warnings: Vec<ConfigWarning>,
}

/// A presence flag: present (empty), its own name or `true` turn it on,
/// `false` off; `None` for anything else.
fn flag(key: ConfigKey, value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" => Some(true),
        "false" => Some(false),
        v if v == key.name() => Some(true),
        _ => None,
    }
}

/// Stores a checked optional value; `false` (and the slot untouched) when
/// refused.
fn store_some<T>(slot: &mut Option<T>, checked: Option<T>) -> bool {
    checked.map(|v| *slot = Some(v)).is_some()
}

/// Stores a checked value; `false` (and the slot untouched) when refused.
fn store<T>(slot: &mut T, checked: Option<T>) -> bool {
    checked.map(|v| *slot = v).is_some()
}

impl ConfigWarning {
    /// The warning for a refused `value` of `key`, with the table's texts.
    pub fn new(key: ConfigKey, value: &str) -> ConfigWarning {
        ConfigWarning {
            key: key.name(),
            value: value.to_string(),
            default: key.default(),
            accepted: key.accepted(),
        }
    }
}

impl Config {
    /// Parses pairs in order; a later pair for the same key wins, so callers
    /// pass the query first and the element's attributes last. Unknown keys
    /// are not warned about: host pages put their own attributes on elements.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Parsed {
        let mut out = Parsed::default();
        let mut mode_given = false;
        for (name, value) in pairs {
            let Some(key) = ConfigKey::from_name(name) else {
                continue;
            };
            match out.config.set(key, value) {
                Ok(()) => mode_given |= key == ConfigKey::Mode,
                Err(warning) => out.warnings.push(warning),
            }
        }
        if out.config.url_config && !mode_given {
            out.config.mode = Mode::Standalone;
        }
        // A bad `mode` falls back to the mode actually used.
        let used = out.config.mode.name();
        for w in out.warnings.iter_mut().filter(|w| w.key == ConfigKey::Mode.name()) {
            w.default = used.to_string();
        }
        out
    }

    /// Applies one value, or says why it was refused (the earlier value
    /// stays). A clinic name is the one value both used and reported: an
    /// over-long one is cut.
    fn set(&mut self, key: ConfigKey, value: &str) -> Result<(), ConfigWarning> {
        let ok = match key {
            ConfigKey::Lang => store(&mut self.lang, Lang::from_tag(value)),
            ConfigKey::Mode => store(&mut self.mode, lookup(&Mode::NAMES, value)),
            ConfigKey::Start => store(&mut self.start, lookup(&Start::NAMES, value)),
            ConfigKey::ClinicName => {
                // Direction controls could show the name reversed or
                // reorder the text around it; the name is isolated too.
                let value = super::text::strip_bidi_controls(value);
                let name: String = value.trim().chars().take(MAX_CLINIC_NAME).collect();
                self.clinic.name = (!name.is_empty()).then_some(name);
                if value.trim().chars().count() > MAX_CLINIC_NAME {
                    return Err(ConfigWarning::new(key, &value));
                }
                true
            }
            ConfigKey::Logo => store_some(&mut self.clinic.logo, logo_url(value)),
            ConfigKey::Accent => store_some(&mut self.accent, Rgb::parse(value)),
            ConfigKey::BookingUrl => store_some(&mut self.clinic.booking_url, booking_url(value)),
            ConfigKey::Phone => store_some(&mut self.clinic.phone, phone(value)),
            ConfigKey::Content => store_some(&mut self.content_url, content_url(value)),
            ConfigKey::ShareVerdict => store(&mut self.share_verdict, flag(key, value)),
            ConfigKey::UrlConfig => {
                self.url_config = true;
                true
            }
            ConfigKey::ParentOrigin => store_some(&mut self.parent_origin, exact_origin(value)),
            ConfigKey::IdleSeconds => store(
                &mut self.kiosk.idle_seconds,
                seconds_in(value, crate::core::kiosk::IDLE_RANGE),
            ),
            ConfigKey::CountdownSeconds => store(
                &mut self.kiosk.countdown_seconds,
                seconds_in(value, crate::core::kiosk::COUNTDOWN_RANGE),
            ),
            ConfigKey::HandoffUrl => store_some(&mut self.kiosk.handoff_url, handoff_url(value)),
            ConfigKey::ReadAloud => store(&mut self.kiosk.read_aloud, flag(key, value)),
        };
        if ok {
            Ok(())
        } else {
            Err(ConfigWarning::new(key, value))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_timing_is_parsed_from_attributes_and_query_keys() {
        let d = Config::parse([]);
        assert_eq!(d.config.kiosk.idle_seconds, 90);
        assert_eq!(d.config.kiosk.countdown_seconds, 30);
        let p = Config::parse([
            ("idle", "10"),
            ("countdown", " 20 "),
            ("handoff-url", "https://clinic.example/guide/#x"),
        ]);
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        assert_eq!(p.config.kiosk.idle_seconds, 10);
        assert_eq!(p.config.kiosk.countdown_seconds, 20);
        assert_eq!(
            p.config.kiosk.handoff_url.as_deref(),
            Some("https://clinic.example/guide/")
        );
        let a = Config::parse([("idle-seconds", "3600"), ("countdown-seconds", "300")]);
        assert_eq!(
            (a.config.kiosk.idle_seconds, a.config.kiosk.countdown_seconds),
            (3600, 300)
        );
    }

    #[test]
    fn bad_kiosk_values_warn_and_keep_defaults() {
        let p = Config::parse([
            ("idle-seconds", "9"),
            ("idle", "3601"),
            ("countdown-seconds", "5"),
            ("countdown", "abc"),
            ("idle", "-20"),
            ("handoff-url", "javascript:alert(1)"),
        ]);
        assert_eq!(p.config.kiosk, KioskConfig::default());
        assert_eq!(p.warnings.len(), 6);
        let text = p.warnings[0].to_string();
        assert!(text.contains("idle-seconds=\"9\""), "{text}");
        assert!(text.contains("from 10 to 3600"), "{text}");
        // Under 20 seconds is refused: WCAG 2.2.1 asks for at least 20.
        assert!(p.warnings[2].to_string().contains("countdown-seconds=\"5\""));
        assert!(p.warnings[2].to_string().contains("from 20 to 300"));
        assert_eq!(p.warnings[5].key, "handoff-url");
        let p = Config::parse([("countdown", "19")]);
        assert_eq!((p.warnings.len(), p.config.kiosk.countdown_seconds), (1, 30));
    }

    #[test]
    fn read_aloud_is_off_unless_the_operator_turns_it_on() {
        assert!(!Config::parse([]).config.kiosk.read_aloud);
        for v in ["", "true", "read-aloud", " TRUE "] {
            let p = Config::parse([("read-aloud", v)]);
            assert!(p.config.kiosk.read_aloud && p.warnings.is_empty(), "{v:?}");
        }
        let p = Config::parse([("read-aloud", "true"), ("read-aloud", "false")]);
        assert!(!p.config.kiosk.read_aloud);
        let p = Config::parse([("read-aloud", "loud")]);
        assert!(!p.config.kiosk.read_aloud);
        assert_eq!(p.warnings.len(), 1);
        assert!(p.warnings[0].to_string().contains("read-aloud=\"loud\""));
    }

    #[test]
    fn empty_input_gives_defaults_and_no_warnings() {
        let p = Config::parse([]);
        assert_eq!(p.config, Config::default());
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn known_values_are_parsed_case_insensitively() {
        let p = Config::parse([("lang", "EN-gb"), ("mode", "Kiosk"), ("start", " quiz ")]);
        assert_eq!(p.config.lang, Lang::En);
        assert_eq!(p.config.mode, Mode::Kiosk);
        assert_eq!(p.config.start, Start::Quiz);
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn bad_values_warn_once_each_and_keep_defaults() {
        let p = Config::parse([("lang", "klingon"), ("mode", "fullscreen"), ("start", "")]);
        assert_eq!(p.config, Config::default());
        assert_eq!(p.warnings.len(), 3);
        let text = p.warnings[0].to_string();
        assert!(text.contains("lang=\"klingon\""), "{text}");
        assert!(text.contains("using \"en\""), "{text}");
        assert_eq!(p.warnings[1].key, "mode");
        assert_eq!(p.warnings[1].default, "embed");
        assert_eq!(p.warnings[2].key, "start");
    }

    #[test]
    fn a_bad_later_value_keeps_the_earlier_good_one() {
        let p = Config::parse([("mode", "kiosk"), ("mode", "bogus")]);
        assert_eq!(p.config.mode, Mode::Kiosk);
        assert_eq!(p.warnings.len(), 1);
    }

    #[test]
    fn later_pairs_override_earlier_ones() {
        let p = Config::parse([("mode", "kiosk"), ("mode", "embed")]);
        assert_eq!(p.config.mode, Mode::Embed);
    }

    #[test]
    fn unknown_keys_are_ignored_silently() {
        let p = Config::parse([("class", "x"), ("utm_source", "mail")]);
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn clinic_attributes_are_validated() {
        let p = Config::parse([
            ("clinic-name", "  Bright Skin Clinic "),
            ("logo", "img/logo.svg"),
            ("booking-url", "https://example.org/book?x=1"),
            ("phone", "+1 (555) 010-2000"),
            ("accent", "#c0392b"),
            ("content", "clinic-text.json"),
            ("share-verdict", ""),
        ]);
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        assert_eq!(p.config.clinic.name.as_deref(), Some("Bright Skin Clinic"));
        assert_eq!(p.config.clinic.logo.as_deref(), Some("img/logo.svg"));
        assert_eq!(
            p.config.clinic.booking_url.as_deref(),
            Some("https://example.org/book?x=1")
        );
        assert_eq!(p.config.clinic.phone.as_deref(), Some("+1 (555) 010-2000"));
        assert_eq!(p.config.accent, Rgb::parse("#c0392b"));
        assert_eq!(p.config.content_url.as_deref(), Some("clinic-text.json"));
        assert!(p.config.share_verdict);
    }

    #[test]
    fn dangerous_or_malformed_clinic_values_are_refused_with_a_warning() {
        let bad = [
            ("booking-url", "javascript:alert(1)"),
            ("booking-url", "JavaScript:alert(1)"),
            ("booking-url", "data:text/html,<b>x</b>"),
            ("booking-url", "ftp://example.org"),
            ("booking-url", "https://exa mple.org"),
            ("booking-url", "https://"),
            ("logo", "javascript:alert(1)"),
            ("logo", "data:image/svg+xml,<svg/>"),
            ("logo", "//evil.example/logo.png"),
            ("logo", "file:///etc/passwd"),
            ("phone", "call us"),
            ("phone", "12"),
            ("accent", "banana"),
            ("accent", "#12345"),
            ("content", "javascript:void(0)"),
            ("share-verdict", "maybe"),
        ];
        for (key, value) in bad {
            let p = Config::parse([(key, value)]);
            assert_eq!(p.warnings.len(), 1, "{key}={value}");
            assert_eq!(p.warnings[0].key, key);
            assert!(p.warnings[0].to_string().contains(value), "the warning names the value");
            let c = p.config;
            assert!(c.clinic.booking_url.is_none() && c.clinic.logo.is_none() && c.clinic.phone.is_none());
            assert!(c.accent.is_none() && c.content_url.is_none() && !c.share_verdict);
        }
    }

    #[test]
    fn tel_and_mailto_booking_links_are_allowed() {
        assert!(booking_url("tel:+15550102000").is_some());
        assert!(booking_url("mailto:front@clinic.example").is_some());
        assert!(booking_url("HTTPS://clinic.example").is_some());
    }

    #[test]
    fn a_long_clinic_name_is_cut_with_a_warning() {
        let long = "A".repeat(200);
        let p = Config::parse([("clinic-name", long.as_str())]);
        assert_eq!(p.config.clinic.name.map(|n| n.chars().count()), Some(MAX_CLINIC_NAME));
        assert_eq!(p.warnings.len(), 1);
    }

    #[test]
    fn only_exact_http_origins_pass() {
        assert_eq!(
            exact_origin("https://clinic.example").as_deref(),
            Some("https://clinic.example")
        );
        assert!(exact_origin("http://127.0.0.1:8080").is_some());
        for bad in [
            "*",
            "",
            "https://",
            "https://a/b",
            "javascript:alert(1)",
            "https://a?x",
            "ftp://a",
            "https://a:",
        ] {
            assert_eq!(exact_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn start_can_open_the_diagrams() {
        let p = Config::parse([("start", "How-It-Works")]);
        assert_eq!(p.config.start, Start::HowItWorks);
        assert!(p.warnings.is_empty());
        let bad = Config::parse([("start", "how_it_works")]);
        assert_eq!(bad.config.start, Start::Welcome);
        assert!(bad.warnings[0].accepted.contains("how-it-works"));
    }

    #[test]
    fn spanish_is_parsed_from_its_tag() {
        let p = Config::parse([("lang", "es-MX")]);
        assert_eq!(p.config.lang, Lang::Es);
        assert_eq!(Lang::Es.tag(), "es");
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn negotiation_takes_the_first_shipped_primary_subtag() {
        let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(Lang::negotiate(&tags(&["es-ES", "en-US"])), Some(Lang::Es));
        assert_eq!(Lang::negotiate(&tags(&["fr-FR", "es-419", "en"])), Some(Lang::Es));
        assert_eq!(Lang::negotiate(&tags(&["de", "en-GB", "es"])), Some(Lang::En));
        assert_eq!(Lang::negotiate(&tags(&["fr", "de"])), None);
        assert_eq!(Lang::negotiate(&[]), None);
        // "est" (Estonian) must not match "es": only whole primary subtags count.
        assert_eq!(Lang::negotiate(&tags(&["et-EE", "est"])), None);
    }

    #[test]
    fn embed_is_the_default_and_only_url_config_makes_a_standalone_page() {
        let plain = Config::parse([("clinic-name", "Northside")]);
        assert_eq!(plain.config.mode, Mode::Embed);
        assert!(!plain.config.url_config);
        let page = Config::parse([("url-config", "")]);
        assert_eq!(page.config.mode, Mode::Standalone);
        assert!(page.config.url_config);
        // The page's query or attribute still picks another mode.
        let framed = Config::parse([("mode", "embed"), ("url-config", "")]);
        assert_eq!(framed.config.mode, Mode::Embed);
        // A bad mode names the mode actually used.
        let bad = Config::parse([("mode", "sideways"), ("url-config", "")]);
        assert_eq!(bad.config.mode, Mode::Standalone);
        assert!(
            bad.warnings[0].to_string().ends_with("using \"standalone\""),
            "{}",
            bad.warnings[0]
        );
    }

    #[test]
    fn clinic_names_lose_direction_controls_and_warnings_stay_short() {
        let p = Config::parse([("clinic-name", "Skin \u{202E}cinilC")]);
        assert_eq!(p.config.clinic.name.as_deref(), Some("Skin cinilC"));
        let long = "q".repeat(100_000);
        let w = Config::parse([("accent", long.as_str())]).warnings[0].to_string();
        assert!(w.len() < 300, "{} characters", w.len());
    }

    #[test]
    fn mode_names_round_trip() {
        for (name, mode) in Mode::NAMES {
            assert_eq!(mode.name(), name);
            assert_eq!(lookup(&Mode::NAMES, name), Some(mode));
        }
    }
}
