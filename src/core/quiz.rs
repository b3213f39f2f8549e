//! The quiz: answers, which questions are shown, and a pure state machine.
//!
//! The UI wraps [`Quiz`] in a Yew `Reducible` and only sends [`Action`]s, so
//! every rule about branching, going back and changing answers lives here,
//! where it is tested natively. Nothing in this module does I/O.

use serde::{Deserialize, Serialize};

use super::id_set::IdSet;

id_enum! {
    /// A kind of acne scar or mark the visitor recognises on their skin.
    ScarType {
        /// Narrow and deep, like a pinhole (V shape).
        IcePick = "ip",
        /// A round dent with a flat floor and sharp edges (U shape).
        Boxcar = "bx",
        /// Wide and wavy with soft edges, pulled down from below.
        Rolling = "rl",
        /// Raised, staying within the original spot.
        Hypertrophic = "hy",
        /// Raised and spreading beyond the original spot.
        Keloid = "kl",
        /// Flat brown or grey marks.
        Pih = "ph",
        /// Flat pink or red marks.
        Pie = "pe",
        /// The visitor cannot tell; opens the "how to tell" guide.
        NotSure = "ns",
    }
}

impl ScarType {
    /// Sunken scars: the ones microneedling is studied for.
    pub fn is_atrophic(self) -> bool {
        matches!(self, ScarType::IcePick | ScarType::Boxcar | ScarType::Rolling)
    }

    /// Raised scars: excess tissue, which needling does not remove.
    pub fn is_raised(self) -> bool {
        matches!(self, ScarType::Hypertrophic | ScarType::Keloid)
    }

    /// Flat colour marks, which are not scars at all.
    pub fn is_flat_mark(self) -> bool {
        matches!(self, ScarType::Pih | ScarType::Pie)
    }
}

id_enum! {
    /// How noticeable the scars are: the Goodman-Baron grades in plain words.
    Visibility {
        /// Grade 1: only a change in colour.
        ColourOnly = "1",
        /// Grade 2: seen only up close.
        UpClose = "2",
        /// Grade 3: seen at conversation distance.
        ConversationDistance = "3",
        /// Grade 4: still there when the skin is stretched.
        WhenStretched = "4",
        /// The visitor cannot tell.
        NotSure = "ns",
    }
}

id_enum! {
    /// Another skin concern besides acne scars.
    Concern {
        /// Fine lines and wrinkles.
        FineLines = "fl",
        /// Enlarged pores.
        Pores = "po",
        /// Rough texture.
        Texture = "tx",
        /// Sun damage.
        SunDamage = "sd",
        /// Melasma or dark patches.
        Melasma = "me",
        /// Stretch marks.
        StretchMarks = "sm",
        /// No other concern; exclusive with the others.
        None = "none",
    }
}

impl Concern {
    /// The real concerns, without the exclusive "none".
    pub const ITEMS: &'static [Concern] = &[
        Concern::FineLines,
        Concern::Pores,
        Concern::Texture,
        Concern::SunDamage,
        Concern::Melasma,
        Concern::StretchMarks,
    ];
}

id_enum! {
    /// How the skin reacts to sun: Fitzpatrick types I to VI in plain words.
    SunReaction {
        /// Type I: always burns, never tans.
        AlwaysBurns = "1",
        /// Type II: burns easily, tans a little.
        UsuallyBurns = "2",
        /// Type III: sometimes burns, tans slowly.
        SometimesBurns = "3",
        /// Type IV: rarely burns, tans easily.
        RarelyBurns = "4",
        /// Type V: very rarely burns, tans deeply.
        VeryRarelyBurns = "5",
        /// Type VI: never burns, deeply pigmented.
        NeverBurns = "6",
        /// The visitor cannot tell.
        NotSure = "ns",
        /// The visitor would rather not answer.
        PreferNotToSay = "pn",
    }
}

impl SunReaction {
    /// Types IV to VI, where dark marks after treatment are a known risk.
    pub fn is_darker(self) -> bool {
        matches!(
            self,
            SunReaction::RarelyBurns | SunReaction::VeryRarelyBurns | SunReaction::NeverBurns
        )
    }
}

