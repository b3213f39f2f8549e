//! The kiosk's attract screen: a quietly moving skin drawing and one big
//! "Tap to start".

use std::rc::Rc;
use yew::prelude::*;

use crate::app::buttons::{button, lang_switch};
use crate::core::catalog::Catalog;
use crate::core::config::Lang;

/// Properties of [`attract`].
#[derive(Properties, PartialEq)]
pub struct AttractProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// The language on show.
    pub lang: Lang,
    /// Called on "Tap to start".
    pub on_start: Callback<MouseEvent>,
    /// Called with a language picked from the list.
    pub on_lang: Callback<Lang>,
    /// A language being fetched, or one that could not be.
    pub lang_load: crate::core::catalog::LangLoad,
}

/// Waiting for the next visitor.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm.
pub fn attract(props: &AttractProps) -> Html {
    let t = &props.catalog.app.kiosk;
    html! {
        <section class="mg-screen mg-attract">
            <div class="mg-attract__art" aria-hidden="true">{ crate::app::art::skin_layers() }</div>
            <h1 class="mg-heading mg-attract__title">{ &t.attract_title }</h1>
            <p class="mg-lead">{ &t.attract_lead }</p>
            { button("mg-button mg-button--primary mg-attract__start", (&t.tap_to_start).into(), props.on_start.clone()) }
            if Lang::ALL.len() > 1 {
                { lang_switch("mg-attract__langs", "mg-button", (&t.language_label).into(), props.lang, &props.on_lang, props.lang_load) }
            }
        </section>
    }
}
