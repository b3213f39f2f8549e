//! Browser tests of the diagrams: the scene switcher, labels, and the
//! healing scene's controls with and without reduced motion.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use microneedling_guide::app::diagram::{Diagram, DiagramProps};
use microneedling_guide::core::catalog::Catalog;
use microneedling_guide::core::config::Lang;
use microneedling_guide::core::scene::{num, NeedleTarget, ScarShape};
use microneedling_guide::core::timeline::{state_at, SceneInput};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn catalog() -> Rc<Catalog> {
    Rc::new(Catalog::builtin(Lang::En))
}

fn mount(reduced_motion: Option<bool>) -> (Element, yew::AppHandle<Diagram>) {
    mount_shapes(reduced_motion, Vec::new())
}

fn mount_shapes(reduced_motion: Option<bool>, shapes: Vec<ScarShape>) -> (Element, yew::AppHandle<Diagram>) {
    let el = doc().create_element("div").unwrap();
    el.set_class_name("mg");
    // First in the body and scrolled to: playback pauses when the diagram
    // is out of view, and earlier tests leave their elements behind.
    let body = doc().body().unwrap();
    body.insert_before(&el, body.first_child().as_ref()).unwrap();
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
    let props = DiagramProps {
        catalog: catalog(),
        shapes,
        needle: NeedleTarget::Scars,
        sessions: 3,
        interval: 4,
        reduced_motion,
        heading_level: 2,
    };
    let handle = yew::Renderer::<Diagram>::with_root_and_props(el.clone(), props).render();
    (el, handle)
}

fn q(el: &Element, sel: &str) -> Element {
    el.query_selector(sel).unwrap().unwrap_or_else(|| panic!("no {sel}"))
}

fn click(el: &Element, sel: &str) {
    q(el, sel).dyn_into::<HtmlElement>().unwrap().click();
}

fn text(el: &Element, sel: &str) -> String {
    q(el, sel).text_content().unwrap_or_default()
}

/// The time scrubber's value, as the page shows it.
fn scrubber(el: &Element) -> String {
    q(el, ".mg-dia__scrubber")
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .value()
}

async fn settle(ms: u32) {
    gloo::timers::future::TimeoutFuture::new(ms).await;
    yew::scheduler::flush().await;
}

async fn open_healing(el: &Element) {
    yew::scheduler::flush().await;
    click(el, "[role=tab][data-scene=healing]");
    yew::scheduler::flush().await;
}

fn current_phase(el: &Element) -> String {
    q(el, "[aria-current=step]")
        .get_attribute("data-phase")
        .unwrap_or_default()
}

