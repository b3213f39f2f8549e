//! The personal plan: what the answers mean, as structured data.
//!
//! A [`Plan`] holds only ids; every word lives in `content/<lang>/plan.json`.
//! That keeps the medical decisions here, testable for every combination of
//! answers, and keeps translation a pure content job. Every id knows the
//! fact-base source numbers it rests on, so each section can cite them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use super::quiz::{Answers, Concern, Downtime, Safety, ScarType, SunReaction, Visibility};

/// The overall answer, from most to least encouraging; the order matters,
/// since the verdict is the strictest level any reason asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Microneedling is a reasonable option to ask about.
    LikelyToHelp,
    /// Talk it through with a provider before deciding.
    DiscussFirst,
    /// Not now (or not the treatment); the reasons say what to do instead.
    NotRightNow,
}

impl Verdict {
    /// Every value.
    pub const ALL: &'static [Verdict] = &[Verdict::LikelyToHelp, Verdict::DiscussFirst, Verdict::NotRightNow];
}

id_enum! {
    /// Why the verdict is what it is. Every ticked safety item has one.
    Reason {
        /// Sunken scars are what microneedling is best studied for.
        SunkenScarsRespond => [1, 15, 16, 18],
        /// No scar type was chosen.
        ScarsNotAnswered => [1],
        /// Only "not sure" was chosen: a provider can tell the type.
        ScarTypeUnsure => [1, 2],
        /// Raised scars (without sunken ones): needling is not their treatment.
        RaisedScarsNotTarget => [2, 7],
        /// Flat marks only: they are not scars, and other care comes first.
        MarksNotScars => [10, 11],
        /// Raised scars beside sunken ones: the verdict covers only the
        /// sunken ones, and says so. Information, it sets no verdict.
        RaisedScarsAlso => [2, 7],
        /// Flat marks beside sunken scars: they are not scars, and other
        /// care comes first. Information, it sets no verdict.
        MarksAlso => [10, 11],
        /// Ice pick scars are the only sunken kind: other treatments
        /// (TCA CROSS, punch techniques) usually come first, needling is an
        /// extra. Information, it sets no verdict.
        IcePickOtherFirst => [1, 3, 4],
        /// A keloid scar means a keloid tendency.
        KeloidScar => [8, 9],
        /// Grade 1 (colour only) describes a mark, not a dent.
        ColourChangeOnly => [12],
        /// Active breakout or infection: treat it first.
        ActiveBreakout => [1, 9],
        /// Isotretinoin recently: tell the provider; advice differs.
        Isotretinoin => [54, 55],
        /// Keloid tendency: a relative or absolute contraindication.
        KeloidTendency => [8, 9],
        /// A cold sore right now is an active infection: wait until it has
        /// fully healed.
        ColdSoreNow => [9, 52, 53],
        /// Cold sores in the past can come back after treatment.
        ColdSores => [9, 25, 52, 53],
        /// Eczema, psoriasis or rosacea in the area.
        SkinCondition => [52],
        /// Blood thinners or a bleeding disorder.
        BloodThinners => [52],
        /// Pregnant or breastfeeding: wait.
        Pregnant => [52],
        /// Recent radiation or chemotherapy: wait.
        RadiationChemo => [52],
        /// A weakened immune system.
        WeakImmune => [9],
        /// A metal allergy.
        MetalAllergy => [50],
        /// The visitor preferred not to answer the safety screen.
        SafetyNotShared => [9, 52],
        /// The safety screen has no answer.
        SafetyNotAnswered => [9, 52],
    }
}

