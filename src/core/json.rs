//! The small JSON value a clinic's wording file becomes, and the keys of
//! text maps.
//!
//! The built-in content is read by `build.rs` (serde_json, at build time), so
//! no JSON reader ships for it. A clinic's file is read at run time by the
//! browser's own `JSON.parse` and converted into [`Json`] (in the platform
//! layer); native tests build the same value from serde_json. The core only
//! walks it, so it stays pure and testable without a browser.

/// A JSON value. Objects keep their entries in the order they were read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number. Its value is never needed: no clinic text is a number.
    Number,
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Json>),
    /// An object's `(key, value)` entries.
    Object(Vec<(String, Json)>),
}

/// A key of a JSON object that names one value of a Rust type.
///
/// Each key also has a rank, a small number in the type's order, so maps can
/// store ranks and share one non-generic loader for every key type.
pub trait MapKey: Copy {
    /// The value a key names, if any.
    fn from_key(key: &str) -> Option<Self>;
    /// The key as it is spelt in JSON.
    fn key(self) -> String;
    /// The key's rank: equal ranks mean equal keys, and ranks sort as keys do.
    fn rank(self) -> u8;
    /// The key of a rank, if any.
    fn from_rank(rank: u8) -> Option<Self>;
    /// The rank of the key spelt `key`, if it names one.
    fn rank_of_key(key: &str) -> Option<u8> {
        Self::from_key(key).map(Self::rank)
    }
}

impl MapKey for u8 {
    fn from_key(key: &str) -> Option<Self> {
        // Only canonical spellings, so "01" and "1" cannot both appear.
        key.parse().ok().filter(|n: &u8| n.to_string() == key)
    }

    fn key(self) -> String {
        self.to_string()
    }

    fn rank(self) -> u8 {
        self
    }

    fn from_rank(rank: u8) -> Option<Self> {
        Some(rank)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(u8::from_key("12"), Some(12));
        assert_eq!(u8::from_key("012"), None);
        assert_eq!(u8::from_key("x"), None);
    }
}
