//! The kiosk shell's effects, and the "Still there?" dialog's focus.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::kiosk::Input;
use crate::platform::kiosk::{clear_visit, focused_near, mark_page, IdleWatch};

/// Watches the kiosk for input and ticks once a second while it is mounted:
/// [`Input::Input`] on any touch, key or pointer movement inside `root`,
/// [`Input::Tick`] every second, both to `on`. On the guide's own page it
/// also marks the page as a kiosk (`own_page`); a clinic's page is the
/// clinic's to mark.
#[hook]
pub fn use_idle_watch(root: NodeRef, on: Callback<Input>, own_page: bool) {
    use_effect_with((), move |_| {
        let watch = root.cast::<web_sys::Element>().map(|el| {
            let tick = on.clone();
            IdleWatch::start(
                &el,
                move |now| on.emit(Input::Input(now)),
                move |now| tick.emit(Input::Tick(now)),
            )
        });
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
/// the guide's own page) whenever `visit` moves on from the first one.
#[hook]
pub fn use_visit_reset(visit: u32, own_page: bool) {
    use_effect_with(visit, move |v| {
        if *v > 0 {
            clear_visit(own_page);
        }
    });
}

/// The "Still there?" dialog's focus, one effect for its opening and closing.
/// When it opens (`open` turns true), notes where focus was and moves it to
/// `button`. When it closes and the page behind is no longer inert, puts
/// focus back where it was, or on the screen's heading, never on the
/// document body, where a keyboard or screen-reader user would be lost.
#[hook]
pub fn use_dialog_focus(open: bool, root: NodeRef, button: NodeRef) {
    use_effect_with(open, move |open| {
        let open = *open;
        let mut saved = None;
        if let Some(b) = button.cast::<web_sys::HtmlElement>().filter(|_| open) {
            // The page behind just became inert, but focus has not been
            // moved off it yet: this is the last moment to see where it was.
            saved = focused_near(&b);
            // A failed focus leaves the dialog usable by touch.
            let _ = b.focus();
        }
        // Runs when `open` changes again, after the render that closed the
        // dialog; only a dialog that was open hands focus back (the first
        // render, and a kiosk that never prompted, move nothing).
        move || {
            if open {
                return_focus(&root, saved);
            }
        }
    });
}

/// Focus back to `saved` (if still in the page) or the screen's heading,
/// unless it already is somewhere inside `root`.
fn return_focus(root: &NodeRef, saved: Option<web_sys::HtmlElement>) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
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
}