id_enum! {
    /// An item of the safety screen.
    Safety {
        /// Active breakout or skin infection in the area.
        ActiveBreakout = "ab",
        /// Isotretinoin taken in the last 6 months.
        Isotretinoin = "is",
        /// A tendency to form keloids.
        KeloidTendency = "kt",
        /// A cold sore right now, not yet fully healed: an active infection.
        ColdSoreNow = "cn",
        /// Cold sores (herpes simplex) in the past, none right now. The
        /// code is the one links used for "cold sores" before the two were
        /// split, so an old link keeps the antiviral advice, and that
        /// reason's text also says to wait while a sore is there.
        ColdSores = "cs",
        /// Eczema, psoriasis or rosacea in the area.
        SkinCondition = "ec",
        /// Blood thinners or a bleeding disorder.
        BloodThinners = "bt",
        /// Pregnant or breastfeeding.
        Pregnant = "pg",
        /// Radiation or chemotherapy recently.
        RadiationChemo = "rc",
        /// A weakened immune system.
        WeakImmune = "wi",
        /// A metal allergy.
        MetalAllergy = "ma",
        /// None of these; exclusive.
        None = "none",
        /// The visitor would rather not answer; exclusive.
        PreferNotToSay = "pn",
    }
}

impl Safety {
    /// The real safety items, without the two exclusive answers.
    pub const ITEMS: &'static [Safety] = &[
        Safety::ActiveBreakout,
        Safety::Isotretinoin,
        Safety::KeloidTendency,
        Safety::ColdSoreNow,
        Safety::ColdSores,
        Safety::SkinCondition,
        Safety::BloodThinners,
        Safety::Pregnant,
        Safety::RadiationChemo,
        Safety::WeakImmune,
        Safety::MetalAllergy,
    ];

    /// Whether choosing this answer clears every other one.
    pub fn is_exclusive(self) -> bool {
        matches!(self, Safety::None | Safety::PreferNotToSay)
    }
}

id_enum! {
    /// How much downtime suits the visitor; it shapes advice, never excludes.
    Downtime {
        /// No visible downtime.
        None = "0",
        /// One to two days.
        OneToTwoDays = "2",
        /// Up to a week.
        UpToAWeek = "7",
    }
}

id_enum! {
    /// One quiz question, one screen; `ALL` is the order they are asked in.
    Question {
        /// Which scar types (several allowed).
        Scars = "s",
        /// How noticeable the scars are.
        Visibility = "g",
        /// Other concerns (several allowed).
        Concerns = "c",
        /// How the skin reacts to sun.
        Sun = "f",
        /// The safety screen (several allowed).
        Safety = "x",
        /// Downtime that suits the visitor.
        Downtime = "d",
    }
}

impl Question {
    /// Whether several options may be chosen.
    pub fn is_multi(self) -> bool {
        matches!(self, Question::Scars | Question::Concerns | Question::Safety)
    }
}

/// Everything the visitor has answered; `None` or an empty set means unanswered.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Answers {
    /// Scar types seen.
    pub scars: IdSet<ScarType>,
    /// How noticeable the scars are.
    pub visibility: Option<Visibility>,
    /// Other concerns.
    pub concerns: IdSet<Concern>,
    /// How the skin reacts to sun.
    pub sun: Option<SunReaction>,
    /// Safety items ticked.
    pub safety: IdSet<Safety>,
    /// Downtime that suits the visitor.
    pub downtime: Option<Downtime>,
}

impl Answers {
    /// At least one sunken scar type was chosen.
    pub fn has_atrophic(&self) -> bool {
        self.scars.iter().any(|s| s.is_atrophic())
    }

    /// Only raised scars (and nothing uncertain), so needling is not the treatment.
    pub fn raised_only(&self) -> bool {
        !self.scars.is_empty() && self.scars.iter().all(|s| s.is_raised())
    }

    /// Only flat colour marks, which are not scars.
    pub fn flat_only(&self) -> bool {
        !self.scars.is_empty() && self.scars.iter().all(|s| s.is_flat_mark())
    }

    /// Whether `q` is shown for these answers. "How noticeable" only matters
    /// for sunken scars (or when the visitor is unsure), because the grades
    /// describe dents; raised scars and flat marks skip it.
    pub fn is_visible(&self, q: Question) -> bool {
        match q {
            Question::Visibility => {
                self.scars.is_empty() || self.scars.iter().any(|s| s.is_atrophic() || *s == ScarType::NotSure)
            }
            _ => true,
        }
    }

    /// Whether `q` has an answer.
    pub fn is_answered(&self, q: Question) -> bool {
        match q {
            Question::Scars => !self.scars.is_empty(),
            Question::Visibility => self.visibility.is_some(),
            Question::Concerns => !self.concerns.is_empty(),
            Question::Sun => self.sun.is_some(),
            Question::Safety => !self.safety.is_empty(),
            Question::Downtime => self.downtime.is_some(),
        }
    }

    /// The visibility answer if its question is shown; a hidden answer is
    /// kept (so changing scar types back restores it) but must not count.
    pub fn effective_visibility(&self) -> Option<Visibility> {
        self.visibility.filter(|_| self.is_visible(Question::Visibility))
    }

