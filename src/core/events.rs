//! Events the widget tells its host page about.
//!
//! Hosts (a clinic's page) may forward these to their own analytics, so they
//! are built here, in the core, where tests can prove that no health answer
//! ever leaves in them: only progress, and the verdict's category when the
//! host has opted in with the `share-verdict` attribute.

use super::plan::Verdict;
use super::quiz::Question;

/// Something that happened in the widget that a host may care about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WidgetEvent {
    /// The widget has rendered its first screen.
    Ready,
    /// The visitor reached quiz step `step` of `total` (1-based), counted
    /// over the questions every visitor is asked ([`step_of`]), so neither
    /// number depends on an answer.
    Step {
        /// The step now shown.
        step: u8,
        /// Always [`STEP_TOTAL`].
        total: u8,
    },
    /// The visitor reached their plan.
    Complete {
        /// The plan's verdict; sent only if the host opted in.
        verdict: Verdict,
    },
    /// The visitor pressed the clinic's booking link.
    BookClick,
}

/// A value in an event's `detail` object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailValue {
    /// A small whole number.
    Number(u8),
    /// A fixed, non-personal word.
    Text(&'static str),
}

impl WidgetEvent {
    /// The DOM event name, such as `mg-step`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Ready => "mg-ready",
            Self::Step { .. } => "mg-step",
            Self::Complete { .. } => "mg-complete",
            Self::BookClick => "mg-book-click",
        }
    }

    /// The event's `detail` fields. The verdict is included only when
    /// `share_verdict` is set; nothing else about the visitor ever is.
    pub fn detail(&self, share_verdict: bool) -> Vec<(&'static str, DetailValue)> {
        match *self {
            Self::Ready | Self::BookClick => Vec::new(),
            Self::Step { step, total } => vec![
                ("step", DetailValue::Number(step)),
                ("total", DetailValue::Number(total)),
            ],
            Self::Complete { verdict } if share_verdict => vec![("verdict", DetailValue::Text(verdict_word(verdict)))],
            Self::Complete { .. } => Vec::new(),
        }
    }
}

/// The questions every visitor is asked, in order. "How easy to see" is
/// asked only when a sunken scar (or "not sure") is ticked, so an event
/// about it, or a count that includes it, would tell a host page which kind
/// of scar the visitor has; it sends no `mg-step` at all.
const ASKED_OF_EVERYONE: [Question; 5] = [
    Question::Scars,
    Question::Concerns,
    Question::Sun,
    Question::Safety,
    Question::Downtime,
];

/// The `total` of every `mg-step`.
pub const STEP_TOTAL: u8 = ASKED_OF_EVERYONE.len() as u8;

/// The `mg-step` number for question `q`, or `None` for a question only some
/// visitors see (which sends no event).
pub fn step_of(q: Question) -> Option<u8> {
    ASKED_OF_EVERYONE
        .iter()
        .position(|a| *a == q)
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// The stable, documented word for each verdict category.
pub fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::LikelyToHelp => "likely-to-help",
        Verdict::DiscussFirst => "discuss-first",
        Verdict::NotRightNow => "not-right-now",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_VERDICTS: [Verdict; 3] = [Verdict::LikelyToHelp, Verdict::DiscussFirst, Verdict::NotRightNow];

    #[test]
    fn the_verdict_is_shared_only_on_opt_in() {
        for verdict in ALL_VERDICTS {
            let e = WidgetEvent::Complete { verdict };
            assert!(e.detail(false).is_empty());
            assert_eq!(
                e.detail(true),
                vec![("verdict", DetailValue::Text(verdict_word(verdict)))]
            );
        }
    }

    #[test]
    fn step_events_are_the_same_for_every_answer() {
        use crate::core::quiz::{visible_questions, Answers, ScarType};
        // Every question but "how easy to see" is shown whatever the answers.
        for q in Question::ALL {
            let everyone = ASKED_OF_EVERYONE.contains(q);
            assert_eq!(step_of(*q).is_some(), everyone, "{q:?}");
        }
        let with = |scars: &[ScarType]| Answers {
            scars: scars.iter().copied().collect(),
            ..Answers::default()
        };
        let paths = [
            with(&[]),
            with(&[ScarType::Hypertrophic]),
            with(&[ScarType::Keloid, ScarType::Pie]),
            with(&[ScarType::Boxcar]),
            with(&[ScarType::NotSure, ScarType::Rolling]),
        ];
        let steps: Vec<Vec<u8>> = paths
            .iter()
            .map(|a| visible_questions(a).into_iter().filter_map(step_of).collect())
            .collect();
        for s in &steps {
            assert_eq!(s, &[1, 2, 3, 4, 5]);
        }
        // Both kinds of path really differ in what they show.
        assert_ne!(visible_questions(&paths[1]).len(), visible_questions(&paths[3]).len());
        assert_eq!(STEP_TOTAL, 5);
    }

    #[test]
    fn no_event_carries_anything_but_progress_and_the_opted_in_verdict() {
        let events = [
            WidgetEvent::Ready,
            WidgetEvent::Step { step: 2, total: 6 },
            WidgetEvent::BookClick,
        ]
        .into_iter()
        .chain(ALL_VERDICTS.map(|verdict| WidgetEvent::Complete { verdict }));
        for e in events {
            for share in [false, true] {
                for (key, _) in e.detail(share) {
                    assert!(["step", "total", "verdict"].contains(&key), "{key}");
                }
            }
            assert!(e.name().starts_with("mg-"));
        }
    }
}
