//! The diagrams of how microneedling works: five scenes behind a tab list,
//! with the healing scene animated. Self-contained, so the quiz's plan
//! screen can embed it with the visitor's own scar shapes and needle depth.
//!
//! Components only render core state and send events: geometry comes from
//! `core::scene`, the healing frames from `core::timeline::state_at`, the
//! course from `core::course` and playback rules from `core::playback`.
//! The healing frames bypass the Yew tree (`live`): each frame writes only
//! the attributes that moved.

pub mod controls;
pub mod course;
pub mod draw;
pub mod healing;
pub mod healing_parts;
pub mod healthy;
pub mod legend;
pub mod live;
pub mod scars;
pub mod treatment;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::catalog::{Catalog, SceneText};
use crate::core::course::{TYPICAL_INTERVAL_WEEKS, TYPICAL_SESSIONS};
use crate::core::scene::{NeedleTarget, ScarShape, Scene, SkinTone};

/// Properties of [`Diagram`].
#[derive(Properties, PartialEq)]
pub struct DiagramProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// The visitor's scar shapes; empty draws the three sunken types.
    #[prop_or_default]
    pub shapes: Vec<ScarShape>,
    /// What the needles are set up for; it decides the channel depth.
    #[prop_or(NeedleTarget::Scars)]
    pub needle: NeedleTarget,
    /// Sessions in the course of treatment.
    #[prop_or(TYPICAL_SESSIONS)]
    pub sessions: u8,
    /// Weeks between sessions.
    #[prop_or(TYPICAL_INTERVAL_WEEKS)]
    pub interval: u8,
    /// Overrides the visitor's reduced-motion preference (tests, kiosks);
    /// `None` follows `prefers-reduced-motion` and its changes.
    #[prop_or_default]
    pub reduced_motion: Option<bool>,
    /// Level of the scene headings (2 to 6), one below the screen heading.
    #[prop_or(2)]
    pub heading_level: u8,
}

/// What every scene needs to draw itself.
#[derive(Clone, PartialEq)]
pub struct SceneContext {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// Instance-unique id prefix.
    pub prefix: AttrValue,
    /// Epidermis colour of the drawings.
    pub tone: SkinTone,
    /// Whether labels are drawn.
    pub labels: bool,
}

/// The tab's element id for a scene.
fn tab_id(prefix: &str, scene: Scene) -> String {
    format!("{prefix}-tab-{}", scene_key(scene))
}

/// Stable key of a scene for ids and test hooks.
pub fn scene_key(scene: Scene) -> &'static str {
    match scene {
        Scene::Healthy => "healthy",
        Scene::Scars => "scars",
        Scene::Treatment => "treatment",
        Scene::Healing => "healing",
        Scene::Course => "course",
    }
}

/// Moves keyboard focus to a sibling tab after the arrow keys changed
/// scenes. It searches the tab list the key was pressed in, not the
/// document: inside the widget's shadow root `getElementById` on the
/// document finds nothing.
fn focus_id(from: &KeyboardEvent, id: &str) {
    let el = from
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.parent_element())
        .and_then(|list| list.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        // A failed focus only costs convenience; the tab is still selected.
        let _ = el.focus();
    }
}

