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

use std::cell::RefCell;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error as _, MapAccess, Visitor};

use super::json::{variant_name, Json, MapKey};
use super::tree::{join, Baker, Leaf, Reader, Text, TextTree};

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

thread_local! {
    /// Languages fetched at run time, each installed once for the page's
    /// lifetime (a few dozen KiB that never change, like the statics).
    static LOADED: RefCell<Vec<(Lang, &'static [String])>> = const { RefCell::new(Vec::new()) };
}

/// Why a fetched language file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// This build has no file for that language (it is compiled in).
    NotFetched,
    /// The file is not a list of texts of this build (another build's, a
    /// cut download, or something else at that address).
    WrongFile,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LoadError::NotFetched => "this build has no such language file",
            LoadError::WrongFile => "the file is not this build's text (another build's, or cut short)",
        })
    }
}

/// Where a language fetched on demand stands, for the language buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LangLoad {
    /// Nothing is being fetched.
    #[default]
    Idle,
    /// This language's text is on its way; its button says it is getting ready.
    Loading(Lang),
    /// This language's text could not be fetched; the guide stayed in the
    /// language it showed, and says so in the language that failed.
    Failed(Lang),
}

/// The first entry of a language file: its format and the fingerprint of
/// the layout and texts it was made for ([`super::tree::fingerprint`]).
pub fn file_tag(fingerprint: u64) -> String {
    format!("mg1:{fingerprint:016x}")
}

impl Catalog {
    /// The text of a fetched language's file, for the native tests and
    /// `examples/lang_files.rs`, which writes the files (`None` in the wasm,
    /// which never carries it).
    pub fn file_text(lang: Lang) -> Option<&'static str> {
        crate::baked::file_text(lang)
    }

    /// The catalog for `lang` if this page has its text: compiled in (English,
    /// the first load's language; natively every language), or fetched and
    /// installed ([`Catalog::install`]). Builds borrow every text: no copy.
    pub fn available(lang: Lang) -> Option<Self> {
        Catalog::reader(lang).map(|mut r| Catalog::unbake(&mut r))
    }

    /// Where `lang`'s text is read from, if this page has it.
    fn reader(lang: Lang) -> Option<Reader> {
        if let Some(flat) = crate::baked::compiled(lang) {
            return Some(Reader::new(flat));
        }
        let list = LOADED.with(|l| l.borrow().iter().find(|(x, _)| *x == lang).map(|(_, t)| *t))?;
        Some(Reader::list(crate::baked::SHAPE, list))
    }

    /// Whether [`Catalog::available`] has `lang`.
    pub fn has(lang: Lang) -> bool {
        crate::baked::compiled(lang).is_some() || LOADED.with(|l| l.borrow().iter().any(|(x, _)| *x == lang))
    }

    /// The built-in catalog for `lang`; English while `lang` has not been
    /// fetched yet (see [`Catalog::available`]). One read, no copy: the
    /// layout is English's own text.
    pub fn builtin(lang: Lang) -> Self {
        let mut r = Catalog::reader(lang).unwrap_or_else(|| Reader::new(crate::baked::SHAPE));
        Catalog::unbake(&mut r)
    }

    /// The file `lang`'s text is fetched from at run time, next to the wasm
    /// (`None` for a language compiled in). Its name carries the
    /// fingerprint, so a cache never serves another build's text.
    pub fn file_name(lang: Lang) -> Option<&'static str> {
        crate::baked::fetched(lang).map(|(name, _)| name)
    }

    /// Checks a fetched language file, already read as its list of strings,
    /// against the layout and fingerprint this build expects.
    pub fn check_file(lang: Lang, list: &[String]) -> Result<(), LoadError> {
        let (_, expected) = crate::baked::fetched(lang).ok_or(LoadError::NotFetched)?;
        let (tag, texts) = list.split_first().ok_or(LoadError::WrongFile)?;
        let count = crate::baked::TEXTS;
        let sound = *tag == file_tag(expected)
            && texts.len() == count
            && super::tree::fingerprint(crate::baked::SHAPE.shape, texts.iter().map(String::as_str)) == expected;
        if sound {
            Ok(())
        } else {
            Err(LoadError::WrongFile)
        }
    }

    /// Installs a fetched language file for the page's lifetime, after
    /// [`Catalog::check_file`]; a second install of the same language keeps
    /// the first.
    pub fn install(lang: Lang, list: Vec<String>) -> Result<(), LoadError> {
        Catalog::check_file(lang, &list)?;
        if !Catalog::has(lang) {
            let texts: &'static [String] = Box::leak(list.into_boxed_slice());
            // The fingerprint is the first entry; the texts follow it.
            let texts = texts.get(1..).unwrap_or_default();
            LOADED.with(|l| l.borrow_mut().push((lang, texts)));
        }
        Ok(())
    }

    /// What a language button says while `lang` is being fetched, and what
    /// the widget says if it could not be, both in `lang` itself: compiled
    /// in for every language, since they are shown before (or instead of)
    /// that language's own text.
    pub fn loading_texts(lang: Lang) -> (&'static str, &'static str) {
        crate::baked::loading(lang)
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
    pub name: Text,
    /// Accessible name of the widget's landmark region.
    pub region_label: Text,
    /// One short paragraph on what the guide does.
    pub intro: Text,
    /// Heading of the "education, not a diagnosis" note.
    pub not_diagnosis_title: Text,
    /// The "education, not a diagnosis" note itself.
    pub not_diagnosis: Text,
    /// A one-line promise that answers stay on the device.
    pub privacy: Text,
    /// Label of the button that starts the quiz.
    pub start: Text,
    /// Label of the button that returns to the welcome screen.
    pub back_to_start: Text,
    /// Alternative text of a clinic's logo shown without its name.
    pub clinic_logo_alt: Text,
    /// The clinic's booking link.
    pub book: Text,
    /// The clinic's phone link; `{phone}` is the number.
    pub call: Text,
    /// The plan's link to the diagrams drawn with the visitor's own scars.
    pub see_on_your_skin: Text,
    /// Label of the welcome screen's button that opens the diagrams.
    pub how_it_works: Text,
    /// Heading of the diagrams screen.
    pub how_it_works_title: Text,
    /// Accessible name of the language switch on the welcome screen.
    pub language: Text,
    /// What a first-screen button says when it was pressed before the guide
    /// finished loading (the prerendered screen, issue 14), and the language
    /// button of this language while its text is fetched.
    pub getting_ready: Text,
    /// Said, in this language, when its text could not be fetched (the
    /// guide stays in the language it showed).
    pub language_failed: Text,
    /// Heading of the screen for a saved link that was cut or changed.
    pub damaged_title: Text,
    /// Why no plan is shown from it, and that nothing else was kept.
    pub damaged_body: Text,
    /// The button that starts the questions afresh.
    pub damaged_action: Text,
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
    pub listen: Text,
    /// The same button while it reads.
    pub stop: Text,
}
}

