//! The numbered list of sources at the end of the plan.

use yew::prelude::*;

use crate::core::catalog::PlanText;

/// An ordered list of the sources `numbers` (sorted) whose items keep the
/// fact base's numbers (`value`), so "Sources: 5, 13" under a section
/// matches the list even with gaps.
pub fn source_list(t: &PlanText, numbers: &[u8]) -> Html {
    let items = numbers
        .iter()
        .filter_map(|n| t.sources.get(n).map(|s| (*n, s.clone())))
        .map(|(n, s)| html! { <li value={n.to_string()} key={n.to_string()}>{ s }</li> })
        .collect::<Html>();
    // Citations stay as published (in English) in every language; `lang`
    // tells screen readers to pronounce them as English.
    html! { <ol class="mg-sources" lang="en">{ items }</ol> }
}
