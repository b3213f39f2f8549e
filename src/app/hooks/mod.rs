//! Effects as named hooks: each owns its browser resource the way the
//! platform's guards do (started when the hook first runs, dropped when its
//! component goes), so components read as state, hooks and markup.

pub mod kiosk;
