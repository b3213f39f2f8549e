//! Playback of the healing scene: a pure state machine over the playback
//! clock of [`super::timeline`].
//!
//! The browser's frame clock only sends [`PlaybackAction::Tick`] with the
//! elapsed milliseconds; everything else (play, pause, phase steps, the
//! scrubber, speed) is a visitor's action. Keeping it here, free of web
//! crates, lets native tests cover every rule, including reduced motion.

use super::timeline::{self, Phase, DURATION, PHASE_TRANSITION_MS};

/// Playback speeds offered to the visitor, slowest first.
pub const SPEEDS: [Speed; 3] = [Speed::Half, Speed::Normal, Speed::Double];

/// How fast the playback clock runs compared with real time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Speed {
    /// Half speed, for reading along.
    Half,
    /// Real time: each phase takes [`timeline::PHASE_SECONDS`].
    Normal,
    /// Double speed.
    Double,
}

impl Speed {
    /// The factor applied to elapsed real time.
    pub fn factor(self) -> f64 {
        match self {
            Speed::Half => 0.5,
            Speed::Normal => 1.0,
            Speed::Double => 2.0,
        }
    }

    /// Stable key, used as the radio button's value and in test ids.
    pub fn key(self) -> &'static str {
        match self {
            Speed::Half => "0.5",
            Speed::Normal => "1",
            Speed::Double => "2",
        }
    }
}

/// An eased jump between two playback times (a phase step with motion on).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transition {
    /// Playback time the jump started from.
    pub from: f64,
    /// Playback time it ends at.
    pub to: f64,
    /// Milliseconds of the jump done so far.
    pub elapsed_ms: f64,
}

/// The playback state of one healing scene.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Playback {
    /// Playback time in seconds, always within `[0, DURATION]`.
    pub t: f64,
    /// Whether the clock is running.
    pub playing: bool,
    /// Chosen speed.
    pub speed: Speed,
    /// A phase step in progress, if any.
    pub transition: Option<Transition>,
    /// Whether the visitor prefers reduced motion: then nothing moves by
    /// itself; Play and the phase steps jump between still frames.
    pub reduced_motion: bool,
}

/// Everything that changes playback.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlaybackAction {
    /// Real time passed, in milliseconds (from the frame clock).
    Tick(f64),
    /// Start playing (from the start again if at the end).
    Play,
    /// Stop the clock where it is.
    Pause,
    /// The scrubber moved to this playback time.
    Seek(f64),
    /// Go to the next phase's representative frame.
    NextPhase,
    /// Go to the previous phase's representative frame.
    PrevPhase,
    /// Jump to a phase's representative frame (from the phase list).
    GoTo(Phase),
    /// Change the speed.
    SetSpeed(Speed),
    /// The reduced-motion preference changed.
    SetReducedMotion(bool),
}

impl Playback {
    /// A fresh, paused playback. With reduced motion it opens on the first
    /// phase's still frame, which shows more than the very first instant.
    pub fn new(reduced_motion: bool) -> Self {
        Playback {
            t: if reduced_motion {
                Phase::Injury.representative_time()
            } else {
                0.0
            },
            playing: false,
            speed: Speed::Normal,
            transition: None,
            reduced_motion,
        }
    }

    /// The phase on show.
    pub fn phase(&self) -> Phase {
        timeline::phase_at(self.t)
    }

    /// Whether the frame clock must run: only while playing or easing a jump.
    pub fn needs_frames(&self) -> bool {
        !self.reduced_motion && (self.playing || self.transition.is_some())
    }

    /// Moves to `target`: instantly with reduced motion, otherwise as an
    /// eased transition. Any playing stops, so a step lands on a still frame.
    fn jump(mut self, target: f64) -> Self {
        let target = timeline::clamp_time(target);
        self.playing = false;
        if self.reduced_motion || (target - self.t).abs() < f64::EPSILON {
            self.t = target;
            self.transition = None;
        } else {
            self.transition = Some(Transition {
                from: self.t,
                to: target,
                elapsed_ms: 0.0,
            });
        }
        self
    }

