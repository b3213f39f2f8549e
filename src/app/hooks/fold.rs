//! Whether the screen is narrow enough to fold the plan's sections.

use yew::prelude::*;

use crate::platform::fold;

/// Whether the screen is narrow now, re-rendering the component when it
/// crosses the width (a turned phone, a resized window); the media-query
/// listener goes with the component.
#[hook]
pub fn use_narrow_screen() -> bool {
    let narrow = use_state_eq(fold::is_narrow);
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let guard = fold::on_change(move |n| narrow.set(n));
            move || drop(guard)
        });
    }
    *narrow
}
