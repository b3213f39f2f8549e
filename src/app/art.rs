//! Small decorative drawings. They carry no information, so they are hidden
//! from assistive technology by their callers.

use yew::prelude::*;

/// A calm, stylised skin cross-section for the welcome screen: surface,
/// two dermis bands with wavy collagen, and fat lobules.
pub fn skin_layers() -> Html {
    html! {
        <svg class="mg-art" viewBox="0 0 320 120" focusable="false" role="presentation">
            <rect class="mg-art__fat" x="0" y="84" width="320" height="36" rx="6" />
            <circle class="mg-art__lobule" cx="40" cy="104" r="14" />
            <circle class="mg-art__lobule" cx="96" cy="106" r="12" />
            <circle class="mg-art__lobule" cx="150" cy="103" r="15" />
            <circle class="mg-art__lobule" cx="208" cy="106" r="12" />
            <circle class="mg-art__lobule" cx="262" cy="104" r="14" />
            <rect class="mg-art__dermis" x="0" y="26" width="320" height="60" rx="6" />
            <path class="mg-art__collagen" d="M10 48 q20 -8 40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t30 0" />
            <path class="mg-art__collagen" d="M10 66 q20 8 40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t30 0" />
            <path class="mg-art__epidermis" d="M0 22 q40 -6 80 0 t80 0 t80 0 t80 0 v10 h-320 z" />
        </svg>
    }
}
