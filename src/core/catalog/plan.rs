//! The text of the personal plan (`content/<lang>/plan.json`).

use std::borrow::Cow;

use super::{missing_keys, report, TextMap};
use crate::core::plan::{
    AddOn, Aftercare, DowntimeAdvice, Evidence, HomeDevice, Myth, Notice, NumberFact, ProviderQuestion, Reason,
    Response, Section, SkinToneNote, Verdict, WarningSign,
};
use crate::core::quiz::{Concern, ScarType, Visibility};
use crate::core::summary::Caution;
use crate::core::text::join;
use crate::core::tree::{Baker, Branch, Node, Reader, Text, TextTree};

text_struct! {
/// A short title with a body paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Titled {
    /// The title.
    pub title: Text,
    /// The body text.
    pub body: Text,
}
}

text_struct! {
/// A corrected claim.
#[derive(Debug, Clone, PartialEq)]
pub struct MythText {
    /// The claim as people say it.
    pub claim: Text,
    /// A one- or two-word verdict, such as "Myth" or "True, with a catch".
    pub verdict: Text,
    /// The accurate version.
    pub fact: Text,
}
}

text_struct! {
/// Text for the personal plan, keyed by the plan's ids.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanText {
    /// The plan's main heading.
    pub title: Text,
    /// One line under the heading.
    pub intro: Text,
    /// Heading of the summary of answers, each with a "Change" button.
    pub answers_heading: Text,
    /// Shown for an unanswered question in the summary.
    pub not_answered: Text,
    /// Section headings.
    pub headings: TextMap<Section, Text>,
    /// Verdict titles and explanations.
    pub verdicts: TextMap<Verdict, Titled>,
    /// One text per reason, saying what to do.
    pub reasons: TextMap<Reason, Text>,
    /// What each scar type is and how it fares.
    pub scars: TextMap<ScarType, Text>,
    /// Short labels for the response levels.
    pub responses: TextMap<Response, Text>,
    /// Treatments worth asking about.
    pub add_ons: TextMap<AddOn, Titled>,
    /// Heading above a scar's add-ons.
    pub add_ons_heading: Text,
    /// What each severity answer means.
    pub severity: TextMap<Visibility, Text>,
    /// Per other concern (all but "none").
    pub concerns: TextMap<Concern, Text>,
    /// Labels for evidence strength.
    pub evidence: TextMap<Evidence, Text>,
    /// The numbers worth knowing.
    pub numbers: TextMap<NumberFact, Text>,
    /// Downtime advice.
    pub downtime: TextMap<DowntimeAdvice, Text>,
    /// Skin colour notes.
    pub skin_tone: TextMap<SkinToneNote, Text>,
    /// Aftercare steps.
    pub aftercare: TextMap<Aftercare, Text>,
    /// The line above the warning signs ("call your provider if...").
    pub warning_signs_intro: Text,
    /// Signs after a session that mean calling the provider.
    pub warning_signs: TextMap<WarningSign, Text>,
    /// Home devices versus professional treatment.
    pub home_devices: TextMap<HomeDevice, Text>,
    /// Questions for the provider.
    pub provider_questions: TextMap<ProviderQuestion, Text>,
    /// Myth or fact.
    pub myths: TextMap<Myth, MythText>,
    /// Notices.
    pub notices: TextMap<Notice, Titled>,
    /// Citation line under a section, with a `{list}` slot.
    pub cite: Text,
    /// Heading of the numbered source list at the end of the plan.
    pub sources_heading: Text,
    /// The numbered source list.
    pub sources: TextMap<u8, Text>,
    /// The summary card, the table of contents and the section folds.
    pub glance: GlanceText,
}
}

text_struct! {
/// Text of the plan at a glance ([`crate::core::summary`]).
#[derive(Debug, Clone, PartialEq)]
pub struct GlanceText {
    /// Heading of the summary card.
    pub title: Text,
    /// The line naming what sets the verdict, with a `{list}` slot.
    pub why: Text,
    /// A few words per reason, for the `{list}` of `why`.
    pub reasons: TextMap<Reason, Text>,
    /// Heading of the next steps (the provider questions that fit).
    pub steps_title: Text,
    /// Heading of the caution.
    pub caution_title: Text,
    /// One caution each, in plain words.
    pub cautions: TextMap<Caution, Text>,
    /// Accessible name and heading of the table of contents.
    pub contents_title: Text,
    /// The button that opens every section on a narrow screen.
    pub open_all: Text,
    /// The button that closes them again.
    pub close_all: Text,
}
}

impl GlanceText {
    /// The `why` line for these reasons, their short names joined.
    pub fn why_text(&self, reasons: &[Reason]) -> String {
        let list = join(
            reasons.iter().filter_map(|r| self.reasons.get(r).map(Text::as_str)),
            "; ",
        );
        self.why.fill("list", &list)
    }
}

impl PlanText {
    /// Every plan id has text, so a plan can always be rendered in full.
    pub fn check_complete(&self) -> Result<(), String> {
        let mut m = Vec::new();
        missing_keys(&mut m, &self.headings, Section::ALL, "headings");
        missing_keys(&mut m, &self.verdicts, Verdict::ALL, "verdicts");
        missing_keys(&mut m, &self.reasons, Reason::ALL, "reasons");
        missing_keys(&mut m, &self.scars, ScarType::ALL, "scars");
        missing_keys(&mut m, &self.responses, Response::ALL, "responses");
        missing_keys(&mut m, &self.add_ons, AddOn::ALL, "add_ons");
        missing_keys(&mut m, &self.severity, Visibility::ALL, "severity");
        missing_keys(&mut m, &self.concerns, Concern::ITEMS, "concerns");
        missing_keys(&mut m, &self.evidence, Evidence::ALL, "evidence");
        missing_keys(&mut m, &self.numbers, NumberFact::ALL, "numbers");
        missing_keys(&mut m, &self.downtime, DowntimeAdvice::ALL, "downtime");
        missing_keys(&mut m, &self.skin_tone, SkinToneNote::ALL, "skin_tone");
        missing_keys(&mut m, &self.aftercare, Aftercare::ALL, "aftercare");
        missing_keys(&mut m, &self.warning_signs, WarningSign::ALL, "warning_signs");
        missing_keys(&mut m, &self.home_devices, HomeDevice::ALL, "home_devices");
        missing_keys(
            &mut m,
            &self.provider_questions,
            ProviderQuestion::ALL,
            "provider_questions",
        );
        missing_keys(&mut m, &self.myths, Myth::ALL, "myths");
        missing_keys(&mut m, &self.notices, Notice::ALL, "notices");
        missing_keys(&mut m, &self.glance.reasons, Reason::ALL, "glance.reasons");
        missing_keys(&mut m, &self.glance.cautions, Caution::ALL, "glance.cautions");
        report(m)
    }

    /// The citation line for a list of source numbers, such as "Sources: 1, 2".
    pub fn cite_text(&self, sources: &[u8]) -> String {
        let list = join(sources.iter().map(u8::to_string), ", ");
        self.cite.fill("list", &list)
    }
}
