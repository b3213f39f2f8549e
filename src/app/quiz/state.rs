//! The quiz as the guide keeps it: [`Quiz`] from the core, plus the two bits of screen
//! state the core does not need to know about. Pure: no storage, no URL, no
//! focus; the components and the platform layer do those in effects.

use crate::core::quiz::{Action, Answers, Quiz};

/// The quiz as the UI sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizState {
    /// The core state machine.
    pub quiz: Quiz,
    /// True once the visitor has moved between quiz screens. A new screen's
    /// heading takes focus only then, so a resumed visit never steals focus.
    pub moved: bool,
    /// True after Next was pressed without an answer, until the next action:
    /// the screen then explains why nothing happened.
    pub need_answer: bool,
}

impl QuizState {
    /// A fresh quiz, or one resumed from saved answers (which lands on the
    /// first unanswered question, or the plan).
    pub fn new(resume: Option<&Answers>) -> Self {
        let quiz = match resume {
            Some(a) => Quiz::new().apply(Action::Load(a.clone())),
            None => Quiz::new(),
        };
        QuizState {
            quiz,
            moved: false,
            need_answer: false,
        }
    }

    /// The state after `action` (the guide's reducer, `app::state`, calls it).
    pub fn reduce(&self, action: Action) -> Self {
        if action == Action::Next && !self.quiz.can_advance() {
            return QuizState {
                need_answer: true,
                ..self.clone()
            };
        }
        let before = self.quiz.screen;
        let quiz = self.quiz.clone().apply(action);
        let moved = self.moved || quiz.screen != before;
        QuizState {
            quiz,
            moved,
            need_answer: false,
        }
    }
}
