//! Texts keyed by ids: the map every section of the catalog uses.

use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error as _, MapAccess, Visitor};

use crate::core::json::{Json, MapKey};
use crate::core::tree::{join, Baker, Leaf, Reader, TextTree};

/// Texts keyed by ids, in key order.
///
/// A sorted list of `(rank, text)` rather than a `BTreeMap`: these maps hold
/// a handful of entries, are built once and only looked up, and each
/// `BTreeMap<K, V>` added KiB of wasm per key type. Storing [`MapKey::rank`]s
/// lets all maps share one reader per value type.
#[derive(Debug, Clone, PartialEq)]
pub struct TextMap<K, V> {
    entries: Vec<(u8, V)>,
    key: PhantomData<K>,
}

impl<K, V> Default for TextMap<K, V> {
    fn default() -> Self {
        TextMap {
            entries: Vec::new(),
            key: PhantomData,
        }
    }
}

impl<K: MapKey, V> TextMap<K, V> {
    /// The value for `k`, if present.
    pub fn get(&self, k: &K) -> Option<&V> {
        let r = k.rank();
        self.entries.iter().find(|(x, _)| *x == r).map(|(_, v)| v)
    }

    /// Whether `k` has a value.
    pub fn contains_key(&self, k: &K) -> bool {
        self.get(k).is_some()
    }

    /// Every `(key, value)` in key order.
    pub fn iter(&self) -> impl Iterator<Item = (K, &V)> {
        self.entries.iter().filter_map(|(r, v)| Some((K::from_rank(*r)?, v)))
    }

    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The entries of any map: generic over the value type only, so every map
/// of texts shares one reader.
fn unbake_entries<V: TextTree>(r: &mut Reader) -> Vec<(u8, V)> {
    let n = r.number();
    (0..n).map(|_| (u8::unbake(r), V::unbake(r))).collect()
}

impl<K: MapKey, V: TextTree> TextTree for TextMap<K, V> {
    fn bake(&self, out: &mut Baker) {
        out.number(self.entries.len());
        for (rank, v) in &self.entries {
            rank.bake(out);
            v.bake(out);
        }
    }

    fn unbake(r: &mut Reader) -> Self {
        TextMap {
            entries: unbake_entries(r),
            key: PhantomData,
        }
    }

    fn texts(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
        texts_entries(&self.entries, path, f, key_of::<K>);
    }

    fn patch(&mut self, v: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        patch_entries(&mut self.entries, v, path, f, K::rank_of_key);
    }
}

/// The JSON key of a map key's rank.
fn key_of<K: MapKey>(rank: u8) -> String {
    K::from_rank(rank).map(K::key).unwrap_or_default()
}

/// Lists the texts of any map's entries, generic over the value type only.
fn texts_entries<V: TextTree>(entries: &[(u8, V)], path: &str, f: &mut dyn FnMut(&str, &str), key: fn(u8) -> String) {
    for (rank, v) in entries {
        v.texts(&join(path, &key(*rank)), f);
    }
}

/// Patches the entries of any map: generic over the value type only (the
/// key type comes in as `rank`), so every map of texts shares one walk.
fn patch_entries<V: TextTree>(
    entries: &mut [(u8, V)],
    v: &Json,
    path: &str,
    f: &mut dyn FnMut(&str, Leaf<'_>),
    rank: fn(&str) -> Option<u8>,
) {
    let Json::Object(items) = v else {
        f(path, Leaf::WrongType);
        return;
    };
    for (key, value) in items {
        let here = join(path, key);
        let r = rank(key);
        match entries.iter_mut().find(|(x, _)| Some(*x) == r) {
            Some((_, old)) => old.patch(value, &here, f),
            None => f(&here, Leaf::Unknown),
        }
    }
}

/// Read by `build.rs` only: unknown and duplicate keys are errors, and the
/// entries are kept in key order as they are read.
impl<'de, K: MapKey, V: Deserialize<'de>> Deserialize<'de> for TextMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries<K, V>(PhantomData<(K, V)>);

        impl<'de, K: MapKey, V: Deserialize<'de>> Visitor<'de> for Entries<K, V> {
            type Value = TextMap<K, V>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of texts keyed by id")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries: Vec<(u8, V)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let Some(r) = K::rank_of_key(&key) else {
                        return Err(A::Error::custom(format!("unknown key `{key}`")));
                    };
                    let at = entries.iter().position(|(x, _)| *x >= r).unwrap_or(entries.len());
                    if entries.get(at).is_some_and(|(x, _)| *x == r) {
                        return Err(A::Error::custom(format!("duplicate key `{key}`")));
                    }
                    entries.insert(at, (r, map.next_value()?));
                }
                Ok(TextMap {
                    entries,
                    key: PhantomData,
                })
            }
        }

        d.deserialize_map(Entries(PhantomData))
    }
}
