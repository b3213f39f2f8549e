//! The guide's state: which screen is showing, and the quiz. Reducers stay
//! pure; anything that touches the browser (focus, storage, host events)
//! happens in effects.

use std::rc::Rc;
use yew::{AttrValue, Reducible};

use super::quiz::state::QuizState;
use crate::core::config::Start;
use crate::core::quiz::Action as QuizAction;

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

impl AppState {
    /// The state after `action`.
    pub fn reduce(&self, action: Action) -> Self {
        let screen = match action {
            Action::StartQuiz => Screen::Quiz,
            Action::ShowHowItWorks => Screen::HowItWorks,
            Action::Home => Screen::Welcome,
        };
        AppState {
            screen,
            navigated: true,
        }
    }
}

/// The guide's one reducer: the screen and the quiz. The quiz lives here, not
/// in its screen, so going back to the welcome screen and starting again
/// keeps every answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideState {
    /// Which screen is showing.
    pub app: AppState,
    /// The quiz.
    pub quiz: QuizState,
    /// This guide's prefix for element ids, unique on the page; it never
    /// changes.
    pub uid: AttrValue,
}

/// Everything a visitor can do in the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuideAction {
    /// Move between screens.
    App(Action),
    /// Answer or move through the quiz.
    Quiz(QuizAction),
}

impl Reducible for GuideState {
    type Action = GuideAction;

    fn reduce(self: Rc<Self>, action: GuideAction) -> Rc<Self> {
        let (app, quiz) = match action {
            GuideAction::App(a) => (self.app.reduce(a), self.quiz.clone()),
            GuideAction::Quiz(a) => (self.app.clone(), self.quiz.reduce(a)),
        };
        Rc::new(GuideState {
            app,
            quiz,
            uid: self.uid.clone(),
        })
    }
}