impl Reason {
    /// How strict a verdict this reason asks for, per fact base section 6.
    pub fn level(self) -> Verdict {
        match self {
            Reason::SunkenScarsRespond => Verdict::LikelyToHelp,
            // Notes on what the verdict covers: they never make it more
            // encouraging (no reason alone can, but sunken scars), and
            // they do not make it stricter, since sunken scars may still
            // be worth asking about.
            Reason::RaisedScarsAlso | Reason::MarksAlso | Reason::IcePickOtherFirst => Verdict::LikelyToHelp,
            // Needling on active acne or infection can spread it, and active
            // acne is listed as "defer or avoid" [9]. Pregnancy and
            // breastfeeding, and recent radiation or chemotherapy, are on
            // clinic exclusion lists [52]. All three pass with time, so the
            // plan says "not right now" and when to ask again.
            // An active cold sore is an active infection in the area, to be
            // deferred until fully healed [9, 52, 53].
            Reason::ActiveBreakout | Reason::ColdSoreNow | Reason::Pregnant | Reason::RadiationChemo => {
                Verdict::NotRightNow
            }
            // Keloid tendency is a relative or absolute contraindication
            // [8, 9]: only a provider can weigh which, so never "likely".
            // Isotretinoin: the label says wait 6 months [54], a consensus
            // found too little evidence for that [55]: "tell your provider".
            // Immunosuppression is "defer or avoid" [9] but depends on its
            // cause and degree, which the quiz cannot know; cold sores need
            // antivirals first [53]; the clinic-list items [52] and metal
            // allergy [50] all need a provider's judgement.
            Reason::KeloidScar
            | Reason::KeloidTendency
            | Reason::Isotretinoin
            | Reason::ColdSores
            | Reason::SkinCondition
            | Reason::BloodThinners
            | Reason::WeakImmune
            | Reason::MetalAllergy => Verdict::DiscussFirst,
            // Without sunken scars there is nothing needling is shown to
            // fix (raised scars, flat marks), or we cannot tell.
            Reason::ScarsNotAnswered
            | Reason::ScarTypeUnsure
            | Reason::RaisedScarsNotTarget
            | Reason::MarksNotScars
            | Reason::ColourChangeOnly => Verdict::DiscussFirst,
            // An unanswered screen must not read as "no risks".
            Reason::SafetyNotShared | Reason::SafetyNotAnswered => Verdict::DiscussFirst,
        }
    }

    /// The reason a ticked safety item gives; `None` for the exclusive answers.
    pub fn for_safety(s: Safety) -> Option<Reason> {
        Some(match s {
            Safety::ActiveBreakout => Reason::ActiveBreakout,
            Safety::Isotretinoin => Reason::Isotretinoin,
            Safety::KeloidTendency => Reason::KeloidTendency,
            Safety::ColdSoreNow => Reason::ColdSoreNow,
            Safety::ColdSores => Reason::ColdSores,
            Safety::SkinCondition => Reason::SkinCondition,
            Safety::BloodThinners => Reason::BloodThinners,
            Safety::Pregnant => Reason::Pregnant,
            Safety::RadiationChemo => Reason::RadiationChemo,
            Safety::WeakImmune => Reason::WeakImmune,
            Safety::MetalAllergy => Reason::MetalAllergy,
            Safety::None | Safety::PreferNotToSay => return None,
        })
    }
}

id_enum! {
    /// How well a scar type responds to microneedling (fact base section 1).
    Response {
        /// Rolling scars: the best responders.
        Best => [5],
        /// Boxcar: shallow ones respond well, deep ones partly.
        DependsOnDepth => [2],
        /// Ice pick: the poorest response.
        Poorest => [3, 4],
        /// Raised scars: not a microneedling target.
        NotTheTreatment => [2, 7, 8, 9],
        /// Flat marks: not scars.
        NotAScar => [10, 11],
        /// Type unknown: a provider can tell.
        Unknown => [1, 2],
    }
}

id_enum! {
    /// Another treatment worth asking about, alone or with microneedling.
    AddOn {
        /// Subcision frees the bands that pull rolling scars down.
        Subcision => [6],
        /// TCA CROSS: a strong acid placed into ice pick scars.
        TcaCross => [3, 4],
        /// Punch excision: cutting out a narrow deep scar.
        PunchExcision => [3],
        /// Punch elevation: lifting the floor of a deep boxcar scar.
        PunchElevation => [2],
        /// Fillers to lift a dent.
        Fillers => [2],
        /// PRP with needling or subcision beat either alone.
        Prp => [13],
        /// Steroid injections for raised scars.
        SteroidInjection => [2],
        /// Silicone gel or sheets for raised scars.
        Silicone => [2],
        /// Needling combined with silicone, by specialists only.
        SpecialistNeedlingSilicone => [7],
        /// A skin doctor's care for keloids.
        SpecialistCare => [8, 9],
        /// Daily sunscreen for brown marks.
        Sunscreen => [10],
        /// Creams for brown marks, with needling only as an extra.
        Topicals => [10],
        /// Red marks follow their own treatment path.
        RedMarkTreatments => [11],
    }
}

