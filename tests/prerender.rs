//! The prerendered first screens (issue 14) against the app's own first
//! frame, rendered natively by Yew's server renderer:
//! `cargo test --features ssr --test prerender`.
//!
//! The end-to-end test (`tests/e2e/prerender.test.mjs`) compares the live
//! DOM after take-over with the prerendered one in the browser; this checks
//! every mode and language, and the clinic bar the shim adds, without one.

use std::rc::Rc;

use microneedling_guide::app::props::AppProps;
use microneedling_guide::core::catalog::Catalog;
use microneedling_guide::core::config::{Clinic, Config, Lang, Mode};
use microneedling_guide::prerender::{first_props, render, MODES};
use yew::Callback;

/// The properties `element::widget` builds on a guide's first frame.
fn element_props(config: Config) -> AppProps {
    AppProps {
        catalog: Rc::new(Catalog::builtin(config.lang)),
        config,
        on_event: Callback::noop(),
        resume: None,
        on_lang: Some(Callback::noop()),
        load_lang: Some(Callback::from(|l: Lang| Rc::new(Catalog::builtin(l)))),
        lang_load: Default::default(),
    }
}

fn config(mode: Mode, lang: Lang) -> Config {
    Config {
        lang,
        mode,
        url_config: mode != Mode::Embed,
        ..Config::default()
    }
}

#[test]
fn every_prerendered_screen_is_the_apps_first_frame() {
    for lang in Lang::ALL {
        for mode in MODES {
            let pre = render(first_props(mode, lang).expect("props"));
            let app = render(element_props(config(mode, lang)));
            assert_eq!(pre, app, "{mode:?} {lang:?}");
            // The screen a visitor starts on, in its language, with no
            // hydration markers (the wasm replaces it, it does not hydrate).
            let marker = if mode == Mode::Kiosk {
                "mg-attract"
            } else {
                "mg-welcome"
            };
            assert!(pre.contains(marker), "{mode:?} {lang:?}: {pre}");
            assert!(pre.contains(&format!("lang=\"{}\"", lang.tag())), "{mode:?} {lang:?}");
            assert!(!pre.contains("<!--"), "{mode:?} {lang:?}: {pre}");
        }
    }
}

#[test]
fn the_languages_differ_and_headings_follow_the_mode() {
    let en = render(first_props(Mode::Embed, Lang::En).expect("props"));
    let es = render(first_props(Mode::Embed, Lang::Es).expect("props"));
    assert_ne!(en, es);
    assert!(en.contains("<h2"), "embedded, the clinic's page owns the h1");
    assert!(render(first_props(Mode::Standalone, Lang::En).expect("props")).contains("<h1"));
    assert!(render(first_props(Mode::Kiosk, Lang::Es).expect("props")).contains("<h1"));
}

/// The shim (`embed/shim.template.js`) adds a clinic's name and logo to a
/// prerendered screen by inserting this bar where the app draws it: first in
/// the widget, or first in the kiosk's top bar.
#[test]
fn the_clinic_bar_the_shim_adds_is_where_and_what_the_app_draws() {
    for lang in Lang::ALL {
        for mode in MODES {
            for (name, logo) in [
                (Some("Clínica <b>&</b>"), Some("https://x.example/l.svg")),
                (Some("N"), None),
                (None, Some("/l.svg")),
            ] {
                let clinic = Clinic {
                    name: name.map(str::to_string),
                    logo: logo.map(str::to_string),
                    ..Clinic::default()
                };
                let app = render(element_props(Config {
                    clinic,
                    ..config(mode, lang)
                }));
                let pre = render(first_props(mode, lang).expect("props"));
                let catalog = Catalog::builtin(lang);
                let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
                let mut bar = String::from("<div part=\"clinic\" class=\"mg-clinic\">");
                if let Some(src) = logo {
                    let alt = if name.is_some() {
                        String::new()
                    } else {
                        catalog.app.clinic_logo_alt.to_string()
                    };
                    bar.push_str(&format!(
                        "<img src=\"{src}\" alt=\"{alt}\" fetchpriority=\"low\" class=\"mg-clinic__logo\">"
                    ));
                }
                if let Some(n) = name {
                    bar.push_str(&format!("<bdi class=\"mg-clinic__name\">{}</bdi>", escape(n)));
                }
                bar.push_str("</div>");
                let at = if mode == Mode::Kiosk {
                    "<div class=\"mg-kiosk__bar\">"
                } else {
                    "class=\"mg mg--"
                };
                let open = pre.find(at).expect("insertion point");
                let end = open + pre[open..].find('>').expect("tag end") + 1;
                let expected = format!("{}{}{}", &pre[..end], bar, &pre[end..]);
                assert_eq!(app, expected, "{mode:?} {lang:?} {name:?} {logo:?}");
            }
        }
    }
}
