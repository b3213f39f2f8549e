//! The iframe option: when the standalone page runs inside a clinic's
//! iframe, it tells the parent its height so the frame never scrolls inside.
//!
//! The parent's origin must be named exactly in the query
//! (`?parent-origin=https://clinic.example`), and messages go only there:
//! no `*` target, so no other page can read even the height.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The `type` of the message the parent's `frame-host.js` listens for.
pub const MESSAGE_TYPE: &str = "microneedling-guide:height";

/// Posts the observed element's height to the parent while alive; the
/// observer is disconnected on drop so no callback outlives the widget.
pub struct FrameResizer {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl FrameResizer {
    /// Starts reporting `element`'s height to `parent_origin`, if this page
    /// is framed; `None` on a top-level page or if observing fails.
    pub fn start(element: &Element, parent_origin: String) -> Option<FrameResizer> {
        let window = web_sys::window()?;
        let parent = window.parent().ok().flatten()?;
        if parent == window {
            return None;
        }
        let mut last = -1.0_f64;
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>().ok() else {
                return;
            };
            let height = entry.target().get_bounding_client_rect().height().ceil();
            if (height - last).abs() < 1.0 {
                return;
            }
            last = height;
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, &parent_origin);
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(FrameResizer {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for FrameResizer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
