//! Scene 2: the visitor's scar shapes beside healthy skin, in a skin tone
//! the visitor picks.

use yew::prelude::*;

use super::draw::{self, n, Anchor, Mark};
use super::{scene_figure, SceneContext};
use crate::app::svg::el;
use crate::core::catalog::DiagramLabels;
use crate::core::scene::{self, scar_profile, shapes_to_draw, surface, Pt, ScarShape, Scene, SkinTone, Tissue};

/// Properties of [`scars`].
#[derive(Properties, PartialEq)]
pub struct ScarsProps {
    /// Shared drawing context.
    pub ctx: SceneContext,
    /// Heading level of the scene title.
    pub level: u8,
    /// The visitor's shapes (empty: the three sunken types).
    pub shapes: Vec<ScarShape>,
    /// Called when the visitor picks a skin tone.
    pub on_tone: Callback<SkinTone>,
}

/// The catalog name of a scar shape.
pub fn shape_name(l: &DiagramLabels, shape: ScarShape) -> &str {
    match shape {
        ScarShape::IcePick => &l.ice_pick,
        ScarShape::Boxcar => &l.boxcar,
        ScarShape::Rolling => &l.rolling,
        ScarShape::Raised => &l.raised,
    }
}

/// Scar tissue under (or in) a scar: the outline's band down to 0.3 mm
/// below it for sunken scars, the bump itself for raised ones.
fn scar_tissue(shape: ScarShape) -> Vec<Pt> {
    let prof = scar_profile(shape);
    if shape.is_sunken() {
        let mut out = prof.points.clone();
        out.extend(prof.points.iter().rev().map(|p| Pt { x: p.x, y: p.y + 0.3 }));
        out
    } else {
        prof.points
    }
}

/// One panel: a cross-section with or without a scar.
fn panel(ctx: &SceneContext, shape: Option<ScarShape>, name: &str) -> Html {
    let l = &ctx.catalog.diagram.labels;
    let key = shape.map_or("healthy", |s| match s {
        ScarShape::IcePick => "ice-pick",
        ScarShape::Boxcar => "boxcar",
        ScarShape::Rolling => "rolling",
        ScarShape::Raised => "raised",
    });
    // Each panel is its own SVG with its own patterns: ids must not repeat.
    let pp = format!("{}-{key}", ctx.prefix);
    let p = pp.as_str();
    let band = Tissue::Scar.style();
    let mut parts = vec![draw::defs(p), draw::skin(p, &surface(shape), ctx.tone)];
    if let Some(s) = shape {
        let prof = scar_profile(s);
        parts.push(el(
            "path",
            &["d", "fill", "stroke", "stroke-width"],
            &[
                &scene::closed_path_d(&scar_tissue(s)),
                &draw::fill(p, Tissue::Scar),
                band.stroke,
                "0.02",
            ],
            vec![],
        ));
        parts.extend(prof.tethers.iter().map(|t| {
            el(
                "line",
                &["x1", "y1", "x2", "y2", "stroke", "stroke-width", "class"],
                &[
                    &n(t.top.x),
                    &n(t.top.y + 0.3),
                    &n(t.bottom.x),
                    &n(t.bottom.y),
                    band.stroke,
                    &n(band.stroke_mm),
                    "mg-dia__tether",
                ],
                vec![],
            )
        }));
        if ctx.labels {
            parts.push(draw::labels(&match prof.tethers.last() {
                Some(t) => vec![
                    Mark::Leader(
                        Pt {
                            x: t.bottom.x + 0.1,
                            y: 1.6,
                        },
                        Pt { x: 9.0, y: 1.9 },
                    ),
                    Mark::Label(9.8, 2.25, Anchor::End, &l.tethering_band),
                ],
                None if prof.depth_mm > 0.0 => vec![
                    Mark::Leader(
                        Pt {
                            x: 5.2,
                            y: prof.depth_mm + 0.15,
                        },
                        Pt {
                            x: 6.4,
                            y: prof.depth_mm + 0.75,
                        },
                    ),
                    Mark::Label(6.5, prof.depth_mm + 0.95, Anchor::Start, &l.scar_floor),
                ],
                None => vec![],
            }));
        }
    } else if ctx.labels {
        parts.push(draw::labels(&[]));
    }
    parts.push(draw::scale_bar(0.0, &ctx.catalog.diagram.controls.scale_bar));
    draw::small_panel(draw::Panels::Shapes, key, name, parts)
}

/// Healthy skin, then each of the visitor's scar shapes, and the tone picker.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm. The figure's `key`
/// makes Yew replace it, as it remounted the component, when the scene changes.
pub fn scars(props: &ScarsProps) -> Html {
    let ctx = &props.ctx;
    let t = &ctx.catalog.diagram;
    let text = t.scene(Scene::Scars);
    let p = ctx.prefix.as_str();
    let shapes = shapes_to_draw(&props.shapes);
    let radios = SkinTone::ALL.iter().map(|&tone| {
        let id = format!("{p}-tone-{}", tone.key());
        let onchange = props.on_tone.reform(move |_: Event| tone);
        html! {
            <span class="mg-dia__tone">
                <input type="radio" name={format!("{p}-tone")} id={id.clone()} value={tone.key()}
                    checked={tone == ctx.tone} {onchange} />
                <label for={id}>
                    <svg class="mg-dia__swatch" viewBox="0 0 1 1" aria-hidden="true" focusable="false">
                        <rect width="1" height="1" rx="0.2" fill={tone.epidermis()} />
                    </svg>
                    { t.tone_name(tone).to_owned() }
                </label>
            </span>
        }
    });
    let mut panels = vec![panel(ctx, None, &t.labels.healthy_skin)];
    panels.extend(shapes.iter().map(|&s| panel(ctx, Some(s), shape_name(&t.labels, s))));
    let body = vec![
        html! {
            <fieldset class="mg-dia__tones">
                <legend>{ t.controls.skin_tone.clone() }</legend>
                { for radios }
            </fieldset>
        },
        el("div", &["class"], &["mg-dia__panels"], panels),
    ];
    scene_figure("scars", props.level, text, body, None, Html::default())
}
