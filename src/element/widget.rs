//! The `<microneedling-guide>` custom element's Rust side.
//!
//! wasm-bindgen cannot subclass `HTMLElement`, so a tiny JS module
//! (`embed/shim.template.js`, written to `dist/microneedling-guide.js` at
//! build time) defines the element, attaches its closed shadow root and
//! forwards its lifecycle here: construct [`MgWidget`] on connect,
//! [`MgWidget::update`] on attribute changes, and `free()` once the element
//! has stayed off the page until the end of the task (a move keeps the visit).
//!
//! Yew never frees an app's delegated event listeners: each listener's
//! closure holds the app's subtree data and is `forget()`-ed (yew 0.23,
//! `dom_bundle/subtree_root.rs`, `HostHandlers::add_listener`), so every
//! mounted and destroyed app stays in memory with its container element.
//! Instead of mounting a new app per element, this module keeps every Yew app
//! it ever mounted (as many as there were guides on the page at once) and
//! hands a free one to each new element: memory levels off however often
//! guides come and go. See `reports/yew-listener-leak.md`.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};
use yew::{AppHandle, Callback};

use super::fetch::fetch_file;
use super::host;
use super::lang;
use super::mount::{dispatch, saved_answers, FATAL_TEXT};
use crate::app::props::AppProps;
use crate::app::root::{Slot, SlotProps};
use crate::core::catalog::{Catalog, LangLoad};
use crate::core::color::{Rgb, Theme};
use crate::core::config::{Config, Lang, Mode};
use crate::core::json::Json;
use crate::core::overrides::{catalog_with_overrides, OverrideWarning};
use crate::core::text::{quote, strip_bidi_in_json};
use crate::platform::warn_all;
use js_sys::Promise;

thread_local! {
    /// Whether a guide started without the widget's stylesheet was reported.
    static NO_SHEET_WARNED: Cell<bool> = const { Cell::new(false) };
    /// Yew apps whose element left the page, ready for the next element.
    static FREE: RefCell<Vec<Place>> = const { RefCell::new(Vec::new()) };
    /// Numbers each element's guide, so a reused app mounts a fresh one.
    static VISITS: Cell<u32> = const { Cell::new(0) };
}

/// One Yew app and the element it is mounted in (moved between shadow roots).
struct Place {
    container: Element,
    handle: AppHandle<Slot>,
}

impl Place {
    /// A free app, or a new one, inside `root`, showing `props`.
    fn take(root: &ShadowRoot, props: SlotProps) -> Result<Place, JsValue> {
        if let Some(mut place) = FREE.with(|f| f.borrow_mut().pop()) {
            root.append_child(&place.container)?;
            place.handle.update(props);
            return Ok(place);
        }
        let document = root.owner_document().ok_or("no document")?;
        let container = document.create_element("div")?;
        container.set_class_name("mg-host");
        root.append_child(&container)?;
        let handle = yew::Renderer::<Slot>::with_root_and_props(container.clone(), props).render();
        Ok(Place { container, handle })
    }

    /// Empties the app (its guide, timers and listeners go) and keeps it for
    /// the next element.
    fn release(mut self, visit: u32) {
        self.handle.update(SlotProps { app: None, visit });
        self.container.remove();
        FREE.with(|f| f.borrow_mut().push(self));
    }
}

/// Catalogs built with the clinic's wording, one per language, kept until
/// the `content` attribute or the fetched file changes: the file is parsed
/// once per language, not on every attribute change or re-render.
type CatalogCache = Rc<RefCell<Vec<(Lang, Rc<Catalog>)>>>;

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
    root: ShadowRoot,
    theme: Option<CssStyleSheet>,
    /// The Yew app showing this element's guide.
    place: Option<Place>,
    /// This element's guide's number in [`VISITS`].
    visit: u32,
    config: Config,
    /// The clinic's override file as fetched: `(url, json)`.
    overrides: Option<(String, Wording)>,
    catalogs: CatalogCache,
    /// Warnings already logged, so unchanged bad attributes warn once.
    warned: Vec<String>,
    /// Reports the height to a framing clinic page (the iframe option).
    resizer: Option<super::iframe::FrameResizer>,
    /// Answers from the page URL to resume with; read once, own page only.
    resume: Option<crate::core::link::Resume>,
    /// The visitor's pick in the language switch, with the language the page
    /// gave at that moment: `(page's, picked)`. The pick lasts until the page
    /// itself changes language, so a host page's own switch still works.
    lang_pick: Option<(Lang, Lang)>,
    /// The language whose text is shown: the configured one once its text
    /// is here (see [`lang`]), until then the one shown before (English at
    /// first).
    shown: Lang,
    /// A language being fetched, or one that could not be.
    lang_load: LangLoad,
    /// This widget's own state, for the language switch's callback.
    this: Weak<RefCell<Inner>>,
}

