//! The configurator's window on the widget's own rules (`configure.html`).
//!
//! Thin wasm exports of [`crate::core::staff`]: the page asks these instead of
//! keeping its own copy of any check, so what it accepts cannot drift from
//! what the element accepts.
//!
//! In the entry layer, not in `platform`: like the element, these are ways
//! into the module that a page's script calls, and nothing in the app calls
//! them; `platform` holds the browser services the app calls.

use wasm_bindgen::prelude::*;

use crate::core::config::Lang;
use crate::core::staff;

/// What the element makes of `value` for attribute `name`, as JSON:
/// `{"ok":true}`, or the warning it would log with the accepted values.
#[wasm_bindgen(js_name = mgCheckAttribute)]
pub fn check_attribute(name: &str, value: &str) -> String {
    staff::check_attribute_json(name, value)
}

/// The button-text and text colours the element derives from `accent`, with
/// their contrast ratios, as JSON; empty when the element refuses the value.
#[wasm_bindgen(js_name = mgAccent)]
pub fn accent(value: &str) -> String {
    staff::accent_json(value).unwrap_or_default()
}

/// Every built-in text of language `tag` with whether a clinic may replace
/// it, as a JSON list; empty when the tag is not a shipped language.
#[wasm_bindgen(js_name = mgWordingKeys)]
pub fn wording_keys(tag: &str) -> String {
    let Some(lang) = Lang::from_tag(tag) else {
        return String::new();
    };
    staff::wording_keys_json(lang)
}

/// The warnings the element would log for a clinic wording file, as a JSON
/// list of strings, when showing language `tag`.
#[wasm_bindgen(js_name = mgCheckWording)]
pub fn check_wording(tag: &str, file: &str) -> String {
    let lang = Lang::from_tag(tag).unwrap_or_default();
    // Read as the element reads a fetched file (see `element::widget`).
    staff::check_wording_json(
        lang,
        crate::platform::json::parse(&crate::core::text::strip_bidi_in_json(file)),
    )
}

/// Fetches the text of language `tag` for the wording editor (only English
/// ships in the first load); resolves to whether it is here, never rejects
/// (see [`super::lang::load`]).
#[wasm_bindgen(js_name = mgLoadLanguage)]
pub fn load_language(tag: &str) -> js_sys::Promise {
    match Lang::from_tag(tag) {
        Some(lang) => super::lang::load(lang),
        None => js_sys::Promise::resolve(&JsValue::FALSE),
    }
}
