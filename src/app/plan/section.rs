//! A plan section: heading, body and the line citing its sources.

use yew::prelude::*;

/// Properties of [`PlanSection`].
#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    /// Heading level (one below the plan's title).
    pub level: u8,
    /// The heading text.
    pub title: AttrValue,
    /// A class naming the section, for styling and tests.
    pub name: AttrValue,
    /// The citation line, e.g. "Sources: 1, 2"; empty for none.
    #[prop_or_default]
    pub cite: AttrValue,
    /// The body.
    #[prop_or_default]
    pub children: Html,
}

/// The heading tag for a level, clamped to what HTML has.
pub fn tag(level: u8) -> String {
    format!("h{}", level.clamp(1, 6))
}

/// One section of the plan.
#[component]
pub fn PlanSection(props: &PlanSectionProps) -> Html {
    let class = classes!(
        "mg-plan__section",
        format!("mg-plan__section--{}", props.name)
    );
    html! {
        <section {class}>
            <@{tag(props.level)} class="mg-plan__heading">{ props.title.clone() }</@>
            { props.children.clone() }
            if !props.cite.is_empty() {
                <p class="mg-cite">{ props.cite.clone() }</p>
            }
        </section>
    }
}
