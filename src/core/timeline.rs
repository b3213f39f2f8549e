//! The healing timeline: what the animated healing scene shows at any moment.
//!
//! Two clocks are involved. The *playback clock* runs in seconds of
//! animation, from 0 to [`DURATION`]; every phase gets the same
//! [`PHASE_SECONDS`] so each is long enough to follow. The *biological clock*
//! is the time since treatment that the picture stands for, from one second
//! to a year (fact base §4). Because that span is huge, playback maps to
//! biological time logarithmically inside each phase: continuous, strictly
//! increasing, and exact at phase boundaries.
//!
//! [`state_at`] turns a playback time into a plain [`SceneState`] (levels,
//! counts and positions) by easing between fixed keyframes. It allocates
//! nothing: the state is `Copy` with fixed-size arrays, so a component can
//! call it every animation frame.

use super::scene::{self, Pt, Rect, ScarShape, CHANNEL_WIDTH_MM, DERMIS_BOTTOM_MM, EPIDERMIS_MM, PANEL_WIDTH_MM};

/// Playback seconds given to each phase: long enough to read the caption
/// and watch the change, short enough to keep attention.
pub const PHASE_SECONDS: f64 = 5.0;
/// Total playback length of the healing scene.
pub const DURATION: f64 = PHASE_SECONDS * Phase::ALL.len() as f64;
/// Suggested length of an eased jump when the visitor presses "next" or
/// "previous" (design: phase changes about 400-800 ms, eased).
pub const PHASE_TRANSITION_MS: u32 = 600;
/// The most any scar floor rises by the end of the year after the one
/// session this scene shows, as a share of its depth. Deliberately small:
/// results build over 3 to 6 sessions and months (fact base §3), and one
/// session is not shown to lift a scar by much. See [`floor_lift_at_end`].
pub const FLOOR_LIFT_AT_END: f64 = 0.12;

/// How far one session lifts this scar's floor by the end of the year, as a
/// share of its depth: a little for rolling scars (the best responders) and
/// boxcar scars, hardly at all for ice pick scars (the poorest, fact base
/// §1), and nothing for raised scars or flat skin.
pub fn floor_lift_at_end(scar: Option<ScarShape>) -> f64 {
    match scar {
        Some(ScarShape::Rolling) => FLOOR_LIFT_AT_END,
        Some(ScarShape::Boxcar) => 0.1,
        Some(ScarShape::IcePick) => 0.03,
        Some(ScarShape::Raised) | None => 0.0,
    }
}

/// How far the needles reach into the wall of an ice pick scar in the
/// healing scene. A needle's depth is set from the skin around a scar, so
/// it does not reach the floor of a scar deeper than its setting: the focus
/// channel is drawn where the V's wall is this much shallower than the
/// needle depth, close to the floor.
pub const WALL_REACH_MM: f64 = 0.3;

/// Seconds in a day, for the biological clock.
const DAY: f64 = 86_400.0;

/// The healing phases, in order (fact base §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    /// Seconds to minutes: pinpoint bleeding, platelets, clot, growth factors.
    Injury,
    /// Hours to about 3 days: channels close and the skin barrier recovers.
    BarrierCloses,
    /// The first days: neutrophils, then macrophages.
    Inflammation,
    /// Day 2-3 to weeks: fibroblasts, new vessels, thin type III collagen.
    Proliferation,
    /// Weeks to 12 months and more: type I replaces type III; the floor rises.
    Remodelling,
}

/// Biological time (seconds since treatment) at each phase boundary:
/// 1 s, 1 h, 1 day, 3 days, 4 weeks, 1 year. The real phases overlap
/// (inflammation starts within hours); the drawing shows them in sequence
/// and the captions say that they overlap.
const BIO_BOUNDS: [f64; 6] = [1.0, 3_600.0, DAY, 3.0 * DAY, 28.0 * DAY, 365.0 * DAY];

