//! microneedling-guide: an interactive, private education widget about
//! microneedling for people with acne scars.
//!
//! Four layers; each imports only the ones before it:
//!
//! - [`core`]: pure logic and content types, tested natively.
//! - `platform` (wasm only): browser services without Yew: clocks and
//!   listeners (each owned by a guard), the answer link, the kiosk's idle
//!   watch, `JSON.parse` for a clinic's wording.
//! - `app` (wasm, and natively for the build-time prerender): Yew components
//!   that render core state and send events.
//! - `element`: the `<microneedling-guide>` custom element, the
//!   one entry in every mode: attributes, mounting, host events, iframe.

#![deny(missing_docs)]

pub mod core;

/// The built-in text of every language, as Rust statics that `build.rs`
/// writes from `content/` (see [`core::tree`]).
mod baked {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

// Also natively with the `ssr` feature, for the build-time prerender of the
// first screen (`examples/prerender.rs`); never in the native core tests.
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod element;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod platform;
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod prerender;
