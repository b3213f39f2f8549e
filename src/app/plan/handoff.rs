//! The kiosk plan's QR hand-off: the visitor's own plan link, and the
//! clinic's booking page when it has one. Links are never rendered as
//! anchors on a kiosk; a phone camera takes them away instead.
//!
//! Part of the plan, shown when the guide's context says it is on a kiosk;
//! the pages the codes open come from that context too.

use std::rc::Rc;
use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::qr::{handoff_link, qr_path};
use crate::core::quiz::Answers;

/// Properties of [`handoff`].
#[derive(Properties, PartialEq)]
pub struct HandoffProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// The visitor's answers.
    pub answers: Answers,
    /// The standalone page the plan link opens.
    pub page: Option<String>,
    /// The clinic's booking link; only a web address becomes a code.
    pub booking_url: Option<String>,
}

/// One QR code with its caption.
fn code(text: &str, caption: &str, class: &'static str) -> Html {
    let Some(q) = qr_path(text) else {
        return Html::default();
    };
    let view = format!("0 0 {0} {0}", q.size);
    html! {
        <figure class={classes!("mg-qr", class)} data-url={text.to_string()}>
            <svg class="mg-qr__code" viewBox={view} focusable="false" aria-hidden="true" shape-rendering="crispEdges">
                <rect class="mg-qr__bg" x="0" y="0" width={q.size.to_string()} height={q.size.to_string()} />
                <path class="mg-qr__dark" d={q.d} />
            </svg>
            <figcaption>{ caption }</figcaption>
        </figure>
    }
}

/// The QR codes under the kiosk plan.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm.
pub fn handoff(props: &HandoffProps) -> Html {
    let t = &props.catalog.app.kiosk;
    let plan = props.page.as_deref().map(|p| handoff_link(p, &props.answers));
    let booking = props.booking_url.clone().filter(|u| u.starts_with("http"));
    if plan.is_none() && booking.is_none() {
        return Html::default();
    }
    html! {
        <div class="mg-handoff">
            <h2 class="mg-handoff__title">{ &t.handoff_title }</h2>
            <div class="mg-handoff__codes">
                if let Some(p) = plan { { code(&p, &t.handoff_plan, "mg-qr--plan") } }
                if let Some(b) = booking { { code(&b, &t.handoff_booking, "mg-qr--booking") } }
            </div>
            <p class="mg-privacy">{ &t.handoff_privacy }</p>
        </div>
    }
}