text_struct! {
/// Text of kiosk mode.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskText {
    /// The attract screen's big line above "Tap to start".
    pub attract_title: Text,
    /// One line under it on what the guide offers.
    pub attract_lead: Text,
    /// The attract screen's start button.
    pub tap_to_start: Text,
    /// Accessible name of the language choice.
    pub language_label: Text,
    /// The button on every kiosk screen that ends the visit at once.
    pub finish: Text,
    /// Title of the idle dialog.
    pub still_there_title: Text,
    /// The idle dialog's explanation.
    pub still_there_body: Text,
    /// The countdown; `{seconds}` is the number of seconds left.
    pub resetting_in: Text,
    /// The button that keeps the visit going.
    pub still_here: Text,
    /// Heading of the QR hand-off on the plan.
    pub handoff_title: Text,
    /// Caption of the QR code of the visitor's own plan.
    pub handoff_plan: Text,
    /// Caption of the QR code of the clinic's booking page.
    pub handoff_booking: Text,
    /// The privacy note under the codes.
    pub handoff_privacy: Text,
}
}

text_struct! {
/// Text of the skin diagrams: every caption is the text equivalent of what
/// its picture or motion shows.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagramText {
    /// The note that drawings are simplified and sizes typical, not yours.
    pub note_simplified: Text,
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
    pub title: Text,
    /// One or two plain sentences saying what the drawing shows.
    pub caption: Text,
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
    pub name: Text,
    /// When it happens, in words (e.g. "Seconds to minutes").
    pub when: Text,
    /// One or two plain sentences saying what happens.
    pub caption: Text,
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
    pub epidermis: Text,
    /// The layer below it.
    pub dermis: Text,
    /// Fat below the dermis.
    pub fat: Text,
    /// Collagen bundles in healthy dermis.
    pub collagen: Text,
    /// Thin, wavy new collagen.
    pub collagen_iii: Text,
    /// Thick, aligned mature collagen.
    pub collagen_i: Text,
    /// Collagen-making cell.
    pub fibroblast: Text,
    /// Clotting cell fragment.
    pub platelet: Text,
    /// The fibrin clot.
    pub clot: Text,
    /// Growth factors (PDGF, FGF, TGF).
    pub growth_factors: Text,
    /// Neutrophils.
    pub neutrophils: Text,
    /// Macrophages.
    pub macrophages: Text,
    /// Small existing blood vessels.
    pub capillary: Text,
    /// Newly grown blood vessels.
    pub new_vessels: Text,
    /// A channel made by a needle.
    pub needle_channel: Text,
    /// Pinpoint bleeding.
    pub bleeding: Text,
    /// The panel of healthy skin beside a scar.
    pub healthy_skin: Text,
    /// Ice pick scar.
    pub ice_pick: Text,
    /// Boxcar scar.
    pub boxcar: Text,
    /// Rolling scar.
    pub rolling: Text,
    /// Raised scar.
    pub raised: Text,
    /// Bands that tether a rolling scar down.
    pub tethering_band: Text,
    /// The scar's floor.
    pub scar_floor: Text,
    /// Intact skin between channels.
    pub intact_skin: Text,
    /// The microneedling panel.
    pub microneedling: Text,
    /// The dermabrasion panel.
    pub dermabrasion: Text,
    /// The ablative laser panel.
    pub ablative_laser: Text,
    /// Tissue taken away by those treatments.
    pub removed: Text,
    /// Needle depth for scars.
    pub depth_scars: Text,
    /// Needle depth for fine lines.
    pub depth_fine_lines: Text,
}
}

