//! Scene 4: healing over time, the animated core scene.
//!
//! Playback state lives in a reducer over `core::playback`. The frame clock
//! runs only while something moves, and its callback only sends `Tick`;
//! drawing maps `timeline::state_at(t)` to SVG attributes.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::controls::Controls;
use super::draw::{self, label, n, Anchor};
use super::{scene_heading, SceneContext};
use crate::core::catalog::{Catalog, DiagramLabels};
use crate::core::playback::{Playback, PlaybackAction};
use crate::core::scene::{
    self, shapes_to_draw, surface_risen, NeedleTarget, ScarShape, Scene, SkinTone, Tissue,
    DERMIS_BOTTOM_MM,
};
use crate::core::timeline::{state_at, CellKind, Phase, SceneInput, SceneState};
use crate::platform::frame::FrameClock;
use crate::platform::motion::{prefers_reduced_motion, MotionListener};
use crate::platform::visibility::{page_hidden, InView, PageVisibility};

/// The longest step the clock may take in one frame. After a stall (a
/// busy main thread) the animation continues instead of jumping ahead.
const MAX_FRAME_MS: f64 = 100.0;

/// [`Playback`] as a Yew reducer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaybackState(pub Playback);

impl Reducible for PlaybackState {
    type Action = PlaybackAction;

    fn reduce(self: Rc<Self>, action: PlaybackAction) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(PlaybackState(next))
        }
    }
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

/// Where a label sits: x, y and how its text hangs from that point.
type Slot = (f64, f64, Anchor);

/// Labels of the healing scene. Each phase names what matters in it, in
/// fixed slots around the channel, so labels never overlap one another and
/// change only when the phase does (not every frame). They are drawn at
/// full strength: fading text would lose contrast.
fn labels(st: &SceneState, l: &DiagramLabels) -> Html {
    let cx = st.focus_x;
    let top = st.channel.y;
    // Slots: above the skin (long names), left of the channel near the
    // surface, right upper, left lower, right lower.
    let above = (cx, -0.55, Anchor::Middle);
    let left_up = (cx - 0.3, top - 0.12, Anchor::End);
    let right_up = (cx + 0.35, top + 0.6, Anchor::Start);
    let left_low = (cx - 0.35, top + 1.05, Anchor::End);
    let right_low = (cx + 0.35, top + 1.5, Anchor::Start);
    let set: [Option<(Slot, &str)>; 4] = match st.phase {
        Phase::Injury => [
            Some((above, &l.growth_factors)),
            Some((left_up, &l.bleeding)),
            Some((right_up, &l.platelet)),
            Some((left_low, &l.clot)),
        ],
        Phase::BarrierCloses => [
            Some((above, &l.growth_factors)),
            Some((right_up, &l.needle_channel)),
            Some((left_low, &l.clot)),
            None,
        ],
        Phase::Inflammation => [
            Some((right_up, &l.neutrophils)),
            Some((right_low, &l.macrophages)),
            None,
            None,
        ],
        Phase::Proliferation => [
            Some((above, &l.collagen_iii)),
            Some((left_low, &l.fibroblast)),
            Some((right_low, &l.new_vessels)),
            None,
        ],
        Phase::Remodelling => [
            Some((above, &l.collagen_i)),
            Some((left_up, &l.scar_floor)),
            None,
            None,
        ],
    };
    html! {
        <g class="mg-dia__labels">
            { for set.iter().flatten().map(|&((x, y, anchor), text)| label(x, y, anchor, text)) }
        </g>
    }
}

