//! Browser services: everything the app needs from the browser outside Yew,
//! and nothing that knows the app. Clocks and listeners live in [`frame`],
//! [`motion`] and [`visibility`], each owned by a guard that cleans up on
//! drop; [`paint`] writes an animation's moving attributes straight to
//! the nodes Yew rendered; the answer link in the URL fragment is in [`link`]; the kiosk's
//! idle watch and visit clearing in [`kiosk`]; a clinic's wording file is
//! fetched by [`fetch`] and read by the browser's own parser in [`json`]; [`fold`] and [`speech`]
//! serve the plan's folds and the Listen buttons. The layer above is
//! `app` (Yew); the custom element that mounts the app is `element`, above
//! both. Nothing here imports either.

pub mod fetch;
pub mod fold;
pub mod frame;
pub mod json;
pub mod kiosk;
pub mod link;
pub mod media;
pub mod motion;
pub mod paint;
pub mod speech;
pub mod visibility;

/// Opens the browser's print dialog for the plan. The print stylesheet in
/// `widget.css` turns the page into a clean summary.
pub fn print() {
    if let Some(w) = web_sys::window() {
        // Printing can be blocked (e.g. in some embedded browsers); the plan
        // stays on screen either way, so the error is not worth surfacing.
        let _ = w.print();
    }
}

/// Logs each configuration warning once, naming the value and the default.
/// Each line is clipped: a clinic's file or attribute can be long, and a
/// warning that repeats it in full floods the console.
pub fn warn_all<W: ToString>(warnings: &[W]) {
    for w in warnings {
        gloo::console::warn!(crate::core::text::clip(&w.to_string()));
    }
}