/// What the plan says about one scar type the visitor chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScarAdvice {
    /// The scar type.
    pub scar: ScarType,
    /// How it responds.
    pub response: Response,
    /// Treatments worth asking about.
    pub add_ons: Vec<AddOn>,
}

impl ScarAdvice {
    /// Per fact base section 1, table and "Combinations".
    pub fn for_scar(scar: ScarType) -> ScarAdvice {
        use AddOn::*;
        let (response, add_ons) = match scar {
            ScarType::IcePick => (Response::Poorest, vec![TcaCross, PunchExcision, Prp]),
            ScarType::Boxcar => (Response::DependsOnDepth, vec![PunchElevation, Fillers, Prp]),
            ScarType::Rolling => (Response::Best, vec![Subcision, Prp]),
            ScarType::Hypertrophic => (
                Response::NotTheTreatment,
                vec![SteroidInjection, Silicone, SpecialistNeedlingSilicone],
            ),
            ScarType::Keloid => (Response::NotTheTreatment, vec![SpecialistCare]),
            ScarType::Pih => (Response::NotAScar, vec![Sunscreen, Topicals]),
            ScarType::Pie => (Response::NotAScar, vec![RedMarkTreatments]),
            ScarType::NotSure => (Response::Unknown, vec![]),
        };
        ScarAdvice {
            scar,
            response,
            add_ons,
        }
    }

    /// Sources for the scar's text, its response and its add-ons.
    pub fn sources(&self) -> BTreeSet<u8> {
        // Extended, not collected: collecting into a set links a sort routine.
        let mut s = BTreeSet::new();
        s.extend(scar_sources(self.scar));
        s.extend(self.response.sources());
        for a in &self.add_ons {
            s.extend(a.sources());
        }
        s
    }
}

/// Sources of each scar type's description (fact base section 1).
pub fn scar_sources(scar: ScarType) -> &'static [u8] {
    match scar {
        ScarType::IcePick | ScarType::Boxcar | ScarType::Rolling => &[1, 2],
        ScarType::Hypertrophic => &[2, 7],
        ScarType::Keloid => &[8, 9],
        ScarType::Pih => &[10],
        ScarType::Pie => &[11],
        ScarType::NotSure => &[1, 2],
    }
}

id_enum! {
    /// How strong the evidence is for a concern (fact base section 2).
    Evidence {
        /// Moderate.
        Moderate => [],
        /// Low to moderate.
        LowToModerate => [],
        /// Low.
        Low => [],
        /// Very low.
        VeryLow => [],
    }
}

/// Evidence strength for one other concern, with its sources.
pub fn concern_evidence(c: Concern) -> Option<(Evidence, &'static [u8])> {
    Some(match c {
        // "Moderate-low" in the fact base: FDA-authorised, small open trial.
        Concern::FineLines => (Evidence::LowToModerate, &[18, 19, 20]),
        Concern::Texture => (Evidence::LowToModerate, &[20]),
        Concern::SunDamage => (Evidence::Low, &[21]),
        Concern::Pores => (Evidence::VeryLow, &[22]),
        // Only as an add-on to other treatments; relapse is common.
        Concern::Melasma => (Evidence::LowToModerate, &[23, 24, 25]),
        Concern::StretchMarks => (Evidence::Moderate, &[26, 27, 28]),
        Concern::None => return None,
    })
}

/// What the plan says about one other concern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConcernAdvice {
    /// The concern.
    pub concern: Concern,
    /// How strong the evidence is.
    pub evidence: Evidence,
}