text_struct! {
/// Patterns for biological time; `{n}` is replaced by the number.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeFormats {
    /// Exactly one second.
    pub second: Text,
    /// Several seconds.
    pub seconds: Text,
    /// Exactly one minute.
    pub minute: Text,
    /// Several minutes.
    pub minutes: Text,
    /// Exactly one hour.
    pub hour: Text,
    /// Several hours.
    pub hours: Text,
    /// A day number, e.g. "Day {n}".
    pub day: Text,
    /// A week number, e.g. "Week {n}".
    pub week: Text,
    /// A month number, e.g. "Month {n}".
    pub month: Text,
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
    pub tone1: Text,
    /// Name of [`SkinTone::Tone2`].
    pub tone2: Text,
    /// Name of [`SkinTone::Tone3`].
    pub tone3: Text,
    /// Name of [`SkinTone::Tone4`].
    pub tone4: Text,
    /// Name of [`SkinTone::Tone5`].
    pub tone5: Text,
    /// Name of [`SkinTone::Tone6`].
    pub tone6: Text,
}
}

text_struct! {
/// Labels of the diagram controls.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlLabels {
    /// Start playback.
    pub play: Text,
    /// Pause playback.
    pub pause: Text,
    /// Jump to the previous phase.
    pub previous_phase: Text,
    /// Jump to the next phase.
    pub next_phase: Text,
    /// Playback speed control.
    pub speed: Text,
    /// The time slider.
    pub time: Text,
    /// Toggle for labels in the drawing.
    pub show_labels: Text,
    /// The skin-tone picker.
    pub skin_tone: Text,
    /// Text of the scale bar.
    pub scale_bar: Text,
    /// Accessible name of the scene switcher (the tab list).
    pub scenes: Text,
    /// Accessible name of the list of healing phases.
    pub phases: Text,
    /// Heading of the legend of patterns and lines.
    pub legend: Text,
    /// Accessible name of the playback controls group.
    pub playback: Text,
    /// Half playback speed.
    pub speed_half: Text,
    /// Normal playback speed.
    pub speed_normal: Text,
    /// Double playback speed.
    pub speed_double: Text,
}
}

text_struct! {
/// Text of the course-of-treatment chart.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseText {
    /// Marker of one session; `{n}` is its number.
    pub session: Text,
    /// Label of the vertical axis.
    pub improvement_axis: Text,
    /// Label of the horizontal axis.
    pub time_axis: Text,
    /// Label of the band where results appear (3-6 months).
    pub results_window: Text,
    /// Why the chart has no numbers.
    pub no_numbers: Text,
}
}

text_struct! {
/// A short title with a body paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Titled {
    /// The title.
    pub title: Text,
    /// The body text.
    pub body: Text,
}
}

