//! The key to a scene's drawing: each pattern, line and cell with its name,
//! so tissues are told apart by pattern and shape as well as colour.

use yew::prelude::*;

use super::draw::{self, n};
use super::SceneContext;
use crate::core::scene::{Scene, Tissue};

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
    let layers = [
        (Swatch::Fill(Tissue::Epidermis), l.epidermis.as_str()),
        (Swatch::Fill(Tissue::Dermis), l.dermis.as_str()),
        (Swatch::Fill(Tissue::Fat), l.fat.as_str()),
    ];
    let mut items: Vec<(Swatch, &str)> = Vec::new();
    match props.scene {
        Scene::Healthy => {
            items.extend(layers);
            items.push((Swatch::Line(Tissue::CollagenI, false), &l.collagen));
            items.push((Swatch::Line(Tissue::Vessel, false), &l.capillary));
            items.push((Swatch::Shape("mg-dia__fibroblast"), &l.fibroblast));
        }
        Scene::Scars => {
            items.extend(layers);
            items.push((Swatch::Fill(Tissue::Scar), &l.scar_floor));
            items.push((Swatch::Line(Tissue::Scar, false), &l.tethering_band));
        }
        Scene::Treatment => {
            items.extend(layers);
            items.push((Swatch::Shape("mg-dia__channel"), &l.needle_channel));
            items.push((Swatch::Shape("mg-dia__removed"), &l.removed));
        }
        Scene::Healing => {
            items.push((Swatch::Fill(Tissue::Clot), &l.clot));
            items.push((Swatch::Shape("mg-dia__platelet"), &l.platelet));
            items.push((Swatch::Shape("mg-dia__neutrophil"), &l.neutrophils));
            items.push((Swatch::Shape("mg-dia__macrophage"), &l.macrophages));
            items.push((Swatch::Shape("mg-dia__fibroblast"), &l.fibroblast));
            items.push((Swatch::Line(Tissue::Vessel, false), &l.new_vessels));
            items.push((Swatch::Line(Tissue::CollagenIII, true), &l.collagen_iii));
            items.push((Swatch::Line(Tissue::CollagenI, false), &l.collagen_i));
        }
        Scene::Course => return html! {},
    }
    let p = ctx.prefix.as_str();
    let swatch = |i: usize, s: Swatch| -> Html {
        let sp = format!("{p}-lg{i}");
        let inner = match s {
            Swatch::Fill(Tissue::Epidermis) => {
                html! { <rect width="1.2" height="0.6" fill={ctx.tone.epidermis()} stroke={Tissue::Epidermis.style().stroke} stroke-width="0.03" /> }
            }
            Swatch::Fill(t) => html! {
                <>
                    { draw::defs(&sp) }
                    <rect width="1.2" height="0.6" fill={draw::fill(&sp, t)} stroke="#6b5a55" stroke-width="0.02" />
                </>
            },
            Swatch::Line(t, wavy) => {
                let st = t.style();
                let d = if wavy {
                    "M0.05 0.3q0.14 -0.14 0.28 0t0.28 0t0.28 0t0.28 0"
                } else {
                    "M0.05 0.3H1.15"
                };
                html! { <path d={d} fill="none" stroke={st.stroke} stroke-width={n(st.stroke_mm * 2.0)} /> }
            }
            Swatch::Shape("mg-dia__fibroblast") => {
                html! { <ellipse class="mg-dia__fibroblast" cx="0.6" cy="0.3" rx="0.3" ry="0.13" /> }
            }
            Swatch::Shape(class @ ("mg-dia__channel" | "mg-dia__removed")) => {
                html! { <rect class={class} x="0.3" y="0.05" width="0.6" height="0.5" /> }
            }
            Swatch::Shape(class) => html! { <circle class={class} cx="0.6" cy="0.3" r="0.16" /> },
        };
        html! {
            <svg class="mg-dia__key-swatch" viewBox="0 0 1.2 0.6" aria-hidden="true" focusable="false">{ inner }</svg>
        }
    };
    html! {
        <div class="mg-dia__legend">
            <p class="mg-dia__legend-title">{ ctx.catalog.diagram.controls.legend.clone() }</p>
            <ul class="mg-dia__keys">
                { for items.iter().enumerate().map(|(i, &(s, text))| html! {
                    <li class="mg-dia__key">{ swatch(i, s) }<span>{ text.to_owned() }</span></li>
                }) }
            </ul>
        </div>
    }
}
