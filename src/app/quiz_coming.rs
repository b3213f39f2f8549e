//! Where Start leads until the quiz is built: says so plainly and offers a way back.

use std::rc::Rc;
use yew::prelude::*;

use super::heading::ScreenHeading;
use crate::core::catalog::Catalog;

/// Properties of [`QuizComing`].
#[derive(Properties, PartialEq)]
pub struct QuizComingProps {
    /// All text.
    pub catalog: Rc<Catalog>,
    /// Whether the widget owns the page's `h1`.
    pub top_level: bool,
    /// Whether to focus the heading on arrival.
    pub focus: bool,
    /// Called when the visitor goes back to the start.
    pub on_home: Callback<()>,
}

/// "The quiz is coming" with a button back to the welcome screen.
#[component]
pub fn QuizComing(props: &QuizComingProps) -> Html {
    let t = &props.catalog.app;
    let on_home = props.on_home.reform(|_: MouseEvent| ());
    html! {
        <section class="mg-screen">
            <ScreenHeading text={t.quiz_coming_title.clone()} top_level={props.top_level} focus={props.focus} />
            <p class="mg-lead">{ &t.quiz_coming_body }</p>
            <div class="mg-actions">
                <button type="button" class="mg-button" onclick={on_home}>{ &t.back_to_start }</button>
            </div>
        </section>
    }
}
