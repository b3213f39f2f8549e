//! The pure core: no yew, web-sys, gloo or wasm-bindgen here.
//!
//! Everything a visitor's answers turn into is decided in this module, so it
//! can be tested natively and exhaustively. The crate's `Cargo.toml` makes the
//! web crates wasm-only, so an accidental import fails the native build.

#[macro_use]
mod id_enum;

pub mod catalog;
pub mod color;
pub mod config;
pub mod course;
pub mod events;
pub mod id_set;
pub mod json;
pub mod kiosk;
pub mod link;
pub mod math;
pub mod overrides;
pub mod plan;
pub mod playback;
pub mod qr;
pub mod quiz;
pub mod scene;
pub mod staff;
pub mod summary;
pub mod text;
pub mod timeline;
pub mod tree;
