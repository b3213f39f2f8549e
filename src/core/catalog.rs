//! The content catalog: every word a visitor reads, as typed data.
//!
//! Text lives in `content/<lang>/*.json`, embedded at build time. Each file is
//! one section of [`Catalog`], and every struct denies unknown fields, so a
//! misspelt or missing key fails `cargo test` instead of showing a blank spot.

use serde::Deserialize;
use std::fmt;

use super::config::Lang;
use super::scene::{Scene, SkinTone};
use super::timeline::Phase;

/// All user-facing text for one language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// The welcome screen, the shell around every screen and fallbacks.
    pub app: AppText,
    /// Titles, captions and labels of the skin diagrams.
    pub diagram: DiagramText,
}

/// Text for the welcome screen and the parts of the shell shared by all screens.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// Heading shown while the quiz screen is not built yet.
    pub quiz_coming_title: String,
    /// Plain explanation that the quiz is on its way.
    pub quiz_coming_body: String,
    /// Label of the button that returns to the welcome screen.
    pub back_to_start: String,
    /// Label of the welcome screen's button that opens the diagrams.
    pub how_it_works: String,
    /// Heading of the diagrams screen.
    pub how_it_works_title: String,
}

/// Text of the skin diagrams: every caption is the text equivalent of what
/// its picture or motion shows.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// A scene's heading and its caption.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SceneText {
    /// Short heading above the drawing.
    pub title: String,
    /// One or two plain sentences saying what the drawing shows.
    pub caption: String,
    /// Numbers of the fact-base sources behind the caption.
    pub sources: Vec<u8>,
}

/// The text of every scene, one field per [`Scene`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// A healing phase's name and caption.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// The text of every phase, one field per [`Phase`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// Labels drawn next to what they name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// Patterns for biological time; `{n}` is replaced by the number.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// Display names of the skin tones, one field per [`SkinTone`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// Labels of the diagram controls.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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

/// Text of the course-of-treatment chart.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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
}

/// The built-in sources for a language.
pub fn sources(lang: Lang) -> Sources {
    match lang {
        Lang::En => Sources {
            app: ("content/en/app.json", include_str!("../../content/en/app.json")),
            diagram: ("content/en/diagram.json", include_str!("../../content/en/diagram.json")),
        },
    }
}

/// Parses one section. Blank strings are checked on the raw JSON first, so the
/// check covers every section generically, however its struct is shaped.
fn section<T: for<'de> Deserialize<'de>>(
    (file, text): (&'static str, &'static str),
) -> Result<T, CatalogError> {
    let err = |message: String| CatalogError { file, message };
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| err(e.to_string()))?;
    if let Some(path) = first_blank(&value, String::new()) {
        return Err(err(format!("text at `{path}` is empty")));
    }
    serde_json::from_value(value).map_err(|e| err(e.to_string()))
}

impl Catalog {
    /// Parses a catalog from its sources; blank text counts as an error.
    pub fn from_sources(src: Sources) -> Result<Self, CatalogError> {
        Ok(Catalog {
            app: section(src.app)?,
            diagram: section(src.diagram)?,
        })
    }

    /// The built-in catalog for `lang`.
    pub fn builtin(lang: Lang) -> Result<Self, CatalogError> {
        Self::from_sources(sources(lang))
    }
}

/// Depth-first search for the first string that is empty or only spaces.
pub fn first_blank(value: &serde_json::Value, path: String) -> Option<String> {
    match value {
        serde_json::Value::String(s) if s.trim().is_empty() => Some(path),
        serde_json::Value::Object(map) => map.iter().find_map(|(k, v)| {
            let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
            first_blank(v, p)
        }),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| first_blank(v, format!("{path}[{i}]"))),
        _ => None,
    }
}
