//! The "how to tell" guide: the scar shapes side by side, then the stretch
//! and press tests, for visitors who are not sure what they have.

use std::rc::Rc;
use yew::prelude::*;

use crate::app::heading::heading;
use crate::app::scar_art::scar_art;
use crate::core::catalog::Catalog;
use crate::core::quiz::ScarType;

/// Properties of [`how_to_tell_guide`].
#[derive(Properties, PartialEq)]
pub struct HowToTellProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// Heading level of the guide's title (one below the question's).
    pub level: u8,
}

/// The guide, from the catalog's `how_to_tell` section.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm.
pub fn how_to_tell_guide(props: &HowToTellProps) -> Html {
    let g = &props.catalog.quiz.how_to_tell;
    let sub = props.level + 1;
    let shapes = ScarType::ALL
        .iter()
        .filter_map(|s| g.shapes.get(s).map(|text| (*s, text.clone())))
        .map(|(s, text)| {
            html! {
                <li class="mg-guide__shape" key={s.code()}>
                    <span class="mg-guide__art" aria-hidden="true">{ scar_art(s) }</span>
                    <span>{ text }</span>
                </li>
            }
        })
        .collect::<Html>();
    html! {
        <section class="mg-guide">
            { heading(props.level, "mg-guide__title", false, NodeRef::default(), (&g.title).into()) }
            <p>{ &g.intro }</p>
            <ul class="mg-guide__shapes" role="list">{ shapes }</ul>
            <div class="mg-guide__tests">
                <div class="mg-guide__test">
                    { heading(sub, "mg-guide__subtitle", false, NodeRef::default(), (&g.stretch_title).into()) }
                    <p>{ &g.stretch_test }</p>
                </div>
                <div class="mg-guide__test">
                    { heading(sub, "mg-guide__subtitle", false, NodeRef::default(), (&g.press_title).into()) }
                    <p>{ &g.press_test }</p>
                </div>
            </div>
            <p class="mg-guide__note">{ &g.provider_note }</p>
        </section>
    }
}
