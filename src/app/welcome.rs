//! The welcome screen.

use std::rc::Rc;
use yew::prelude::*;

use super::buttons::{button, lang_switch, on_click};
use super::heading::ScreenHeading;
use super::state::Action;
use crate::core::catalog::{Catalog, LangLoad};
use crate::core::config::Lang;

/// Properties of [`welcome`].
#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// Whether to focus the heading on arrival.
    pub focus: bool,
    /// Moves to another screen: Start starts the quiz, the other button
    /// opens the diagrams.
    pub nav: Callback<Action>,
    /// The language shown now, marked as pressed in the language switch.
    #[prop_or_default]
    pub lang: Lang,
    /// Called with the language the visitor picks; without it there is no switch.
    #[prop_or_default]
    pub on_lang: Option<Callback<Lang>>,
    /// A language being fetched, or one that could not be.
    #[prop_or_default]
    pub lang_load: LangLoad,
}

/// Name, what the guide does, the not-a-diagnosis note and Start.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm. The section's `key`
/// makes Yew replace it, as it remounted the component, when the screen changes.
pub fn welcome(props: &WelcomeProps) -> Html {
    let t = &props.catalog.app;
    html! {
        <section key="welcome" class="mg-screen mg-welcome">
            <div class="mg-welcome__art" aria-hidden="true">{ super::art::skin_layers() }</div>
            <ScreenHeading text={&t.name} focus={props.focus} />
            <p class="mg-lead">{ &t.intro }</p>
            <aside class="mg-note" aria-label={t.not_diagnosis_title.clone()}>
                <p class="mg-note__title">{ &t.not_diagnosis_title }</p>
                <p>{ &t.not_diagnosis }</p>
            </aside>
            <p class="mg-privacy">{ &t.privacy }</p>
            <div class="mg-actions">
                { button("mg-button mg-button--primary", (&t.start).into(), on_click(&props.nav, Action::StartQuiz)) }
                { button("mg-button", (&t.how_it_works).into(), on_click(&props.nav, Action::ShowHowItWorks)) }
            </div>
            // After the actions, so Tab reaches Start first; visitors whose
            // browser asks for Spanish already get it without this switch.
            { props.on_lang.as_ref().map(|cb| lang_switch("mg-lang", "mg-button mg-button--small mg-lang__option", (&t.language).into(), props.lang, cb, props.lang_load)).unwrap_or_default() }
        </section>
    }
}
