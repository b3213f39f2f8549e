//! The healing scene's frames: playback state, the frame clock and the
//! painter of what moves, outside the Yew tree.
//!
//! Yew renders the scene's structure and everything that changes a few
//! times per phase ([`Shown`]: captions, phase list, controls, labels).
//! Each frame only advances the playback and writes the attributes that
//! moved (positions, opacities, the scar floor, the time and the
//! scrubber) to the nodes Yew rendered; Yew renders again only when what
//! it shows changes. The positions come from `timeline::state_at`, as
//! before: only how a frame reaches the DOM differs.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use web_sys::Element;
use yew::Callback;

use super::draw::n;
use super::healing_parts::{label_slots, FIBRES};
use crate::app::hooks::healing::Playing;
use crate::core::catalog::Catalog;
use crate::core::playback::{Playback, PlaybackAction, Shown};
use crate::core::scene::{
    closed_path_d, dermis_outline, epidermis_outline, fixed, surface_risen, ScarShape, DERMIS_BOTTOM_MM,
};
use crate::core::timeline::{state_at, Phase, SceneInput, SceneState, TimeLabel, MAX_CELLS, MAX_NEW_VESSELS};
use crate::platform::frame::FrameClock;
use crate::platform::paint::{element_children, find, Painted};
use crate::platform::visibility::page_hidden;

/// The longest step the clock may take in one frame. After a stall (a
/// busy main thread) the animation continues instead of jumping ahead.
const MAX_FRAME_MS: f64 = 100.0;

/// One healing scene's live state, shared by its component, its event
/// handlers and its frame clock.
pub type Shared = Rc<RefCell<Live>>;

/// Playback, the clock that advances it and the nodes it paints.
pub struct Live {
    playback: Playback,
    input: SceneInput,
    catalog: Rc<Catalog>,
    /// What the Yew tree was last asked to show.
    shown: Shown,
    /// Asks the component to render again (when `shown` changes).
    rerender: Option<Callback<()>>,
    /// Runs only while something moves; dropping it stops the frames.
    clock: Option<FrameClock>,
    /// Timestamp of the previous frame.
    last_ts: Option<f64>,
    /// The rendered nodes, from the last render.
    nodes: Option<Nodes>,
}

impl Live {
    /// A scene showing `playback`, painting nothing until bound;
    /// `rerender` asks its component to render again.
    pub fn new(playback: Playback, input: SceneInput, catalog: Rc<Catalog>, rerender: Callback<()>) -> Self {
        Live {
            playback,
            input,
            catalog,
            shown: playback.shown(),
            rerender: Some(rerender),
            clock: None,
            last_ts: None,
            nodes: None,
        }
    }

    /// What the component renders.
    pub fn shown(&self) -> Shown {
        self.shown
    }

    /// The state of the current frame.
    pub fn state(&self) -> SceneState {
        state_at(self.playback.t, &self.input)
    }
}

/// Applies a visitor's action (or a frame's `Tick`), paints the result,
/// starts or stops the clock, and asks Yew to render only if what it shows
/// has changed.
pub fn act(live: &Shared, action: PlaybackAction) {
    let rerender = {
        // Every caller is a separate browser task, so the state is never
        // borrowed here already; if it were, dropping the action is safer
        // than a panic.
        let Ok(mut me) = live.try_borrow_mut() else { return };
        if let (PlaybackAction::Seek(_), Some(nodes)) = (action, me.nodes.as_mut()) {
            // The visitor moved the scrubber: its value is theirs now.
            if let Some(s) = nodes.scrubber.as_mut() {
                s.forget();
            }
        }
        me.playback = me.playback.apply(action);
        me.paint();
        if me.playback.needs_frames() && !page_hidden() {
            if me.clock.is_none() {
                me.clock = start_clock(Rc::downgrade(live));
            }
        } else {
            // May run inside the clock's own callback: the guard allows it
            // (the browser frees the callback once it returns).
            me.clock = None;
            me.last_ts = None;
        }
        let shown = me.playback.shown();
        if shown == me.shown {
            None
        } else {
            me.shown = shown;
            me.rerender.clone()
        }
    };
    if let Some(r) = rerender {
        r.emit(());
    }
}

/// The frame clock, holding only a weak link to the scene so that
/// unmounting frees both.
fn start_clock(live: Weak<RefCell<Live>>) -> Option<FrameClock> {
    FrameClock::start(move |ts| {
        let Some(live) = live.upgrade() else { return };
        let dt = {
            let Ok(mut me) = live.try_borrow_mut() else { return };
            let dt = me.last_ts.map_or(0.0, |prev| (ts - prev).clamp(0.0, MAX_FRAME_MS));
            me.last_ts = Some(ts);
            dt
        };
        act(&live, PlaybackAction::Tick(dt));
    })
}

