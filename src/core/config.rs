//! The widget's typed configuration, parsed from `key=value` pairs.
//!
//! The platform layer collects pairs from the URL query and the host
//! element's attributes; this module turns them into a [`Config`] and a list
//! of [`ConfigWarning`]s. It never fails: a bad value is reported and the
//! default is used, because a clinic's typo must not blank the widget.

use std::fmt;

/// A language the widget ships text for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the reference catalog.
    #[default]
    En,
}

impl Lang {
    /// Every shipped language, for exhaustive tests and language pickers.
    pub const ALL: [Lang; 1] = [Lang::En];

    /// The BCP 47 tag, used for the `lang` attribute of the widget's root.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// Matches a tag such as `en`, `EN` or `en-GB` by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }
}

/// Where the widget runs; it changes sizing and, later, kiosk behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Inside a clinic's page: headings start at level 2.
    Embed,
    /// Its own page: the widget owns the level-1 heading.
    #[default]
    Standalone,
    /// A shared touch screen: big targets and big type.
    Kiosk,
}

impl Mode {
    const NAMES: [(&'static str, Mode); 3] = [
        ("embed", Mode::Embed),
        ("standalone", Mode::Standalone),
        ("kiosk", Mode::Kiosk),
    ];

    /// The attribute value for this mode.
    pub fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(_, m)| *m == self)
            .map(|(n, _)| *n)
            .unwrap_or("standalone")
    }
}

/// The first screen a visitor sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Start {
    /// The welcome screen.
    #[default]
    Welcome,
    /// Straight into the quiz.
    Quiz,
    /// Straight into the diagrams of how microneedling works.
    HowItWorks,
}

impl Start {
    const NAMES: [(&'static str, Start); 3] = [
        ("welcome", Start::Welcome),
        ("quiz", Start::Quiz),
        ("how-it-works", Start::HowItWorks),
    ];
}

/// Everything the app needs to know about how it was embedded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    /// Language of all text.
    pub lang: Lang,
    /// How the widget is hosted.
    pub mode: Mode,
    /// The first screen.
    pub start: Start,
}

/// A value that could not be used, and what was used instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The attribute or query key, such as `lang`.
    pub key: &'static str,
    /// The value as given.
    pub value: String,
    /// The value used instead.
    pub default: &'static str,
    /// The values that would have been accepted.
    pub accepted: String,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "microneedling-guide: ignoring {}=\"{}\" (accepted: {}); using \"{}\"",
            self.key, self.value, self.accepted, self.default
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

fn lookup<T: Copy>(names: &[(&'static str, T)], value: &str) -> Option<T> {
    let v = value.trim();
    names
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(v))
        .map(|(_, t)| *t)
}

fn accepted<T>(names: &[(&'static str, T)]) -> String {
    names.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
}

impl Config {
    /// Parses pairs in order; a later pair for the same key wins, so callers
    /// pass the query first and the element's attributes last. Unknown keys
    /// are not warned about: host pages put their own attributes on elements.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Parsed {
        let mut out = Parsed::default();
        for (key, value) in pairs {
            match key {
                "lang" => match Lang::from_tag(value) {
                    Some(l) => out.config.lang = l,
                    None => out.warnings.push(ConfigWarning {
                        key: "lang",
                        value: value.to_string(),
                        default: Lang::default().tag(),
                        accepted: Lang::ALL.map(Lang::tag).join(", "),
                    }),
                },
                "mode" => match lookup(&Mode::NAMES, value) {
                    Some(m) => out.config.mode = m,
                    None => out.warnings.push(ConfigWarning {
                        key: "mode",
                        value: value.to_string(),
                        default: Mode::default().name(),
                        accepted: accepted(&Mode::NAMES),
                    }),
                },
                "start" => match lookup(&Start::NAMES, value) {
                    Some(s) => out.config.start = s,
                    None => out.warnings.push(ConfigWarning {
                        key: "start",
                        value: value.to_string(),
                        default: "welcome",
                        accepted: accepted(&Start::NAMES),
                    }),
                },
                _ => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(p.warnings[1].default, "standalone");
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
    fn start_can_open_the_diagrams() {
        let p = Config::parse([("start", "How-It-Works")]);
        assert_eq!(p.config.start, Start::HowItWorks);
        assert!(p.warnings.is_empty());
        let bad = Config::parse([("start", "how_it_works")]);
        assert_eq!(bad.config.start, Start::Welcome);
        assert!(bad.warnings[0].accepted.contains("how-it-works"));
    }

    #[test]
    fn mode_names_round_trip() {
        for (name, mode) in Mode::NAMES {
            assert_eq!(mode.name(), name);
            assert_eq!(lookup(&Mode::NAMES, name), Some(mode));
        }
    }
}
