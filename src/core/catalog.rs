//! The content catalog: every word a visitor reads, as typed data.
//!
//! Text lives in `content/<lang>/*.json`, one file per section of
//! [`Catalog`]. `build.rs` reads the files into these very types with serde
//! (every struct denies unknown fields, every field is required unless it is
//! an `Option`), checks them (blank text, missing option texts, languages
//! that differ in keys, `{placeholders}` or source numbers) and writes each
//! language as Rust statics (see [`super::tree`]). A content mistake fails
//! `cargo build` naming the file and the key; the wasm ships no JSON reader
//! for its own text, and nothing is parsed when the widget mounts or
//! switches language.

use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error as _, MapAccess, Visitor};

use super::json::{variant_name, Json, MapKey};
use super::tree::{join, Baker, Leaf, Reader, TextTree};

use super::config::Lang;
use super::plan::{
    AddOn, Aftercare, DowntimeAdvice, Evidence, HomeDevice, Myth, Notice, NumberFact, ProviderQuestion, Reason,
    Response, Section, SkinToneNote, Verdict, WarningSign,
};
use super::quiz::{Concern, Downtime, Question, Safety, ScarType, SunReaction, Visibility};
use super::scene::{Scene, SkinTone};
use super::summary::Caution;
use super::timeline::{Phase, TimeLabel};