impl Phase {
    /// Every phase in order.
    pub const ALL: [Phase; 5] = [
        Phase::Injury,
        Phase::BarrierCloses,
        Phase::Inflammation,
        Phase::Proliferation,
        Phase::Remodelling,
    ];

    /// Position in [`Phase::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable key of the phase's text in the catalog.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Injury => "injury",
            Phase::BarrierCloses => "barrier",
            Phase::Inflammation => "inflammation",
            Phase::Proliferation => "proliferation",
            Phase::Remodelling => "remodelling",
        }
    }

    /// Playback time at which the phase starts.
    pub fn start(self) -> f64 {
        self.index() as f64 * PHASE_SECONDS
    }

    /// Playback time at which the phase ends (the next one's start).
    pub fn end(self) -> f64 {
        (self.index() + 1) as f64 * PHASE_SECONDS
    }

    /// A playback time that shows the phase well, for a still picture when
    /// the visitor prefers reduced motion.
    pub fn representative_time(self) -> f64 {
        self.start() + 0.6 * PHASE_SECONDS
    }

    /// The following phase, if any.
    pub fn next(self) -> Option<Phase> {
        Phase::ALL.get(self.index() + 1).copied()
    }

    /// The preceding phase, if any.
    pub fn prev(self) -> Option<Phase> {
        self.index().checked_sub(1).and_then(|i| Phase::ALL.get(i).copied())
    }

    /// Biological time span of the phase, in seconds since treatment.
    pub fn biological_span(self) -> (f64, f64) {
        (BIO_BOUNDS[self.index()], BIO_BOUNDS[self.index() + 1])
    }
}

/// Clamps a playback time into `[0, DURATION]`; NaN becomes 0 so a broken
/// clock shows the start instead of panicking or drawing garbage.
pub fn clamp_time(t: f64) -> f64 {
    if t.is_nan() {
        0.0
    } else {
        t.clamp(0.0, DURATION)
    }
}

/// The phase shown at playback time `t` (clamped). A boundary belongs to the
/// phase that starts there; `DURATION` itself belongs to the last phase.
pub fn phase_at(t: f64) -> Phase {
    let t = clamp_time(t);
    let i = ((t / PHASE_SECONDS) as usize).min(Phase::ALL.len() - 1);
    Phase::ALL[i]
}

/// Progress through the current phase, 0 at its start and 1 at its end.
pub fn phase_progress(t: f64) -> f64 {
    let t = clamp_time(t);
    let p = phase_at(t);
    ((t - p.start()) / PHASE_SECONDS).clamp(0.0, 1.0)
}

/// Biological time in seconds since treatment at playback time `t`:
/// log-linear inside each phase, so each phase spends its playback evenly
/// across orders of magnitude (seconds, hours, days, months).
pub fn biological_seconds(t: f64) -> f64 {
    let t = clamp_time(t);
    if t >= DURATION {
        return BIO_BOUNDS[BIO_BOUNDS.len() - 1];
    }
    let p = phase_at(t);
    let (a, b) = p.biological_span();
    let u = phase_progress(t);
    if u <= 0.0 {
        return a;
    }
    within((a.ln() + (b.ln() - a.ln()) * u).exp(), a, b)
}

/// `v` limited to `[lo, hi]`, like `f64::clamp` but without its panic when
/// the bounds are not known at compile time: that panic's message formats
/// floats, which alone linked Rust's float formatter (about 6 KiB brotli)
/// into the wasm. Never panics; a NaN `v` gives `lo`.
pub fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// A biological time rounded for display. The UI formats it with the
/// matching pattern from the catalog (see `TimeFormats::label` in the catalog), so no
/// words live in the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeLabel {
    /// "{n} seconds" after treatment.
    Seconds(u32),
    /// "{n} minutes" after treatment.
    Minutes(u32),
    /// "{n} hours" after treatment.
    Hours(u32),
    /// "Day {n}".
    Days(u32),
    /// "Week {n}".
    Weeks(u32),
    /// "Month {n}".
    Months(u32),
}

