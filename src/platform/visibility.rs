//! Whether the visitor can see something: the page's visibility
//! (`visibilitychange`) and an element's place in the viewport
//! (`IntersectionObserver`). Playback pauses when either goes away.

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

/// Whether the page is hidden (another tab, minimised window).
pub fn page_hidden() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden())
}

/// Calls back with `true` when the page becomes hidden and `false` when it
/// shows again; removed when dropped.
pub struct PageVisibility {
    _listener: EventListener,
}

impl PageVisibility {
    /// Listens for visibility changes of the document.
    pub fn new(on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let document = web_sys::window()?.document()?;
        let listener = EventListener::new(&document, "visibilitychange", move |_| on_change(page_hidden()));
        Some(PageVisibility { _listener: listener })
    }
}

/// Watches whether an element is in the viewport; disconnects the observer
/// and frees its callback when dropped.
pub struct InView {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl InView {
    /// Calls `on_change(true)` when any part of `element` enters the
    /// viewport and `on_change(false)` when it leaves.
    pub fn observe(element: &Element, on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // Several entries can arrive at once; the last is the newest.
            let last = entries.get(entries.length().saturating_sub(1));
            if let Ok(entry) = last.dyn_into::<IntersectionObserverEntry>() {
                on_change(entry.is_intersecting());
            }
        });
        let observer = IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(InView {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for InView {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
