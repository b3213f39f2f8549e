//! Kiosk mode: an attract screen, the guide, a visible Finish, and the
//! "Still there?" dialog that resets an abandoned visit.
//!
//! The timing decisions are the pure [`crate::core::kiosk::Kiosk`] machine;
//! this component only renders its phase. Each visit mounts the guide under
//! a new key, so a reset leaves no answer, focus or screen behind.

pub mod attract;
pub mod still_there;

use std::rc::Rc;
use yew::prelude::*;

use super::buttons::{button, on_click};
use super::hooks::kiosk::{use_dialog_focus, use_idle_watch, use_visit_reset};
use super::Guide;
use crate::core::catalog::{Catalog, LangLoad};
use crate::core::config::{Config, Lang, Start};
use crate::core::events::WidgetEvent;
use crate::core::kiosk::{Effect, Input, Kiosk, Phase, Timing};
use attract::{attract, AttractProps};
use still_there::{still_there, StillThereProps};

/// The kiosk's state: the core machine, the time of the last tick, and a
/// language picked on the attract screen, which lasts for one visit.
#[derive(Debug, Clone, PartialEq)]
struct ShellState {
    kiosk: Kiosk,
    now: f64,
    lang: Option<Lang>,
}

/// What changes the kiosk's state.
enum ShellAction {
    /// An input to the core machine.
    Kiosk(Input),
    /// A language picked on the attract screen.
    Lang(Lang),
}

impl Reducible for ShellState {
    type Action = ShellAction;

    fn reduce(self: Rc<Self>, action: ShellAction) -> Rc<Self> {
        let input = match action {
            ShellAction::Lang(l) => {
                return Rc::new(ShellState {
                    lang: Some(l),
                    ..(*self).clone()
                })
            }
            ShellAction::Kiosk(input) => input,
        };
        let now = match input {
            Input::Input(t) | Input::Tick(t) | Input::StillHere(t) | Input::Start(t) => t,
            Input::Finish => self.now,
        };
        // The Reset effect is carried out by an effect keyed on the visit
        // count (and by the guide's key); the visit's language ends here.
        let (kiosk, _effect): (Kiosk, Effect) = self.kiosk.step(input);
        let lang = self.lang.filter(|_| kiosk.visit == self.kiosk.visit);
        Rc::new(ShellState { kiosk, now, lang })
    }
}

/// Properties of [`KioskShell`].
#[derive(Properties, PartialEq)]
pub struct KioskShellProps {
    /// The parsed configuration (mode is kiosk).
    pub config: Config,
    /// All text in the configured language.
    pub catalog: Rc<Catalog>,
    /// Builds the text of another language with the clinic's wording; see
    /// [`crate::app::AppProps::load_lang`].
    #[prop_or_default]
    pub load_lang: Option<Callback<Lang, Rc<Catalog>>>,
    /// A language being fetched, or one that could not be.
    #[prop_or_default]
    pub lang_load: LangLoad,
    /// Receives events for the host page.
    pub on_event: Callback<WidgetEvent>,
}

/// The whole kiosk.
#[component]
pub fn KioskShell(props: &KioskShellProps) -> Html {
    let k = &props.config.kiosk;
    let timing = Timing::from_seconds(k.idle_seconds, k.countdown_seconds);
    let state = use_reducer_eq(move || ShellState {
        kiosk: Kiosk::new(timing),
        now: 0.0,
        lang: None,
    });
    let send = state.dispatcher().to_callback();
    let kiosk = send.reform(ShellAction::Kiosk);
    let root = use_node_ref();
    let dialog_button = use_node_ref();
    // Only the guide's own page is the guide's to mark and clean; on a
    // clinic's page the URL and the <html> element are the clinic's.
    let own_page = props.config.url_config;
    use_idle_watch(root.clone(), kiosk.clone(), own_page);
    let visit = state.kiosk.visit;
    use_visit_reset(visit, own_page);
    // A language picked on the attract screen lasts for one visit. Memoised:
    // the shell re-renders every second, and a catalog is a few hundred texts.
    let catalog: Rc<Catalog> = {
        let picked = state.lang;
        let base = props.catalog.clone();
        let load = props.load_lang.clone();
        let deps = (picked, props.config.lang, Rc::as_ptr(&props.catalog) as usize);
        let memo = use_memo(deps, move |(picked, page_lang, _)| match *picked {
            Some(l) if l != *page_lang => load
                .map(|cb| cb.emit(l))
                .unwrap_or_else(|| Rc::new(Catalog::builtin(l))),
            _ => base,
        });
        (*memo).clone()
    };
    // A language still being fetched shows once its text is here.
    let shown_lang = match state.lang {
        Some(l) if Catalog::has(l) => l,
        _ => props.config.lang,
    };
    let t = &catalog.app.kiosk;
    let phase = state.kiosk.phase;
    let prompt = matches!(phase, Phase::Prompt { .. });
    use_dialog_focus(prompt, root.clone(), dialog_button.clone());
    // Pressing a button is an input at the time of the press.
    let at_now = |input: fn(f64) -> Input| {
        let kiosk = kiosk.clone();
        Callback::from(move |_: MouseEvent| kiosk.emit(input(crate::platform::kiosk::now())))
    };
    let body = if phase == Phase::Attract {
        attract(&AttractProps {
            catalog: catalog.clone(),
            lang: shown_lang,
            on_start: at_now(Input::Start),
            on_lang: send.reform(ShellAction::Lang),
            lang_load: props.lang_load,
        })
    } else {
        // The guide starts at the first question; "Tap to start" was the welcome.
        let config = Config {
            start: Start::Quiz,
            lang: shown_lang,
            ..props.config.clone()
        };
        html! {
            <Guide key={visit} {config} catalog={catalog.clone()} on_event={props.on_event.clone()} />
        }
    };
    let seconds = state.kiosk.seconds_left(state.now).unwrap_or(k.countdown_seconds);
    html! {
        <div class={if props.config.kiosk.read_aloud { "mg mg--kiosk mg--read-aloud" } else { "mg mg--kiosk" }} lang={shown_lang.tag()} part="widget" role="region"
            aria-label={catalog.app.region_label.clone()} ref={root}>
            <div class="mg-kiosk" inert={prompt}>
                <div class="mg-kiosk__bar">
                    { super::clinic_bar::clinic_bar(&super::clinic_bar::ClinicBarProps { clinic: props.config.clinic.clone(), catalog: catalog.clone() }) }
                    if phase != Phase::Attract {
                        { button("mg-button mg-kiosk__finish", (&t.finish).into(), on_click(&kiosk, Input::Finish)) }
                    }
                </div>
                { body }
            </div>
            if prompt {
                { still_there(&StillThereProps { catalog: catalog.clone(), seconds, total: k.countdown_seconds,
                    on_still_here: at_now(Input::StillHere), button: dialog_button }) }
            }
        </div>
    }
}