text_struct! {
/// One option of a quiz question.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionText {
    /// The option's label.
    pub label: Text,
    /// An optional line under the label that helps people recognise it.
    pub hint: Option<Text>,
}
}

/// The text of one question, with one option text per answer value.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields, bound = "K: MapKey")]
pub struct QuestionText<K> {
    /// The question itself, used as the screen's heading.
    pub title: Text,
    /// One line under the question.
    pub help: Text,
    /// Option texts keyed by answer (snake_case variant names).
    pub options: TextMap<K, OptionText>,
}

impl<K> Default for QuestionText<K> {
    fn default() -> Self {
        QuestionText {
            title: Text::default(),
            help: Text::default(),
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
        self.options.get(k).map_or("", |o| o.label.as_str())
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
        (t.as_ref(), h.as_ref())
    }
}

text_struct! {
/// Button labels of the quiz and plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Buttons {
    /// Go to the next question.
    pub next: Text,
    /// Go to the previous question.
    pub back: Text,
    /// Next on the last question.
    pub see_plan: Text,
    /// Change an answer from the plan.
    pub change: Text,
    /// Return to the plan without changing more.
    pub back_to_plan: Text,
    /// Clear everything and start again.
    pub start_over: Text,
    /// Print the plan.
    pub print: Text,
    /// Open the "how to tell" guide.
    pub how_to_tell: Text,
    /// Close the "how to tell" guide.
    pub close_guide: Text,
}
}

text_struct! {
/// The "how to tell" guide shown when a visitor is not sure of their scar type.
#[derive(Debug, Clone, PartialEq)]
pub struct HowToTell {
    /// Heading.
    pub title: Text,
    /// One line of encouragement.
    pub intro: Text,
    /// The shapes side by side: one line per recognisable type (not "not sure").
    pub shapes: TextMap<ScarType, Text>,
    /// Heading of the stretch test.
    pub stretch_title: Text,
    /// The stretch test.
    pub stretch_test: Text,
    /// Heading of the press test.
    pub press_title: Text,
    /// The press test for red marks.
    pub press_test: Text,
    /// A note that a provider can tell for sure.
    pub provider_note: Text,
}
}

text_struct! {
/// Text for the quiz screens.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizText {
    /// Progress, with `{n}` and `{total}` slots.
    pub step: Text,
    /// Hint on single-choice questions.
    pub choose_one: Text,
    /// Hint on multi-choice questions.
    pub choose_all: Text,
    /// Shown when Next is pressed without an answer.
    pub need_answer: Text,
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
    pub claim: Text,
    /// A one- or two-word verdict, such as "Myth" or "True, with a catch".
    pub verdict: Text,
    /// The accurate version.
    pub fact: Text,
}
}

text_struct! {
/// Text for the personal plan, keyed by the plan's ids.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanText {
    /// The plan's main heading.
    pub title: Text,
    /// One line under the heading.
    pub intro: Text,
    /// Heading of the summary of answers, each with a "Change" button.
    pub answers_heading: Text,
    /// Shown for an unanswered question in the summary.
    pub not_answered: Text,
    /// Section headings.
    pub headings: TextMap<Section, Text>,
    /// Verdict titles and explanations.
    pub verdicts: TextMap<Verdict, Titled>,
    /// One text per reason, saying what to do.
    pub reasons: TextMap<Reason, Text>,
    /// What each scar type is and how it fares.
    pub scars: TextMap<ScarType, Text>,
    /// Short labels for the response levels.
    pub responses: TextMap<Response, Text>,
    /// Treatments worth asking about.
    pub add_ons: TextMap<AddOn, Titled>,
    /// Heading above a scar's add-ons.
    pub add_ons_heading: Text,
    /// What each severity answer means.
    pub severity: TextMap<Visibility, Text>,
    /// Per other concern (all but "none").
    pub concerns: TextMap<Concern, Text>,
    /// Labels for evidence strength.
    pub evidence: TextMap<Evidence, Text>,
    /// The numbers worth knowing.
    pub numbers: TextMap<NumberFact, Text>,
    /// Downtime advice.
    pub downtime: TextMap<DowntimeAdvice, Text>,
    /// Skin colour notes.
    pub skin_tone: TextMap<SkinToneNote, Text>,
    /// Aftercare steps.
    pub aftercare: TextMap<Aftercare, Text>,
    /// The line above the warning signs ("call your provider if...").
    pub warning_signs_intro: Text,
    /// Signs after a session that mean calling the provider.
    pub warning_signs: TextMap<WarningSign, Text>,
    /// Home devices versus professional treatment.
    pub home_devices: TextMap<HomeDevice, Text>,
    /// Questions for the provider.
    pub provider_questions: TextMap<ProviderQuestion, Text>,
    /// Myth or fact.
    pub myths: TextMap<Myth, MythText>,
    /// Notices.
    pub notices: TextMap<Notice, Titled>,
    /// Citation line under a section, with a `{list}` slot.
    pub cite: Text,
    /// Heading of the numbered source list at the end of the plan.
    pub sources_heading: Text,
    /// The numbered source list.
    pub sources: TextMap<u8, Text>,
    /// The summary card, the table of contents and the section folds.
    pub glance: GlanceText,
}
}