/// Declares a text struct with serde's reader (for `build.rs`) and its
/// [`TextTree`] impl, both from the struct's own fields: a new key needs
/// only a new field. Every field is required (except `Option` ones), unknown
/// and duplicate keys are errors, and the JSON key of a field is its name.
macro_rules! text_struct {
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* pub $field:ident: $ty:ty,)+ }) => {
        #[derive(Default, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        $(#[$m])*
        pub struct $name { $($(#[$fm])* pub $field: $ty,)+ }

        impl TextTree for $name {
            fn bake(&self, out: &mut Baker) {
                $(self.$field.bake(out);)+
            }

            fn unbake(r: &mut Reader) -> Self {
                $name { $($field: TextTree::unbake(r),)+ }
            }

            fn texts(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
                $(self.$field.texts(&join(path, stringify!($field)), f);)+
            }

            fn patch(&mut self, v: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
                let Json::Object(entries) = v else {
                    f(path, Leaf::WrongType);
                    return;
                };
                const NAMES: &[&str] = &[$(stringify!($field)),+];
                for (key, value) in entries {
                    let here = join(path, key);
                    let Some(mut i) = field_index(NAMES, key) else {
                        f(&here, Leaf::Unknown);
                        continue;
                    };
                    // The field at index `i`, counted down: a jump table,
                    // where matching each name in turn was 10 KiB of wasm.
                    $(
                        if i == 0 {
                            self.$field.patch(value, &here, f);
                            continue;
                        }
                        i -= 1;
                    )+
                    let _ = i;
                }
            }
        }
    };
}

/// The index of `key` in `names`: one shared loop for every text struct.
#[inline(never)]
fn field_index(names: &[&str], key: &str) -> Option<usize> {
    names.iter().position(|n| *n == key)
}

/// Makes id enums usable as [`TextMap`] keys, spelt as their serde names
/// (snake_case), so content files and links keep one spelling.
macro_rules! enum_keys {
    ($($t:ty),+ $(,)?) => {
        $(impl MapKey for $t {
            fn from_key(key: &str) -> Option<Self> {
                <$t>::ALL.iter().copied().find(|k| variant_name(k) == Some(key))
            }

            fn key(self) -> String {
                variant_name(&self).unwrap_or("").to_string()
            }

            fn rank(self) -> u8 {
                self as u8
            }

            fn from_rank(rank: u8) -> Option<Self> {
                <$t>::ALL.iter().copied().find(|k| *k as u8 == rank)
            }
        })+
    };
}

enum_keys!(
    ScarType,
    Visibility,
    Concern,
    SunReaction,
    Safety,
    Downtime,
    Section,
    Verdict,
    Reason,
    Response,
    AddOn,
    Evidence,
    NumberFact,
    DowntimeAdvice,
    SkinToneNote,
    Aftercare,
    HomeDevice,
    ProviderQuestion,
    Myth,
    Notice,
    WarningSign,
);
enum_keys!(Caution);

/// Texts keyed by ids, in key order.
///
/// A sorted list of `(rank, text)` rather than a `BTreeMap`: these maps hold
/// a handful of entries, are built once and only looked up, and each
/// `BTreeMap<K, V>` added KiB of wasm per key type. Storing [`MapKey::rank`]s
/// lets all maps share one reader per value type.
#[derive(Debug, Clone, PartialEq)]
pub struct TextMap<K, V> {
    entries: Vec<(u8, V)>,
    key: PhantomData<K>,
}

impl<K, V> Default for TextMap<K, V> {
    fn default() -> Self {
        TextMap {
            entries: Vec::new(),
            key: PhantomData,
        }
    }
}

impl<K: MapKey, V> TextMap<K, V> {
    /// The value for `k`, if present.
    pub fn get(&self, k: &K) -> Option<&V> {
        let r = k.rank();
        self.entries.iter().find(|(x, _)| *x == r).map(|(_, v)| v)
    }

    /// Whether `k` has a value.
    pub fn contains_key(&self, k: &K) -> bool {
        self.get(k).is_some()
    }

    /// Every `(key, value)` in key order.
    pub fn iter(&self) -> impl Iterator<Item = (K, &V)> {
        self.entries.iter().filter_map(|(r, v)| Some((K::from_rank(*r)?, v)))
    }

    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The entries of any map: generic over the value type only, so every map
/// of texts shares one reader.
fn unbake_entries<V: TextTree>(r: &mut Reader) -> Vec<(u8, V)> {
    let n = r.number();
    (0..n).map(|_| (u8::unbake(r), V::unbake(r))).collect()
}

impl<K: MapKey, V: TextTree> TextTree for TextMap<K, V> {
    fn bake(&self, out: &mut Baker) {
        out.number(self.entries.len());
        for (rank, v) in &self.entries {
            rank.bake(out);
            v.bake(out);
        }
    }

    fn unbake(r: &mut Reader) -> Self {
        TextMap {
            entries: unbake_entries(r),
            key: PhantomData,
        }
    }

    fn texts(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
        texts_entries(&self.entries, path, f, key_of::<K>);
    }

    fn patch(&mut self, v: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        patch_entries(&mut self.entries, v, path, f, K::rank_of_key);
    }
}

/// The JSON key of a map key's rank.
fn key_of<K: MapKey>(rank: u8) -> String {
    K::from_rank(rank).map(K::key).unwrap_or_default()
}

/// Lists the texts of any map's entries, generic over the value type only.
fn texts_entries<V: TextTree>(entries: &[(u8, V)], path: &str, f: &mut dyn FnMut(&str, &str), key: fn(u8) -> String) {
    for (rank, v) in entries {
        v.texts(&join(path, &key(*rank)), f);
    }
}

/// Patches the entries of any map: generic over the value type only (the
/// key type comes in as `rank`), so every map of texts shares one walk.
fn patch_entries<V: TextTree>(
    entries: &mut [(u8, V)],
    v: &Json,
    path: &str,
    f: &mut dyn FnMut(&str, Leaf<'_>),
    rank: fn(&str) -> Option<u8>,
) {
    let Json::Object(items) = v else {
        f(path, Leaf::WrongType);
        return;
    };
    for (key, value) in items {
        let here = join(path, key);
        let r = rank(key);
        match entries.iter_mut().find(|(x, _)| Some(*x) == r) {
            Some((_, old)) => old.patch(value, &here, f),
            None => f(&here, Leaf::Unknown),
        }
    }
}

/// Read by `build.rs` only: unknown and duplicate keys are errors, and the
/// entries are kept in key order as they are read.
impl<'de, K: MapKey, V: Deserialize<'de>> Deserialize<'de> for TextMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries<K, V>(PhantomData<(K, V)>);

        impl<'de, K: MapKey, V: Deserialize<'de>> Visitor<'de> for Entries<K, V> {
            type Value = TextMap<K, V>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of texts keyed by id")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries: Vec<(u8, V)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let Some(r) = K::rank_of_key(&key) else {
                        return Err(A::Error::custom(format!("unknown key `{key}`")));
                    };
                    let at = entries.iter().position(|(x, _)| *x >= r).unwrap_or(entries.len());
                    if entries.get(at).is_some_and(|(x, _)| *x == r) {
                        return Err(A::Error::custom(format!("duplicate key `{key}`")));
                    }
                    entries.insert(at, (r, map.next_value()?));
                }
                Ok(TextMap {
                    entries,
                    key: PhantomData,
                })
            }
        }

        d.deserialize_map(Entries(PhantomData))
    }
}

text_struct! {
/// All user-facing text for one language: one field per content file.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// The welcome screen, the shell around every screen and fallbacks.
    pub app: AppText,
    /// Titles, captions and labels of the skin diagrams.
    pub diagram: DiagramText,
    /// The quiz: questions, options, buttons and the "how to tell" guide.
    pub quiz: QuizText,
    /// The personal plan: every id a [`crate::core::plan::Plan`] can hold.
    pub plan: PlanText,
}
}

impl Catalog {
    /// The built-in catalog for `lang`, read from the statics `build.rs`
    /// wrote. Infallible: the build refused any content that was not sound.
    pub fn builtin(lang: Lang) -> Self {
        Catalog::unbake(&mut Reader::new(crate::baked::flat(lang)))
    }

    /// Every id has its text, so any plan and question renders in full:
    /// the checks serde's required fields cannot make (maps keyed by ids).
    /// On failure, the section (the content file's name) and what is missing.
    pub fn check_complete(&self) -> Result<(), (&'static str, String)> {
        self.quiz.check_complete().map_err(|m| ("quiz", m))?;
        self.plan.check_complete().map_err(|m| ("plan", m))
    }
}

