//! Kiosk idle reset as a pure state machine on a virtual clock.
//!
//! The platform layer forwards input events and a one-second tick; this
//! module decides when to ask "Still there?" and when to wipe the visit.
//! Times are milliseconds on any monotonic clock the caller chooses.

/// Default time without input before the "Still there?" prompt, in seconds.
pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// Default length of the prompt's countdown, in seconds.
pub const DEFAULT_COUNTDOWN_SECONDS: u32 = 30;
/// Accepted range of `idle-seconds`.
pub const IDLE_RANGE: (u32, u32) = (10, 3600);
/// Accepted range of `countdown-seconds`. WCAG 2.2.1 (Timing Adjustable)
/// gives a visitor at least 20 seconds to answer a time-out warning.
pub const COUNTDOWN_RANGE: (u32, u32) = (20, 300);

/// The kiosk's timing, already validated by the config parser.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    /// Milliseconds without input before the prompt.
    pub idle_ms: f64,
    /// Milliseconds the prompt waits before resetting.
    pub countdown_ms: f64,
}

impl Timing {
    /// Timing from whole seconds.
    pub fn from_seconds(idle: u32, countdown: u32) -> Self {
        Timing {
            idle_ms: f64::from(idle) * 1000.0,
            countdown_ms: f64::from(countdown) * 1000.0,
        }
    }
}

impl Default for Timing {
    fn default() -> Self {
        Timing::from_seconds(DEFAULT_IDLE_SECONDS, DEFAULT_COUNTDOWN_SECONDS)
    }
}

/// Where the kiosk is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phase {
    /// The attract screen: nobody is using the kiosk.
    Attract,
    /// Someone is using it; `last_input` is the time of their last input.
    Active {
        /// Time of the last input, in ms.
        last_input: f64,
    },
    /// "Still there?" is showing; the visit resets at `deadline`.
    Prompt {
        /// Time of the reset, in ms.
        deadline: f64,
    },
}

/// What happened to the kiosk.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Input {
    /// Any touch, click, key or wheel at time `now`.
    Input(f64),
    /// The one-second clock ticked at `now`.
    Tick(f64),
    /// The visitor pressed "I'm still here" at `now`.
    StillHere(f64),
    /// The visitor pressed "Finish": reset at once.
    Finish,
    /// The visitor pressed "Tap to start" at `now`.
    Start(f64),
}

/// What the caller must do after a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Nothing beyond showing the new phase.
    None,
    /// Clear every answer and all stored state, then show the attract screen.
    Reset,
}

/// The kiosk state machine.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kiosk {
    /// Its timing.
    pub timing: Timing,
    /// Its phase.
    pub phase: Phase,
    /// Counts resets; the UI keys the app on it so each visit mounts afresh.
    pub visit: u32,
}

impl Kiosk {
    /// A kiosk showing its attract screen.
    pub fn new(timing: Timing) -> Self {
        Kiosk {
            timing,
            phase: Phase::Attract,
            visit: 0,
        }
    }

    /// The next state and what to do. Inputs during the prompt do not
    /// dismiss it: only "I'm still here" does, so a stray touch while the
    /// dialog shows is not mistaken for an answer.
    pub fn step(self, input: Input) -> (Kiosk, Effect) {
        let reset = Kiosk {
            phase: Phase::Attract,
            visit: self.visit.wrapping_add(1),
            ..self
        };
        let with = |phase| Kiosk { phase, ..self };
        match (self.phase, input) {
            (_, Input::Finish) => match self.phase {
                Phase::Attract => (self, Effect::None),
                _ => (reset, Effect::Reset),
            },
            (Phase::Attract, Input::Start(now)) => (with(Phase::Active { last_input: now }), Effect::None),
            (Phase::Attract, _) => (self, Effect::None),
            (Phase::Active { .. }, Input::Input(now) | Input::StillHere(now) | Input::Start(now)) => {
                (with(Phase::Active { last_input: now }), Effect::None)
            }
            (Phase::Active { last_input }, Input::Tick(now)) => {
                if now - last_input >= self.timing.idle_ms {
                    (
                        with(Phase::Prompt {
                            deadline: now + self.timing.countdown_ms,
                        }),
                        Effect::None,
                    )
                } else {
                    (self, Effect::None)
                }
            }
            (Phase::Prompt { .. }, Input::StillHere(now)) => (with(Phase::Active { last_input: now }), Effect::None),
            (Phase::Prompt { deadline }, Input::Tick(now)) => {
                if now >= deadline {
                    (reset, Effect::Reset)
                } else {
                    (self, Effect::None)
                }
            }
            (Phase::Prompt { .. }, Input::Input(_) | Input::Start(_)) => (self, Effect::None),
        }
    }

    /// Whole seconds left on the prompt's countdown at `now` (rounded up),
    /// or `None` outside the prompt.
    pub fn seconds_left(&self, now: f64) -> Option<u32> {
        match self.phase {
            Phase::Prompt { deadline } => {
                let left = ((deadline - now) / 1000.0).ceil().max(0.0);
                // Bounded by the countdown range, so the cast cannot overflow.
                Some(left.min(f64::from(COUNTDOWN_RANGE.1)) as u32)
            }
            _ => None,
        }
    }
}

