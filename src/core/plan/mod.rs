//! The personal plan: what the answers mean, as structured data.
//!
//! A [`Plan`] holds only ids; every word lives in `content/<lang>/plan.json`.
//! That keeps the medical decisions here, testable for every combination of
//! answers, and keeps translation a pure content job. Every id knows the
//! fact-base source numbers it rests on, so each section can cite them.
//!
//! - [`ids`]: the ids with their sources, and the fixed tables behind them.
//! - [`build`]: the [`Plan`] and the rules that pick a visitor's ids, in
//!   named steps.

mod build;
mod ids;

pub use build::{build_plan, severity_sources, Plan};
pub use ids::*;
