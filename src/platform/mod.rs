//! Platform glue: the one way into the widget.
//!
//! Every mode (standalone page, clinic embed, kiosk) goes through the
//! `<microneedling-guide>` custom element ([`element::MgWidget`]), which ends
//! in [`mount`] with a typed [`Config`]. Reading the host page, fetching a
//! clinic's wording and dispatching host events live here; browser clocks and
//! listeners live in [`frame`], [`motion`] and [`visibility`], each owned by a
//! guard that cleans up on drop; [`paint`] writes an animation's moving
//! attributes straight to the nodes Yew rendered; the answer link in the URL fragment is in
//! [`link`]. Nothing else in the crate touches the DOM
//! outside Yew.

pub mod element;
pub mod fold;
pub mod frame;
pub mod iframe;
pub mod kiosk;
pub mod host;
pub mod link;
pub mod staff;
pub mod motion;
pub mod paint;
pub mod speech;
pub mod visibility;

use std::rc::Rc;

use web_sys::Element;
use yew::{AppHandle, Callback};

use crate::app::{App, AppProps};
use crate::core::catalog::Catalog;
use crate::core::config::{Config, Lang, Mode};
use crate::core::events::WidgetEvent;

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

/// The built-in catalog for `lang`, falling back to English. Built-in
/// catalogs are checked by `cargo test`; the fallbacks are defence only.
pub fn load_catalog(lang: Lang) -> Option<Catalog> {
    match Catalog::builtin(lang) {
        Ok(c) => Some(c),
        Err(e) => {
            gloo::console::error!(format!("microneedling-guide: {e}"));
            if lang == Lang::En {
                None
            } else {
                Catalog::builtin(Lang::En).ok()
            }
        }
    }
}

/// The last-resort text when no catalog loads at all, so the visitor never
/// meets a blank box. Unreachable while `cargo test` passes.
pub const FATAL_TEXT: &str = "This guide could not load. Please reload the page.";

/// Mounts the app into `element` with the built-in text and no host events.
pub fn mount(element: Element, config: Config) -> Option<Mounted> {
    let Some(catalog) = load_catalog(config.lang) else {
        element.set_text_content(Some(FATAL_TEXT));
        return None;
    };
    let resume = if config.mode == Mode::Standalone && config.url_config { saved_answers() } else { None };
    Some(mount_with(element, AppProps { config, catalog: Rc::new(catalog), on_event: Callback::noop(), resume, on_lang: None, load_lang: None }))
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

/// Opens the browser's print dialog for the plan. The print stylesheet in
/// `widget.css` turns the page into a clean summary.
pub fn print() {
    if let Some(w) = web_sys::window() {
        // Printing can be blocked (e.g. in some embedded browsers); the plan
        // stays on screen either way, so the error is not worth surfacing.
        let _ = w.print();
    }
}

/// Logs each configuration warning once, naming the value and the default.
/// Each line is clipped: a clinic's file or attribute can be long, and a
/// warning that repeats it in full floods the console.
pub fn warn_all<W: ToString>(warnings: &[W]) {
    for w in warnings {
        gloo::console::warn!(crate::core::text::clip(&w.to_string()));
    }
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
