//! Platform glue: the one way into the widget.
//!
//! Every mode (standalone page, clinic embed, kiosk) goes through [`mount`]
//! with a typed [`Config`]. Reading the host page (attributes, URL) happens
//! in [`host`]; browser clocks and listeners live in [`frame`], [`motion`]
//! and [`visibility`], each owned by a guard that cleans up on drop.

pub mod frame;
pub mod host;
pub mod motion;
pub mod visibility;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::app::{App, AppProps};
use crate::core::catalog::Catalog;
use crate::core::config::{Config, Lang};

/// The attribute that marks an element for automatic mounting on page load.
pub const AUTO_MOUNT_ATTR: &str = "data-microneedling-guide";

/// A mounted widget. Dropping it does not unmount (Yew owns the DOM until
/// [`Mounted::unmount`]), so hosts decide the lifetime explicitly.
pub struct Mounted {
    handle: Option<AppHandle<App>>,
}

impl Mounted {
    /// Removes the widget and everything it rendered from its element.
    pub fn unmount(mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}

/// Loads the catalog for `lang`, falling back to English. Built-in catalogs
/// are checked by `cargo test`, so the fallbacks exist for defence only.
fn load_catalog(lang: Lang) -> Option<Catalog> {
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

/// Mounts the widget into `element` with `config`. Returns `None` only if no
/// text could be loaded, in which case a plain message is left in the element
/// so the visitor never sees a blank box.
pub fn mount(element: Element, config: Config) -> Option<Mounted> {
    let Some(catalog) = load_catalog(config.lang) else {
        element.set_text_content(Some("This guide could not load. Please reload the page."));
        return None;
    };
    let props = AppProps {
        config,
        catalog: Rc::new(catalog),
    };
    let handle = yew::Renderer::<App>::with_root_and_props(element, props).render();
    Some(Mounted { handle: Some(handle) })
}

/// Reads an element's configuration (URL query first, its attributes last),
/// warns once per rejected value in the console, and mounts into it.
pub fn mount_configured(element: Element) -> Option<Mounted> {
    let parsed = host::config_for(&element);
    for w in &parsed.warnings {
        gloo::console::warn!(w.to_string());
    }
    mount(element, parsed.config)
}

thread_local! {
    /// Widgets mounted by [`start`]; kept so they live as long as the page.
    static AUTO_MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Entry point run when the wasm module loads: mounts into every element
/// marked with [`AUTO_MOUNT_ATTR`]. Pages without one are left untouched.
#[wasm_bindgen(start)]
pub fn start() {
    for element in host::auto_mount_targets() {
        if let Some(m) = mount_configured(element) {
            AUTO_MOUNTED.with(|all| all.borrow_mut().push(m));
        }
    }
}
