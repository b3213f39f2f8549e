//! A visitor's plan and the rules that fill it: which ids their answers
//! put in each section.

use super::ids::{
    add_sources, concern_evidence, AddOn, Aftercare, ConcernAdvice, DowntimeAdvice, HomeDevice, Myth, Notice,
    NumberFact, ProviderQuestion, Reason, ScarAdvice, Section, SkinToneNote, Verdict, WarningSign,
};
use crate::core::quiz::{Answers, Concern, Safety, ScarType, SunReaction, Visibility};

/// A visitor's plan: ids only, rendered with the content catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The overall answer.
    pub verdict: Verdict,
    /// Why, most important first; includes every ticked safety item.
    pub reasons: Vec<Reason>,
    /// One entry per chosen scar type, in quiz order.
    pub scars: Vec<ScarAdvice>,
    /// How noticeable the scars are, if asked and answered.
    pub severity: Option<Visibility>,
    /// One entry per other concern.
    pub concerns: Vec<ConcernAdvice>,
    /// The numbers worth knowing.
    pub numbers: Vec<NumberFact>,
    /// Downtime advice.
    pub downtime: DowntimeAdvice,
    /// The skin colour caution, when it may apply.
    pub skin_tone: Option<SkinToneNote>,
    /// Aftercare steps.
    pub aftercare: Vec<Aftercare>,
    /// Signs after a session that mean calling the provider; every plan
    /// carries them, since any plan may lead to a session some day.
    pub warning_signs: Vec<WarningSign>,
    /// Home devices versus professional treatment.
    pub home_devices: Vec<HomeDevice>,
    /// Questions for the provider.
    pub provider_questions: Vec<ProviderQuestion>,
    /// Myth or fact.
    pub myths: Vec<Myth>,
    /// Always the "education, not a diagnosis" notice.
    pub notice: Notice,
}

/// Sources of each severity grade's text (Goodman-Baron, fact base section 1).
pub fn severity_sources(_v: Visibility) -> &'static [u8] {
    &[12]
}

impl Plan {
    /// The fact-base source numbers a section rests on, sorted and unique.
    pub fn sources(&self, section: Section) -> Vec<u8> {
        let mut s = Vec::new();
        let mut add = |src: &[u8]| add_sources(&mut s, src);
        match section {
            Section::Verdict => self.reasons.iter().for_each(|r| add(r.sources())),
            Section::Scars => self.scars.iter().for_each(|a| add(&a.sources())),
            Section::Severity => {
                if let Some(v) = self.severity {
                    add(severity_sources(v));
                }
            }
            Section::Concerns => self.concerns.iter().for_each(|c| {
                if let Some((_, src)) = concern_evidence(c.concern) {
                    add(src);
                }
            }),
            Section::Numbers => self.numbers.iter().for_each(|n| add(n.sources())),
            Section::Downtime => add(self.downtime.sources()),
            Section::SkinTone => self.skin_tone.iter().for_each(|n| add(n.sources())),
            Section::Aftercare => self.aftercare.iter().for_each(|a| add(a.sources())),
            Section::WarningSigns => self.warning_signs.iter().for_each(|w| add(w.sources())),
            Section::HomeDevices => self.home_devices.iter().for_each(|h| add(h.sources())),
            Section::ProviderQuestions => self.provider_questions.iter().for_each(|q| add(q.sources())),
            Section::Myths => self.myths.iter().for_each(|m| add(m.sources())),
            Section::Notice => add(self.notice.sources()),
        }
        s
    }

    /// Every source the plan cites, for the sources list at its end.
    pub fn all_sources(&self) -> Vec<u8> {
        let mut s = Vec::new();
        for section in Section::ALL {
            add_sources(&mut s, &self.sources(*section));
        }
        s
    }
}

/// A stable insertion sort. The lists sorted here hold a handful of items,
/// and std's stable sort added several KiB to the wasm.
fn sort_stable_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn push_unique<T: PartialEq>(v: &mut Vec<T>, t: T) {
    if !v.contains(&t) {
        v.push(t);
    }
}

