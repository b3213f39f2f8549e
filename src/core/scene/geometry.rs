//! Geometry of the skin diagrams, in millimetres.
//!
//! Everything here is pure data: the Yew component only maps points to SVG
//! attributes. Coordinates are millimetres with `x` to the right and `y`
//! pointing *down* into the skin (as in SVG), with the healthy skin surface at
//! `y = 0`. Raised scars therefore have negative `y`. Sizes follow the fact
//! base (sections 1, 3 and 4): a 0.1 mm facial epidermis, about 2.5 mm of
//! epidermis plus dermis, ~0.1 mm needle channels, and scar widths from the
//! Jacob classification.

use crate::core::math;

/// Thickness of the facial epidermis drawn in every scene (fact base §4:
/// 0.05 mm on eyelids up to 1.5 mm on palms; the face is near the thin end).
pub const EPIDERMIS_MM: f64 = 0.1;
/// Depth of the dermis–fat boundary below the surface (epidermis + dermis is
/// about 2-4 mm by site, fact base §4; 2.5 mm is a typical cheek).
pub const DERMIS_BOTTOM_MM: f64 = 2.5;
/// Depth at which the drawing of the fat layer stops; fat continues below,
/// but more of it would only shrink everything else on a phone screen.
pub const FAT_BOTTOM_MM: f64 = 3.5;
/// Width of one diagram panel. Wide enough for a rolling scar (> 4-5 mm) with
/// healthy skin on both sides, so the contrast is visible.
pub const PANEL_WIDTH_MM: f64 = 10.0;
/// Headroom above the surface for raised scars and the needle tips.
pub const HEADROOM_MM: f64 = 1.0;
/// Width of one needle channel (fact base §3: needles ~0.1 mm thick; channels
/// ~0.07 mm wide in rat skin). Drawn at the needle's thickness.
pub const CHANNEL_WIDTH_MM: f64 = 0.1;
/// Distance between neighbouring channels in the drawing. Real spacing varies
/// with the device and passes; this keeps intact skin visible between them.
pub const CHANNEL_SPACING_MM: f64 = 1.0;

/// A point in millimetres (`y` grows downward into the skin).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pt {
    /// Horizontal position, 0 at the panel's left edge.
    pub x: f64,
    /// Depth below the healthy skin surface; negative above it.
    pub y: f64,
}

/// Shorthand constructor, to keep the profile tables readable.
const fn pt(x: f64, y: f64) -> Pt {
    Pt { x, y }
}

/// An axis-aligned rectangle in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge (smaller `y` is nearer the surface).
    pub y: f64,
    /// Width, never negative.
    pub w: f64,
    /// Height, never negative.
    pub h: f64,
}

impl Rect {
    /// Whether `p` lies inside or on the edge of the rectangle.
    pub fn contains(&self, p: Pt) -> bool {
        p.x >= self.x && p.x <= self.x + self.w && p.y >= self.y && p.y <= self.y + self.h
    }
}

/// The SVG `viewBox` of a panel, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox(pub Rect);

/// The `viewBox` shared by all cross-section panels, so sizes compare
/// directly across scenes and the scale bar means the same everywhere.
pub fn view_box() -> ViewBox {
    ViewBox(Rect {
        x: 0.0,
        y: -HEADROOM_MM,
        w: PANEL_WIDTH_MM,
        h: HEADROOM_MM + FAT_BOTTOM_MM,
    })
}

/// The scar shapes the diagrams can draw. Quiz answers map to these at
/// integration time, so this module stays independent of the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScarShape {
    /// Narrow, deep V (< 2 mm wide, reaching deep dermis).
    IcePick,
    /// U with a flat floor and sharp edges, 1.5-4 mm wide.
    Boxcar,
    /// Wide (> 4-5 mm), wavy M with sloping edges, tethered down by bands.
    Rolling,
    /// Raised bump of excess collagen (hypertrophic scar or keloid).
    Raised,
}

impl ScarShape {
    /// Every shape, for exhaustive tests and pickers.
    pub const ALL: [ScarShape; 4] = [
        ScarShape::IcePick,
        ScarShape::Boxcar,
        ScarShape::Rolling,
        ScarShape::Raised,
    ];
    /// The three sunken (atrophic) types, drawn when the visitor is "not
    /// sure" or skipped the quiz: together they are 80-90% of acne scars.
    pub const SUNKEN: [ScarShape; 3] = [ScarShape::IcePick, ScarShape::Boxcar, ScarShape::Rolling];

