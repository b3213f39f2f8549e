//! The visitor's motion preference (`prefers-reduced-motion`) and a guard
//! that reports when it changes.

use gloo::events::EventListener;
use web_sys::MediaQueryList;

/// The media query behind [`prefers_reduced_motion`].
const QUERY: &str = "(prefers-reduced-motion: reduce)";

/// The query list, if the browser supports `matchMedia`.
fn query() -> Option<MediaQueryList> {
    web_sys::window()?.match_media(QUERY).ok()?
}

/// Whether the visitor asked for reduced motion. Unknown counts as "no",
/// because playback still never starts by itself.
pub fn prefers_reduced_motion() -> bool {
    query().is_some_and(|q| q.matches())
}

/// Calls back when the preference changes; the listener is removed when
/// this guard is dropped.
pub struct MotionListener {
    _listener: EventListener,
}

impl MotionListener {
    /// Listens for changes; `on_change` gets the new preference.
    pub fn new(on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let list = query()?;
        let read = list.clone();
        let listener = EventListener::new(&list, "change", move |_| on_change(read.matches()));
        Some(MotionListener { _listener: listener })
    }
}
