//! Scene 3: needle channels to the plan's depth with whole skin between
//! them; beside them, what dermabrasion and an ablative laser remove.

use yew::prelude::*;

use super::draw::{self, label, leader, n, Anchor};
use super::{scene_heading, SceneContext};
use crate::core::scene::{self, channels, removed_regions, surface, NeedleTarget, Pt, Removal, Scene};

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
fn panel(ctx: &SceneContext, key: &str, name: &str, content: Html) -> Html {
    let pp = format!("{}-{key}", ctx.prefix);
    html! {
        <figure class="mg-dia__panel-fig" data-method={key.to_owned()}>
            <svg class="mg-dia__svg mg-dia__svg--small" viewBox={scene::view_box().attr()} role="img"
                aria-label={name.to_owned()} focusable="false">
                { draw::defs(&pp) }
                { draw::skin(&pp, &surface(None), ctx.tone) }
                { content }
                { draw::scale_bar(0.0, &ctx.catalog.diagram.controls.scale_bar) }
            </svg>
            <figcaption class="mg-dia__panel-name">{ name.to_owned() }</figcaption>
        </figure>
    }
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
    let needles = html! {
        <>
            { for chans.iter().map(|c| {
                let r = c.rect(1.0);
                html! { <rect class="mg-dia__channel" x={n(r.x)} y={n(r.y)} width={n(r.w)} height={n(r.h)} /> }
            }) }
            if let (true, Some(c), Some(b)) = (ctx.labels, focus, bracket) {
                <g class="mg-dia__labels">
                    { leader(Pt { x: c.x, y: c.depth_mm + 0.02 }, Pt { x: c.x, y: c.depth_mm + 0.2 }) }
                    { label(c.x, c.depth_mm + 0.55, Anchor::Middle, &l.needle_channel) }
                    { leader(Pt { x: c.x + 0.5, y: -0.05 }, Pt { x: c.x + 0.5, y: -0.35 }) }
                    { label(c.x + 0.5, -0.45, Anchor::Middle, &l.intact_skin) }
                    <path class="mg-dia__bracket" d={format!("M{} 0H{}V{}H{}", n(b.x + 0.35), n(b.x + 0.5), n(b.depth_mm), n(b.x + 0.35))} />
                    { label(b.x + 0.5, b.depth_mm + 0.55, Anchor::Middle, depth_text) }
                </g>
            }
        </>
    };
    let removal = |method: Removal| {
        let regions = removed_regions(method);
        let first = regions.first().copied();
        html! {
            <>
                { for regions.iter().map(|r| html! {
                    <rect class="mg-dia__removed" x={n(r.x)} y={n(r.y - 0.02)} width={n(r.w)} height={n(r.h + 0.02)} />
                }) }
                if let (true, Some(r)) = (ctx.labels, first) {
                    <g class="mg-dia__labels">
                        { leader(Pt { x: r.x + r.w * 0.5, y: r.y + r.h }, Pt { x: r.x + r.w * 0.5 + 0.3, y: 1.2 }) }
                        { label(r.x + r.w * 0.5 + 0.4, 1.45, Anchor::Start, &l.removed) }
                    </g>
                }
            </>
        }
    };
    html! {
        <figure key="treatment" class="mg-dia__figure">
            { scene_heading(props.level, &text.title) }
            <div class="mg-dia__panels">
                { panel(ctx, "microneedling", &l.microneedling, needles) }
                { panel(ctx, "dermabrasion", &l.dermabrasion, removal(Removal::Dermabrasion)) }
                { panel(ctx, "laser", &l.ablative_laser, removal(Removal::AblativeLaser)) }
            </div>
            <figcaption class="mg-dia__caption">{ text.caption.clone() }</figcaption>
        </figure>
    }
}
