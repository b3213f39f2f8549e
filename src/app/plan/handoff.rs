//! The kiosk plan's QR hand-off: the visitor's own plan link, and the
//! clinic's booking page when it has one. Links are never rendered as
//! anchors on a kiosk; a phone camera takes them away instead.
//!
//! Part of the plan, shown when the guide's context says it is on a kiosk;
//! the pages the codes open come from that context too.

use yew::prelude::*;

use crate::core::catalog::KioskText;
use crate::core::qr::{handoff_link, qr_path};
use crate::core::quiz::Answers;

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

/// The QR codes under the kiosk plan: the plan link on `page` (the
/// standalone page) with the visitor's `answers`, and the clinic's booking
/// link when it is a web address.
pub fn handoff(t: &KioskText, answers: &Answers, page: Option<&str>, booking_url: Option<&str>) -> Html {
    let plan = page.map(|p| handoff_link(p, answers));
    let booking = booking_url.filter(|u| u.starts_with("http"));
    if plan.is_none() && booking.is_none() {
        return Html::default();
    }
    html! {
        <div class="mg-handoff">
            <h2 class="mg-handoff__title">{ &t.handoff_title }</h2>
            <div class="mg-handoff__codes">
                if let Some(p) = plan { { code(&p, &t.handoff_plan, "mg-qr--plan") } }
                if let Some(b) = booking { { code(b, &t.handoff_booking, "mg-qr--booking") } }
            </div>
            <p class="mg-privacy">{ &t.handoff_privacy }</p>
        </div>
    }
}
