//! The values a setting can take: languages, modes, first screens, and the
//! names pages write them with.

/// A language the widget ships text for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the reference catalog.
    #[default]
    En,
    /// Spanish (neutral Latin-American), for patients in US clinics.
    Es,
}

impl Lang {
    /// Every shipped language, for exhaustive tests and language pickers.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag, used for the `lang` attribute of the widget's root.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name, written in that language, for the language
    /// switch: a visitor looks for the name they read, not a translation.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The first shipped language among a browser's preferred languages
    /// (`navigator.languages`, most preferred first), matched by primary
    /// subtag; `None` if none is shipped, so the caller keeps its default.
    pub fn negotiate(preferred: &[String]) -> Option<Lang> {
        preferred.iter().find_map(|tag| Lang::from_tag(tag))
    }

    /// Matches a tag such as `en`, `EN` or `en-GB` by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(primary))
    }
}

/// Where the widget runs; it changes sizing and, later, kiosk behaviour.
///
/// `Embed` is the default: a clinic that copies the snippet without `mode`
/// gets a guide that leaves its page (URL, headings, landmarks) alone. Only
/// the standalone page, whose element has `url-config`, defaults to
/// `Standalone`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Inside a clinic's page: headings start at level 2.
    #[default]
    Embed,
    /// Its own page: the widget owns the level-1 heading.
    Standalone,
    /// A shared touch screen: big targets and big type.
    Kiosk,
}

impl Mode {
    pub(super) const NAMES: [(&'static str, Mode); 3] = [
        ("embed", Mode::Embed),
        ("standalone", Mode::Standalone),
        ("kiosk", Mode::Kiosk),
    ];

    /// The attribute value for this mode.
    pub fn name(self) -> &'static str {
        name_of(&Self::NAMES, self)
    }
}

/// The name of `value` in a names table (every value has one).
pub(super) fn name_of<T: Copy + PartialEq>(names: &[(&'static str, T)], value: T) -> &'static str {
    names.iter().find(|(_, t)| *t == value).map_or("", |(n, _)| *n)
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
    pub(super) const NAMES: [(&'static str, Start); 3] = [
        ("welcome", Start::Welcome),
        ("quiz", Start::Quiz),
        ("how-it-works", Start::HowItWorks),
    ];
}

/// The longest clinic name shown; longer names are cut, not rejected.
pub const MAX_CLINIC_NAME: usize = 80;

/// The value a names table gives `value` (trimmed, any case).
pub(super) fn lookup<T: Copy>(names: &[(&'static str, T)], value: &str) -> Option<T> {
    let v = value.trim();
    names.iter().find(|(n, _)| n.eq_ignore_ascii_case(v)).map(|(_, t)| *t)
}