text_struct! {
/// Text for the welcome screen and the parts of the shell shared by all screens.
#[derive(Debug, Clone, PartialEq)]
pub struct AppText {
    /// The widget's name as shown in its main heading.
    pub name: String,
    /// Accessible name of the widget's landmark region.
    pub region_label: String,
    /// One short paragraph on what the guide does.
    pub intro: String,
    /// Heading of the "education, not a diagnosis" note.
    pub not_diagnosis_title: String,
    /// The "education, not a diagnosis" note itself.
    pub not_diagnosis: String,
    /// A one-line promise that answers stay on the device.
    pub privacy: String,
    /// Label of the button that starts the quiz.
    pub start: String,
    /// Label of the button that returns to the welcome screen.
    pub back_to_start: String,
    /// Alternative text of a clinic's logo shown without its name.
    pub clinic_logo_alt: String,
    /// The clinic's booking link.
    pub book: String,
    /// The clinic's phone link; `{phone}` is the number.
    pub call: String,
    /// The plan's link to the diagrams drawn with the visitor's own scars.
    pub see_on_your_skin: String,
    /// Label of the welcome screen's button that opens the diagrams.
    pub how_it_works: String,
    /// Heading of the diagrams screen.
    pub how_it_works_title: String,
    /// Accessible name of the language switch on the welcome screen.
    pub language: String,
    /// What a first-screen button says when it was pressed before the guide
    /// finished loading (the prerendered screen, issue 14); shown only then.
    pub getting_ready: String,
    /// Heading of the screen for a saved link that was cut or changed.
    pub damaged_title: String,
    /// Why no plan is shown from it, and that nothing else was kept.
    pub damaged_body: String,
    /// The button that starts the questions afresh.
    pub damaged_action: String,
    /// Text of kiosk mode: attract screen, "Still there?" and QR hand-off.
    pub kiosk: KioskText,
    /// The "Listen" buttons that read a question or a plan section aloud.
    pub listen: ListenText,
}
}

text_struct! {
/// Labels of the read-aloud buttons.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenText {
    /// The button that starts reading.
    pub listen: String,
    /// The same button while it reads.
    pub stop: String,
}
}

text_struct! {
/// Text of kiosk mode.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskText {
    /// The attract screen's big line above "Tap to start".
    pub attract_title: String,
    /// One line under it on what the guide offers.
    pub attract_lead: String,
    /// The attract screen's start button.
    pub tap_to_start: String,
    /// Accessible name of the language choice.
    pub language_label: String,
    /// The button on every kiosk screen that ends the visit at once.
    pub finish: String,
    /// Title of the idle dialog.
    pub still_there_title: String,
    /// The idle dialog's explanation.
    pub still_there_body: String,
    /// The countdown; `{seconds}` is the number of seconds left.
    pub resetting_in: String,
    /// The button that keeps the visit going.
    pub still_here: String,
    /// Heading of the QR hand-off on the plan.
    pub handoff_title: String,
    /// Caption of the QR code of the visitor's own plan.
    pub handoff_plan: String,
    /// Caption of the QR code of the clinic's booking page.
    pub handoff_booking: String,
    /// The privacy note under the codes.
    pub handoff_privacy: String,
}
}

text_struct! {
/// Text of the skin diagrams: every caption is the text equivalent of what
/// its picture or motion shows.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagramText {
    /// The note that drawings are simplified and sizes typical, not yours.
    pub note_simplified: String,
    /// Title and caption of each scene.
    pub scenes: SceneTexts,
    /// Name and caption of each healing phase.
    pub phases: PhaseTexts,
    /// Labels of tissues, cells and scar shapes inside the drawings.
    pub labels: DiagramLabels,
    /// Patterns for biological time labels.
    pub time: TimeFormats,
    /// Names of the skin tones in the picker.
    pub tones: ToneNames,
    /// Labels of the playback and display controls.
    pub controls: ControlLabels,
    /// Text of the course-of-treatment chart.
    pub course: CourseText,
}
}

impl DiagramText {
    /// The text of one scene.
    pub fn scene(&self, scene: Scene) -> &SceneText {
        let s = &self.scenes;
        match scene {
            Scene::Healthy => &s.healthy,
            Scene::Scars => &s.scars,
            Scene::Treatment => &s.treatment,
            Scene::Healing => &s.healing,
            Scene::Course => &s.course,
        }
    }

    /// The text of one healing phase.
    pub fn phase(&self, phase: Phase) -> &PhaseText {
        let p = &self.phases;
        match phase {
            Phase::Injury => &p.injury,
            Phase::BarrierCloses => &p.barrier,
            Phase::Inflammation => &p.inflammation,
            Phase::Proliferation => &p.proliferation,
            Phase::Remodelling => &p.remodelling,
        }
    }

    /// The display name of a skin tone.
    pub fn tone_name(&self, tone: SkinTone) -> &str {
        let t = &self.tones;
        match tone {
            SkinTone::Tone1 => &t.tone1,
            SkinTone::Tone2 => &t.tone2,
            SkinTone::Tone3 => &t.tone3,
            SkinTone::Tone4 => &t.tone4,
            SkinTone::Tone5 => &t.tone5,
            SkinTone::Tone6 => &t.tone6,
        }
    }
}

