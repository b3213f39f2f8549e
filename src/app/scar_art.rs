//! Small cross-section drawings of each scar type, for the scar question,
//! the "how to tell" guide and the plan. They repeat what the option text says, so the
//! callers hide them from assistive technology.
//!
//! Every drawing shares one frame: skin surface at y = 14 in a 64 x 40 box,
//! skin below it, so the shapes compare side by side.

use yew::prelude::*;

use super::svg::el;
use crate::core::quiz::ScarType;

/// A path of class `class`.
fn path(d: &str, class: &'static str) -> Html {
    el("path", &["d", "class"], &[d, class], vec![])
}

/// The shared frame: skin (`d`), then `marks` on it, its surface line
/// (`d`), then `over` it.
fn frame(skin: &str, marks: Vec<Html>, surface: &str, over: Vec<Html>) -> Html {
    let mut parts = vec![path(skin, "mg-scar-art__skin")];
    parts.extend(marks);
    parts.push(path(surface, "mg-scar-art__surface"));
    parts.extend(over);
    el(
        "svg",
        &["viewBox", "width", "height", "focusable", "class"],
        &["0 0 64 40", "64", "40", "false", "mg-scar-art"],
        parts,
    )
}

/// Skin with a dent or bump: `surface` is the outline of the top, drawn
/// from the left edge to the right edge; `marks` are paths of class
/// `class` drawn on the skin.
fn skin(surface: &str, class: &'static str, marks: &[&str]) -> Html {
    frame(
        &format!("M0 40 L0 14 {surface} L64 14 L64 40 Z"),
        marks.iter().map(|d| path(d, class)).collect(),
        &format!("M0 14 {surface} L64 14"),
        vec![],
    )
}

/// A flat surface with a coloured patch in the top layer.
fn patch(class: &'static str) -> Html {
    let patch = el(
        "ellipse",
        &["cx", "cy", "rx", "ry", "class"],
        &["32", "16", "14", "3.5", class],
        vec![],
    );
    frame("M0 40 L0 14 L64 14 L64 40 Z", vec![patch], "M0 14 L64 14", vec![])
}

/// The drawing for one scar type.
pub fn scar_art(scar: ScarType) -> Html {
    match scar {
        // Narrow at the top, pointed and deep: a V.
        ScarType::IcePick => skin("L27 14 L32 35 L37 14", "", &[]),
        // Wide with steep walls and a flat floor: a U.
        ScarType::Boxcar => skin("L20 14 L21 27 Q21 29 23 29 L41 29 Q43 29 43 27 L44 14", "", &[]),
        // Soft waves, tethered down by bands beneath the dips.
        ScarType::Rolling => skin(
            "C8 14 10 24 17 24 C24 24 26 14 32 14 C38 14 40 24 47 24 C54 24 56 14 64 14",
            "mg-scar-art__band",
            &["M17 25 L15 39", "M47 25 L49 39"],
        ),
        // A bump that stays within the old spot.
        ScarType::Hypertrophic => skin("L20 14 C23 14 24 5 32 5 C40 5 41 14 44 14", "", &[]),
        // A bump spreading past the old spot, with arrows outwards.
        ScarType::Keloid => skin(
            "L6 14 C12 14 14 4 32 4 C50 4 52 14 58 14",
            "mg-scar-art__arrow",
            &["M12 22 L3 22 M6 19 L3 22 L6 25", "M52 22 L61 22 M58 19 L61 22 L58 25"],
        ),
        ScarType::Pih => patch("mg-scar-art__patch mg-scar-art__patch--brown"),
        ScarType::Pie => patch("mg-scar-art__patch mg-scar-art__patch--red"),
        // A question mark over flat skin.
        ScarType::NotSure => frame(
            "M0 40 L0 24 L64 24 L64 40 Z",
            vec![],
            "M0 24 L64 24",
            vec![
                path("M26 8 Q26 2 32 2 Q38 2 38 8 Q38 12 32 13 L32 17", "mg-scar-art__mark"),
                el(
                    "circle",
                    &["cx", "cy", "r", "class"],
                    &["32", "21", "1.8", "mg-scar-art__dot"],
                    vec![],
                ),
            ],
        ),
    }
}
