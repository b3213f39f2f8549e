//! Browser tests of the quiz and the plan: mount the real app in headless
//! Chromium, click real inputs and check the DOM, focus and the URL.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use microneedling_guide::core::config::Mode;
use microneedling_guide::element::{self, mount::Mounted};
use microneedling_guide::platform::link;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

mod common;
use common::web::{fresh_element, quiz_config, set_hash, window};

wasm_bindgen_test_configure!(run_in_browser);

fn hash() -> String {
    window().location().hash().unwrap()
}

async fn mount(mode: Mode) -> (Element, Mounted) {
    mount_on(mode, true).await
}

/// Mounts on the guide's own page (`url_config`, like the standalone page's
/// element) or on someone else's.
async fn mount_on(mode: Mode, url_config: bool) -> (Element, Mounted) {
    let el = fresh_element();
    let m = element::mount::mount(el.clone(), quiz_config(mode, url_config));
    yew::scheduler::flush().await;
    if mode == Mode::Kiosk {
        // A kiosk waits on its attract screen until someone taps to start.
        let start: HtmlElement = find(&el, ".mg-attract__start").dyn_into().unwrap();
        start.click();
        yew::scheduler::flush().await;
    }
    (el, m)
}

/// A standalone quiz on its first question, with no saved answers around.
async fn fresh() -> (Element, Mounted) {
    set_hash("");
    mount(Mode::Standalone).await
}

fn find(el: &Element, sel: &str) -> Element {
    el.query_selector(sel).unwrap().unwrap_or_else(|| panic!("no {sel}"))
}

