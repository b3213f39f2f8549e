//! Languages fetched on demand (issue 14): the first load carries English
//! only; another language's text is fetched the first time a guide on the
//! page needs it (picked by the visitor, or the element starts in it).
//!
//! The file sits next to the wasm (`build.rs` names it by its fingerprint:
//! see `build/content.rs`), so it is resolved against the URL of the
//! wasm-bindgen glue module, which Trunk writes beside the wasm: that holds
//! for the standalone page, a clinic's page loading the bundle from another
//! folder or origin, the iframe, the kiosk (whose service worker caches the
//! file) and the WordPress plugin's folder. It is read by the browser's
//! `JSON.parse`, checked against the fingerprint the wasm carries, and
//! installed once for the page's lifetime ([`Catalog::install`]); clinic
//! wording for that language then applies like for English.

use std::cell::RefCell;

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::fetch::fetch_file;
use crate::core::catalog::Catalog;
use crate::core::config::Lang;
use crate::core::json::Json;
use crate::core::text::quote;

#[wasm_bindgen]
extern "C" {
    /// `import.meta.url` of the glue module (written into the glue as is).
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static GLUE_URL: JsValue;
}

thread_local! {
    /// Fetches under way, one per language, shared by every guide on the
    /// page: each with the `resolve` functions of the promises handed out.
    static LOADS: RefCell<Vec<(Lang, Vec<Function>)>> = const { RefCell::new(Vec::new()) };
}

/// A promise that resolves once `lang`'s text is installed (`true`) or could
/// not be (`false`, with a console warning). It never rejects. A failed
/// fetch is forgotten, so the next request tries again. (Promises resolved
/// by hand: `future_to_promise` cost 2 KiB of wasm for the same.)
pub fn load(lang: Lang) -> Promise {
    if Catalog::has(lang) {
        return Promise::resolve(&JsValue::TRUE);
    }
    Promise::new(&mut |resolve, _reject| wait(lang, Some(resolve)))
}

/// Starts fetching `lang`'s text unless it is here or on its way, with no
/// promise to resolve (the kiosk fetches its languages up front).
pub fn prefetch(lang: Lang) {
    if !Catalog::has(lang) {
        wait(lang, None);
    }
}

/// Adds `resolve` to `lang`'s fetch, starting the fetch if none is running.
fn wait(lang: Lang, resolve: Option<Function>) {
    let start = LOADS.with(|l| {
        let mut l = l.borrow_mut();
        match l.iter_mut().find(|(x, _)| *x == lang) {
            Some((_, waiting)) => {
                waiting.extend(resolve);
                false
            }
            None => {
                l.push((lang, resolve.into_iter().collect()));
                true
            }
        }
    });
    if !start {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let done = fetch_and_install(lang).await;
        if let Err(e) = &done {
            gloo::console::warn!(format!(
                "microneedling-guide: the {} text could not load ({e}); the guide stays in the language it shows",
                lang.native_name()
            ));
        }
        let waiting = LOADS.with(|l| {
            let mut l = l.borrow_mut();
            let at = l.iter().position(|(x, _)| *x == lang);
            at.map(|i| l.swap_remove(i).1).unwrap_or_default()
        });
        let ok = JsValue::from_bool(done.is_ok());
        for resolve in waiting {
            let _ = resolve.call1(&JsValue::UNDEFINED, &ok);
        }
    });
}

/// [`load`] as a future: whether `lang`'s text is here now.
pub async fn ensure(lang: Lang) -> bool {
    JsFuture::from(load(lang))
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// The URL of `lang`'s file, next to the glue (and the wasm).
fn file_url(lang: Lang) -> Result<String, String> {
    let name = Catalog::file_name(lang).ok_or("this build has no file for it")?;
    let base = GLUE_URL
        .with(JsValue::as_string)
        .ok_or("the module's own URL is unknown")?;
    let url = web_sys::Url::new_with_base(name, &base).map_err(|_| format!("bad base URL {}", quote(&base)))?;
    Ok(url.href())
}

async fn fetch_and_install(lang: Lang) -> Result<(), String> {
    let url = file_url(lang)?;
    let text = fetch_file(&url).await.map_err(|e| format!("{}: {e}", quote(&url)))?;
    let Ok(Json::Array(items)) = crate::platform::json::parse(&text) else {
        return Err(format!("{}: not a language file", quote(&url)));
    };
    let list = items
        .into_iter()
        .map(|v| match v {
            Json::String(s) => Some(s),
            _ => None,
        })
        .collect::<Option<Vec<String>>>()
        .ok_or_else(|| format!("{}: not a list of texts", quote(&url)))?;
    Catalog::install(lang, list).map_err(|e| format!("{}: {e}", quote(&url)))
}
