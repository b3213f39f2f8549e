//! The personal plan, rendered from [`build_plan`] and the catalog.
//!
//! Every section cites its sources; the print stylesheet turns the same
//! markup into a one- or two-page summary without controls.
//!
//! The sections are data: [`Part::shown`] lists them, one [`PlanSection`]
//! renders each, and [`PlanView`]'s `body` picks what goes inside. The parts
//! below are plain functions, not components: they have no state, and each
//! Yew component costs its own lifecycle code in the wasm.

pub mod answers;
pub mod glance;
pub mod handoff;
pub mod myths;
pub mod scars;
pub mod section;
pub mod sources;
pub mod verdict;

use yew::prelude::*;

use crate::app::clinic_bar::clinic_contact;

use super::heading::ScreenHeading;
use super::hooks::fold::use_narrow_guide;
use super::hooks::guide::use_guide;
use crate::core::catalog::{PlanText, TextMap};
use crate::core::json::MapKey;
use crate::core::plan::{build_plan, concern_evidence, Plan, Section};
use crate::core::quiz::{Action, Quiz};
use crate::core::tree::Text;
use section::{Fold, Part, PlanSection};

/// Properties of [`PlanView`]; the text, the clinic and the guide's
/// actions come from the guide's context ([`use_guide`]).
#[derive(Properties, PartialEq)]
pub struct PlanViewProps {
    /// Whether the heading takes focus on mount.
    pub focus: bool,
    /// The quiz, for its answers and shown questions.
    pub quiz: Quiz,
    /// Sends quiz actions (Change, Start over).
    pub on_action: Callback<Action>,
}

/// The texts of `keys` that the catalog has, in order.
fn texts<'a, K: MapKey>(keys: &[K], map: &'a TextMap<K, Text>) -> Vec<&'a Text> {
    keys.iter().filter_map(|k| map.get(k)).collect()
}

/// A list (`tag` is `ul` or `ol`) of plain texts, one item each.
fn list(tag: &'static str, class: &'static str, items: Vec<&Text>) -> Html {
    html! {
        <@{tag} class={class}>
            { for items.into_iter().map(|t| html! { <li>{ t }</li> }) }
        </@>
    }
}

/// A paragraph of one catalog text (empty if the catalog lacks it).
fn para(text: Option<&Text>) -> Html {
    html! { <p>{ text.cloned().unwrap_or_default() }</p> }
}

/// A click that sends `action`: one closure for every button of the plan
/// that acts on the quiz.
fn send(on_action: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    on_action.reform(move |_: MouseEvent| action.clone())
}

/// The citation line of a part, e.g. "Sources: 1, 2"; empty for none.
fn cite(plan: &Plan, t: &PlanText, part: Part) -> AttrValue {
    let src = match part {
        Part::Section(s) => plan.sources(s),
        Part::Answers | Part::Sources => Vec::new(),
    };
    if src.is_empty() {
        AttrValue::default()
    } else {
        t.cite_text(&src).into()
    }
}

