//! The plan at a glance: the few lines that matter most, picked from the
//! plan's own ids, so the summary can never say something the plan does not.
//!
//! A [`Summary`] holds the verdict and every reason that sets it, two or
//! three questions to take to a provider (the plan's own questions, the ones
//! that fit these answers first) and the one caution that matters most, each
//! with the plan section it leads to. [`shown_sections`] is the plan's table
//! of contents: the sections the plan actually shows for these answers.

use super::plan::{Plan, ProviderQuestion, Reason, Section, Verdict};

/// The sections a plan shows, in display order. The rest of the plan is
/// rendered from the same rule, so every link in the summary and the table
/// of contents has a target.
pub fn shown_sections(plan: &Plan) -> Vec<Section> {
    Section::ALL.iter().copied().filter(|s| shows(plan, *s)).collect()
}

/// Whether the plan shows `section`: the sections about an answer appear
/// only when there is something to say about it.
pub fn shows(plan: &Plan, section: Section) -> bool {
    match section {
        Section::Scars => !plan.scars.is_empty(),
        Section::Severity => plan.severity.is_some(),
        Section::Concerns => !plan.concerns.is_empty(),
        Section::SkinTone => plan.skin_tone.is_some(),
        Section::WarningSigns => !plan.warning_signs.is_empty(),
        Section::Verdict
        | Section::Numbers
        | Section::Downtime
        | Section::Aftercare
        | Section::HomeDevices
        | Section::ProviderQuestions
        | Section::Myths
        | Section::Notice => true,
    }
}

/// The name of a section in markup (ids, classes): its content key with
/// dashes, such as `skin-tone`.
pub fn section_name(section: Section) -> String {
    section.name().replace('_', "-")
}

id_enum! {
    /// The most important caution a summary carries, strongest first.
    Caution {
        /// Blood thinners: never stop a medicine on your own [52].
        DontStopMedicine => [52],
        /// A keloid tendency or scar: needling could start new keloids [8, 9].
        KeloidRisk => [8, 9],
        /// Skin that may be darker: dark marks that are slow to fade [47, 48, 50].
        DarkMarks => [47, 48, 50],
        /// Everyone: no home device is authorised, and their listed risks [59, 60].
        NoHomeDevices => [59, 60],
    }
}

impl Caution {
    /// Whether the plan carries what this caution repeats.
    fn applies(self, plan: &Plan) -> bool {
        match self {
            Caution::DontStopMedicine => plan.reasons.contains(&Reason::BloodThinners),
            Caution::KeloidRisk => plan
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::KeloidTendency | Reason::KeloidScar)),
            Caution::DarkMarks => plan.skin_tone.is_some(),
            Caution::NoHomeDevices => !plan.home_devices.is_empty(),
        }
    }

    /// The section that says it in full.
    pub fn section(self) -> Section {
        match self {
            Caution::DontStopMedicine | Caution::KeloidRisk => Section::Verdict,
            Caution::DarkMarks => Section::SkinTone,
            Caution::NoHomeDevices => Section::HomeDevices,
        }
    }
}

/// One next step: a question from the plan, and where the plan explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The question to ask a provider.
    pub question: ProviderQuestion,
    /// The shown section it links to.
    pub section: Section,
}

/// The plan at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The plan's verdict.
    pub verdict: Verdict,
    /// Every reason that sets the verdict (those at its level), in plan
    /// order; so every safety answer that decides the verdict is named.
    pub because: Vec<Reason>,
    /// Two or three questions to take to a provider, those that fit these
    /// answers before the ones every plan carries.
    pub steps: Vec<Step>,
    /// The most important caution, if the plan carries one.
    pub caution: Option<Caution>,
}

/// At most this many next steps: a summary, not the list.
pub const MAX_STEPS: usize = 3;

/// Questions every plan (or nearly every one) carries; they fill the steps
/// only when fewer than two questions fit these answers in particular.
fn is_general(q: ProviderQuestion) -> bool {
    use ProviderQuestion::*;
    matches!(
        q,
        RightForMe | HowManySessions | WhatDepth | SterileNeedles | WhatProducts | FirstDays
    )
}

/// Where the plan explains what a question is about; the questions section
/// when that section is not shown.
fn step_section(plan: &Plan, q: ProviderQuestion) -> Section {
    use ProviderQuestion::*;
    let preferred = match q {
        RightForMe | TreatAcneFirst | WhenToAskAgain | IsotretinoinTiming | Antiviral | KeloidRisk | BloodThinners
        | SkinConditionCalm | ImmuneSystem | MetalAllergy | SafetyTogether => Section::Verdict,
        WhichScarTypes | Subcision | TcaCrossOrPunch | PunchOrFillers | Prp | RaisedScarCare | MarksCareFirst => {
            Section::Scars
        }
        TechniqueForSkinTone | TestSpot | SunProtection => Section::SkinTone,
        HowManySessions | WhatDepth => Section::Numbers,
        SterileNeedles | WhatProducts => Section::HomeDevices,
        MelasmaAddOn => Section::Concerns,
        FirstDays => Section::Downtime,
    };
    if shows(plan, preferred) {
        preferred
    } else {
        Section::ProviderQuestions
    }
}

/// The summary of a plan.
pub fn summarize(plan: &Plan) -> Summary {
    let because = plan
        .reasons
        .iter()
        .copied()
        .filter(|r| r.level() == plan.verdict)
        .collect();
    // The plan lists its questions with those from the reasons first
    // (strictest first), then those from the scars, then the general ones.
    let specific = plan.provider_questions.iter().filter(|q| !is_general(**q));
    let general = plan.provider_questions.iter().filter(|q| is_general(**q));
    let mut picked: Vec<ProviderQuestion> = specific.copied().take(MAX_STEPS).collect();
    if picked.len() < 2 {
        picked.extend(general.copied().take(2 - picked.len()));
    }
    let steps = picked
        .into_iter()
        .map(|question| Step {
            question,
            section: step_section(plan, question),
        })
        .collect();
    let caution = Caution::ALL.iter().copied().find(|c| c.applies(plan));
    Summary {
        verdict: plan.verdict,
        because,
        steps,
        caution,
    }
}
