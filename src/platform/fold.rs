//! The plan's sections fold on narrow screens: the width query, a guard
//! that reports when it changes, and the jump from a summary line or the
//! table of contents to a section.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::media::{self, MediaListener};

/// Screens narrower than this fold the plan's sections. In `em`, so a
/// larger text size folds sooner, as the page gets narrower in effect.
const QUERY: &str = "(max-width: 40em)";

/// Whether the screen is narrow. Unknown counts as wide: nothing folded.
pub fn is_narrow() -> bool {
    media::matches(QUERY)
}

/// Calls back with whether the screen is narrow when it crosses the width,
/// until the guard drops.
pub fn on_change(on_change: impl Fn(bool) + 'static) -> Option<MediaListener> {
    MediaListener::new(QUERY, on_change)
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
