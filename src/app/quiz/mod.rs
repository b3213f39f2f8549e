//! The quiz screens: one question per screen, then the plan.
//!
//! [`quiz_flow`] owns the parts that must survive a change of question (the
//! progress live region, the "pick an answer" message, the buttons), while
//! each question is keyed by its code so it mounts afresh and its heading
//! takes focus.

pub mod how_to_tell;
pub mod progress;
pub mod question;
pub mod state;

use std::rc::Rc;
use yew::prelude::*;

use super::buttons::{button, on_click};
use super::plan::PlanView;
use crate::app::state::{GuideAction, GuideState};
use crate::core::catalog::Catalog;
use crate::core::quiz::{Action, Screen};
use progress::{progress, ProgressProps};
use question::QuestionScreen;

/// Properties of [`quiz_flow`].
#[derive(Properties, PartialEq)]
pub struct QuizFlowProps {
    /// All text (the same as the guide's context: this plain function
    /// cannot read a context, the components below it do).
    pub catalog: Rc<Catalog>,
    /// Whether the visitor arrived from another app screen (focus the heading).
    pub focus: bool,
    /// The guide's reducer, which owns the quiz so answers outlive this screen.
    pub guide: UseReducerHandle<GuideState>,
    /// Unique prefix for ids.
    pub uid: AttrValue,
    /// Moves to another app screen: Back from the first question returns
    /// to the welcome screen.
    pub nav: Callback<crate::app::state::Action>,
}

/// The current question or the plan.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm. The section's `key`
/// makes Yew replace it, as it remounted the component, when the screen changes.
pub fn quiz_flow(props: &QuizFlowProps) -> Html {
    let state = &props.guide.quiz;
    let send = props.guide.dispatcher().to_callback().reform(GuideAction::Quiz);
    let focus = props.focus || state.moved;
    let q = match state.quiz.screen {
        Screen::Plan => {
            return html! {
                <PlanView {focus} quiz={state.quiz.clone()} on_action={send} />
            };
        }
        Screen::Question(q) => q,
    };
    let t = &props.catalog.quiz;
    let (n, total) = state.quiz.progress();
    let first = state.quiz.visible_questions().first() == Some(&q);
    let editing = state.quiz.editing;

    let on_back = if first && !editing {
        on_click(&props.nav, crate::app::state::Action::Home)
    } else {
        on_click(&send, Action::Back)
    };
    let next_label = if state.quiz.next_is_plan() {
        &t.buttons.see_plan
    } else {
        &t.buttons.next
    };
    let need_id = format!("{}-need", props.uid);
    let question = html! {
        <QuestionScreen key={q.code()} question={q}
            answers={state.quiz.answers.clone()} guide_open={state.quiz.guide_open}
            {focus} uid={props.uid.clone()} on_action={send.clone()} />
    };
    html! {
        <section key="quiz" class="mg-screen mg-quiz">
            { progress(&ProgressProps { text: t.step_text(n, total).into(), value: n, max: total, id: format!("{}-step", props.uid).into() }) }
            <div class="mg-quiz__question">{ question }</div>
            // Always in the DOM, so screen readers pick up the message when
            // it appears; the Next button stays enabled and focusable.
            <p id={need_id.clone()} class="mg-need" role="status">
                if state.need_answer { { &t.need_answer } }
            </p>
            <div class="mg-actions mg-nav">
                { button("mg-button mg-nav__back", (&t.buttons.back).into(), on_back) }
                if editing {
                    { button("mg-button mg-nav__return", (&t.buttons.back_to_plan).into(), on_click(&send, Action::ReturnToPlan)) }
                }
                <button type="button" class="mg-button mg-button--primary mg-nav__next"
                    aria-describedby={state.need_answer.then(|| AttrValue::from(need_id))}
                    onclick={on_click(&send, Action::Next)}>{ next_label }</button>
            </div>
        </section>
    }
}
