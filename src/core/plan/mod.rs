//! The personal plan: what the answers mean, as structured data.
//!
//! A [`Plan`] holds only ids; every word lives in `content/<lang>/plan.json`.
//! That keeps the medical decisions here, testable for every combination of
//! answers, and keeps translation a pure content job. Every id knows the
//! fact-base source numbers it rests on, so each section can cite them.
//!
//! - [`ids`]: the ids with their sources, and the fixed tables behind them.
//! - [`build`]: the rules that pick a visitor's ids, in named steps.

use std::collections::BTreeSet;

use super::quiz::Visibility;

mod build;
mod ids;

pub use build::build_plan;
pub use ids::*;

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
