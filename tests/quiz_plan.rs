//! The quiz state machine, the answer links and the plan, checked
//! exhaustively against the medical invariants and the English catalog.

mod common;
use common::{concern_sets, each_scar_and_safety_answer, each_single_choice_with, optional, safety_sets, subsets};
use std::collections::BTreeSet;

use microneedling_guide::core::id_set::IdSet;

use microneedling_guide::core::catalog::Catalog;
use microneedling_guide::core::config::Lang;
use microneedling_guide::core::link::{self, decode, DecodeWarning, LinkRead};
use microneedling_guide::core::plan::{
    build_plan, concern_evidence, scar_sources, severity_sources, AddOn, Aftercare, DowntimeAdvice, HomeDevice, Myth,
    NumberFact, Plan, ProviderQuestion, Reason, Response, Section, SkinToneNote, Verdict,
};
use microneedling_guide::core::quiz::{
    visible_questions, Action, Answers, Concern, Downtime, Question, Quiz, Safety, ScarType, Screen, SunReaction,
    Visibility,
};
use microneedling_guide::core::tree::Text;

fn catalog() -> Catalog {
    Catalog::builtin(Lang::En)
}

/// `what` is a closure so the hot exhaustive loops don't format names.
fn text_ok(s: Option<&str>, what: impl Fn() -> String) {
    match s {
        Some(t) if !t.trim().is_empty() => {}
        _ => panic!("no English text for {}", what()),
    }
}

/// The invariants every plan must satisfy, whatever the answers.
fn check(a: &Answers, p: &Plan, cat: &Catalog) {
    let ctx = || format!("{a:?} -> {p:?}");
    assert!(!p.reasons.is_empty(), "{}", ctx());
    assert_eq!(Some(p.verdict), p.reasons.iter().map(|r| r.level()).max(), "{}", ctx());

    for s in &a.safety {
        if let Some(r) = Reason::for_safety(*s) {
            assert!(p.reasons.contains(&r), "safety item {s:?} missing: {}", ctx());
        }
    }
    for s in [
        Safety::ActiveBreakout,
        Safety::ColdSoreNow,
        Safety::Pregnant,
        Safety::RadiationChemo,
    ] {
        if a.safety.contains(&s) {
            assert_eq!(p.verdict, Verdict::NotRightNow, "{}", ctx());
        }
    }
    if a.safety.contains(&Safety::KeloidTendency) || a.scars.contains(&ScarType::Keloid) {
        assert_ne!(p.verdict, Verdict::LikelyToHelp, "{}", ctx());
    }
    if p.verdict == Verdict::LikelyToHelp {
        assert!(a.has_atrophic(), "{}", ctx());
        assert_eq!(a.safety, [Safety::None].into(), "{}", ctx());
    }
    if a.raised_only() {
        assert_ne!(p.verdict, Verdict::LikelyToHelp, "{}", ctx());
        assert!(p.reasons.contains(&Reason::RaisedScarsNotTarget), "{}", ctx());
        assert!(
            p.scars.iter().all(|s| s.response == Response::NotTheTreatment),
            "{}",
            ctx()
        );
        if a.concerns.iter().all(|c| *c == Concern::None) {
            let q = &p.provider_questions;
            assert!(!q.contains(&ProviderQuestion::HowManySessions), "{}", ctx());
        }
    }
    if a.flat_only() {
        assert_ne!(p.verdict, Verdict::LikelyToHelp, "{}", ctx());
        assert!(p.reasons.contains(&Reason::MarksNotScars), "{}", ctx());
        assert_eq!(p.severity, None, "{}", ctx());
    }
    assert_eq!(p.scars.len(), a.scars.len());
    assert_eq!(
        p.concerns.len(),
        a.concerns.iter().filter(|c| **c != Concern::None).count()
    );
    if a.sun.is_some_and(|s| s.is_darker()) {
        assert_eq!(p.skin_tone, Some(SkinToneNote::DarkerSkin), "{}", ctx());
    }
    let unique: BTreeSet<_> = p.provider_questions.iter().collect();
    assert_eq!(unique.len(), p.provider_questions.len(), "{}", ctx());
    assert_eq!(p.myths.len(), 6);

    // Every id the plan uses has English text.
    let t = &cat.plan;
    let v = t.verdicts.get(&p.verdict);
    text_ok(v.map(|v| v.title.as_str()), || "verdict title".to_string());
    text_ok(v.map(|v| v.body.as_str()), || "verdict body".to_string());
    for r in &p.reasons {
        text_ok(t.reasons.get(r).map(Text::as_str), || format!("{r:?}"));
    }
    for s in &p.scars {
        text_ok(t.scars.get(&s.scar).map(Text::as_str), || format!("{:?}", s.scar));
        text_ok(Some(cat.quiz.questions.scars.label(&s.scar)), || {
            format!("label {:?}", s.scar)
        });
        text_ok(t.responses.get(&s.response).map(Text::as_str), || {
            format!("{:?}", s.response)
        });
        for a in &s.add_ons {
            text_ok(t.add_ons.get(a).map(|x| x.title.as_str()), || format!("{a:?}"));
            text_ok(t.add_ons.get(a).map(|x| x.body.as_str()), || format!("{a:?}"));
        }
    }
    if let Some(sev) = p.severity {
        text_ok(t.severity.get(&sev).map(Text::as_str), || format!("{sev:?}"));
    }
    for c in &p.concerns {
        text_ok(t.concerns.get(&c.concern).map(Text::as_str), || {
            format!("{:?}", c.concern)
        });
        text_ok(t.evidence.get(&c.evidence).map(Text::as_str), || {
            format!("{:?}", c.evidence)
        });
    }
    for n in &p.numbers {
        text_ok(t.numbers.get(n).map(Text::as_str), || format!("{n:?}"));
    }
    text_ok(t.downtime.get(&p.downtime).map(Text::as_str), || "downtime".to_string());
    if let Some(n) = p.skin_tone {
        text_ok(t.skin_tone.get(&n).map(Text::as_str), || format!("{n:?}"));
    }
    for x in &p.aftercare {
        text_ok(t.aftercare.get(x).map(Text::as_str), || format!("{x:?}"));
    }
    for x in &p.home_devices {
        text_ok(t.home_devices.get(x).map(Text::as_str), || format!("{x:?}"));
    }
    for x in &p.provider_questions {
        text_ok(t.provider_questions.get(x).map(Text::as_str), || format!("{x:?}"));
    }
    for m in &p.myths {
        let mt = t.myths.get(m);
        text_ok(mt.map(|x| x.claim.as_str()), || format!("{m:?}"));
        text_ok(mt.map(|x| x.fact.as_str()), || format!("{m:?}"));
    }
    text_ok(t.notices.get(&p.notice).map(|n| n.body.as_str()), || {
        "notice".to_string()
    });
    for s in Section::ALL {
        text_ok(t.headings.get(s).map(Text::as_str), || format!("heading {s:?}"));
    }
}

