//! The Yew app: components that render core state and send actions.
//!
//! One file per component; [`state`] holds the reducer. Nothing here reads
//! attributes, storage or timers: that is the platform layer's job.

pub mod art;
pub mod diagram;
pub mod heading;
pub mod how_it_works;
pub mod quiz_coming;
pub mod state;
pub mod welcome;

use std::rc::Rc;
use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::config::{Config, Mode};
use how_it_works::HowItWorks;
use quiz_coming::QuizComing;
use state::{Action, AppState, Screen};
use welcome::Welcome;

/// Properties of [`App`]: the parsed configuration and the loaded text.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// How the widget is hosted.
    pub config: Config,
    /// All user-facing text in the chosen language.
    pub catalog: Rc<Catalog>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq(|| AppState::initial(props.config.start));
    let top_level = props.config.mode != Mode::Embed;
    let focus = state.navigated;
    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action))
    };
    let screen = match state.screen {
        Screen::Welcome => html! {
            <Welcome catalog={props.catalog.clone()} {top_level} {focus} on_start={dispatch(Action::StartQuiz)}
                on_how_it_works={dispatch(Action::ShowHowItWorks)} />
        },
        Screen::Quiz => html! {
            <QuizComing catalog={props.catalog.clone()} {top_level} {focus} on_home={dispatch(Action::Home)} />
        },
        Screen::HowItWorks => html! {
            <HowItWorks catalog={props.catalog.clone()} {top_level} {focus} on_home={dispatch(Action::Home)} />
        },
    };
    let class = classes!("mg", format!("mg--{}", props.config.mode.name()));
    html! {
        <div {class} lang={props.config.lang.tag()} role="region" aria-label={props.catalog.app.region_label.clone()}>
            { screen }
        </div>
    }
}
