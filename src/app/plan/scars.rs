//! Per scar type: what it is, how it responds, and what else to ask about.

use yew::prelude::*;

use super::section::heading;
use crate::core::catalog::Catalog;
use crate::core::plan::ScarAdvice;

/// One block per scar type; `level` is the heading level of each name.
pub fn scar_advice_list(c: &Catalog, advice: &[ScarAdvice], level: u8) -> Html {
    let t = &c.plan;
    let names = &c.quiz.questions.scars;
    advice
        .iter()
        .map(|a| {
            let add_ons = a
                .add_ons
                .iter()
                .filter_map(|x| t.add_ons.get(x))
                .map(|x| html! { <li><strong>{ &x.title }</strong>{ ": " }{ &x.body }</li> })
                .collect::<Html>();
            html! {
                <div class="mg-scar" key={a.scar.code()}>
                    <div class="mg-scar__head">
                        <span class="mg-scar__art" aria-hidden="true">{ crate::app::scar_art::scar_art(a.scar) }</span>
                        <div>
                            { heading(level, None, "mg-scar__name", false, names.label(&a.scar).to_string().into()) }
                            <p class="mg-badge">{ t.responses.get(&a.response).cloned().unwrap_or_default() }</p>
                        </div>
                    </div>
                    <p>{ t.scars.get(&a.scar).cloned().unwrap_or_default() }</p>
                    if !a.add_ons.is_empty() {
                        <p class="mg-scar__addons-title">{ &t.add_ons_heading }</p>
                        <ul class="mg-scar__addons">{ add_ons }</ul>
                    }
                </div>
            }
        })
        .collect()
}