    /// Whether the shape lies below the surface (a microneedling target).
    pub fn is_sunken(self) -> bool {
        !matches!(self, ScarShape::Raised)
    }
}

/// The shapes to draw for a visitor: their own, or the three sunken types
/// when they gave none (no quiz, or "not sure"). Order is kept, duplicates
/// dropped, so the panels match what the visitor picked.
pub fn shapes_to_draw(chosen: &[ScarShape]) -> Vec<ScarShape> {
    let mut out: Vec<ScarShape> = Vec::with_capacity(ScarShape::ALL.len());
    for &s in chosen {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    if out.is_empty() {
        out.extend(ScarShape::SUNKEN);
    }
    out
}

/// A band of scar tissue pulling the surface down to deeper tissue.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tether {
    /// Where the band meets the scar floor.
    pub top: Pt,
    /// Where it anchors at the dermis–fat boundary.
    pub bottom: Pt,
}

/// One scar in cross-section, centred in the panel.
#[derive(Debug, Clone, PartialEq)]
pub struct ScarProfile {
    /// Which shape this is.
    pub shape: ScarShape,
    /// The scar's outline from its left rim to its right rim (both at `y = 0`).
    pub points: Vec<Pt>,
    /// Width at the surface.
    pub width_mm: f64,
    /// Deepest point below the surface (0 for a raised scar).
    pub depth_mm: f64,
    /// Highest point above the surface (0 for a sunken scar).
    pub raise_mm: f64,
    /// Tethering bands (rolling scars only).
    pub tethers: Vec<Tether>,
}

/// Typical drawing sizes per shape (fact base §1, Jacob classification):
/// (width, depth or height). Typical, not anyone's real scar.
fn dims(shape: ScarShape) -> (f64, f64) {
    match shape {
        // < 2 mm wide and reaching the deep dermis.
        ScarShape::IcePick => (1.2, 1.6),
        // 1.5-4 mm wide; 0.5 mm is where "deep" boxcars start.
        ScarShape::Boxcar => (3.0, 0.5),
        // > 4-5 mm wide, fairly shallow.
        ScarShape::Rolling => (6.0, 0.6),
        // Raised bump; height is illustrative only.
        ScarShape::Raised => (3.0, 0.7),
    }
}

/// Number of samples along curved outlines: smooth at phone size without
/// bloating the SVG.
const CURVE_SAMPLES: usize = 24;

/// The outline of one scar type, centred in the panel.
pub fn scar_profile(shape: ScarShape) -> ScarProfile {
    let (w, d) = dims(shape);
    let cx = PANEL_WIDTH_MM / 2.0;
    let (x0, x1) = (cx - w / 2.0, cx + w / 2.0);
    let sample = |f: &dyn Fn(f64) -> f64| -> Vec<Pt> {
        (0..=CURVE_SAMPLES)
            .map(|i| {
                let u = i as f64 / CURVE_SAMPLES as f64;
                // Endpoints exactly at the rims so the outline joins the surface.
                let y = if i == 0 || i == CURVE_SAMPLES { 0.0 } else { f(u) };
                pt(x0 + w * u, y)
            })
            .collect()
    };
    match shape {
        ScarShape::IcePick => ScarProfile {
            shape,
            points: vec![pt(x0, 0.0), pt(cx, d), pt(x1, 0.0)],
            width_mm: w,
            depth_mm: d,
            raise_mm: 0.0,
            tethers: Vec::new(),
        },
        ScarShape::Boxcar => {
            // Near-vertical walls: the "sharp edges" that tell a boxcar apart.
            let wall = 0.05;
            ScarProfile {
                shape,
                points: vec![pt(x0, 0.0), pt(x0 + wall, d), pt(x1 - wall, d), pt(x1, 0.0)],
                width_mm: w,
                depth_mm: d,
                raise_mm: 0.0,
                tethers: Vec::new(),
            }
        }
        ScarShape::Rolling => {
            let points = sample(&|u| rolling_wave(d, u));
            let tethers = [0.25, 0.75]
                .iter()
                .map(|&u| Tether {
                    top: pt(x0 + w * u, rolling_wave(d, u)),
                    bottom: pt(x0 + w * u, DERMIS_BOTTOM_MM),
                })
                .collect();
            ScarProfile {
                shape,
                points,
                width_mm: w,
                depth_mm: scar_depth_mm(shape),
                raise_mm: 0.0,
                tethers,
            }
        }
        ScarShape::Raised => {
            let points = sample(&|u| raised_bump(d, u));
            let raise = points.iter().fold(0.0_f64, |m, p| m.max(-p.y));
            ScarProfile {
                shape,
                points,
                width_mm: w,
                depth_mm: 0.0,
                raise_mm: raise,
                tethers: Vec::new(),
            }
        }
    }
}

