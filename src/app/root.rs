//! The app's root: a reusable slot, and the choice between the kiosk shell
//! and the guide.

use yew::prelude::*;

use super::kiosk;
use super::props::AppProps;
use super::Guide;
use crate::core::config::Mode;

/// Properties of [`Slot`].
#[derive(Properties, PartialEq)]
pub struct SlotProps {
    /// The guide to show; `None` shows nothing and drops the last guide's
    /// state, effects and timers.
    pub app: Option<AppProps>,
    /// Which element's guide this is: a new number mounts a fresh [`App`].
    pub visit: u32,
}

/// A reusable place for one guide. The platform keeps a few of these and
/// hands a free one to each new element instead of mounting another Yew app,
/// because Yew never frees an app's delegated event listeners (see
/// `element::widget`).
#[component]
pub fn Slot(props: &SlotProps) -> Html {
    match &props.app {
        Some(app) => html! { <App key={props.visit} ..app.clone() /> },
        None => Html::default(),
    }
}

/// The whole widget: the kiosk shell in kiosk mode, the guide otherwise.
#[component]
pub fn App(props: &AppProps) -> Html {
    if props.config.mode == Mode::Kiosk {
        return html! {
            <kiosk::KioskShell config={props.config.clone()} catalog={props.catalog.clone()} on_event={props.on_event.clone()}
                load_lang={props.load_lang.clone()} lang_load={props.lang_load} />
        };
    }
    html! {
        <Guide config={props.config.clone()} catalog={props.catalog.clone()} on_event={props.on_event.clone()}
            resume={props.resume.clone()} on_lang={props.on_lang.clone()} lang_load={props.lang_load} />
    }
}