text_struct! {
/// A scene's heading and its caption.
#[derive(Debug, Clone, PartialEq)]
pub struct SceneText {
    /// Short heading above the drawing.
    pub title: String,
    /// One or two plain sentences saying what the drawing shows.
    pub caption: String,
    /// Numbers of the fact-base sources behind the caption.
    pub sources: Vec<u8>,
}
}

text_struct! {
/// The text of every scene, one field per [`Scene`].
#[derive(Debug, Clone, PartialEq)]
pub struct SceneTexts {
    /// Healthy skin.
    pub healthy: SceneText,
    /// The visitor's scar types.
    pub scars: SceneText,
    /// The treatment and what removal treatments do instead.
    pub treatment: SceneText,
    /// Healing over time.
    pub healing: SceneText,
    /// A course of treatment.
    pub course: SceneText,
}
}

text_struct! {
/// A healing phase's name and caption.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseText {
    /// Short name, e.g. for the phase stepper.
    pub name: String,
    /// When it happens, in words (e.g. "Seconds to minutes").
    pub when: String,
    /// One or two plain sentences saying what happens.
    pub caption: String,
    /// Numbers of the fact-base sources behind the caption.
    pub sources: Vec<u8>,
}
}

text_struct! {
/// The text of every phase, one field per [`Phase`].
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseTexts {
    /// Injury and clotting.
    pub injury: PhaseText,
    /// Channels close and the barrier recovers.
    pub barrier: PhaseText,
    /// Cleaning-up cells arrive.
    pub inflammation: PhaseText,
    /// New tissue is built.
    pub proliferation: PhaseText,
    /// New tissue matures.
    pub remodelling: PhaseText,
}
}

text_struct! {
/// Labels drawn next to what they name.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagramLabels {
    /// The top layer of skin.
    pub epidermis: String,
    /// The layer below it.
    pub dermis: String,
    /// Fat below the dermis.
    pub fat: String,
    /// Collagen bundles in healthy dermis.
    pub collagen: String,
    /// Thin, wavy new collagen.
    pub collagen_iii: String,
    /// Thick, aligned mature collagen.
    pub collagen_i: String,
    /// Collagen-making cell.
    pub fibroblast: String,
    /// Clotting cell fragment.
    pub platelet: String,
    /// The fibrin clot.
    pub clot: String,
    /// Growth factors (PDGF, FGF, TGF).
    pub growth_factors: String,
    /// Neutrophils.
    pub neutrophils: String,
    /// Macrophages.
    pub macrophages: String,
    /// Small existing blood vessels.
    pub capillary: String,
    /// Newly grown blood vessels.
    pub new_vessels: String,
    /// A channel made by a needle.
    pub needle_channel: String,
    /// Pinpoint bleeding.
    pub bleeding: String,
    /// The panel of healthy skin beside a scar.
    pub healthy_skin: String,
    /// Ice pick scar.
    pub ice_pick: String,
    /// Boxcar scar.
    pub boxcar: String,
    /// Rolling scar.
    pub rolling: String,
    /// Raised scar.
    pub raised: String,
    /// Bands that tether a rolling scar down.
    pub tethering_band: String,
    /// The scar's floor.
    pub scar_floor: String,
    /// Intact skin between channels.
    pub intact_skin: String,
    /// The microneedling panel.
    pub microneedling: String,
    /// The dermabrasion panel.
    pub dermabrasion: String,
    /// The ablative laser panel.
    pub ablative_laser: String,
    /// Tissue taken away by those treatments.
    pub removed: String,
    /// Needle depth for scars.
    pub depth_scars: String,
    /// Needle depth for fine lines.
    pub depth_fine_lines: String,
}
}

text_struct! {
/// Patterns for biological time; `{n}` is replaced by the number.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeFormats {
    /// Exactly one second.
    pub second: String,
    /// Several seconds.
    pub seconds: String,
    /// Exactly one minute.
    pub minute: String,
    /// Several minutes.
    pub minutes: String,
    /// Exactly one hour.
    pub hour: String,
    /// Several hours.
    pub hours: String,
    /// A day number, e.g. "Day {n}".
    pub day: String,
    /// A week number, e.g. "Week {n}".
    pub week: String,
    /// A month number, e.g. "Month {n}".
    pub month: String,
}
}

impl TimeFormats {
    /// A time label in words, from these patterns (`{n}` is replaced by the
    /// number; singular patterns are used for 1 where a language has them).
    /// Here rather than in the timeline, which keeps no words.
    pub fn label(&self, l: TimeLabel) -> String {
        let pattern = match l {
            TimeLabel::Seconds(1) => &self.second,
            TimeLabel::Seconds(_) => &self.seconds,
            TimeLabel::Minutes(1) => &self.minute,
            TimeLabel::Minutes(_) => &self.minutes,
            TimeLabel::Hours(1) => &self.hour,
            TimeLabel::Hours(_) => &self.hours,
            TimeLabel::Days(_) => &self.day,
            TimeLabel::Weeks(_) => &self.week,
            TimeLabel::Months(_) => &self.month,
        };
        pattern.replace("{n}", &l.n().to_string())
    }
}

