//! The plan at a glance, checked for every answer combination the quiz
//! allows: a verdict line that names every reason setting the verdict, two
//! or three of the plan's own questions, the caution that matters most, and
//! links only to sections the plan shows.

mod common;
use common::{concern_sets, each_scar_and_safety_answer, each_single_choice_with};
use std::collections::BTreeSet;

use microneedling_guide::core::id_set::IdSet;

use microneedling_guide::core::catalog::Catalog;
use microneedling_guide::core::config::Lang;
use microneedling_guide::core::plan::{build_plan, Plan, ProviderQuestion, Reason, Section, Verdict};
use microneedling_guide::core::quiz::{Answers, Safety, ScarType, SunReaction};
use microneedling_guide::core::summary::{section_name, shown_sections, shows, summarize, Caution, Summary, MAX_STEPS};

fn catalog(lang: Lang) -> Catalog {
    Catalog::builtin(lang)
}

/// The questions every plan carries; the summary prefers the others.
const GENERAL: [ProviderQuestion; 6] = [
    ProviderQuestion::RightForMe,
    ProviderQuestion::HowManySessions,
    ProviderQuestion::WhatDepth,
    ProviderQuestion::SterileNeedles,
    ProviderQuestion::WhatProducts,
    ProviderQuestion::FirstDays,
];

/// Every invariant of a summary; the catalogs check that each line has text.
fn check(a: &Answers, p: &Plan, s: &Summary, cats: &[Catalog]) {
    let ctx = || format!("{a:?} -> {s:?}");
    // A verdict line, naming exactly the reasons at the verdict's level.
    assert_eq!(s.verdict, p.verdict, "{}", ctx());
    assert!(!s.because.is_empty(), "no verdict line: {}", ctx());
    let setting: Vec<Reason> = p.reasons.iter().copied().filter(|r| r.level() == p.verdict).collect();
    assert_eq!(s.because, setting, "{}", ctx());
    // Every safety answer that sets the verdict is named in the summary.
    for x in &a.safety {
        if let Some(r) = Reason::for_safety(*x) {
            if r.level() == p.verdict {
                assert!(s.because.contains(&r), "{x:?} missing: {}", ctx());
            }
        }
    }
    if a.safety.contains(&Safety::PreferNotToSay) && p.verdict == Verdict::DiscussFirst {
        assert!(s.because.contains(&Reason::SafetyNotShared), "{}", ctx());
    }
    if a.safety.is_empty() && p.verdict == Verdict::DiscussFirst {
        assert!(s.because.contains(&Reason::SafetyNotAnswered), "{}", ctx());
    }

    // Two or three of the plan's own questions, no repeats, those that fit
    // these answers first and in the plan's order.
    let shown = shown_sections(p);
    assert!((2..=MAX_STEPS).contains(&s.steps.len()), "{}", ctx());
    let qs: Vec<ProviderQuestion> = s.steps.iter().map(|x| x.question).collect();
    let unique: BTreeSet<_> = qs.iter().collect();
    assert_eq!(unique.len(), qs.len(), "{}", ctx());
    let specific: Vec<ProviderQuestion> = p
        .provider_questions
        .iter()
        .copied()
        .filter(|q| !GENERAL.contains(q))
        .collect();
    let n = specific.len().min(MAX_STEPS);
    assert_eq!(qs[..n], specific[..n], "{}", ctx());
    for step in &s.steps {
        assert!(p.provider_questions.contains(&step.question), "{}", ctx());
        assert!(
            shown.contains(&step.section),
            "step links to a hidden section: {}",
            ctx()
        );
    }
    // "Not right now" leads with what to do instead: treat first, or wait.
    if p.verdict == Verdict::NotRightNow {
        assert!(
            matches!(
                qs[0],
                ProviderQuestion::TreatAcneFirst | ProviderQuestion::WhenToAskAgain
            ),
            "{}",
            ctx()
        );
    }
    if a.safety.contains(&Safety::ActiveBreakout) {
        assert_eq!(qs[0], ProviderQuestion::TreatAcneFirst, "{}", ctx());
    }

    // The caution that matters most for these answers.
    let expected = if p.reasons.contains(&Reason::BloodThinners) {
        Caution::DontStopMedicine
    } else if p
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::KeloidTendency | Reason::KeloidScar))
    {
        Caution::KeloidRisk
    } else if p.skin_tone.is_some() {
        Caution::DarkMarks
    } else {
        Caution::NoHomeDevices
    };
    assert_eq!(s.caution, Some(expected), "{}", ctx());
    assert!(shown.contains(&expected.section()), "{}", ctx());

    // The table of contents: the verdict first, the notice last, and every
    // section the plan has something to say in.
    assert_eq!(shown.first(), Some(&Section::Verdict));
    assert_eq!(shown.last(), Some(&Section::Notice));
    assert_eq!(shows(p, Section::Scars), !a.scars.is_empty(), "{}", ctx());
    assert_eq!(shows(p, Section::SkinTone), p.skin_tone.is_some(), "{}", ctx());

    for c in cats {
        let g = &c.plan.glance;
        for r in &s.because {
            assert!(g.reasons.get(r).is_some_and(|t| !t.trim().is_empty()), "{r:?}");
        }
        for q in &qs {
            assert!(c.plan.provider_questions.contains_key(q), "{q:?}");
        }
        assert!(g.cautions.contains_key(&expected));
    }
}

