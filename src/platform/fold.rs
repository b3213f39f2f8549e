//! The plan's sections fold when the guide is narrow: the guide's width (or
//! the screen's), a guard that reports when it changes, and the jump from a
//! summary line or the table of contents to a section.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::media::{self, MediaListener};

/// Guides narrower than this fold the plan's sections. In `em`, so a
/// larger text size folds sooner, as the guide gets narrower in effect.
const QUERY: &str = "(max-width: 40em)";

/// The same width as [`QUERY`], measured on the guide itself: the shim
/// (embed/shim.template.js, `WIDTHS`) writes the widths a guide has reached
/// on its `.mg-host` container, and says so with an `mg-width` event. So a
/// guide in a clinic's narrow sidebar folds on a wide screen too.
const WIDTH_ATTR: &str = "data-mg-width";
const NARROW: &str = "max-40em";
const WIDTH_EVENT: &str = "mg-width";

/// Whether the screen is narrow: a first guess until [`watch`] reads the
/// guide's own width. Unknown counts as wide: nothing folded.
pub fn is_narrow() -> bool {
    media::matches(QUERY)
}

fn narrow_host(host: &Element) -> bool {
    host.get_attribute(WIDTH_ATTR)
        .is_some_and(|v| v.split_ascii_whitespace().any(|t| t == NARROW))
}

/// Reports whether the guide is narrow, through a listener that goes when
/// this guard drops.
pub enum WidthListener {
    /// The guide's own container, measured by the shim.
    Guide(EventListener),
    /// The screen: a guide mounted without the shim (the browser tests).
    Screen(MediaListener),
}

/// Calls back at once, and whenever it changes, with whether the guide that
/// `inside` is drawn in is narrow, until the guard drops.
pub fn watch(inside: &Element, on_change: impl Fn(bool) + 'static) -> Option<WidthListener> {
    match inside.closest(".mg-host[data-mg-width]").ok().flatten() {
        Some(host) => {
            on_change(narrow_host(&host));
            let read = host.clone();
            let listener = EventListener::new(&host, WIDTH_EVENT, move |_| on_change(narrow_host(&read)));
            Some(WidthListener::Guide(listener))
        }
        None => {
            on_change(is_narrow());
            MediaListener::new(QUERY, on_change).map(WidthListener::Screen)
        }
    }
}

/// Opens the section with id `id` (in the same shadow root as `from`) if it
/// is folded, and moves focus to its heading, which scrolls it into view.
pub fn reveal(from: &Element, id: &str) {
    let root = from.get_root_node();
    let found = if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.get_element_by_id(id)
    } else if let Some(doc) = root.dyn_ref::<web_sys::Document>() {
        doc.get_element_by_id(id)
    } else {
        None
    };
    let Some(section) = found else { return };
    if section.tag_name().eq_ignore_ascii_case("details") {
        // Setting an attribute on an element Yew rendered cannot fail.
        let _ = section.set_attribute("open", "");
    }
    let heading = section
        .query_selector(".mg-plan__heading")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h) = heading {
        // A failed focus leaves the section open; the visitor can scroll.
        let _ = h.focus();
    }
}
