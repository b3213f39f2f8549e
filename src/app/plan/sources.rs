//! The numbered list of sources at the end of the plan.

use std::rc::Rc;
use yew::prelude::*;

use crate::core::catalog::Catalog;

/// Properties of [`source_list`].
#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// The source numbers the plan cites, sorted.
    pub numbers: Vec<u8>,
}

/// An ordered list whose items keep the fact base's numbers (`value`), so
/// "Sources: 5, 13" under a section matches the list even with gaps.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm.
pub fn source_list(props: &SourceListProps) -> Html {
    let t = &props.catalog.plan;
    let items = props
        .numbers
        .iter()
        .filter_map(|n| t.sources.get(n).map(|s| (*n, s.clone())))
        .map(|(n, s)| html! { <li value={n.to_string()} key={n.to_string()}>{ s }</li> })
        .collect::<Html>();
    // Citations stay as published (in English) in every language; `lang`
    // tells screen readers to pronounce them as English.
    html! { <ol class="mg-sources" lang="en">{ items }</ol> }
}
