//! The "Still there?" dialog (WCAG 2.2.1): a visible countdown and one tap
//! to keep going.

use std::rc::Rc;
use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::kiosk::announce_at;

/// Properties of [`still_there`].
#[derive(Properties, PartialEq)]
pub struct StillThereProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// Seconds left before the reset.
    pub seconds: u32,
    /// The countdown's full length, in seconds.
    pub total: u32,
    /// Called on "I'm still here".
    pub on_still_here: Callback<MouseEvent>,
    /// The button, which the shell focuses when the dialog opens
    /// (`hooks::kiosk::use_dialog_focus`).
    pub button: NodeRef,
}

/// The modal dialog. A plain function, not a component: the shell owns its
/// focus, and it re-renders with the shell every second anyway.
pub fn still_there(props: &StillThereProps) -> Html {
    let t = &props.catalog.app.kiosk;
    // The polite region changes only now and then; the visible line every second.
    let announced = (props.seconds..=props.total)
        .find(|s| announce_at(*s, props.total))
        .unwrap_or(props.total);
    let text = |s: u32| t.resetting_in.fill("seconds", &s.to_string());
    html! {
        <div class="mg-kiosk__backdrop">
            <div class="mg-dialog" role="dialog" aria-modal="true" aria-labelledby="mg-still-title" aria-describedby="mg-still-body">
                <h2 id="mg-still-title" class="mg-dialog__title">{ &t.still_there_title }</h2>
                <p id="mg-still-body">{ &t.still_there_body }</p>
                <p class="mg-dialog__count" aria-hidden="true">{ text(props.seconds) }</p>
                <p class="mg-sr" aria-live="polite">{ text(announced) }</p>
                <button type="button" class="mg-button mg-button--primary mg-dialog__ok" ref={props.button.clone()}
                    onclick={props.on_still_here.clone()}>{ &t.still_here }</button>
            </div>
        </div>
    }
}
