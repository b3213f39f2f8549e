//! Mounting the app, and what the element sends back to its page.

use std::rc::Rc;

use web_sys::Element;
use yew::{AppHandle, Callback};

use crate::app::props::AppProps;
use crate::app::root::App;
use crate::core::catalog::Catalog;
use crate::core::config::{Config, Mode};
use crate::core::events::WidgetEvent;
use crate::platform::{link, warn_all};

/// A mounted widget. Yew owns the element's content until [`Mounted::unmount`].
pub struct Mounted {
    handle: Option<AppHandle<App>>,
}

impl Mounted {
    /// Re-renders with new configuration or text, keeping the visitor's
    /// progress: attribute changes apply live without a restart.
    pub fn update(&mut self, props: AppProps) {
        if let Some(h) = self.handle.as_mut() {
            h.update(props);
        }
    }

    /// Removes the widget and everything it rendered from its element.
    pub fn unmount(mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}

/// The last-resort text when the app cannot start at all (the browser
/// refused to create its elements), so the visitor never meets a blank box.
pub const FATAL_TEXT: &str = "This guide could not load. Please reload the page.";

/// Mounts the app into `element` with the built-in text and no host events.
pub fn mount(element: Element, config: Config) -> Mounted {
    let catalog = Catalog::builtin(config.lang);
    let resume = if config.mode == Mode::Standalone && config.url_config {
        saved_answers()
    } else {
        None
    };
    mount_with(
        element,
        AppProps {
            config,
            catalog: Rc::new(catalog),
            on_event: Callback::noop(),
            resume,
            on_lang: None,
            load_lang: None,
            lang_load: Default::default(),
        },
    )
}

/// Mounts the app into `element` with fully prepared properties.
pub fn mount_with(element: Element, props: AppProps) -> Mounted {
    let handle = yew::Renderer::<App>::with_root_and_props(element, props).render();
    Mounted { handle: Some(handle) }
}

/// What the page URL's saved link says to start from, if anything. Every
/// dropped part, and any damage, is reported in the console.
pub fn saved_answers() -> Option<crate::core::link::Resume> {
    let read = link::read();
    warn_all(&read.messages());
    read.resume()
}

/// Sends `event` to the host page as a DOM `CustomEvent` on `host`.
pub fn dispatch(host: &web_sys::HtmlElement, event: WidgetEvent, share_verdict: bool) {
    let detail = js_sys::Object::new();
    for (key, value) in event.detail(share_verdict) {
        let v = match value {
            crate::core::events::DetailValue::Number(n) => wasm_bindgen::JsValue::from(n),
            crate::core::events::DetailValue::Text(t) => wasm_bindgen::JsValue::from_str(t),
        };
        // Setting a plain property on a fresh object cannot fail.
        let _ = js_sys::Reflect::set(&detail, &key.into(), &v);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&e);
    }
}