async fn click(el: &Element, sel: &str) {
    find(el, sel).dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

/// Chooses an option of the current question by its link code.
async fn pick(el: &Element, code: &str) {
    click(el, &format!(".mg-quiz input[value=\"{code}\"]")).await;
}

async fn next(el: &Element) {
    click(el, ".mg-nav__next").await;
}

fn checked(el: &Element, code: &str) -> bool {
    find(el, &format!(".mg-quiz input[value=\"{code}\"]"))
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .checked()
}

fn text(el: &Element, sel: &str) -> String {
    find(el, sel).text_content().unwrap_or_default()
}

fn focused_text() -> String {
    window()
        .document()
        .unwrap()
        .active_element()
        .and_then(|a| a.text_content())
        .unwrap_or_default()
}

/// Answers every question: rolling scars, grade 3, no other concern, type II
/// skin, no safety item, one or two days of downtime.
async fn complete(el: &Element) {
    pick(el, "rl").await;
    next(el).await;
    pick(el, "3").await;
    next(el).await;
    pick(el, "none").await;
    next(el).await;
    pick(el, "2").await;
    next(el).await;
    pick(el, "none").await;
    next(el).await;
    pick(el, "2").await;
    next(el).await;
}

#[wasm_bindgen_test]
async fn options_next_and_back_keep_answers_and_progress_and_focus_follow() {
    let (el, _m) = fresh().await;
    assert_eq!(text(&el, ".mg-progress__text"), "Step 1 of 6");
    assert!(el.query_selector("progress[aria-labelledby]").unwrap().is_some());
    assert!(el.query_selector("fieldset legend h1").unwrap().is_some());
    // Several scar types at once; the drawings come with them.
    pick(&el, "rl").await;
    pick(&el, "bx").await;
    assert!(checked(&el, "rl") && checked(&el, "bx"));
    assert_eq!(el.query_selector_all(".mg-option__art svg").unwrap().length(), 8);
    next(&el).await;
    assert_eq!(text(&el, ".mg-progress__text"), "Step 2 of 6");
    assert_eq!(focused_text(), "How easy are your scars to see?");
    assert_eq!(
        find(&el, "input[value=\"2\"]").get_attribute("type").as_deref(),
        Some("radio")
    );
    pick(&el, "2").await;
    click(&el, ".mg-nav__back").await;
    assert_eq!(text(&el, ".mg-progress__text"), "Step 1 of 6");
    assert_eq!(focused_text(), "What do your scars or marks look like?");
    assert!(checked(&el, "rl") && checked(&el, "bx"), "Back keeps answers");
    next(&el).await;
    assert!(checked(&el, "2"), "Next keeps answers");
    assert!(
        hash().starts_with("#a=v=2&s=bx.rl&g=2&k="),
        "answers mirrored: {}",
        hash()
    );
}

#[wasm_bindgen_test]
async fn next_without_an_answer_explains_politely_and_stays() {
    let (el, _m) = fresh().await;
    let status = find(&el, ".mg-need");
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(status.text_content().unwrap_or_default(), "");
    next(&el).await;
    assert!(text(&el, ".mg-need").contains("Pick an answer"));
    assert_eq!(text(&el, ".mg-progress__text"), "Step 1 of 6");
    pick(&el, "ip").await;
    assert_eq!(text(&el, ".mg-need"), "", "the message goes once answered");
}

#[wasm_bindgen_test]
async fn not_sure_opens_the_how_to_tell_guide() {
    let (el, _m) = fresh().await;
    assert!(el.query_selector(".mg-guide").unwrap().is_none());
    pick(&el, "ns").await;
    let guide = text(&el, ".mg-guide");
    assert!(
        guide.contains("stretch test") && guide.contains("press test"),
        "{guide}"
    );
    assert!(
        el.query_selector(".mg-guide h2").unwrap().is_some(),
        "one level below the question"
    );
    click(&el, ".mg-guide-wrap > button").await;
    assert!(el.query_selector(".mg-guide").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_last_question_says_see_my_plan_and_the_plan_renders() {
    let (el, _m) = fresh().await;
    pick(&el, "rl").await;
    next(&el).await;
    pick(&el, "3").await;
    next(&el).await;
    pick(&el, "none").await;
    next(&el).await;
    pick(&el, "2").await;
    next(&el).await;
    pick(&el, "none").await;
    next(&el).await;
    pick(&el, "2").await;
    assert_eq!(text(&el, ".mg-nav__next"), "See my plan");
    next(&el).await;
    assert_eq!(focused_text(), "Your microneedling plan");
    assert!(text(&el, ".mg-verdict").contains("worth asking about"));
    assert!(el.query_selector(".mg-verdict--likely").unwrap().is_some());
    for name in [
        "scars",
        "severity",
        "numbers",
        "downtime",
        "aftercare",
        "home-devices",
        "provider-questions",
        "myths",
        "notice",
        "answers",
        "sources",
    ] {
        assert!(
            el.query_selector(&format!(".mg-plan__section--{name}"))
                .unwrap()
                .is_some(),
            "{name}"
        );
    }
    assert!(
        el.query_selector(".mg-plan__section--skin-tone").unwrap().is_none(),
        "type II"
    );
    assert_eq!(el.query_selector_all(".mg-myth").unwrap().length(), 6);
    assert!(el.query_selector_all(".mg-cite").unwrap().length() >= 8);
    assert!(
        el.query_selector("h1 ~ section h2").unwrap().is_some(),
        "sections one level down"
    );
    assert!(el.query_selector(".mg-progress").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn change_returns_to_the_question_and_back_to_an_updated_plan() {
    let (el, _m) = fresh().await;
    complete(&el).await;
    assert!(el.query_selector(".mg-verdict--likely").unwrap().is_some());
    // The fifth Change button is the safety screen.
    let buttons = el.query_selector_all(".mg-answers__change").unwrap();
    assert_eq!(buttons.length(), 6);
    buttons.item(4).unwrap().dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(focused_text(), "Do any of these apply to you?");
    assert!(checked(&el, "none"));
    assert!(text(&el, ".mg-nav").contains("Back to my plan"));
    pick(&el, "ab").await;
    assert!(!checked(&el, "none"), "a real item clears \"none\"");
    assert_eq!(text(&el, ".mg-nav__next"), "See my plan");
    next(&el).await;
    assert_eq!(focused_text(), "Your microneedling plan");
    assert!(el.query_selector(".mg-verdict--wait").unwrap().is_some());
    assert!(text(&el, ".mg-verdict").contains("pimples"));
}

#[wasm_bindgen_test]
async fn start_over_clears_every_answer_and_the_link() {
    let (el, _m) = fresh().await;
    complete(&el).await;
    assert!(hash().starts_with("#a="));
    let restart = el
        .query_selector_all(".mg-plan__actions button")
        .unwrap()
        .item(1)
        .unwrap();
    assert_eq!(restart.text_content().as_deref(), Some("Start over"));
    restart.dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".mg-progress__text"), "Step 1 of 6");
    assert!(!checked(&el, "rl"));
    assert_eq!(hash(), "", "the link is cleared");
}

#[wasm_bindgen_test]
async fn a_saved_link_resumes_at_the_first_gap_or_the_plan() {
    set_hash("#a=v=1&s=ip&g=2");
    let (el, _m) = mount(Mode::Standalone).await;
    assert_eq!(text(&el, ".mg-progress__text"), "Step 3 of 6");
    assert!(text(&el, "legend").contains("Anything else"));
    let doc = window().document().unwrap();
    assert!(
        doc.active_element().is_none_or(|a| !el.contains(Some(&a))),
        "a resume steals no focus"
    );

    set_hash("#a=v=1&s=ip&g=2&c=none&f=5&x=none&d=7");
    let (el, _m2) = mount(Mode::Standalone).await;
    assert!(el.query_selector(".mg-plan").unwrap().is_some());
    assert!(
        el.query_selector(".mg-plan__section--skin-tone").unwrap().is_some(),
        "type V"
    );
    set_hash("");
}

fn capture_warnings() -> (Rc<RefCell<Vec<String>>>, impl FnOnce()) {
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
    let original = js_sys::Reflect::get(&console, &"warn".into()).unwrap();
    let log = Rc::new(RefCell::new(Vec::new()));
    let sink = log.clone();
    let f =
        Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| sink.borrow_mut().push(v.as_string().unwrap_or_default()));
    js_sys::Reflect::set(&console, &"warn".into(), f.as_ref()).unwrap();
    let restore = move || {
        js_sys::Reflect::set(&console, &"warn".into(), &original).unwrap();
        drop(f);
    };
    (log, restore)
}

#[wasm_bindgen_test]
async fn a_damaged_link_says_so_and_never_blanks_the_widget() {
    let good = microneedling_guide::core::link::encode(&microneedling_guide::core::quiz::Answers {
        scars: [microneedling_guide::core::quiz::ScarType::Rolling].into(),
        ..Default::default()
    });
    for bad in [
        // Cut short, as a chat app might.
        format!("#a={}", &good[..good.len() - 3]),
        // Edited by hand: another scar type, old checksum.
        format!("#a={}", good.replace("s=rl", "s=ip")),
        "#a=%E0%A4%A&&&==".to_string(),
        "#a=v=99&s=ip".to_string(),
        "#a=<script>alert(1)</script>".to_string(),
    ] {
        set_hash(&bad);
        let (log, restore) = capture_warnings();
        let (el, _m) = mount(Mode::Standalone).await;
        restore();
        let warnings = log.borrow().join("\n");
        assert!(
            warnings.contains("microneedling-guide: saved answers: the link is damaged"),
            "{bad}: {warnings}"
        );
        assert_eq!(text(&el, ".mg-damaged h1"), "This saved link is damaged", "{bad}");
        assert!(!el.inner_html().contains("<script>"), "{bad}");
        assert!(el.query_selector(".mg-plan").unwrap().is_none(), "{bad}: no plan");
        assert_eq!(hash(), "", "{bad}: the damaged link is cleared from the URL");
        let doc = window().document().unwrap();
        assert!(
            doc.active_element().is_none_or(|a| !el.contains(Some(&a))),
            "opening a link steals no focus"
        );
    }
    // The way on: a fresh quiz with nothing selected.
    set_hash(&format!("#a={}", good.replace("s=rl", "s=ip")));
    let (el, _m) = mount(Mode::Standalone).await;
    click(&el, ".mg-damaged .mg-button--primary").await;
    assert_eq!(text(&el, ".mg-progress__text"), "Step 1 of 6");
    assert!(!checked(&el, "rl") && !checked(&el, "ip"));
    assert_eq!(focused_text(), "What do your scars or marks look like?");
    set_hash("");
}

#[wasm_bindgen_test]
async fn an_old_version_1_link_keeps_its_valid_parts_with_warnings() {
    set_hash("#a=v=1&s=zz.ip&bogus&q=1&g=9&x=none.ab");
    let (log, restore) = capture_warnings();
    let (el, _m) = mount(Mode::Standalone).await;
    restore();
    assert!(log.borrow().len() >= 4, "{:?}", log.borrow());
    assert!(el.query_selector(".mg-damaged").unwrap().is_none());
    assert!(
        hash().starts_with("#a=v=2&"),
        "rewritten as a version 2 link: {}",
        hash()
    );
    set_hash("#a=v=1&s=zz.ip&bogus&q=1&g=9&x=none.ab");
    let microneedling_guide::core::link::LinkRead::Answers(answers, warnings) = link::read() else {
        panic!("a partly readable version 1 link opens");
    };
    assert!(warnings.len() >= 4, "{warnings:?}");
    assert_eq!(answers.scars.len(), 1);
    assert_eq!(answers.safety.len(), 1);
    set_hash("");
}

#[wasm_bindgen_test]
async fn embed_and_kiosk_never_put_answers_in_the_url() {
    // Neither does a standalone guide on a page that is not its own.
    for (mode, own) in [(Mode::Embed, true), (Mode::Kiosk, true), (Mode::Standalone, false)] {
        set_hash("");
        let (el, _m) = mount_on(mode, own).await;
        pick(&el, "rl").await;
        next(&el).await;
        assert_eq!(hash(), "", "{mode:?}");
        // And a saved link is not read either.
        set_hash("#a=v=1&s=ip");
        let (el2, _m2) = mount_on(mode, own).await;
        assert_eq!(text(&el2, ".mg-progress__text"), "Step 1 of 6", "{mode:?}");
    }
    set_hash("");
}

#[wasm_bindgen_test]
async fn embed_mode_plan_sections_start_at_h3() {
    set_hash("");
    let (el, _m) = mount(Mode::Embed).await;
    complete(&el).await;
    assert!(el.query_selector("h1").unwrap().is_none());
    assert!(el.query_selector(".mg-plan > h2").unwrap().is_some());
    assert!(el.query_selector(".mg-plan__heading").unwrap().unwrap().tag_name() == "H3");
}

/// The plan reads the text, the clinic and the booking action from the
/// guide's context, not from its props: a clinic, language or host change
/// after mount must still reach it.
#[wasm_bindgen_test]
async fn the_plan_follows_clinic_language_and_host_changes_live() {
    use microneedling_guide::app::props::AppProps;
    use microneedling_guide::core::catalog::Catalog;
    use microneedling_guide::core::config::{Clinic, Config, Lang};
    use microneedling_guide::core::events::WidgetEvent;

    set_hash("");
    let answers = "v=1&s=ip&g=2&c=none&f=2&x=none&d=7";
    let resume = microneedling_guide::core::link::read(answers).resume();
    let books = Rc::new(RefCell::new(Vec::<&str>::new()));
    let host = |name: &'static str| {
        let books = books.clone();
        yew::Callback::from(move |e: WidgetEvent| {
            if e == WidgetEvent::BookClick {
                books.borrow_mut().push(name);
            }
        })
    };
    // One catalog per language, as the element caches them: only the
    // clinic or the host changes between the first updates.
    // Spanish is fetched on demand; here it comes from the file the build
    // writes, installed as the element installs a fetched one.
    let spanish = include_str!(concat!(env!("OUT_DIR"), "/lang-es.json"));
    let Ok(microneedling_guide::core::json::Json::Array(items)) = microneedling_guide::platform::json::parse(spanish)
    else {
        panic!("the Spanish file is a list");
    };
    let list = items
        .into_iter()
        .map(|t| match t {
            microneedling_guide::core::json::Json::String(s) => s,
            other => panic!("not a text: {other:?}"),
        })
        .collect();
    assert_eq!(Catalog::install(Lang::Es, list), Ok(()));
    let (en, es) = (Rc::new(Catalog::builtin(Lang::En)), Rc::new(Catalog::builtin(Lang::Es)));
    let props = |(lang, catalog): (Lang, &Rc<Catalog>), clinic: Clinic, on_event| AppProps {
        config: Config {
            lang,
            clinic,
            ..quiz_config(Mode::Standalone, false)
        },
        catalog: catalog.clone(),
        on_event,
        resume: resume.clone(),
        on_lang: None,
        load_lang: None,
        lang_load: Default::default(),
    };
    let el = fresh_element();
    let mut m = element::mount::mount_with(el.clone(), props((Lang::En, &en), Clinic::default(), host("first")));
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".mg-plan .mg-heading"), "Your microneedling plan");
    assert!(
        el.query_selector(".mg-contact").unwrap().is_none(),
        "no clinic, no contact"
    );

    let clinic = Clinic {
        booking_url: Some("https://clinic.example/book".into()),
        ..Clinic::default()
    };
    m.update(props((Lang::En, &en), clinic.clone(), host("first")));
    yew::scheduler::flush().await;
    let book = find(&el, ".mg-contact a");
    assert_eq!(
        book.get_attribute("href").as_deref(),
        Some("https://clinic.example/book")
    );

    // A new host callback replaces the old one for the booking event.
    m.update(props((Lang::En, &en), clinic.clone(), host("second")));
    yew::scheduler::flush().await;
    let book: HtmlElement = find(&el, ".mg-contact a").dyn_into().unwrap();
    // The guide's handler runs; the browser opens no tab.
    let stay = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| e.prevent_default());
    book.add_event_listener_with_callback("click", stay.as_ref().unchecked_ref())
        .unwrap();
    book.click();
    yew::scheduler::flush().await;
    assert_eq!(*books.borrow(), vec!["second"]);

    m.update(props((Lang::Es, &es), clinic, host("second")));
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".mg-plan .mg-heading"), "Tu plan de microneedling");
    m.unmount();
}