/// One `<microneedling-guide>` element's widget.
#[wasm_bindgen]
pub struct MgWidget {
    inner: Rc<RefCell<Inner>>,
}

#[wasm_bindgen]
impl MgWidget {
    /// Mounts the guide in `root`, the element's shadow root. The shim
    /// attaches it closed, so no other script on the page can read the
    /// visitor's answers; it keeps the root for the element's lifetime.
    ///
    /// `sheet` is the widget's stylesheet (`styles/widget.css`, `diagram.css`
    /// and `kiosk.css`, minified by `build.rs`), which the shim carries for
    /// its prerendered first screens and hands over as one constructed sheet
    /// shared by every guide: adopted, so a strict CSP needs no inline
    /// `<style>`, and not compiled into the wasm a second time (5 KiB brotli).
    ///
    /// Infallible: a guide that cannot mount says so in its root (see
    /// [`render`]); only a trap reaches the shim's `catch`.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: ShadowRoot, sheet: Option<CssStyleSheet>) -> MgWidget {
        root.set_text_content(None);
        let theme = new_sheet("");
        let sheets = js_sys::Array::new();
        match &sheet {
            Some(s) => {
                sheets.push(s);
            }
            None if !NO_SHEET_WARNED.with(|w| w.replace(true)) => {
                gloo::console::warn!(
                    "microneedling-guide: started without its stylesheet; load microneedling-guide.js, which starts the guide, not the module it imports"
                );
            }
            None => {}
        }
        if let Some(t) = &theme {
            sheets.push(t);
        }
        root.set_adopted_style_sheets(&sheets);
        let visit = VISITS.with(|v| {
            v.set(v.get().wrapping_add(1));
            v.get()
        });
        let widget = MgWidget {
            inner: Rc::new_cyclic(|this| {
                RefCell::new(Inner {
                    host,
                    root,
                    theme,
                    place: None,
                    visit,
                    config: Config::default(),
                    overrides: None,
                    catalogs: Rc::default(),
                    warned: Vec::new(),
                    resizer: None,
                    resume: None,
                    lang_pick: None,
                    shown: Lang::En,
                    lang_load: LangLoad::Idle,
                    this: this.clone(),
                })
            }),
        };
        widget.update();
        widget
    }

    /// Resolves once the text of the language `host` starts in is here, or
    /// could not be fetched (never rejects). The shim waits for it before it
    /// constructs the widget, so the prerendered first screen of that
    /// language stays until the live one can show the same words, and a tap
    /// made meanwhile is kept and replayed as usual.
    pub fn prepare(host: &HtmlElement) -> Promise {
        lang::load(host::config_for(host).config.lang)
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
            let first = inner.place.is_none();
            inner.config = parsed.config;
            match inner.lang_pick {
                Some((page, picked)) if page == inner.config.lang => inner.config.lang = picked,
                _ => inner.lang_pick = None,
            }
            if first && inner.config.mode == Mode::Standalone && inner.config.url_config {
                inner.resume = saved_answers();
            }
            // Offline support only where the operator wrote `mode="kiosk"` into
            // the page itself: a link's `?mode=kiosk` shows the kiosk but never
            // leaves a service worker behind in a visitor's browser.
            if first && inner.config.mode == Mode::Kiosk && inner.config.url_config && declares_kiosk(&inner.host) {
                crate::platform::kiosk::register_offline();
            }
            let wanted = inner.config.content_url.clone();
            let have = inner.overrides.as_ref().map(|(u, _)| u.clone());
            if wanted != have {
                inner.overrides = None;
                inner.catalogs.borrow_mut().clear();
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

/// Whether the page's own HTML (the element's `mode` attribute, not the URL)
/// makes this guide a kiosk.
fn declares_kiosk(host: &HtmlElement) -> bool {
    host.get_attribute("mode")
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("kiosk"))
}

impl Drop for MgWidget {
    fn drop(&mut self) {
        let mut inner = self.inner.borrow_mut();
        let visit = inner.visit;
        if let Some(place) = inner.place.take() {
            place.release(visit);
        }
        inner.resizer = None;
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

/// The catalog for `lang` from `cache`, building (and caching) it once.
fn cached_catalog(cache: &CatalogCache, lang: Lang, wording: Option<&Result<Json, String>>) -> Rc<Catalog> {
    if let Some((_, c)) = cache.borrow().iter().find(|(l, _)| *l == lang) {
        return c.clone();
    }
    let built = Rc::new(build_catalog(lang, wording));
    cache.borrow_mut().push((lang, built.clone()));
    built
}

/// Fetches `lang`'s text, then renders again: with `pick`, as the visitor's
/// choice (see [`set_lang`]); otherwise the configured language shows once
/// its text is here. A failure keeps the language shown and says so.
fn fetch_language(inner: &mut Inner, lang: Lang, pick: bool) {
    inner.lang_load = LangLoad::Loading(lang);
    let this = inner.this.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = lang::ensure(lang).await;
        let Some(inner) = this.upgrade() else { return };
        let mut inner = inner.borrow_mut();
        if inner.lang_load != LangLoad::Loading(lang) {
            return;
        }
        inner.lang_load = if ok { LangLoad::Idle } else { LangLoad::Failed(lang) };
        if ok && pick {
            choose(&mut inner, lang);
        }
        // A fresh catalog: the kiosk shell rebuilds a visit's language from it.
        inner.catalogs.borrow_mut().clear();
        render(&mut inner);
    });
}

/// Builds the catalog (with the clinic's wording, if fetched) and renders.
fn render(inner: &mut Inner) {
    let wanted = inner.config.lang;
    if Catalog::has(wanted) {
        inner.shown = wanted;
    } else if !matches!(inner.lang_load, LangLoad::Loading(l) | LangLoad::Failed(l) if l == wanted) {
        fetch_language(inner, wanted, false);
    }
    if inner.config.mode == Mode::Kiosk {
        // A kiosk serves visitor after visitor, each picking a language on
        // the attract screen: its languages are fetched once, up front (the
        // kiosk's service worker keeps them for offline use).
        Lang::ALL.into_iter().for_each(lang::prefetch);
    }
    let shown = inner.shown;
    let wording: Option<Wording> = inner.overrides.as_ref().map(|(_, w)| w.clone());
    let catalog = cached_catalog(&inner.catalogs, shown, wording.as_deref());
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
    let cache = inner.catalogs.clone();
    let this = inner.this.clone();
    let props = AppProps {
        config: Config {
            lang: shown,
            ..inner.config.clone()
        },
        catalog,
        on_event: Callback::from(move |e| dispatch(&host, e, share)),
        resume: inner.resume.clone(),
        on_lang: Some(on_lang),
        load_lang: Some(Callback::from(move |lang: Lang| {
            if Catalog::has(lang) {
                return cached_catalog(&cache, lang, wording.as_deref());
            }
            // The kiosk's pick for one visit, before its text is here: the
            // shell shows the language it has until the fetch renders again.
            let this = this.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(inner) = this.upgrade() {
                    let mut inner = inner.borrow_mut();
                    if !Catalog::has(lang) && inner.lang_load != LangLoad::Loading(lang) {
                        fetch_language(&mut inner, lang, false);
                        render(&mut inner);
                    }
                }
            });
            cached_catalog(&cache, shown, wording.as_deref())
        })),
        lang_load: inner.lang_load,
    };
    let slot = SlotProps {
        app: Some(props),
        visit: inner.visit,
    };
    match inner.place.as_mut() {
        Some(place) => place.handle.update(slot),
        None => match Place::take(&inner.root, slot) {
            Ok(place) => inner.place = Some(place),
            Err(e) => {
                gloo::console::error!(format!(
                    "microneedling-guide: could not start ({})",
                    crate::platform::fetch::describe(e)
                ));
                inner.root.set_text_content(Some(FATAL_TEXT));
            }
        },
    }
}