text_struct! {
/// Display names of the skin tones, one field per [`SkinTone`].
#[derive(Debug, Clone, PartialEq)]
pub struct ToneNames {
    /// Name of [`SkinTone::Tone1`].
    pub tone1: String,
    /// Name of [`SkinTone::Tone2`].
    pub tone2: String,
    /// Name of [`SkinTone::Tone3`].
    pub tone3: String,
    /// Name of [`SkinTone::Tone4`].
    pub tone4: String,
    /// Name of [`SkinTone::Tone5`].
    pub tone5: String,
    /// Name of [`SkinTone::Tone6`].
    pub tone6: String,
}
}

text_struct! {
/// Labels of the diagram controls.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlLabels {
    /// Start playback.
    pub play: String,
    /// Pause playback.
    pub pause: String,
    /// Jump to the previous phase.
    pub previous_phase: String,
    /// Jump to the next phase.
    pub next_phase: String,
    /// Playback speed control.
    pub speed: String,
    /// The time slider.
    pub time: String,
    /// Toggle for labels in the drawing.
    pub show_labels: String,
    /// The skin-tone picker.
    pub skin_tone: String,
    /// Text of the scale bar.
    pub scale_bar: String,
    /// Accessible name of the scene switcher (the tab list).
    pub scenes: String,
    /// Accessible name of the list of healing phases.
    pub phases: String,
    /// Heading of the legend of patterns and lines.
    pub legend: String,
    /// Accessible name of the playback controls group.
    pub playback: String,
    /// Half playback speed.
    pub speed_half: String,
    /// Normal playback speed.
    pub speed_normal: String,
    /// Double playback speed.
    pub speed_double: String,
}
}

text_struct! {
/// Text of the course-of-treatment chart.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseText {
    /// Marker of one session; `{n}` is its number.
    pub session: String,
    /// Label of the vertical axis.
    pub improvement_axis: String,
    /// Label of the horizontal axis.
    pub time_axis: String,
    /// Label of the band where results appear (3-6 months).
    pub results_window: String,
    /// Why the chart has no numbers.
    pub no_numbers: String,
}
}

text_struct! {
/// A short title with a body paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Titled {
    /// The title.
    pub title: String,
    /// The body text.
    pub body: String,
}
}

text_struct! {
/// One option of a quiz question.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionText {
    /// The option's label.
    pub label: String,
    /// An optional line under the label that helps people recognise it.
    pub hint: Option<String>,
}
}

/// The text of one question, with one option text per answer value.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields, bound = "K: MapKey")]
pub struct QuestionText<K> {
    /// The question itself, used as the screen's heading.
    pub title: String,
    /// One line under the question.
    pub help: String,
    /// Option texts keyed by answer (snake_case variant names).
    pub options: TextMap<K, OptionText>,
}

impl<K> Default for QuestionText<K> {
    fn default() -> Self {
        QuestionText {
            title: String::new(),
            help: String::new(),
            options: TextMap::default(),
        }
    }
}

impl<K: MapKey> TextTree for QuestionText<K> {
    fn bake(&self, out: &mut Baker) {
        self.title.bake(out);
        self.help.bake(out);
        self.options.bake(out);
    }

    fn unbake(r: &mut Reader) -> Self {
        QuestionText {
            title: TextTree::unbake(r),
            help: TextTree::unbake(r),
            options: TextTree::unbake(r),
        }
    }

    fn texts(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
        self.title.texts(&join(path, "title"), f);
        self.help.texts(&join(path, "help"), f);
        self.options.texts(&join(path, "options"), f);
    }

    fn patch(&mut self, v: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        let Json::Object(entries) = v else {
            f(path, Leaf::WrongType);
            return;
        };
        for (key, value) in entries {
            let here = join(path, key);
            match key.as_str() {
                "title" => self.title.patch(value, &here, f),
                "help" => self.help.patch(value, &here, f),
                "options" => self.options.patch(value, &here, f),
                _ => f(&here, Leaf::Unknown),
            }
        }
    }
}

impl<K: MapKey> QuestionText<K> {
    /// The option's label, or an empty string if content is missing (the
    /// catalog checks completeness at load, so this only guards the UI).
    pub fn label(&self, k: &K) -> &str {
        self.options.get(k).map(|o| o.label.as_str()).unwrap_or("")
    }
}

text_struct! {
/// The six questions.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionsText {
    /// Scar types.
    pub scars: QuestionText<ScarType>,
    /// How noticeable.
    pub visibility: QuestionText<Visibility>,
    /// Other concerns.
    pub concerns: QuestionText<Concern>,
    /// Reaction to sun.
    pub sun: QuestionText<SunReaction>,
    /// Safety screen.
    pub safety: QuestionText<Safety>,
    /// Downtime.
    pub downtime: QuestionText<Downtime>,
}
}

