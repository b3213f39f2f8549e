//! The key to a scene's drawing: each pattern, line and cell with its name,
//! so tissues are told apart by pattern and shape as well as colour.

use yew::prelude::*;

use super::draw::{self, n};
use super::SceneContext;
use crate::app::svg::{el, text};
use crate::core::catalog::DiagramLabels;
use crate::core::scene::{Scene, Tissue};
use crate::core::tree::Text;

/// What one legend swatch shows.
#[derive(Clone, Copy, PartialEq)]
enum Swatch {
    /// A filled tissue (its pattern, or the skin tone for the epidermis).
    Fill(Tissue),
    /// A line tissue at its own thickness; `wavy` for new collagen.
    Line(Tissue, bool),
    /// A cell or small shape, by CSS class.
    Shape(&'static str),
}

impl Swatch {
    /// What kind of drawing the swatch is.
    fn kind(self) -> &'static str {
        match self {
            Swatch::Fill(Tissue::Epidermis) => "skin",
            Swatch::Fill(t) => t.style().pattern,
            Swatch::Line(..) => "line",
            Swatch::Shape(class) => class,
        }
    }
}

/// A legend entry: the swatch and its name in the catalog.
type Entry = (Swatch, fn(&DiagramLabels) -> &Text);

/// The skin's three layers, first in the key of every cross-section.
const EPIDERMIS: Entry = (Swatch::Fill(Tissue::Epidermis), |l| &l.epidermis);
/// See [`EPIDERMIS`].
const DERMIS: Entry = (Swatch::Fill(Tissue::Dermis), |l| &l.dermis);
/// See [`EPIDERMIS`].
const FAT: Entry = (Swatch::Fill(Tissue::Fat), |l| &l.fat);

/// Properties of [`legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Shared drawing context.
    pub ctx: SceneContext,
    /// The scene whose key is shown.
    pub scene: Scene,
}

/// The legend for the scene on show (none for the chart, which is labelled).
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm.
pub fn legend(props: &LegendProps) -> Html {
    let ctx = &props.ctx;
    let l = &ctx.catalog.diagram.labels;
    let items: &[Entry] = match props.scene {
        Scene::Healthy => &[
            EPIDERMIS,
            DERMIS,
            FAT,
            (Swatch::Line(Tissue::CollagenI, false), |l| &l.collagen),
            (Swatch::Line(Tissue::Vessel, false), |l| &l.capillary),
            (Swatch::Shape("mg-dia__fibroblast"), |l| &l.fibroblast),
        ],
        Scene::Scars => &[
            EPIDERMIS,
            DERMIS,
            FAT,
            (Swatch::Fill(Tissue::Scar), |l| &l.scar_floor),
            (Swatch::Line(Tissue::Scar, false), |l| &l.tethering_band),
        ],
        Scene::Treatment => &[
            EPIDERMIS,
            DERMIS,
            FAT,
            (Swatch::Shape("mg-dia__channel"), |l| &l.needle_channel),
            (Swatch::Shape("mg-dia__removed"), |l| &l.removed),
        ],
        Scene::Healing => &[
            (Swatch::Fill(Tissue::Clot), |l| &l.clot),
            (Swatch::Shape("mg-dia__platelet"), |l| &l.platelet),
            (Swatch::Shape("mg-dia__neutrophil"), |l| &l.neutrophils),
            (Swatch::Shape("mg-dia__macrophage"), |l| &l.macrophages),
            (Swatch::Shape("mg-dia__fibroblast"), |l| &l.fibroblast),
            (Swatch::Line(Tissue::Vessel, false), |l| &l.new_vessels),
            (Swatch::Line(Tissue::CollagenIII, true), |l| &l.collagen_iii),
            (Swatch::Line(Tissue::CollagenI, false), |l| &l.collagen_i),
        ],
        Scene::Course => return html! {},
    };
    let p = ctx.prefix.as_str();
    let swatch = |i: usize, s: Swatch| -> Html {
        let sp = format!("{p}-lg{i}");
        let inner = match s {
            Swatch::Fill(Tissue::Epidermis) => vec![el(
                "rect",
                &["width", "height", "fill", "stroke", "stroke-width"],
                &[
                    "1.2",
                    "0.6",
                    ctx.tone.epidermis(),
                    Tissue::Epidermis.style().stroke,
                    "0.03",
                ],
                vec![],
            )],
            Swatch::Fill(t) => vec![
                draw::defs(&sp),
                el(
                    "rect",
                    &["width", "height", "fill", "stroke", "stroke-width"],
                    &["1.2", "0.6", &draw::fill(&sp, t), "#6b5a55", "0.02"],
                    vec![],
                ),
            ],
            Swatch::Line(t, wavy) => {
                let st = t.style();
                let d = if wavy {
                    "M0.05 0.3q0.14 -0.14 0.28 0t0.28 0t0.28 0t0.28 0"
                } else {
                    "M0.05 0.3H1.15"
                };
                vec![el(
                    "path",
                    &["d", "fill", "stroke", "stroke-width"],
                    &[d, "none", st.stroke, &n(st.stroke_mm * 2.0)],
                    vec![],
                )]
            }
            Swatch::Shape(class @ "mg-dia__fibroblast") => vec![el(
                "ellipse",
                &["cx", "cy", "rx", "ry", "class"],
                &["0.6", "0.3", "0.3", "0.13", class],
                vec![],
            )],
            Swatch::Shape(class @ ("mg-dia__channel" | "mg-dia__removed")) => vec![el(
                "rect",
                &["x", "y", "width", "height", "class"],
                &["0.3", "0.05", "0.6", "0.5", class],
                vec![],
            )],
            Swatch::Shape(class) => vec![el(
                "circle",
                &["cx", "cy", "r", "class"],
                &["0.6", "0.3", "0.16", class],
                vec![],
            )],
        };
        el(
            "svg",
            &["viewBox", "aria-hidden", "focusable", "class"],
            &["0 0 1.2 0.6", "true", "false", "mg-dia__key-swatch"],
            inner,
        )
    };
    // Keyed by place and kind: a scene switch replaces a swatch of another
    // kind instead of patching one shape's attributes into another's
    // (which would also reorder them).
    let keys = items.iter().enumerate().map(|(i, &(s, label))| {
        let label = label(l).as_str();
        html! {
            <li key={format!("{i}-{}", s.kind())} class="mg-dia__key">{ swatch(i, s) }<span>{ label.to_owned() }</span></li>
        }
    });
    el(
        "div",
        &["class"],
        &["mg-dia__legend"],
        vec![
            el(
                "p",
                &["class"],
                &["mg-dia__legend-title"],
                vec![text(&ctx.catalog.diagram.controls.legend)],
            ),
            el("ul", &["class"], &["mg-dia__keys"], keys.collect()),
        ],
    )
}
