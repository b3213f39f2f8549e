//! Browser tests of the plan at a glance: the summary card and the
//! contents render the core's summary, every line opens its section and
//! focuses its heading, and Listen shows only with an on-device voice.
#![cfg(target_arch = "wasm32")]

use microneedling_guide::core::config::Mode;
use microneedling_guide::core::link::{self, Resume};
use microneedling_guide::core::plan::build_plan;
use microneedling_guide::core::summary::{section_name, shown_sections, summarize};
use microneedling_guide::element;
use microneedling_guide::platform::speech;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod common;
use common::web::{fresh_element, quiz_config, set_hash, text, window};

wasm_bindgen_test_configure!(run_in_browser);

/// Rolling and boxcar scars, easily seen, type II skin, no safety items.
const LINK: &str = "#a=v=2&s=bx.rl&g=3&c=none&f=2&x=none&d=2&k=86b6a7";

fn all(el: &Element, sel: &str) -> Vec<Element> {
    let list = el.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

#[wasm_bindgen_test]
async fn summary_and_contents_follow_the_core_and_jump_to_sections() {
    set_hash(LINK);
    let Some(Resume::Answers(answers)) = link::read(LINK.trim_start_matches("#a=")).resume() else {
        panic!("the test link must hold answers");
    };
    let doc = window().document().unwrap();
    let el = fresh_element();
    let _m = element::mount::mount(el.clone(), quiz_config(Mode::Standalone, true));
    yew::scheduler::flush().await;
    assert!(
        el.query_selector(".mg-plan").unwrap().is_some(),
        "the link opens the plan"
    );

    let plan = build_plan(&answers);
    let summary = summarize(&plan);
    let steps = all(&el, ".mg-glance__step");
    assert_eq!(steps.len(), summary.steps.len());
    assert_eq!(all(&el, ".mg-glance__caution").len(), 1);
    let region = el.query_selector(".mg-glance").unwrap().unwrap();
    let title_id = region.get_attribute("aria-labelledby").unwrap();
    assert_eq!(
        text(&el.query_selector(&format!("#{title_id}")).unwrap().unwrap()),
        "Your plan at a glance"
    );

    // The contents: one entry per section shown, then answers and sources.
    let nav = el.query_selector("nav.mg-contents").unwrap().unwrap();
    assert!(nav.get_attribute("aria-labelledby").is_some());
    let entries: Vec<String> = all(&el, ".mg-contents__link").iter().map(text).collect();
    let sections = all(&el, ".mg-plan__section");
    assert_eq!(entries.len(), shown_sections(&plan).len() + 2);
    assert_eq!(entries.len(), sections.len());
    for (s, name) in shown_sections(&plan).iter().zip(sections.iter()) {
        assert_eq!(name.id(), format!("mg-plan-{}", section_name(*s)));
    }

    // Each summary line and entry moves focus to its section's heading.
    for (i, b) in all(&el, ".mg-contents__link").iter().enumerate() {
        b.clone().dyn_into::<HtmlElement>().unwrap().click();
        let active = doc.active_element().unwrap();
        assert!(
            active
                .get_attribute("class")
                .unwrap_or_default()
                .contains("mg-plan__heading"),
            "entry {i}"
        );
        assert_eq!(text(&active), entries[i]);
    }
    steps[0].clone().dyn_into::<HtmlElement>().unwrap().click();
    let target = section_name(summary.steps[0].section);
    let active = doc.active_element().unwrap();
    assert!(active.closest(&format!("#mg-plan-{target}")).unwrap().is_some());

    // Listen only where the device has an on-device voice.
    let voice = speech::local_voice("en").is_some();
    assert_eq!(el.query_selector(".mg-listen").unwrap().is_some(), voice);
    set_hash("");
}
