//! Small decorative drawings. They carry no information, so they are hidden
//! from assistive technology by their callers.

use yew::prelude::*;

use super::svg::el;

/// A calm, stylised skin cross-section for the welcome screen: surface,
/// two dermis bands with wavy collagen, and fat lobules.
pub fn skin_layers() -> Html {
    let band = |y: &str, height: &str, class: &'static str| {
        el(
            "rect",
            &["x", "y", "width", "height", "rx", "class"],
            &["0", y, "320", height, "6", class],
            vec![],
        )
    };
    let mut parts = vec![band("84", "36", "mg-art__fat")];
    // Fat lobules: centre x, centre y, radius.
    let lobules = [
        ["40", "104", "14"],
        ["96", "106", "12"],
        ["150", "103", "15"],
        ["208", "106", "12"],
        ["262", "104", "14"],
    ];
    parts.extend(lobules.into_iter().map(|[cx, cy, r]| {
        el(
            "circle",
            &["cx", "cy", "r", "class"],
            &[cx, cy, r, "mg-art__lobule"],
            vec![],
        )
    }));
    parts.push(band("26", "60", "mg-art__dermis"));
    let paths = [
        [
            "M10 48 q20 -8 40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t30 0",
            "mg-art__collagen",
        ],
        [
            "M10 66 q20 8 40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t30 0",
            "mg-art__collagen",
        ],
        ["M0 22 q40 -6 80 0 t80 0 t80 0 t80 0 v10 h-320 z", "mg-art__epidermis"],
    ];
    parts.extend(paths.iter().map(|path| el("path", &["d", "class"], path, vec![])));
    el(
        "svg",
        &["viewBox", "focusable", "role", "class"],
        &["0 0 320 120", "false", "presentation", "mg-art"],
        parts,
    )
}
