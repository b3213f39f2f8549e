//! The text of the welcome screen, the shell around every screen, kiosk
//! mode and the read-aloud buttons (`content/<lang>/app.json`).

use std::borrow::Cow;

use crate::core::tree::{Baker, Branch, Node, Reader, Text, TextTree};

text_struct! {
/// Text for the welcome screen and the parts of the shell shared by all screens.
#[derive(Debug, Clone, PartialEq)]
pub struct AppText {
    /// The widget's name as shown in its main heading.
    pub name: Text,
    /// Accessible name of the widget's landmark region.
    pub region_label: Text,
    /// One short paragraph on what the guide does.
    pub intro: Text,
    /// Heading of the "education, not a diagnosis" note.
    pub not_diagnosis_title: Text,
    /// The "education, not a diagnosis" note itself.
    pub not_diagnosis: Text,
    /// A one-line promise that answers stay on the device.
    pub privacy: Text,
    /// Label of the button that starts the quiz.
    pub start: Text,
    /// Label of the button that returns to the welcome screen.
    pub back_to_start: Text,
    /// Alternative text of a clinic's logo shown without its name.
    pub clinic_logo_alt: Text,
    /// The clinic's booking link.
    pub book: Text,
    /// The clinic's phone link; `{phone}` is the number.
    pub call: Text,
    /// The plan's link to the diagrams drawn with the visitor's own scars.
    pub see_on_your_skin: Text,
    /// Label of the welcome screen's button that opens the diagrams.
    pub how_it_works: Text,
    /// Heading of the diagrams screen.
    pub how_it_works_title: Text,
    /// Accessible name of the language switch on the welcome screen.
    pub language: Text,
    /// What a first-screen button says when it was pressed before the guide
    /// finished loading (the prerendered screen, issue 14), and the language
    /// button of this language while its text is fetched.
    pub getting_ready: Text,
    /// Said, in this language, when its text could not be fetched (the
    /// guide stays in the language it showed).
    pub language_failed: Text,
    /// Heading of the screen for a saved link that was cut or changed.
    pub damaged_title: Text,
    /// Why no plan is shown from it, and that nothing else was kept.
    pub damaged_body: Text,
    /// The button that starts the questions afresh.
    pub damaged_action: Text,
    /// Text of kiosk mode: attract screen, "Still there?" and QR hand-off.
    pub kiosk: KioskText,
    /// The "Listen" buttons that read a question or a plan section aloud.
    pub listen: ListenText,
}
}

text_struct! {
/// Labels of the read-aloud buttons.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenText {
    /// The button that starts reading.
    pub listen: Text,
    /// The same button while it reads.
    pub stop: Text,
}
}

text_struct! {
/// Text of kiosk mode.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskText {
    /// The attract screen's big line above "Tap to start".
    pub attract_title: Text,
    /// One line under it on what the guide offers.
    pub attract_lead: Text,
    /// The attract screen's start button.
    pub tap_to_start: Text,
    /// Accessible name of the language choice.
    pub language_label: Text,
    /// The button on every kiosk screen that ends the visit at once.
    pub finish: Text,
    /// Title of the idle dialog.
    pub still_there_title: Text,
    /// The idle dialog's explanation.
    pub still_there_body: Text,
    /// The countdown; `{seconds}` is the number of seconds left.
    pub resetting_in: Text,
    /// The button that keeps the visit going.
    pub still_here: Text,
    /// Heading of the QR hand-off on the plan.
    pub handoff_title: Text,
    /// Caption of the QR code of the visitor's own plan.
    pub handoff_plan: Text,
    /// Caption of the QR code of the clinic's booking page.
    pub handoff_booking: Text,
    /// The privacy note under the codes.
    pub handoff_privacy: Text,
}
}
