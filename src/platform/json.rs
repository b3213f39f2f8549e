//! A clinic's wording file, read by the browser's own `JSON.parse` and turned
//! into the core's small [`Json`] value, so no JSON reader ships in the wasm.

use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::json::Json;

/// Deeper than any text in the catalog: anything below is not text a clinic
/// can set, so it is cut off (the wording merge then warns about that key)
/// rather than walked, and a hostile file cannot exhaust the stack.
const MAX_DEPTH: usize = 16;

/// `text` as a JSON value, or why it is not JSON.
pub fn parse(text: &str) -> Result<Json, String> {
    let value = JSON::parse(text).map_err(|e| {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "not JSON".to_string())
    })?;
    Ok(convert(&value, 0))
}

fn convert(v: &JsValue, depth: usize) -> Json {
    if let Some(s) = v.as_string() {
        Json::String(s)
    } else if let Some(b) = v.as_bool() {
        Json::Bool(b)
    } else if v.as_f64().is_some() {
        Json::Number
    } else if depth >= MAX_DEPTH || !v.is_object() {
        Json::Null
    } else if Array::is_array(v) {
        let items: &Array = v.unchecked_ref();
        Json::Array(items.iter().map(|x| convert(&x, depth + 1)).collect())
    } else {
        let entries = Object::entries(v.unchecked_ref());
        Json::Object(
            entries
                .iter()
                .filter_map(|pair| {
                    let pair: Array = pair.dyn_into().ok()?;
                    Some((pair.get(0).as_string()?, convert(&pair.get(1), depth + 1)))
                })
                .collect(),
        )
    }
}