/// The drawing of one healing frame: a pure mapping from `SceneState`.
fn drawing(ctx: &SceneContext, st: &SceneState) -> Html {
    let p = ctx.prefix.as_str();
    let cx = st.focus_x;
    let ch = st.channel;
    let ves = Tissue::Vessel.style();
    let c3 = Tissue::CollagenIII.style();
    let c1 = Tissue::CollagenI.style();
    // New vessels grow up from the deep dermis towards the channel.
    let vessels = (0..st.new_vessels).map(|i| {
        let side = if i % 2 == 0 { -1.0 } else { 1.0 };
        let x = cx + side * (0.5 + 0.35 * f64::from(i / 2));
        let top = DERMIS_BOTTOM_MM - 0.1 - 1.4 * st.vessel_growth;
        html! {
            <path class="mg-dia__new-vessel" d={format!("M{} {}Q{} {} {} {}", n(x), n(DERMIS_BOTTOM_MM - 0.05), n(x + side * 0.25), n((top + DERMIS_BOTTOM_MM) * 0.5), n(x - side * 0.1), n(top))}
                fill="none" stroke={ves.stroke} stroke-width={n(ves.stroke_mm)} />
        }
    });
    // New collagen: thin wavy type III and thick straight type I fibres
    // across the repair zone under the channel.
    let fibres = (0..5).map(|i| {
        let y = ch.y + 0.35 + 0.3 * f64::from(i);
        let (x0, x1) = (cx - 1.6, cx + 1.6);
        let wavy = format!(
            "M{} {}q0.2 -0.12 0.4 0t0.4 0t0.4 0t0.4 0t0.4 0t0.4 0t0.4 0t0.4 0",
            n(x0), n(y)
        );
        let straight = format!("M{} {}H{}", n(x0), n(y + 0.1), n(x1));
        html! {
            <>
                <path class="mg-dia__collagen3" d={wavy} fill="none" stroke={c3.stroke}
                    stroke-width={n(c3.stroke_mm)} opacity={n(st.collagen_iii)} />
                <path class="mg-dia__collagen1" d={straight} fill="none" stroke={c1.stroke}
                    stroke-width={n(c1.stroke_mm)} opacity={n(st.collagen_i_share)} />
            </>
        }
    });
    let cells = st.cells.iter().enumerate().filter(|(_, c)| c.opacity > 0.0).map(|(i, c)| {
        let (class, r) = match c.kind {
            CellKind::Platelet => ("mg-dia__platelet", 0.03),
            CellKind::Neutrophil => ("mg-dia__neutrophil", 0.06),
            CellKind::Macrophage => ("mg-dia__macrophage", 0.1),
            CellKind::Fibroblast => ("mg-dia__fibroblast", 0.0),
        };
        if c.kind == CellKind::Fibroblast {
            html! { <ellipse key={i} class={class} cx={n(c.at.x)} cy={n(c.at.y)} rx="0.16" ry="0.07" opacity={n(c.opacity)} /> }
        } else {
            html! { <circle key={i} class={class} cx={n(c.at.x)} cy={n(c.at.y)} r={n(r)} opacity={n(c.opacity)} /> }
        }
    });
    let gap = (1.0 - st.barrier).clamp(0.0, 1.0) * 0.3;
    html! {
        <>
            { for fibres }
            { for vessels }
            // The barrier gap: the epidermis is open above the channel until it recovers.
            <rect class="mg-dia__gap" x={n(cx - gap / 2.0)} y={n(ch.y - 0.01)} width={n(gap)} height={n(scene::EPIDERMIS_MM + 0.02)} />
            <rect class="mg-dia__channel" x={n(ch.x)} y={n(ch.y)} width={n(ch.w)} height={n(ch.h)} />
            <rect x={n(cx - 0.06)} y={n(ch.y)} width="0.12" height={n(ch.h * 0.6)}
                fill={draw::fill(p, Tissue::Clot)} opacity={n(st.clot_opacity)} />
            <circle class="mg-dia__growth" cx={n(cx)} cy={n(ch.y + ch.h * 0.4)} r="0.7" opacity={n(st.growth_factors * 0.6)} />
            <circle class="mg-dia__blood" cx={n(cx)} cy={n(ch.y - 0.08)} r="0.09" opacity={n(st.bleeding)} />
            { for cells }
            if ctx.labels { { labels(st, &ctx.catalog.diagram.labels) } }
        </>
    }
}