    /// Toggles a scar type. "Not sure" may sit next to known types, since
    /// many people recognise one type and are unsure about the rest.
    pub fn toggle_scar(&mut self, s: ScarType) {
        if !self.scars.remove(&s) {
            self.scars.insert(s);
        }
    }

    /// Toggles a concern; "none" and the real concerns exclude each other.
    pub fn toggle_concern(&mut self, c: Concern) {
        if self.concerns.remove(&c) {
            return;
        }
        if c == Concern::None {
            self.concerns.clear();
        } else {
            self.concerns.remove(&Concern::None);
        }
        self.concerns.insert(c);
    }

    /// Toggles a safety item; "none" and "prefer not to say" clear everything else.
    pub fn toggle_safety(&mut self, s: Safety) {
        if self.safety.remove(&s) {
            return;
        }
        if s.is_exclusive() {
            self.safety.clear();
        } else {
            self.safety.retain(|x| !x.is_exclusive());
        }
        self.safety.insert(s);
    }

    /// Resolves contradictions from outside input (links, saved state).
    /// Real items win over "none": dropping a ticked safety item could hide
    /// a reason to be careful, dropping "none" cannot. Returns which
    /// questions had to be fixed.
    pub fn normalize(&mut self) -> Vec<Question> {
        let mut fixed = Vec::new();
        if self.concerns.contains(&Concern::None) && self.concerns.len() > 1 {
            self.concerns.remove(&Concern::None);
            fixed.push(Question::Concerns);
        }
        let items = self.safety.iter().filter(|s| !s.is_exclusive()).count();
        let exclusive = self.safety.len() - items;
        if (items > 0 && exclusive > 0) || exclusive > 1 {
            if items > 0 {
                self.safety.retain(|s| !s.is_exclusive());
            } else {
                // Both "none" and "prefer not to say": the cautious reading is
                // that the visitor did not tell us.
                self.safety.clear();
                self.safety.insert(Safety::PreferNotToSay);
            }
            fixed.push(Question::Safety);
        }
        fixed
    }
}

/// The questions shown for these answers, in order.
pub fn visible_questions(answers: &Answers) -> Vec<Question> {
    Question::ALL
        .iter()
        .copied()
        .filter(|q| answers.is_visible(*q))
        .collect()
}

/// What the visitor currently sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// One question.
    Question(Question),
    /// The personal plan.
    Plan,
}

/// Everything the visitor can do in the quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Toggle a scar type; choosing "not sure" opens the guide.
    ToggleScar(ScarType),
    /// Choose how noticeable the scars are.
    SetVisibility(Visibility),
    /// Toggle another concern.
    ToggleConcern(Concern),
    /// Choose how the skin reacts to sun.
    SetSun(SunReaction),
    /// Toggle a safety item.
    ToggleSafety(Safety),
    /// Choose a downtime.
    SetDowntime(Downtime),
    /// Go on; ignored until the current question has an answer.
    Next,
    /// Go to the previous shown question (from the plan: the last one).
    Back,
    /// Open a question from the plan to change it; Next then returns to the plan.
    JumpTo(Question),
    /// Leave a question opened from the plan without going through the rest.
    ReturnToPlan,
    /// Clear every answer and start at the first question.
    Restart,
    /// Show the "how to tell" guide on the scar question.
    OpenGuide,
    /// Hide the "how to tell" guide.
    CloseGuide,
    /// Replace all answers (from a link or saved state) and go to the first
    /// unanswered question, or to the plan when everything is answered.
    Load(Answers),
}

/// The quiz state; change it only through [`Quiz::apply`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    /// The answers so far; kept when going back or changing one.
    pub answers: Answers,
    /// The screen shown.
    pub screen: Screen,
    /// True after [`Action::JumpTo`]: Next heads back to the plan, through
    /// any question the change newly made relevant.
    pub editing: bool,
    /// Whether the "how to tell" guide is open on the scar question.
    pub guide_open: bool,
}

impl Default for Quiz {
    fn default() -> Self {
        Self::new()
    }
}

impl Quiz {
    /// A fresh quiz on the first question.
    pub fn new() -> Self {
        Quiz {
            answers: Answers::default(),
            screen: Screen::Question(Question::Scars),
            editing: false,
            guide_open: false,
        }
    }

    /// The questions shown for the current answers.
    pub fn visible_questions(&self) -> Vec<Question> {
        visible_questions(&self.answers)
    }

    /// The first shown question without an answer.
    pub fn first_unanswered(&self) -> Option<Question> {
        self.visible_questions()
            .into_iter()
            .find(|q| !self.answers.is_answered(*q))
    }

