//! "Your answers": each shown question with its answer and a Change button
//! that opens the question; Next (or "Back to my plan") comes back here.

use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::quiz::{Action, Answers, Question};

/// The chosen options of one question, as their labels.
pub fn answer_labels<'a>(c: &'a Catalog, a: &Answers, q: Question) -> Vec<&'a str> {
    let qs = &c.quiz.questions;
    match q {
        Question::Scars => a.scars.iter().map(|k| qs.scars.label(k)).collect(),
        Question::Visibility => a.visibility.iter().map(|k| qs.visibility.label(k)).collect(),
        Question::Concerns => a.concerns.iter().map(|k| qs.concerns.label(k)).collect(),
        Question::Sun => a.sun.iter().map(|k| qs.sun.label(k)).collect(),
        Question::Safety => a.safety.iter().map(|k| qs.safety.label(k)).collect(),
        Question::Downtime => a.downtime.iter().map(|k| qs.downtime.label(k)).collect(),
    }
}

/// A description list of the `questions` shown for `answers`, each with its
/// answer and a Change button that sends [`Action::JumpTo`].
pub fn answer_summary(c: &Catalog, answers: &Answers, questions: &[Question], on_action: &Callback<Action>) -> Html {
    let rows = questions
        .iter()
        .map(|q| {
            let q = *q;
            let (title, _) = c.quiz.questions.heading(q);
            let labels = answer_labels(c, answers, q);
            let value = if labels.is_empty() {
                html! { <em>{ &c.plan.not_answered }</em> }
            } else {
                html! { <ul class="mg-answers__list">{ for labels.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul> }
            };
            let onclick = super::send(on_action, Action::JumpTo(q));
            html! {
                <div class="mg-answers__row" key={q.code()}>
                    <dt class="mg-answers__q">{ title }</dt>
                    <dd class="mg-answers__a">
                        { value }
                        <button type="button" class="mg-button mg-button--small mg-answers__change" {onclick}>
                            { &c.quiz.buttons.change }
                            <span class="mg-sr">{ format!(": {title}") }</span>
                        </button>
                    </dd>
                </div>
            }
        })
        .collect::<Html>();
    html! { <dl class="mg-answers">{ rows }</dl> }
}