#[test]
fn every_scar_subset_with_every_safety_answer() {
    let cats = [catalog(Lang::En), catalog(Lang::Es)];
    let n = each_scar_and_safety_answer(|_, a| {
        let p = build_plan(a);
        check(a, &p, &summarize(&p), &cats);
    });
    assert_eq!(n, 256 * 2050);
}

#[test]
fn every_single_choice_and_concern_answer_with_representative_sets() {
    let cats = [catalog(Lang::En), catalog(Lang::Es)];
    let scar_sets: Vec<IdSet<ScarType>> = vec![
        IdSet::new(),
        [ScarType::Rolling].into(),
        [ScarType::IcePick, ScarType::Boxcar].into(),
        [ScarType::Hypertrophic].into(),
        [ScarType::Keloid].into(),
        [ScarType::Pih, ScarType::Pie].into(),
        [ScarType::NotSure].into(),
        [ScarType::Boxcar, ScarType::Keloid, ScarType::Pih].into(),
    ];
    let safety: Vec<IdSet<Safety>> = vec![
        IdSet::new(),
        [Safety::None].into(),
        [Safety::PreferNotToSay].into(),
        [Safety::BloodThinners].into(),
        [Safety::Pregnant, Safety::ColdSores].into(),
        Safety::ITEMS.iter().copied().collect(),
    ];
    let n = each_single_choice_with(&scar_sets, &safety, &concern_sets(), |a| {
        let p = build_plan(a);
        check(a, &p, &summarize(&p), &cats);
    });
    assert_eq!(n, 6 * 9 * 4 * 65 * 8 * 6);
}

#[test]
fn clear_cases_read_as_expected() {
    let rolling = Answers {
        scars: [ScarType::Rolling].into(),
        safety: [Safety::None].into(),
        sun: Some(SunReaction::AlwaysBurns),
        ..Answers::default()
    };
    let s = summarize(&build_plan(&rolling));
    assert_eq!(s.verdict, Verdict::LikelyToHelp);
    assert_eq!(s.because, [Reason::SunkenScarsRespond]);
    let qs: Vec<_> = s.steps.iter().map(|x| (x.question, x.section)).collect();
    assert_eq!(
        qs,
        [
            (ProviderQuestion::Subcision, Section::Scars),
            (ProviderQuestion::Prp, Section::Scars)
        ]
    );
    assert_eq!(s.caution, Some(Caution::NoHomeDevices));

    let cold_sores = Answers {
        safety: [Safety::ColdSores, Safety::BloodThinners].into(),
        ..rolling.clone()
    };
    let s = summarize(&build_plan(&cold_sores));
    assert_eq!(s.verdict, Verdict::DiscussFirst);
    assert_eq!(s.because, [Reason::ColdSores, Reason::BloodThinners]);
    assert_eq!(s.steps[0].question, ProviderQuestion::Antiviral);
    assert_eq!(s.steps[0].section, Section::Verdict);
    assert_eq!(s.caution, Some(Caution::DontStopMedicine));

    let pregnant = Answers {
        safety: [Safety::Pregnant].into(),
        sun: Some(SunReaction::NeverBurns),
        ..rolling
    };
    let s = summarize(&build_plan(&pregnant));
    assert_eq!(s.verdict, Verdict::NotRightNow);
    assert_eq!(s.because, [Reason::Pregnant]);
    assert_eq!(s.steps[0].question, ProviderQuestion::WhenToAskAgain);
    assert_eq!(s.caution, Some(Caution::DarkMarks));
}

#[test]
fn a_step_whose_section_is_not_shown_links_to_the_questions() {
    // No scars chosen: "which scar types" cannot point at the scars section.
    let a = Answers {
        safety: [Safety::None].into(),
        sun: Some(SunReaction::AlwaysBurns),
        ..Answers::default()
    };
    let p = build_plan(&a);
    let s = summarize(&p);
    assert!(!shows(&p, Section::Scars));
    let step = s.steps.iter().find(|x| x.question == ProviderQuestion::WhichScarTypes);
    assert_eq!(step.map(|x| x.section), Some(Section::ProviderQuestions));
}

#[test]
fn section_names_match_the_markup() {
    let names: Vec<String> = Section::ALL.iter().map(|s| section_name(*s)).collect();
    assert_eq!(
        names,
        [
            "verdict",
            "scars",
            "severity",
            "concerns",
            "numbers",
            "downtime",
            "skin-tone",
            "aftercare",
            "warning-signs",
            "home-devices",
            "provider-questions",
            "myths",
            "notice"
        ]
    );
}
