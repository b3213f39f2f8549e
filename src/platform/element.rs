//! The `<microneedling-guide>` custom element's Rust side.
//!
//! wasm-bindgen cannot subclass `HTMLElement`, so a tiny JS module
//! (`embed/microneedling-guide.js`, generated into `dist/` at build time)
//! defines the element and forwards its lifecycle here: construct
//! [`MgWidget`] on connect, [`MgWidget::update`] on attribute changes, and
//! `free()` on disconnect, which drops it and unmounts the app.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};
use yew::Callback;

use super::{dispatch, host, mount_with, warn_all, Mounted};
use crate::app::AppProps;
use crate::core::color::{Rgb, Theme};
use crate::core::config::{Config, Lang};
use crate::core::catalog::Catalog;
use crate::core::json::Json;
use crate::core::overrides::{catalog_with_overrides, OverrideWarning};

/// The widget's stylesheet, compiled in so the shadow root needs no extra
/// request and no inline `<style>` (which a strict CSP would block). It is
/// `styles/widget.css`, `diagram.css` and `kiosk.css`, minified by `build.rs`.
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    /// One parsed stylesheet shared by every instance on the page.
    static BASE_SHEET: Option<CssStyleSheet> = new_sheet(WIDGET_CSS);
}

fn new_sheet(css: &str) -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    Some(sheet)
}

/// The rule that applies a clinic's `accent`, with contrast-checked partners.
fn theme_css(accent: Option<Rgb>) -> String {
    match accent {
        None => String::new(),
        Some(accent) => {
            let t = Theme::from_accent(accent, Rgb::WHITE);
            format!(
                ".mg.mg {{ --_accent: {}; --_on-accent: {}; --_accent-ink: {}; }}",
                t.accent, t.on_accent, t.accent_ink
            )
        }
    }
}

struct Inner {
    host: HtmlElement,
    container: Element,
    theme: Option<CssStyleSheet>,
    mounted: Option<Mounted>,
    config: Config,
    /// The clinic's override file as fetched: `(url, json)`.
    overrides: Option<(String, Wording)>,
    /// Warnings already logged, so unchanged bad attributes warn once.
    warned: Vec<String>,
    /// Reports the height to a framing clinic page (the iframe option).
    resizer: Option<super::iframe::FrameResizer>,
    /// Answers from the page URL to resume with; read once, standalone only.
    resume: Option<crate::core::link::Resume>,
    /// The visitor's pick in the language switch, with the language the page
    /// gave at that moment: `(page's, picked)`. The pick lasts until the page
    /// itself changes language, so a host page's own switch still works.
    lang_pick: Option<(Lang, Lang)>,
    /// This widget's own state, for the language switch's callback.
    this: Weak<RefCell<Inner>>,
}

/// One `<microneedling-guide>` element's widget.
#[wasm_bindgen]
pub struct MgWidget {
    inner: Rc<RefCell<Inner>>,
}

fn shadow_for(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    if let Some(root) = host.shadow_root() {
        return Ok(root);
    }
    host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
}

#[wasm_bindgen]
impl MgWidget {
    /// Attaches an open shadow root with the widget's styles to `host` and
    /// mounts the app in it.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement) -> Result<MgWidget, JsValue> {
        let shadow = shadow_for(&host)?;
        shadow.set_text_content(None);
        let theme = new_sheet("");
        let sheets = js_sys::Array::new();
        BASE_SHEET.with(|s| {
            if let Some(s) = s {
                sheets.push(s);
            }
        });
        if let Some(t) = &theme {
            sheets.push(t);
        }
        shadow.set_adopted_style_sheets(&sheets);
        let document = host.owner_document().ok_or("no document")?;
        let container = document.create_element("div")?;
        container.set_class_name("mg-host");
        shadow.append_child(&container)?;
        let widget = MgWidget {
            inner: Rc::new_cyclic(|this| RefCell::new(Inner {
                host,
                container,
                theme,
                mounted: None,
                config: Config::default(),
                overrides: None,
                warned: Vec::new(),
                resizer: None,
                resume: None,
                lang_pick: None,
                this: this.clone(),
            })),
        };
        widget.update();
        Ok(widget)
    }

    /// The attributes the element observes (its `observedAttributes`).
    #[wasm_bindgen(js_name = observedAttributes)]
    pub fn observed_attributes() -> Vec<JsValue> {
        host::ATTRIBUTES.iter().map(|a| JsValue::from_str(a)).collect()
    }

    /// Re-reads the attributes and re-renders; the visitor's progress stays.
    pub fn update(&self) {
        let fetch = {
            let mut inner = self.inner.borrow_mut();
            let parsed = host::config_for(&inner.host);
            let fresh: Vec<String> = parsed.warnings.iter().map(ToString::to_string).collect();
            let new: Vec<&String> = fresh.iter().filter(|w| !inner.warned.contains(w)).collect();
            warn_all(&new);
            inner.warned = fresh;
            let first = inner.mounted.is_none();
            inner.config = parsed.config;
            match inner.lang_pick {
                Some((page, picked)) if page == inner.config.lang => inner.config.lang = picked,
                _ => inner.lang_pick = None,
            }
            if first && inner.config.mode == crate::core::config::Mode::Standalone {
                inner.resume = super::saved_answers();
            }
            if first
                && inner.config.mode == crate::core::config::Mode::Kiosk
                && inner.host.has_attribute("url-config")
            {
                super::kiosk::register_offline();
            }
            let wanted = inner.config.content_url.clone();
            let have = inner.overrides.as_ref().map(|(u, _)| u.clone());
            if wanted != have {
                inner.overrides = None;
            }
            render(&mut inner);
            if inner.resizer.is_none() {
                if let Some(origin) = inner.config.parent_origin.clone() {
                    // The whole page body: its padding belongs in the frame too.
                    let body = inner.host.owner_document().and_then(|d| d.body());
                    if let Some(body) = body {
                        inner.resizer = super::iframe::FrameResizer::start(&body, origin);
                    }
                }
            }
            wanted.filter(|w| Some(w) != have.as_ref())
        };
        if let Some(url) = fetch {
            let weak = Rc::downgrade(&self.inner);
            wasm_bindgen_futures::spawn_local(load_overrides(weak, url));
        }
    }
}

