//! Effects as named hooks: each owns its browser resource the way the
//! platform's guards do (started when the hook first runs, dropped when its
//! component goes), so components read as state, hooks and markup.
//!
//! The hooks import the core and `platform`, never another part of the app,
//! so every part of the app can use them.

pub mod fold;
pub mod guide;
pub mod healing;
pub mod kiosk;
