//! The plan's ids, each with the fact-base source numbers it rests on, and
//! the fixed tables that map an answer to them (a scar type's response and
//! add-ons, a concern's evidence, a reason's verdict level). Which ids a
//! visitor's plan holds is decided in [`super::build`].

use crate::core::quiz::{Concern, Downtime, Safety, ScarType};

id_enum! {
    /// The overall answer, from most to least encouraging; the order matters,
    /// since the verdict is the strictest level any reason asks for.
    Verdict {
        /// Microneedling is a reasonable option to ask about.
        LikelyToHelp,
        /// Talk it through with a provider before deciding.
        DiscussFirst,
        /// Not now (or not the treatment); the reasons say what to do instead.
        NotRightNow,
    }
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
    pub fn sources(&self) -> Vec<u8> {
        let mut s = Vec::new();
        add_sources(&mut s, scar_sources(self.scar));
        add_sources(&mut s, self.response.sources());
        for a in &self.add_ons {
            add_sources(&mut s, a.sources());
        }
        s
    }
}

/// Adds source numbers to `out`, which stays sorted and without repeats. A
/// sorted `Vec`, not a `BTreeSet`: the lists hold a few numbers, and each
/// set type cost KiB of wasm.
pub fn add_sources(out: &mut Vec<u8>, sources: &[u8]) {
    for n in sources {
        if let Err(at) = out.binary_search(n) {
            out.insert(at, *n);
        }
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
