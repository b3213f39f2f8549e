//! The answer link: the current answers mirrored into the page URL's
//! fragment (`#a=<encoded answers>`) so a reload or a bookmark resumes.
//!
//! Only the standalone page (its element has `url-config`) does this. On any
//! other page the URL belongs to a clinic's page, which must not carry health answers (they would end up in
//! its history and analytics); kiosks store nothing at all. The fragment is
//! never sent to a server, and `replaceState` adds no history entries.

use crate::core::link::{encode, read as read_link, LinkRead};
use crate::core::quiz::Answers;

/// The fragment prefix that marks saved answers.
pub const PREFIX: &str = "#a=";

/// The page's current fragment, including `#`, or an empty string.
fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Reads a raw fragment such as `#a=v=2&s=ip&k=...`; a fragment that is not
/// ours reads as [`LinkRead::Empty`]. Browsers may percent-encode parts of a
/// pasted link, so the value is decoded first when it can be.
pub fn read_hash(hash: &str) -> LinkRead {
    let Some(raw) = hash.strip_prefix(PREFIX) else {
        return LinkRead::Empty;
    };
    let text = js_sys::decode_uri_component(raw)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| raw.to_string());
    read_link(&text)
}

/// Reads saved answers from the page URL.
pub fn read() -> LinkRead {
    read_hash(&current_hash())
}

/// The URL without its fragment, for `replaceState`.
fn url_without_hash() -> Option<String> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let search = location.search().ok()?;
    Some(format!("{path}{search}"))
}

fn replace_url(url: &str) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    // The page's own history.state is kept as it is: only the URL changes.
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    // A refused replaceState (e.g. a sandboxed frame) only costs the resume
    // feature; the quiz itself keeps working.
    let _ = history.replace_state_with_url(&state, "", Some(url));
}

/// Mirrors `answers` into the fragment; empty answers clear it.
pub fn write(answers: &Answers) {
    if *answers == Answers::default() {
        clear();
        return;
    }
    let fragment = format!("{PREFIX}{}", encode(answers));
    if current_hash() == fragment {
        return;
    }
    if let Some(base) = url_without_hash() {
        replace_url(&format!("{base}{fragment}"));
    }
}

/// Removes saved answers from the URL. Other fragments (a host page's
/// anchors) are left alone.
pub fn clear() {
    if !current_hash().starts_with(PREFIX) {
        return;
    }
    if let Some(base) = url_without_hash() {
        replace_url(&base);
    }
}
