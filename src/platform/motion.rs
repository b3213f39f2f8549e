//! The visitor's motion preference (`prefers-reduced-motion`) and a guard
//! that reports when it changes.

use super::media::{self, MediaListener};

/// The media query behind [`prefers_reduced_motion`].
const QUERY: &str = "(prefers-reduced-motion: reduce)";

/// Whether the visitor asked for reduced motion. Unknown counts as "no",
/// because playback still never starts by itself.
pub fn prefers_reduced_motion() -> bool {
    media::matches(QUERY)
}

/// Calls back with the new preference when it changes, until the guard drops.
pub fn on_change(on_change: impl Fn(bool) + 'static) -> Option<MediaListener> {
    MediaListener::new(QUERY, on_change)
}
