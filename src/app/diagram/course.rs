//! Scene 5: a course of treatment. Sessions a few weeks apart, a slowly
//! building, levelling improvement curve, and the 3-6 month results band.
//! The curve has no numbers on purpose: no one can promise an amount.

use yew::prelude::*;

use super::draw::{self, n};
use super::{scene_figure, SceneContext};
use crate::app::svg::{el, text};
use crate::core::course::course;
use crate::core::scene::Scene;

/// Properties of [`course_chart`].
#[derive(Properties, PartialEq)]
pub struct CourseProps {
    /// Shared drawing context.
    pub ctx: SceneContext,
    /// Heading level of the scene title.
    pub level: u8,
    /// Number of sessions.
    pub sessions: u8,
    /// Weeks between sessions.
    pub interval: u8,
}

/// Plot area in chart units (the `viewBox` is 100 wide, 76 high). The
/// band's label and the session labels sit in rows above the plot, where
/// they cannot cross the curve at any screen width.
const X0: f64 = 8.0;
const X1: f64 = 97.0;
const Y0: f64 = 26.0;
const Y1: f64 = 62.0;

/// The course chart.
/// A plain function, not a component: it has no state, and each Yew
/// component costs its own lifecycle code in the wasm. The figure's `key`
/// makes Yew replace it, as it remounted the component, when the scene changes.
pub fn course_chart(props: &CourseProps) -> Html {
    let ctx = &props.ctx;
    let t = &ctx.catalog.diagram;
    let ct = &t.course;
    let words = t.scene(Scene::Course);
    let c = course(props.sessions.max(1), props.interval);
    let horizon = c.horizon_weeks.max(1.0);
    let x = |w: f64| X0 + (X1 - X0) * (w / horizon).clamp(0.0, 1.0);
    let y = |v: f64| Y1 - (Y1 - Y0) * v.clamp(0.0, 1.0);
    let curve: String = c
        .curve(80)
        .iter()
        .enumerate()
        .map(|(i, &(w, v))| format!("{}{} {}", if i == 0 { "M" } else { "L" }, n(x(w)), n(y(v))))
        .collect();
    let (b0, b1) = (x(c.results_from_week), x(c.results_to_week));
    let p = ctx.prefix.as_str();
    let hatch = format!("{p}-band");
    let cap_id = format!("{p}-cap-course");
    // Chart text at (x, y), hanging from it by `anchor`, in its classes.
    let label = |x: &str, y: &str, anchor: &str, class: &'static str, t: &str| {
        el(
            "text",
            &["x", "y", "text-anchor", "class"],
            &[x, y, anchor, class],
            vec![text(t)],
        )
    };
    let path = |d: &str, class: &'static str| el("path", &["d", "class"], &[d, class], vec![]);
    let bracket = "mg-dia__band-bracket";
    let mut parts = vec![
        el(
            "defs",
            &[],
            &[],
            vec![el(
                "pattern",
                &["id", "patternUnits", "width", "height"],
                &[&hatch, "userSpaceOnUse", "2", "2"],
                vec![
                    el("rect", &["width", "height", "fill"], &["2", "2", "#e6f0ef"], vec![]),
                    el(
                        "path",
                        &["d", "stroke", "stroke-width"],
                        &["M0 2L2 0", "#2b6a6e", "0.25"],
                        vec![],
                    ),
                ],
            )],
        ),
        el(
            "rect",
            &["x", "y", "width", "height", "fill", "class"],
            &[
                &n(b0),
                &n(Y0),
                &n(b1 - b0),
                &n(Y1 - Y0),
                &format!("url(#{hatch})"),
                "mg-dia__band",
            ],
            vec![],
        ),
        path(
            &format!("M{} {}V{}H{}V{}", n(b0), n(Y0), n(Y0 - 2.0), n(b1), n(Y0)),
            bracket,
        ),
        label(
            &n(X1),
            "5",
            "end",
            "mg-dia__chart-text mg-dia__band-text",
            &ct.results_window,
        ),
        path(&format!("M{} {}V6.5", n((b0 + b1) / 2.0), n(Y0 - 2.0)), bracket),
        path(&format!("M{} {}V{}H{}", n(X0), n(Y0), n(Y1), n(X1)), "mg-dia__axis"),
    ];
    for &(w, m) in c.month_ticks().iter() {
        parts.push(path(&format!("M{} {}v1.5", n(x(w)), n(Y1)), "mg-dia__tick"));
        parts.push(label(
            &n(x(w)),
            &n(Y1 + 6.0),
            "middle",
            "mg-dia__chart-text",
            &m.to_string(),
        ));
    }
    for (i, &w) in c.session_weeks.iter().enumerate() {
        let sx = x(w);
        let row = 11.0 + 4.8 * (i % 3) as f64;
        parts.push(el(
            "g",
            &["class"],
            &["mg-dia__session"],
            vec![
                path(
                    &format!("M{} {}V{}", n(sx), n(row + 1.0), n(Y1)),
                    "mg-dia__session-line",
                ),
                el("circle", &["cx", "cy", "r"], &[&n(sx), &n(Y1), "1.2"], vec![]),
                el(
                    "text",
                    &["x", "y", "class"],
                    &[&n(sx + 1.0), &n(row), "mg-dia__chart-text"],
                    vec![text(&ct.session.fill("n", &(i + 1).to_string()))],
                ),
            ],
        ));
    }
    parts.push(path(&curve, "mg-dia__curve"));
    parts.push(label(
        &n((X0 + X1) / 2.0),
        "75",
        "middle",
        "mg-dia__chart-text",
        &ct.time_axis,
    ));
    parts.push(el(
        "text",
        &["transform", "text-anchor", "class"],
        &[
            &format!("translate(4 {}) rotate(-90)", n((Y0 + Y1) / 2.0)),
            "middle",
            "mg-dia__chart-text",
        ],
        vec![text(&ct.improvement_axis)],
    ));
    let chart = draw::image(
        "0 0 100 76",
        &words.title,
        Some(&cap_id),
        "mg-dia__svg mg-dia__chart",
        parts,
    );
    let no_numbers = el(
        "span",
        &["class"],
        &["mg-dia__no-numbers"],
        vec![text(&format!(" {}", ct.no_numbers))],
    );
    scene_figure("course", props.level, words, vec![chart], Some(cap_id), no_numbers)
}
