//! The text of the skin diagrams (`content/<lang>/diagram.json`).

use std::borrow::Cow;

use crate::core::scene::{Scene, SkinTone};
use crate::core::timeline::{Phase, TimeLabel};
use crate::core::tree::{Baker, Branch, Node, Reader, Text, TextTree};

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
        pattern.fill("n", &l.n().to_string())
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
