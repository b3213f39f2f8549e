//! A plan section: heading, body and the line citing its sources. On a
//! narrow screen it folds into a native `<details>` (the verdict open, the
//! rest closed); "open all" and print show everything.

use yew::prelude::*;

use crate::app::listen::ListenButton;
use crate::core::catalog::PlanText;
use crate::core::plan::{Plan, Section};
use crate::core::summary::{section_name, shown_sections};
use crate::core::tree::Text;

/// A part of the plan under its own heading: a section the core shows for
/// these answers, or one of the two every plan ends with. The table of
/// contents and the sections both come from [`Part::shown`], so every entry
/// has its section.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part {
    /// A section of the plan proper.
    Section(Section),
    /// The answers, each with a Change button.
    Answers,
    /// The numbered list of sources.
    Sources,
}

impl Part {
    /// The parts a plan shows, in order.
    pub fn shown(plan: &Plan) -> Vec<Part> {
        shown_sections(plan)
            .into_iter()
            .map(Part::Section)
            .chain([Part::Answers, Part::Sources])
            .collect()
    }

    /// Its name in markup (class, id); see [`section_id`].
    pub fn name(self) -> String {
        match self {
            Part::Section(s) => section_name(s),
            Part::Answers => "answers".into(),
            Part::Sources => "sources".into(),
        }
    }

    /// Its heading.
    pub fn title(self, t: &PlanText) -> Text {
        match self {
            Part::Section(s) => t.headings.get(&s).cloned().unwrap_or_default(),
            Part::Answers => t.answers_heading.clone(),
            Part::Sources => t.sources_heading.clone(),
        }
    }
}

/// How the plan's sections fold, decided by the plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fold {
    /// Whether sections fold (a narrow screen).
    pub folding: bool,
    /// Whether every section is open ("Open all sections").
    pub all_open: bool,
}

/// Properties of [`PlanSection`].
#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    /// Heading level (one below the plan's title).
    pub level: u8,
    /// Whether it folds, and whether open.
    pub fold: Fold,
    /// The heading text.
    pub title: AttrValue,
    /// A class naming the section, for styling and tests; also its id.
    pub name: AttrValue,
    /// The citation line, e.g. "Sources: 1, 2"; empty for none.
    #[prop_or_default]
    pub cite: AttrValue,
    /// The body.
    #[prop_or_default]
    pub children: Html,
}

/// The id of a section's element, for the summary's and contents' jumps.
pub fn section_id(name: &str) -> String {
    format!("mg-plan-{name}")
}

/// A heading at `level` (clamped to what HTML has): every heading of the
/// plan below its title, through one dynamic tag. Only the sections'
/// headings are `focusable`: by the summary's and the contents' jumps,
/// never by Tab.
pub fn heading(level: u8, id: Option<&'static str>, class: &'static str, focusable: bool, text: AttrValue) -> Html {
    html! {
        <@{format!("h{}", level.clamp(1, 6))} {id} tabindex={focusable.then_some("-1")} {class}>{ text }</@>
    }
}

/// One section of the plan.
#[component]
pub fn PlanSection(props: &PlanSectionProps) -> Html {
    let fold = props.fold;
    let node = use_node_ref();
    let class = classes!(
        "mg-plan__section",
        format!("mg-plan__section--{}", props.name),
        fold.folding.then_some("mg-fold")
    );
    let id = section_id(&props.name);
    let heading = heading(props.level, None, "mg-plan__heading", true, props.title.clone());
    let body = html! {
        <>
            <ListenButton id={props.name.clone()} name={props.title.clone()} target={node.clone()} />
            { props.children.clone() }
            if !props.cite.is_empty() {
                <p class="mg-cite" data-mg-noread="">{ props.cite.clone() }</p>
            }
        </>
    };
    if fold.folding {
        let open = fold.all_open || props.name == "verdict";
        return html! {
            <details {class} {id} {open} ref={node}>
                <summary class="mg-fold__summary">{ heading }</summary>
                <div class="mg-fold__body">{ body }</div>
            </details>
        };
    }
    html! {
        <section {class} {id} ref={node}>
            { heading }
            { body }
        </section>
    }
}
