//! "Listen": reads a question or a plan section aloud.
//!
//! The guide owns the one reading in progress (there is one speech queue
//! per device) and hands each [`ListenButton`] a [`Listen`] context. The
//! buttons exist only when the device has an on-device voice for the
//! guide's language, and in kiosk mode only when the operator turned
//! reading aloud on.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

use crate::platform::speech::{local_voice, Reading, VoicesListener};

/// What a Listen button needs from the guide.
#[derive(Clone, PartialEq)]
pub struct Listen {
    /// The button's label.
    pub listen: AttrValue,
    /// Its label while it reads.
    pub stop: AttrValue,
    /// Which button is reading, if any.
    pub current: Option<AttrValue>,
    /// Starts reading the element for a button, or stops it if it is the
    /// one reading.
    pub toggle: Callback<(AttrValue, web_sys::Element)>,
}

/// The reading state of a guide: whether a voice exists, which button is
/// reading, and the reading itself. `None` as a context means no buttons.
#[hook]
pub fn use_listen(lang: &'static str, allowed: bool, labels: (String, String), screen: &'static str) -> Option<Listen> {
    let voice = use_state_eq(|| allowed && local_voice(lang).is_some());
    let current = use_state_eq(|| None::<AttrValue>);
    let reading: Rc<RefCell<Option<Reading>>> = use_mut_ref(|| None);
    // Counts readings, so a reading that ends after another began is ignored.
    let generation: Rc<RefCell<u32>> = use_mut_ref(|| 0);
    {
        // One effect for both: any move to another screen or question, or
        // another language, stops the reading (so does leaving: a kiosk
        // reset remounts); and the voices are looked at again, because they
        // often arrive after the page loads, and can change.
        let voice = voice.clone();
        let reading = reading.clone();
        let current = current.clone();
        use_effect_with((screen, lang, allowed), move |&(_, lang, allowed)| {
            reading.borrow_mut().take();
            current.set(None);
            voice.set(allowed && local_voice(lang).is_some());
            let guard = allowed
                .then(|| VoicesListener::new(move || voice.set(local_voice(lang).is_some())))
                .flatten();
            move || {
                drop(guard);
                reading.borrow_mut().take();
            }
        });
    }
    if !*voice {
        return None;
    }
    let toggle = {
        let current = current.clone();
        let reading = reading.clone();
        let generation = generation.clone();
        Callback::from(move |(id, el): (AttrValue, web_sys::Element)| {
            let again = current.as_ref() == Some(&id);
            // The old reading stops first, whichever button it belonged to.
            reading.borrow_mut().take();
            if again {
                current.set(None);
                return;
            }
            let this = {
                let mut g = generation.borrow_mut();
                *g = g.wrapping_add(1);
                *g
            };
            let done = {
                let current = current.clone();
                let reading = reading.clone();
                let generation = generation.clone();
                move || {
                    // Only if this reading is still the one on: a later
                    // press may have replaced it.
                    if *generation.borrow() == this {
                        reading.borrow_mut().take();
                        current.set(None);
                    }
                }
            };
            let started = local_voice(lang).and_then(|v| Reading::start(&el, &v, done));
            let on = started.is_some();
            *reading.borrow_mut() = started;
            current.set(on.then_some(id));
        })
    };
    Some(Listen {
        listen: AttrValue::from(labels.0),
        stop: AttrValue::from(labels.1),
        current: (*current).clone(),
        toggle,
    })
}

/// Properties of [`ListenButton`].
#[derive(Properties, PartialEq)]
pub struct ListenButtonProps {
    /// Unique among the buttons on screen.
    pub id: AttrValue,
    /// What it reads (the screen reader hears "Listen: {name}").
    pub name: AttrValue,
    /// The element whose text it reads.
    pub target: NodeRef,
}

/// A button that reads its target aloud; nothing without a voice.
#[component]
pub fn ListenButton(props: &ListenButtonProps) -> Html {
    let Some(listen) = use_context::<Option<Listen>>().flatten() else {
        return html! {};
    };
    let reading = listen.current.as_ref() == Some(&props.id);
    let onclick = {
        let id = props.id.clone();
        let target = props.target.clone();
        let toggle = listen.toggle.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = target.cast::<web_sys::Element>() {
                toggle.emit((id.clone(), el));
            }
        })
    };
    let label = if reading { &listen.stop } else { &listen.listen };
    // The visible word starts the name (WCAG 2.5.3); the rest says what is read.
    let name = format!("{label}: {}", props.name);
    html! {
        <button type="button" class={if reading { "mg-button mg-listen mg-listen--on" } else { "mg-button mg-listen" }}
            aria-label={name} {onclick}>
            <svg class="mg-listen__icon" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
                if reading {
                    <rect x="6" y="6" width="12" height="12" rx="1" />
                } else {
                    <path d="M4 9 H8 L13 5 V19 L8 15 H4 Z M16 9 Q18 12 16 15 M18.5 7 Q22 12 18.5 17" />
                }
            </svg>
            { label.clone() }
        </button>
    }
}
