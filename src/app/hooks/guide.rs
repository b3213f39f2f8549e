//! What every screen of one guide shares, provided once by the guide: its
//! text, the clinic's details, where its headings start and the actions the
//! plan offers. Components read it with [`use_guide`] instead of having it
//! copied through the props of every screen between the guide and them.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::config::{Clinic, Lang};
use crate::core::events::WidgetEvent;
use crate::core::quiz::Answers;
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

/// The guide's context, which builds it afresh only when one of its parts
/// changes. `catalog` counts as changed when it is another catalog (by
/// pointer: comparing the texts would cost more than the re-render saved);
/// the callbacks passed must keep their identity between renders.
#[hook]
pub fn use_guide_context(
    catalog: Rc<Catalog>,
    clinic: Clinic,
    top_level: bool,
    on_book: Callback<()>,
    on_how_it_works: Callback<()>,
) -> GuideContext {
    let deps = (
        Rc::as_ptr(&catalog) as usize,
        clinic.clone(),
        top_level,
        on_book.clone(),
        on_how_it_works.clone(),
    );
    let memo = use_memo(deps, move |_| {
        GuideContext::new(Guided {
            catalog,
            clinic,
            top_level,
            on_book,
            on_how_it_works,
        })
    });
    (*memo).clone()
}

/// The context of the guide this component is in. Only the guide's screens
/// read it, and the guide always provides it; outside one (a mistake in the
/// code, not in anyone's input) it warns once and falls back to the built-in
/// English text with no clinic, so the screen still renders.
#[hook]
pub fn use_guide() -> GuideContext {
    let provided = use_context::<GuideContext>();
    let fallback = use_mut_ref(|| None::<GuideContext>);
    if let Some(c) = provided {
        return c;
    }
    let fallback = fallback
        .borrow_mut()
        .get_or_insert_with(|| {
            gloo::console::warn!("microneedling-guide: a screen rendered outside its guide; using the built-in text");
            GuideContext::new(Guided {
                catalog: Rc::new(Catalog::builtin(Lang::default())),
                clinic: Clinic::default(),
                top_level: false,
                on_book: Callback::noop(),
                on_how_it_works: Callback::noop(),
            })
        })
        .clone();
    fallback
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