impl QuestionsText {
    /// `(title, help)` of a question, for code that handles questions generically.
    pub fn heading(&self, q: Question) -> (&str, &str) {
        let (t, h) = match q {
            Question::Scars => (&self.scars.title, &self.scars.help),
            Question::Visibility => (&self.visibility.title, &self.visibility.help),
            Question::Concerns => (&self.concerns.title, &self.concerns.help),
            Question::Sun => (&self.sun.title, &self.sun.help),
            Question::Safety => (&self.safety.title, &self.safety.help),
            Question::Downtime => (&self.downtime.title, &self.downtime.help),
        };
        (t.as_str(), h.as_str())
    }
}

text_struct! {
/// Button labels of the quiz and plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Buttons {
    /// Go to the next question.
    pub next: String,
    /// Go to the previous question.
    pub back: String,
    /// Next on the last question.
    pub see_plan: String,
    /// Change an answer from the plan.
    pub change: String,
    /// Return to the plan without changing more.
    pub back_to_plan: String,
    /// Clear everything and start again.
    pub start_over: String,
    /// Print the plan.
    pub print: String,
    /// Open the "how to tell" guide.
    pub how_to_tell: String,
    /// Close the "how to tell" guide.
    pub close_guide: String,
}
}

text_struct! {
/// The "how to tell" guide shown when a visitor is not sure of their scar type.
#[derive(Debug, Clone, PartialEq)]
pub struct HowToTell {
    /// Heading.
    pub title: String,
    /// One line of encouragement.
    pub intro: String,
    /// The shapes side by side: one line per recognisable type (not "not sure").
    pub shapes: TextMap<ScarType, String>,
    /// Heading of the stretch test.
    pub stretch_title: String,
    /// The stretch test.
    pub stretch_test: String,
    /// Heading of the press test.
    pub press_title: String,
    /// The press test for red marks.
    pub press_test: String,
    /// A note that a provider can tell for sure.
    pub provider_note: String,
}
}

text_struct! {
/// Text for the quiz screens.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizText {
    /// Progress, with `{n}` and `{total}` slots.
    pub step: String,
    /// Hint on single-choice questions.
    pub choose_one: String,
    /// Hint on multi-choice questions.
    pub choose_all: String,
    /// Shown when Next is pressed without an answer.
    pub need_answer: String,
    /// Button labels.
    pub buttons: Buttons,
    /// The questions and their options.
    pub questions: QuestionsText,
    /// The "how to tell" guide.
    pub how_to_tell: HowToTell,
}
}

/// Adds to `out` the keys of `all` that `map` lacks, as they are spelt in
/// JSON. A plain loop: there is one copy per map type, so it is kept small.
fn missing_keys<K: MapKey, V>(out: &mut Vec<String>, map: &TextMap<K, V>, all: &[K], what: &str) {
    for k in all {
        if !map.contains_key(k) {
            out.push(format!("{what}.{}", k.key()));
        }
    }
}

fn report(missing: Vec<String>) -> Result<(), String> {
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("missing text for {}", missing.join(", ")))
    }
}

impl QuizText {
    /// Every answer value has an option text, so the UI never shows a blank.
    pub fn check_complete(&self) -> Result<(), String> {
        let q = &self.questions;
        let mut m = Vec::new();
        missing_keys(&mut m, &q.scars.options, ScarType::ALL, "questions.scars.options");
        missing_keys(
            &mut m,
            &q.visibility.options,
            Visibility::ALL,
            "questions.visibility.options",
        );
        missing_keys(&mut m, &q.concerns.options, Concern::ALL, "questions.concerns.options");
        missing_keys(&mut m, &q.sun.options, SunReaction::ALL, "questions.sun.options");
        missing_keys(&mut m, &q.safety.options, Safety::ALL, "questions.safety.options");
        missing_keys(&mut m, &q.downtime.options, Downtime::ALL, "questions.downtime.options");
        let shapes: Vec<ScarType> = ScarType::ALL
            .iter()
            .copied()
            .filter(|s| *s != ScarType::NotSure)
            .collect();
        missing_keys(&mut m, &self.how_to_tell.shapes, &shapes, "how_to_tell.shapes");
        report(m)
    }

    /// "Step {n} of {total}" with the numbers filled in.
    pub fn step_text(&self, n: usize, total: usize) -> String {
        self.step
            .replace("{n}", &n.to_string())
            .replace("{total}", &total.to_string())
    }
}

text_struct! {
/// A corrected claim.
#[derive(Debug, Clone, PartialEq)]
pub struct MythText {
    /// The claim as people say it.
    pub claim: String,
    /// A one- or two-word verdict, such as "Myth" or "True, with a catch".
    pub verdict: String,
    /// The accurate version.
    pub fact: String,
}
}

