//! Reading the host page: the URL query and the element's attributes.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::AUTO_MOUNT_ATTR;
use crate::core::config::{Config, Parsed};

/// The configuration keys read from attributes and the query.
const KEYS: [&str; 3] = ["lang", "mode", "start"];

/// `key=value` pairs of the page URL's query string, in order.
pub fn query_pairs() -> Vec<(String, String)> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let Ok(search) = window.location().search() else { return Vec::new() };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return Vec::new() };
    KEYS.iter()
        .filter_map(|k| params.get(k).map(|v| (k.to_string(), v)))
        .collect()
}

/// The configuration attributes present on `element`.
pub fn attribute_pairs(element: &Element) -> Vec<(String, String)> {
    KEYS.iter()
        .filter_map(|k| element.get_attribute(k).map(|v| (k.to_string(), v)))
        .collect()
}

/// The parsed configuration for `element`: its attributes win over the query,
/// because the page author's explicit choice should beat a shared link.
pub fn config_for(element: &Element) -> Parsed {
    let mut pairs = query_pairs();
    pairs.extend(attribute_pairs(element));
    Config::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Every element on the page that asks to be mounted automatically.
pub fn auto_mount_targets() -> Vec<Element> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return Vec::new() };
    let Ok(list) = document.query_selector_all(&format!("[{AUTO_MOUNT_ATTR}]")) else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}
