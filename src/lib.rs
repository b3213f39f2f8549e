//! microneedling-guide: an interactive, private education widget about
//! microneedling for people with acne scars.
//!
//! - [`core`]: pure logic and content types, tested natively.
//! - `app` (wasm only): Yew components that render core state and send events.
//! - `platform` (wasm only): mounting, configuration from the host page, and
//!   every browser listener or timer, each owned by a guard.

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
