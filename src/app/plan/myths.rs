//! Myth or fact: each claim opens to its correction.

use yew::prelude::*;

use crate::core::catalog::PlanText;
use crate::core::plan::Myth;

/// One `<details>` per claim: the claim and its verdict word in the
/// summary, the accurate version inside.
pub fn myth_list(t: &PlanText, myths: &[Myth]) -> Html {
    myths
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
