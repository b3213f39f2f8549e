//! A course of treatment (scene 5): sessions a few weeks apart and an
//! improvement curve that builds slowly and levels off.
//!
//! The curve is for drawing only. It is qualitative (0 to 1, never a
//! percentage) because no one can promise a number: the fact base (§3) only
//! supports "results appear over 3-6 months" and "about 3 sessions about 4
//! weeks apart" as typical.

/// Average weeks per month, for month ticks on the axis.
pub const WEEKS_PER_MONTH: f64 = 365.25 / 12.0 / 7.0;
/// Typical number of sessions for acne scars (median 3, fact base §3).
pub const TYPICAL_SESSIONS: u8 = 3;
/// Typical weeks between sessions (about 4, fact base §3).
pub const TYPICAL_INTERVAL_WEEKS: u8 = 4;
/// How quickly one session's effect builds, in weeks. With 9 weeks, most of
/// a session's effect shows between about 3 and 6 months, matching the
/// fact base; the exact value only shapes the drawing.
const BUILD_WEEKS: f64 = 9.0;
/// Weeks shown after the last session: seven months, so the slow build-up
/// and the whole 3-6 month results band stay visible to their end.
const FOLLOW_UP_WEEKS: f64 = 7.0 * WEEKS_PER_MONTH;

/// A course of treatment laid out on a time axis in weeks.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    /// Week of each session, the first at week 0.
    pub session_weeks: Vec<f64>,
    /// Weeks between sessions, as used (at least 1).
    pub interval_weeks: u8,
    /// Length of the drawn axis in weeks.
    pub horizon_weeks: f64,
    /// Start of the "results appear" band: 3 months after the first session.
    pub results_from_week: f64,
    /// End of the "results appear" band: 6 months after the first session.
    pub results_to_week: f64,
}

/// Lays out `sessions` sessions `interval_weeks` apart. An interval of 0 is
/// treated as 1 week, since two sessions on one day is not a course.
pub fn course(sessions: u8, interval_weeks: u8) -> Course {
    let interval = interval_weeks.max(1);
    let session_weeks: Vec<f64> = (0..sessions).map(|i| f64::from(i) * f64::from(interval)).collect();
    let last = session_weeks.last().copied().unwrap_or(0.0);
    Course {
        session_weeks,
        interval_weeks: interval,
        horizon_weeks: last + FOLLOW_UP_WEEKS,
        results_from_week: 3.0 * WEEKS_PER_MONTH,
        results_to_week: 6.0 * WEEKS_PER_MONTH,
    }
}

impl Course {
    /// Qualitative improvement at `week` (0..1, for drawing only). Each
    /// session adds an equal, slowly saturating share, so the curve never
    /// goes down and levels off; NaN or negative weeks give 0.
    pub fn improvement_at(&self, week: f64) -> f64 {
        if week.is_nan() || self.session_weeks.is_empty() {
            return 0.0;
        }
        let n = self.session_weeks.len() as f64;
        let sum: f64 = self
            .session_weeks
            .iter()
            .map(|&s| {
                if week > s {
                    1.0 - (-(week - s) / BUILD_WEEKS).exp()
                } else {
                    0.0
                }
            })
            .sum();
        (sum / n).clamp(0.0, 1.0)
    }

    /// The curve sampled at `samples + 1` evenly spaced weeks from 0 to the
    /// horizon, as `(week, improvement)` pairs for a polyline.
    pub fn curve(&self, samples: usize) -> Vec<(f64, f64)> {
        let n = samples.max(1);
        (0..=n)
            .map(|i| {
                let w = self.horizon_weeks * i as f64 / n as f64;
                (w, self.improvement_at(w))
            })
            .collect()
    }

    /// Whole months on the axis, as `(week, month number)`, for ticks
    /// labelled with the catalog's "Month {n}" pattern.
    pub fn month_ticks(&self) -> Vec<(f64, u32)> {
        (1..)
            .map(|m: u32| (f64::from(m) * WEEKS_PER_MONTH, m))
            .take_while(|&(w, _)| w <= self.horizon_weeks)
            .collect()
    }
}
