//! Shared drawing pieces: pattern definitions, the skin layers, labels and
//! the scale bar. Pure functions from core data to SVG; colours and line
//! widths come from `Tissue::style()` as SVG attributes (never inline
//! styles, so a strict CSP with `style-src 'self'` keeps working).

use yew::prelude::*;

use crate::app::svg::{el, text};
use crate::core::scene::{self, closed_path_d, dermis_outline, epidermis_outline, fat_rect, Pt, SkinTone, Tissue};

/// The core's one SVG number format, under a short name because nearly
/// every attribute of the drawings uses it.
pub use crate::core::scene::num as n;

/// The instance-unique id of a tissue's pattern, so two diagrams on one
/// page never share (or fight over) a pattern id.
pub fn pattern_id(prefix: &str, tissue: Tissue) -> String {
    format!("{prefix}-{}", tissue.style().pattern_id)
}

/// `url(#...)` for a tissue's pattern fill.
pub fn fill(prefix: &str, tissue: Tissue) -> String {
    format!("url(#{})", pattern_id(prefix, tissue))
}

/// The patterns that tell filled tissues apart without colour: dots for
/// dermis, lobules for fat, cross-hatch for the clot, diagonal hatch for
/// scar tissue. Line tissues (collagen, vessels) differ by thickness and
/// shape instead, and need no pattern.
pub fn defs(prefix: &str) -> Html {
    let d = Tissue::Dermis.style();
    let f = Tissue::Fat.style();
    let s = Tissue::Scar.style();
    // Each pattern: its tile size and the mark drawn on its tissue's fill.
    let patterns = [
        (
            Tissue::Dermis,
            "0.5",
            el(
                "circle",
                &["cx", "cy", "r", "fill"],
                &["0.25", "0.25", "0.03", d.stroke],
                vec![],
            ),
        ),
        (
            Tissue::Fat,
            "0.5",
            el(
                "circle",
                &["cx", "cy", "r", "fill", "stroke", "stroke-width"],
                &["0.25", "0.25", "0.2", "none", f.stroke, &n(f.stroke_mm)],
                vec![],
            ),
        ),
        (
            Tissue::Clot,
            "0.12",
            el(
                "path",
                &["d", "stroke", "stroke-width"],
                &["M0 0L0.12 0.12M0.12 0L0 0.12", "#ffffff", "0.015"],
                vec![],
            ),
        ),
        (
            Tissue::Scar,
            "0.2",
            el(
                "path",
                &["d", "stroke", "stroke-width"],
                &["M0 0.2L0.2 0", s.stroke, "0.03"],
                vec![],
            ),
        ),
    ];
    let patterns = patterns.into_iter().map(|(tissue, size, mark)| {
        let tile = el(
            "rect",
            &["width", "height", "fill"],
            &[size, size, tissue.style().fill],
            vec![],
        );
        el(
            "pattern",
            &["id", "patternUnits", "width", "height"],
            &[&pattern_id(prefix, tissue), "userSpaceOnUse", size, size],
            vec![tile, mark],
        )
    });
    el("defs", &[], &[], patterns.collect())
}

/// Epidermis, dermis and fat under a surface line. The epidermis takes the
/// chosen skin tone; the others their tissue pattern.
pub fn skin(prefix: &str, surface: &[Pt], tone: SkinTone) -> Html {
    skin_layers(prefix, Some(surface), tone)
}

/// The skin layers without their outlines, for a scene that paints the
/// outlines itself every frame (the healing scene's rising scar floor).
pub fn skin_unpainted(prefix: &str, tone: SkinTone) -> Html {
    skin_layers(prefix, None, tone)
}

/// The skin layers; without a surface the two outlines (`d`) are left out.
fn skin_layers(prefix: &str, surface: Option<&[Pt]>, tone: SkinTone) -> Html {
    let fat = fat_rect();
    let ep = Tissue::Epidermis.style();
    let dermis = surface.map(|s| closed_path_d(&dermis_outline(s)));
    let epidermis = surface.map(|s| closed_path_d(&epidermis_outline(s)));
    // Without a surface the outlines' `d` (first) is left out.
    let skip = usize::from(surface.is_none());
    let outline = |keys: &'static [&'static str], values: &[&str]| el("path", &keys[skip..], &values[skip..], vec![]);
    let fat = el(
        "rect",
        &["x", "y", "width", "height", "fill"],
        &[&n(fat.x), &n(fat.y), &n(fat.w), &n(fat.h), &fill(prefix, Tissue::Fat)],
        vec![],
    );
    let dermis = outline(
        &["d", "fill", "class"],
        &[
            dermis.as_deref().unwrap_or_default(),
            &fill(prefix, Tissue::Dermis),
            "mg-dia__dermis",
        ],
    );
    let epidermis = outline(
        &["d", "fill", "stroke", "stroke-width", "class"],
        &[
            epidermis.as_deref().unwrap_or_default(),
            tone.epidermis(),
            ep.stroke,
            &n(ep.stroke_mm),
            "mg-dia__epidermis",
        ],
    );
    el("g", &["class"], &["mg-dia__skin"], vec![fat, dermis, epidermis])
}

