//! Set-up shared by the browser tests (`tests/web*.rs`): a fresh element to
//! mount into, the page's URL fragment, and the configurations they mount.

use microneedling_guide::core::config::{Config, Mode, Start};
use wasm_bindgen::JsValue;
use web_sys::Element;

pub fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

/// Replaces the page URL's fragment (`""` removes it) without a history entry.
pub fn set_hash(hash: &str) {
    let loc = window().location();
    let base = format!("{}{}", loc.pathname().unwrap(), loc.search().unwrap());
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{base}{hash}")))
        .unwrap();
}

/// A new, empty element at the end of the body.
pub fn fresh_element() -> Element {
    let doc = window().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// The text inside `el`.
pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

/// A guide in `mode` that starts at the quiz, on the guide's own page
/// (`url_config`, like the standalone page's element) or on someone else's.
pub fn quiz_config(mode: Mode, url_config: bool) -> Config {
    Config {
        mode,
        start: Start::Quiz,
        url_config,
        ..Config::default()
    }
}
