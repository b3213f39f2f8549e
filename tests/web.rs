//! Browser tests: mount the real app into a fresh element in headless
//! Chromium and check the DOM. Run by `scripts/test` (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use microneedling_guide::core::config::{Config, Mode};
use microneedling_guide::element;
use microneedling_guide::element::widget::MgWidget;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod common;
use common::web::{fresh_element, text};

wasm_bindgen_test_configure!(run_in_browser);

/// The standalone page's configuration (its element has `url-config`).
fn standalone() -> Config {
    Config {
        mode: Mode::Standalone,
        url_config: true,
        ..Config::default()
    }
}

/// The widget on `el` with an open shadow root the test can read. The
/// release shim attaches it closed; the widget takes whichever it is given.
fn widget(el: &HtmlElement) -> MgWidget {
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let root = el.attach_shadow(&init).unwrap();
    // The stylesheet the shim hands over (it carries the same minified text).
    let sheet = web_sys::CssStyleSheet::new().unwrap();
    sheet
        .replace_sync(include_str!(concat!(env!("OUT_DIR"), "/widget.min.css")))
        .unwrap();
    MgWidget::new(el.clone(), root, Some(sheet))
}

#[wasm_bindgen_test]
async fn welcome_screen_renders_name_disclaimer_and_start() {
    let el = fresh_element();
    let _m = element::mount::mount(el.clone(), standalone());
    yew::scheduler::flush().await;
    let root = el.query_selector(".mg").unwrap().expect("widget root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert!(root.query_selector("h1").unwrap().is_some(), "standalone owns the h1");
    let t = text(&el);
    assert!(t.contains("Microneedling guide"), "{t}");
    assert!(t.contains("education, not a diagnosis"), "{t}");
    assert!(el.query_selector("button").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn embed_mode_starts_at_h2_and_does_not_steal_focus() {
    let el = fresh_element();
    let cfg = Config {
        mode: Mode::Embed,
        ..Config::default()
    };
    let _m = element::mount::mount(el.clone(), cfg);
    yew::scheduler::flush().await;
    assert!(el.query_selector("h1").unwrap().is_none());
    assert!(el.query_selector("h2").unwrap().is_some());
    let doc = web_sys::window().unwrap().document().unwrap();
    let active = doc.active_element();
    assert!(
        active.is_none_or(|a| !el.contains(Some(&a))),
        "focus must stay where the host left it"
    );
}

#[wasm_bindgen_test]
async fn start_moves_to_the_next_screen_and_focuses_its_heading() {
    let el = fresh_element();
    let _m = element::mount::mount(el.clone(), standalone());
    yew::scheduler::flush().await;
    let button: HtmlElement = el.query_selector("button").unwrap().unwrap().dyn_into().unwrap();
    button.click();
    yew::scheduler::flush().await;
    let heading = el.query_selector("h1").unwrap().unwrap();
    let doc = web_sys::window().unwrap().document().unwrap();
    assert_eq!(
        doc.active_element().as_ref(),
        Some(&heading),
        "focus follows the visitor"
    );
    assert!(!text(&heading).contains("Microneedling guide"));
}

fn shadow(el: &Element) -> web_sys::ShadowRoot {
    el.shadow_root().expect("the widget attaches an open shadow root")
}

fn host_element() -> HtmlElement {
    fresh_element().dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn bad_attributes_fall_back_to_defaults_and_still_render() {
    let el = host_element();
    for (k, v) in [
        ("lang", "xx-klingon"),
        ("mode", "sideways"),
        ("start", "the-end"),
        ("accent", "banana"),
        ("booking-url", "javascript:alert(1)"),
        ("logo", "data:image/png,xx"),
    ] {
        el.set_attribute(k, v).unwrap();
    }
    let parsed = element::host::config_for(&el);
    assert_eq!(parsed.config, Config::default());
    assert_eq!(parsed.warnings.len(), 6);
    assert!(parsed.warnings.iter().any(|w| w.to_string().contains("sideways")));
    let _w = widget(&el);
    yew::scheduler::flush().await;
    let root = shadow(&el);
    assert!(
        root.text_content().unwrap_or_default().contains("Microneedling guide"),
        "never blank"
    );
}

#[wasm_bindgen_test]
async fn good_attributes_are_used_and_changes_apply_live() {
    let el = host_element();
    el.set_attribute("mode", "kiosk").unwrap();
    el.set_attribute("clinic-name", "Bright Skin Clinic").unwrap();
    let w = widget(&el);
    yew::scheduler::flush().await;
    let root = shadow(&el);
    let mg = root.query_selector(".mg").unwrap().unwrap();
    assert!(mg.get_attribute("class").unwrap_or_default().contains("mg--kiosk"));
    assert!(root.text_content().unwrap_or_default().contains("Bright Skin Clinic"));
    el.set_attribute("clinic-name", "Calm Derm").unwrap();
    el.set_attribute("mode", "embed").unwrap();
    w.update();
    yew::scheduler::flush().await;
    let t = root.text_content().unwrap_or_default();
    assert!(t.contains("Calm Derm") && !t.contains("Bright Skin"), "{t}");
    assert!(root.query_selector("h2").unwrap().is_some(), "embed mode uses h2");
}

#[wasm_bindgen_test]
async fn the_query_is_read_only_with_url_config() {
    let el = host_element();
    assert!(element::host::config_for(&el).warnings.is_empty());
    el.set_attribute("url-config", "").unwrap();
    // The test page's URL has no widget keys, so this only proves no panic.
    let _ = element::host::config_for(&el);
}

#[wasm_bindgen_test]
async fn the_ready_event_reaches_the_host_without_answers() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let el = host_element();
    let seen: Rc<RefCell<Vec<String>>> = Rc::default();
    let log = seen.clone();
    let listener = gloo::events::EventListener::new(&el, "mg-ready", move |e| {
        let e: &web_sys::CustomEvent = e.dyn_ref().unwrap();
        let keys = js_sys::Object::keys(&e.detail().into());
        log.borrow_mut().push(format!("{}:{}", e.type_(), keys.length()));
    });
    let _w = widget(&el);
    yew::scheduler::flush().await;
    assert_eq!(seen.borrow().as_slice(), ["mg-ready:0"]);
    drop(listener);
}

#[wasm_bindgen_test]
async fn the_accent_attribute_themes_with_readable_text() {
    let el = host_element();
    el.set_attribute("accent", "#ffd700").unwrap();
    let _w = widget(&el);
    yew::scheduler::flush().await;
    let button = shadow(&el).query_selector(".mg-button--primary").unwrap().unwrap();
    let style = web_sys::window().unwrap().get_computed_style(&button).unwrap().unwrap();
    assert_eq!(
        style.get_property_value("background-color").unwrap(),
        "rgb(255, 215, 0)"
    );
    // Gold is light, so the text on it must be dark, not white.
    assert_ne!(style.get_property_value("color").unwrap(), "rgb(255, 255, 255)");
}

#[wasm_bindgen_test]
async fn freeing_the_widget_unmounts_it() {
    let el = host_element();
    let w = widget(&el);
    yew::scheduler::flush().await;
    drop(w);
    yew::scheduler::flush().await;
    assert_eq!(
        shadow(&el).child_element_count(),
        0,
        "nothing of the guide stays in the root"
    );
}

#[wasm_bindgen_test]
async fn a_freed_widgets_app_serves_the_next_element_afresh() {
    let first = host_element();
    let w = widget(&first);
    yew::scheduler::flush().await;
    let start: HtmlElement = shadow(&first)
        .query_selector(".mg-actions button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    start.click();
    yew::scheduler::flush().await;
    assert!(
        shadow(&first).query_selector(".mg-quiz, fieldset").unwrap().is_some(),
        "on the quiz"
    );
    drop(w);
    yew::scheduler::flush().await;
    let second = host_element();
    let _w2 = widget(&second);
    yew::scheduler::flush().await;
    let t = shadow(&second).text_content().unwrap_or_default();
    assert!(
        t.contains("education, not a diagnosis"),
        "a fresh welcome screen, not the old quiz: {t}"
    );
}

#[wasm_bindgen_test]
async fn a_logo_the_browser_reads_as_another_site_is_refused() {
    let el = host_element();
    for (value, ok) in [
        ("/\\evil.example/x.svg", false),
        ("//evil.example/x.svg", false),
        ("img/logo.svg", true),
        ("https://cdn.example/l.svg", true),
    ] {
        el.set_attribute("logo", value).unwrap();
        let parsed = element::host::config_for(&el);
        assert_eq!(parsed.config.clinic.logo.is_some(), ok, "{value}");
        if let Some(href) = parsed.config.clinic.logo {
            assert!(href.starts_with("http"), "resolved: {href}");
        }
    }
}

#[wasm_bindgen_test]
async fn a_missing_content_file_warns_and_keeps_the_built_in_text() {
    let el = host_element();
    el.set_attribute("content", "/no-such-file.json").unwrap();
    let _w = widget(&el);
    yew::scheduler::flush().await;
    gloo::timers::future::TimeoutFuture::new(200).await;
    yew::scheduler::flush().await;
    assert!(shadow(&el)
        .text_content()
        .unwrap_or_default()
        .contains("Microneedling guide"));
}

#[wasm_bindgen_test]
async fn unmount_leaves_the_element_empty() {
    let el = fresh_element();
    let m = element::mount::mount(el.clone(), Config::default());
    yew::scheduler::flush().await;
    m.unmount();
    yew::scheduler::flush().await;
    assert_eq!(el.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn how_it_works_opens_from_welcome_and_goes_back() {
    let el = fresh_element();
    let _m = element::mount::mount(el.clone(), standalone());
    yew::scheduler::flush().await;
    let buttons = el.query_selector_all(".mg-actions button").unwrap();
    let how: HtmlElement = buttons.item(1).unwrap().dyn_into().unwrap();
    assert_eq!(how.text_content().as_deref(), Some("How microneedling works"));
    how.click();
    yew::scheduler::flush().await;
    let heading = el.query_selector("h1").unwrap().unwrap();
    assert_eq!(heading.text_content().as_deref(), Some("How microneedling works"));
    let doc = web_sys::window().unwrap().document().unwrap();
    assert_eq!(doc.active_element().as_ref(), Some(&heading));
    assert!(el.query_selector("[role=tablist]").unwrap().is_some());
    let back: HtmlElement = el
        .query_selector(".mg-how > .mg-actions button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    back.click();
    yew::scheduler::flush().await;
    assert!(text(&el).contains("education, not a diagnosis"));
}

#[wasm_bindgen_test]
async fn start_how_it_works_opens_the_diagrams() {
    let el = host_element();
    el.set_attribute("start", "how-it-works").unwrap();
    let _w = widget(&el);
    yew::scheduler::flush().await;
    assert!(shadow(&el).query_selector(".mg-dia").unwrap().is_some());
}
