//! Build step: the widget's stylesheet, minified into `OUT_DIR`.
//!
//! `styles/*.css` stay the readable source; the wasm embeds the minified
//! copy (comments and indentation were ~1.3 KiB of the brotli download).
//! The minifier is the core's `css` module, tested natively with the crate.

use std::error::Error;
use std::path::Path;

#[path = "src/core/css.rs"]
#[allow(dead_code)]
mod css;

/// The stylesheets of the shadow root, in cascade order.
const STYLES: [&str; 3] = ["styles/widget.css", "styles/diagram.css", "styles/kiosk.css"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed=src/core/css.rs");
    let mut all = String::new();
    for file in STYLES {
        println!("cargo:rerun-if-changed={file}");
        all.push_str(&std::fs::read_to_string(file)?);
        all.push('\n');
    }
    let out = std::env::var("OUT_DIR")?;
    std::fs::write(Path::new(&out).join("widget.min.css"), css::minify(&all))?;
    Ok(())
}
