//! The clinic's name and logo above every screen, and its contact actions.

use std::rc::Rc;
use yew::prelude::*;

use crate::core::catalog::{AppText, Catalog};
use crate::core::config::Clinic;

/// Properties of [`clinic_bar`].
#[derive(Properties, PartialEq)]
pub struct ClinicBarProps {
    /// The clinic's details from its attributes.
    pub clinic: Clinic,
    /// All text.
    pub catalog: Rc<Catalog>,
}

/// Logo and name, when the clinic gave them; nothing otherwise.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm.
pub fn clinic_bar(props: &ClinicBarProps) -> Html {
    let c = &props.clinic;
    if c.name.is_none() && c.logo.is_none() {
        return Html::default();
    }
    // With the name beside it the logo adds nothing for a screen reader.
    let alt = if c.name.is_some() {
        Default::default()
    } else {
        props.catalog.app.clinic_logo_alt.clone()
    };
    html! {
        <div class="mg-clinic" part="clinic">
            // Low priority: a small picture beside the guide's own first
            // screen, never its largest paint; the first screen needs no
            // request beyond the shim (issue 14).
            if let Some(src) = &c.logo {
                <img class="mg-clinic__logo" src={src.clone()} alt={alt} fetchpriority="low" />
            }
            if let Some(name) = &c.name {
                <bdi class="mg-clinic__name">{ name }</bdi>
            }
        </div>
    }
}

/// Book and call actions for the plan; nothing when the clinic gave
/// neither. `on_book` is called when the visitor follows the booking link.
pub fn clinic_contact(c: &Clinic, t: &AppText, on_book: &Callback<()>) -> Html {
    if c.booking_url.is_none() && c.phone.is_none() {
        return Html::default();
    }
    let on_book = on_book.reform(|_: MouseEvent| ());
    let tel: Option<String> = c.phone.as_ref().map(|p| {
        let digits: String = p.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect();
        format!("tel:{digits}")
    });
    html! {
        <div class="mg-contact" part="contact">
            if let Some(url) = &c.booking_url {
                <a class="mg-button mg-button--primary" href={url.clone()} target="_blank" rel="noopener noreferrer" onclick={on_book}>
                    { &t.book }
                </a>
            }
            if let (Some(phone), Some(tel)) = (&c.phone, tel) {
                <a class="mg-button" href={tel}>{ t.call.fill("phone", phone) }</a>
            }
        </div>
    }
}