/// Builds the plan for any answers, complete or not.
pub fn build_plan(a: &Answers) -> Plan {
    let reasons = reasons(a);
    let verdict = verdict(&reasons);
    let concerns = concerns(a);
    let may_be_treated = may_be_treated(a, &concerns);
    let skin_tone = skin_tone(a);
    let provider_questions = provider_questions(a, &reasons, skin_tone, may_be_treated);
    Plan {
        verdict,
        reasons,
        scars: scars(a),
        severity: a.effective_visibility(),
        numbers: numbers(a, &concerns, may_be_treated),
        concerns,
        downtime: DowntimeAdvice::for_answer(a.downtime),
        skin_tone,
        aftercare: Aftercare::ALL.to_vec(),
        warning_signs: WarningSign::ALL.to_vec(),
        home_devices: HomeDevice::ALL.to_vec(),
        provider_questions,
        myths: Myth::ALL.to_vec(),
        notice: Notice::EducationNotDiagnosis,
    }
}

/// Why the verdict is what it is: every ticked safety item, then the scar
/// picture, strictest first.
fn reasons(a: &Answers) -> Vec<Reason> {
    let mut reasons = Vec::new();

    // Safety first: these are what a visitor must not miss.
    for s in &a.safety {
        if let Some(r) = Reason::for_safety(*s) {
            reasons.push(r);
        }
    }
    if a.safety.contains(&Safety::PreferNotToSay) {
        reasons.push(Reason::SafetyNotShared);
    } else if a.safety.is_empty() {
        reasons.push(Reason::SafetyNotAnswered);
    }
    // A keloid scar shows the tendency even if the box was not ticked.
    if a.scars.contains(&ScarType::Keloid) && !a.safety.contains(&Safety::KeloidTendency) {
        reasons.push(Reason::KeloidScar);
    }

    // The scar picture.
    if a.has_atrophic() {
        if a.effective_visibility() == Some(Visibility::ColourOnly) {
            reasons.push(Reason::ColourChangeOnly);
        }
        reasons.push(Reason::SunkenScarsRespond);
        // The verdict speaks of the sunken scars only: ice pick scars
        // usually need other treatments first [3], and raised scars and
        // flat marks are not what needling treats, so the verdict box
        // says so rather than leaving it to the scar list below.
        if !a.scars.iter().any(|s| s.is_atrophic() && *s != ScarType::IcePick) {
            reasons.push(Reason::IcePickOtherFirst);
        }
        if a.scars.iter().any(|s| s.is_raised()) {
            reasons.push(Reason::RaisedScarsAlso);
        }
        if a.scars.iter().any(|s| s.is_flat_mark()) {
            reasons.push(Reason::MarksAlso);
        }
    } else if a.scars.is_empty() {
        reasons.push(Reason::ScarsNotAnswered);
    } else {
        if a.scars.iter().any(|s| s.is_raised()) {
            reasons.push(Reason::RaisedScarsNotTarget);
        }
        if a.scars.iter().any(|s| s.is_flat_mark()) {
            reasons.push(Reason::MarksNotScars);
        }
        if a.scars.contains(&ScarType::NotSure) {
            reasons.push(Reason::ScarTypeUnsure);
        }
    }

    // Strictest first, so the reasons that set the verdict lead; the sort is
    // stable, keeping quiz order within a level.
    sort_stable_by_key(&mut reasons, |r| std::cmp::Reverse(r.level()));
    reasons
}

/// The strictest level any reason asks for.
fn verdict(reasons: &[Reason]) -> Verdict {
    reasons.iter().map(|r| r.level()).max().unwrap_or(Verdict::DiscussFirst)
}

/// One piece of advice per chosen scar type, in quiz order.
fn scars(a: &Answers) -> Vec<ScarAdvice> {
    // Keloid-prone skin (a ticked tendency or a keloid scar) is never
    // offered needling, not even a specialist's needling of raised scars:
    // needling could start new keloids [8, 9], and an early keloid can look
    // like a raised scar that stays put.
    let keloid_prone = a.safety.contains(&Safety::KeloidTendency) || a.scars.contains(&ScarType::Keloid);
    a.scars
        .iter()
        .map(|s| {
            let mut advice = ScarAdvice::for_scar(*s);
            if keloid_prone {
                advice.add_ons.retain(|x| *x != AddOn::SpecialistNeedlingSilicone);
            }
            advice
        })
        .collect()
}