fn animations() -> u32 {
    let d = doc();
    let f: js_sys::Function = js_sys::Reflect::get(&d, &"getAnimations".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let list: js_sys::Array = f.call0(&d).unwrap().dyn_into().unwrap();
    list.length()
}

#[wasm_bindgen_test]
async fn scene_tabs_switch_by_click_and_arrow_keys() {
    let (el, _h) = mount(Some(true));
    yew::scheduler::flush().await;
    assert_eq!(
        q(&el, "[role=tabpanel]").get_attribute("data-scene").as_deref(),
        Some("healthy")
    );
    click(&el, "[role=tab][data-scene=treatment]");
    yew::scheduler::flush().await;
    let tab = q(&el, "[role=tab][data-scene=treatment]");
    assert_eq!(tab.get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(tab.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(text(&el, "[role=tabpanel]").contains("Dermabrasion"));

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    tab.dispatch_event(&ev).unwrap();
    yew::scheduler::flush().await;
    let healing = q(&el, "[role=tab][data-scene=healing]");
    assert_eq!(healing.get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(
        doc().active_element().as_ref(),
        Some(&healing),
        "focus follows the arrow key"
    );
    assert_eq!(
        q(&el, "[role=tabpanel]").get_attribute("data-scene").as_deref(),
        Some("healing")
    );
}

#[wasm_bindgen_test]
async fn labels_can_be_hidden_and_shown() {
    let (el, _h) = mount(Some(true));
    yew::scheduler::flush().await;
    let count = || el.query_selector_all(".mg-dia__label").unwrap().length();
    let with = count();
    assert!(with > 3, "labels drawn: {with}");
    click(&el, ".mg-dia__toggle input");
    yew::scheduler::flush().await;
    // Only the scale bar's "1 mm" stays: it is part of the scale, not a label toggle.
    assert!(count() <= 1, "labels hidden: {}", count());
    click(&el, ".mg-dia__toggle input");
    yew::scheduler::flush().await;
    assert_eq!(count(), with);
}

#[wasm_bindgen_test]
async fn phase_steps_change_caption_highlight_and_scrubber_text() {
    let (el, _h) = mount(Some(true));
    open_healing(&el).await;
    let cat = catalog();
    assert_eq!(current_phase(&el), "injury");
    let first = text(&el, "[aria-live=polite]");
    assert!(first.contains(cat.diagram.phases.injury.caption.as_str()));
    assert!(
        el.query_selector(".mg-dia__play").unwrap().is_none(),
        "no Play with reduced motion"
    );

    click(&el, ".mg-dia__next");
    yew::scheduler::flush().await;
    assert_eq!(current_phase(&el), "barrier");
    assert!(text(&el, "[aria-live=polite]").contains(cat.diagram.phases.barrier.caption.as_str()));
    click(&el, ".mg-dia__next");
    click(&el, ".mg-dia__prev");
    yew::scheduler::flush().await;
    assert_eq!(current_phase(&el), "barrier");

    // The scrubber speaks the biological time shown above the drawing.
    let scrub: HtmlInputElement = q(&el, ".mg-dia__scrubber").dyn_into().unwrap();
    assert_eq!(scrub.get_attribute("aria-valuetext"), Some(text(&el, ".mg-dia__time")));
    scrub.set_value("14.5");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    scrub
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let input = SceneInput {
        scar: Some(microneedling_guide::core::scene::ScarShape::Rolling),
        needle_depth_mm: 1.5,
    };
    let want = cat.diagram.time.label(state_at(14.5, &input).label);
    assert_eq!(scrub.get_attribute("aria-valuetext"), Some(want.clone()));
    assert!(want.starts_with("Day"), "{want}");
    assert_eq!(current_phase(&el), "inflammation");

    // The phase list's buttons jump too.
    click(&el, "[data-phase=remodelling] button");
    yew::scheduler::flush().await;
    assert_eq!(current_phase(&el), "remodelling");
    assert_eq!(
        q(&el, ".mg-dia__next").get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn reduced_motion_runs_no_animation() {
    let (el, _h) = mount(Some(true));
    open_healing(&el).await;
    let before = scrubber(&el);
    settle(300).await;
    let after = scrubber(&el);
    assert_eq!(before, after, "nothing moves by itself");
    click(&el, ".mg-dia__next");
    settle(100).await;
    assert_eq!(
        q(&el, ".mg-dia__healing").get_attribute("data-playing").as_deref(),
        Some("false")
    );
    assert_eq!(animations(), 0, "no CSS or Web Animations run");
}

#[wasm_bindgen_test]
async fn play_and_pause_toggle_and_time_advances() {
    let (el, _h) = mount(Some(false));
    open_healing(&el).await;
    assert_eq!(text(&el, ".mg-dia__play"), "Play");
    click(&el, ".mg-dia__play");
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".mg-dia__play"), "Pause");
    settle(400).await;
    let t: f64 = scrubber(&el).parse().unwrap();
    assert!(t > 0.0, "the clock advanced: {t}");
    click(&el, ".mg-dia__play");
    yew::scheduler::flush().await;
    assert_eq!(text(&el, ".mg-dia__play"), "Play");
    let paused = scrubber(&el);
    settle(200).await;
    assert_eq!(scrubber(&el), paused, "paused means still");
}

#[wasm_bindgen_test]
async fn next_phase_eases_then_lands_on_the_next_phase() {
    let (el, h) = mount(Some(false));
    open_healing(&el).await;
    click(&el, ".mg-dia__next");
    settle(900).await;
    assert_eq!(current_phase(&el), "barrier");
    // Unmounting mid-play stops the clock: no errors from late frames.
    click(&el, ".mg-dia__play");
    yew::scheduler::flush().await;
    h.destroy();
    settle(100).await;
    assert_eq!(el.child_element_count(), 0);
}

/// Waits for the browser's next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn frames_paint_what_moves_without_rendering_the_yew_tree() {
    use microneedling_guide::app::diagram::healing::renders;
    let (el, _h) = mount(Some(false));
    open_healing(&el).await;
    click(&el, ".mg-dia__play");
    yew::scheduler::flush().await;
    let before = renders();
    // The first 2.5 s of playback: the bleeding fades every frame, and
    // nothing the Yew tree shows changes (still the first phase, Pause
    // offered, no step back yet). The clock takes at most 100 ms a frame.
    let blood = || q(&el, ".mg-dia__blood").get_attribute("opacity").unwrap_or_default();
    let mut last = blood();
    let mut moved = 0;
    for _ in 0..25 {
        next_frame().await;
        let now = blood();
        if now != last {
            moved += 1;
            last = now;
        }
    }
    yew::scheduler::flush().await;
    let rendered = renders() - before;
    assert!(moved >= 10, "the drawing moved in {moved} of 25 frames");
    assert_eq!(rendered, 0, "{rendered} Yew renders in 25 frames");
    let t: f64 = scrubber(&el).parse().unwrap();
    assert!(t > 0.0 && t < 3.0, "still in the first phase: {t}");
    assert_eq!(
        q(&el, ".mg-dia__time").text_content(),
        q(&el, ".mg-dia__scrubber").get_attribute("aria-valuetext")
    );

    // What Yew shows still follows playback: a phase change renders once.
    click(&el, ".mg-dia__next");
    settle(900).await;
    assert_eq!(current_phase(&el), "barrier");
    assert!(renders() - before >= 1, "the phase change rendered");
    assert!(
        renders() - before <= 4,
        "a phase step renders a few times, not every frame: {}",
        renders() - before
    );
}

#[wasm_bindgen_test]
async fn frames_draw_where_the_core_puts_things() {
    // An ice pick scar deeper than the needles reach: the core moves the
    // focus channel into the scar's wall, and the painted drawing follows.
    let (el, _h) = mount_shapes(Some(true), vec![ScarShape::IcePick]);
    open_healing(&el).await;
    click(&el, "[data-phase=proliferation] button");
    yew::scheduler::flush().await;
    let t: f64 = scrubber(&el).parse().unwrap();
    let st = state_at(
        t,
        &SceneInput {
            scar: Some(ScarShape::IcePick),
            needle_depth_mm: NeedleTarget::Scars.depth_mm(),
        },
    );
    assert!(st.focus_x > 5.0, "the channel sits in the wall: {}", st.focus_x);
    let attr = |sel: &str, name: &str| q(&el, sel).get_attribute(name).unwrap_or_default();
    assert_eq!(attr(".mg-dia__channel", "x"), num(st.channel.x));
    assert_eq!(attr(".mg-dia__channel", "y"), num(st.channel.y));
    assert_eq!(attr(".mg-dia__channel", "height"), num(st.channel.h));
    assert_eq!(attr(".mg-dia__blood", "cx"), num(st.focus_x));
    let shown = el
        .query_selector_all(".mg-dia__overlay .mg-dia__fibroblast:not([display=none])")
        .unwrap()
        .length();
    assert_eq!(shown, u32::from(st.fibroblasts), "fibroblasts drawn");
    let vessels = el
        .query_selector_all(".mg-dia__overlay .mg-dia__new-vessel:not([display=none])")
        .unwrap()
        .length();
    assert_eq!(vessels, u32::from(st.new_vessels), "new vessels drawn");
    assert_eq!(text(&el, ".mg-dia__time"), catalog().diagram.time.label(st.label));
}
