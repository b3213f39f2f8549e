//! The first screen rendered ahead of time (issue 14), natively, by Yew's
//! own server renderer: `examples/prerender.rs` writes it at build time for
//! `scripts/make-shim.mjs`, which puts it into `dist/index.html` (a
//! declarative shadow root) and into the shim (painted into a clinic's
//! element before the wasm arrives). The app renders its first frame from
//! exactly these properties, so the wasm takes over an identical screen.

use std::rc::Rc;

use yew::{Callback, LocalServerRenderer};

use crate::app::props::AppProps;
use crate::app::root::App;
use crate::core::catalog::Catalog;
use crate::core::config::{Config, Lang, Mode};

/// The modes a page can start in, each with its first screen: the welcome
/// (standalone page and clinic embed) and the kiosk's attract screen.
pub const MODES: [Mode; 3] = [Mode::Standalone, Mode::Embed, Mode::Kiosk];

/// What the element passes the app on its first frame for `mode` and `lang`
/// with no clinic attributes (the shim adds the clinic's name, logo and
/// accent around the screen): see `element::widget::render`.
pub fn first_props(mode: Mode, lang: Lang) -> Option<AppProps> {
    let catalog = Rc::new(Catalog::builtin(lang));
    let config = Config {
        lang,
        mode,
        url_config: mode != Mode::Embed,
        ..Config::default()
    };
    Some(AppProps {
        config,
        catalog,
        on_event: Callback::noop(),
        resume: None,
        on_lang: Some(Callback::noop()),
        load_lang: Some(Callback::from(|l: Lang| Rc::new(Catalog::builtin(l)))),
        lang_load: Default::default(),
    })
}

/// The first screen's HTML for these properties, without hydration markers.
pub fn render(props: AppProps) -> String {
    futures::executor::block_on(LocalServerRenderer::<App>::with_props(props).hydratable(false).render())
}
