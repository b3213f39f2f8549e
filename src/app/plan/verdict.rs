//! The verdict box: an icon and a title that differ per verdict (so the
//! difference never rests on colour alone), the explanation and the reasons.

use yew::prelude::*;

use crate::core::catalog::PlanText;
use crate::core::plan::{Reason, Verdict};

/// The icon for a verdict: a tick, a speech bubble, a pause sign.
fn icon(v: Verdict) -> Html {
    let d = match v {
        Verdict::LikelyToHelp => "M13 24.5 L20.5 32 L35 16.5",
        Verdict::DiscussFirst => {
            "M13 15 H35 Q37 15 37 17 V29 Q37 31 35 31 H22 L16 36 V31 H13 Q11 31 11 29 V17 Q11 15 13 15 Z"
        }
        Verdict::NotRightNow => "M19 15 V33 M29 15 V33",
    };
    html! {
        <svg class="mg-verdict__icon" viewBox="0 0 48 48" width="48" height="48" focusable="false" aria-hidden="true">
            <circle cx="24" cy="24" r="22" />
            <path {d} />
        </svg>
    }
}

/// The class modifier of a verdict.
pub fn modifier(v: Verdict) -> &'static str {
    match v {
        Verdict::LikelyToHelp => "mg-verdict--likely",
        Verdict::DiscussFirst => "mg-verdict--discuss",
        Verdict::NotRightNow => "mg-verdict--wait",
    }
}

/// The verdict and its reasons, most important first.
pub fn verdict_box(t: &PlanText, verdict: Verdict, reasons: &[Reason]) -> Html {
    let Some(v) = t.verdicts.get(&verdict) else {
        return html! {};
    };
    html! {
        <div class={classes!("mg-verdict", modifier(verdict))}>
            <div class="mg-verdict__head">
                { icon(verdict) }
                <p class="mg-verdict__title">{ &v.title }</p>
            </div>
            <p>{ &v.body }</p>
            { super::list("ul", "mg-verdict__reasons", super::texts(reasons, &t.reasons)) }
        </div>
    }
}
