//! Browser tests: mount the real app into a fresh element in headless
//! Chromium and check the DOM. Run by `scripts/test` (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use microneedling_guide::core::config::{Config, Mode};
use microneedling_guide::platform;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_element() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn welcome_screen_renders_name_disclaimer_and_start() {
    let el = fresh_element();
    let _m = platform::mount(el.clone(), Config::default()).unwrap();
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
    let cfg = Config { mode: Mode::Embed, ..Config::default() };
    let _m = platform::mount(el.clone(), cfg).unwrap();
    yew::scheduler::flush().await;
    assert!(el.query_selector("h1").unwrap().is_none());
    assert!(el.query_selector("h2").unwrap().is_some());
    let doc = web_sys::window().unwrap().document().unwrap();
    let active = doc.active_element();
    assert!(active.map_or(true, |a| !el.contains(Some(&a))), "focus must stay where the host left it");
}

#[wasm_bindgen_test]
async fn start_moves_to_the_next_screen_and_focuses_its_heading() {
    let el = fresh_element();
    let _m = platform::mount(el.clone(), Config::default()).unwrap();
    yew::scheduler::flush().await;
    let button: HtmlElement = el.query_selector("button").unwrap().unwrap().dyn_into().unwrap();
    button.click();
    yew::scheduler::flush().await;
    let heading = el.query_selector("h1").unwrap().unwrap();
    let doc = web_sys::window().unwrap().document().unwrap();
    assert_eq!(doc.active_element().as_ref(), Some(&heading), "focus follows the visitor");
    assert!(!text(&heading).contains("Microneedling guide"));
}

#[wasm_bindgen_test]
async fn bad_attributes_fall_back_to_defaults_and_still_render() {
    let el = fresh_element();
    el.set_attribute("lang", "xx-klingon").unwrap();
    el.set_attribute("mode", "sideways").unwrap();
    el.set_attribute("start", "the-end").unwrap();
    let parsed = platform::host::config_for(&el);
    assert_eq!(parsed.config, Config::default());
    assert_eq!(parsed.warnings.len(), 3);
    assert!(parsed.warnings.iter().any(|w| w.to_string().contains("sideways")));
    let _m = platform::mount_configured(el.clone()).unwrap();
    yew::scheduler::flush().await;
    assert!(text(&el).contains("Microneedling guide"), "never blank");
}

#[wasm_bindgen_test]
async fn good_attributes_are_used() {
    let el = fresh_element();
    el.set_attribute("mode", "kiosk").unwrap();
    el.set_attribute("start", "quiz").unwrap();
    let _m = platform::mount_configured(el.clone()).unwrap();
    yew::scheduler::flush().await;
    let root = el.query_selector(".mg").unwrap().unwrap();
    assert!(root.get_attribute("class").unwrap_or_default().contains("mg--kiosk"));
    assert!(!text(&el).contains("Start"), "starts past the welcome screen");
}

#[wasm_bindgen_test]
async fn unmount_leaves_the_element_empty() {
    let el = fresh_element();
    let m = platform::mount(el.clone(), Config::default()).unwrap();
    yew::scheduler::flush().await;
    m.unmount();
    yew::scheduler::flush().await;
    assert_eq!(el.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn how_it_works_opens_from_welcome_and_goes_back() {
    let el = fresh_element();
    let _m = platform::mount(el.clone(), Config::default()).unwrap();
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
    let back: HtmlElement = el.query_selector(".mg-how > .mg-actions button").unwrap().unwrap().dyn_into().unwrap();
    back.click();
    yew::scheduler::flush().await;
    assert!(text(&el).contains("education, not a diagnosis"));
}

#[wasm_bindgen_test]
async fn start_how_it_works_opens_the_diagrams() {
    let el = fresh_element();
    el.set_attribute("start", "how-it-works").unwrap();
    let _m = platform::mount_configured(el.clone()).unwrap();
    yew::scheduler::flush().await;
    assert!(el.query_selector(".mg-dia").unwrap().is_some());
}