/// Every source number a plan cites is in the catalog's sources list. Kept
/// apart from [`check`] because collecting sources is the slow part, and a
/// plan's sources are only ever the union of its ids' sources, which
/// `every_id_cites_existing_sources` covers for every id.
fn check_sources(p: &Plan, cat: &Catalog) {
    for s in Section::ALL {
        for n in p.sources(*s) {
            text_ok(cat.plan.sources.get(&n).map(Text::as_str), || {
                format!("source {n} in {s:?}")
            });
        }
    }
}

fn round_trip(a: &Answers) {
    let text = link::encode(a);
    assert!(
        text.chars().all(|c| c.is_ascii_alphanumeric() || "=&.".contains(c)),
        "{text}"
    );
    let expected = if *a == Answers::default() {
        None
    } else {
        Some(link::Resume::Answers(a.clone()))
    };
    let read = link::read(&text);
    assert_eq!(read.clone().resume(), expected, "{text}");
    assert!(read.messages().is_empty(), "{text}: {read:?}");
}

#[test]
fn every_scar_subset_with_every_safety_subset() {
    let cat = catalog();
    let n = each_scar_and_safety_answer(|k, a| {
        let p = build_plan(a);
        check(a, &p, &cat);
        if k % 16 == 0 {
            round_trip(a);
            check_sources(&p, &cat);
        }
    });
    assert_eq!(n, 256 * 2050);
}

