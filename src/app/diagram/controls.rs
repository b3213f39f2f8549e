//! Playback controls of the healing scene: play/pause, phase steps, the
//! time scrubber and the speed. All native buttons and inputs, so the
//! keyboard works without extra code. The scrubber's position and spoken
//! time are written by the frames (`super::live`), not rendered here.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::playback::{PlaybackAction, Shown, Speed, SPEEDS};
use crate::core::scene::fixed;
use crate::core::timeline::DURATION;

/// Properties of [`controls`].
#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// The playback state shown (all but the running time).
    pub shown: Shown,
    /// Sends the visitor's actions.
    pub on_action: Callback<PlaybackAction>,
    /// Instance-unique id prefix.
    pub prefix: AttrValue,
}

/// The speed's label from the catalog.
fn speed_label(c: &crate::core::catalog::ControlLabels, s: Speed) -> &str {
    match s {
        Speed::Half => &c.speed_half,
        Speed::Normal => &c.speed_normal,
        Speed::Double => &c.speed_double,
    }
}

/// Play/pause, previous/next phase, time and speed.
/// A plain function, not a component: it has no state, and it renders
/// only when the healing scene does (when what it shows changes).
pub fn controls(props: &ControlsProps) -> Html {
    let c = &props.catalog.diagram.controls;
    let pb = props.shown;
    let p = props.prefix.as_str();
    let act = |a: PlaybackAction| props.on_action.reform(move |_: MouseEvent| a);
    let on_seek = props.on_action.reform(|e: InputEvent| {
        let v = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            // The number as the browser reads it: no float parser in the wasm.
            .map(|i| i.value_as_number())
            .filter(|v| v.is_finite())
            .unwrap_or(0.0);
        PlaybackAction::Seek(v)
    });
    let on_speed = props.on_action.reform(|e: Event| {
        let key = e
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default();
        let speed = SPEEDS.into_iter().find(|s| s.key() == key).unwrap_or(Speed::Normal);
        PlaybackAction::SetSpeed(speed)
    });
    let (play_label, play_action) = if pb.playing {
        (&c.pause, PlaybackAction::Pause)
    } else {
        (&c.play, PlaybackAction::Play)
    };
    // aria-disabled instead of `disabled`: a disabled button would drop
    // keyboard focus to the page when the last phase is reached.
    let back_off = !pb.can_step_back;
    let fwd_off = !pb.can_step_forward;
    let prev = if back_off {
        Callback::noop()
    } else {
        act(PlaybackAction::PrevPhase)
    };
    let next = if fwd_off {
        Callback::noop()
    } else {
        act(PlaybackAction::NextPhase)
    };
    let time_id = format!("{p}-time");
    let speed_id = format!("{p}-speed");
    html! {
        <div class="mg-dia__controls" role="group" aria-label={c.playback.clone()}>
            <div class="mg-dia__buttons">
                <button type="button" class="mg-button mg-dia__prev" onclick={prev}
                    aria-disabled={back_off.then_some("true")}>{ c.previous_phase.clone() }</button>
                // With reduced motion nothing plays by itself: the phase
                // steps replace Play and the speed.
                if !pb.reduced_motion {
                    <button type="button" class="mg-button mg-button--primary mg-dia__play"
                        onclick={act(play_action)}>{ play_label.clone() }</button>
                }
                <button type="button" class="mg-button mg-dia__next" onclick={next}
                    aria-disabled={fwd_off.then_some("true")}>{ c.next_phase.clone() }</button>
            </div>
            <div class="mg-dia__scrub">
                <label for={time_id.clone()}>{ c.time.clone() }</label>
                <input type="range" id={time_id} class="mg-dia__scrubber" min="0" max={fixed(DURATION, 0)}
                    step="0.1" oninput={on_seek} />
            </div>
            if !pb.reduced_motion {
                <div class="mg-dia__speed">
                    <label for={speed_id.clone()}>{ c.speed.clone() }</label>
                    <select id={speed_id} class="mg-dia__speed-select" onchange={on_speed}>
                        { for SPEEDS.iter().map(|&s| html! {
                            <option value={s.key()} selected={s == pb.speed}>{ speed_label(c, s).to_owned() }</option>
                        }) }
                    </select>
                </div>
            }
        </div>
    }
}
