//! What the healing scene's structure (`healing.rs`) and its frames
//! (`live.rs`) share: the fibre rows and the label slots of each phase.

use super::draw::Anchor;
use crate::core::catalog::DiagramLabels;
use crate::core::timeline::Phase;

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

/// Labels of the healing scene. Each phase names what matters in it, in
/// fixed slots around the channel, so labels never overlap one another and
/// change only when the phase does (not every frame; their place, painted
/// by the frames, follows the channel and the rising floor). They are drawn
/// at full strength: fading text would lose contrast.
pub fn phase_labels(phase: Phase, l: &DiagramLabels) -> [Option<(Slot, &str)>; 4] {
    let slot = |dx: f64, y: f64, follows: bool, anchor: Anchor| Slot { dx, y, follows, anchor };
    // Slots: above the skin (long names), left of the channel near the
    // surface, right upper, left lower, right lower.
    let above = slot(0.0, -0.55, false, Anchor::Middle);
    let left_up = slot(-0.3, -0.12, true, Anchor::End);
    let right_up = slot(0.35, 0.6, true, Anchor::Start);
    let left_low = slot(-0.35, 1.05, true, Anchor::End);
    let right_low = slot(0.35, 1.5, true, Anchor::Start);
    match phase {
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
        Phase::Remodelling => [Some((above, &l.collagen_i)), Some((left_up, &l.scar_floor)), None, None],
    }
}

/// The slots of a phase's labels, in the order they are drawn.
pub fn label_slots(phase: Phase, l: &DiagramLabels) -> [Option<Slot>; 4] {
    phase_labels(phase, l).map(|s| s.map(|(slot, _)| slot))
}
