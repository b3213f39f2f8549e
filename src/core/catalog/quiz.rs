//! The text of the quiz (`content/<lang>/quiz.json`).

use std::borrow::Cow;

use super::{missing_keys, report, TextMap};
use crate::core::json::MapKey;
use crate::core::quiz::{Concern, Downtime, Question, Safety, ScarType, SunReaction, Visibility};
use crate::core::text::fill;
use crate::core::tree::{Baker, Branch, Node, Reader, Text, TextTree};

text_struct! {
/// One option of a quiz question.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionText {
    /// The option's label.
    pub label: Text,
    /// An optional line under the label that helps people recognise it.
    pub hint: Option<Text>,
}
}

/// The text of one question, with one option text per answer value.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields, bound = "K: MapKey")]
pub struct QuestionText<K> {
    /// The question itself, used as the screen's heading.
    pub title: Text,
    /// One line under the question.
    pub help: Text,
    /// Option texts keyed by answer (snake_case variant names).
    pub options: TextMap<K, OptionText>,
}

impl<K> Default for QuestionText<K> {
    fn default() -> Self {
        QuestionText {
            title: Text::default(),
            help: Text::default(),
            options: TextMap::default(),
        }
    }
}

impl<K: MapKey> TextTree for QuestionText<K> {
    fn bake(&self, out: &mut Baker) {
        self.title.bake(out);
        self.help.bake(out);
        self.options.bake(out);
    }

    fn unbake(r: &mut Reader) -> Self {
        QuestionText {
            title: TextTree::unbake(r),
            help: TextTree::unbake(r),
            options: TextTree::unbake(r),
        }
    }

    fn node(&mut self) -> Node<'_> {
        Node::Branch(self)
    }
}

impl<K: MapKey> Branch for QuestionText<K> {
    fn key(&self, i: usize) -> Option<Cow<'static, str>> {
        ["title", "help", "options"].get(i).map(|n| Cow::Borrowed(*n))
    }

    fn child(&mut self, i: usize) -> Node<'_> {
        match i {
            0 => self.title.node(),
            1 => self.help.node(),
            2 => self.options.node(),
            _ => Node::Absent,
        }
    }
}

impl<K: MapKey> QuestionText<K> {
    /// The option's label, or an empty string if content is missing (the
    /// catalog checks completeness at load, so this only guards the UI).
    pub fn label(&self, k: &K) -> &str {
        self.options.get(k).map_or("", |o| o.label.as_str())
    }
}

text_struct! {
/// The six questions.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionsText {
    /// Scar types.
    pub scars: QuestionText<ScarType>,
    /// How noticeable.
    pub visibility: QuestionText<Visibility>,
    /// Other concerns.
    pub concerns: QuestionText<Concern>,
    /// Reaction to sun.
    pub sun: QuestionText<SunReaction>,
    /// Safety screen.
    pub safety: QuestionText<Safety>,
    /// Downtime.
    pub downtime: QuestionText<Downtime>,
}
}

impl QuestionsText {
    /// `(title, help)` of a question, for code that handles questions generically.
    pub fn heading(&self, q: Question) -> (&str, &str) {
        let (t, h) = match q {
            Question::Scars => (&self.scars.title, &self.scars.help),
            Question::Visibility => (&self.visibility.title, &self.visibility.help),
            Question::Concerns => (&self.concerns.title, &self.concerns.help),
            Question::Sun => (&self.sun.title, &self.sun.help),
            Question::Safety => (&self.safety.title, &self.safety.help),
            Question::Downtime => (&self.downtime.title, &self.downtime.help),
        };
        (t.as_ref(), h.as_ref())
    }
}

text_struct! {
/// Button labels of the quiz and plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Buttons {
    /// Go to the next question.
    pub next: Text,
    /// Go to the previous question.
    pub back: Text,
    /// Next on the last question.
    pub see_plan: Text,
    /// Change an answer from the plan.
    pub change: Text,
    /// Return to the plan without changing more.
    pub back_to_plan: Text,
    /// Clear everything and start again.
    pub start_over: Text,
    /// Print the plan.
    pub print: Text,
    /// Open the "how to tell" guide.
    pub how_to_tell: Text,
    /// Close the "how to tell" guide.
    pub close_guide: Text,
}
}

text_struct! {
/// The "how to tell" guide shown when a visitor is not sure of their scar type.
#[derive(Debug, Clone, PartialEq)]
pub struct HowToTell {
    /// Heading.
    pub title: Text,
    /// One line of encouragement.
    pub intro: Text,
    /// The shapes side by side: one line per recognisable type (not "not sure").
    pub shapes: TextMap<ScarType, Text>,
    /// Heading of the stretch test.
    pub stretch_title: Text,
    /// The stretch test.
    pub stretch_test: Text,
    /// Heading of the press test.
    pub press_title: Text,
    /// The press test for red marks.
    pub press_test: Text,
    /// A note that a provider can tell for sure.
    pub provider_note: Text,
}
}

text_struct! {
/// Text for the quiz screens.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizText {
    /// Progress, with `{n}` and `{total}` slots.
    pub step: Text,
    /// Hint on single-choice questions.
    pub choose_one: Text,
    /// Hint on multi-choice questions.
    pub choose_all: Text,
    /// Shown when Next is pressed without an answer.
    pub need_answer: Text,
    /// Button labels.
    pub buttons: Buttons,
    /// The questions and their options.
    pub questions: QuestionsText,
    /// The "how to tell" guide.
    pub how_to_tell: HowToTell,
}
}

impl QuizText {
    /// Every answer value has an option text, so the UI never shows a blank.
    pub fn check_complete(&self) -> Result<(), String> {
        let q = &self.questions;
        let mut m = Vec::new();
        missing_keys(&mut m, &q.scars.options, ScarType::ALL, "questions.scars.options");
        missing_keys(
            &mut m,
            &q.visibility.options,
            Visibility::ALL,
            "questions.visibility.options",
        );
        missing_keys(&mut m, &q.concerns.options, Concern::ALL, "questions.concerns.options");
        missing_keys(&mut m, &q.sun.options, SunReaction::ALL, "questions.sun.options");
        missing_keys(&mut m, &q.safety.options, Safety::ALL, "questions.safety.options");
        missing_keys(&mut m, &q.downtime.options, Downtime::ALL, "questions.downtime.options");
        let shapes: Vec<ScarType> = ScarType::ALL
            .iter()
            .copied()
            .filter(|s| *s != ScarType::NotSure)
            .collect();
        missing_keys(&mut m, &self.how_to_tell.shapes, &shapes, "how_to_tell.shapes");
        report(m)
    }

    /// "Step {n} of {total}" with the numbers filled in.
    pub fn step_text(&self, n: usize, total: usize) -> String {
        fill(&self.step.fill("n", &n.to_string()), "total", &total.to_string())
    }
}
