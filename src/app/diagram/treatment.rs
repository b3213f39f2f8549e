//! Scene 3: needle channels to the plan's depth with whole skin between
//! them; beside them, what dermabrasion and an ablative laser remove.

use yew::prelude::*;

use super::draw::{self, n, Anchor, Mark};
use super::{scene_figure, SceneContext};
use crate::app::svg::el;
use crate::core::scene::{channels, removed_regions, surface, NeedleTarget, Pt, Rect, Removal, Scene};

/// Properties of [`treatment`].
#[derive(Properties, PartialEq)]
pub struct TreatmentProps {
    /// Shared drawing context.
    pub ctx: SceneContext,
    /// Heading level of the scene title.
    pub level: u8,
    /// What the needles are set up for (their depth).
    pub needle: NeedleTarget,
}

/// A panel's frame: the shared skin, then `content` on top.
fn panel(ctx: &SceneContext, key: &str, name: &str, content: Vec<Html>) -> Html {
    let pp = format!("{}-{key}", ctx.prefix);
    let mut parts = vec![draw::defs(&pp), draw::skin(&pp, &surface(None), ctx.tone)];
    parts.extend(content);
    parts.push(draw::scale_bar(0.0, &ctx.catalog.diagram.controls.scale_bar));
    draw::small_panel(draw::Panels::Methods, key, name, parts)
}

/// A rectangle of class `class`.
fn rect(class: &str, r: Rect) -> Html {
    el(
        "rect",
        &["x", "y", "width", "height", "class"],
        &[&n(r.x), &n(r.y), &n(r.w), &n(r.h), class],
        vec![],
    )
}

/// Microneedling beside the two removal methods.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm. The figure's `key`
/// makes Yew replace it, as it remounted the component, when the scene changes.
pub fn treatment(props: &TreatmentProps) -> Html {
    let ctx = &props.ctx;
    let t = &ctx.catalog.diagram;
    let l = &t.labels;
    let text = t.scene(Scene::Treatment);
    let depth = props.needle.depth_mm();
    let chans = channels(depth);
    let depth_text = match props.needle {
        NeedleTarget::Scars => &l.depth_scars,
        NeedleTarget::FineLines => &l.depth_fine_lines,
    };
    // Label a channel left of centre and the whole skin after it; the
    // depth bracket sits further right so the two labels never meet.
    let focus = chans.get(2).copied();
    let bracket = chans.get(6).copied();
    let mut needles: Vec<Html> = chans.iter().map(|c| rect("mg-dia__channel", c.rect(1.0))).collect();
    if let (true, Some(c), Some(b)) = (ctx.labels, focus, bracket) {
        needles.push(draw::labels(&[
            Mark::Leader(
                Pt {
                    x: c.x,
                    y: c.depth_mm + 0.02,
                },
                Pt {
                    x: c.x,
                    y: c.depth_mm + 0.2,
                },
            ),
            Mark::Label(c.x, c.depth_mm + 0.55, Anchor::Middle, &l.needle_channel),
            Mark::Leader(Pt { x: c.x + 0.5, y: -0.05 }, Pt { x: c.x + 0.5, y: -0.35 }),
            Mark::Label(c.x + 0.5, -0.45, Anchor::Middle, &l.intact_skin),
            Mark::Bracket(format!(
                "M{} 0H{}V{}H{}",
                n(b.x + 0.35),
                n(b.x + 0.5),
                n(b.depth_mm),
                n(b.x + 0.35)
            )),
            Mark::Label(b.x + 0.5, b.depth_mm + 0.55, Anchor::Middle, depth_text),
        ]));
    }
    let removal = |method: Removal| {
        let regions = removed_regions(method);
        // The removed layer reaches just above the surface line.
        let mut parts: Vec<Html> = regions
            .iter()
            .map(|r| {
                rect(
                    "mg-dia__removed",
                    Rect {
                        y: r.y - 0.02,
                        h: r.h + 0.02,
                        ..*r
                    },
                )
            })
            .collect();
        if let (true, Some(r)) = (ctx.labels, regions.first()) {
            let mid = r.x + r.w * 0.5;
            parts.push(draw::labels(&[
                Mark::Leader(Pt { x: mid, y: r.y + r.h }, Pt { x: mid + 0.3, y: 1.2 }),
                Mark::Label(mid + 0.4, 1.45, Anchor::Start, &l.removed),
            ]));
        }
        parts
    };
    let panels = vec![
        panel(ctx, "microneedling", &l.microneedling, needles),
        panel(ctx, "dermabrasion", &l.dermabrasion, removal(Removal::Dermabrasion)),
        panel(ctx, "laser", &l.ablative_laser, removal(Removal::AblativeLaser)),
    ];
    let body = vec![el("div", &["class"], &["mg-dia__panels"], panels)];
    scene_figure("treatment", props.level, text, body, None, Html::default())
}