/// The diagrams: scene tabs, the shown scene, a labels toggle and a legend.
#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let prefix = use_state(|| super::ids::next("mgd"));
    let scene = use_state(|| Scene::Healthy);
    let labels = use_state(|| true);
    // No tone is "the default person": the picker simply starts at the
    // first entry of its list, which the visitor can change.
    let tone = use_state(|| SkinTone::ALL[0]);
    let c = &props.catalog.diagram;
    let prefix_s: &str = prefix.as_str();

    let tabs = Scene::ALL.iter().enumerate().map(|(i, &s)| {
        let selected = s == *scene;
        let onclick = {
            let scene = scene.clone();
            Callback::from(move |_: MouseEvent| scene.set(s))
        };
        let onkeydown = {
            let scene = scene.clone();
            let prefix = prefix_s.to_owned();
            Callback::from(move |e: KeyboardEvent| {
                let last = Scene::ALL.len() - 1;
                let to = match e.key().as_str() {
                    "ArrowRight" | "ArrowDown" => Some(if i == last { 0 } else { i + 1 }),
                    "ArrowLeft" | "ArrowUp" => Some(if i == 0 { last } else { i - 1 }),
                    "Home" => Some(0),
                    "End" => Some(last),
                    _ => None,
                };
                if let Some(to) = to {
                    e.prevent_default();
                    let target = Scene::ALL[to];
                    scene.set(target);
                    focus_id(&e, &tab_id(&prefix, target));
                }
            })
        };
        html! {
            <button type="button" role="tab" id={tab_id(prefix_s, s)} class="mg-dia__tab"
                aria-selected={if selected { "true" } else { "false" }}
                aria-controls={format!("{prefix_s}-panel")}
                tabindex={if selected { "0" } else { "-1" }}
                data-scene={scene_key(s)}
                {onclick} {onkeydown}>
                <span class="mg-dia__tab-num" aria-hidden="true">{ i + 1 }</span>
                { c.scene(s).title.clone() }
            </button>
        }
    });

    let ctx = SceneContext {
        catalog: props.catalog.clone(),
        prefix: AttrValue::from(prefix_s.to_owned()),
        tone: *tone,
        labels: *labels,
    };
    let level = props.heading_level.clamp(2, 6);
    let body = match *scene {
        Scene::Healthy => healthy::healthy(&healthy::HealthyProps {
            ctx: ctx.clone(),
            level,
        }),
        Scene::Scars => {
            let on_tone = {
                let tone = tone.clone();
                Callback::from(move |t: SkinTone| tone.set(t))
            };
            scars::scars(&scars::ScarsProps {
                ctx: ctx.clone(),
                level,
                shapes: props.shapes.clone(),
                on_tone,
            })
        }
        Scene::Treatment => treatment::treatment(&treatment::TreatmentProps {
            ctx: ctx.clone(),
            level,
            needle: props.needle,
        }),
        Scene::Healing => html! {
            <healing::Healing ctx={ctx.clone()} {level} shapes={props.shapes.clone()}
                needle={props.needle} reduced_motion={props.reduced_motion} />
        },
        Scene::Course => course::course_chart(&course::CourseProps {
            ctx: ctx.clone(),
            level,
            sessions: props.sessions,
            interval: props.interval,
        }),
    };

    let on_labels = {
        let labels = labels.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                labels.set(input.checked());
            }
        })
    };
    let labels_id = format!("{prefix_s}-labels");
    html! {
        <div class={classes!("mg-dia", if *labels { None } else { Some("mg-dia--no-labels") })} id={prefix_s.to_owned()}>
            <div class="mg-dia__tabs" role="tablist" aria-label={c.controls.scenes.clone()}>
                { for tabs }
            </div>
            <div class="mg-dia__panel" role="tabpanel" id={format!("{prefix_s}-panel")}
                aria-labelledby={tab_id(prefix_s, *scene)} data-scene={scene_key(*scene)}>
                <p class="mg-dia__note">{ c.note_simplified.clone() }</p>
                { body }
                <div class="mg-dia__toggle">
                    <input type="checkbox" id={labels_id.clone()} checked={*labels} onchange={on_labels} />
                    <label for={labels_id}>{ c.controls.show_labels.clone() }</label>
                </div>
                { legend::legend(&legend::LegendProps { ctx: ctx.clone(), scene: *scene }) }
            </div>
        </div>
    }
}

/// A still scene: its heading, `body`, then its caption: with `caption_id`
/// when the drawing names the caption as its description, and `more` after
/// the caption's text. The `key` makes Yew replace the figure, never patch
/// one scene into another, when the scene changes.
pub fn scene_figure(
    key: &'static str,
    level: u8,
    text: &SceneText,
    body: Vec<Html>,
    caption_id: Option<String>,
    more: Html,
) -> Html {
    html! {
        <figure {key} class="mg-dia__figure">
            { scene_heading(level, &text.title) }
            { for body }
            <figcaption id={caption_id} class="mg-dia__caption">{ text.caption.clone() }{ more }</figcaption>
        </figure>
    }
}

/// A scene heading at the given level (2 to 6).
pub fn scene_heading(level: u8, text: &str) -> Html {
    let tag = match level {
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    html! { <@{tag} class="mg-dia__title">{ text.to_owned() }</@> }
}
