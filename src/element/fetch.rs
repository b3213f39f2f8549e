//! The element's one file fetch, for a clinic's wording file and the
//! language files fetched on demand: no cookies, no redirect to another
//! origin, no file larger than [`MAX_CONTENT_BYTES`]. Built on the platform's
//! fetch ([`crate::platform::fetch`]).

use crate::core::text::quote;
use crate::platform::fetch;

/// The largest file read, in bytes (UTF-16 units once decoded). The longest
/// real wording file, every text of both languages replaced, is well under
/// half of it, and a language file (about 32 KiB) too; a bigger file is a
/// mistake and would cost memory and time.
pub const MAX_CONTENT_BYTES: u32 = 256 * 1024;

/// The origin of an absolute URL, if it parses.
fn origin_of(url: &str) -> Option<String> {
    web_sys::Url::new(url).ok().map(|u| u.origin())
}

/// The text at `url` (absolute: `host::config_for` resolved it), refusing a
/// redirect to another origin and anything over [`MAX_CONTENT_BYTES`].
pub async fn fetch_file(url: &str) -> Result<String, String> {
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
    let response = fetch::response(url, &init).await?;
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
    let text = fetch::body(&response).await?;
    if text.length() > MAX_CONTENT_BYTES {
        return Err(too_big());
    }
    Ok(String::from(text))
}
