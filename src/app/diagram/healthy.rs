//! Scene 1: healthy skin in cross-section, to scale.

use yew::prelude::*;

use super::draw::{self, n, Anchor, Mark};
use super::{scene_figure, SceneContext};
use crate::app::svg::el;
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
    let cap_id = format!("{p}-cap-healthy");
    let fibro = features.fibroblasts.get(3).copied().unwrap_or(Pt { x: 4.3, y: 1.2 });
    let mut parts = vec![draw::defs(p), draw::skin(p, &surface(None), ctx.tone)];
    let lines = [
        (&features.collagen, Tissue::CollagenI, "mg-dia__collagen"),
        (&features.capillaries, Tissue::Vessel, "mg-dia__vessel"),
    ];
    for (paths, tissue, class) in lines {
        let st = tissue.style();
        let width = n(st.stroke_mm);
        parts.extend(paths.iter().map(|c| {
            el(
                "path",
                &["d", "fill", "stroke", "stroke-width", "class"],
                &[&scene::path_d(c), "none", st.stroke, &width, class],
                vec![],
            )
        }));
    }
    parts.extend(features.fibroblasts.iter().map(|f| {
        el(
            "ellipse",
            &["cx", "cy", "rx", "ry", "class"],
            &[&n(f.x), &n(f.y), "0.16", "0.07", "mg-dia__fibroblast"],
            vec![],
        )
    }));
    if ctx.labels {
        parts.push(draw::labels(&[
            Mark::Leader(Pt { x: 0.5, y: -0.3 }, Pt { x: 0.5, y: 0.04 }),
            Mark::Label(0.3, -0.4, Anchor::Start, &l.epidermis),
            Mark::Label(0.3, 1.17, Anchor::Start, &l.dermis),
            Mark::Label(VIEW_MM - 0.15, 1.55, Anchor::End, &l.collagen),
            Mark::Label(3.95, 0.37, Anchor::Start, &l.capillary),
            Mark::Label(fibro.x + 0.22, fibro.y + 0.1, Anchor::Start, &l.fibroblast),
            Mark::Label(VIEW_MM - 0.15, 3.1, Anchor::End, &l.fat),
        ]));
    }
    parts.push(draw::scale_bar(0.0, &t.controls.scale_bar));
    let drawing = draw::image(
        &draw::cropped_view_box(0.0, VIEW_MM),
        &text.title,
        Some(&cap_id),
        "mg-dia__svg mg-dia__svg--zoom",
        parts,
    );
    scene_figure(
        "healthy",
        props.level,
        text,
        vec![drawing],
        Some(cap_id),
        Html::default(),
    )
}
