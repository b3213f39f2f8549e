//! Scene 4: healing over time, the animated core scene.
//!
//! Yew renders the scene's structure and what changes a few times per
//! phase; the frames themselves (the frame clock, playback and the moving
//! attributes) run in [`super::live`], so a frame costs only what moves.

use std::cell::Cell;

use yew::prelude::*;

use super::controls::{controls, ControlsProps};
use super::draw::{self, n};
use super::healing_parts::{phase_labels, FIBRES};
use super::live::{self, Live};
use super::{scene_heading, SceneContext};
use crate::app::hooks::healing::use_healing_clock;
use crate::app::svg::{el, text};
use crate::core::catalog::{DiagramLabels, DiagramText, PhaseText};
use crate::core::playback::{Playback, PlaybackAction};
use crate::core::scene::{self, shapes_to_draw, NeedleTarget, ScarShape, Scene, Tissue};
use crate::core::timeline::{state_at, CellKind, Phase, SceneInput, MAX_NEW_VESSELS};
use crate::platform::motion::prefers_reduced_motion;

thread_local! {
    /// Counter behind [`renders`].
    static RENDERS: Cell<u32> = const { Cell::new(0) };
}

/// How many times a healing scene has rendered through Yew. Frames must
/// not add to it (tests/web_diagram.rs plays the scene and checks).
pub fn renders() -> u32 {
    RENDERS.with(Cell::get)
}

/// Properties of [`Healing`].
#[derive(Properties, PartialEq)]
pub struct HealingProps {
    /// Shared drawing context.
    pub ctx: SceneContext,
    /// Heading level of the scene title.
    pub level: u8,
    /// The visitor's shapes; the scene draws one of them.
    pub shapes: Vec<ScarShape>,
    /// What the needles are set up for (their depth).
    pub needle: NeedleTarget,
    /// Forced reduced-motion decision, or `None` to follow the browser.
    pub reduced_motion: Option<bool>,
}

/// The scar the healing scene draws: the widest sunken shape the visitor
/// has, because a rising floor is easiest to see on a wide scar. Raised
/// scars are not a microneedling target, so they are never shown healing.
pub fn healing_scar(shapes: &[ScarShape]) -> Option<ScarShape> {
    let drawn = shapes_to_draw(shapes);
    [ScarShape::Rolling, ScarShape::Boxcar, ScarShape::IcePick]
        .into_iter()
        .find(|s| drawn.contains(s))
}

/// Left edge and width of the healing view: 7 mm around the focus channel,
/// so a phone draws cells large enough to see.
const VIEW_LEFT: f64 = 1.5;
/// See [`VIEW_LEFT`].
const VIEW_MM: f64 = 7.0;

/// The labels of a phase: their text; the frames paint their place.
fn labels(phase: Phase, l: &DiagramLabels) -> Html {
    let texts = phase_labels(phase, l).map(|(slot, t)| {
        el(
            "text",
            &["text-anchor", "class"],
            &[slot.anchor.attr(), "mg-dia__label"],
            vec![text(t)],
        )
    });
    el("g", &["class"], &["mg-dia__labels"], texts.collect())
}

/// A hidden round cell of radius `r`.
fn dot(r: &str, class: &'static str) -> Html {
    el("circle", &["r", "display", "class"], &[r, "none", class], vec![])
}

/// The moving parts of the healing drawing, with only what never moves:
/// the frames write positions, sizes and opacities (see `live`), always
/// to the same nodes in this order.
fn drawing(ctx: &SceneContext, phase: Phase, input: &SceneInput) -> Vec<Html> {
    let p = ctx.prefix.as_str();
    // New collagen and vessels: their paths are painted by the frames.
    let line = |tissue: Tissue, class: &'static str| {
        let st = tissue.style();
        el(
            "path",
            &["fill", "stroke", "stroke-width", "class"],
            &["none", st.stroke, &n(st.stroke_mm), class],
            vec![],
        )
    };
    let mut parts = Vec::new();
    for _ in 0..FIBRES {
        parts.push(line(Tissue::CollagenIII, "mg-dia__collagen3"));
        parts.push(line(Tissue::CollagenI, "mg-dia__collagen1"));
    }
    let ves = Tissue::Vessel.style();
    let ves_width = n(ves.stroke_mm);
    for _ in 0..MAX_NEW_VESSELS {
        parts.push(el(
            "path",
            &["fill", "stroke", "stroke-width", "display", "class"],
            &["none", ves.stroke, &ves_width, "none", "mg-dia__new-vessel"],
            vec![],
        ));
    }
    parts.extend([
        // The barrier gap: the epidermis is open above the channel until it recovers.
        el(
            "rect",
            &["height", "class"],
            &[&n(scene::EPIDERMIS_MM + 0.02), "mg-dia__gap"],
            vec![],
        ),
        el("rect", &["class"], &["mg-dia__channel"], vec![]),
        el(
            "rect",
            &["width", "fill"],
            &["0.12", &draw::fill(p, Tissue::Clot)],
            vec![],
        ),
        el("circle", &["r", "class"], &["0.7", "mg-dia__growth"], vec![]),
        el("circle", &["r", "class"], &["0.09", "mg-dia__blood"], vec![]),
    ]);
    // Each dot keeps its kind for the whole timeline; hidden until shown.
    let kinds = state_at(0.0, input).cells.map(|c| c.kind);
    parts.extend(kinds.into_iter().map(|kind| match kind {
        CellKind::Fibroblast => el(
            "ellipse",
            &["rx", "ry", "display", "class"],
            &["0.16", "0.07", "none", "mg-dia__fibroblast"],
            vec![],
        ),
        CellKind::Platelet => dot("0.03", "mg-dia__platelet"),
        CellKind::Neutrophil => dot("0.06", "mg-dia__neutrophil"),
        CellKind::Macrophage => dot("0.1", "mg-dia__macrophage"),
    }));
    if ctx.labels {
        parts.push(labels(phase, &ctx.catalog.diagram.labels));
    }
    parts
}