/// The healing scene with its playback controls and phase list.
#[component]
pub fn Healing(props: &HealingProps) -> Html {
    let ctx = &props.ctx;
    let t = &ctx.catalog.diagram;
    let text = t.scene(Scene::Healing);
    let p = ctx.prefix.as_str();
    let forced = props.reduced_motion;
    let playback = use_reducer(|| PlaybackState(Playback::new(forced.unwrap_or_else(prefers_reduced_motion))));
    let root = use_node_ref();
    // A stable callback (same identity every frame), so the phase list's
    // props compare equal and it skips re-rendering between phases.
    let on_action = {
        let dispatcher = playback.dispatcher();
        use_callback((), move |a: PlaybackAction, _| dispatcher.dispatch(a))
    };

    // Follow changes of the motion preference unless it is forced.
    {
        let dispatcher = playback.dispatcher();
        use_effect_with(forced, move |forced| {
            let guard = match forced {
                Some(on) => {
                    dispatcher.dispatch(PlaybackAction::SetReducedMotion(*on));
                    None
                }
                None => MotionListener::new(move |on| dispatcher.dispatch(PlaybackAction::SetReducedMotion(on))),
            };
            move || drop(guard)
        });
    }
    // Pause when the drawing leaves the viewport or the page is hidden:
    // nobody should miss a phase they could not see.
    {
        let dispatcher = playback.dispatcher();
        let root = root.clone();
        use_effect_with((), move |_| {
            let pause = dispatcher.clone();
            let in_view = root.cast::<web_sys::Element>().and_then(|el| {
                InView::observe(&el, move |visible| {
                    if !visible {
                        pause.dispatch(PlaybackAction::Pause);
                    }
                })
            });
            let page = PageVisibility::new(move |hidden| {
                if hidden {
                    dispatcher.dispatch(PlaybackAction::Pause);
                }
            });
            move || drop((in_view, page))
        });
    }
    // The one frame clock: runs only while playing or easing a phase step.
    {
        let dispatcher = playback.dispatcher();
        let needs = playback.0.needs_frames();
        use_effect_with(needs, move |&needs| {
            let clock = if needs && !page_hidden() {
                let last = Cell::new(None::<f64>);
                FrameClock::start(move |ts| {
                    let dt = last.get().map_or(0.0, |prev| (ts - prev).clamp(0.0, MAX_FRAME_MS));
                    last.set(Some(ts));
                    dispatcher.dispatch(PlaybackAction::Tick(dt));
                })
            } else {
                None
            };
            move || drop(clock)
        });
    }

    let scar = healing_scar(&props.shapes);
    let input = SceneInput { scar, needle_depth_mm: props.needle.depth_mm() };
    let st = state_at(playback.0.t, &input);
    let phase = st.phase;
    let time_text = st.label.format(&t.time);
    let cap_id = format!("{p}-cap-healing");

    html! {
        <figure class="mg-dia__figure mg-dia__healing"
            data-reduced-motion={if playback.0.reduced_motion { "true" } else { "false" }}
            data-playing={if playback.0.playing { "true" } else { "false" }}>
            { scene_heading(props.level, &text.title) }
            <p class="mg-dia__caption">{ text.caption.clone() }</p>
            <div class="mg-dia__stage" ref={root}>
                <p class="mg-dia__time" aria-hidden="true">{ time_text.clone() }</p>
                // Two layers: the skin below changes only while the scar
                // floor rises; the cells, channel and labels above move every
                // frame in their own compositing layer, so the browser does
                // not repaint the patterned skin on each frame.
                <div class="mg-dia__layers" role="img" aria-label={text.title.clone()} aria-describedby={cap_id.clone()}>
                    <svg class="mg-dia__svg" viewBox={draw::cropped_view_box(VIEW_LEFT, VIEW_MM)} focusable="false">
                        <Skin prefix={ctx.prefix.clone()} tone={ctx.tone} {scar} rise_um={(st.floor_rise * 1000.0).round() as u32} />
                        { draw::scale_bar(VIEW_LEFT, &t.controls.scale_bar) }
                    </svg>
                    <svg class="mg-dia__svg mg-dia__overlay" viewBox={draw::cropped_view_box(VIEW_LEFT, VIEW_MM)} focusable="false">
                        { drawing(ctx, &st) }
                    </svg>
                </div>
            </div>
            <Controls catalog={ctx.catalog.clone()} playback={playback.0} time_text={time_text}
                on_action={on_action.clone()} prefix={ctx.prefix.clone()} />
            <PhaseText catalog={ctx.catalog.clone()} {phase} id={cap_id} />
            <PhaseList catalog={ctx.catalog.clone()} {phase} {on_action} />
        </figure>
    }
}

/// Properties of the parts that change only with the phase.
#[derive(Properties, PartialEq)]
pub struct PhaseProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// The phase on show.
    pub phase: Phase,
    /// Element id (the live region is the drawing's description).
    #[prop_or_default]
    pub id: AttrValue,
    /// Sends the visitor's jumps (phase list only).
    #[prop_or_default]
    pub on_action: Callback<PlaybackAction>,
}

/// The phase's name, timing and caption in a polite live region. Its own
/// component with equal-compared props, so it re-renders (and screen
/// readers speak) only when the phase changes, never every frame.
#[component]
pub fn PhaseText(props: &PhaseProps) -> Html {
    let pt = props.catalog.diagram.phase(props.phase);
    html! {
        <div class="mg-dia__live" id={props.id.clone()} aria-live="polite" aria-atomic="true">
            <p class="mg-dia__live-name">{ format!("{}: {}", pt.name, pt.when) }</p>
            <p class="mg-dia__live-caption">{ pt.caption.clone() }</p>
        </div>
    }
}

/// The list of phases with the current one marked `aria-current="step"`;
/// each entry jumps to that phase's still frame.
#[component]
pub fn PhaseList(props: &PhaseProps) -> Html {
    let t = &props.catalog.diagram;
    let items = Phase::ALL.iter().map(|&ph| {
        let current = ph == props.phase;
        let onclick = props.on_action.reform(move |_: MouseEvent| PlaybackAction::GoTo(ph));
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

/// Properties of [`Skin`].
#[derive(Properties, PartialEq)]
pub struct SkinProps {
    /// Instance-unique id prefix (for the patterns).
    pub prefix: AttrValue,
    /// Epidermis colour.
    pub tone: SkinTone,
    /// The scar drawn, if any.
    pub scar: Option<ScarShape>,
    /// Floor rise in thousandths: whole steps, so equal frames compare
    /// equal and the layer is not rebuilt.
    pub rise_um: u32,
}

/// The patterns and skin layers of the healing scene, as a component so
/// they are rebuilt only when the floor has visibly risen.
#[component]
pub fn Skin(props: &SkinProps) -> Html {
    let rise = f64::from(props.rise_um) / 1000.0;
    html! {
        <>
            { draw::defs(&props.prefix) }
            { draw::skin(&props.prefix, &surface_risen(props.scar, rise), props.tone) }
        </>
    }
}
