//! The clinical sign-off rules (issue 11): every plan safe and exact.
//!
//! Every scar set meets every safety set (all 524,800 pairs), each with one
//! of the 54 sun x visibility answers in turn (so every safety set also meets
//! every sun answer); and every scar set meets every sun and every visibility
//! answer (all 13,824 triples) under each single safety answer, none, and two
//! risky pairs. That is about 746,000 plans; the whole product (28 million
//! plans) would take many minutes in a debug build.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{optional, safety_sets, subsets};
use microneedling_guide::core::id_set::IdSet;

use microneedling_guide::core::catalog::Catalog;
use microneedling_guide::core::config::Lang;
use microneedling_guide::core::plan::{
    build_plan, AddOn, Aftercare, NumberFact, Plan, ProviderQuestion, Reason, SkinToneNote, Verdict, WarningSign,
};
use microneedling_guide::core::quiz::{Answers, Safety, ScarType, SunReaction, Visibility};
use microneedling_guide::core::tree::Text;

fn catalogs() -> Vec<Catalog> {
    Lang::ALL.iter().map(|l| Catalog::builtin(*l)).collect()
}

/// The words that say "wait" in each language's reason texts.
fn says_wait(text: &str) -> bool {
    text.contains("Wait") || text.contains("Espera")
}

/// Every rule of the sign-off for one plan.
fn check(a: &Answers, p: &Plan, cats: &[Catalog]) {
    let ctx = || format!("{a:?} -> {p:?}");

    // 3. Keloid-prone visitors are never offered needling.
    let keloid = a.safety.contains(&Safety::KeloidTendency) || a.scars.contains(&ScarType::Keloid);
    if keloid {
        assert_ne!(p.verdict, Verdict::LikelyToHelp, "{}", ctx());
        assert!(
            p.scars
                .iter()
                .all(|s| !s.add_ons.contains(&AddOn::SpecialistNeedlingSilicone)),
            "{}",
            ctx()
        );
        assert!(
            p.provider_questions.contains(&ProviderQuestion::KeloidRisk),
            "{}",
            ctx()
        );
    } else if a.scars.contains(&ScarType::Hypertrophic) {
        // Without a keloid the specialist option stays (fact base [7]).
        assert!(
            p.scars
                .iter()
                .any(|s| s.add_ons.contains(&AddOn::SpecialistNeedlingSilicone)),
            "{}",
            ctx()
        );
    }

    // 4. Brown or grey marks bring the dark-marks caution, whatever the sun.
    if a.scars.contains(&ScarType::Pih) {
        assert!(
            matches!(
                p.skin_tone,
                Some(SkinToneNote::DarkerSkin | SkinToneNote::DarkMarksSeen)
            ),
            "{}",
            ctx()
        );
        assert!(p.provider_questions.contains(&ProviderQuestion::TestSpot), "{}", ctx());
    }
    if a.sun.is_some_and(|s| s.is_darker()) {
        assert_eq!(p.skin_tone, Some(SkinToneNote::DarkerSkin), "{}", ctx());
    }

    // 1. An active cold sore means wait; past cold sores keep the antiviral advice.
    if a.safety.contains(&Safety::ColdSoreNow) {
        assert_eq!(p.verdict, Verdict::NotRightNow, "{}", ctx());
        assert!(p.reasons.contains(&Reason::ColdSoreNow), "{}", ctx());
        assert!(p.provider_questions.contains(&ProviderQuestion::Antiviral), "{}", ctx());
        assert!(
            p.provider_questions.contains(&ProviderQuestion::WhenToAskAgain),
            "{}",
            ctx()
        );
    }
    if a.safety.contains(&Safety::ColdSores) {
        assert!(p.reasons.contains(&Reason::ColdSores), "{}", ctx());
        assert!(p.provider_questions.contains(&ProviderQuestion::Antiviral), "{}", ctx());
        assert_ne!(p.verdict, Verdict::LikelyToHelp, "{}", ctx());
    }

    // 2. Every plan may lead to a session some day (no answer rules one out
    // for good), so every plan says when to call the provider and what goes
    // on the skin the first day.
    assert_eq!(p.warning_signs, WarningSign::ALL, "{}", ctx());
    assert_eq!(p.aftercare.first(), Some(&Aftercare::OnlyProviderProducts), "{}", ctx());

    // 5. Verdicts say what they cover.
    if a.has_atrophic() {
        let raised = a.scars.iter().any(|s| s.is_raised());
        let flat = a.scars.iter().any(|s| s.is_flat_mark());
        let ice_only = a
            .scars
            .iter()
            .filter(|s| s.is_atrophic())
            .all(|s| *s == ScarType::IcePick);
        assert_eq!(p.reasons.contains(&Reason::RaisedScarsAlso), raised, "{}", ctx());
        assert_eq!(p.reasons.contains(&Reason::MarksAlso), flat, "{}", ctx());
        assert_eq!(p.reasons.contains(&Reason::IcePickOtherFirst), ice_only, "{}", ctx());
    }
    if p.verdict == Verdict::LikelyToHelp {
        assert!(a.has_atrophic(), "{}", ctx());
        assert_eq!(a.safety, [Safety::None].into(), "{}", ctx());
    }
    // The notes never change the verdict: it is what the other reasons set.
    let strictest = p
        .reasons
        .iter()
        .filter(|r| {
            !matches!(
                r,
                Reason::RaisedScarsAlso | Reason::MarksAlso | Reason::IcePickOtherFirst
            )
        })
        .map(|r| r.level())
        .max();
    assert_eq!(Some(p.verdict), strictest, "{}", ctx());

    // 8. Raised-only or marks-only plans carry no session or result numbers.
    let not_needling = (a.raised_only()
        || a.flat_only()
        || (!a.scars.is_empty() && a.scars.iter().all(|s| s.is_raised() || s.is_flat_mark())))
        && a.concerns.is_empty();
    if not_needling {
        assert!(!p.numbers.contains(&NumberFact::Sessions), "{}", ctx());
        assert!(!p.numbers.contains(&NumberFact::Results), "{}", ctx());
    } else {
        assert!(p.numbers.contains(&NumberFact::Sessions), "{}", ctx());
    }

    // The texts say it, in every language.
    for cat in cats {
        let t = &cat.plan;
        if a.safety.contains(&Safety::ColdSoreNow) {
            let r = t.reasons.get(&Reason::ColdSoreNow).map(Text::as_str).unwrap_or("");
            assert!(says_wait(r), "{r}");
        }
        if p.verdict == Verdict::LikelyToHelp {
            let body = t.verdicts.get(&p.verdict).map(|v| v.body.as_str()).unwrap_or("");
            assert!(body.contains("sunken") || body.contains("hundidas"), "{body}");
        }
        for w in &p.warning_signs {
            assert!(t.warning_signs.get(w).is_some_and(|s| !s.trim().is_empty()));
        }
    }
}