/// The evidence for each other concern the visitor chose.
fn concerns(a: &Answers) -> Vec<ConcernAdvice> {
    a.concerns
        .iter()
        .filter_map(|c| concern_evidence(*c).map(|(evidence, _)| ConcernAdvice { concern: *c, evidence }))
        .collect()
}

/// Needling may be the treatment unless only raised scars or flat marks
/// were chosen (and no other concern): then session counts, results
/// timings and depth questions would suggest otherwise.
fn may_be_treated(a: &Answers, concerns: &[ConcernAdvice]) -> bool {
    a.has_atrophic() || a.scars.contains(&ScarType::NotSure) || a.scars.is_empty() || !concerns.is_empty()
}

/// The numbers worth knowing: depths, sessions and timings where needling
/// may be the treatment, and the recovery times every plan shows.
fn numbers(a: &Answers, concerns: &[ConcernAdvice], may_be_treated: bool) -> Vec<NumberFact> {
    let mut numbers = Vec::new();
    if a.has_atrophic() || a.scars.contains(&ScarType::NotSure) || a.scars.is_empty() {
        numbers.push(NumberFact::DepthAcneScars);
    }
    if !concerns.is_empty() {
        numbers.push(NumberFact::DepthOtherConcerns);
    }
    numbers.push(NumberFact::SetLengthIsNotDepth);
    if may_be_treated {
        numbers.extend([NumberFact::Sessions, NumberFact::Results]);
    }
    numbers.extend([NumberFact::Redness, NumberFact::Settled]);
    numbers
}

/// The skin colour caution, when it may apply. Dark marks are a risk in
/// types IV-VI; when the type is unknown the
/// caution is shown anyway, since leaving it out could mislead. Brown or
/// grey marks show the skin already makes dark marks, whatever it does
/// in the sun, so they bring the caution too.
fn skin_tone(a: &Answers) -> Option<SkinToneNote> {
    match a.sun {
        Some(s) if s.is_darker() => Some(SkinToneNote::DarkerSkin),
        _ if a.scars.contains(&ScarType::Pih) => Some(SkinToneNote::DarkMarksSeen),
        Some(SunReaction::NotSure) | Some(SunReaction::PreferNotToSay) | None => Some(SkinToneNote::Unknown),
        Some(_) => None,
    }
}

