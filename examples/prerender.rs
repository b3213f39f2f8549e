//! Build step (issue 14): renders the first screen of every mode and
//! language with Yew's server renderer and writes them, with the widget's
//! stylesheet, the element's attribute list and the "getting ready" texts,
//! as one JSON file for `scripts/make-shim.mjs`. Run by Trunk's pre-build
//! hook: `cargo run --example prerender --features ssr -- OUT.json`.
//! Native only; nothing here is in the wasm.

use microneedling_guide::core::catalog::Catalog;
use microneedling_guide::core::config::Lang;
use microneedling_guide::core::staff::quote as json;
use microneedling_guide::element::host::ATTRIBUTES;
use microneedling_guide::prerender::{first_props, render, MODES};

const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).ok_or("usage: prerender OUT.json")?;
    let mut screens = Vec::new();
    let mut ready = Vec::new();
    let mut logo_alt = Vec::new();
    for lang in Lang::ALL {
        for mode in MODES {
            let props = first_props(mode, lang).ok_or("a built-in catalog did not load")?;
            screens.push(format!(
                "{}:{}",
                json(&format!("{}-{}", mode.name(), lang.tag())),
                json(&render(props))
            ));
        }
        let catalog = Catalog::builtin(lang);
        ready.push(format!("{}:{}", json(lang.tag()), json(&catalog.app.getting_ready)));
        logo_alt.push(format!("{}:{}", json(lang.tag()), json(&catalog.app.clinic_logo_alt)));
    }
    let attributes: Vec<String> = ATTRIBUTES.iter().map(|a| json(a)).collect();
    let text = format!(
        "{{\"attributes\":[{}],\"css\":{},\"ready\":{{{}}},\"logoAlt\":{{{}}},\"screens\":{{{}}}}}\n",
        attributes.join(","),
        json(WIDGET_CSS),
        ready.join(","),
        logo_alt.join(","),
        screens.join(",")
    );
    if let Some(dir) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&out, text)?;
    Ok(())
}
