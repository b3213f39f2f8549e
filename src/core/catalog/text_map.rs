//! Texts keyed by ids: the map every section of the catalog uses.

use std::borrow::Cow;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error as _, MapAccess, Visitor};

use crate::core::json::MapKey;
use crate::core::tree::{Baker, Branch, Node, Reader, TextTree};

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

    fn node(&mut self) -> Node<'_> {
        Node::Branch(self)
    }
}

impl<K: MapKey, V: TextTree> Branch for TextMap<K, V> {
    fn key(&self, i: usize) -> Option<Cow<'static, str>> {
        self.entries.get(i).map(|(rank, _)| Cow::Owned(key_of::<K>(*rank)))
    }

    fn child(&mut self, i: usize) -> Node<'_> {
        child(&mut self.entries, i)
    }
}

/// The JSON key of a map key's rank.
fn key_of<K: MapKey>(rank: u8) -> String {
    K::from_rank(rank).map(K::key).unwrap_or_default()
}

/// Entry `i` of any map: generic over the value type only.
fn child<V: TextTree>(entries: &mut [(u8, V)], i: usize) -> Node<'_> {
    entries.get_mut(i).map_or(Node::Absent, |(_, v)| v.node())
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
