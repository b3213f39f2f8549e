//! microneedling-guide: an interactive, private education widget about
//! microneedling for people with acne scars.
//!
//! Four layers; each imports only the ones before it:
//!
//! - [`core`]: pure logic and content types, tested natively.
//! - `platform` (wasm only): browser services without Yew: clocks and
//!   listeners (each owned by a guard), the answer link, the kiosk's idle
//!   watch, `JSON.parse` for a clinic's wording.
//! - `app` (wasm only): Yew components that render core state and send events.
//! - `element` (wasm only): the `<microneedling-guide>` custom element, the
//!   one entry in every mode: attributes, mounting, host events, iframe.

#![deny(missing_docs)]

pub mod core;

/// The built-in text of every language, as Rust statics that `build.rs`
/// writes from `content/` (see [`core::tree`]).
mod baked {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod element;
