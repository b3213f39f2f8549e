//! The entry layer: the `<microneedling-guide>` custom element, the only
//! way into the widget in every mode (standalone page, clinic embed, kiosk).
//!
//! [`widget::MgWidget`] reads the element's attributes ([`host`]), fetches a
//! clinic's wording, mounts the app ([`mount`]) and sends host events; in an
//! iframe it reports its height ([`iframe`]). A language other than
//! English is fetched the first time it is needed ([`lang`]). It sits above
//! the app (Yew) and the platform services, and nothing imports it. The
//! configurator page's wasm exports ([`staff`]) are the module's other entry.

pub mod fetch;
pub mod host;
pub mod iframe;
pub mod lang;
pub mod mount;
#[cfg(feature = "staff")]
pub mod staff;
pub mod widget;