text_struct! {
/// Text for the personal plan, keyed by the plan's ids.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanText {
    /// The plan's main heading.
    pub title: String,
    /// One line under the heading.
    pub intro: String,
    /// Heading of the summary of answers, each with a "Change" button.
    pub answers_heading: String,
    /// Shown for an unanswered question in the summary.
    pub not_answered: String,
    /// Section headings.
    pub headings: TextMap<Section, String>,
    /// Verdict titles and explanations.
    pub verdicts: TextMap<Verdict, Titled>,
    /// One text per reason, saying what to do.
    pub reasons: TextMap<Reason, String>,
    /// What each scar type is and how it fares.
    pub scars: TextMap<ScarType, String>,
    /// Short labels for the response levels.
    pub responses: TextMap<Response, String>,
    /// Treatments worth asking about.
    pub add_ons: TextMap<AddOn, Titled>,
    /// Heading above a scar's add-ons.
    pub add_ons_heading: String,
    /// What each severity answer means.
    pub severity: TextMap<Visibility, String>,
    /// Per other concern (all but "none").
    pub concerns: TextMap<Concern, String>,
    /// Labels for evidence strength.
    pub evidence: TextMap<Evidence, String>,
    /// The numbers worth knowing.
    pub numbers: TextMap<NumberFact, String>,
    /// Downtime advice.
    pub downtime: TextMap<DowntimeAdvice, String>,
    /// Skin colour notes.
    pub skin_tone: TextMap<SkinToneNote, String>,
    /// Aftercare steps.
    pub aftercare: TextMap<Aftercare, String>,
    /// The line above the warning signs ("call your provider if...").
    pub warning_signs_intro: String,
    /// Signs after a session that mean calling the provider.
    pub warning_signs: TextMap<WarningSign, String>,
    /// Home devices versus professional treatment.
    pub home_devices: TextMap<HomeDevice, String>,
    /// Questions for the provider.
    pub provider_questions: TextMap<ProviderQuestion, String>,
    /// Myth or fact.
    pub myths: TextMap<Myth, MythText>,
    /// Notices.
    pub notices: TextMap<Notice, Titled>,
    /// Citation line under a section, with a `{list}` slot.
    pub cite: String,
    /// Heading of the numbered source list at the end of the plan.
    pub sources_heading: String,
    /// The numbered source list.
    pub sources: TextMap<u8, String>,
    /// The summary card, the table of contents and the section folds.
    pub glance: GlanceText,
}
}

text_struct! {
/// Text of the plan at a glance ([`crate::core::summary`]).
#[derive(Debug, Clone, PartialEq)]
pub struct GlanceText {
    /// Heading of the summary card.
    pub title: String,
    /// The line naming what sets the verdict, with a `{list}` slot.
    pub why: String,
    /// A few words per reason, for the `{list}` of `why`.
    pub reasons: TextMap<Reason, String>,
    /// Heading of the next steps (the provider questions that fit).
    pub steps_title: String,
    /// Heading of the caution.
    pub caution_title: String,
    /// One caution each, in plain words.
    pub cautions: TextMap<Caution, String>,
    /// Accessible name and heading of the table of contents.
    pub contents_title: String,
    /// The button that opens every section on a narrow screen.
    pub open_all: String,
    /// The button that closes them again.
    pub close_all: String,
}
}

impl GlanceText {
    /// The `why` line for these reasons, their short names joined.
    pub fn why_text(&self, reasons: &[Reason]) -> String {
        let list = reasons
            .iter()
            .filter_map(|r| self.reasons.get(r).map(String::as_str))
            .collect::<Vec<_>>()
            .join("; ");
        self.why.replace("{list}", &list)
    }
}

impl PlanText {
    /// Every plan id has text, so a plan can always be rendered in full.
    pub fn check_complete(&self) -> Result<(), String> {
        let mut m = Vec::new();
        missing_keys(&mut m, &self.headings, Section::ALL, "headings");
        missing_keys(&mut m, &self.verdicts, Verdict::ALL, "verdicts");
        missing_keys(&mut m, &self.reasons, Reason::ALL, "reasons");
        missing_keys(&mut m, &self.scars, ScarType::ALL, "scars");
        missing_keys(&mut m, &self.responses, Response::ALL, "responses");
        missing_keys(&mut m, &self.add_ons, AddOn::ALL, "add_ons");
        missing_keys(&mut m, &self.severity, Visibility::ALL, "severity");
        missing_keys(&mut m, &self.concerns, Concern::ITEMS, "concerns");
        missing_keys(&mut m, &self.evidence, Evidence::ALL, "evidence");
        missing_keys(&mut m, &self.numbers, NumberFact::ALL, "numbers");
        missing_keys(&mut m, &self.downtime, DowntimeAdvice::ALL, "downtime");
        missing_keys(&mut m, &self.skin_tone, SkinToneNote::ALL, "skin_tone");
        missing_keys(&mut m, &self.aftercare, Aftercare::ALL, "aftercare");
        missing_keys(&mut m, &self.warning_signs, WarningSign::ALL, "warning_signs");
        missing_keys(&mut m, &self.home_devices, HomeDevice::ALL, "home_devices");
        missing_keys(
            &mut m,
            &self.provider_questions,
            ProviderQuestion::ALL,
            "provider_questions",
        );
        missing_keys(&mut m, &self.myths, Myth::ALL, "myths");
        missing_keys(&mut m, &self.notices, Notice::ALL, "notices");
        missing_keys(&mut m, &self.glance.reasons, Reason::ALL, "glance.reasons");
        missing_keys(&mut m, &self.glance.cautions, Caution::ALL, "glance.cautions");
        report(m)
    }

