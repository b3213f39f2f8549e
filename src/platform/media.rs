//! A media query's answer and a guard that reports when it changes: the one
//! way the widget follows the visitor's screen and settings.

use gloo::events::EventListener;
use web_sys::MediaQueryList;

fn list(query: &str) -> Option<MediaQueryList> {
    web_sys::window()?.match_media(query).ok()?
}

/// Whether `query` matches now. Unknown (no `matchMedia`) counts as "no".
pub fn matches(query: &str) -> bool {
    list(query).is_some_and(|q| q.matches())
}

/// Calls back when the answer to a query changes; the listener is removed
/// when this guard is dropped.
pub struct MediaListener {
    _listener: EventListener,
}

impl MediaListener {
    /// Listens for changes of `query`; `on_change` gets the new answer.
    pub fn new(query: &str, on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let list = list(query)?;
        let read = list.clone();
        let listener = EventListener::new(&list, "change", move |_| on_change(read.matches()));
        Some(MediaListener { _listener: listener })
    }
}