/// Two shallow dips with a low hump between: the wavy "M" of a rolling scar,
/// scaled so its deepest dip is about `d`.
fn rolling_wave(d: f64, u: f64) -> f64 {
    let s = math::sin(std::f64::consts::PI * u);
    let m = math::sin(2.0 * std::f64::consts::PI * u);
    d * s * (0.55 + 0.45 * m * m) / ROLLING_PEAK
}

/// A rounded bump rising `h` above the surface (negative `y`).
fn raised_bump(h: f64, u: f64) -> f64 {
    -h * math::pow(math::sin(std::f64::consts::PI * u), 0.7)
}

/// Deepest point of a shape's outline below the surface (0 for a raised
/// scar), computed without building the outline so per-frame callers do
/// not allocate. Equals [`ScarProfile::depth_mm`].
pub fn scar_depth_mm(shape: ScarShape) -> f64 {
    let (_, d) = dims(shape);
    match shape {
        ScarShape::IcePick | ScarShape::Boxcar => d,
        ScarShape::Rolling => (1..CURVE_SAMPLES)
            .map(|i| rolling_wave(d, i as f64 / CURVE_SAMPLES as f64))
            .fold(0.0, f64::max),
        ScarShape::Raised => 0.0,
    }
}

/// Width of a shape at the surface, without building its outline. Equals
/// [`ScarProfile::width_mm`].
pub fn scar_width_mm(shape: ScarShape) -> f64 {
    dims(shape).0
}

/// Depth of a shape's outline at the panel's centre (negative above the
/// surface), where the healing scene's focus channel starts. The outline
/// has a sample exactly there, so this matches [`surface_depth_at`] on it.
pub fn scar_centre_depth_mm(shape: ScarShape) -> f64 {
    let (_, d) = dims(shape);
    match shape {
        ScarShape::IcePick | ScarShape::Boxcar => d,
        ScarShape::Rolling => rolling_wave(d, 0.5),
        ScarShape::Raised => raised_bump(d, 0.5),
    }
}

/// Depth of the surface at `x` along a polyline, linear between points;
/// 0 (healthy, flat skin) outside it.
pub fn surface_depth_at(points: &[Pt], x: f64) -> f64 {
    points.windows(2).find(|w| x >= w[0].x && x <= w[1].x).map_or(0.0, |w| {
        let span = w[1].x - w[0].x;
        if span <= 0.0 {
            w[0].y.max(w[1].y)
        } else {
            w[0].y + (w[1].y - w[0].y) * (x - w[0].x) / span
        }
    })
}

/// Peak of the unscaled rolling wave `sin(πu)(0.55 + 0.45 sin²(2πu))`, found
/// numerically once; dividing by it makes the deepest dip equal the nominal
/// depth.
const ROLLING_PEAK: f64 = 0.7767;

/// The whole skin surface across the panel: flat healthy skin, the scar, and
/// flat healthy skin again.
pub fn surface(shape: Option<ScarShape>) -> Vec<Pt> {
    let mut pts = vec![pt(0.0, 0.0)];
    if let Some(s) = shape {
        pts.extend(scar_profile(s).points);
    }
    pts.push(pt(PANEL_WIDTH_MM, 0.0));
    pts
}

/// Like [`surface`], but with the scar floor lifted towards the surface by
/// `rise` (0 = as it was, 1 = flat). The healing scene uses this to show the
/// floor rising as collagen fills in.
pub fn surface_risen(shape: Option<ScarShape>, rise: f64) -> Vec<Pt> {
    let keep = 1.0 - clamp01(rise);
    let mut pts = surface(shape);
    for p in &mut pts {
        if p.y > 0.0 {
            p.y *= keep;
        }
    }
    pts
}