/// After each render: takes the scene's new nodes from under `figure`,
/// the current inputs, and paints every moving attribute afresh (Yew may
/// have replaced nodes, and it never writes what is painted here).
pub fn bind(live: &Shared, figure: &Element, input: SceneInput, catalog: Rc<Catalog>) {
    let Ok(mut me) = live.try_borrow_mut() else { return };
    me.input = input;
    me.catalog = catalog;
    me.nodes = Nodes::find(figure, me.shown.phase);
    me.paint();
}

/// Stops the clock and forgets the nodes (the scene is unmounting).
pub fn stop(live: &Shared) {
    if let Ok(mut me) = live.try_borrow_mut() {
        me.clock = None;
        me.nodes = None;
        me.rerender = None;
    }
}

/// What the healing clock hook (`app::hooks::healing`) drives.
impl Playing for Shared {
    fn act(&self, action: PlaybackAction) {
        act(self, action);
    }

    fn stop(&self) {
        stop(self);
    }
}

impl Live {
    /// Writes the current frame into the bound nodes.
    fn paint(&mut self) {
        let st = self.state();
        let scar = self.input.scar;
        let catalog = self.catalog.clone();
        if let Some(nodes) = self.nodes.as_mut() {
            nodes.paint(&st, scar, &catalog);
        }
    }
}

/// The nodes a frame writes to, in the order the scene renders them.
struct Nodes {
    /// Type III and type I fibre of each row.
    fibres: Vec<(Painted, Painted)>,
    vessels: Vec<Painted>,
    gap: Painted,
    channel: Painted,
    clot: Painted,
    growth: Painted,
    blood: Painted,
    cells: Vec<Painted>,
    /// The labels drawn, and the phase whose slots they sit in.
    labels: Vec<Painted>,
    labels_phase: Phase,
    dermis: Painted,
    epidermis: Painted,
    time: Painted,
    scrubber: Option<Painted>,
    /// The floor rise the skin paths were last drawn for, in thousandths.
    rise_um: Option<u32>,
    /// The time label last written.
    label: Option<TimeLabel>,
}

impl Nodes {
    /// Finds the scene's nodes under `figure`. `None` (with a warning) if
    /// the rendered structure is not the expected one: then frames paint
    /// nothing, and the still picture stays.
    fn find(figure: &Element, phase: Phase) -> Option<Nodes> {
        let found = Self::find_all(figure, phase);
        if found.is_none() {
            gloo::console::warn!("healing diagram: drawing nodes not found; the picture will not move");
        }
        found
    }

    fn find_all(figure: &Element, phase: Phase) -> Option<Nodes> {
        let overlay = find(figure, ".mg-dia__overlay")?;
        let mut kids = element_children(&overlay).into_iter();
        let mut take = |count: usize| -> Option<Vec<Painted>> {
            let v: Vec<Painted> = kids.by_ref().take(count).map(Painted::new).collect();
            (v.len() == count).then_some(v)
        };
        let mut fibre_nodes = take(2 * FIBRES)?.into_iter();
        let mut fibres = Vec::with_capacity(FIBRES);
        while let (Some(a), Some(b)) = (fibre_nodes.next(), fibre_nodes.next()) {
            fibres.push((a, b));
        }
        let vessels = take(usize::from(MAX_NEW_VESSELS))?;
        let mut parts = take(5)?.into_iter();
        let (gap, channel, clot, growth, blood) = (
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
        );
        let cells = take(MAX_CELLS)?;
        let labels = match kids.next() {
            Some(group) => element_children(&group).into_iter().map(Painted::new).collect(),
            None => Vec::new(),
        };
        let skin = find(figure, ".mg-dia__skin")?;
        Some(Nodes {
            fibres,
            vessels,
            gap,
            channel,
            clot,
            growth,
            blood,
            cells,
            labels,
            labels_phase: phase,
            dermis: Painted::new(find(&skin, ".mg-dia__dermis")?),
            epidermis: Painted::new(find(&skin, ".mg-dia__epidermis")?),
            time: Painted::new(find(figure, ".mg-dia__time")?),
            scrubber: find(figure, ".mg-dia__scrubber").map(Painted::new),
            rise_um: None,
            label: None,
        })
    }

