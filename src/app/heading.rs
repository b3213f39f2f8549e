//! A screen's main heading: its level follows the host, and it takes focus
//! when the visitor arrives on a new screen so screen readers announce it.

use yew::prelude::*;

use super::hooks::guide::use_guide;

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
    let tag = if top_level { "h1" } else { "h2" };
    html! {
        <@{tag} class="mg-heading" tabindex="-1" ref={node}>{ props.text.clone() }</@>
    }
}