/// Questions to ask a provider: the ones every visitor should ask, the ones
/// each reason and scar type raise, and the skin colour ones when the
/// caution is shown.
fn provider_questions(
    a: &Answers,
    reasons: &[Reason],
    skin_tone: Option<SkinToneNote>,
    may_be_treated: bool,
) -> Vec<ProviderQuestion> {
    let mut q = Vec::new();
    push_unique(&mut q, ProviderQuestion::RightForMe);
    for r in reasons {
        let extra = match r {
            Reason::ActiveBreakout => Some(ProviderQuestion::TreatAcneFirst),
            Reason::Pregnant | Reason::RadiationChemo => Some(ProviderQuestion::WhenToAskAgain),
            Reason::Isotretinoin => Some(ProviderQuestion::IsotretinoinTiming),
            Reason::ColdSores => Some(ProviderQuestion::Antiviral),
            Reason::ColdSoreNow => Some(ProviderQuestion::WhenToAskAgain),
            Reason::KeloidTendency | Reason::KeloidScar => Some(ProviderQuestion::KeloidRisk),
            Reason::BloodThinners => Some(ProviderQuestion::BloodThinners),
            Reason::SkinCondition => Some(ProviderQuestion::SkinConditionCalm),
            Reason::WeakImmune => Some(ProviderQuestion::ImmuneSystem),
            Reason::MetalAllergy => Some(ProviderQuestion::MetalAllergy),
            Reason::SafetyNotShared | Reason::SafetyNotAnswered => Some(ProviderQuestion::SafetyTogether),
            _ => None,
        };
        if let Some(x) = extra {
            push_unique(&mut q, x);
        }
    }
    for s in &a.scars {
        let extra: &[ProviderQuestion] = match s {
            ScarType::Rolling => &[ProviderQuestion::Subcision, ProviderQuestion::Prp],
            ScarType::IcePick => &[ProviderQuestion::TcaCrossOrPunch, ProviderQuestion::Prp],
            ScarType::Boxcar => &[ProviderQuestion::PunchOrFillers, ProviderQuestion::Prp],
            ScarType::Hypertrophic | ScarType::Keloid => &[ProviderQuestion::RaisedScarCare],
            ScarType::Pih | ScarType::Pie => &[ProviderQuestion::MarksCareFirst],
            ScarType::NotSure => &[ProviderQuestion::WhichScarTypes],
        };
        for x in extra {
            push_unique(&mut q, *x);
        }
    }
    if a.scars.is_empty() {
        push_unique(&mut q, ProviderQuestion::WhichScarTypes);
    }
    if a.concerns.contains(&Concern::Melasma) {
        push_unique(&mut q, ProviderQuestion::MelasmaAddOn);
    }
    if skin_tone.is_some() {
        push_unique(&mut q, ProviderQuestion::TechniqueForSkinTone);
        push_unique(&mut q, ProviderQuestion::TestSpot);
        push_unique(&mut q, ProviderQuestion::SunProtection);
    }
    // An active cold sore also means cold sores can come back: the
    // antiviral question belongs with it.
    if a.safety.contains(&Safety::ColdSoreNow) {
        push_unique(&mut q, ProviderQuestion::Antiviral);
    }
    // Session and depth questions only where needling may be the treatment.
    if may_be_treated {
        push_unique(&mut q, ProviderQuestion::HowManySessions);
        push_unique(&mut q, ProviderQuestion::WhatDepth);
    }
    push_unique(&mut q, ProviderQuestion::SterileNeedles);
    push_unique(&mut q, ProviderQuestion::WhatProducts);
    if a.downtime.is_some() {
        push_unique(&mut q, ProviderQuestion::FirstDays);
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insertion_sort_is_stable() {
        let mut v = vec![(1, 'a'), (0, 'b'), (1, 'c'), (2, 'd'), (0, 'e')];
        let mut expected = v.clone();
        expected.sort_by_key(|x| std::cmp::Reverse(x.0));
        sort_stable_by_key(&mut v, |x| std::cmp::Reverse(x.0));
        assert_eq!(v, expected);
        let mut empty: Vec<u8> = Vec::new();
        sort_stable_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }

    #[test]
    fn every_safety_item_has_a_reason_and_the_exclusive_ones_none() {
        for s in Safety::ALL {
            assert_eq!(Reason::for_safety(*s).is_some(), !s.is_exclusive(), "{s:?}");
        }
    }

    #[test]
    fn only_sunken_scars_and_their_notes_can_be_likely_to_help() {
        let notes = [
            Reason::SunkenScarsRespond,
            Reason::RaisedScarsAlso,
            Reason::MarksAlso,
            Reason::IcePickOtherFirst,
        ];
        for r in Reason::ALL {
            assert_eq!(r.level() == Verdict::LikelyToHelp, notes.contains(r), "{r:?}");
        }
    }

    #[test]
    fn the_contraindications_that_pass_with_time_mean_not_right_now() {
        for s in [
            Safety::ActiveBreakout,
            Safety::ColdSoreNow,
            Safety::Pregnant,
            Safety::RadiationChemo,
        ] {
            assert_eq!(Reason::for_safety(s).map(Reason::level), Some(Verdict::NotRightNow));
        }
    }

    #[test]
    fn plan_sources_are_sorted_and_unique() {
        let a = Answers {
            scars: [ScarType::IcePick, ScarType::Rolling].into(),
            ..Answers::default()
        };
        let all = build_plan(&a).all_sources();
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(all, sorted);
        assert!(all.contains(&5) && all.contains(&13));
    }
}
