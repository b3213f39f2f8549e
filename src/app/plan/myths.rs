//! Myth or fact: each claim opens to its correction.

use std::rc::Rc;
use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::plan::Myth;

/// Properties of [`myth_list`].
#[derive(Properties, PartialEq)]
pub struct MythListProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// The myths to show.
    pub myths: Vec<Myth>,
}

/// One `<details>` per claim: the claim and its verdict word in the
/// summary, the accurate version inside.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm.
pub fn myth_list(props: &MythListProps) -> Html {
    let t = &props.catalog.plan;
    props
        .myths
        .iter()
        .filter_map(|m| t.myths.get(m))
        .map(|m| {
            html! {
                <details class="mg-myth">
                    <summary class="mg-myth__claim">
                        <span class="mg-myth__text">{ format!("\u{201c}{}\u{201d}", m.claim) }</span>
                        <span class="mg-badge mg-myth__verdict">{ &m.verdict }</span>
                    </summary>
                    <p class="mg-myth__fact">{ &m.fact }</p>
                </details>
            }
        })
        .collect()
}