text_struct! {
/// Text of the plan at a glance ([`crate::core::summary`]).
#[derive(Debug, Clone, PartialEq)]
pub struct GlanceText {
    /// Heading of the summary card.
    pub title: Text,
    /// The line naming what sets the verdict, with a `{list}` slot.
    pub why: Text,
    /// A few words per reason, for the `{list}` of `why`.
    pub reasons: TextMap<Reason, Text>,
    /// Heading of the next steps (the provider questions that fit).
    pub steps_title: Text,
    /// Heading of the caution.
    pub caution_title: Text,
    /// One caution each, in plain words.
    pub cautions: TextMap<Caution, Text>,
    /// Accessible name and heading of the table of contents.
    pub contents_title: Text,
    /// The button that opens every section on a narrow screen.
    pub open_all: Text,
    /// The button that closes them again.
    pub close_all: Text,
}
}

impl GlanceText {
    /// The `why` line for these reasons, their short names joined.
    pub fn why_text(&self, reasons: &[Reason]) -> String {
        let list = reasons
            .iter()
            .filter_map(|r| self.reasons.get(r).map(Text::as_str))
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
                lengths: Box::leak(b.lengths.into_boxed_slice()),
                shape: Box::leak(b.shape.into_boxed_slice()),
            };
            assert_eq!(Catalog::unbake(&mut Reader::new(flat)), c);
            assert_eq!(c.check_complete(), Ok(()));
        }
    }

    /// Every language but English is fetched at run time: its file, as the
    /// build writes it for `dist/`, passes the checks and reads back as the
    /// very catalog the native build compiles in, with no text copied.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn a_fetched_language_file_reads_back_as_the_compiled_catalog() {
        assert_eq!(Catalog::file_name(Lang::En), None, "English ships in the first load");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let name = Catalog::file_name(lang).unwrap_or_default();
            assert!(
                name.starts_with("microneedling-guide-") && name.ends_with(&format!(".{}.json", lang.tag())),
                "{name}"
            );
            let text = Catalog::file_text(lang).unwrap_or_default();
            let list: Vec<String> = serde_json::from_str(text).unwrap_or_default();
            assert_eq!(Catalog::check_file(lang, &list), Ok(()));
            let leaked: &'static [String] = Box::leak(list[1..].to_vec().into_boxed_slice());
            let c = Catalog::unbake(&mut Reader::list(crate::baked::SHAPE, leaked));
            assert_eq!(Some(c.clone()), Catalog::available(lang));
            assert!(c.app.start.is_borrowed() && c.plan.title.is_borrowed());
            // Another build's file, a cut one, a changed text, a bad tag.
            let mut cut = list.clone();
            cut.pop();
            let mut changed = list.clone();
            changed[5].push('!');
            let mut retagged = list.clone();
            retagged[0] = file_tag(1);
            for bad in [cut, changed, retagged, Vec::new()] {
                assert_eq!(Catalog::check_file(lang, &bad), Err(LoadError::WrongFile));
            }
            assert_eq!(Catalog::check_file(Lang::En, &list), Err(LoadError::NotFetched));
        }
    }

    #[test]
    fn loading_texts_exist_in_every_language() {
        for lang in Lang::ALL {
            let (ready, failed) = Catalog::loading_texts(lang);
            let c = Catalog::builtin(lang);
            assert_eq!(ready, c.app.getting_ready);
            assert_eq!(failed, c.app.language_failed);
        }
    }

    #[test]
    fn every_text_has_a_path_a_clinic_can_name() {
        let c = Catalog::builtin(Lang::En);
        let mut paths = Vec::new();
        c.texts("", &mut |p, t| paths.push((p.to_string(), t.to_string())));
        assert!(paths.contains(&("app.start".to_string(), c.app.start.to_string())));
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
