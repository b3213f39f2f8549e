//! The content catalog: every word a visitor reads, as typed data.
//!
//! Text lives in `content/<lang>/*.json`, embedded at build time. Each file is
//! one section of [`Catalog`], and every struct denies unknown fields, so a
//! misspelt or missing key fails `cargo test` instead of showing a blank spot.
//!
//! The JSON is read by the small [`super::json`] reader and typed by
//! [`FromJson`] impls that `text_struct!` writes from each struct's own
//! fields, so a new key needs only a new field; no serde deserializer is
//! linked into the wasm.

use std::fmt;
use std::marker::PhantomData;

use super::json::{self, variant_name, Fields, FromJson, Json, MapKey, TypeError};

use super::config::Lang;
use super::scene::{Scene, SkinTone};
use super::timeline::Phase;
use super::plan::{
    AddOn, Aftercare, DowntimeAdvice, Evidence, HomeDevice, Myth, Notice, NumberFact,
    ProviderQuestion, Reason, Response, Section, SkinToneNote, Verdict, WarningSign,
};
use super::quiz::{Concern, Downtime, Question, Safety, ScarType, SunReaction, Visibility};
use super::summary::Caution;

/// Declares a text struct and its [`FromJson`] impl: every field is required
/// (except `Option` ones), unknown and duplicate keys are errors, and the
/// JSON key of a field is its name.
macro_rules! text_struct {
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* pub $field:ident: $ty:ty,)+ }) => {
        $(#[$m])*
        #[derive(Default)]
        pub struct $name { $($(#[$fm])* pub $field: $ty,)+ }

        impl FromJson for $name {
            const EMPTY: Self = $name { $($field: <$ty as FromJson>::EMPTY,)+ };

            fn fill(&mut self, v: Json) -> Result<(), TypeError> {
                const NAMES: &[&str] = &[$(stringify!($field)),+];
                let mut f = Fields::new(v, NAMES)?;
                $(f.fill(&mut self.$field);)+
                f.finish()
            }
        }
    };
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
    ScarType, Visibility, Concern, SunReaction, Safety, Downtime, Section, Verdict, Reason, Response,
    AddOn, Evidence, NumberFact, DowntimeAdvice, SkinToneNote, Aftercare, HomeDevice, ProviderQuestion,
    Myth, Notice, WarningSign,
);
enum_keys!(Caution);

/// Texts keyed by ids, in key order.
///
/// A sorted list of `(rank, text)` rather than a `BTreeMap`: these maps hold
/// a handful of entries, are built once and only looked up, and each
/// `BTreeMap<K, V>` (and each generic loader) added KiB of wasm per key type.
/// Storing [`MapKey::rank`]s lets all maps share one loader per value type.
#[derive(Debug, Clone, PartialEq)]
pub struct TextMap<K, V> {
    entries: Vec<(u8, V)>,
    key: PhantomData<K>,
}

impl<K, V> Default for TextMap<K, V> {
    fn default() -> Self {
        TextMap { entries: Vec::new(), key: PhantomData }
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

impl<K: MapKey, V: FromJson> FromJson for TextMap<K, V> {
    const EMPTY: Self = TextMap { entries: Vec::new(), key: PhantomData };

    fn fill(&mut self, v: Json) -> Result<(), TypeError> {
        json::fill_ranked(&mut self.entries, v, K::rank_of_key)
    }
}

/// All user-facing text for one language.
#[derive(Debug, Clone, PartialEq, Default)]
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
#[derive(Debug, Clone, PartialEq)]
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
        QuestionText { title: String::new(), help: String::new(), options: TextMap::default() }
    }
}

impl<K: MapKey> FromJson for QuestionText<K> {
    const EMPTY: Self = QuestionText { title: String::new(), help: String::new(), options: TextMap::EMPTY };

    fn fill(&mut self, v: Json) -> Result<(), TypeError> {
        let mut f = Fields::new(v, &["title", "help", "options"])?;
        f.fill(&mut self.title);
        f.fill(&mut self.help);
        f.fill(&mut self.options);
        f.finish()
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
        missing_keys(&mut m, &q.visibility.options, Visibility::ALL, "questions.visibility.options");
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
        missing_keys(&mut m, &self.provider_questions, ProviderQuestion::ALL, "provider_questions");
        missing_keys(&mut m, &self.myths, Myth::ALL, "myths");
        missing_keys(&mut m, &self.notices, Notice::ALL, "notices");
        missing_keys(&mut m, &self.glance.reasons, Reason::ALL, "glance.reasons");
        missing_keys(&mut m, &self.glance.cautions, Caution::ALL, "glance.cautions");
        report(m)
    }

    /// The citation line for a list of source numbers, such as "Sources: 1, 2".
    pub fn cite_text(&self, sources: &[u8]) -> String {
        let list = sources
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        self.cite.replace("{list}", &list)
    }
}

/// Why a catalog could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    /// Which content file failed.
    pub file: &'static str,
    /// The parser's message, with line and column.
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content file {} is invalid: {}", self.file, self.message)
    }
}

impl std::error::Error for CatalogError {}

/// The raw JSON sources of one language, in the order of [`Catalog`]'s fields.
#[derive(Debug, Clone, Copy)]
pub struct Sources {
    /// `(file name, JSON text)` of the `app` section.
    pub app: (&'static str, &'static str),
    /// `(file name, JSON text)` of the `diagram` section.
    pub diagram: (&'static str, &'static str),
    /// `(file name, JSON text)` of the `quiz` section.
    pub quiz: (&'static str, &'static str),
    /// `(file name, JSON text)` of the `plan` section.
    pub plan: (&'static str, &'static str),
}

/// One content file as `(path, text)`. The wasm embeds the copy `build.rs`
/// minified (smaller download, same JSON); native builds embed the readable
/// file itself, which tests edit by hand.
macro_rules! content {
    ($lang:literal, $file:literal) => {{
        #[cfg(target_arch = "wasm32")]
        let text = include_str!(concat!(env!("OUT_DIR"), "/content/", $lang, "/", $file));
        #[cfg(not(target_arch = "wasm32"))]
        let text = include_str!(concat!("../../content/", $lang, "/", $file));
        (concat!("content/", $lang, "/", $file), text)
    }};
}

/// The built-in sources for a language.
pub fn sources(lang: Lang) -> Sources {
    match lang {
        Lang::En => Sources {
            app: content!("en", "app.json"),
            diagram: content!("en", "diagram.json"),
            quiz: content!("en", "quiz.json"),
            plan: content!("en", "plan.json"),
        },
        Lang::Es => Sources {
            app: content!("es", "app.json"),
            diagram: content!("es", "diagram.json"),
            quiz: content!("es", "quiz.json"),
            plan: content!("es", "plan.json"),
        },
    }
}

/// One section's raw JSON, with the file it came from for error messages.
#[derive(Debug, Clone, PartialEq)]
pub struct RawSection {
    /// The content file, such as `content/en/app.json`.
    pub file: &'static str,
    /// The parsed but untyped JSON.
    pub value: Json,
}

impl RawSection {
    fn parse((file, text): (&'static str, &'static str)) -> Result<Self, CatalogError> {
        let value = json::parse(text).map_err(|e| CatalogError { file, message: e.to_string() })?;
        Ok(RawSection { file, value })
    }

    /// Types the section. Blank strings are checked on the raw JSON first, so
    /// the check covers every section generically, however it is shaped.
    fn type_into<T: FromJson>(self, slot: &mut T) -> Result<(), CatalogError> {
        let file = self.file;
        let err = |message: String| CatalogError { file, message };
        if let Some(path) = first_blank(&self.value, String::new()) {
            return Err(err(format!("text at `{path}` is empty")));
        }
        slot.fill(self.value).map_err(|e| err(e.to_string()))
    }
}

/// A language's sections as untyped JSON: the stage where a clinic's
/// wording is merged in before the whole catalog is typed and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RawCatalog {
    /// `app` section.
    pub app: RawSection,
    /// `diagram` section.
    pub diagram: RawSection,
    /// `quiz` section.
    pub quiz: RawSection,
    /// `plan` section.
    pub plan: RawSection,
}

