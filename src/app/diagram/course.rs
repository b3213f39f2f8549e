//! Scene 5: a course of treatment. Sessions a few weeks apart, a slowly
//! building, levelling improvement curve, and the 3-6 month results band.
//! The curve has no numbers on purpose: no one can promise an amount.

use yew::prelude::*;

use super::draw::n;
use super::{scene_heading, SceneContext};
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
    let text = t.scene(Scene::Course);
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
    html! {
        <figure key="course" class="mg-dia__figure">
            { scene_heading(props.level, &text.title) }
            <svg class="mg-dia__svg mg-dia__chart" viewBox="0 0 100 76" role="img"
                aria-label={text.title.clone()} aria-describedby={cap_id.clone()} focusable="false">
                <defs>
                    <pattern id={hatch.clone()} patternUnits="userSpaceOnUse" width="2" height="2">
                        <rect width="2" height="2" fill="#e6f0ef" />
                        <path d="M0 2L2 0" stroke="#2b6a6e" stroke-width="0.25" />
                    </pattern>
                </defs>
                <rect class="mg-dia__band" x={n(b0)} y={n(Y0)} width={n(b1 - b0)} height={n(Y1 - Y0)} fill={format!("url(#{hatch})")} />
                <path class="mg-dia__band-bracket" d={format!("M{} {}V{}H{}V{}", n(b0), n(Y0), n(Y0 - 2.0), n(b1), n(Y0))} />
                <text class="mg-dia__chart-text mg-dia__band-text" x={n(X1)} y="5" text-anchor="end">
                    { ct.results_window.clone() }
                </text>
                <path class="mg-dia__band-bracket" d={format!("M{} {}V6.5", n((b0 + b1) / 2.0), n(Y0 - 2.0))} />
                <path class="mg-dia__axis" d={format!("M{} {}V{}H{}", n(X0), n(Y0), n(Y1), n(X1))} />
                { for c.month_ticks().iter().map(|&(w, m)| html! {
                    <>
                        <path class="mg-dia__tick" d={format!("M{} {}v1.5", n(x(w)), n(Y1))} />
                        <text class="mg-dia__chart-text" x={n(x(w))} y={n(Y1 + 6.0)} text-anchor="middle">{ m }</text>
                    </>
                }) }
                { for c.session_weeks.iter().enumerate().map(|(i, &w)| {
                    let sx = x(w);
                    let row = 11.0 + 4.8 * (i % 3) as f64;
                    html! {
                        <g class="mg-dia__session">
                            <path class="mg-dia__session-line" d={format!("M{} {}V{}", n(sx), n(row + 1.0), n(Y1))} />
                            <circle cx={n(sx)} cy={n(Y1)} r="1.2" />
                            <text class="mg-dia__chart-text" x={n(sx + 1.0)} y={n(row)}>
                                { ct.session.fill("n", &(i + 1).to_string()) }
                            </text>
                        </g>
                    }
                }) }
                <path class="mg-dia__curve" d={curve} />
                <text class="mg-dia__chart-text" x={n((X0 + X1) / 2.0)} y="75" text-anchor="middle">{ ct.time_axis.clone() }</text>
                <text class="mg-dia__chart-text" transform={format!("translate(4 {}) rotate(-90)", n((Y0 + Y1) / 2.0))} text-anchor="middle">
                    { ct.improvement_axis.clone() }
                </text>
            </svg>
            <figcaption id={cap_id} class="mg-dia__caption">
                { text.caption.clone() }
                <span class="mg-dia__no-numbers">{ format!(" {}", ct.no_numbers) }</span>
            </figcaption>
        </figure>
    }
}
