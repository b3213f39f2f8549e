//! The welcome screen.

use std::rc::Rc;
use yew::prelude::*;

use super::heading::ScreenHeading;
use crate::core::catalog::{Catalog, LangLoad};
use crate::core::config::Lang;

/// Properties of [`welcome`].
#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// Whether to focus the heading on arrival.
    pub focus: bool,
    /// Called when the visitor presses Start.
    pub on_start: Callback<()>,
    /// Called when the visitor opens the diagrams.
    pub on_how_it_works: Callback<()>,
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

/// The language switch: one toggle button per shipped language, each named in
/// its own language (with a matching `lang`, so screen readers pronounce it
/// right), because a visitor looks for the name they can read.
fn lang_switch(label: &str, current: Lang, on_lang: &Callback<Lang>, load: LangLoad) -> Html {
    html! {
        <>
        <div class="mg-lang" role="group" aria-label={label.to_string()}>
            { for Lang::ALL.into_iter().map(|l| {
                let onclick = on_lang.reform(move |_: MouseEvent| l);
                html! {
                    <button type="button" key={l.tag()} class="mg-button mg-button--small mg-lang__option"
                        lang={l.tag()} aria-pressed={(l == current).to_string()} {onclick}>
                        { lang_label(l, load) }
                    </button>
                }
            }) }
        </div>
        { lang_failed(load) }
        </>
    }
}

/// A language button's label: its name, or, while its text is fetched,
/// "getting ready" in that language, as the prerendered buttons say it.
pub fn lang_label(l: Lang, load: LangLoad) -> &'static str {
    if load == LangLoad::Loading(l) {
        Catalog::loading_texts(l).0
    } else {
        l.native_name()
    }
}

/// The plain message, in the language that could not load, that its text
/// did not arrive; the guide stays in the language it shows.
pub fn lang_failed(load: LangLoad) -> Html {
    match load {
        LangLoad::Failed(l) => html! {
            <p class="mg-lang__failed" role="alert" lang={l.tag()}>{ Catalog::loading_texts(l).1 }</p>
        },
        _ => Html::default(),
    }
}

/// Name, what the guide does, the not-a-diagnosis note and Start.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm. The section's `key`
/// makes Yew replace it, as it remounted the component, when the screen changes.
pub fn welcome(props: &WelcomeProps) -> Html {
    let t = &props.catalog.app;
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let on_how = props.on_how_it_works.reform(|_: MouseEvent| ());
    html! {
        <section key="welcome" class="mg-screen mg-welcome">
            <div class="mg-welcome__art" aria-hidden="true">{ super::art::skin_layers() }</div>
            <ScreenHeading text={t.name.clone()} focus={props.focus} />
            <p class="mg-lead">{ &t.intro }</p>
            <aside class="mg-note" aria-label={t.not_diagnosis_title.clone()}>
                <p class="mg-note__title">{ &t.not_diagnosis_title }</p>
                <p>{ &t.not_diagnosis }</p>
            </aside>
            <p class="mg-privacy">{ &t.privacy }</p>
            <div class="mg-actions">
                <button type="button" class="mg-button mg-button--primary" onclick={on_start}>{ &t.start }</button>
                <button type="button" class="mg-button" onclick={on_how}>{ &t.how_it_works }</button>
            </div>
            // After the actions, so Tab reaches Start first; visitors whose
            // browser asks for Spanish already get it without this switch.
            { props.on_lang.as_ref().map(|cb| lang_switch(&t.language, props.lang, cb, props.lang_load)).unwrap_or_default() }
        </section>
    }
}