impl RawCatalog {
    /// Parses every section's JSON without typing it.
    pub fn parse(src: Sources) -> Result<Self, CatalogError> {
        Ok(RawCatalog {
            app: RawSection::parse(src.app)?,
            diagram: RawSection::parse(src.diagram)?,
            quiz: RawSection::parse(src.quiz)?,
            plan: RawSection::parse(src.plan)?,
        })
    }

    /// The sections by their key in an override file.
    pub fn sections_mut(&mut self) -> [(&'static str, &mut RawSection); 4] {
        [
            ("app", &mut self.app),
            ("diagram", &mut self.diagram),
            ("quiz", &mut self.quiz),
            ("plan", &mut self.plan),
        ]
    }
}

impl Catalog {
    /// Types and checks a raw catalog: blank text, missing or unknown keys and
    /// missing option texts are all errors.
    pub fn from_raw(raw: RawCatalog) -> Result<Self, CatalogError> {
        // Filled in place: see `FromJson` for why nothing is returned by value.
        let mut c = Catalog {
            app: AppText::EMPTY,
            diagram: DiagramText::EMPTY,
            quiz: QuizText::EMPTY,
            plan: PlanText::EMPTY,
        };
        raw.app.type_into(&mut c.app)?;
        raw.diagram.type_into(&mut c.diagram)?;
        let quiz_file = raw.quiz.file;
        raw.quiz.type_into(&mut c.quiz)?;
        c.quiz.check_complete().map_err(|message| CatalogError { file: quiz_file, message })?;
        let plan_file = raw.plan.file;
        raw.plan.type_into(&mut c.plan)?;
        c.plan.check_complete().map_err(|message| CatalogError { file: plan_file, message })?;
        Ok(c)
    }

