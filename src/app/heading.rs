//! Headings: a screen's main heading, whose level follows the host and which
//! takes focus when the visitor arrives on a new screen so screen readers
//! announce it, and the headings below it, whose level is worked out at run
//! time.

use yew::prelude::*;

use super::hooks::guide::use_guide;

/// A heading element of `level` (1 to 6) with `class`, and `tabindex="-1"`
/// when `focusable`. The one place the app names a tag at run time: each
/// `<@{tag}>` costs a check for the form tags (`input`, `textarea`) in the wasm.
pub fn heading(level: u8, class: &'static str, focusable: bool, node: NodeRef, text: AttrValue) -> Html {
    let tag = format!("h{}", level.clamp(1, 6));
    html! {
        <@{tag} {class} tabindex={focusable.then_some("-1")} ref={node}>{ text }</@>
    }
}

/// Properties of [`ScreenHeading`].
#[derive(Properties, PartialEq)]
pub struct ScreenHeadingProps {
    /// The heading text.
    pub text: AttrValue,
    /// Move focus here once mounted (after the visitor changed screens).
    pub focus: bool,
}

/// The focusable heading that opens every screen: an `h1` where the widget
/// owns the page's (see [`Guided::top_level`](super::hooks::guide::Guided::top_level)), an `h2` inside a clinic's page.
#[component]
pub fn ScreenHeading(props: &ScreenHeadingProps) -> Html {
    let top_level = use_guide().top_level;
    let node = use_node_ref();
    {
        let node = node.clone();
        let focus = props.focus;
        use_effect_with((), move |_| {
            if focus {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    // A failed focus call only costs the announcement; ignore it.
                    let _ = el.focus();
                }
            }
        });
    }
    heading(
        if top_level { 1 } else { 2 },
        "mg-heading",
        true,
        node,
        props.text.clone(),
    )
}
