//! Answer-space helpers shared by the exhaustive native tests, so every test
//! walks the same space in the same order.

#![allow(dead_code)]

use std::collections::BTreeSet;

/// Every subset of `items`, as sets, in a fixed order.
pub fn subsets<T: Copy + Ord>(items: &[T]) -> Vec<BTreeSet<T>> {
    (0..1u32 << items.len())
        .map(|mask| {
            items
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, t)| *t)
                .collect()
        })
        .collect()
}

/// Every answer a single-choice question can have, including "unanswered".
pub fn optional<T: Copy>(all: &[T]) -> Vec<Option<T>> {
    std::iter::once(None).chain(all.iter().copied().map(Some)).collect()
}
