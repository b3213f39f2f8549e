//! The one way the widget fetches: `fetch` -> `Response` -> text, for a
//! clinic's wording file (`element::widget`) and the kiosk's check for a
//! new deployment ([`super::kiosk`]). Failures come back as short reasons
//! for a console warning, never as a panic.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestInit, Response};

/// A browser error as a short reason: an `Error`'s message ("Failed to
/// fetch"), not its debug form, which carries the whole stack into a
/// one-line console warning.
pub fn describe(e: JsValue) -> String {
    if let Some(error) = e.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// The response to `url` with `init`, whatever its status (a caller that
/// checks redirects or sizes looks at it before reading the body).
pub async fn response(url: &str, init: &RequestInit) -> Result<Response, String> {
    let window = web_sys::window().ok_or("no window")?;
    let request = web_sys::Request::new_with_str_and_init(url, init).map_err(describe)?;
    JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)
}

/// The body of `response` as a JS string, not yet copied into the wasm
/// module's memory (a caller can measure it first).
pub async fn body(response: &Response) -> Result<js_sys::JsString, String> {
    JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not text".to_string())
}

/// The text at `url`, fetched with `init`; an HTTP error status is an error.
pub async fn fetch_text(url: &str, init: &RequestInit) -> Result<String, String> {
    let response = response(url, init).await?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    body(&response).await.map(String::from)
}