impl TimeLabel {
    /// The label for `bio` seconds since treatment. Units switch where a
    /// reader would switch (48 hours reads better than "day 1"; after two
    /// weeks, weeks; after two months, months).
    pub fn from_biological_seconds(bio: f64) -> TimeLabel {
        let bio = if bio.is_nan() { 0.0 } else { bio.max(0.0) };
        let days = bio / DAY;
        // `as u32` saturates, so even an absurd input cannot wrap around.
        if bio < 60.0 {
            TimeLabel::Seconds((bio.floor() as u32).max(1))
        } else if bio < 3_600.0 {
            TimeLabel::Minutes((bio / 60.0).floor() as u32)
        } else if days < 2.0 {
            TimeLabel::Hours((bio / 3_600.0).floor() as u32)
        } else if days < 14.0 {
            TimeLabel::Days(days.floor() as u32)
        } else if days < 61.0 {
            TimeLabel::Weeks((days / 7.0).floor() as u32)
        } else {
            TimeLabel::Months((days / 30.4375).round() as u32)
        }
    }

    /// The number shown in the label.
    pub fn n(self) -> u32 {
        match self {
            TimeLabel::Seconds(n)
            | TimeLabel::Minutes(n)
            | TimeLabel::Hours(n)
            | TimeLabel::Days(n)
            | TimeLabel::Weeks(n)
            | TimeLabel::Months(n) => n,
        }
    }
}

/// The time label at playback time `t`.
pub fn biological_label(t: f64) -> TimeLabel {
    TimeLabel::from_biological_seconds(biological_seconds(t))
}

/// What the healing scene is drawn on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SceneInput {
    /// The scar whose floor rises, or `None` for flat skin.
    pub scar: Option<ScarShape>,
    /// Needle depth in millimetres (see `NeedleTarget::depth_mm`).
    pub needle_depth_mm: f64,
}

/// Kinds of cell dots drawn in the healing scene.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CellKind {
    /// Platelets, gathering in the channel to start a clot.
    Platelet,
    /// Neutrophils, the first cleaners.
    Neutrophil,
    /// Macrophages, which clear debris and signal repair.
    Macrophage,
    /// Fibroblasts, which lay down new collagen.
    Fibroblast,
}

/// Most dots of each kind ever drawn; fixed so [`SceneState`] needs no heap.
pub const MAX_PLATELETS: usize = 12;
/// See [`MAX_PLATELETS`].
pub const MAX_NEUTROPHILS: usize = 10;
/// See [`MAX_PLATELETS`].
pub const MAX_MACROPHAGES: usize = 6;
/// See [`MAX_PLATELETS`].
pub const MAX_FIBROBLASTS: usize = 8;
/// Size of [`SceneState::cells`].
pub const MAX_CELLS: usize = MAX_PLATELETS + MAX_NEUTROPHILS + MAX_MACROPHAGES + MAX_FIBROBLASTS;
/// Most new vessels drawn in the proliferation phase.
pub const MAX_NEW_VESSELS: u8 = 4;

/// One cell dot: where it is and how visible. Dots fade in and out one after
/// another, so counts change smoothly rather than popping.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CellDot {
    /// What kind of cell.
    pub kind: CellKind,
    /// Centre, in millimetres.
    pub at: Pt,
    /// 0 (hidden) to 1 (fully shown).
    pub opacity: f64,
}

impl CellDot {
    /// Whether the dot is worth drawing (opacity above 0). The healing scene
    /// keeps one node per dot in a fixed order and only hides the others, so
    /// the nodes stay stable from frame to frame.
    pub fn shown(&self) -> bool {
        self.opacity > 0.0
    }
}

