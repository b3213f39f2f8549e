//! App-level state: which screen is showing. Reducers stay pure; anything that
//! touches the browser (focus, storage, host events) happens in effects.

use std::rc::Rc;
use yew::Reducible;

use crate::core::config::Start;

/// A top-level screen of the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Name, what the guide does, the not-a-diagnosis note, Start.
    Welcome,
    /// The quiz (its first question).
    Quiz,
    /// The diagrams of how microneedling works.
    HowItWorks,
    /// A saved link that could not be used: says so, offers a fresh start.
    DamagedLink,
}

/// The whole app state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    /// The screen on show.
    pub screen: Screen,
    /// True once the visitor has moved between screens. Focus moves to a new
    /// screen's heading only then, so loading the widget never steals focus.
    pub navigated: bool,
}

impl AppState {
    /// The state a fresh visit starts in.
    pub fn initial(start: Start) -> Self {
        let screen = match start {
            Start::Welcome => Screen::Welcome,
            Start::Quiz => Screen::Quiz,
            Start::HowItWorks => Screen::HowItWorks,
        };
        AppState {
            screen,
            navigated: false,
        }
    }

    /// The state a visit from a damaged saved link starts in.
    pub fn damaged_link() -> Self {
        AppState {
            screen: Screen::DamagedLink,
            navigated: false,
        }
    }
}

/// Everything a visitor can do at the app level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Start the quiz from the welcome screen.
    StartQuiz,
    /// Open the diagrams of how microneedling works.
    ShowHowItWorks,
    /// Return to the welcome screen.
    Home,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let screen = match action {
            Action::StartQuiz => Screen::Quiz,
            Action::ShowHowItWorks => Screen::HowItWorks,
            Action::Home => Screen::Welcome,
        };
        Rc::new(AppState {
            screen,
            navigated: true,
        })
    }
}
