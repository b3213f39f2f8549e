//! The screen for a saved link that could not be used. A plan built from
//! part of a link could leave out a safety warning, so the visitor is told
//! plainly and offered a fresh start instead.

use std::rc::Rc;
use yew::prelude::*;

use super::buttons::{button, on_click};
use super::heading::ScreenHeading;
use super::state::Action;
use crate::core::catalog::Catalog;

/// Properties of [`damaged_link`].
#[derive(Properties, PartialEq)]
pub struct DamagedLinkProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// Moves on: to the quiz, afresh, or to the welcome screen.
    pub nav: Callback<Action>,
}

/// "This saved link is damaged", why that is safe, and the way on.
///
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm. The section's `key`
/// makes Yew replace it, as it remounted the component, when the screen changes.
pub fn damaged_link(props: &DamagedLinkProps) -> Html {
    let t = &props.catalog.app;
    // The page was just opened from the link, so focus stays where the
    // browser put it; the heading is the first thing a screen reader reads.
    html! {
        <section key="damaged-link" class="mg-screen mg-damaged">
            <ScreenHeading text={&t.damaged_title} focus={false} />
            <p class="mg-lead">{ &t.damaged_body }</p>
            <p class="mg-privacy">{ &t.privacy }</p>
            <div class="mg-actions">
                { button("mg-button mg-button--primary", (&t.damaged_action).into(), on_click(&props.nav, Action::StartQuiz)) }
                { button("mg-button", (&t.back_to_start).into(), on_click(&props.nav, Action::Home)) }
            </div>
        </section>
    }
}
