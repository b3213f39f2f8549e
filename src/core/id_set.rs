//! [`IdSet`]: a set of ids of one `id_enum!` type, stored as bits.
//!
//! The quiz's multiple-choice answers are sets of small enums. A
//! `BTreeSet` of each was several KiB of wasm per id type (insert, remove,
//! rebalancing, drop, iterators, all monomorphized); one bit per variant does
//! the same job and iterates in the same order (declaration order, which
//! is the ids' `Ord`).

use std::fmt;
use std::marker::PhantomData;

/// An id that can be a member of an [`IdSet`]: every `id_enum!` type.
pub trait SetId: Copy + 'static {
    /// Every value in declaration order (at most 32, checked where
    /// `id_enum!` declares the type).
    const ALL: &'static [Self];

    /// The value's place in [`SetId::ALL`].
    fn index(self) -> u32;
}

/// A set of ids, iterating in declaration order like the `BTreeSet` it
/// replaces (and serialized the same way, as a list).
pub struct IdSet<T> {
    bits: u32,
    id: PhantomData<T>,
}

impl<T: SetId> IdSet<T> {
    /// The empty set.
    pub const fn new() -> Self {
        IdSet {
            bits: 0,
            id: PhantomData,
        }
    }

    fn bit(t: T) -> u32 {
        1 << t.index()
    }

    /// Adds `t`; whether it was absent.
    pub fn insert(&mut self, t: T) -> bool {
        let absent = !self.contains(&t);
        self.bits |= Self::bit(t);
        absent
    }

    /// Removes `t`; whether it was present.
    pub fn remove(&mut self, t: &T) -> bool {
        let present = self.contains(t);
        self.bits &= !Self::bit(*t);
        present
    }

    /// Whether `t` is in the set.
    pub fn contains(&self, t: &T) -> bool {
        self.bits & Self::bit(*t) != 0
    }

    /// How many ids are in the set.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// Removes every id.
    pub fn clear(&mut self) {
        self.bits = 0;
    }

    /// Keeps only the ids `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        for t in self.iter() {
            if !keep(t) {
                self.bits &= !Self::bit(*t);
            }
        }
    }

    /// The ids in declaration order.
    pub fn iter(&self) -> Iter<T> {
        Iter {
            bits: self.bits,
            all: T::ALL.iter(),
        }
    }
}

/// The ids of an [`IdSet`], in declaration order.
pub struct Iter<T: 'static> {
    bits: u32,
    all: std::slice::Iter<'static, T>,
}

impl<T: SetId> Iterator for Iter<T> {
    type Item = &'static T;

    fn next(&mut self) -> Option<&'static T> {
        let bits = self.bits;
        self.all.find(|t| bits & IdSet::bit(**t) != 0)
    }
}

impl<T: SetId> IntoIterator for &IdSet<T> {
    type Item = &'static T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T: SetId> IntoIterator for IdSet<T> {
    type Item = T;
    type IntoIter = std::iter::Copied<Iter<T>>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter().copied()
    }
}

impl<T: SetId> Extend<T> for IdSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for t in items {
            self.insert(t);
        }
    }
}

impl<'a, T: SetId> Extend<&'a T> for IdSet<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, items: I) {
        self.extend(items.into_iter().copied());
    }
}

impl<T: SetId> FromIterator<T> for IdSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = IdSet::new();
        set.extend(items);
        set
    }
}

impl<T: SetId, const N: usize> From<[T; N]> for IdSet<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

// Written out rather than derived: a derive would ask the same of `T`, and
// ids have no `Default`.
impl<T: SetId> Default for IdSet<T> {
    fn default() -> Self {
        IdSet::new()
    }
}

impl<T> Clone for IdSet<T> {
    fn clone(&self) -> Self {
        IdSet {
            bits: self.bits,
            id: PhantomData,
        }
    }
}

impl<T> PartialEq for IdSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for IdSet<T> {}

impl<T> std::hash::Hash for IdSet<T> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.bits.hash(h);
    }
}

/// As `BTreeSet` prints: `{A, B}`.
impl<T: SetId + fmt::Debug> fmt::Debug for IdSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// A list in declaration order, as a `BTreeSet` serializes.
impl<T: SetId + serde::Serialize> serde::Serialize for IdSet<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: SetId + serde::Deserialize<'de>> serde::Deserialize<'de> for IdSet<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(d).map(IdSet::from_iter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::quiz::Safety;
    use std::collections::BTreeSet;

    /// Every operation agrees with a `BTreeSet` on every subset of the
    /// safety items (the largest answer id type).
    #[test]
    fn behaves_like_a_btree_set() {
        let all = Safety::ALL;
        assert!(all.len() <= 32);
        for mask in 0..1u32 << all.len() {
            let members: Vec<Safety> = (0..all.len()).filter(|i| mask & 1 << i != 0).map(|i| all[i]).collect();
            let tree: BTreeSet<Safety> = members.iter().rev().copied().collect();
            let set: IdSet<Safety> = members.iter().rev().copied().collect();
            assert!(set.iter().eq(tree.iter()));
            assert_eq!(set.len(), tree.len());
            assert_eq!(set.is_empty(), tree.is_empty());
            assert_eq!(format!("{set:?}"), format!("{tree:?}"));
            assert_eq!(serde_json::to_string(&set).ok(), serde_json::to_string(&tree).ok());
            let back: Result<IdSet<Safety>, _> =
                serde_json::from_str(&serde_json::to_string(&tree).unwrap_or_default());
            assert_eq!(back.ok(), Some(set.clone()));
            for s in all {
                assert_eq!(set.contains(s), tree.contains(s));
                let (mut a, mut b) = (set.clone(), tree.clone());
                assert_eq!(a.insert(*s), b.insert(*s));
                assert!(a.iter().eq(b.iter()));
                let (mut a, mut b) = (set.clone(), tree.clone());
                assert_eq!(a.remove(s), b.remove(s));
                assert!(a.iter().eq(b.iter()));
                let (mut a, mut b) = (set.clone(), tree.clone());
                a.retain(|x| x != s && !x.is_exclusive());
                b.retain(|x| x != s && !x.is_exclusive());
                assert!(a.iter().eq(b.iter()));
            }
        }
    }
}