/// Where a label's text hangs from its anchor point.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Text starts at the point.
    Start,
    /// Text is centred on the point.
    Middle,
    /// Text ends at the point.
    End,
}

impl Anchor {
    /// The `text-anchor` value.
    pub fn attr(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// One mark of a drawing's label layer.
pub enum Mark<'a> {
    /// A text at `(x, y)`. A light halo (CSS `paint-order: stroke`) keeps
    /// the dark ink at well over 4.5:1 on any tissue or skin tone behind it.
    Label(f64, f64, Anchor, &'a str),
    /// A thin line from a label to what it names.
    Leader(Pt, Pt),
    /// A bracket's path `d` (the depth of the needle channels).
    Bracket(String),
}

impl Mark<'_> {
    fn html(&self) -> Html {
        match self {
            Mark::Label(x, y, anchor, t) => el(
                "text",
                &["x", "y", "text-anchor", "class"],
                &[&n(*x), &n(*y), anchor.attr(), "mg-dia__label"],
                vec![text(t)],
            ),
            Mark::Leader(a, b) => el(
                "line",
                &["x1", "y1", "x2", "y2", "class"],
                &[&n(a.x), &n(a.y), &n(b.x), &n(b.y), "mg-dia__leader"],
                vec![],
            ),
            Mark::Bracket(d) => el("path", &["d", "class"], &[d, "mg-dia__bracket"], vec![]),
        }
    }
}

/// The label layer of a drawing: `marks` in order, in one group that the
/// labels toggle hides.
pub fn labels(marks: &[Mark]) -> Html {
    el(
        "g",
        &["class"],
        &["mg-dia__labels"],
        marks.iter().map(Mark::html).collect(),
    )
}

/// The 1 mm scale bar with its text, `left` millimetres in from the
/// panel's left edge (a cropped view starts further right). The bar's
/// length is 1 in the millimetre `viewBox`, so it is to scale by
/// construction.
pub fn scale_bar(left: f64, label: &str) -> Html {
    let bar = scene::scale_bar();
    let (x, y) = (left + bar.start.x, bar.start.y);
    let x2 = x + bar.length_mm;
    let d = format!("M{} {}V{}H{}V{}", n(x), n(y - 0.08), n(y), n(x2), n(y - 0.08));
    el(
        "g",
        &["class"],
        &["mg-dia__scale"],
        vec![
            el("path", &["d", "class"], &[&d, "mg-dia__scale-bar"], vec![]),
            el(
                "text",
                &["x", "y", "class"],
                &[&n(x2 + 0.12), &n(y + 0.05), "mg-dia__label"],
                vec![text(label)],
            ),
        ],
    )
}

/// A `viewBox` showing `width` millimetres of the panel from `left`, at
/// the panel's full depth. Healthy skin and healing use a narrower window
/// so that a phone draws them large enough to read; the scale bar keeps
/// the size honest.
pub fn cropped_view_box(left: f64, width: f64) -> String {
    let vb = scene::view_box().0;
    format!("{} {} {} {}", n(left), n(vb.y), n(width), n(vb.h))
}

/// A drawing that is an image to assistive tech: named by `label`, and
/// described by the caption `caption_id` when the figure has one.
pub fn image(view_box: &str, label: &str, caption_id: Option<&str>, class: &str, parts: Vec<Html>) -> Html {
    match caption_id {
        Some(id) => el(
            "svg",
            &[
                "viewBox",
                "role",
                "aria-label",
                "aria-describedby",
                "focusable",
                "class",
            ],
            &[view_box, "img", label, id, "false", class],
            parts,
        ),
        None => el(
            "svg",
            &["viewBox", "role", "aria-label", "focusable", "class"],
            &[view_box, "img", label, "false", class],
            parts,
        ),
    }
}

/// Which comparison a small panel belongs to: its attribute tells panels
/// apart (`data-shape`, `data-method`), and the tests read it.
#[derive(Clone, Copy)]
pub enum Panels {
    /// The scar shapes, side by side.
    Shapes,
    /// The treatments, side by side.
    Methods,
}

/// One small panel of a side-by-side comparison: its drawing over the
/// whole cross-section, and its name.
pub fn small_panel(of: Panels, key: &str, name: &str, parts: Vec<Html>) -> Html {
    let keys: &'static [&'static str] = match of {
        Panels::Shapes => &["data-shape", "class"],
        Panels::Methods => &["data-method", "class"],
    };
    let drawing = image(
        &scene::view_box().attr(),
        name,
        None,
        "mg-dia__svg mg-dia__svg--small",
        parts,
    );
    el(
        "figure",
        keys,
        &[key, "mg-dia__panel-fig"],
        vec![
            drawing,
            el("figcaption", &["class"], &["mg-dia__panel-name"], vec![text(name)]),
        ],
    )
}
