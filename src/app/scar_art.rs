//! Small cross-section drawings of each scar type, for the scar question,
//! the "how to tell" guide and the plan. They repeat what the option text says, so the
//! callers hide them from assistive technology.
//!
//! Every drawing shares one frame: skin surface at y = 14 in a 64 x 40 box,
//! skin below it, so the shapes compare side by side.

use yew::prelude::*;

use crate::core::quiz::ScarType;

/// Skin with a dent or bump: `surface` is the outline of the top, drawn
/// from the left edge to the right edge.
fn skin(surface: &str, extra: Html) -> Html {
    let fill = format!("M0 40 L0 14 {surface} L64 14 L64 40 Z");
    html! {
        <svg class="mg-scar-art" viewBox="0 0 64 40" width="64" height="40" focusable="false">
            <path class="mg-scar-art__skin" d={fill} />
            { extra }
            <path class="mg-scar-art__surface" d={format!("M0 14 {surface} L64 14")} />
        </svg>
    }
}

/// A flat surface with a coloured patch in the top layer.
fn patch(modifier: &'static str) -> Html {
    html! {
        <svg class="mg-scar-art" viewBox="0 0 64 40" width="64" height="40" focusable="false">
            <path class="mg-scar-art__skin" d="M0 40 L0 14 L64 14 L64 40 Z" />
            <ellipse class={classes!("mg-scar-art__patch", modifier)} cx="32" cy="16" rx="14" ry="3.5" />
            <path class="mg-scar-art__surface" d="M0 14 L64 14" />
        </svg>
    }
}

/// The drawing for one scar type.
pub fn scar_art(scar: ScarType) -> Html {
    match scar {
        // Narrow at the top, pointed and deep: a V.
        ScarType::IcePick => skin("L27 14 L32 35 L37 14", html! {}),
        // Wide with steep walls and a flat floor: a U.
        ScarType::Boxcar => skin("L20 14 L21 27 Q21 29 23 29 L41 29 Q43 29 43 27 L44 14", html! {}),
        // Soft waves, tethered down by bands beneath the dips.
        ScarType::Rolling => skin(
            "C8 14 10 24 17 24 C24 24 26 14 32 14 C38 14 40 24 47 24 C54 24 56 14 64 14",
            html! {
                <>
                    <path class="mg-scar-art__band" d="M17 25 L15 39" />
                    <path class="mg-scar-art__band" d="M47 25 L49 39" />
                </>
            },
        ),
        // A bump that stays within the old spot.
        ScarType::Hypertrophic => skin("L20 14 C23 14 24 5 32 5 C40 5 41 14 44 14", html! {}),
        // A bump spreading past the old spot, with arrows outwards.
        ScarType::Keloid => skin(
            "L6 14 C12 14 14 4 32 4 C50 4 52 14 58 14",
            html! {
                <>
                    <path class="mg-scar-art__arrow" d="M12 22 L3 22 M6 19 L3 22 L6 25" />
                    <path class="mg-scar-art__arrow" d="M52 22 L61 22 M58 19 L61 22 L58 25" />
                </>
            },
        ),
        ScarType::Pih => patch("mg-scar-art__patch--brown"),
        ScarType::Pie => patch("mg-scar-art__patch--red"),
        // A question mark over flat skin.
        ScarType::NotSure => html! {
            <svg class="mg-scar-art" viewBox="0 0 64 40" width="64" height="40" focusable="false">
                <path class="mg-scar-art__skin" d="M0 40 L0 24 L64 24 L64 40 Z" />
                <path class="mg-scar-art__surface" d="M0 24 L64 24" />
                <path class="mg-scar-art__mark" d="M26 8 Q26 2 32 2 Q38 2 38 8 Q38 12 32 13 L32 17" />
                <circle class="mg-scar-art__dot" cx="32" cy="21" r="1.8" />
            </svg>
        },
    }
}
