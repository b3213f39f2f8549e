//! The skin diagrams as data: what each scene draws, in millimetres, and
//! how it is coloured and written as SVG. The Yew components only map these
//! values to elements.
//!
//! - [`geometry`]: the panel, skin layers, scar outlines, needle channels.
//! - [`palette`]: tissue styles, skin tones and label contrast.
//! - [`svg`]: numbers and path strings for SVG attributes.

mod geometry;
mod palette;
mod svg;

pub use geometry::*;
pub use palette::*;
pub use svg::*;

use super::quiz::{Answers, Concern, ScarType};

/// The scenes of the diagram sequence, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scene {
    /// Healthy skin in cross-section.
    Healthy,
    /// The visitor's scar types beside healthy skin.
    Scars,
    /// Needle channels, and what dermabrasion or an ablative laser removes.
    Treatment,
    /// Healing over time: the animated core scene.
    Healing,
    /// A course of several sessions and slow improvement.
    Course,
}

impl Scene {
    /// Every scene in reading order.
    pub const ALL: [Scene; 5] = [
        Scene::Healthy,
        Scene::Scars,
        Scene::Treatment,
        Scene::Healing,
        Scene::Course,
    ];
}

/// The shapes to draw for a visitor's answers: sunken and raised scars as
/// they chose them; flat marks and "not sure" have no shape, so they fall
/// back (through [`shapes_to_draw`]) to the three sunken types.
pub fn shapes_for(answers: &Answers) -> Vec<ScarShape> {
    let mut out: Vec<ScarShape> = Vec::new();
    for scar in &answers.scars {
        let shape = match scar {
            ScarType::IcePick => Some(ScarShape::IcePick),
            ScarType::Boxcar => Some(ScarShape::Boxcar),
            ScarType::Rolling => Some(ScarShape::Rolling),
            ScarType::Hypertrophic | ScarType::Keloid => Some(ScarShape::Raised),
            ScarType::Pih | ScarType::Pie | ScarType::NotSure => None,
        };
        if let Some(shape) = shape.filter(|s| !out.contains(s)) {
            out.push(shape);
        }
    }
    out
}

/// The needle set-up a visitor's plan describes: scar depth when they have
/// sunken scars; the shallower set-up when fine lines are their only concern
/// that needling treats (fact base section 3).
pub fn needle_for(answers: &Answers) -> NeedleTarget {
    if !answers.has_atrophic() && answers.concerns.contains(&Concern::FineLines) {
        NeedleTarget::FineLines
    } else {
        NeedleTarget::Scars
    }
}
