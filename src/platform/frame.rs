//! The one animation clock: a `requestAnimationFrame` loop owned by a guard.
//!
//! The loop's closure lives as long as the [`FrameClock`]; dropping the
//! guard cancels the pending frame and frees the closure, so an unmounted
//! component can never be called back and nothing leaks.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The per-frame callback as the browser calls it.
type FrameCallback = Closure<dyn FnMut(f64)>;

/// The shared inside of a clock: the closure and the pending frame's id.
struct Inner {
    /// Id of the requested frame, to cancel it on drop.
    handle: Cell<Option<i32>>,
    /// The frame callback, kept alive here (and only here).
    closure: RefCell<Option<FrameCallback>>,
}

impl Inner {
    /// Asks the browser for the next frame.
    fn request(&self) {
        let Some(window) = web_sys::window() else { return };
        let Ok(closure) = self.closure.try_borrow() else { return };
        if let Some(c) = closure.as_ref() {
            if let Ok(id) = window.request_animation_frame(c.as_ref().unchecked_ref()) {
                self.handle.set(Some(id));
            }
        }
    }
}

/// A running frame clock. It calls its callback once per frame with the
/// frame's timestamp (milliseconds) until dropped.
pub struct FrameClock {
    inner: Rc<Inner>,
}

impl FrameClock {
    /// Starts calling `on_frame` every animation frame. Returns `None`
    /// without a window (then nothing animates, which is safe).
    pub fn start(mut on_frame: impl FnMut(f64) + 'static) -> Option<FrameClock> {
        web_sys::window()?;
        let inner = Rc::new(Inner {
            handle: Cell::new(None),
            closure: RefCell::new(None),
        });
        // A weak link: the closure must not keep its own owner alive, or
        // dropping the guard would leave the loop running.
        let weak: Weak<Inner> = Rc::downgrade(&inner);
        let closure = Closure::<dyn FnMut(f64)>::new(move |ts: f64| {
            let Some(me) = weak.upgrade() else { return };
            me.handle.set(None);
            on_frame(ts);
            // The callback may have stopped the clock (the guard dropped);
            // only ask for another frame if the closure is still owned.
            if me.closure.try_borrow().map(|c| c.is_some()).unwrap_or(false) {
                me.request();
            }
        });
        *inner.closure.borrow_mut() = Some(closure);
        inner.request();
        Some(FrameClock { inner })
    }
}

impl Drop for FrameClock {
    fn drop(&mut self) {
        if let (Some(id), Some(window)) = (self.inner.handle.take(), web_sys::window()) {
            // A failed cancel means the frame already ran; nothing to undo.
            let _ = window.cancel_animation_frame(id);
        }
        if let Ok(mut c) = self.inner.closure.try_borrow_mut() {
            c.take();
        }
    }
}