/// Whether a screen reader should hear the countdown at `seconds` left:
/// at the start (`total`), every ten seconds and at five, not every second.
pub fn announce_at(seconds: u32, total: u32) -> bool {
    seconds == total || seconds == 5 || (seconds > 0 && seconds % 10 == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kiosk() -> Kiosk {
        Kiosk::new(Timing::from_seconds(10, 5))
    }

    #[test]
    fn starts_on_attract_and_ignores_ticks_and_inputs_there() {
        let k = kiosk();
        assert_eq!(k.phase, Phase::Attract);
        assert_eq!(k.step(Input::Tick(1e9)), (k, Effect::None));
        assert_eq!(k.step(Input::Input(5.0)), (k, Effect::None));
        assert_eq!(k.step(Input::StillHere(5.0)), (k, Effect::None));
        assert_eq!(k.step(Input::Finish), (k, Effect::None));
    }

    #[test]
    fn start_makes_it_active() {
        let (k, e) = kiosk().step(Input::Start(100.0));
        assert_eq!(k.phase, Phase::Active { last_input: 100.0 });
        assert_eq!(e, Effect::None);
        let (k2, _) = k.step(Input::Start(200.0));
        assert_eq!(k2.phase, Phase::Active { last_input: 200.0 });
    }

    #[test]
    fn input_while_active_moves_the_idle_start() {
        let (k, _) = kiosk().step(Input::Start(0.0));
        let (k, _) = k.step(Input::Input(9_000.0));
        let (k, _) = k.step(Input::Tick(18_999.0));
        assert_eq!(k.phase, Phase::Active { last_input: 9_000.0 });
        let (k, _) = k.step(Input::StillHere(19_000.0));
        assert_eq!(k.phase, Phase::Active { last_input: 19_000.0 });
    }

    #[test]
    fn idle_time_opens_the_prompt_with_a_deadline() {
        let (k, _) = kiosk().step(Input::Start(0.0));
        let (k1, _) = k.step(Input::Tick(9_999.0));
        assert_eq!(k1.phase, k.phase);
        let (k2, e) = k.step(Input::Tick(10_000.0));
        assert_eq!(k2.phase, Phase::Prompt { deadline: 15_000.0 });
        assert_eq!(e, Effect::None);
        assert_eq!(k2.seconds_left(10_000.0), Some(5));
        assert_eq!(k2.seconds_left(10_001.0), Some(5));
        assert_eq!(k2.seconds_left(14_500.0), Some(1));
        assert_eq!(k2.seconds_left(20_000.0), Some(0));
        assert_eq!(k.seconds_left(0.0), None);
    }

    #[test]
    fn stray_input_does_not_dismiss_the_prompt_but_still_here_does() {
        let prompt = Kiosk {
            phase: Phase::Prompt { deadline: 15_000.0 },
            ..kiosk()
        };
        assert_eq!(prompt.step(Input::Input(12_000.0)), (prompt, Effect::None));
        assert_eq!(prompt.step(Input::Start(12_000.0)), (prompt, Effect::None));
        assert_eq!(prompt.step(Input::Tick(14_999.0)), (prompt, Effect::None));
        let (k, e) = prompt.step(Input::StillHere(12_000.0));
        assert_eq!(k.phase, Phase::Active { last_input: 12_000.0 });
        assert_eq!(e, Effect::None);
        assert_eq!(k.visit, prompt.visit);
    }

    #[test]
    fn the_deadline_resets_to_attract_and_counts_the_visit() {
        let prompt = Kiosk {
            phase: Phase::Prompt { deadline: 15_000.0 },
            ..kiosk()
        };
        let (k, e) = prompt.step(Input::Tick(15_000.0));
        assert_eq!(k.phase, Phase::Attract);
        assert_eq!(e, Effect::Reset);
        assert_eq!(k.visit, 1);
    }

    #[test]
    fn finish_resets_at_once_from_active_and_prompt() {
        let (active, _) = kiosk().step(Input::Start(0.0));
        let prompt = Kiosk {
            phase: Phase::Prompt { deadline: 1.0 },
            ..kiosk()
        };
        for k in [active, prompt] {
            let (after, e) = k.step(Input::Finish);
            assert_eq!(after.phase, Phase::Attract);
            assert_eq!(e, Effect::Reset);
            assert_eq!(after.visit, k.visit + 1);
        }
    }

    #[test]
    fn a_full_visit_on_the_virtual_clock() {
        let mut k = kiosk();
        let mut resets = 0;
        let mut prompts = 0;
        k = k.step(Input::Start(0.0)).0;
        for s in 1..=40u32 {
            let now = f64::from(s) * 1000.0;
            if s == 3 {
                k = k.step(Input::Input(now)).0;
            }
            let (next, e) = k.step(Input::Tick(now));
            if matches!(next.phase, Phase::Prompt { .. }) && !matches!(k.phase, Phase::Prompt { .. }) {
                prompts += 1;
            }
            if e == Effect::Reset {
                resets += 1;
            }
            k = next;
        }
        // Idle from 3 s: prompt at 13 s, reset at 18 s; then it stays attract.
        assert_eq!((prompts, resets), (1, 1));
        assert_eq!(k.phase, Phase::Attract);
    }

    #[test]
    fn announcements_are_sparse() {
        let said: Vec<u32> = (0..=30).rev().filter(|s| announce_at(*s, 30)).collect();
        assert_eq!(said, vec![30, 20, 10, 5]);
        assert!(announce_at(7, 7));
        assert!(!announce_at(0, 30));
    }

    #[test]
    fn defaults_are_inside_their_ranges() {
        assert!((IDLE_RANGE.0..=IDLE_RANGE.1).contains(&DEFAULT_IDLE_SECONDS));
        assert!((COUNTDOWN_RANGE.0..=COUNTDOWN_RANGE.1).contains(&DEFAULT_COUNTDOWN_SECONDS));
        assert_eq!(Timing::default().idle_ms, 90_000.0);
    }
}