    /// The state after `action`. Pure: the same inputs give the same result.
    pub fn apply(self, action: PlaybackAction) -> Self {
        let mut s = self;
        match action {
            PlaybackAction::Tick(ms) => {
                let ms = if ms.is_finite() && ms > 0.0 { ms } else { 0.0 };
                if s.reduced_motion {
                    return s;
                }
                if let Some(mut tr) = s.transition {
                    tr.elapsed_ms += ms;
                    let u = (tr.elapsed_ms / f64::from(PHASE_TRANSITION_MS)).min(1.0);
                    // Cosine ease: gentle start and stop, as the design asks.
                    let e = 0.5 - 0.5 * super::math::cos(std::f64::consts::PI * u);
                    s.t = timeline::clamp_time(tr.from + (tr.to - tr.from) * e);
                    s.transition = if u >= 1.0 { None } else { Some(tr) };
                    if u >= 1.0 {
                        s.t = tr.to;
                    }
                } else if s.playing {
                    s.t = timeline::clamp_time(s.t + ms / 1000.0 * s.speed.factor());
                    if s.t >= DURATION {
                        s.playing = false;
                    }
                }
            }
            PlaybackAction::Play => {
                if s.reduced_motion {
                    // Nothing animates: Play shows the next still frame.
                    return s.apply(PlaybackAction::NextPhase);
                }
                if s.t >= DURATION {
                    s.t = 0.0;
                }
                s.transition = None;
                s.playing = true;
            }
            PlaybackAction::Pause => {
                s.playing = false;
            }
            PlaybackAction::Seek(t) => {
                s.t = timeline::clamp_time(t);
                s.transition = None;
            }
            PlaybackAction::NextPhase => {
                let target = s.step_target(true);
                s = s.jump(target);
            }
            PlaybackAction::PrevPhase => {
                let target = s.step_target(false);
                s = s.jump(target);
            }
            PlaybackAction::GoTo(p) => {
                s = s.jump(p.representative_time());
            }
            PlaybackAction::SetSpeed(speed) => s.speed = speed,
            PlaybackAction::SetReducedMotion(on) => {
                s.reduced_motion = on;
                if on {
                    s.playing = false;
                    if let Some(tr) = s.transition.take() {
                        s.t = tr.to;
                    }
                }
            }
        }
        s
    }

    /// Where a phase step goes, judged from where a running jump will land
    /// so that pressing Next twice quickly moves two phases.
    fn step_target(&self, forward: bool) -> f64 {
        let here = self.transition.map_or(self.t, |tr| tr.to);
        let phase = timeline::phase_at(here);
        let rep = phase.representative_time();
        // Forward always changes phase; back first returns to the start of
        // the current phase's still, like a music player's "previous".
        let target = if forward {
            phase.next()
        } else if here > rep + 1e-9 {
            Some(phase)
        } else {
            phase.prev()
        };
        target.map_or(here, Phase::representative_time)
    }

    /// Whether there is a phase step forward from here.
    pub fn can_step_forward(&self) -> bool {
        (self.step_target(true) - self.transition.map_or(self.t, |tr| tr.to)).abs() > 1e-9
    }

    /// Whether there is a phase step back from here.
    pub fn can_step_back(&self) -> bool {
        (self.step_target(false) - self.transition.map_or(self.t, |tr| tr.to)).abs() > 1e-9
    }

    /// What the controls and phase texts show: all of the state except the
    /// running time itself.
    pub fn shown(&self) -> Shown {
        Shown {
            phase: self.phase(),
            playing: self.playing,
            reduced_motion: self.reduced_motion,
            speed: self.speed,
            can_step_back: self.can_step_back(),
            can_step_forward: self.can_step_forward(),
        }
    }
}

