//! Whether the guide is narrow enough to fold the plan's sections.

use web_sys::Element;
use yew::prelude::*;

use crate::platform::fold;

/// Whether the guide that `node` is drawn in is narrow now, re-rendering
/// the component when it crosses the width (a turned phone, a resized
/// window or sidebar); the listener goes with the component. The first
/// render guesses from the screen; the effect, which runs before the
/// browser paints, reads the guide's own width.
#[hook]
pub fn use_narrow_guide(node: NodeRef) -> bool {
    let narrow = use_state_eq(fold::is_narrow);
    {
        let narrow = narrow.clone();
        use_effect_with(node, move |node| {
            let guard = node
                .cast::<Element>()
                .and_then(|el| fold::watch(&el, move |n| narrow.set(n)));
            move || drop(guard)
        });
    }
    *narrow
}