/// The whole plan.
#[component]
pub fn PlanView(props: &PlanViewProps) -> Html {
    let guide = use_guide();
    let c = &guide.catalog;
    let t = &c.plan;
    let plan: Plan = build_plan(&props.quiz.answers);
    let level = if guide.top_level { 2 } else { 3 };
    // On a shared screen: no links out, no print, a QR code instead.
    let kiosk = guide.kiosk;
    // A narrow guide folds the sections below the summary; the verdict stays
    // open. "Open all sections" (and print, in the stylesheet) shows all.
    let node = use_node_ref();
    let folding = use_narrow_guide(node.clone());
    let all_open = use_state_eq(|| false);
    let fold = Fold {
        folding,
        all_open: *all_open,
    };
    let on_all = {
        let all_open = all_open.clone();
        Callback::from(move |_: MouseEvent| all_open.set(!*all_open))
    };
    let on_print = Callback::from(|_: MouseEvent| crate::platform::print());
    let on_restart = send(&props.on_action, Action::Restart);
    let parts = Part::shown(&plan);

    let body = |part: Part| -> Html {
        let section = match part {
            Part::Section(s) => s,
            Part::Answers => {
                return answers::answer_summary(
                    c,
                    &props.quiz.answers,
                    &props.quiz.visible_questions(),
                    &props.on_action,
                )
            }
            Part::Sources => return sources::source_list(t, &plan.all_sources()),
        };
        match section {
            Section::Verdict => html! {
                <>
                    { verdict::verdict_box(t, plan.verdict, &plan.reasons) }
                    if !kiosk {
                        { clinic_contact(&guide.clinic, &c.app, &guide.on_book) }
                    }
                    <div class="mg-actions mg-plan__see">
                        <button type="button" class="mg-button" onclick={guide.on_how_it_works.reform(|_: MouseEvent| ())}>
                            { &c.app.see_on_your_skin }
                        </button>
                    </div>
                </>
            },
            Section::Scars => scars::scar_advice_list(c, &plan.scars, level + 1),
            Section::Severity => para(plan.severity.and_then(|v| t.severity.get(&v))),
            Section::Concerns => html! {
                <ul class="mg-list mg-concerns">
                    { for plan.concerns.iter().map(|a| {
                        let evidence = concern_evidence(a.concern)
                            .and_then(|(e, _)| t.evidence.get(&e))
                            .cloned()
                            .unwrap_or_default();
                        html! {
                            <li key={a.concern.code()}>
                                <span class="mg-badge">{ evidence }</span>
                                { " " }{ t.concerns.get(&a.concern).cloned().unwrap_or_default() }
                            </li>
                        }
                    }) }
                </ul>
            },
            Section::Numbers => list("ul", "mg-list", texts(&plan.numbers, &t.numbers)),
            Section::Downtime => para(t.downtime.get(&plan.downtime)),
            Section::SkinTone => para(plan.skin_tone.and_then(|n| t.skin_tone.get(&n))),
            Section::Aftercare => list("ul", "mg-list mg-list--check", texts(&plan.aftercare, &t.aftercare)),
            Section::WarningSigns => html! {
                <>
                    <p>{ &t.warning_signs_intro }</p>
                    { list("ul", "mg-list", texts(&plan.warning_signs, &t.warning_signs)) }
                </>
            },
            Section::HomeDevices => list("ul", "mg-list", texts(&plan.home_devices, &t.home_devices)),
            Section::ProviderQuestions => list(
                "ol",
                "mg-list mg-list--numbered",
                texts(&plan.provider_questions, &t.provider_questions),
            ),
            Section::Myths => myths::myth_list(t, &plan.myths),
            Section::Notice => html! {
                if let Some(n) = t.notices.get(&plan.notice) {
                    <div class="mg-note">
                        <p class="mg-note__title">{ &n.title }</p>
                        <p>{ &n.body }</p>
                    </div>
                }
            },
        }
    };
    let sections = parts.iter().map(|&part| {
        let name = part.name();
        let key = name.clone();
        html! {
            <key={key}>
                <PlanSection {level} {fold} title={part.title(t)} cite={cite(&plan, t, part)} {name}>
                    { body(part) }
                </PlanSection>
                // The kiosk's plan leaves by QR code, right under the verdict.
                if kiosk && part == Part::Section(Section::Verdict) {
                    { handoff::handoff(&c.app.kiosk, &props.quiz.answers, guide.handoff_page.as_deref(), guide.clinic.booking_url.as_deref()) }
                }
            </>
        }
    });

    html! {
        <section class="mg-screen mg-plan" ref={node}>
            <ScreenHeading text={t.title.clone()} focus={props.focus} />
            <p class="mg-lead">{ &t.intro }</p>
            { glance::summary_card(t, &crate::core::summary::summarize(&plan), level) }
            { glance::contents(t, &parts, level, folding, *all_open, on_all) }
            { for sections }
            <div class="mg-actions mg-plan__actions">
                // A kiosk has no printer of its own; its plan leaves by QR code.
                if !kiosk {
                    <button type="button" class="mg-button mg-button--primary" onclick={on_print}>{ &c.quiz.buttons.print }</button>
                }
                <button type="button" class="mg-button" onclick={on_restart}>{ &c.quiz.buttons.start_over }</button>
            </div>
        </section>
    }
}
