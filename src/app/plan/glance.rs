//! The plan at a glance: the summary card and the table of contents, both
//! rendered from [`crate::core::summary`]; every line is a button that opens
//! its section (folded on narrow screens) and moves focus to its heading.

use std::rc::Rc;
use yew::prelude::*;

use super::section::{section_id, tag};
use super::verdict::modifier;
use crate::core::catalog::Catalog;
use crate::core::plan::{Notice, Section};
use crate::core::summary::{section_name, Summary};

/// A button that looks like a link and opens a section.
fn jump(name: &str, class: &'static str, body: Html) -> Html {
    let id = section_id(name);
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(from) = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        {
            crate::platform::fold::reveal(&from, &id);
        }
    });
    html! { <button type="button" class={classes!("mg-jump", class)} {onclick}>{ body }</button> }
}

/// Properties of [`summary_card`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// The summary of the plan.
    pub summary: Summary,
    /// Heading level of the card's title.
    pub level: u8,
}

/// The verdict in one line with what sets it, the next steps and the
/// caution that matters most.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm.
pub fn summary_card(props: &SummaryProps) -> Html {
    let t = &props.catalog.plan;
    let g = &t.glance;
    let s = &props.summary;
    let verdict = t.verdicts.get(&s.verdict).map(|v| v.title.clone()).unwrap_or_default();
    let verdict_name = section_name(Section::Verdict);
    let steps = s
        .steps
        .iter()
        .filter_map(|step| {
            let text = t.provider_questions.get(&step.question)?;
            Some(
                html! { <li>{ jump(&section_name(step.section), "mg-glance__step", html! { { text.clone() } }) }</li> },
            )
        })
        .collect::<Html>();
    let caution = s.caution.and_then(|c| {
        let text = g.cautions.get(&c)?;
        Some(jump(
            &section_name(c.section()),
            "mg-glance__caution",
            html! { { text.clone() } },
        ))
    });
    let notice = t.notices.get(&Notice::EducationNotDiagnosis).map(|n| n.title.clone());
    html! {
        <section class={classes!("mg-glance", modifier(s.verdict))} aria-labelledby="mg-glance-title">
            <@{tag(props.level)} id="mg-glance-title" class="mg-glance__title">{ &g.title }</@>
            <p class="mg-glance__verdict">
                { jump(&verdict_name, "mg-glance__verdict-title", html! { { verdict } }) }
                { " " }<span class="mg-glance__why">{ g.why_text(&s.because) }</span>
            </p>
            <p class="mg-glance__label">{ &g.steps_title }</p>
            <ul class="mg-glance__steps">{ steps }</ul>
            if let Some(c) = caution {
                <p class="mg-glance__label">{ &g.caution_title }</p>
                <p class="mg-glance__line">{ c }</p>
            }
            if let Some(n) = notice {
                <p class="mg-glance__line mg-glance__notice">{ jump(&section_name(Section::Notice), "", html! { { n } }) }</p>
            }
        </section>
    }
}

/// Properties of [`contents`].
#[derive(Properties, PartialEq)]
pub struct ContentsProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// The sections shown, in order.
    pub sections: Vec<Section>,
    /// Heading level of the contents' title.
    pub level: u8,
    /// Whether the sections fold (a narrow screen): shows "open all".
    pub folding: bool,
    /// Whether every section is open.
    pub all_open: bool,
    /// Opens or closes every section.
    pub on_all: Callback<bool>,
}

/// The table of contents, with "Open all sections" on narrow screens.
pub fn contents(props: &ContentsProps) -> Html {
    let t = &props.catalog.plan;
    let g = &t.glance;
    let entry = |name: String, title: crate::core::tree::Text| html! { <li key={name.clone()}>{ jump(&name, "mg-contents__link", html! { { title } }) }</li> };
    let items = props
        .sections
        .iter()
        .map(|s| entry(section_name(*s), t.headings.get(s).cloned().unwrap_or_default()))
        .chain([
            entry("answers".into(), t.answers_heading.clone()),
            entry("sources".into(), t.sources_heading.clone()),
        ])
        .collect::<Html>();
    let all = props.all_open;
    let on_all = props.on_all.reform(move |_: MouseEvent| !all);
    html! {
        <nav class="mg-contents" aria-labelledby="mg-contents-title">
            <@{tag(props.level)} id="mg-contents-title" class="mg-contents__title">{ &g.contents_title }</@>
            if props.folding {
                <button type="button" class="mg-button mg-button--small mg-contents__all" onclick={on_all}>
                    { if all { &g.close_all } else { &g.open_all } }
                </button>
            }
            <ol class="mg-contents__list">{ items }</ol>
        </nav>
    }
}
