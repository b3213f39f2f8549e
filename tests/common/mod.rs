//! Answer-space helpers shared by the exhaustive native tests, so every test
//! walks the same space in the same order.

#![allow(dead_code)]

use microneedling_guide::core::id_set::{IdSet, SetId};
use microneedling_guide::core::quiz::{Answers, Concern, Downtime, Safety, ScarType, SunReaction, Visibility};

/// Every subset of `items`, as sets, in a fixed order.
pub fn subsets<T: SetId>(items: &[T]) -> Vec<IdSet<T>> {
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

/// Every valid safety answer: each subset of the items, plus the exclusive ones.
pub fn safety_sets() -> Vec<IdSet<Safety>> {
    let mut v = subsets(Safety::ITEMS);
    v.push([Safety::None].into());
    v.push([Safety::PreferNotToSay].into());
    v
}

/// Every valid concern answer.
pub fn concern_sets() -> Vec<IdSet<Concern>> {
    let mut v = subsets(Concern::ITEMS);
    v.push([Concern::None].into());
    v
}

/// Calls `f` with every scar subset against every safety answer (256 x 2,050
/// answer sets), with the single choices and concerns cycled deterministically
/// so every value meets many scar and safety combinations. `k` counts the
/// calls, for tests that run a slower check on a sample. Returns the count.
pub fn each_scar_and_safety_answer(mut f: impl FnMut(usize, &Answers)) -> usize {
    let scars = subsets(ScarType::ALL);
    let safety = safety_sets();
    let concerns = concern_sets();
    let vis = optional(Visibility::ALL);
    let sun = optional(SunReaction::ALL);
    let down = optional(Downtime::ALL);
    let mut n = 0usize;
    for (i, s) in scars.iter().enumerate() {
        for (j, x) in safety.iter().enumerate() {
            let k = i * 7 + j;
            let a = Answers {
                scars: s.clone(),
                visibility: vis[k % vis.len()],
                concerns: concerns[k % concerns.len()].clone(),
                sun: sun[(k / 3) % sun.len()],
                safety: x.clone(),
                downtime: down[(k / 5) % down.len()],
            };
            f(k, &a);
            n += 1;
        }
    }
    n
}

/// Set-up shared by the browser tests.
#[cfg(target_arch = "wasm32")]
pub mod web;

/// Calls `f` with every combination of the single-choice answers (visibility,
/// sun and downtime, each also unanswered) against every one of the given
/// scar, safety and concern sets, for the tests that pair the full
/// single-choice space with representative sets. Returns the count.
pub fn each_single_choice_with(
    scar_sets: &[IdSet<ScarType>],
    safety_sets: &[IdSet<Safety>],
    concern_sets: &[IdSet<Concern>],
    mut f: impl FnMut(&Answers),
) -> usize {
    let mut n = 0usize;
    for visibility in optional(Visibility::ALL) {
        for sun in optional(SunReaction::ALL) {
            for downtime in optional(Downtime::ALL) {
                for s in scar_sets {
                    for x in safety_sets {
                        for c in concern_sets {
                            f(&Answers {
                                scars: s.clone(),
                                visibility,
                                concerns: c.clone(),
                                sun,
                                safety: x.clone(),
                                downtime,
                            });
                            n += 1;
                        }
                    }
                }
            }
        }
    }
    n
}
