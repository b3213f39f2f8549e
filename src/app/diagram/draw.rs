//! Shared drawing pieces: pattern definitions, the skin layers, labels and
//! the scale bar. Pure functions from core data to SVG; colours and line
//! widths come from `Tissue::style()` as SVG attributes (never inline
//! styles, so a strict CSP with `style-src 'self'` keeps working).

use yew::prelude::*;

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
    let c = Tissue::Clot.style();
    let s = Tissue::Scar.style();
    html! {
        <defs>
            <pattern id={pattern_id(prefix, Tissue::Dermis)} patternUnits="userSpaceOnUse" width="0.5" height="0.5">
                <rect width="0.5" height="0.5" fill={d.fill} />
                <circle cx="0.25" cy="0.25" r="0.03" fill={d.stroke} />
            </pattern>
            <pattern id={pattern_id(prefix, Tissue::Fat)} patternUnits="userSpaceOnUse" width="0.5" height="0.5">
                <rect width="0.5" height="0.5" fill={f.fill} />
                <circle cx="0.25" cy="0.25" r="0.2" fill="none" stroke={f.stroke} stroke-width={n(f.stroke_mm)} />
            </pattern>
            <pattern id={pattern_id(prefix, Tissue::Clot)} patternUnits="userSpaceOnUse" width="0.12" height="0.12">
                <rect width="0.12" height="0.12" fill={c.fill} />
                <path d="M0 0L0.12 0.12M0.12 0L0 0.12" stroke="#ffffff" stroke-width="0.015" />
            </pattern>
            <pattern id={pattern_id(prefix, Tissue::Scar)} patternUnits="userSpaceOnUse" width="0.2" height="0.2">
                <rect width="0.2" height="0.2" fill={s.fill} />
                <path d="M0 0.2L0.2 0" stroke={s.stroke} stroke-width="0.03" />
            </pattern>
        </defs>
    }
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
    html! {
        <g class="mg-dia__skin">
            <rect x={n(fat.x)} y={n(fat.y)} width={n(fat.w)} height={n(fat.h)} fill={fill(prefix, Tissue::Fat)} />
            <path class="mg-dia__dermis" d={dermis} fill={fill(prefix, Tissue::Dermis)} />
            <path class="mg-dia__epidermis" d={epidermis} fill={tone.epidermis()}
                stroke={ep.stroke} stroke-width={n(ep.stroke_mm)} />
        </g>
    }
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

/// A label in the drawing. A light halo (CSS `paint-order: stroke`) keeps
/// the dark ink at well over 4.5:1 on any tissue or skin tone behind it.
pub fn label(x: f64, y: f64, anchor: Anchor, text: &str) -> Html {
    html! {
        <text class="mg-dia__label" x={n(x)} y={n(y)} text-anchor={anchor.attr()}>{ text.to_owned() }</text>
    }
}

/// A thin line from a label to what it names.
pub fn leader(a: Pt, b: Pt) -> Html {
    html! {
        <line class="mg-dia__leader" x1={n(a.x)} y1={n(a.y)} x2={n(b.x)} y2={n(b.y)} />
    }
}

/// The 1 mm scale bar with its text, `left` millimetres in from the
/// panel's left edge (a cropped view starts further right). The bar's
/// length is 1 in the millimetre `viewBox`, so it is to scale by
/// construction.
pub fn scale_bar(left: f64, text: &str) -> Html {
    let bar = scene::scale_bar();
    let (x, y) = (left + bar.start.x, bar.start.y);
    let x2 = x + bar.length_mm;
    html! {
        <g class="mg-dia__scale">
            <path class="mg-dia__scale-bar" d={format!("M{} {}V{}H{}V{}", n(x), n(y - 0.08), n(y), n(x2), n(y - 0.08))} />
            <text class="mg-dia__label" x={n(x2 + 0.12)} y={n(y + 0.05)}>{ text.to_owned() }</text>
        </g>
    }
}

/// A `viewBox` showing `width` millimetres of the panel from `left`, at
/// the panel's full depth. Healthy skin and healing use a narrower window
/// so that a phone draws them large enough to read; the scale bar keeps
/// the size honest.
pub fn cropped_view_box(left: f64, width: f64) -> String {
    let vb = scene::view_box().0;
    format!("{} {} {} {}", n(left), n(vb.y), n(width), n(vb.h))
}

/// An open polyline path for line tissues (collagen, vessels).
pub fn line_path(points: &[Pt], class: &'static str, tissue: Tissue) -> Html {
    let st = tissue.style();
    html! {
        <path class={class} d={scene::path_d(points)} fill="none" stroke={st.stroke} stroke-width={n(st.stroke_mm)} />
    }
}