#[test]
fn every_single_choice_combination_with_representative_sets() {
    let cat = catalog();
    let scar_sets: Vec<IdSet<ScarType>> = vec![
        IdSet::new(),
        [ScarType::Rolling].into(),
        [ScarType::IcePick, ScarType::Boxcar].into(),
        [ScarType::Hypertrophic].into(),
        [ScarType::Hypertrophic, ScarType::Keloid].into(),
        [ScarType::Pih, ScarType::Pie].into(),
        [ScarType::NotSure].into(),
        [ScarType::Boxcar, ScarType::Keloid, ScarType::Pih].into(),
    ];
    let safety: Vec<IdSet<Safety>> = vec![
        IdSet::new(),
        [Safety::None].into(),
        [Safety::PreferNotToSay].into(),
        [Safety::Isotretinoin].into(),
        [Safety::Pregnant, Safety::ColdSores].into(),
    ];
    let concerns = [
        IdSet::new(),
        [Concern::None].into(),
        Concern::ITEMS.iter().copied().collect(),
    ];
    each_single_choice_with(&scar_sets, &safety, &concerns, |a| {
        let p = build_plan(a);
        check(a, &p, &cat);
        check_sources(&p, &cat);
        round_trip(a);
    });
}

#[test]
fn clear_cases_get_the_expected_verdict() {
    let mut a = Answers {
        scars: [ScarType::Rolling].into(),
        safety: [Safety::None].into(),
        ..Answers::default()
    };
    assert_eq!(build_plan(&a).verdict, Verdict::LikelyToHelp);
    a.safety = [Safety::Isotretinoin].into();
    assert_eq!(build_plan(&a).verdict, Verdict::DiscussFirst);
    a.safety = [Safety::Pregnant].into();
    assert_eq!(build_plan(&a).verdict, Verdict::NotRightNow);
    a.safety = [Safety::None].into();
    a.scars = [ScarType::Pih].into();
    let p = build_plan(&a);
    assert_eq!(p.verdict, Verdict::DiscussFirst);
    assert_eq!(p.scars[0].response, Response::NotAScar);
}

