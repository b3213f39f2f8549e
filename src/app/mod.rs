//! The Yew app: components that render core state and send actions.
//!
//! One file per component; [`state`] holds the app reducer and
//! [`quiz::state`] the quiz reducer (both pure). Nothing here reads
//! attributes, storage or timers: that is the platform layer's job.

pub mod art;
pub mod heading;
pub mod plan;
pub mod quiz;
pub mod state;
pub mod welcome;

use std::rc::Rc;
use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::config::{Config, Mode, Start};
use crate::core::quiz::Answers;
use quiz::state::QuizState;
use quiz::QuizFlow;
use state::{Action, AppState, Screen};
use welcome::Welcome;

/// Properties of [`App`]: the parsed configuration and the loaded text.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// How the widget is hosted.
    pub config: Config,
    /// All user-facing text in the chosen language.
    pub catalog: Rc<Catalog>,
    /// Answers from a saved link to resume with (standalone mode only).
    #[prop_or_default]
    pub resume: Option<Answers>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    // A resumed visit goes straight back to where the visitor was.
    let start = if props.resume.is_some() {
        Start::Quiz
    } else {
        props.config.start
    };
    let state = use_reducer_eq(|| AppState::initial(start));
    // The quiz lives here, not in its screen, so going back to the welcome
    // screen and starting again keeps every answer.
    let quiz = {
        let resume = props.resume.clone();
        use_reducer_eq(move || QuizState::new(resume.as_ref()))
    };
    let uid = use_memo((), |_| quiz::next_uid());
    let standalone = props.config.mode == Mode::Standalone;
    {
        // Mirror the answers into the URL so a reload resumes; standalone
        // only, because a clinic's URL must not carry health answers.
        let answers = quiz.quiz.answers.clone();
        use_effect_with(answers, move |a| {
            if standalone {
                crate::platform::link::write(a);
            }
        });
    }
    let top_level = props.config.mode != Mode::Embed;
    let focus = state.navigated;
    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action))
    };
    let screen = match state.screen {
        Screen::Welcome => html! {
            <Welcome catalog={props.catalog.clone()} {top_level} {focus} on_start={dispatch(Action::StartQuiz)} />
        },
        Screen::Quiz => html! {
            <QuizFlow catalog={props.catalog.clone()} {top_level} {focus} quiz={quiz.clone()}
                uid={AttrValue::from((*uid).clone())} on_home={dispatch(Action::Home)} />
        },
    };
    let class = classes!("mg", format!("mg--{}", props.config.mode.name()));
    html! {
        <div {class} lang={props.config.lang.tag()} role="region" aria-label={props.catalog.app.region_label.clone()}>
            { screen }
        </div>
    }
}