id_enum! {
    /// A number worth knowing (fact base sections 3 and 7).
    NumberFact {
        /// Acne-scar studies used needles of about 1.5 mm (median), set by the provider.
        DepthAcneScars => [16],
        /// For other concerns the provider chooses the length; no single number.
        DepthOtherConcerns => [16, 31, 32],
        /// The length set on a device is not how deep the needles really go.
        SetLengthIsNotDepth => [31, 32],
        /// About 3 to 6 sessions, about 4 weeks apart.
        Sessions => [16, 29],
        /// Results show over 3 to 6 months.
        Results => [15, 20, 37],
        /// Redness and swelling often 1 to 3 days.
        Redness => [50],
        /// Settled within about a week.
        Settled => [50],
    }
}

id_enum! {
    /// Advice shaped by the downtime the visitor prefers; it never excludes.
    DowntimeAdvice {
        /// No downtime wanted: plan around quiet days.
        PlanAroundQuietDays => [50, 58],
        /// One to two days: usually enough for the redness.
        ShortBreakFits => [50],
        /// Up to a week: room for the slower cases.
        WeekFits => [50],
        /// Not answered: the general timeline.
        NotSaid => [50],
    }
}

impl DowntimeAdvice {
    /// The advice for a downtime answer.
    pub fn for_answer(d: Option<Downtime>) -> DowntimeAdvice {
        match d {
            Some(Downtime::None) => DowntimeAdvice::PlanAroundQuietDays,
            Some(Downtime::OneToTwoDays) => DowntimeAdvice::ShortBreakFits,
            Some(Downtime::UpToAWeek) => DowntimeAdvice::WeekFits,
            None => DowntimeAdvice::NotSaid,
        }
    }
}

id_enum! {
    /// The note on skin colour (fact base section 5); never "safe for all".
    SkinToneNote {
        /// Types IV to VI: often suitable with adjusted technique, some risk of dark marks.
        DarkerSkin => [47, 48, 50],
        /// Unknown type: the same caution, in case it applies.
        Unknown => [47, 48, 50],
        /// Brown or grey marks after pimples, whatever the sun answer: the
        /// skin has shown that it makes dark marks, so the same caution.
        DarkMarksSeen => [10, 48, 50, 60],
    }
}

id_enum! {
    /// One aftercare step (fact base section 7, clinic convention).
    Aftercare {
        /// For the first day, only what the provider gives goes on the skin
        /// (non-sterile products have caused granulomas).
        OnlyProviderProducts => [58, 61, 62],
        /// Gentle cleanser.
        GentleCleanser => [58],
        /// Plain moisturiser.
        BlandMoisturiser => [58],
        /// No makeup for 24 to 48 hours.
        NoMakeup => [58],
        /// No retinoids, acids or vitamin C for about a week.
        NoActives => [58],
        /// Sunscreen SPF 30 or higher.
        Sunscreen => [58],
        /// No sauna, pool or heavy sweating for 48 hours.
        NoSaunaPoolSweat => [58],
    }
}

id_enum! {
    /// A sign after a session that means calling the provider (fact base
    /// section 7: clinic aftercare sheets, matching the listed complications).
    WarningSign {
        /// Redness, pain or swelling getting worse after the first days.
        WorseAfterFirstDays => [50, 58],
        /// Pus, yellow crusts or blisters.
        PusCrustsBlisters => [58, 60],
        /// A new cold sore.
        NewColdSore => [25, 53, 58],
        /// Fever or chills.
        FeverChills => [58, 60],
        /// New dark marks.
        NewDarkMarks => [50, 58],
    }
}

id_enum! {
    /// At-home rollers and pens versus professional treatment (section 7).
    HomeDevice {
        /// No microneedling device is authorised for over-the-counter sale.
        NotAuthorisedForHome => [59],
        /// The listed risks of the devices.
        ListedRisks => [60],
        /// Non-sterile products pushed into the skin can cause lumps.
        NonSterileProducts => [61, 62],
        /// Unlicensed settings have spread infection.
        UnlicensedSettings => [63],
        /// Radiofrequency microneedling is not for home use.
        RadiofrequencyNotHome => [36],
        /// What a professional pen offers: sterile single-use needles, set depth.
        ProfessionalPen => [35],
    }
}

