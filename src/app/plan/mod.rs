//! The personal plan, rendered from [`build_plan`] and the catalog.
//!
//! Every section cites its sources; the print stylesheet turns the same
//! markup into a one- or two-page summary without controls.

pub mod answers;
pub mod glance;
pub mod handoff;
pub mod myths;
pub mod scars;
pub mod section;
pub mod sources;
pub mod verdict;

use yew::prelude::*;

use crate::app::clinic_bar::{clinic_contact, ClinicContactProps};

use super::heading::ScreenHeading;
use super::hooks::fold::use_narrow_screen;
use super::hooks::guide::use_guide;
use crate::core::plan::{build_plan, concern_evidence, Plan, Section};
use crate::core::quiz::{Action, Quiz};
use answers::{answer_summary, AnswerSummaryProps};
use glance::{contents, summary_card, ContentsProps, SummaryProps};
use myths::{myth_list, MythListProps};
use scars::{scar_advice_list, ScarAdviceProps};
use section::{Fold, PlanSection};
use sources::{source_list, SourceListProps};
use verdict::{verdict_box, VerdictProps};

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

/// A bulleted list of catalog texts.
fn list<K: crate::core::json::MapKey>(
    items: &[K],
    texts: &crate::core::catalog::TextMap<K, crate::core::tree::Text>,
    class: &'static str,
) -> Html {
    html! {
        <ul class={class}>
            { for items.iter().filter_map(|k| texts.get(k)).map(|t| html! { <li>{ t.clone() }</li> }) }
        </ul>
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
    let heading = |s: Section| AttrValue::from(t.headings.get(&s).cloned().unwrap_or_default());
    let cite = |s: Section| {
        let src = plan.sources(s);
        AttrValue::from(if src.is_empty() {
            String::new()
        } else {
            t.cite_text(&src)
        })
    };
    let on_print = Callback::from(|_: MouseEvent| crate::platform::print());
    let on_restart = props.on_action.reform(|_: MouseEvent| Action::Restart);
    // On a shared screen: no links out, no print, a QR code instead.
    let kiosk = guide.kiosk;
    // Narrow screens fold the sections below the summary; the verdict stays
    // open. "Open all sections" (and print, in the stylesheet) shows all.
    let folding = use_narrow_screen();
    let all_open = use_state_eq(|| false);
    let fold = Fold {
        folding,
        all_open: *all_open,
    };
    let summary = crate::core::summary::summarize(&plan);
    let shown = crate::core::summary::shown_sections(&plan);
    let on_all = {
        let all_open = all_open.clone();
        Callback::from(move |open: bool| all_open.set(open))
    };

    let concerns = plan
        .concerns
        .iter()
        .map(|a| {
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
        })
        .collect::<Html>();
    let notice = t.notices.get(&plan.notice);

    html! {
        <section class="mg-screen mg-plan">
            <ScreenHeading text={t.title.clone()} focus={props.focus} />
            <p class="mg-lead">{ &t.intro }</p>
            { summary_card(&SummaryProps { catalog: c.clone(), summary, level }) }
            { contents(&ContentsProps { catalog: c.clone(), sections: shown, level, folding, all_open: *all_open, on_all }) }

            <ContextProvider<Fold> context={fold}>
            <PlanSection {level} name="verdict" title={heading(Section::Verdict)} cite={cite(Section::Verdict)}>
                { verdict_box(&VerdictProps { catalog: c.clone(), verdict: plan.verdict, reasons: plan.reasons.clone() }) }
                if !kiosk {
                    { clinic_contact(&ClinicContactProps { clinic: guide.clinic.clone(), catalog: c.clone(), on_book: guide.on_book.clone() }) }
                }
                <div class="mg-actions mg-plan__see">
                    <button type="button" class="mg-button" onclick={guide.on_how_it_works.reform(|_: MouseEvent| ())}>
                        { &c.app.see_on_your_skin }
                    </button>
                </div>
            </PlanSection>

            if kiosk {
                { handoff::handoff(&handoff::HandoffProps { catalog: c.clone(), answers: props.quiz.answers.clone(), page: guide.handoff_page.clone(), booking_url: guide.clinic.booking_url.clone() }) }
            }
            if !plan.scars.is_empty() {
                <PlanSection {level} name="scars" title={heading(Section::Scars)} cite={cite(Section::Scars)}>
                    { scar_advice_list(&ScarAdviceProps { catalog: c.clone(), advice: plan.scars.clone(), level: level + 1 }) }
                </PlanSection>
            }
            if let Some(v) = plan.severity {
                <PlanSection {level} name="severity" title={heading(Section::Severity)} cite={cite(Section::Severity)}>
                    <p>{ t.severity.get(&v).cloned().unwrap_or_default() }</p>
                </PlanSection>
            }
            if !plan.concerns.is_empty() {
                <PlanSection {level} name="concerns" title={heading(Section::Concerns)} cite={cite(Section::Concerns)}>
                    <ul class="mg-list mg-concerns">{ concerns }</ul>
                </PlanSection>
            }
            <PlanSection {level} name="numbers" title={heading(Section::Numbers)} cite={cite(Section::Numbers)}>
                { list(&plan.numbers, &t.numbers, "mg-list") }
            </PlanSection>
            <PlanSection {level} name="downtime" title={heading(Section::Downtime)} cite={cite(Section::Downtime)}>
                <p>{ t.downtime.get(&plan.downtime).cloned().unwrap_or_default() }</p>
            </PlanSection>
            if let Some(note) = plan.skin_tone {
                <PlanSection {level} name="skin-tone" title={heading(Section::SkinTone)} cite={cite(Section::SkinTone)}>
                    <p>{ t.skin_tone.get(&note).cloned().unwrap_or_default() }</p>
                </PlanSection>
            }
            <PlanSection {level} name="aftercare" title={heading(Section::Aftercare)} cite={cite(Section::Aftercare)}>
                { list(&plan.aftercare, &t.aftercare, "mg-list mg-list--check") }
            </PlanSection>
            if !plan.warning_signs.is_empty() {
                <PlanSection {level} name="warning-signs" title={heading(Section::WarningSigns)} cite={cite(Section::WarningSigns)}>
                    <p>{ &t.warning_signs_intro }</p>
                    { list(&plan.warning_signs, &t.warning_signs, "mg-list") }
                </PlanSection>
            }
            <PlanSection {level} name="home-devices" title={heading(Section::HomeDevices)} cite={cite(Section::HomeDevices)}>
                { list(&plan.home_devices, &t.home_devices, "mg-list") }
            </PlanSection>
            <PlanSection {level} name="provider-questions" title={heading(Section::ProviderQuestions)} cite={cite(Section::ProviderQuestions)}>
                <ol class="mg-list mg-list--numbered">
                    { for plan.provider_questions.iter().filter_map(|q| t.provider_questions.get(q)).map(|q| html! { <li>{ q.clone() }</li> }) }
                </ol>
            </PlanSection>
            <PlanSection {level} name="myths" title={heading(Section::Myths)} cite={cite(Section::Myths)}>
                { myth_list(&MythListProps { catalog: c.clone(), myths: plan.myths.clone() }) }
            </PlanSection>
            <PlanSection {level} name="notice" title={heading(Section::Notice)} cite={cite(Section::Notice)}>
                if let Some(n) = notice {
                    <div class="mg-note">
                        <p class="mg-note__title">{ &n.title }</p>
                        <p>{ &n.body }</p>
                    </div>
                }
            </PlanSection>
            <PlanSection {level} name="answers" title={AttrValue::from(t.answers_heading.clone())}>
                { answer_summary(&AnswerSummaryProps { catalog: c.clone(), answers: props.quiz.answers.clone(),
                    questions: props.quiz.visible_questions(), on_action: props.on_action.clone() }) }
            </PlanSection>
            <PlanSection {level} name="sources" title={AttrValue::from(t.sources_heading.clone())}>
                { source_list(&SourceListProps { catalog: c.clone(), numbers: plan.all_sources() }) }
            </PlanSection>
            </ContextProvider<Fold>>

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
