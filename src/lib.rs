//! microneedling-guide: an interactive, private education widget about
//! microneedling for people with acne scars.
//!
//! - [`core`]: pure logic and content types, tested natively.
//! - `app` (wasm only): Yew components that render core state and send events.
//! - `platform` (wasm only): mounting, configuration from the host page, and
//!   every browser listener or timer, each owned by a guard.

#![deny(missing_docs)]

pub mod core;

// Also natively with the `ssr` feature, for the build-time prerender of the
// first screen (`examples/prerender.rs`); never in the native core tests.
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod platform;
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod prerender;