id_enum! {
    /// A question to ask a provider, chosen from the answers.
    ProviderQuestion {
        /// Is microneedling right for my scars, and what else would you combine?
        RightForMe => [1, 13],
        /// How many sessions, how far apart?
        HowManySessions => [16, 29],
        /// What depth, and why?
        WhatDepth => [31, 32],
        /// Are the needles sterile and single-use?
        SterileNeedles => [35, 60, 63],
        /// What goes on my skin during and after, and is it sterile?
        WhatProducts => [61, 62],
        /// Which scar types do I have?
        WhichScarTypes => [1, 2],
        /// Would subcision help my rolling scars?
        Subcision => [6],
        /// Would TCA CROSS or punch help my ice pick scars?
        TcaCrossOrPunch => [3, 4],
        /// Would punch elevation or fillers help deep boxcar scars?
        PunchOrFillers => [2],
        /// Would PRP add to needling for me?
        Prp => [13],
        /// What treats my raised scars (steroid, silicone)?
        RaisedScarCare => [2, 7],
        /// What helps my flat marks first?
        MarksCareFirst => [10, 11],
        /// How do you adjust technique for my skin colour?
        TechniqueForSkinTone => [48, 50],
        /// Can we try a test spot first?
        TestSpot => [48, 50],
        /// How should I protect from sun before and after?
        SunProtection => [50, 58],
        /// How should my acne be treated first?
        TreatAcneFirst => [1, 9],
        /// When would be a good time to ask again?
        WhenToAskAgain => [52],
        /// How long after isotretinoin should I wait?
        IsotretinoinTiming => [54, 55],
        /// Do I need an antiviral beforehand?
        Antiviral => [9, 53],
        /// Is needling too risky with my keloid tendency?
        KeloidRisk => [8, 9],
        /// Is it safe with my blood thinner? (Never stop it on your own.)
        BloodThinners => [52],
        /// Should I wait until my skin condition is calm?
        SkinConditionCalm => [52],
        /// Does my immune condition change things?
        ImmuneSystem => [9],
        /// What are the needles made of, given my allergy?
        MetalAllergy => [50],
        /// Can we go through the safety questions together?
        SafetyTogether => [9, 52],
        /// Could needling help my melasma alongside other treatment?
        MelasmaAddOn => [23, 24, 25],
        /// What will my skin look like in the first days?
        FirstDays => [50],
    }
}

id_enum! {
    /// A common claim, corrected (fact base section 8).
    Myth {
        /// "Microblading scrapes away damaged skin."
        MicrobladingScrapes => [64, 65, 66],
        /// "Safe for all skin types."
        SafeForAllSkinTypes => [48, 50, 19],
        /// "Breaks down the excess melanin."
        BreaksDownMelanin => [23, 24, 30],
        /// "Prevents new scars."
        PreventsNewScars => [1, 9],
        /// "One treatment may be enough."
        OneTreatmentEnough => [16, 29, 15],
        /// "Increases product absorption."
        IncreasesAbsorption => [23, 31, 61, 62, 68],
    }
}

id_enum! {
    /// A notice the plan always carries.
    Notice {
        /// This is education, not a diagnosis.
        EducationNotDiagnosis => [],
    }
}

