//! One question: a `<fieldset>` whose `<legend>` holds the screen heading,
//! with native radio buttons (one answer) or checkboxes (several).

use yew::prelude::*;

use super::how_to_tell::{how_to_tell_guide, HowToTellProps};
use crate::app::heading::ScreenHeading;
use crate::app::hooks::guide::use_guide;
use crate::app::listen::ListenButton;
use crate::app::scar_art::scar_art;
use crate::core::catalog::{Catalog, OptionText, QuestionText};
use crate::core::quiz::{Action, Answers, Concern, Downtime, Question, Safety, ScarType, SunReaction, Visibility};

/// Properties of [`QuestionScreen`].
#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    /// The question shown.
    pub question: Question,
    /// The answers so far.
    pub answers: Answers,
    /// Whether the "how to tell" guide is open (scar question only).
    pub guide_open: bool,
    /// Whether the heading takes focus on mount.
    pub focus: bool,
    /// Unique prefix for ids and radio names.
    pub uid: AttrValue,
    /// Sends quiz actions.
    pub on_action: Callback<Action>,
}

/// One option as rendered: text, state and what choosing it does.
struct Choice {
    code: &'static str,
    text: OptionText,
    checked: bool,
    action: Action,
    art: Option<Html>,
}

fn choices<K: crate::core::json::MapKey>(
    all: &[K],
    text: &QuestionText<K>,
    code: fn(K) -> &'static str,
    checked: impl Fn(K) -> bool,
    action: fn(K) -> Action,
    art: impl Fn(K) -> Option<Html>,
) -> Vec<Choice> {
    all.iter()
        .filter_map(|k| {
            text.options.get(k).map(|t| Choice {
                code: code(*k),
                text: t.clone(),
                checked: checked(*k),
                action: action(*k),
                art: art(*k),
            })
        })
        .collect()
}

fn choices_for(q: Question, c: &Catalog, a: &Answers) -> Vec<Choice> {
    let qs = &c.quiz.questions;
    match q {
        Question::Scars => choices(
            ScarType::ALL,
            &qs.scars,
            ScarType::code,
            |k| a.scars.contains(&k),
            Action::ToggleScar,
            |k| Some(scar_art(k)),
        ),
        Question::Visibility => choices(
            Visibility::ALL,
            &qs.visibility,
            Visibility::code,
            |k| a.visibility == Some(k),
            Action::SetVisibility,
            |_| None,
        ),
        Question::Concerns => choices(
            Concern::ALL,
            &qs.concerns,
            Concern::code,
            |k| a.concerns.contains(&k),
            Action::ToggleConcern,
            |_| None,
        ),
        Question::Sun => choices(
            SunReaction::ALL,
            &qs.sun,
            SunReaction::code,
            |k| a.sun == Some(k),
            Action::SetSun,
            |_| None,
        ),
        Question::Safety => choices(
            Safety::ALL,
            &qs.safety,
            Safety::code,
            |k| a.safety.contains(&k),
            Action::ToggleSafety,
            |_| None,
        ),
        Question::Downtime => choices(
            Downtime::ALL,
            &qs.downtime,
            Downtime::code,
            |k| a.downtime == Some(k),
            Action::SetDowntime,
            |_| None,
        ),
    }
}

/// A question screen's fieldset, options and (for scars) the guide.
#[component]
pub fn QuestionScreen(props: &QuestionScreenProps) -> Html {
    let guide = use_guide();
    let c = &guide.catalog;
    let q = props.question;
    let (title, help) = c.quiz.questions.heading(q);
    let multi = q.is_multi();
    let kind = if multi { "checkbox" } else { "radio" };
    let hint = if multi { &c.quiz.choose_all } else { &c.quiz.choose_one };
    let base = format!("{}-{}", props.uid, q.code());
    let help_id = format!("{base}-help");
    let options = choices_for(q, c, &props.answers)
        .into_iter()
        .map(|ch| {
            let id = format!("{base}-{}", ch.code);
            let hint_id = format!("{id}-hint");
            // Named by the label alone and described by the hint: named by
            // the whole <label>, screen readers read the hint twice.
            let label_id = format!("{id}-label");
            let action = ch.action.clone();
            let onchange = props.on_action.reform(move |_: Event| action.clone());
            let class = if ch.art.is_some() {
                "mg-option mg-option--art"
            } else {
                "mg-option"
            };
            html! {
                <li key={ch.code}>
                    <label class={class} for={id.clone()}>
                        <input type={kind} id={id.clone()} name={base.clone()} value={ch.code}
                            checked={ch.checked} {onchange} aria-labelledby={label_id.clone()}
                            aria-describedby={ch.text.hint.as_ref().map(|_| AttrValue::from(hint_id.clone()))} />
                        if let Some(art) = ch.art {
                            <span class="mg-option__art" aria-hidden="true">{ art }</span>
                        }
                        <span class="mg-option__text">
                            <span class="mg-option__label" id={label_id}>{ ch.text.label.clone() }</span>
                            if let Some(h) = ch.text.hint.clone() {
                                <span class="mg-option__hint" id={hint_id}>{ h }</span>
                            }
                        </span>
                    </label>
                </li>
            }
        })
        .collect::<Html>();
    let guide = (q == Question::Scars).then(|| {
        let toggle = if props.guide_open {
            Action::CloseGuide
        } else {
            Action::OpenGuide
        };
        let onclick = props.on_action.reform(move |_: MouseEvent| toggle.clone());
        let guide_id = format!("{base}-guide");
        let label = if props.guide_open {
            &c.quiz.buttons.close_guide
        } else {
            &c.quiz.buttons.how_to_tell
        };
        html! {
            <div class="mg-guide-wrap">
                <button type="button" class="mg-button mg-button--quiet" aria-expanded={props.guide_open.to_string()}
                    aria-controls={guide_id.clone()} {onclick}>{ label }</button>
                <div id={guide_id}>
                    if props.guide_open {
                        { how_to_tell_guide(&HowToTellProps { catalog: c.clone(), level: if guide.top_level { 2 } else { 3 } }) }
                    }
                </div>
            </div>
        }
    });
    // The form owns the radios' group: Chromium keeps radios removed from a
    // shadow tree in the shadow root's own group map (so every old question
    // screen stayed in memory), but a form's groups go away with the form.
    let no_submit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let fieldset = use_node_ref();
    html! {
        <>
            <form class="mg-question-form" onsubmit={no_submit}>
            <fieldset class="mg-fieldset" aria-describedby={help_id.clone()} ref={fieldset.clone()}>
                <legend class="mg-legend">
                    <ScreenHeading text={AttrValue::from(title.to_string())} focus={props.focus} />
                </legend>
                <p class="mg-help" id={help_id}>{ help }<span class="mg-help__hint">{ format!(" {hint}") }</span></p>
                <ListenButton id={AttrValue::from(base.clone())} name={AttrValue::from(title.to_string())} target={fieldset} />
                <ul class={format!("mg-options mg-options--{}", q.code())} role="list">{ options }</ul>
            </fieldset>
            </form>
            { for guide }
        </>
    }
}
