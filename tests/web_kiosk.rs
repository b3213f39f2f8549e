//! Browser tests of kiosk mode with second-scale timing: the idle prompt,
//! "I'm still here", and the reset that leaves no answer in the DOM.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::TimeoutFuture;
use microneedling_guide::core::config::{Config, KioskConfig, Mode};
use microneedling_guide::element;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod common;
use common::web::fresh_element;

wasm_bindgen_test_configure!(run_in_browser);

fn kiosk(idle: u32, countdown: u32) -> Config {
    Config {
        mode: Mode::Kiosk,
        kiosk: KioskConfig {
            idle_seconds: idle,
            countdown_seconds: countdown,
            handoff_url: None,
            read_aloud: false,
        },
        ..Config::default()
    }
}

fn find(el: &Element, sel: &str) -> Option<Element> {
    el.query_selector(sel).unwrap()
}

fn click(el: &Element, sel: &str) {
    let b: HtmlElement = find(el, sel).unwrap_or_else(|| panic!("{sel}")).dyn_into().unwrap();
    b.click();
}

/// Waits up to `ms` for `sel` to appear (or disappear when `present` is false).
async fn wait_for(el: &Element, sel: &str, present: bool, ms: u32) {
    let mut waited = 0;
    while find(el, sel).is_some() != present {
        assert!(waited < ms, "timed out waiting for {sel} (present: {present})");
        TimeoutFuture::new(100).await;
        yew::scheduler::flush().await;
        waited += 100;
    }
}

#[wasm_bindgen_test]
async fn attract_start_prompt_extend_and_reset() {
    let el = fresh_element();
    let _m = element::mount::mount(el.clone(), kiosk(1, 2));
    yew::scheduler::flush().await;
    let root = find(&el, ".mg.mg--kiosk").expect("kiosk root");
    assert_eq!(root.get_attribute("role").as_deref(), Some("region"));
    assert!(find(&el, ".mg-attract").is_some());
    assert!(find(&el, ".mg-kiosk__finish").is_none());

    click(&el, ".mg-attract__start");
    yew::scheduler::flush().await;
    assert!(find(&el, ".mg-quiz").is_some());
    assert!(find(&el, ".mg-kiosk__finish").is_some());
    click(&el, ".mg-quiz input[value=\"rl\"]");
    yew::scheduler::flush().await;
    assert!(find(&el, "input:checked").is_some());

    wait_for(&el, ".mg-dialog", true, 4000).await;
    let dialog = find(&el, ".mg-dialog").unwrap();
    assert_eq!(dialog.get_attribute("role").as_deref(), Some("dialog"));
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    let doc = web_sys::window().unwrap().document().unwrap();
    let ok = find(&el, ".mg-dialog__ok").unwrap();
    assert_eq!(doc.active_element().as_ref(), Some(&ok), "focus moves into the dialog");
    let count = find(&el, ".mg-dialog__count")
        .unwrap()
        .text_content()
        .unwrap_or_default();
    assert!(count.starts_with("Resetting in "), "{count}");
    assert!(find(&el, ".mg-kiosk[inert]").is_some(), "the page behind is inert");

    click(&el, ".mg-dialog__ok");
    yew::scheduler::flush().await;
    assert!(find(&el, ".mg-dialog").is_none(), "I'm still here closes the prompt");
    assert!(find(&el, "input:checked").is_some(), "and keeps the answer");

    wait_for(&el, ".mg-attract", true, 8000).await;
    assert!(find(&el, "input:checked").is_none(), "no answer left after the reset");
    assert!(find(&el, ".mg-quiz").is_none());
    assert!(find(&el, ".mg-dialog").is_none());
}

#[wasm_bindgen_test]
async fn finish_resets_at_once_and_the_next_visit_starts_fresh() {
    let el = fresh_element();
    let _m = element::mount::mount(el.clone(), kiosk(600, 30));
    yew::scheduler::flush().await;
    click(&el, ".mg-attract__start");
    yew::scheduler::flush().await;
    click(&el, ".mg-quiz input[value=\"bx\"]");
    yew::scheduler::flush().await;
    assert!(find(&el, "input:checked").is_some());
    click(&el, ".mg-kiosk__finish");
    yew::scheduler::flush().await;
    assert!(find(&el, ".mg-attract").is_some());
    click(&el, ".mg-attract__start");
    yew::scheduler::flush().await;
    assert!(find(&el, ".mg-quiz").is_some());
    assert!(find(&el, "input:checked").is_none(), "a new visit has no answers");
}
