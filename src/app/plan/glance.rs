//! The plan at a glance: the summary card and the table of contents, both
//! rendered from [`crate::core::summary`]; every line is a button that opens
//! its section (folded on narrow screens) and moves focus to its heading.

use yew::prelude::*;

use super::section::{heading, section_id, Part};
use super::verdict::modifier;
use crate::core::catalog::PlanText;
use crate::core::plan::{Notice, Section};
use crate::core::summary::{section_name, Summary};

/// A button that looks like a link and opens a section.
fn jump(name: &str, class: &'static str, text: AttrValue) -> Html {
    let id = section_id(name);
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(from) = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        {
            crate::platform::fold::reveal(&from, &id);
        }
    });
    html! { <button type="button" class={classes!("mg-jump", class)} {onclick}>{ text }</button> }
}

/// The verdict in one line with what sets it, the next steps and the
/// caution that matters most; `level` is the heading level of its title.
pub fn summary_card(t: &PlanText, s: &Summary, level: u8) -> Html {
    let g = &t.glance;
    let verdict = t.verdicts.get(&s.verdict).map(|v| v.title.clone()).unwrap_or_default();
    let verdict_name = section_name(Section::Verdict);
    let steps = s
        .steps
        .iter()
        .filter_map(|step| {
            let text = t.provider_questions.get(&step.question)?;
            Some(html! { <li>{ jump(&section_name(step.section), "mg-glance__step", text.into()) }</li> })
        })
        .collect::<Html>();
    let caution = s.caution.and_then(|c| {
        let text = g.cautions.get(&c)?;
        Some(jump(&section_name(c.section()), "mg-glance__caution", text.into()))
    });
    let notice = t.notices.get(&Notice::EducationNotDiagnosis).map(|n| n.title.clone());
    html! {
        <section class={classes!("mg-glance", modifier(s.verdict))} aria-labelledby="mg-glance-title">
            { heading(level, Some("mg-glance-title"), "mg-glance__title", false, (&g.title).into()) }
            <p class="mg-glance__verdict">
                { jump(&verdict_name, "mg-glance__verdict-title", verdict.into()) }
                { " " }<span class="mg-glance__why">{ g.why_text(&s.because) }</span>
            </p>
            <p class="mg-glance__label">{ &g.steps_title }</p>
            <ul class="mg-glance__steps">{ steps }</ul>
            if let Some(c) = caution {
                <p class="mg-glance__label">{ &g.caution_title }</p>
                <p class="mg-glance__line">{ c }</p>
            }
            if let Some(n) = notice {
                <p class="mg-glance__line mg-glance__notice">{ jump(&section_name(Section::Notice), "", n.into()) }</p>
            }
        </section>
    }
}

/// The table of contents of the plan's `parts`, with "Open all sections"
/// (or "Close all") when the sections fold (`folding`, a narrow screen);
/// `on_all` opens or closes them all.
pub fn contents(
    t: &PlanText,
    parts: &[Part],
    level: u8,
    folding: bool,
    all_open: bool,
    on_all: Callback<MouseEvent>,
) -> Html {
    let g = &t.glance;
    let items = parts
        .iter()
        .map(|p| {
            let name = p.name();
            html! { <li key={name.clone()}>{ jump(&name, "mg-contents__link", p.title(t).into()) }</li> }
        })
        .collect::<Html>();
    html! {
        <nav class="mg-contents" aria-labelledby="mg-contents-title">
            { heading(level, Some("mg-contents-title"), "mg-contents__title", false, (&g.contents_title).into()) }
            if folding {
                <button type="button" class="mg-button mg-button--small mg-contents__all" onclick={on_all}>
                    { if all_open { &g.close_all } else { &g.open_all } }
                </button>
            }
            <ol class="mg-contents__list">{ items }</ol>
        </nav>
    }
}
