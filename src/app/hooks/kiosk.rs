//! The kiosk shell's effects, and the "Still there?" dialog's focus.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::platform::kiosk::{clear_visit, focused_near, mark_page, IdleWatch};

/// Watches the kiosk for input and ticks once a second while it is mounted:
/// `on_input(now)` on any touch, key or pointer movement inside `root`,
/// `on_tick(now)` every second. On the guide's own page it also marks the
/// page as a kiosk (`own_page`); a clinic's page is the clinic's to mark.
#[hook]
pub fn use_idle_watch(root: NodeRef, on_input: Callback<f64>, on_tick: Callback<f64>, own_page: bool) {
    use_effect_with((), move |_| {
        let watch = root
            .cast::<web_sys::Element>()
            .map(|el| IdleWatch::start(&el, move |now| on_input.emit(now), move |now| on_tick.emit(now)));
        if own_page {
            mark_page(true);
        }
        move || {
            drop(watch);
            if own_page {
                mark_page(false);
            }
        }
    });
}

/// Clears what a finished visit left behind (its link in the URL, only on
/// the guide's own page) and calls `on_new_visit` whenever `visit` moves on
/// from the first one.
#[hook]
pub fn use_visit_reset(visit: u32, own_page: bool, on_new_visit: Callback<()>) {
    use_effect_with(visit, move |v| {
        if *v > 0 {
            clear_visit(own_page);
            on_new_visit.emit(());
        }
    });
}

/// When the "Still there?" dialog opens (its component mounts), notes
/// where focus was (`saved`, for [`use_focus_return`]) and moves it to
/// `button`.
#[hook]
pub fn use_focus_on_open(button: NodeRef, saved: Rc<RefCell<Option<web_sys::HtmlElement>>>) {
    use_effect_with((), move |_| {
        if let Some(b) = button.cast::<web_sys::HtmlElement>() {
            // The page behind just became inert, but focus has not been
            // moved off it yet: this is the last moment to see where it was.
            *saved.borrow_mut() = focused_near(&b);
            // A failed focus leaves the dialog usable by touch.
            let _ = b.focus();
        }
    });
}

/// When the "Still there?" dialog closes (`open` turns false) and the page
/// behind is no longer inert, puts focus back where it was (`saved`) or on
/// the screen's heading, never on the document body, where a keyboard or
/// screen-reader user would be lost.
#[hook]
pub fn use_focus_return(open: bool, root: NodeRef, saved: Rc<RefCell<Option<web_sys::HtmlElement>>>) {
    let was_open = use_mut_ref(|| false);
    use_effect_with(open, move |open| {
        // Only a dialog that was open hands focus back; the first render
        // (and a kiosk that never prompted) moves nothing.
        let was = std::mem::replace(&mut *was_open.borrow_mut(), *open);
        let closed_now = was && !*open;
        let Some(root) = root.cast::<web_sys::Element>().filter(|_| closed_now) else {
            return;
        };
        let saved = saved.borrow_mut().take();
        if focused_near(&root).is_some() {
            return;
        }
        let target = saved.filter(|e| e.is_connected()).or_else(|| {
            root.query_selector(".mg-kiosk .mg-heading")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        });
        if let Some(el) = target {
            // A failed focus only costs convenience; the page works.
            let _ = el.focus();
        }
    });
}