impl Drop for MgWidget {
    fn drop(&mut self) {
        if let Some(m) = self.inner.borrow_mut().mounted.take() {
            m.unmount();
        }
    }
}

/// A clinic's wording file as `JSON.parse` read it, or why it could not.
/// Shared with the kiosk's language loader without copying.
type Wording = Rc<Result<Json, String>>;

/// The catalog for `lang` with the clinic's wording applied; each skipped
/// text is logged, and the built-in text stands in.
fn build_catalog(lang: Lang, wording: Option<&Result<Json, String>>) -> Catalog {
    match wording {
        Some(Ok(file)) => {
            let (c, warnings) = catalog_with_overrides(lang, file);
            warn_all(&warnings);
            c
        }
        Some(Err(e)) => {
            warn_all(&[OverrideWarning::Malformed(e.clone())]);
            Catalog::builtin(lang)
        }
        None => Catalog::builtin(lang),
    }
}

/// Builds the catalog (with the clinic's wording, if fetched) and renders.
fn render(inner: &mut Inner) {
    let wording: Option<Wording> = inner.overrides.as_ref().map(|(_, w)| w.clone());
    let catalog = build_catalog(inner.config.lang, wording.as_deref());
    if let Some(sheet) = &inner.theme {
        // A failed replace keeps the previous theme, which is still readable.
        let _ = sheet.replace_sync(&theme_css(inner.config.accent));
    }
    let host = inner.host.clone();
    let share = inner.config.share_verdict;
    let this = inner.this.clone();
    let on_lang = Callback::from(move |lang: Lang| {
        let this = this.clone();
        // Deferred: the click that asks for it is still running inside the
        // app, and re-rendering the app from its own handler would re-enter it.
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(inner) = this.upgrade() {
                set_lang(&mut inner.borrow_mut(), lang);
            }
        });
    });
    let props = AppProps {
        config: inner.config.clone(),
        catalog: Rc::new(catalog),
        on_event: Callback::from(move |e| dispatch(&host, e, share)),
        resume: inner.resume.clone(),
        on_lang: Some(on_lang),
        load_lang: Some(Callback::from(move |lang: Lang| {
            Rc::new(build_catalog(lang, wording.as_deref()))
        })),
    };
    match inner.mounted.as_mut() {
        Some(m) => m.update(props),
        None => inner.mounted = Some(mount_with(inner.container.clone(), props)),
    }
}

/// Switches to the visitor's chosen language and re-renders; the app keeps
/// its state, and the clinic's wording for that language applies.
fn set_lang(inner: &mut Inner, lang: Lang) {
    if inner.config.lang == lang {
        return;
    }
    let page = match inner.lang_pick {
        Some((page, _)) => page,
        None => inner.config.lang,
    };
    inner.lang_pick = Some((page, lang));
    inner.config.lang = lang;
    render(inner);
}

/// Fetches a clinic's wording without cookies and re-renders with it. Any
/// failure is a console warning; the built-in text simply stays.
async fn load_overrides(inner: Weak<RefCell<Inner>>, url: String) {
    let text = match fetch_text(&url).await {
        Ok(t) => t,
        Err(e) => {
            gloo::console::warn!(format!(
                "microneedling-guide: could not load content=\"{url}\" ({e}); using the built-in text"
            ));
            return;
        }
    };
    let Some(inner) = inner.upgrade() else { return };
    let mut inner = inner.borrow_mut();
    if inner.config.content_url.as_deref() == Some(url.as_str()) {
        inner.overrides = Some((url, Rc::new(super::json::parse(&text))));
        render(&mut inner);
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let describe = |e: JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(describe)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}
