//! Platform glue: the one way into the widget.
//!
//! Every mode (standalone page, clinic embed, kiosk) goes through [`mount`]
//! with a typed [`Config`]. Reading the host page (attributes, URL) happens
//! in [`host`], the answer link in the URL fragment in [`link`]; nothing
//! else in the crate touches the DOM outside Yew.

pub mod host;
pub mod link;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::app::{App, AppProps};
use crate::core::catalog::Catalog;
use crate::core::config::{Config, Lang, Mode};

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
    let resume = if config.mode == Mode::Standalone {
        saved_answers()
    } else {
        None
    };
    let props = AppProps {
        config,
        catalog: Rc::new(catalog),
        resume,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(element, props).render();
    Some(Mounted { handle: Some(handle) })
}

/// Answers saved in the page URL, if any. Every dropped or changed part is
/// reported in the console; a link that holds nothing usable resumes nothing.
fn saved_answers() -> Option<crate::core::quiz::Answers> {
    let (answers, warnings) = link::read()?;
    for w in &warnings {
        gloo::console::warn!(w.to_string());
    }
    (answers != crate::core::quiz::Answers::default()).then_some(answers)
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
