//! What the element hands the app: configuration, text and callbacks.

use std::rc::Rc;
use yew::prelude::*;

use crate::core::catalog::{Catalog, LangLoad};
use crate::core::config::{Config, Lang};
use crate::core::events::WidgetEvent;
use crate::core::link::Resume;

/// Properties of the app (`root::App`) and the guide: the parsed configuration and the loaded text.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// How the widget is hosted.
    pub config: Config,
    /// All user-facing text in the chosen language.
    pub catalog: Rc<Catalog>,
    /// Receives events for the host page; it decides what leaves the widget.
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
    /// What a saved link says to start from (standalone mode only).
    #[prop_or_default]
    pub resume: Option<Resume>,
    /// Asks the platform to show the widget in another language. The app
    /// keeps its state; the platform supplies the new catalog through props.
    /// Without it (the default), the welcome screen shows no language switch.
    #[prop_or_default]
    pub on_lang: Option<Callback<Lang>>,
    /// Builds another language's text, with the clinic's wording for it. The
    /// kiosk's attract screen uses it for a language picked for one visit;
    /// without it the built-in text of that language is used.
    #[prop_or_default]
    pub load_lang: Option<Callback<Lang, Rc<Catalog>>>,
    /// A language being fetched for the language buttons, or one that could
    /// not be (the first load carries English only; see `element::lang`).
    #[prop_or_default]
    pub lang_load: LangLoad,
}