    /// `(current, total)`, 1-based, for "Step {n} of {total}"; on the plan
    /// both are the total. The total changes as branching hides questions.
    pub fn progress(&self) -> (usize, usize) {
        let visible = self.visible_questions();
        let total = visible.len();
        match self.screen {
            Screen::Plan => (total, total),
            Screen::Question(q) => {
                let before = visible.iter().filter(|v| **v < q).count();
                ((before + 1).min(total), total)
            }
        }
    }

    /// Whether Next would move: the current question needs an answer.
    pub fn can_advance(&self) -> bool {
        match self.screen {
            Screen::Question(q) => self.answers.is_answered(q),
            Screen::Plan => false,
        }
    }

    /// Whether the current screen is the last question before the plan, so
    /// the UI can label Next as "See my plan".
    pub fn next_is_plan(&self) -> bool {
        match self.screen {
            Screen::Question(q) => {
                self.answers_complete_except(q) && (self.editing || self.visible_questions().last() == Some(&q))
            }
            Screen::Plan => false,
        }
    }

    fn answers_complete_except(&self, q: Question) -> bool {
        self.visible_questions()
            .into_iter()
            .all(|v| v == q || self.answers.is_answered(v))
    }

    /// Applies one action and returns the new state.
    pub fn apply(mut self, action: Action) -> Quiz {
        match action {
            Action::ToggleScar(s) => {
                self.answers.toggle_scar(s);
                if s == ScarType::NotSure {
                    self.guide_open = self.answers.scars.contains(&ScarType::NotSure);
                }
            }
            Action::SetVisibility(v) => self.answers.visibility = Some(v),
            Action::ToggleConcern(c) => self.answers.toggle_concern(c),
            Action::SetSun(s) => self.answers.sun = Some(s),
            Action::ToggleSafety(s) => self.answers.toggle_safety(s),
            Action::SetDowntime(d) => self.answers.downtime = Some(d),
            Action::Next => self.next(),
            Action::Back => self.back(),
            Action::JumpTo(q) => {
                if self.answers.is_visible(q) {
                    self.screen = Screen::Question(q);
                    self.editing = true;
                    self.guide_open = false;
                }
            }
            Action::ReturnToPlan => self.go_to_plan_or_first_gap(),
            Action::Restart => return Quiz::new(),
            Action::OpenGuide => self.guide_open = true,
            Action::CloseGuide => self.guide_open = false,
            Action::Load(mut answers) => {
                answers.normalize();
                self = Quiz { answers, ..Quiz::new() };
                self.go_to_plan_or_first_gap();
            }
        }
        self
    }

    fn go_to_plan_or_first_gap(&mut self) {
        self.guide_open = false;
        match self.first_unanswered() {
            Some(q) => self.screen = Screen::Question(q),
            None => {
                self.screen = Screen::Plan;
                self.editing = false;
            }
        }
    }

    fn next(&mut self) {
        let Screen::Question(q) = self.screen else {
            return;
        };
        if !self.answers.is_answered(q) {
            return;
        }
        self.guide_open = false;
        if self.editing {
            self.go_to_plan_or_first_gap();
            return;
        }
        match self.visible_questions().into_iter().find(|v| *v > q) {
            Some(n) => self.screen = Screen::Question(n),
            None => self.go_to_plan_or_first_gap(),
        }
    }

    fn back(&mut self) {
        self.guide_open = false;
        let visible = self.visible_questions();
        match self.screen {
            Screen::Plan => {
                if let Some(last) = visible.last() {
                    self.screen = Screen::Question(*last);
                }
            }
            Screen::Question(q) => {
                if let Some(prev) = visible.iter().rev().find(|v| **v < q) {
                    self.screen = Screen::Question(*prev);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            let mut codes: Vec<_> = all.iter().map(|t| code(*t)).collect();
            for t in all {
                assert_eq!(from(code(*t)), Some(*t));
                assert!(code(*t).chars().all(|c| c.is_ascii_alphanumeric()), "{t:?}");
            }
            codes.sort();
            codes.dedup();
            assert_eq!(codes.len(), all.len());
        }
        check(ScarType::ALL, ScarType::code, ScarType::from_code);
        check(Visibility::ALL, Visibility::code, Visibility::from_code);
        check(Concern::ALL, Concern::code, Concern::from_code);
        check(SunReaction::ALL, SunReaction::code, SunReaction::from_code);
        check(Safety::ALL, Safety::code, Safety::from_code);
        check(Downtime::ALL, Downtime::code, Downtime::from_code);
        check(Question::ALL, Question::code, Question::from_code);
    }
}
