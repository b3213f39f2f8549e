//! Colours of the diagrams: how each tissue is drawn, the skin tones a
//! visitor can pick, and the label ink that stays readable on each.

use crate::core::color::Rgb;

/// Tissue and cell kinds that need a distinguishable look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tissue {
    /// The top layer.
    Epidermis,
    /// The supporting layer with collagen and vessels.
    Dermis,
    /// Fat below the dermis.
    Fat,
    /// Thin, wavy new collagen.
    CollagenIII,
    /// Thick, aligned mature collagen.
    CollagenI,
    /// Blood vessels, old and new.
    Vessel,
    /// The fibrin clot in a channel.
    Clot,
    /// Scar tissue and tethering bands.
    Scar,
}

/// How one tissue is drawn, so it is distinguishable without colour alone:
/// each has its own SVG pattern and stroke width, and a label in the catalog.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TissueStyle {
    /// Fill colour as `#rrggbb` (soft palette; the epidermis colour comes
    /// from the chosen [`SkinTone`] instead).
    pub fill: &'static str,
    /// Outline / line colour as `#rrggbb`.
    pub stroke: &'static str,
    /// Line width in millimetres: type I collagen is drawn thicker than type
    /// III, as it is in life.
    pub stroke_mm: f64,
    /// Id of the SVG `<pattern>` the component defines for this tissue.
    pub pattern_id: &'static str,
    /// A short description of the pattern for the component author to draw
    /// (`"dots"`, `"hatch"` ...), stable across languages.
    pub pattern: &'static str,
}

impl Tissue {
    /// Every tissue kind.
    pub const ALL: [Tissue; 8] = [
        Tissue::Epidermis,
        Tissue::Dermis,
        Tissue::Fat,
        Tissue::CollagenIII,
        Tissue::CollagenI,
        Tissue::Vessel,
        Tissue::Clot,
        Tissue::Scar,
    ];

    /// The drawing style for this tissue.
    pub fn style(self) -> TissueStyle {
        let s = |fill, stroke, stroke_mm, pattern_id, pattern| TissueStyle {
            fill,
            stroke,
            stroke_mm,
            pattern_id,
            pattern,
        };
        match self {
            Tissue::Epidermis => s("#c99a7a", "#5a3b2a", 0.02, "mng-pat-epidermis", "solid"),
            Tissue::Dermis => s("#f6dcd2", "#8a5a4a", 0.01, "mng-pat-dermis", "sparse-dots"),
            Tissue::Fat => s("#fbefc4", "#8a7a3a", 0.015, "mng-pat-fat", "circles"),
            Tissue::CollagenIII => s("#e8a3a8", "#9c4a55", 0.02, "mng-pat-collagen3", "thin-waves"),
            Tissue::CollagenI => s("#a44a58", "#6e2a36", 0.06, "mng-pat-collagen1", "thick-lines"),
            Tissue::Vessel => s("#b83a34", "#7a1f1a", 0.04, "mng-pat-vessel", "outline"),
            Tissue::Clot => s("#8c2b2b", "#4a1010", 0.02, "mng-pat-clot", "cross-hatch"),
            Tissue::Scar => s("#efe4e0", "#6b5a55", 0.05, "mng-pat-scar", "diagonal-hatch"),
        }
    }
}

/// Skin tones offered for the diagrams. There is deliberately no `Default`:
/// the component must ask, or start from a tone chosen by the visitor, so no
/// single tone is "the default person".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkinTone {
    /// Very light.
    Tone1,
    /// Light.
    Tone2,
    /// Light brown.
    Tone3,
    /// Medium brown.
    Tone4,
    /// Dark brown.
    Tone5,
    /// Very dark brown.
    Tone6,
}

/// Near-black label ink, used on light surfaces.
pub const INK_DARK: &str = "#1f1a17";
/// Near-white label ink, used on dark surfaces.
pub const INK_LIGHT: &str = "#ffffff";

impl SkinTone {
    /// Every tone, lightest to darkest, for the picker.
    pub const ALL: [SkinTone; 6] = [
        SkinTone::Tone1,
        SkinTone::Tone2,
        SkinTone::Tone3,
        SkinTone::Tone4,
        SkinTone::Tone5,
        SkinTone::Tone6,
    ];

    /// Stable key used for the tone's name in the catalog and in settings.
    pub fn key(self) -> &'static str {
        match self {
            SkinTone::Tone1 => "tone1",
            SkinTone::Tone2 => "tone2",
            SkinTone::Tone3 => "tone3",
            SkinTone::Tone4 => "tone4",
            SkinTone::Tone5 => "tone5",
            SkinTone::Tone6 => "tone6",
        }
    }

    /// The epidermis fill colour for this tone, `#rrggbb`.
    pub fn epidermis(self) -> &'static str {
        match self {
            SkinTone::Tone1 => "#f3d5c0",
            SkinTone::Tone2 => "#e3b58f",
            SkinTone::Tone3 => "#c68a5f",
            SkinTone::Tone4 => "#9a633b",
            SkinTone::Tone5 => "#6b4226",
            SkinTone::Tone6 => "#3f2617",
        }
    }

    /// Label ink that reaches at least 4.5:1 contrast on [`Self::epidermis`],
    /// for any label drawn on top of the skin.
    pub fn label_ink(self) -> &'static str {
        ink_on(self.epidermis())
    }
}

/// Whichever label ink ([`INK_DARK`] or [`INK_LIGHT`]) contrasts more with
/// the `#rrggbb` background, for labels drawn on a tissue or a skin tone.
pub fn ink_on(background: &str) -> &'static str {
    if contrast_ratio(background, INK_DARK) >= contrast_ratio(background, INK_LIGHT) {
        INK_DARK
    } else {
        INK_LIGHT
    }
}

/// WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). Malformed
/// colours count as black, which only ever under-reports contrast.
pub fn contrast_ratio(a: &str, b: &str) -> f64 {
    // One WCAG formula for the whole widget: the theme's, in `color`.
    let black = Rgb::BLACK;
    let parse = |hex: &str| Rgb::parse(hex).unwrap_or(black);
    parse(a).contrast(parse(b))
}