id_enum! {
    /// A section of the plan, in display order; keys the headings in content.
    Section {
        /// The verdict and its reasons.
        Verdict => [],
        /// Per scar type.
        Scars => [],
        /// How noticeable the scars are.
        Severity => [],
        /// Other concerns.
        Concerns => [],
        /// The numbers.
        Numbers => [],
        /// Downtime.
        Downtime => [],
        /// Skin colour.
        SkinTone => [],
        /// Aftercare.
        Aftercare => [],
        /// When to call the provider after a session.
        WarningSigns => [],
        /// Home devices versus professional treatment.
        HomeDevices => [],
        /// Questions for the provider.
        ProviderQuestions => [],
        /// Myth or fact.
        Myths => [],
        /// The notice.
        Notice => [],
    }
}

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
        let mut s = BTreeSet::new();
        match section {
            Section::Verdict => self.reasons.iter().for_each(|r| s.extend(r.sources())),
            Section::Scars => self.scars.iter().for_each(|a| s.extend(a.sources())),
            Section::Severity => {
                if let Some(v) = self.severity {
                    s.extend(severity_sources(v));
                }
            }
            Section::Concerns => self.concerns.iter().for_each(|c| {
                if let Some((_, src)) = concern_evidence(c.concern) {
                    s.extend(src);
                }
            }),
            Section::Numbers => self.numbers.iter().for_each(|n| s.extend(n.sources())),
            Section::Downtime => s.extend(self.downtime.sources()),
            Section::SkinTone => self.skin_tone.iter().for_each(|n| s.extend(n.sources())),
            Section::Aftercare => self.aftercare.iter().for_each(|a| s.extend(a.sources())),
            Section::WarningSigns => self.warning_signs.iter().for_each(|w| s.extend(w.sources())),
            Section::HomeDevices => self.home_devices.iter().for_each(|h| s.extend(h.sources())),
            Section::ProviderQuestions => self.provider_questions.iter().for_each(|q| s.extend(q.sources())),
            Section::Myths => self.myths.iter().for_each(|m| s.extend(m.sources())),
            Section::Notice => s.extend(self.notice.sources()),
        }
        s.into_iter().collect()
    }

    /// Every source the plan cites, for the sources list at its end.
    pub fn all_sources(&self) -> Vec<u8> {
        let mut s = BTreeSet::new();
        for section in Section::ALL {
            s.extend(self.sources(*section));
        }
        s.into_iter().collect()
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
    let verdict = reasons.iter().map(|r| r.level()).max().unwrap_or(Verdict::DiscussFirst);

    // Keloid-prone skin (a ticked tendency or a keloid scar) is never
    // offered needling, not even a specialist's needling of raised scars:
    // needling could start new keloids [8, 9], and an early keloid can look
    // like a raised scar that stays put.
    let keloid_prone = a.safety.contains(&Safety::KeloidTendency) || a.scars.contains(&ScarType::Keloid);
    let scars = a
        .scars
        .iter()
        .map(|s| {
            let mut advice = ScarAdvice::for_scar(*s);
            if keloid_prone {
                advice.add_ons.retain(|x| *x != AddOn::SpecialistNeedlingSilicone);
            }
            advice
        })
        .collect();

    let concerns = a
        .concerns
        .iter()
        .filter_map(|c| concern_evidence(*c).map(|(evidence, _)| ConcernAdvice { concern: *c, evidence }))
        .collect::<Vec<_>>();

    // Needling may be the treatment unless only raised scars or flat marks
    // were chosen (and no other concern): then session counts, results
    // timings and depth questions would suggest otherwise.
    let may_be_treated =
        a.has_atrophic() || a.scars.contains(&ScarType::NotSure) || a.scars.is_empty() || !concerns.is_empty();

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

    // Dark marks are a risk in types IV-VI; when the type is unknown the
    // caution is shown anyway, since leaving it out could mislead. Brown or
    // grey marks show the skin already makes dark marks, whatever it does
    // in the sun, so they bring the caution too.
    let skin_tone = match a.sun {
        Some(s) if s.is_darker() => Some(SkinToneNote::DarkerSkin),
        _ if a.scars.contains(&ScarType::Pih) => Some(SkinToneNote::DarkMarksSeen),
        Some(SunReaction::NotSure) | Some(SunReaction::PreferNotToSay) | None => Some(SkinToneNote::Unknown),
        Some(_) => None,
    };

    let mut q = Vec::new();
    push_unique(&mut q, ProviderQuestion::RightForMe);
    for r in &reasons {
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

    Plan {
        verdict,
        reasons,
        scars,
        severity: a.effective_visibility(),
        concerns,
        numbers,
        downtime: DowntimeAdvice::for_answer(a.downtime),
        skin_tone,
        aftercare: Aftercare::ALL.to_vec(),
        warning_signs: WarningSign::ALL.to_vec(),
        home_devices: HomeDevice::ALL.to_vec(),
        provider_questions: q,
        myths: Myth::ALL.to_vec(),
        notice: Notice::EducationNotDiagnosis,
    }
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
