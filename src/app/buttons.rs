//! The plain buttons that move a visitor on (Start, Back, Next, Finish…) and
//! the language buttons, rendered by one function each: every screen's
//! buttons share one copy of the element's code and one click listener type
//! per kind of action, instead of a copy at each button.

use yew::prelude::*;

use crate::core::catalog::{Catalog, LangLoad};
use crate::core::config::Lang;

/// A click that sends `action` to `to`. Generic over the action's type only,
/// so every button sending, say, a quiz action shares one listener type.
pub fn on_click<A: Clone + 'static>(to: &Callback<A>, action: A) -> Callback<MouseEvent> {
    to.reform(move |_: MouseEvent| action.clone())
}

/// `<button type="button" class={class}>{label}</button>` that calls `onclick`.
pub fn button(class: &'static str, label: AttrValue, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" {class} {onclick}>{ label }</button>
    }
}

/// The language switch: in a `role="group"` named `label`, one toggle button
/// per shipped language, each named in its own language (with a matching
/// `lang`, so screen readers pronounce it right) because a visitor looks for
/// the name they can read; then, if a language failed to load, the message
/// that says so.
pub fn lang_switch(
    group_class: &'static str,
    button_class: &'static str,
    label: AttrValue,
    current: Lang,
    on_lang: &Callback<Lang>,
    load: LangLoad,
) -> Html {
    html! {
        <>
        <div class={group_class} role="group" aria-label={label}>
            { for Lang::ALL.iter().map(|&l| html! {
                <button type="button" key={l.tag()} class={button_class}
                    lang={l.tag()} aria-pressed={(l == current).to_string()} onclick={on_click(on_lang, l)}>
                    { lang_label(l, load) }
                </button>
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
