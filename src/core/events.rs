//! Events the widget tells its host page about.
//!
//! Hosts (a clinic's page) may forward these to their own analytics, so they
//! are built here, in the core, where tests can prove that no health answer
//! ever leaves in them: only progress, and the verdict's category when the
//! host has opted in with the `share-verdict` attribute.

use super::plan::Verdict;

/// Something that happened in the widget that a host may care about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WidgetEvent {
    /// The widget has rendered its first screen.
    Ready,
    /// The visitor reached quiz step `step` of `total` (1-based).
    Step {
        /// The step now shown.
        step: u8,
        /// How many steps this visitor's path has.
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
            Self::Step { step, total } => vec![("step", DetailValue::Number(step)), ("total", DetailValue::Number(total))],
            Self::Complete { verdict } if share_verdict => vec![("verdict", DetailValue::Text(verdict_word(verdict)))],
            Self::Complete { .. } => Vec::new(),
        }
    }
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
            assert_eq!(e.detail(true), vec![("verdict", DetailValue::Text(verdict_word(verdict)))]);
        }
    }

    #[test]
    fn no_event_carries_anything_but_progress_and_the_opted_in_verdict() {
        let events = [WidgetEvent::Ready, WidgetEvent::Step { step: 2, total: 6 }, WidgetEvent::BookClick]
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