/// Everything the healing scene needs to draw one frame. All levels are in
/// `[0, 1]` and are for drawing only: they are not measurements.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SceneState {
    /// The playback time this state is for, after clamping.
    pub t: f64,
    /// The phase shown.
    pub phase: Phase,
    /// Progress through that phase, 0..1.
    pub phase_progress: f64,
    /// Biological seconds since treatment.
    pub bio_seconds: f64,
    /// The time label to show.
    pub label: TimeLabel,
    /// Opacity of the pinpoint bleeding at the channel openings.
    pub bleeding: f64,
    /// Opacity of the fibrin clot in the channel.
    pub clot_opacity: f64,
    /// Opacity of the growth-factor signal (PDGF, FGF, TGF).
    pub growth_factors: f64,
    /// How open the channel is: 1 just made, 0 closed.
    pub channel_openness: f64,
    /// How far the skin barrier has recovered: 0 broken, 1 restored.
    pub barrier: f64,
    /// The focus channel at its current width (narrows as it closes).
    pub channel: Rect,
    /// Visible platelets (dots with any opacity).
    pub platelets: u8,
    /// Visible neutrophils.
    pub neutrophils: u8,
    /// Visible macrophages.
    pub macrophages: u8,
    /// Visible fibroblasts.
    pub fibroblasts: u8,
    /// Every possible cell dot; hidden ones have opacity 0.
    pub cells: [CellDot; MAX_CELLS],
    /// New vessels drawn (0..=[`MAX_NEW_VESSELS`]).
    pub new_vessels: u8,
    /// How far new vessels have grown: 0 none, 1 full length.
    pub vessel_growth: f64,
    /// Amount of thin, wavy type III collagen drawn (0 at the end: by then
    /// it has been replaced).
    pub collagen_iii: f64,
    /// Share of the new collagen that is type I (never decreases; 1 at the
    /// end). Draw this share of the new fibres thick and straight.
    pub collagen_i_share: f64,
    /// How far the scar floor has risen, as a share of its depth (0 up to
    /// [`floor_lift_at_end`] for the scar); never decreases.
    pub floor_rise: f64,
    /// Where the focus channel and the cells around it are centred, across
    /// the panel: the panel's centre, or in the wall of an ice pick scar
    /// whose floor the needles cannot reach.
    pub focus_x: f64,
    /// The scar's current deepest point below the surface (0 without a
    /// sunken scar).
    pub floor_depth_mm: f64,
}

/// The eased quantities, one keyframe's worth.
#[derive(Debug, Clone, Copy)]
struct Levels {
    bleeding: f64,
    clot: f64,
    growth: f64,
    open: f64,
    barrier: f64,
    platelets: f64,
    neutrophils: f64,
    macrophages: f64,
    fibroblasts: f64,
    vessels: f64,
    collagen_iii: f64,
    type_i_share: f64,
    floor: f64,
}

/// Builds a keyframe; positional to keep the table below one line per key.
#[allow(clippy::too_many_arguments)]
const fn k(
    bleeding: f64,
    clot: f64,
    growth: f64,
    open: f64,
    barrier: f64,
    platelets: f64,
    neutrophils: f64,
    macrophages: f64,
    fibroblasts: f64,
    vessels: f64,
    collagen_iii: f64,
    type_i_share: f64,
    floor: f64,
) -> Levels {
    Levels {
        bleeding,
        clot,
        growth,
        open,
        barrier,
        platelets,
        neutrophils,
        macrophages,
        fibroblasts,
        vessels,
        collagen_iii,
        type_i_share,
        floor,
    }
}