#[test]
fn every_id_cites_existing_sources() {
    let cat = catalog();
    let mut cited: Vec<(String, &'static [u8])> = Vec::new();
    cited.extend(Reason::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(Response::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(AddOn::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(NumberFact::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(DowntimeAdvice::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(SkinToneNote::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(Aftercare::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(HomeDevice::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(ProviderQuestion::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(Myth::ALL.iter().map(|x| (format!("{x:?}"), x.sources())));
    cited.extend(ScarType::ALL.iter().map(|x| (format!("{x:?}"), scar_sources(*x))));
    cited.extend(Visibility::ALL.iter().map(|x| (format!("{x:?}"), severity_sources(*x))));
    cited.extend(
        Concern::ITEMS
            .iter()
            .map(|x| (format!("{x:?}"), concern_evidence(*x).map(|e| e.1).unwrap_or(&[]))),
    );
    for (id, sources) in cited {
        for n in sources {
            assert!(cat.plan.sources.contains_key(n), "{id} cites missing source {n}");
        }
    }
    // Only content ids carry no sources: evidence labels, notices and headings.
    for r in Reason::ALL {
        assert!(!r.sources().is_empty(), "{r:?}");
    }
    for q in ProviderQuestion::ALL {
        assert!(!q.sources().is_empty(), "{q:?}");
    }
}

#[test]
fn every_concern_has_evidence_and_sources() {
    for c in Concern::ITEMS {
        let Some((_, src)) = concern_evidence(*c) else {
            panic!("{c:?}")
        };
        assert!(!src.is_empty());
    }
}

// ---- Answer links ----

#[test]
fn every_single_answer_round_trips() {
    for s in subsets(ScarType::ALL) {
        round_trip(&Answers {
            scars: s,
            ..Answers::default()
        });
    }
    for x in safety_sets() {
        round_trip(&Answers {
            safety: x,
            ..Answers::default()
        });
    }
    for c in concern_sets() {
        round_trip(&Answers {
            concerns: c,
            ..Answers::default()
        });
    }
    for v in optional(Visibility::ALL) {
        for f in optional(SunReaction::ALL) {
            for d in optional(Downtime::ALL) {
                round_trip(&Answers {
                    visibility: v,
                    sun: f,
                    downtime: d,
                    ..Answers::default()
                });
            }
        }
    }
}

#[test]
fn the_link_format_is_compact() {
    let a = Answers {
        scars: [ScarType::IcePick, ScarType::Boxcar].into(),
        visibility: Some(Visibility::ConversationDistance),
        concerns: [Concern::FineLines].into(),
        sun: Some(SunReaction::RarelyBurns),
        safety: [Safety::None].into(),
        downtime: Some(Downtime::OneToTwoDays),
    };
    let text = link::encode(&a);
    assert_eq!(
        text,
        format!(
            "v=2&s=ip.bx&g=3&c=fl&f=4&x=none&d=2&k={}",
            link::checksum("v=2&s=ip.bx&g=3&c=fl&f=4&x=none&d=2")
        )
    );
    assert_eq!(text.len(), 44, "a full link stays short enough for a small QR code");
    assert_eq!(link::read(&text), LinkRead::Answers(a, vec![]));
}

#[test]
fn decoding_drops_bad_parts_with_warnings() {
    let (a, w) = decode("?v=1&s=ip.zz&g=9&q=1&junk&f=4&f=5");
    assert_eq!(a.scars, [ScarType::IcePick].into());
    assert_eq!(a.visibility, None);
    assert_eq!(a.sun, Some(SunReaction::VeryRarelyBurns));
    assert!(w.contains(&DecodeWarning::UnknownValue {
        key: "s".into(),
        value: "zz".into()
    }));
    assert!(w.contains(&DecodeWarning::UnknownValue {
        key: "g".into(),
        value: "9".into()
    }));
    assert!(w.contains(&DecodeWarning::UnknownKey("q".into())));
    assert!(w.contains(&DecodeWarning::Malformed("junk".into())));
    assert!(w.contains(&DecodeWarning::Duplicate("f".into())));
    for warning in &w {
        assert!(warning.to_string().starts_with("microneedling-guide:"));
    }
}

#[test]
fn contradictions_keep_the_real_items() {
    let (a, w) = decode("v=1&x=none.pg.pn&c=none.fl");
    assert_eq!(a.safety, [Safety::Pregnant].into());
    assert_eq!(a.concerns, [Concern::FineLines].into());
    assert!(w.contains(&DecodeWarning::Contradiction(Question::Safety)));
    assert!(w.contains(&DecodeWarning::Contradiction(Question::Concerns)));
    let (a, _) = decode("v=1&x=none.pn");
    assert_eq!(a.safety, [Safety::PreferNotToSay].into());
}

#[test]
fn versions_are_checked() {
    let (a, w) = decode("s=rl");
    assert_eq!(a.scars, [ScarType::Rolling].into());
    assert_eq!(w, vec![DecodeWarning::MissingVersion]);
    let (a, w) = decode("v=2&s=rl");
    assert_eq!(a, Answers::default());
    assert_eq!(w, vec![DecodeWarning::UnsupportedVersion("2".into())]);
    assert!(decode("v=v1&s=rl").1.is_empty());
}

/// A tiny xorshift generator: deterministic junk without new crates.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn junk_never_panics_and_always_decodes_to_consistent_answers() {
    let pieces = [
        "v", "=", "&", ".", "1", "2", "s", "x", "c", "g", "f", "d", "none", "pn", "ns", "ip", "bx", "rl", "pg", "fl",
        "%", "?", "#", " ", "é", "💉", "\u{0}", "==", "&&", "..", "v=1", "x=none", "s=", "7", "-1", "ab",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let len = rng.below(24);
        let s: String = (0..len).map(|_| pieces[rng.below(pieces.len())]).collect();
        let (a, w) = decode(&s);
        let mut n = a.clone();
        assert!(n.normalize().is_empty(), "{s:?} gave unnormalised {a:?}");
        for warning in &w {
            let _ = warning.to_string();
        }
        // Whatever came in, a plan results.
        let _ = build_plan(&a);
    }
    // Random bytes too, including invalid UTF-8 turned into replacement chars.
    for _ in 0..5_000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xFF) as u8).collect();
        let s = String::from_utf8_lossy(&bytes);
        let _ = decode(&s);
    }
}

// ---- The state machine ----

fn run(actions: impl IntoIterator<Item = Action>) -> Quiz {
    actions.into_iter().fold(Quiz::new(), Quiz::apply)
}

fn full_answers() -> Vec<Action> {
    vec![
        Action::ToggleScar(ScarType::Boxcar),
        Action::Next,
        Action::SetVisibility(Visibility::UpClose),
        Action::Next,
        Action::ToggleConcern(Concern::None),
        Action::Next,
        Action::SetSun(SunReaction::SometimesBurns),
        Action::Next,
        Action::ToggleSafety(Safety::None),
        Action::Next,
        Action::SetDowntime(Downtime::UpToAWeek),
    ]
}

#[test]
fn a_full_run_reaches_the_plan_with_progress() {
    let mut q = Quiz::new();
    assert_eq!(q.progress(), (1, 6));
    assert!(!q.can_advance());
    let mut steps = Vec::new();
    for a in full_answers() {
        q = q.apply(a);
        steps.push(q.progress());
    }
    assert_eq!(q.screen, Screen::Question(Question::Downtime));
    assert_eq!(q.progress(), (6, 6));
    assert!(q.next_is_plan());
    q = q.apply(Action::Next);
    assert_eq!(q.screen, Screen::Plan);
    assert_eq!(q.progress(), (6, 6));
    assert_eq!(q.first_unanswered(), None);
    assert_eq!(steps[1], (2, 6));
    assert_eq!(steps[3], (3, 6));
}

#[test]
fn next_needs_an_answer() {
    let q = Quiz::new().apply(Action::Next);
    assert_eq!(q.screen, Screen::Question(Question::Scars));
    let q = q
        .apply(Action::ToggleScar(ScarType::Rolling))
        .apply(Action::ToggleScar(ScarType::Rolling));
    assert!(!q.can_advance());
    assert_eq!(q.apply(Action::Next).screen, Screen::Question(Question::Scars));
}

#[test]
fn flat_marks_and_raised_scars_skip_severity() {
    for scars in [
        vec![ScarType::Pih],
        vec![ScarType::Pie, ScarType::Pih],
        vec![ScarType::Hypertrophic],
        vec![ScarType::Keloid, ScarType::Pie],
    ] {
        let q = run(scars.iter().map(|s| Action::ToggleScar(*s)).chain([Action::Next]));
        assert_eq!(q.screen, Screen::Question(Question::Concerns), "{scars:?}");
        assert_eq!(q.progress(), (2, 5));
        assert!(!visible_questions(&q.answers).contains(&Question::Visibility));
        let back = q.apply(Action::Back);
        assert_eq!(back.screen, Screen::Question(Question::Scars));
    }
    for s in [ScarType::IcePick, ScarType::NotSure] {
        let q = run([Action::ToggleScar(ScarType::Pih), Action::ToggleScar(s), Action::Next]);
        assert_eq!(q.screen, Screen::Question(Question::Visibility));
    }
}

#[test]
fn back_keeps_answers() {
    let mut q = run(full_answers());
    let answers = q.answers.clone();
    for expected in [
        Question::Safety,
        Question::Sun,
        Question::Concerns,
        Question::Visibility,
        Question::Scars,
    ] {
        q = q.apply(Action::Back);
        assert_eq!(q.screen, Screen::Question(expected));
        assert!(q.can_advance());
    }
    assert_eq!(q.clone().apply(Action::Back).screen, Screen::Question(Question::Scars));
    assert_eq!(q.answers, answers);
    let plan = run(full_answers().into_iter().chain([Action::Next, Action::Back]));
    assert_eq!(plan.screen, Screen::Question(Question::Downtime));
}

#[test]
fn none_is_exclusive() {
    let q = run([
        Action::ToggleConcern(Concern::Pores),
        Action::ToggleConcern(Concern::Melasma),
        Action::ToggleConcern(Concern::None),
    ]);
    assert_eq!(q.answers.concerns, [Concern::None].into());
    let q = q.apply(Action::ToggleConcern(Concern::Texture));
    assert_eq!(q.answers.concerns, [Concern::Texture].into());

    let q = run([
        Action::ToggleSafety(Safety::ColdSores),
        Action::ToggleSafety(Safety::None),
    ]);
    assert_eq!(q.answers.safety, [Safety::None].into());
    let q = q.apply(Action::ToggleSafety(Safety::PreferNotToSay));
    assert_eq!(q.answers.safety, [Safety::PreferNotToSay].into());
    let q = q
        .apply(Action::ToggleSafety(Safety::Pregnant))
        .apply(Action::ToggleSafety(Safety::ColdSores));
    assert_eq!(q.answers.safety, [Safety::Pregnant, Safety::ColdSores].into());
}

#[test]
fn not_sure_opens_the_guide() {
    let q = run([Action::ToggleScar(ScarType::NotSure)]);
    assert!(q.guide_open);
    assert!(!q.clone().apply(Action::CloseGuide).guide_open);
    assert!(!q.clone().apply(Action::ToggleScar(ScarType::NotSure)).guide_open);
    assert!(!q.apply(Action::Next).guide_open);
    assert!(Quiz::new().apply(Action::OpenGuide).guide_open);
}

#[test]
fn jump_from_the_plan_and_return() {
    let plan = run(full_answers().into_iter().chain([Action::Next]));
    assert_eq!(plan.screen, Screen::Plan);

    // A simple change returns straight to the plan.
    let q = plan.clone().apply(Action::JumpTo(Question::Sun));
    assert_eq!(q.screen, Screen::Question(Question::Sun));
    assert!(q.next_is_plan());
    let q = q.apply(Action::SetSun(SunReaction::NeverBurns)).apply(Action::Next);
    assert_eq!(q.screen, Screen::Plan);
    assert_eq!(q.answers.sun, Some(SunReaction::NeverBurns));
    assert!(!q.editing);

    // Changing to flat marks hides severity; back to the plan, answer kept but unused.
    let q = plan
        .clone()
        .apply(Action::JumpTo(Question::Scars))
        .apply(Action::ToggleScar(ScarType::Boxcar))
        .apply(Action::ToggleScar(ScarType::Pie))
        .apply(Action::Next);
    assert_eq!(q.screen, Screen::Plan);
    assert_eq!(q.answers.visibility, Some(Visibility::UpClose));
    assert_eq!(build_plan(&q.answers).severity, None);
    assert_eq!(q.progress(), (5, 5));
    assert_eq!(
        q.clone().apply(Action::JumpTo(Question::Visibility)).screen,
        Screen::Plan
    );

    // A change that makes a question newly relevant visits it first.
    let start = Quiz::new().apply(Action::Load(Answers {
        visibility: None,
        ..q.answers.clone()
    }));
    assert_eq!(start.screen, Screen::Plan);
    let q = start
        .apply(Action::JumpTo(Question::Scars))
        .apply(Action::ToggleScar(ScarType::Rolling));
    assert!(!q.next_is_plan());
    let q = q.apply(Action::Next);
    assert_eq!(q.screen, Screen::Question(Question::Visibility));
    let q = q
        .apply(Action::SetVisibility(Visibility::WhenStretched))
        .apply(Action::Next);
    assert_eq!(q.screen, Screen::Plan);

    // Return to the plan without changing anything.
    let q = plan
        .clone()
        .apply(Action::JumpTo(Question::Concerns))
        .apply(Action::ReturnToPlan);
    assert_eq!(q, plan);
}

#[test]
fn restart_clears_everything() {
    let q = run(full_answers()
        .into_iter()
        .chain([Action::Next, Action::JumpTo(Question::Scars), Action::OpenGuide]));
    assert_eq!(q.apply(Action::Restart), Quiz::new());
}

#[test]
fn load_goes_to_the_first_gap_or_the_plan() {
    let (answers, _) = decode("v=1&s=rl&g=2&c=none&f=3");
    let q = Quiz::new().apply(Action::Load(answers));
    assert_eq!(q.screen, Screen::Question(Question::Safety));
    assert_eq!(q.progress(), (5, 6));
    let bad = Answers {
        safety: [Safety::None, Safety::Pregnant].into(),
        ..Answers::default()
    };
    let q = Quiz::new().apply(Action::Load(bad));
    assert_eq!(q.answers.safety, [Safety::Pregnant].into());
    assert_eq!(q.screen, Screen::Question(Question::Scars));
}

#[test]
fn the_catalog_covers_every_question_and_option() {
    let cat = catalog();
    for q in Question::ALL {
        let (title, help) = cat.quiz.questions.heading(*q);
        assert!(!title.trim().is_empty() && !help.trim().is_empty(), "{q:?}");
    }
    assert_eq!(cat.quiz.step_text(2, 5), "Step 2 of 5");
    assert_eq!(cat.plan.cite_text(&[1, 15]), "Sources: 1, 15");
    for s in ScarType::ALL {
        assert!(!cat.quiz.questions.scars.label(s).is_empty());
    }
}
