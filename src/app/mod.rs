//! The Yew app: components that render core state and send actions.
//!
//! [`root`] picks the kiosk shell or the [`Guide`] (here); [`state`]
//! holds the guide's one reducer, over the screen and [`quiz::state`] (pure).
//! Browser clocks, listeners and storage come from `platform`; attributes
//! and mounting are the `element` layer's, above this one. Inside the app,
//! imports point one way too: the root uses the kiosk shell and the guide,
//! the kiosk shell wraps the guide, the guide uses the quiz, the quiz the
//! plan; the plan owns the kiosk's QR hand-off ([`plan::handoff`]), and
//! learns it is on a kiosk from the guide's context.
//!
//! Effects are named hooks in [`hooks`], which import nothing else of the
//! app. The guide provides what its screens share once, as a context
//! ([`hooks::guide::GuideContext`]), instead of props passed through.

pub mod art;
pub mod buttons;
pub mod clinic_bar;
pub mod damaged_link;
pub mod diagram;
pub mod heading;
pub mod hooks;
pub mod how_it_works;
pub mod ids;
pub mod kiosk;
pub mod listen;
pub mod plan;
pub mod props;
pub mod quiz;
pub mod root;
pub mod scar_art;
pub mod state;
pub mod svg;
pub mod text;
pub mod welcome;

use yew::prelude::*;

use crate::core::config::{Mode, Start};
use crate::core::events::{step_of, WidgetEvent, STEP_TOTAL};
use crate::core::link::Resume;
use crate::core::plan::build_plan;
use crate::core::quiz::Screen as QuizScreen;
use crate::core::scene::{needle_for, shapes_for};
use hooks::guide::{use_answer_link, use_guide_context, use_host_events, GuideContext};
use props::AppProps;
use quiz::state::QuizState;
use state::{Action, AppState, GuideAction, GuideState, Screen};

/// The guide itself: welcome, quiz, plan and diagrams. In kiosk mode the
/// shell around it owns the landmark, and it mounts afresh for every visit.
#[component]
pub fn Guide(props: &AppProps) -> Html {
    // A resumed visit goes straight back to where the visitor was; a damaged
    // link says so instead of guessing at a plan.
    let guide_state = use_reducer_eq(|| {
        let (app, quiz) = match &props.resume {
            Some(Resume::Answers(a)) => (AppState::initial(Start::Quiz), QuizState::new(Some(a))),
            Some(Resume::Damaged) => (AppState::damaged_link(), QuizState::new(None)),
            None => (AppState::initial(props.config.start), QuizState::new(None)),
        };
        GuideState {
            app,
            quiz,
            uid: ids::next("mg").into(),
        }
    });
    let (state, quiz) = (&guide_state.app, &guide_state.quiz);
    // Only the guide's own page keeps answers in its URL: a clinic's URL,
    // fragment and history.state are the clinic's.
    let own_page = props.config.mode == Mode::Standalone && props.config.url_config;
    use_answer_link(&quiz.quiz.answers, own_page);
    // Tell the host about progress, never about answers: a step number that
    // is the same on every visitor's path (so it changes only when the
    // screen does, never while options are ticked), and the plan's verdict
    // (sent on only if the host opted in).
    let progress = match (state.screen, quiz.quiz.screen) {
        (Screen::Quiz, QuizScreen::Question(q)) => step_of(q).map(|step| WidgetEvent::Step {
            step,
            total: STEP_TOTAL,
        }),
        (Screen::Quiz, QuizScreen::Plan) => Some(WidgetEvent::Complete {
            verdict: build_plan(&quiz.quiz.answers).verdict,
        }),
        _ => None,
    };
    use_host_events(props.on_event.clone(), progress);
    let top_level = props.config.mode != Mode::Embed;
    let kiosk = props.config.mode == Mode::Kiosk;
    // A kiosk visit begins with a tap, so its first screen takes focus.
    let focus = state.navigated || kiosk;
    // One callback for every button that changes the screen.
    let nav = guide_state.dispatcher().to_callback().reform(GuideAction::App);
    // Kept while the visitor moves on (the dispatcher never changes), so the
    // context keeps its identity and nothing re-renders through it.
    let guide = {
        let state = guide_state.dispatcher();
        use_guide_context(
            props.catalog.clone(),
            &props.config,
            props.on_event.clone(),
            move || Callback::from(move |()| state.dispatch(GuideAction::App(Action::ShowHowItWorks))),
        )
    };
    let screen = match state.screen {
        Screen::Welcome => welcome::welcome(&welcome::WelcomeProps {
            catalog: props.catalog.clone(),
            focus,
            nav: nav.clone(),
            lang: props.config.lang,
            on_lang: props.on_lang.clone(),
            lang_load: props.lang_load,
        }),
        Screen::Quiz => quiz::quiz_flow(&quiz::QuizFlowProps {
            catalog: props.catalog.clone(),
            focus,
            guide: guide_state.clone(),
            uid: guide_state.uid.clone(),
            nav: nav.clone(),
        }),
        Screen::DamagedLink => damaged_link::damaged_link(&damaged_link::DamagedLinkProps {
            catalog: props.catalog.clone(),
            nav: nav.clone(),
        }),
        Screen::HowItWorks => {
            // Personal when the visitor has a plan: their shapes and needle
            // set-up, and the way back leads to that plan.
            let has_plan = quiz.quiz.screen == QuizScreen::Plan;
            let (back, back_label) = if has_plan {
                (
                    Action::StartQuiz,
                    Some(AttrValue::from(&props.catalog.quiz.buttons.back_to_plan)),
                )
            } else {
                (Action::Home, None)
            };
            how_it_works::how_it_works(&how_it_works::HowItWorksProps {
                catalog: props.catalog.clone(),
                top_level,
                focus,
                nav: nav.clone(),
                back,
                back_label,
                shapes: shapes_for(&quiz.quiz.answers),
                needle: needle_for(&quiz.quiz.answers),
            })
        }
    };
    // Reading aloud: on wherever the device has a local voice, except on a
    // kiosk, where the operator decides (`read-aloud`).
    let listen = listen::use_listen(
        props.config.lang.tag(),
        !kiosk || props.config.kiosk.read_aloud,
        (
            props.catalog.app.listen.listen.to_string(),
            props.catalog.app.listen.stop.to_string(),
        ),
        match (state.screen, quiz.quiz.screen) {
            (Screen::Quiz, QuizScreen::Question(q)) => q.code(),
            (Screen::Quiz, QuizScreen::Plan) => "plan",
            (Screen::Welcome, _) => "welcome",
            (Screen::HowItWorks, _) => "how-it-works",
            (Screen::DamagedLink, _) => "damaged-link",
        },
    );
    let screen = html! {
        <ContextProvider<GuideContext> context={guide}>
            <ContextProvider<Option<listen::Listen>> context={listen}>{ screen }</ContextProvider<Option<listen::Listen>>>
        </ContextProvider<GuideContext>>
    };
    if kiosk {
        return screen;
    }
    // Inside a clinic's page the page's own section names the widget, and two
    // embeds would otherwise be two landmarks with the same name.
    let landmark = props.config.mode != Mode::Embed;
    let class = format!("mg mg--{}", props.config.mode.name());
    html! {
        <div {class} lang={props.config.lang.tag()} part="widget" role={landmark.then_some("region")} aria-label={landmark.then(|| AttrValue::from(&props.catalog.app.region_label))}>
            { clinic_bar::clinic_bar(&clinic_bar::ClinicBarProps { clinic: props.config.clinic.clone(), catalog: props.catalog.clone() }) }
            { screen }
        </div>
    }
}
