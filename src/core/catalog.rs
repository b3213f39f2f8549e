//! The content catalog: every word a visitor reads, as typed data.
//!
//! Text lives in `content/<lang>/*.json`, embedded at build time. Each file is
//! one section of [`Catalog`], and every struct denies unknown fields, so a
//! misspelt or missing key fails `cargo test` instead of showing a blank spot.

use serde::Deserialize;
use std::fmt;

use super::config::Lang;

/// All user-facing text for one language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// The welcome screen, the shell around every screen and fallbacks.
    pub app: AppText,
}

/// Text for the welcome screen and the parts of the shell shared by all screens.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppText {
    /// The widget's name as shown in its main heading.
    pub name: String,
    /// Accessible name of the widget's landmark region.
    pub region_label: String,
    /// One short paragraph on what the guide does.
    pub intro: String,
    /// Heading of the "education, not a diagnosis" note.
    pub not_diagnosis_title: String,
    /// The "education, not a diagnosis" note itself.
    pub not_diagnosis: String,
    /// A one-line promise that answers stay on the device.
    pub privacy: String,
    /// Label of the button that starts the quiz.
    pub start: String,
    /// Heading shown while the quiz screen is not built yet.
    pub quiz_coming_title: String,
    /// Plain explanation that the quiz is on its way.
    pub quiz_coming_body: String,
    /// Label of the button that returns to the welcome screen.
    pub back_to_start: String,
}

/// Why a catalog could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    /// Which content file failed.
    pub file: &'static str,
    /// The parser's message, with line and column.
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content file {} is invalid: {}", self.file, self.message)
    }
}

impl std::error::Error for CatalogError {}

/// The raw JSON sources of one language, in the order of [`Catalog`]'s fields.
#[derive(Debug, Clone, Copy)]
pub struct Sources {
    /// `(file name, JSON text)` of the `app` section.
    pub app: (&'static str, &'static str),
}

/// The built-in sources for a language.
pub fn sources(lang: Lang) -> Sources {
    match lang {
        Lang::En => Sources {
            app: ("content/en/app.json", include_str!("../../content/en/app.json")),
        },
    }
}

/// Parses one section. Blank strings are checked on the raw JSON first, so the
/// check covers every section generically, however its struct is shaped.
fn section<T: for<'de> Deserialize<'de>>(
    (file, text): (&'static str, &'static str),
) -> Result<T, CatalogError> {
    let err = |message: String| CatalogError { file, message };
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| err(e.to_string()))?;
    if let Some(path) = first_blank(&value, String::new()) {
        return Err(err(format!("text at `{path}` is empty")));
    }
    serde_json::from_value(value).map_err(|e| err(e.to_string()))
}

impl Catalog {
    /// Parses a catalog from its sources; blank text counts as an error.
    pub fn from_sources(src: Sources) -> Result<Self, CatalogError> {
        Ok(Catalog {
            app: section(src.app)?,
        })
    }

    /// The built-in catalog for `lang`.
    pub fn builtin(lang: Lang) -> Result<Self, CatalogError> {
        Self::from_sources(sources(lang))
    }
}

/// Depth-first search for the first string that is empty or only spaces.
pub fn first_blank(value: &serde_json::Value, path: String) -> Option<String> {
    match value {
        serde_json::Value::String(s) if s.trim().is_empty() => Some(path),
        serde_json::Value::Object(map) => map.iter().find_map(|(k, v)| {
            let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
            first_blank(v, p)
        }),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| first_blank(v, format!("{path}[{i}]"))),
        _ => None,
    }
}