    /// Writes one frame: the same drawing the scene used to re-render,
    /// attribute by attribute, touching only values that changed.
    fn paint(&mut self, st: &SceneState, scar: Option<ScarShape>, catalog: &Catalog) {
        // The focus channel's centre depends only on the scene's input (the
        // scar and the needle depth), which a new render rebinds afresh; so
        // the paths below are keyed by what moves during playback.
        let cx = st.focus_x;
        let ch = st.channel;

        // New collagen: thin wavy type III and thick straight type I
        // fibres across the repair zone under the channel.
        let (x0, x1) = (cx - 1.6, cx + 1.6);
        for (i, (wavy, straight)) in self.fibres.iter_mut().enumerate() {
            let y = ch.y + 0.35 + 0.3 * i as f64;
            wavy.derived("d", y, || {
                format!(
                    "M{} {}q0.2 -0.12 0.4 0t0.4 0t0.4 0t0.4 0t0.4 0t0.4 0t0.4 0t0.4 0",
                    n(x0),
                    n(y)
                )
            });
            wavy.num("opacity", st.collagen_iii);
            straight.derived("d", y, || format!("M{} {}H{}", n(x0), n(y + 0.1), n(x1)));
            straight.num("opacity", st.collagen_i_share);
        }
        // New vessels grow up from the deep dermis towards the channel.
        for (i, vessel) in self.vessels.iter_mut().enumerate() {
            let on = i < usize::from(st.new_vessels);
            vessel.shown(on);
            if on {
                let side = if i % 2 == 0 { -1.0 } else { 1.0 };
                let x = cx + side * (0.5 + 0.35 * (i / 2) as f64);
                let top = DERMIS_BOTTOM_MM - 0.1 - 1.4 * st.vessel_growth;
                vessel.derived("d", top, || {
                    format!(
                        "M{} {}Q{} {} {} {}",
                        n(x),
                        n(DERMIS_BOTTOM_MM - 0.05),
                        n(x + side * 0.25),
                        n((top + DERMIS_BOTTOM_MM) * 0.5),
                        n(x - side * 0.1),
                        n(top)
                    )
                });
            }
        }
        // The barrier gap: the epidermis is open above the channel until it recovers.
        let gap = (1.0 - st.barrier).clamp(0.0, 1.0) * 0.3;
        self.gap.num("x", cx - gap / 2.0);
        self.gap.num("y", ch.y - 0.01);
        self.gap.num("width", gap);
        self.channel.num("x", ch.x);
        self.channel.num("y", ch.y);
        self.channel.num("width", ch.w);
        self.channel.num("height", ch.h);
        self.clot.num("x", cx - 0.06);
        self.clot.num("y", ch.y);
        self.clot.num("height", ch.h * 0.6);
        self.clot.num("opacity", st.clot_opacity);
        self.growth.num("cx", cx);
        self.growth.num("cy", ch.y + ch.h * 0.4);
        self.growth.num("opacity", st.growth_factors * 0.6);
        self.blood.num("cx", cx);
        self.blood.num("cy", ch.y - 0.08);
        self.blood.num("opacity", st.bleeding);
        for (node, c) in self.cells.iter_mut().zip(st.cells.iter()) {
            let on = c.shown();
            node.shown(on);
            if on {
                node.num("cx", c.at.x);
                node.num("cy", c.at.y);
                node.num("opacity", c.opacity);
            }
        }
        for (node, slot) in self.labels.iter_mut().zip(label_slots(self.labels_phase)) {
            node.num("x", cx + slot.dx);
            node.num("y", slot.y_at(ch.y));
        }

        // The skin changes only while the scar floor rises, in whole
        // thousandths (finer than a pixel).
        let rise_um = (st.floor_rise * 1000.0).round() as u32;
        if self.rise_um != Some(rise_um) {
            self.rise_um = Some(rise_um);
            let surface = surface_risen(scar, f64::from(rise_um) / 1000.0);
            self.dermis.attr("d", &closed_path_d(&dermis_outline(&surface)));
            self.epidermis.attr("d", &closed_path_d(&epidermis_outline(&surface)));
        }
        if self.label != Some(st.label) {
            self.label = Some(st.label);
            let text = catalog.diagram.time.label(st.label);
            self.time.text(&text);
            if let Some(s) = self.scrubber.as_mut() {
                s.attr("aria-valuetext", &text);
            }
        }
        if let Some(s) = self.scrubber.as_mut() {
            s.value(&fixed(st.t, 1));
        }
    }
}