/// Switches to the visitor's chosen language and re-renders; the app keeps
/// its state, and the clinic's wording for that language applies. A
/// language whose text is not here yet is fetched first, while its button
/// says it is getting ready.
fn set_lang(inner: &mut Inner, lang: Lang) {
    if !Catalog::has(lang) {
        if inner.lang_load != LangLoad::Loading(lang) {
            fetch_language(inner, lang, true);
            render(inner);
        }
        return;
    }
    inner.lang_load = LangLoad::Idle;
    choose(inner, lang);
    render(inner);
}

/// Records the visitor's pick, which lasts until the page changes language.
fn choose(inner: &mut Inner, lang: Lang) {
    if inner.config.lang == lang {
        return;
    }
    let page = match inner.lang_pick {
        Some((page, _)) => page,
        None => inner.config.lang,
    };
    inner.lang_pick = Some((page, lang));
    inner.config.lang = lang;
}

/// Fetches a clinic's wording without cookies and re-renders with it. Any
/// failure is a console warning; the built-in text simply stays.
async fn load_overrides(inner: Weak<RefCell<Inner>>, url: String) {
    let text = match fetch_file(&url).await {
        Ok(t) => t,
        Err(e) => {
            gloo::console::warn!(format!(
                "microneedling-guide: could not load content=\"{}\" ({e}); using the built-in text",
                quote(&url)
            ));
            return;
        }
    };
    let Some(inner) = inner.upgrade() else { return };
    let mut inner = inner.borrow_mut();
    if inner.config.content_url.as_deref() == Some(url.as_str()) {
        // Direction controls could reorder what a visitor reads; plain
        // right-to-left text needs none (see `core::text`).
        inner.overrides = Some((url, Rc::new(crate::platform::json::parse(&strip_bidi_in_json(&text)))));
        inner.catalogs.borrow_mut().clear();
        render(&mut inner);
    }
}