/// The healing scene with its playback controls and phase list.
#[component]
pub fn Healing(props: &HealingProps) -> Html {
    RENDERS.with(|c| c.set(c.get().wrapping_add(1)));
    let ctx = &props.ctx;
    let t = &ctx.catalog.diagram;
    let text = t.scene(Scene::Healing);
    let p = ctx.prefix.as_str();
    let forced = props.reduced_motion;
    let input = SceneInput {
        scar: healing_scar(&props.shapes),
        needle_depth_mm: props.needle.depth_mm(),
    };
    // Yew renders again only when the live scene says what it shows changed.
    let redraw = use_force_update();
    let live = {
        let catalog = ctx.catalog.clone();
        use_mut_ref(move || {
            let playback = Playback::new(forced.unwrap_or_else(prefers_reduced_motion));
            Live::new(
                playback,
                input,
                catalog,
                Callback::from(move |()| redraw.force_update()),
            )
        })
    };
    let root = use_node_ref();
    // One callback for every control, made once: its clones are cheap.
    let on_action = {
        let live = live.clone();
        use_callback((), move |a: PlaybackAction, _| live::act(&live, a))
    };

    // The clock: the frames paint into the nodes each render made, with
    // the current inputs and wording, follow the motion preference, pause
    // when unseen and stop on unmount.
    let stage = use_node_ref();
    {
        let catalog = ctx.catalog.clone();
        let bound = live.clone();
        use_healing_clock(live.clone(), root.clone(), stage.clone(), forced, move |figure| {
            live::bind(&bound, figure, input, catalog)
        });
    }

    let shown = live
        .try_borrow()
        .map(|l| l.shown())
        .unwrap_or_else(|_| Playback::new(true).shown());
    let phase = shown.phase;
    let cap_id = format!("{p}-cap-healing");
    let view_box = draw::cropped_view_box(VIEW_LEFT, VIEW_MM);
    let layer = |class: &'static str, parts: Vec<Html>| {
        el(
            "svg",
            &["viewBox", "focusable", "class"],
            &[&view_box, "false", class],
            parts,
        )
    };
    let skin = layer(
        "mg-dia__svg",
        vec![
            draw::defs(p),
            draw::skin_unpainted(p, ctx.tone),
            draw::scale_bar(VIEW_LEFT, &t.controls.scale_bar),
        ],
    );
    let overlay = layer("mg-dia__svg mg-dia__overlay", drawing(ctx, phase, &input));

    html! {
        <figure class="mg-dia__figure mg-dia__healing" ref={root}
            data-reduced-motion={if shown.reduced_motion { "true" } else { "false" }}
            data-playing={if shown.playing { "true" } else { "false" }}>
            { scene_heading(props.level, &text.title) }
            <p class="mg-dia__caption">{ text.caption.clone() }</p>
            <div class="mg-dia__stage" ref={stage}>
                // The biological time: written by the frames.
                <p class="mg-dia__time" aria-hidden="true"></p>
                // Two layers: the skin below changes only while the scar
                // floor rises; the cells, channel and labels above move every
                // frame in their own compositing layer, so the browser does
                // not repaint the patterned skin on each frame.
                <div class="mg-dia__layers" role="img" aria-label={text.title.clone()} aria-describedby={cap_id.clone()}>
                    { skin }
                    { overlay }
                </div>
            </div>
            { controls(&ControlsProps { catalog: ctx.catalog.clone(), shown, on_action: on_action.clone(), prefix: ctx.prefix.clone() }) }
            { phase_text(t.phase(phase), &cap_id) }
            { phase_list(t, phase, &on_action) }
        </figure>
    }
}

/// The phase's name, timing and caption in a polite live region (the
/// drawing's description). Its text changes only with the phase, so the
/// renders between phases write nothing and screen readers speak only
/// when the phase changes.
fn phase_text(pt: &PhaseText, id: &str) -> Html {
    html! {
        <div class="mg-dia__live" id={id.to_owned()} aria-live="polite" aria-atomic="true">
            <p class="mg-dia__live-name">{ format!("{}: {}", pt.name, pt.when) }</p>
            <p class="mg-dia__live-caption">{ pt.caption.clone() }</p>
        </div>
    }
}

/// The list of phases with the current one marked `aria-current="step"`;
/// each entry jumps to that phase's still frame.
fn phase_list(t: &DiagramText, phase: Phase, on_action: &Callback<PlaybackAction>) -> Html {
    let items = Phase::ALL.iter().map(|&ph| {
        let current = ph == phase;
        let onclick = on_action.reform(move |_: MouseEvent| PlaybackAction::GoTo(ph));
        let pt = t.phase(ph);
        html! {
            <li class={classes!("mg-dia__phase", current.then_some("mg-dia__phase--current"))}
                aria-current={current.then_some("step")} data-phase={ph.key()}>
                <button type="button" class="mg-dia__phase-btn" {onclick}>
                    <span class="mg-dia__phase-name">{ pt.name.clone() }</span>
                    <span class="mg-dia__phase-when">{ pt.when.clone() }</span>
                </button>
            </li>
        }
    });
    html! {
        <ol class="mg-dia__phases" aria-label={t.controls.phases.clone()}>{ for items }</ol>
    }
}
