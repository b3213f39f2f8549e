//! Scene 1: healthy skin in cross-section, to scale.

use yew::prelude::*;

use super::draw::{self, label, leader, n, Anchor};
use super::{scene_heading, SceneContext};
use crate::core::scene::{self, healthy_features, surface, Pt, Scene, Tissue};

/// Width of skin shown: 7 of the panel's 10 mm, so a phone draws the
/// layers large enough to label.
const VIEW_MM: f64 = 7.0;

/// Properties of [`healthy`].
#[derive(Properties, PartialEq)]
pub struct HealthyProps {
    /// Shared drawing context.
    pub ctx: SceneContext,
    /// Heading level of the scene title.
    pub level: u8,
}

/// Epidermis, dermis with collagen, fibroblasts and capillaries, fat below.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm. The figure's `key`
/// makes Yew replace it, as it remounted the component, when the scene changes.
pub fn healthy(props: &HealthyProps) -> Html {
    let ctx = &props.ctx;
    let t = &ctx.catalog.diagram;
    let text = t.scene(Scene::Healthy);
    let l = &t.labels;
    let p = ctx.prefix.as_str();
    let features = healthy_features();
    let fib = Tissue::CollagenI.style();
    let cap_id = format!("{p}-cap-healthy");
    let fibro = features.fibroblasts.get(3).copied().unwrap_or(Pt { x: 4.3, y: 1.2 });
    html! {
        <figure key="healthy" class="mg-dia__figure">
            { scene_heading(props.level, &text.title) }
            <svg class="mg-dia__svg mg-dia__svg--zoom" viewBox={draw::cropped_view_box(0.0, VIEW_MM)} role="img"
                aria-label={text.title.clone()} aria-describedby={cap_id.clone()} focusable="false">
                { draw::defs(p) }
                { draw::skin(p, &surface(None), ctx.tone) }
                { for features.collagen.iter().map(|c| html! {
                    <path class="mg-dia__collagen" d={scene::path_d(c)} fill="none" stroke={fib.stroke} stroke-width={n(fib.stroke_mm)} />
                }) }
                { for features.capillaries.iter().map(|c| draw::line_path(c, "mg-dia__vessel", Tissue::Vessel)) }
                { for features.fibroblasts.iter().map(|f| html! {
                    <ellipse class="mg-dia__fibroblast" cx={n(f.x)} cy={n(f.y)} rx="0.16" ry="0.07" />
                }) }
                if ctx.labels {
                    <g class="mg-dia__labels">
                        { leader(Pt { x: 0.5, y: -0.3 }, Pt { x: 0.5, y: 0.04 }) }
                        { label(0.3, -0.4, Anchor::Start, &l.epidermis) }
                        { label(0.3, 1.17, Anchor::Start, &l.dermis) }
                        { label(VIEW_MM - 0.15, 1.55, Anchor::End, &l.collagen) }
                        { label(3.95, 0.37, Anchor::Start, &l.capillary) }
                        { label(fibro.x + 0.22, fibro.y + 0.1, Anchor::Start, &l.fibroblast) }
                        { label(VIEW_MM - 0.15, 3.1, Anchor::End, &l.fat) }
                    </g>
                }
                { draw::scale_bar(0.0, &t.controls.scale_bar) }
            </svg>
            <figcaption id={cap_id} class="mg-dia__caption">{ text.caption.clone() }</figcaption>
        </figure>
    }
}