#[test]
fn every_scar_set_with_every_safety_set() {
    let cats = catalogs();
    let sun = optional(SunReaction::ALL);
    let vis = optional(Visibility::ALL);
    let scars = subsets(ScarType::ALL);
    let safety = safety_sets();
    let mut n = 0usize;
    for (i, s) in scars.iter().enumerate() {
        let mut a = Answers {
            scars: s.clone(),
            ..Answers::default()
        };
        for (j, x) in safety.iter().enumerate() {
            let k = i * 31 + j;
            a.safety = x.clone();
            a.sun = sun[k % sun.len()];
            a.visibility = vis[(k / sun.len()) % vis.len()];
            check(&a, &build_plan(&a), &cats);
            n += 1;
        }
    }
    assert_eq!(n, 256 * 2050);
}

#[test]
fn every_scar_set_with_every_sun_and_visibility_answer() {
    let cats = catalogs();
    let mut safety: Vec<IdSet<Safety>> = vec![IdSet::new()];
    safety.extend(Safety::ALL.iter().map(|s| IdSet::from([*s])));
    safety.push([Safety::ColdSoreNow, Safety::ColdSores].into());
    safety.push([Safety::KeloidTendency, Safety::ColdSores].into());
    let mut n = 0usize;
    for s in subsets(ScarType::ALL) {
        let mut a = Answers {
            scars: s,
            ..Answers::default()
        };
        for f in optional(SunReaction::ALL) {
            for v in optional(Visibility::ALL) {
                for x in &safety {
                    a.sun = f;
                    a.visibility = v;
                    a.safety = x.clone();
                    check(&a, &build_plan(&a), &cats);
                    n += 1;
                }
            }
        }
    }
    assert_eq!(n, 256 * 9 * 6 * 16);
}

#[test]
fn the_personas_get_the_plans_the_review_asked_for() {
    // An active cold sore with sunken scars: not right now, and why.
    let a = Answers {
        scars: [ScarType::Rolling].into(),
        safety: [Safety::ColdSoreNow].into(),
        sun: Some(SunReaction::SometimesBurns),
        ..Answers::default()
    };
    let p = build_plan(&a);
    assert_eq!(p.verdict, Verdict::NotRightNow);
    assert_eq!(p.reasons.first(), Some(&Reason::ColdSoreNow));

    // Past cold sores only: talk first, with the antiviral question.
    let a = Answers {
        safety: [Safety::ColdSores].into(),
        ..a
    };
    let p = build_plan(&a);
    assert_eq!(p.verdict, Verdict::DiscussFirst);
    assert!(!p.reasons.contains(&Reason::ColdSoreNow));

    // Keloid-prone with a raised scar that stays put: no needling offered.
    let a = Answers {
        scars: [ScarType::Hypertrophic].into(),
        safety: [Safety::KeloidTendency].into(),
        ..Answers::default()
    };
    let p = build_plan(&a);
    assert_eq!(p.scars[0].add_ons, vec![AddOn::SteroidInjection, AddOn::Silicone]);
    assert!(!p.numbers.contains(&NumberFact::Sessions));

    // Ice pick scars only, fair skin, brown marks: worth asking about, with
    // what it covers and the dark-marks caution.
    let a = Answers {
        scars: [ScarType::IcePick, ScarType::Pih].into(),
        safety: [Safety::None].into(),
        sun: Some(SunReaction::AlwaysBurns),
        visibility: Some(Visibility::UpClose),
        ..Answers::default()
    };
    let p = build_plan(&a);
    assert_eq!(p.verdict, Verdict::LikelyToHelp);
    assert_eq!(
        p.reasons,
        vec![Reason::SunkenScarsRespond, Reason::IcePickOtherFirst, Reason::MarksAlso]
    );
    assert_eq!(p.skin_tone, Some(SkinToneNote::DarkMarksSeen));
}