    /// Parses a catalog from its sources.
    pub fn from_sources(src: Sources) -> Result<Self, CatalogError> {
        Self::from_raw(RawCatalog::parse(src)?)
    }

    /// The built-in catalog for `lang`.
    pub fn builtin(lang: Lang) -> Result<Self, CatalogError> {
        Self::from_sources(sources(lang))
    }
}

/// Depth-first search for the first string that is empty or only spaces.
pub fn first_blank(value: &Json, path: String) -> Option<String> {
    match value {
        Json::String(s) if s.trim().is_empty() => Some(path),
        Json::Object(map) => map.iter().find_map(|(k, v)| {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            first_blank(v, p)
        }),
        Json::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| first_blank(v, format!("{path}[{i}]"))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys spell as serde does, round-trip, and rank in declaration order
    /// (the order `BTreeMap` used to iterate in).
    fn keys_round_trip<K: MapKey + Ord + fmt::Debug + serde::Serialize>(all: &[K]) {
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
        let map = |text: &str| match json::parse(text) {
            Ok(v) => TextMap::<Verdict, String>::from_json(v),
            Err(e) => panic!("{e}"),
        };
        let Ok(m) = map(r#"{"not_right_now": "c", "likely_to_help": "a"}"#) else {
            panic!("valid map");
        };
        let keys: Vec<Verdict> = m.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, vec![Verdict::LikelyToHelp, Verdict::NotRightNow]);
        assert_eq!(m.get(&Verdict::NotRightNow).map(String::as_str), Some("c"));
        assert!(!m.contains_key(&Verdict::DiscussFirst));
        let e = map(r#"{"maybe": "x"}"#).err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("unknown variant `maybe`"));
        let e = map(r#"{"likely_to_help": "a", "likely_to_help": "b"}"#).err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("duplicate key `likely_to_help`"));
        let e = map(r#"{"likely_to_help": 3}"#).err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("invalid type: a number, expected text at `likely_to_help`"));
        assert!(map("[]").is_err());
    }

    #[test]
    fn nested_errors_name_their_path() {
        let mut src = sources(Lang::En);
        src.diagram.1 = r#"{"note_simplified": "x"}"#;
        let e = Catalog::from_sources(src).err().map(|e| e.message);
        assert_eq!(e.as_deref(), Some("missing field `scenes`"));
        let text = sources(Lang::En).diagram.1.replacen("\"sources\": [", "\"sources\": [\"x\", ", 1);
        let src = Sources { diagram: ("d.json", Box::leak(text.into_boxed_str())), ..sources(Lang::En) };
        let e = Catalog::from_sources(src).err().map(|e| e.message).unwrap_or_default();
        assert!(e.contains("at `scenes.healthy.sources[0]`"), "{e}");
    }
}