    /// The citation line for a list of source numbers, such as "Sources: 1, 2".
    pub fn cite_text(&self, sources: &[u8]) -> String {
        let list = sources.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
        self.cite.replace("{list}", &list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys spell as serde does, round-trip, and rank in declaration order
    /// (the order `BTreeMap` used to iterate in).
    fn keys_round_trip<K: MapKey + Ord + std::fmt::Debug + serde::Serialize>(all: &[K]) {
        for (i, k) in all.iter().enumerate() {
            let spelt = match serde_json::to_value(k) {
                Ok(serde_json::Value::String(s)) => s,
                Ok(serde_json::Value::Number(n)) => n.to_string(),
                other => panic!("{k:?} serializes as {other:?}"),
            };
            assert_eq!(k.key(), spelt);
            assert_eq!(K::from_key(&spelt), Some(*k));
            assert_eq!(K::from_rank(k.rank()), Some(*k));
            if let Some(prev) = i.checked_sub(1).and_then(|p| all.get(p)) {
                assert!(prev < k && prev.rank() < k.rank(), "{prev:?} {k:?}");
            }
        }
        assert_eq!(K::from_key("no_such_key"), None);
    }

    #[test]
    fn every_key_type_round_trips() {
        keys_round_trip(ScarType::ALL);
        keys_round_trip(Visibility::ALL);
        keys_round_trip(Concern::ALL);
        keys_round_trip(SunReaction::ALL);
        keys_round_trip(Safety::ALL);
        keys_round_trip(Downtime::ALL);
        keys_round_trip(Section::ALL);
        keys_round_trip(Verdict::ALL);
        keys_round_trip(Reason::ALL);
        keys_round_trip(Response::ALL);
        keys_round_trip(AddOn::ALL);
        keys_round_trip(Evidence::ALL);
        keys_round_trip(NumberFact::ALL);
        keys_round_trip(DowntimeAdvice::ALL);
        keys_round_trip(SkinToneNote::ALL);
        keys_round_trip(Aftercare::ALL);
        keys_round_trip(HomeDevice::ALL);
        keys_round_trip(ProviderQuestion::ALL);
        keys_round_trip(Myth::ALL);
        keys_round_trip(Notice::ALL);
        keys_round_trip(WarningSign::ALL);
        keys_round_trip(&[1u8, 2, 30]);
    }

    #[test]
    fn text_maps_are_sorted_and_refuse_bad_keys() {
        let map = |text: &str| serde_json::from_str::<TextMap<Verdict, String>>(text).map_err(|e| e.to_string());
        let Ok(m) = map(r#"{"not_right_now": "c", "likely_to_help": "a"}"#) else {
            panic!("valid map");
        };
        let keys: Vec<Verdict> = m.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, vec![Verdict::LikelyToHelp, Verdict::NotRightNow]);
        assert_eq!(m.get(&Verdict::NotRightNow).map(String::as_str), Some("c"));
        assert!(!m.contains_key(&Verdict::DiscussFirst));
        let e = map(r#"{"maybe": "x"}"#).err().unwrap_or_default();
        assert!(e.starts_with("unknown key `maybe`"), "{e}");
        let e = map(r#"{"likely_to_help": "a", "likely_to_help": "b"}"#)
            .err()
            .unwrap_or_default();
        assert!(e.starts_with("duplicate key `likely_to_help`"), "{e}");
        assert!(map(r#"{"likely_to_help": 3}"#).is_err());
        assert!(map("[]").is_err());
    }

    /// What the build bakes reads back as the same catalog, for any tree.
    #[test]
    fn a_catalog_bakes_and_reads_back_unchanged() {
        use super::super::tree::Flat;
        for lang in Lang::ALL {
            let c = Catalog::builtin(lang);
            assert!(!c.app.name.is_empty() && c.plan.sources.len() > 5);
            let mut b = Baker::default();
            c.bake(&mut b);
            let flat = Flat {
                text: Box::leak(b.text.into_boxed_str()),
                shape: Box::leak(b.shape.into_boxed_slice()),
            };
            assert_eq!(Catalog::unbake(&mut Reader::new(flat)), c);
            assert_eq!(c.check_complete(), Ok(()));
        }
    }

    #[test]
    fn every_text_has_a_path_a_clinic_can_name() {
        let c = Catalog::builtin(Lang::En);
        let mut paths = Vec::new();
        c.texts("", &mut |p, t| paths.push((p.to_string(), t.to_string())));
        assert!(paths.contains(&("app.start".to_string(), c.app.start.clone())));
        assert!(paths
            .iter()
            .any(|(p, _)| p == "quiz.questions.safety.options.pregnant.label"));
        assert!(paths.iter().any(|(p, _)| p == "plan.sources.1"));
        assert!(
            !paths
                .iter()
                .any(|(p, _)| p.contains("sources") && p.starts_with("diagram")),
            "source lists are not text"
        );
    }
}