/// The part of [`Playback`] that the page's controls, phase caption and
/// phase list show. It changes a few times per phase, never every frame, so
/// a UI that rebuilds only when it changes leaves the frames to what moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    /// The phase on show.
    pub phase: Phase,
    /// Whether the clock is running (Play or Pause is offered).
    pub playing: bool,
    /// Whether motion is reduced (no Play, no speed).
    pub reduced_motion: bool,
    /// Chosen speed.
    pub speed: Speed,
    /// Whether "previous phase" does anything.
    pub can_step_back: bool,
    /// Whether "next phase" does anything.
    pub can_step_forward: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_move_only_while_playing_and_stop_at_the_end() {
        let p = Playback::new(false);
        assert_eq!(p.apply(PlaybackAction::Tick(1000.0)).t, 0.0);
        let mut p = p.apply(PlaybackAction::Play);
        p = p.apply(PlaybackAction::Tick(1000.0));
        assert!((p.t - 1.0).abs() < 1e-9);
        p = p
            .apply(PlaybackAction::SetSpeed(Speed::Double))
            .apply(PlaybackAction::Tick(1000.0));
        assert!((p.t - 3.0).abs() < 1e-9);
        p = p.apply(PlaybackAction::Tick(1e9));
        assert_eq!(p.t, DURATION);
        assert!(!p.playing);
        assert!(p.apply(PlaybackAction::Play).t == 0.0, "play at the end restarts");
    }

    #[test]
    fn phase_steps_ease_to_representative_frames() {
        let mut p = Playback::new(false).apply(PlaybackAction::NextPhase);
        assert!(p.transition.is_some());
        assert!(p.needs_frames());
        p = p.apply(PlaybackAction::Tick(f64::from(PHASE_TRANSITION_MS)));
        assert_eq!(p.t, Phase::BarrierCloses.representative_time());
        assert!(!p.needs_frames());
        p = p.apply(PlaybackAction::NextPhase).apply(PlaybackAction::NextPhase);
        p = p.apply(PlaybackAction::Tick(10_000.0));
        assert_eq!(p.phase(), Phase::Proliferation, "two quick steps move two phases");
        p = p.apply(PlaybackAction::PrevPhase).apply(PlaybackAction::Tick(10_000.0));
        assert_eq!(p.phase(), Phase::Inflammation);
    }

    #[test]
    fn reduced_motion_never_animates() {
        let mut p = Playback::new(true);
        assert_eq!(p.phase(), Phase::Injury);
        p = p.apply(PlaybackAction::Play);
        assert!(!p.playing && p.transition.is_none() && !p.needs_frames());
        assert_eq!(p.t, Phase::BarrierCloses.representative_time());
        let before = p.t;
        assert_eq!(p.apply(PlaybackAction::Tick(5000.0)).t, before);
        for _ in 0..10 {
            p = p.apply(PlaybackAction::NextPhase);
        }
        assert_eq!(p.phase(), Phase::Remodelling);
        assert!(!p.can_step_forward());
        assert!(p.can_step_back());
    }

    #[test]
    fn switching_reduced_motion_on_stops_everything() {
        let p = Playback::new(false)
            .apply(PlaybackAction::Play)
            .apply(PlaybackAction::SetReducedMotion(true));
        assert!(!p.needs_frames());
    }

    #[test]
    fn what_is_shown_changes_a_few_times_per_phase_not_every_frame() {
        // A whole playback at 60 frames a second, then an eased step: the
        // shown part changes on Play, at each phase, when a step back first
        // becomes possible, when the last phase leaves nothing ahead, and
        // at the end; the frames in between change only the time.
        let frame = 1000.0 / 60.0;
        let mut p = Playback::new(false);
        let mut shown = p.shown();
        let mut changes = 0;
        let mut frames = 0;
        for action in [PlaybackAction::Play, PlaybackAction::GoTo(Phase::Inflammation)] {
            p = p.apply(action);
            while p.needs_frames() {
                p = p.apply(PlaybackAction::Tick(frame));
                frames += 1;
                if p.shown() != shown {
                    shown = p.shown();
                    changes += 1;
                }
            }
        }
        assert!(frames > 1500, "{frames} frames");
        assert_eq!(p.phase(), Phase::Inflammation);
        assert!(changes <= 3 * Phase::ALL.len(), "{changes} changes in {frames} frames");
    }

    #[test]
    fn bad_input_is_harmless() {
        let p = Playback::new(false).apply(PlaybackAction::Play);
        assert_eq!(p.apply(PlaybackAction::Tick(f64::NAN)).t, 0.0);
        assert_eq!(p.apply(PlaybackAction::Seek(f64::NAN)).t, 0.0);
        assert_eq!(p.apply(PlaybackAction::Seek(1e9)).t, DURATION);
    }
}