/// Closed outline of the epidermis under a surface: the surface line, then
/// the same line shifted down by [`EPIDERMIS_MM`], traced back.
pub fn epidermis_outline(surface: &[Pt]) -> Vec<Pt> {
    let mut out: Vec<Pt> = surface.to_vec();
    out.extend(surface.iter().rev().map(|p| pt(p.x, p.y + EPIDERMIS_MM)));
    out
}

/// Closed outline of the dermis: from the epidermis' lower edge down to
/// [`DERMIS_BOTTOM_MM`].
pub fn dermis_outline(surface: &[Pt]) -> Vec<Pt> {
    let mut out: Vec<Pt> = surface.iter().map(|p| pt(p.x, p.y + EPIDERMIS_MM)).collect();
    out.push(pt(PANEL_WIDTH_MM, DERMIS_BOTTOM_MM));
    out.push(pt(0.0, DERMIS_BOTTOM_MM));
    out
}

/// The fat layer, drawn as a band below the dermis.
pub fn fat_rect() -> Rect {
    Rect {
        x: 0.0,
        y: DERMIS_BOTTOM_MM,
        w: PANEL_WIDTH_MM,
        h: FAT_BOTTOM_MM - DERMIS_BOTTOM_MM,
    }
}

/// Where a 1 mm scale bar sits: bottom-left, inside the fat band so it never
/// overlaps a scar. Its length equals 1 mm in the `viewBox` by construction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleBar {
    /// Left end of the bar.
    pub start: Pt,
    /// Length in millimetres (always 1).
    pub length_mm: f64,
}

/// The scale bar shared by every panel.
pub fn scale_bar() -> ScaleBar {
    ScaleBar {
        start: pt(0.4, FAT_BOTTOM_MM - 0.3),
        length_mm: 1.0,
    }
}

/// A few wavy collagen bundles, capillary loops and fibroblasts for the
/// healthy cross-section.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthyFeatures {
    /// Collagen bundles as wavy polylines across the dermis.
    pub collagen: Vec<Vec<Pt>>,
    /// Capillary loops rising into the upper dermis, as polylines.
    pub capillaries: Vec<Vec<Pt>>,
    /// Fibroblast centres.
    pub fibroblasts: Vec<Pt>,
}

/// Deterministic features of healthy dermis (no randomness: the same picture
/// on every device, and snapshot tests stay stable).
pub fn healthy_features() -> HealthyFeatures {
    let collagen = (0..5)
        .map(|row| {
            let y0 = 0.5 + 0.4 * row as f64;
            (0..=40)
                .map(|i| {
                    let x = 0.2 + (PANEL_WIDTH_MM - 0.4) * i as f64 / 40.0;
                    pt(x, y0 + 0.06 * math::sin(x * 2.2 + row as f64))
                })
                .collect()
        })
        .collect();
    let capillaries = (0..4)
        .map(|k| {
            let x = 1.2 + 2.5 * k as f64;
            vec![
                pt(x - 0.15, 0.9),
                pt(x - 0.1, 0.3),
                pt(x, 0.22),
                pt(x + 0.1, 0.3),
                pt(x + 0.15, 0.9),
            ]
        })
        .collect();
    let fibroblasts = (0..8)
        .map(|k| pt(0.7 + 1.2 * k as f64, 0.7 + 1.4 * scatter(k, 1)))
        .collect();
    HealthyFeatures {
        collagen,
        capillaries,
        fibroblasts,
    }
}

/// A fixed hash to a value in `[0, 1)`: scatter without randomness, so the
/// same inputs always draw the same picture.
pub fn scatter(i: u32, salt: u32) -> f64 {
    let mut h = i.wrapping_mul(0x9E37_79B9) ^ salt.wrapping_mul(0x85EB_CA6B);
    h ^= h >> 16;
    h = h.wrapping_mul(0x7FEB_352D);
    h ^= h >> 15;
    h = h.wrapping_mul(0x846C_A68B);
    h ^= h >> 16;
    f64::from(h) / (f64::from(u32::MAX) + 1.0)
}

/// What the needles are set up to treat; it decides how deep they go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NeedleTarget {
    /// Acne scars: deeper (median needle length 1.5 mm, fact base §3).
    Scars,
    /// Fine lines: shallower.
    FineLines,
}

