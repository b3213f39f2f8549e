//! What the healing scene's structure (`healing.rs`) and its frames
//! (`live.rs`) share: the fibre rows and the label slots of each phase.

use super::draw::Anchor;
use crate::core::catalog::DiagramLabels;
use crate::core::timeline::Phase;
use crate::core::tree::Text;

/// Rows of collagen fibres drawn under the channel.
pub const FIBRES: usize = 5;

/// Where a label sits and how its text hangs from that point.
#[derive(Clone, Copy)]
pub struct Slot {
    /// Across, in millimetres from the focus channel's centre.
    pub dx: f64,
    /// Down, in millimetres: from the channel's top when `follows`, else
    /// from the skin's original surface.
    pub y: f64,
    /// Whether the label moves with the channel's top (the rising floor).
    pub follows: bool,
    /// How the text hangs from the point.
    pub anchor: Anchor,
}

impl Slot {
    /// The label's y when the channel starts at `top`.
    pub fn y_at(&self, top: f64) -> f64 {
        if self.follows {
            top + self.y
        } else {
            self.y
        }
    }
}

/// A label's slot and its text in the catalog.
type Placed = (Slot, fn(&DiagramLabels) -> &Text);

/// Shorthand for the slot table.
const fn slot(dx: f64, y: f64, follows: bool, anchor: Anchor) -> Slot {
    Slot { dx, y, follows, anchor }
}

// Slots: above the skin (long names), left of the channel near the
// surface, right upper, left lower, right lower.
const ABOVE: Slot = slot(0.0, -0.55, false, Anchor::Middle);
const LEFT_UP: Slot = slot(-0.3, -0.12, true, Anchor::End);
const RIGHT_UP: Slot = slot(0.35, 0.6, true, Anchor::Start);
const LEFT_LOW: Slot = slot(-0.35, 1.05, true, Anchor::End);
const RIGHT_LOW: Slot = slot(0.35, 1.5, true, Anchor::Start);

/// Labels of the healing scene. Each phase names what matters in it, in
/// fixed slots around the channel, so labels never overlap one another and
/// change only when the phase does (not every frame; their place, painted
/// by the frames, follows the channel and the rising floor). They are drawn
/// at full strength: fading text would lose contrast.
fn placed(phase: Phase) -> &'static [Placed] {
    match phase {
        Phase::Injury => &[
            (ABOVE, |l| &l.growth_factors),
            (LEFT_UP, |l| &l.bleeding),
            (RIGHT_UP, |l| &l.platelet),
            (LEFT_LOW, |l| &l.clot),
        ],
        Phase::BarrierCloses => &[
            (ABOVE, |l| &l.growth_factors),
            (RIGHT_UP, |l| &l.needle_channel),
            (LEFT_LOW, |l| &l.clot),
        ],
        Phase::Inflammation => &[(RIGHT_UP, |l| &l.neutrophils), (RIGHT_LOW, |l| &l.macrophages)],
        Phase::Proliferation => &[
            (ABOVE, |l| &l.collagen_iii),
            (LEFT_LOW, |l| &l.fibroblast),
            (RIGHT_LOW, |l| &l.new_vessels),
        ],
        Phase::Remodelling => &[(ABOVE, |l| &l.collagen_i), (LEFT_UP, |l| &l.scar_floor)],
    }
}

/// The labels of a phase with their slots, in the order they are drawn.
pub fn phase_labels(phase: Phase, l: &DiagramLabels) -> impl Iterator<Item = (Slot, &str)> {
    placed(phase).iter().map(move |&(slot, text)| (slot, text(l).as_str()))
}

/// The slots of a phase's labels, in the order they are drawn.
pub fn label_slots(phase: Phase) -> impl Iterator<Item = Slot> {
    placed(phase).iter().map(|&(slot, _)| slot)
}
