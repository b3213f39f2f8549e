//! A screen's main heading: its level follows the host, and it takes focus
//! when the visitor arrives on a new screen so screen readers announce it.

use yew::prelude::*;

/// Properties of [`ScreenHeading`].
#[derive(Properties, PartialEq)]
pub struct ScreenHeadingProps {
    /// The heading text.
    pub text: AttrValue,
    /// `true` on the standalone page, where the widget owns the `h1`; inside a
    /// clinic's page the clinic owns it and the widget starts at `h2`.
    pub top_level: bool,
    /// Move focus here once mounted (after the visitor changed screens).
    pub focus: bool,
}

/// The focusable heading that opens every screen.
#[component]
pub fn ScreenHeading(props: &ScreenHeadingProps) -> Html {
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
    let tag = if props.top_level { "h1" } else { "h2" };
    html! {
        <@{tag} class="mg-heading" tabindex="-1" ref={node}>{ props.text.clone() }</@>
    }
}