impl NeedleTarget {
    /// The channel depth drawn for this target, in millimetres. Scars use
    /// the median acne-scar needle length; fine lines use the 0.5 mm setting
    /// that pens matched in human skin (fact base §3). Set length is not
    /// exact real depth, which the caption says in words.
    pub fn depth_mm(self) -> f64 {
        match self {
            NeedleTarget::Scars => 1.5,
            NeedleTarget::FineLines => 0.5,
        }
    }
}

/// One needle channel: a narrow column from the surface down to `depth_mm`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Channel {
    /// Centre line of the channel.
    pub x: f64,
    /// Depth of the channel's bottom below the surface.
    pub depth_mm: f64,
    /// Width of the channel.
    pub width_mm: f64,
}

impl Channel {
    /// The channel as a rectangle; `openness` in 0..1 narrows it as it
    /// closes during healing (1 = freshly made, 0 = closed).
    pub fn rect(&self, openness: f64) -> Rect {
        let w = self.width_mm * clamp01(openness);
        Rect {
            x: self.x - w / 2.0,
            y: 0.0,
            w,
            h: self.depth_mm,
        }
    }
}

/// Needle channels across the panel at `depth_mm`, clamped to the drawn
/// dermis so a bad input cannot leave the picture. Skin between channels is
/// untouched, which is the point of the scene.
pub fn channels(depth_mm: f64) -> Vec<Channel> {
    let depth = clamp_depth(depth_mm);
    let n = (PANEL_WIDTH_MM / CHANNEL_SPACING_MM) as usize;
    (0..n)
        .map(|i| Channel {
            x: CHANNEL_SPACING_MM * (i as f64 + 0.5),
            depth_mm: depth,
            width_mm: CHANNEL_WIDTH_MM,
        })
        .collect()
}

/// Keeps a requested depth inside the drawn skin (NaN becomes 0).
fn clamp_depth(depth_mm: f64) -> f64 {
    if depth_mm.is_nan() {
        0.0
    } else {
        depth_mm.clamp(0.0, DERMIS_BOTTOM_MM)
    }
}

/// Treatments that remove tissue, shown beside microneedling for contrast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Removal {
    /// Sands off the whole top layer over the treated area.
    Dermabrasion,
    /// Vaporises tissue; fractional ablative lasers do it in columns that
    /// are wider than needle channels and remove tissue instead of parting it.
    AblativeLaser,
}

impl Removal {
    /// Both methods, for exhaustive tests.
    pub const ALL: [Removal; 2] = [Removal::Dermabrasion, Removal::AblativeLaser];
}

/// The regions of tissue a removal method takes away in the drawing.
/// Dermabrasion: the epidermis plus a sliver of dermis across the treated
/// width. Ablative laser: evenly spaced columns. Widths and depths are
/// illustrative (the fact base gives none), chosen so the difference from
/// ~0.1 mm needle channels is plain to see.
pub fn removed_regions(method: Removal) -> Vec<Rect> {
    match method {
        Removal::Dermabrasion => {
            vec![Rect {
                x: 1.0,
                y: 0.0,
                w: PANEL_WIDTH_MM - 2.0,
                h: EPIDERMIS_MM + 0.1,
            }]
        }
        Removal::AblativeLaser => (0..5)
            .map(|i| Rect {
                x: 1.2 + 1.8 * i as f64,
                y: 0.0,
                w: 0.3,
                h: 0.6,
            })
            .collect(),
    }
}

/// Clamps to `[0, 1]`, mapping NaN to 0 so bad input draws nothing.
pub(crate) fn clamp01(v: f64) -> f64 {
    if v.is_nan() {
        0.0
    } else {
        v.clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rolling_peak_constant_matches_the_wave() {
        let peak = (0..=10_000)
            .map(|i| {
                let u = i as f64 / 10_000.0;
                let m = (2.0 * std::f64::consts::PI * u).sin();
                (std::f64::consts::PI * u).sin() * (0.55 + 0.45 * m * m)
            })
            .fold(0.0_f64, f64::max);
        assert!((peak - ROLLING_PEAK).abs() < 0.001, "{peak}");
    }

    #[test]
    fn scatter_is_fixed_and_in_range() {
        for i in 0..100 {
            let v = scatter(i, 7);
            assert!((0.0..1.0).contains(&v));
            assert_eq!(v, scatter(i, 7));
        }
    }
}
