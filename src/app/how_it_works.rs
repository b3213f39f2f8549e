//! The "How microneedling works" screen: the general diagrams (no quiz
//! answers yet) and a way back to the start.

use std::rc::Rc;
use yew::prelude::*;

use crate::core::scene::{NeedleTarget, ScarShape};

use super::buttons::{button, on_click};
use super::diagram::Diagram;
use super::heading::ScreenHeading;
use super::state::Action;
use crate::core::catalog::Catalog;

/// Properties of [`how_it_works`].
#[derive(Properties, PartialEq)]
pub struct HowItWorksProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// Whether the widget owns the page's `h1`.
    pub top_level: bool,
    /// Whether to focus the heading on arrival.
    pub focus: bool,
    /// Moves to another screen.
    pub nav: Callback<Action>,
    /// Where the back button goes: the start, or the visitor's plan.
    pub back: Action,
    /// The visitor's scar shapes; empty for the general version.
    #[prop_or_default]
    pub shapes: Vec<ScarShape>,
    /// The needle set-up from the visitor's plan.
    #[prop_or(NeedleTarget::Scars)]
    pub needle: NeedleTarget,
    /// Label of the back button, when it leads somewhere else than the start.
    #[prop_or_default]
    pub back_label: Option<AttrValue>,
}

/// The diagrams screen.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm. The section's `key`
/// makes Yew replace it, as it remounted the component, when the screen changes.
pub fn how_it_works(props: &HowItWorksProps) -> Html {
    let t = &props.catalog.app;
    // Scene titles sit one level below the screen heading.
    let heading_level = if props.top_level { 2 } else { 3 };
    html! {
        <section key="how-it-works" class="mg-screen mg-screen--wide mg-how">
            <ScreenHeading text={&t.how_it_works_title} focus={props.focus} />
            <Diagram catalog={props.catalog.clone()} {heading_level} shapes={props.shapes.clone()} needle={props.needle} />
            <div class="mg-actions">
                { button("mg-button", props.back_label.clone().unwrap_or_else(|| (&t.back_to_start).into()), on_click(&props.nav, props.back)) }
            </div>
        </section>
    }
}
