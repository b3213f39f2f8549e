//! Kiosk glue: forwards input and a one-second clock into the pure
//! [`crate::core::kiosk`] state machine, and wipes a visit's traces.
//!
//! [`IdleWatch`] owns every listener and the interval; dropping it removes
//! them all, so an unmounted kiosk can never be called back.

use std::cell::RefCell;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, EventTarget};

/// The events that count as "someone is using the screen".
pub const INPUT_EVENTS: [&str; 4] = ["pointerdown", "keydown", "touchstart", "wheel"];

/// Milliseconds on the clock the state machine runs on.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Listeners and the clock of a running kiosk; removed when dropped.
pub struct IdleWatch {
    _listeners: Vec<EventListener>,
    _clock: Interval,
}

impl IdleWatch {
    /// Calls `on_input(now)` for every touch, click, key or wheel on the
    /// widget's host element (found from `inside`, an element in its shadow
    /// root), `on_tick(now)` every second, and blocks the context menu.
    pub fn start(inside: &Element, on_input: impl Fn(f64) + 'static, on_tick: impl Fn(f64) + 'static) -> IdleWatch {
        let target: EventTarget = host_of(inside).map(Into::into).unwrap_or_else(|| inside.clone().into());
        let on_input = std::rc::Rc::new(on_input);
        let passive = EventListenerOptions::run_in_capture_phase();
        let mut listeners: Vec<EventListener> = INPUT_EVENTS
            .iter()
            .map(|name| {
                let f = on_input.clone();
                EventListener::new_with_options(&target, *name, passive, move |_| f(now()))
            })
            .collect();
        // A long press must not open a menu of browser actions on a shared screen.
        listeners.push(EventListener::new_with_options(
            &target,
            "contextmenu",
            EventListenerOptions::enable_prevent_default(),
            |e| e.prevent_default(),
        ));
        let clock = Interval::new(1000, move || on_tick(now()));
        IdleWatch {
            _listeners: listeners,
            _clock: clock,
        }
    }
}

/// The shadow root that holds `inside`, if it is in one.
fn shadow_root_of(inside: &Element) -> Option<web_sys::ShadowRoot> {
    inside.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok()
}

/// The custom element whose shadow root holds `inside`.
fn host_of(inside: &Element) -> Option<Element> {
    shadow_root_of(inside).map(|r| r.host())
}

/// The focused element in the shadow root that holds `inside`; `None` when
/// focus is elsewhere or nowhere (on the document body).
pub fn focused_near(inside: &Element) -> Option<web_sys::HtmlElement> {
    shadow_root_of(inside)?.active_element()?.dyn_into().ok()
}

/// Removes what a visit left that the guide owns, and nothing else: on its
/// own page (`own_page`), a saved-answers fragment (`#a=...`, with
/// `replaceState`, keeping `history.state`). The visit's screens and answers
/// go with the remounted guide. Web storage is not touched: the guide never
/// writes it, and what is there belongs to the page's other scripts.
/// Between visits is also the one safe moment to pick up a new deployment.
pub fn clear_visit(own_page: bool) {
    if own_page {
        super::link::clear();
    }
    reload_if_updated();
}

/// The standalone page's address for the QR hand-off, without the query
/// (which may hold `mode=kiosk`) or fragment. On the guide's own page
/// (`own_page`) that is the page's folder, the bundle's `index.html`, so a
/// phone never opens the kiosk page (`kiosk.html`) itself; elsewhere it is
/// the page's own address (a clinic sets `handoff-url` there).
pub fn page_url(own_page: bool) -> Option<String> {
    // The build-time prerender (native) has no page; the attract screen it
    // renders shows no hand-off.
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let path = if own_page {
        match path.rfind('/') {
            Some(i) => path[..=i].to_string(),
            None => path,
        }
    } else {
        path
    };
    Some(format!("{}{path}", location.origin().ok()?))
}

/// Marks the page as a kiosk (`data-mg-kiosk` on `<html>`) so the
/// standalone page's own CSS stops pull-to-refresh and removes its margins;
/// `false` removes the mark.
pub fn mark_page(on: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    // Attribute changes on <html> cannot fail in practice; a failure only
    // leaves the page's default margins.
    let _ = if on {
        root.set_attribute("data-mg-kiosk", "")
    } else {
        root.remove_attribute("data-mg-kiosk")
    };
}

/// Registers `sw.js` (next to the page, in the bundle's folder) so a kiosk
/// keeps working offline after its first load. Only a page that declares
/// kiosk mode in its own HTML calls this (see `element.rs`). The worker's
/// scope is the folder it lives in, and it is told which page is the kiosk's
/// so it answers for that page and the bundle's files only.
pub fn register_offline() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let name = path.rsplit('/').next().unwrap_or_default();
    let script = format!("sw.js?page={}", String::from(js_sys::encode_uri_component(name)));
    let promise = window.navigator().service_worker().register(&script);
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(promise).await {
            gloo::console::warn!(format!(
                "microneedling-guide: offline support is off ({}); the kiosk page must sit in the guide's folder, next to sw.js",
                super::fetch::describe(e)
            ));
        }
        let page = fetch_page().await;
        DEPLOYED.with(|d| *d.borrow_mut() = page);
    });
}

thread_local! {
    /// The standalone page's HTML when this kiosk started; set only by
    /// [`register_offline`], so only a standalone kiosk ever reloads itself.
    static DEPLOYED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The standalone page as the server (or, offline, the service worker's
/// cache) has it now. Its HTML names the hashed assets, so any new build
/// changes it.
async fn fetch_page() -> Option<String> {
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoStore);
    // Offline or refused: there is nothing to compare, and nothing reloads.
    // The page itself (not its folder, as a hand-off link would be).
    super::fetch::fetch_text(&page_url(false)?, &init).await.ok()
}

/// Reloads the page if a new build was deployed since it loaded. Called only
/// right after a reset, so an update never lands in the middle of a visit;
/// offline, or when nothing changed, it does nothing.
fn reload_if_updated() {
    if DEPLOYED.with(|d| d.borrow().is_none()) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let Some(now) = fetch_page().await else {
            return;
        };
        let changed = DEPLOYED.with(|d| d.borrow().as_deref().is_some_and(|was| was != now));
        if changed {
            if let Some(w) = web_sys::window() {
                // A refused reload keeps the old build running, which still works.
                let _ = w.location().reload();
            }
        }
    });
}
