//! The app's root: a reusable slot, and the choice between the kiosk shell
//! and the guide.

use yew::prelude::*;
use yew::virtual_dom::{Key, VChild};

use super::kiosk::{KioskShell, KioskShellProps};
use super::props::AppProps;
use super::Guide;
use crate::core::config::Mode;

/// Properties of [`Slot`].
#[derive(Properties, PartialEq)]
pub struct SlotProps {
    /// The guide to show; `None` shows nothing and drops the last guide's
    /// state, effects and timers.
    pub app: Option<AppProps>,
    /// Which element's guide this is: a new number mounts a fresh guide.
    pub visit: u32,
}

/// A reusable place for one guide. The platform keeps a few of these and
/// hands a free one to each new element instead of mounting another Yew app,
/// because Yew never frees an app's delegated event listeners (see
/// `element::widget`).
#[component]
pub fn Slot(props: &SlotProps) -> Html {
    match &props.app {
        Some(app) => widget(app, Some(Key::from(props.visit))),
        None => Html::default(),
    }
}

/// The whole widget as its own app (the server-rendered first screens and
/// the browser tests mount it); the page's elements use [`Slot`].
#[component]
pub fn App(props: &AppProps) -> Html {
    widget(props, None)
}

/// The kiosk shell in kiosk mode, the guide otherwise, under `key` (a new
/// key mounts it afresh). A plain function shared by [`Slot`] and [`App`]:
/// a component between them and the guide would only cost lifecycle code.
fn widget(props: &AppProps, key: Option<Key>) -> Html {
    if props.config.mode == Mode::Kiosk {
        let shell = KioskShellProps {
            config: props.config.clone(),
            catalog: props.catalog.clone(),
            on_event: props.on_event.clone(),
            load_lang: props.load_lang.clone(),
            lang_load: props.lang_load,
        };
        return VChild::<KioskShell>::new(shell, key).into();
    }
    VChild::<Guide>::new(props.clone(), key).into()
}