/// Keyframes every half phase (playback 0, 2.5, 5 ... 25 s). Ordering
/// follows fact base §4: bleeding and platelets first, then the clot and
/// growth factors; channels closed by about 12-18 h and the barrier back by
/// 3 days; neutrophils before macrophages; fibroblasts from day 2-3 with new
/// vessels and type III collagen; then type I replaces type III, extra
/// vessels regress, and the floor rises. Type I share and floor rise never
/// go down between keys, so they never go down at all.
#[rustfmt::skip]
const KEYS: [Levels; 11] = [
    //  bleed clot  gf   open barr  plt  neu  mac  fib  ves  c3   c1%  floor
    k(1.0, 0.0, 0.0, 1.0, 0.0, 0.3, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), // 1 s
    k(0.6, 0.5, 0.6, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), // ~1 min
    k(0.0, 1.0, 1.0, 0.9, 0.1, 0.8, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), // 1 h
    k(0.0, 0.8, 0.8, 0.4, 0.4, 0.5, 0.6, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0), // ~5 h
    k(0.0, 0.5, 0.6, 0.0, 0.7, 0.2, 1.0, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0), // 1 day
    k(0.0, 0.3, 0.5, 0.0, 0.9, 0.1, 0.6, 0.7, 0.1, 0.0, 0.0, 0.0, 0.0), // ~1.7 days
    k(0.0, 0.1, 0.4, 0.0, 1.0, 0.0, 0.2, 1.0, 0.4, 0.1, 0.05, 0.0, 0.0), // 3 days
    k(0.0, 0.0, 0.3, 0.0, 1.0, 0.0, 0.0, 0.5, 1.0, 0.6, 0.5, 0.0, 0.05), // ~9 days
    k(0.0, 0.0, 0.1, 0.0, 1.0, 0.0, 0.0, 0.2, 0.8, 1.0, 1.0, 0.1, 0.15), // 4 weeks
    k(0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.5, 0.6, 0.6, 0.55, 0.6), // ~3.5 months
    k(0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.3, 0.3, 0.0, 1.0, 1.0), // 1 year
];

/// Playback seconds between keyframes.
const KEY_STEP: f64 = DURATION / (KEYS.len() - 1) as f64;

/// Eases 0..1 with a cosine: gentle start and stop, no overshoot, and
/// monotonic, so monotonic keyframes stay monotonic in between.
fn ease(u: f64) -> f64 {
    if u <= 0.0 {
        0.0
    } else if u >= 1.0 {
        1.0
    } else {
        (0.5 - 0.5 * super::math::cos(std::f64::consts::PI * u)).clamp(0.0, 1.0)
    }
}

/// Interpolates exactly: returns `a` at 0 and `b` at 1, and never leaves
/// the range between them (so rounding cannot make a monotonic level dip).
fn lerp(a: f64, b: f64, u: f64) -> f64 {
    if u <= 0.0 || a == b {
        a
    } else if u >= 1.0 {
        b
    } else {
        within(a + (b - a) * u, a.min(b), a.max(b))
    }
}

/// The eased levels at a clamped playback time.
fn levels_at(t: f64) -> Levels {
    let i = ((t / KEY_STEP) as usize).min(KEYS.len() - 2);
    let (a, b) = (KEYS[i], KEYS[i + 1]);
    let u = ease((t - i as f64 * KEY_STEP) / KEY_STEP);
    let l = |f: fn(&Levels) -> f64| lerp(f(&a), f(&b), u);
    Levels {
        bleeding: l(|k| k.bleeding),
        clot: l(|k| k.clot),
        growth: l(|k| k.growth),
        open: l(|k| k.open),
        barrier: l(|k| k.barrier),
        platelets: l(|k| k.platelets),
        neutrophils: l(|k| k.neutrophils),
        macrophages: l(|k| k.macrophages),
        fibroblasts: l(|k| k.fibroblasts),
        vessels: l(|k| k.vessels),
        collagen_iii: l(|k| k.collagen_iii),
        type_i_share: l(|k| k.type_i_share),
        floor: l(|k| k.floor),
    }
}

