//! "Step 2 of 6" in words and as a bar.

use yew::prelude::*;

/// Properties of [`progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The words, e.g. "Step 2 of 6".
    pub text: AttrValue,
    /// The current step, 1-based.
    pub value: usize,
    /// The number of steps.
    pub max: usize,
    /// Id of the text, which names the bar.
    pub id: AttrValue,
}

/// Progress text (a polite live region, so a step change is announced
/// even though focus moves to the heading) and a native `<progress>` bar
/// named by that text.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm.
pub fn progress(props: &ProgressProps) -> Html {
    html! {
        <div class="mg-progress">
            <p id={props.id.clone()} class="mg-progress__text" aria-live="polite">{ props.text.clone() }</p>
            <progress class="mg-progress__bar" aria-labelledby={props.id.clone()}
                value={props.value.to_string()} max={props.max.max(1).to_string()}>
                { props.text.clone() }
            </progress>
        </div>
    }
}
