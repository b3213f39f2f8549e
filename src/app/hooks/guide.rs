//! What every screen of one guide shares, provided once by the guide: its
//! text, the clinic's details, where its headings start, whether it is on a
//! kiosk, and the actions the plan offers. Components read it with
//! [`use_guide`] instead of having it copied through the props of every
//! screen between the guide and them. The guide's own effects (the answer
//! link, the host's events) are here too.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::config::{Clinic, Config, Lang, Mode};
use crate::core::events::WidgetEvent;
use crate::core::quiz::Answers;
use crate::platform::kiosk::page_url;
use crate::platform::link;

/// The shared parts of a guide; read through a [`GuideContext`].
pub struct Guided {
    /// All text in the language shown.
    pub catalog: Rc<Catalog>,
    /// The clinic's details from its attributes.
    pub clinic: Clinic,
    /// `true` where the widget owns the page's `h1` (the standalone page and
    /// the kiosk); inside a clinic's page the clinic owns it and the widget
    /// starts at `h2`.
    pub top_level: bool,
    /// On a kiosk, a shared screen: the plan offers no links out and no
    /// print, and leaves by QR code instead (`plan::handoff`).
    pub kiosk: bool,
    /// On a kiosk, the standalone page the plan's QR code opens.
    pub handoff_page: Option<String>,
    /// The visitor followed the clinic's booking link.
    pub on_book: Callback<()>,
    /// Opens the diagrams (drawn with the visitor's scars once there is a plan).
    pub on_how_it_works: Callback<()>,
}

/// The guide's context. Compared by pointer: the guide builds a new one only
/// when the text, the clinic or the host changes (a language switch, an
/// attribute), so everything reading it re-renders then, and never because
/// the guide re-rendered for something else.
#[derive(Clone)]
pub struct GuideContext(Rc<Guided>);

impl GuideContext {
    /// Wraps the shared parts.
    pub fn new(guided: Guided) -> Self {
        GuideContext(Rc::new(guided))
    }
}

impl PartialEq for GuideContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for GuideContext {
    type Target = Guided;

    fn deref(&self) -> &Guided {
        &self.0
    }
}

/// The guide's context for `config`, built afresh only when its input
/// changes (`config`, by value): `catalog` counts as changed when it is another catalog (by
/// pointer: comparing the texts would cost more than the re-render saved),
/// and `on_event` (the host's) when it is another callback. The booking
/// action sends the host [`WidgetEvent::BookClick`]; `on_how_it_works`
/// builds the diagrams action, and is called only when the context is
/// rebuilt, so the callback it returns must work for as long as the guide
/// lives (a reducer's dispatcher does).
#[hook]
pub fn use_guide_context<H>(
    catalog: Rc<Catalog>,
    config: &Config,
    on_event: Callback<WidgetEvent>,
    on_how_it_works: H,
) -> GuideContext
where
    H: FnOnce() -> Callback<()> + 'static,
{
    // The whole configuration rather than the parts read below: it changes
    // only with an attribute, and comparing it needs no code of its own.
    let deps = (Rc::as_ptr(&catalog) as usize, config.clone(), on_event);
    let memo = use_memo(deps, move |(_, config, on_event)| {
        let kiosk = config.mode == Mode::Kiosk;
        GuideContext::new(Guided {
            catalog,
            clinic: config.clinic.clone(),
            top_level: config.mode != Mode::Embed,
            kiosk,
            // The operator's page, or else the guide's own standalone page.
            handoff_page: kiosk
                .then(|| config.kiosk.handoff_url.clone().or_else(|| page_url(config.url_config)))
                .flatten(),
            on_book: on_event.reform(|()| WidgetEvent::BookClick),
            on_how_it_works: on_how_it_works(),
        })
    });
    (*memo).clone()
}

/// The context of the guide this component is in. Only the guide's screens
/// read it, and the guide always provides it; outside one (a mistake in the
/// code, not in anyone's input) it warns and falls back to the built-in
/// English text with no clinic, so the screen still renders.
#[hook]
pub fn use_guide() -> GuideContext {
    use_context::<GuideContext>().unwrap_or_else(|| {
        gloo::console::warn!("microneedling-guide: a screen rendered outside its guide; using the built-in text");
        GuideContext::new(Guided {
            catalog: Rc::new(Catalog::builtin(Lang::default())),
            clinic: Clinic::default(),
            top_level: false,
            kiosk: false,
            handoff_page: None,
            on_book: Callback::noop(),
            on_how_it_works: Callback::noop(),
        })
    })
}

/// Keeps the answers in the page URL's fragment, so a reload or a bookmark
/// resumes; only on the guide's own page (`own_page`), because a clinic's
/// URL must not carry health answers (see `platform::link`).
#[hook]
pub fn use_answer_link(answers: &Answers, own_page: bool) {
    use_effect_with(answers.clone(), move |a| {
        if own_page {
            link::write(a);
        }
    });
}

/// Tells the host page the guide is ready (once, on mount), then sends
/// `progress` whenever it changes to another event. What goes in `progress`
/// is the caller's privacy decision (see `core::events`).
#[hook]
pub fn use_host_events(on_event: Callback<WidgetEvent>, progress: Option<WidgetEvent>) {
    {
        let on_event = on_event.clone();
        use_effect_with((), move |_| on_event.emit(WidgetEvent::Ready));
    }
    use_effect_with(progress, move |e| {
        if let Some(e) = e {
            on_event.emit(*e);
        }
    });
}
