//! The small JSON value a clinic's wording file becomes, and the keys of
//! text maps.
//!
//! The built-in content is read by `build.rs` (serde_json, at build time), so
//! no JSON reader ships for it. A clinic's file is read at run time by the
//! browser's own `JSON.parse` and converted into [`Json`] (in the platform
//! layer); native tests build the same value from serde_json. The core only
//! walks it, so it stays pure and testable without a browser.

use std::fmt;

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

/// The serde name of a unit enum variant (`rename_all` included), read by
/// serializing it into a serializer that only records that name. That lets
/// the catalog use the enums' existing serde names without linking a
/// deserializer into the wasm; any other shape gives `None`.
pub fn variant_name<T: serde::Serialize>(v: &T) -> Option<&'static str> {
    v.serialize(VariantName).ok()
}

/// Error of [`VariantName`]: the value was not a unit variant.
#[derive(Debug)]
struct NotAVariant;

impl fmt::Display for NotAVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAVariant {}

impl serde::ser::Error for NotAVariant {
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotAVariant
    }
}

/// A serializer that accepts only unit variants and returns their name.
struct VariantName;

/// Serializer methods that refuse their value.
macro_rules! refuse {
    ($($f:ident($($t:ty),*) -> $r:ty;)*) => {
        $(fn $f(self, $(_: $t),*) -> Result<$r, NotAVariant> { Err(NotAVariant) })*
    };
}

type No = serde::ser::Impossible<&'static str, NotAVariant>;

impl serde::Serializer for VariantName {
    type Ok = &'static str;
    type Error = NotAVariant;
    type SerializeSeq = No;
    type SerializeTuple = No;
    type SerializeTupleStruct = No;
    type SerializeTupleVariant = No;
    type SerializeMap = No;
    type SerializeStruct = No;
    type SerializeStructVariant = No;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<&'static str, NotAVariant> {
        Ok(variant)
    }

    fn serialize_some<T: ?Sized + serde::Serialize>(self, _: &T) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_newtype_struct<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_newtype_variant<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    refuse! {
        serialize_bool(bool) -> &'static str;
        serialize_i8(i8) -> &'static str;
        serialize_i16(i16) -> &'static str;
        serialize_i32(i32) -> &'static str;
        serialize_i64(i64) -> &'static str;
        serialize_u8(u8) -> &'static str;
        serialize_u16(u16) -> &'static str;
        serialize_u32(u32) -> &'static str;
        serialize_u64(u64) -> &'static str;
        serialize_f32(f32) -> &'static str;
        serialize_f64(f64) -> &'static str;
        serialize_char(char) -> &'static str;
        serialize_str(&str) -> &'static str;
        serialize_bytes(&[u8]) -> &'static str;
        serialize_none() -> &'static str;
        serialize_unit() -> &'static str;
        serialize_unit_struct(&'static str) -> &'static str;
        serialize_seq(Option<usize>) -> No;
        serialize_tuple(usize) -> No;
        serialize_tuple_struct(&'static str, usize) -> No;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> No;
        serialize_map(Option<usize>) -> No;
        serialize_struct(&'static str, usize) -> No;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> No;
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
        #[derive(serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        enum E {
            IcePick,
        }
        assert_eq!(variant_name(&E::IcePick), Some("ice_pick"));
        assert_eq!(variant_name(&3u8), None);
        assert_eq!(variant_name(&"x"), None);
    }
}