/// Fills `out` with the dots of one kind. Dot `i` fades in as the level
/// passes `i / max`, so the count and the picture change continuously.
fn place_cells(out: &mut [CellDot], kind: CellKind, level: f64, salt: u32, spot: impl Fn(f64, f64) -> Pt) -> u8 {
    let filled = level * out.len() as f64;
    let mut shown = 0u8;
    for (i, dot) in out.iter_mut().enumerate() {
        let opacity = (filled - i as f64).clamp(0.0, 1.0);
        if opacity > 0.0 {
            shown = shown.saturating_add(1);
        }
        let (a, b) = (scene::scatter(i as u32, salt), scene::scatter(i as u32, salt + 1));
        *dot = CellDot {
            kind,
            at: spot(a, b),
            opacity,
        };
    }
    shown
}

/// The healing scene at playback time `t`. Any `t` is accepted: negative,
/// NaN, infinite or past the end is clamped to `[0, DURATION]`. The same
/// inputs always give the same state.
pub fn state_at(t: f64, input: &SceneInput) -> SceneState {
    let t = clamp_time(t);
    let lv = levels_at(t);
    let bio = biological_seconds(t);

    let profile_depth = match input.scar {
        Some(s) => scene::scar_depth_mm(s),
        _ => 0.0,
    };
    let floor_rise = lv.floor * floor_lift_at_end(input.scar);
    let floor_depth_mm = profile_depth * (1.0 - floor_rise);

    // The needle depth is set from the skin around a scar, not from its
    // floor: the channel ends that far below the surrounding surface (y = 0)
    // and never past the dermis. It sits in the panel's centre, starting
    // from wherever the (risen) surface is there, except in an ice pick scar
    // deeper than the needles reach: there it is drawn in the V's wall,
    // where the needles just reach, so the picture shows how little of such
    // a scar they touch.
    let depth = if input.needle_depth_mm.is_nan() {
        0.0
    } else {
        input.needle_depth_mm.max(0.0)
    };
    let bottom_limit = depth.min(DERMIS_BOTTOM_MM - 0.05);
    let centre = PANEL_WIDTH_MM / 2.0;
    let (cx, top) = match input.scar {
        Some(s @ ScarShape::IcePick) if scene::scar_centre_depth_mm(s) > bottom_limit - WALL_REACH_MM => {
            // The V is linear from the floor (centre) to the rims, and the
            // risen outline is the same V scaled by (1 - rise).
            let (half, d) = (scene::scar_width_mm(s) / 2.0, scene::scar_depth_mm(s));
            let wall = (bottom_limit - WALL_REACH_MM).max(0.0);
            let off = half * (1.0 - wall / d).clamp(0.0, 1.0);
            (centre + off, d * (1.0 - floor_rise) * (1.0 - off / half))
        }
        Some(s) => {
            let depth_here = scene::scar_centre_depth_mm(s);
            // Only sunken parts rise, exactly as `scene::surface_risen` draws it.
            let top = if depth_here > 0.0 {
                depth_here * (1.0 - floor_rise)
            } else {
                depth_here
            };
            (centre, top)
        }
        None => (centre, 0.0),
    };
    let bottom = bottom_limit.max(top);
    let width = CHANNEL_WIDTH_MM * lv.open;
    let channel = Rect {
        x: cx - width / 2.0,
        y: top,
        w: width,
        h: bottom - top,
    };
    let below = top + EPIDERMIS_MM;
    let span = (bottom - below).max(0.1);

    let blank = CellDot {
        kind: CellKind::Platelet,
        at: Pt { x: cx, y: top },
        opacity: 0.0,
    };
    let mut cells = [blank; MAX_CELLS];
    let (plt, rest) = cells.split_at_mut(MAX_PLATELETS);
    let (neu, rest) = rest.split_at_mut(MAX_NEUTROPHILS);
    let (mac, fib) = rest.split_at_mut(MAX_MACROPHAGES);
    // Platelets gather inside the channel itself.
    let platelets = place_cells(plt, CellKind::Platelet, lv.platelets, 11, |a, b| Pt {
        x: cx + (a - 0.5) * CHANNEL_WIDTH_MM * 0.8,
        y: top + 0.05 + b * (bottom - top - 0.05).max(0.0),
    });
    // Immune cells crowd around the channel, within about half a millimetre.
    let around = |a: f64, b: f64| Pt {
        x: cx + (a - 0.5) * 1.0,
        y: below + b * span,
    };
    let neutrophils = place_cells(neu, CellKind::Neutrophil, lv.neutrophils, 23, around);
    let macrophages = place_cells(mac, CellKind::Macrophage, lv.macrophages, 37, around);
    // Fibroblasts move in from the sides as their level rises.
    let pull = 1.0 - 0.6 * lv.fibroblasts;
    let fibroblasts = place_cells(fib, CellKind::Fibroblast, lv.fibroblasts, 41, |a, b| {
        let side = if a < 0.5 { -1.0 } else { 1.0 };
        Pt {
            x: cx + side * (0.3 + 2.0 * (a - 0.5).abs()) * pull * 2.0,
            y: below + b * span,
        }
    });

    SceneState {
        t,
        phase: phase_at(t),
        phase_progress: phase_progress(t),
        bio_seconds: bio,
        label: TimeLabel::from_biological_seconds(bio),
        bleeding: lv.bleeding,
        clot_opacity: lv.clot,
        growth_factors: lv.growth,
        channel_openness: lv.open,
        barrier: lv.barrier,
        channel,
        platelets,
        neutrophils,
        macrophages,
        fibroblasts,
        cells,
        new_vessels: (lv.vessels * f64::from(MAX_NEW_VESSELS)).ceil() as u8,
        vessel_growth: lv.vessels,
        collagen_iii: lv.collagen_iii,
        collagen_i_share: lv.type_i_share,
        floor_rise,
        focus_x: cx,
        floor_depth_mm,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_matches_clamp_and_never_panics() {
        for v in [-1.0, 0.0, 0.25, 1.0, 2.0] {
            assert_eq!(within(v, 0.0, 1.0), v.clamp(0.0, 1.0));
        }
        assert_eq!(within(f64::NAN, 0.0, 1.0), 0.0);
        let _ = within(0.5, 1.0, 0.0);
        let _ = within(0.5, f64::NAN, f64::NAN);
    }

    #[test]
    fn ease_and_lerp_are_exact_at_the_ends() {
        assert_eq!(ease(0.0), 0.0);
        assert_eq!(ease(1.0), 1.0);
        assert_eq!(lerp(0.3, 0.7, 0.0), 0.3);
        assert_eq!(lerp(0.3, 0.7, 1.0), 0.7);
        assert_eq!(lerp(0.55, 0.55, 0.37), 0.55);
    }

    #[test]
    fn keyframes_are_in_range() {
        for key in KEYS {
            for v in [
                key.bleeding,
                key.clot,
                key.growth,
                key.open,
                key.barrier,
                key.platelets,
                key.neutrophils,
                key.macrophages,
                key.fibroblasts,
                key.vessels,
                key.collagen_iii,
                key.type_i_share,
                key.floor,
            ] {
                assert!((0.0..=1.0).contains(&v));
            }
        }
    }

    #[test]
    fn phase_boundaries_belong_to_the_later_phase() {
        assert_eq!(phase_at(PHASE_SECONDS), Phase::BarrierCloses);
        assert_eq!(phase_at(DURATION), Phase::Remodelling);
    }

    #[test]
    fn surface_depth_interpolates() {
        let pts = [Pt { x: 0.0, y: 0.0 }, Pt { x: 2.0, y: 1.0 }];
        assert!((scene::surface_depth_at(&pts, 1.0) - 0.5).abs() < 1e-12);
        assert_eq!(scene::surface_depth_at(&pts, 5.0), 0.0);
    }
}
