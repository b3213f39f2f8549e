//! The element's one fetch: a same-origin-minded GET without cookies, for a
//! clinic's wording file and the language files fetched on demand.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::text::quote;

/// The largest file read, in bytes (UTF-16 units once decoded). The
/// longest real wording file, every text of both languages replaced, is well
/// under half of it, and so is a language file; a bigger file is a mistake
/// and would cost memory and time.
pub const MAX_CONTENT_BYTES: u32 = 256 * 1024;

/// The origin of an absolute URL, if it parses.
fn origin_of(url: &str) -> Option<String> {
    web_sys::Url::new(url).ok().map(|u| u.origin())
}

/// The text at `url` (absolute: `host::config_for` resolved it), refusing a
/// redirect to another origin and anything over [`MAX_CONTENT_BYTES`].
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let describe = |e: JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let window = web_sys::window().ok_or("no window")?;
    let abort = web_sys::AbortController::new().ok();
    let stop = || {
        if let Some(a) = &abort {
            a.abort();
        }
    };
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    if let Some(a) = &abort {
        init.set_signal(Some(&a.signal()));
    }
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(describe)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    let landed = origin_of(&response.url());
    if response.redirected() && landed != origin_of(url) {
        stop();
        return Err(format!(
            "it redirects to {}, another site; link the file where it really is",
            quote(landed.as_deref().unwrap_or("?"))
        ));
    }
    if !response.ok() {
        stop();
        return Err(format!("HTTP {}", response.status()));
    }
    let too_big = || format!("the file is larger than {} KiB", MAX_CONTENT_BYTES / 1024);
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > u64::from(MAX_CONTENT_BYTES)) {
        stop();
        return Err(too_big());
    }
    // Measured while still a JS string, so an oversized file never reaches
    // the wasm module's memory.
    let text: js_sys::JsString = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not text".to_string())?;
    if text.length() > MAX_CONTENT_BYTES {
        return Err(too_big());
    }
    Ok(String::from(text))
}
