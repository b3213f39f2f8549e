//! Build step: minified copies of the stylesheet and the content files in
//! `OUT_DIR`, which the wasm embeds.
//!
//! `styles/*.css` and `content/<lang>/*.json` stay the readable source; the
//! copies drop only comments and whitespace (about 1.9 KiB of the brotli
//! download). The minifiers are the core's `minify` module, tested natively.

use std::error::Error;
use std::fs;
use std::path::Path;

#[path = "src/core/minify.rs"]
#[allow(dead_code)]
mod minify;

/// The stylesheets of the shadow root, in cascade order.
const STYLES: [&str; 3] = ["styles/widget.css", "styles/diagram.css", "styles/kiosk.css"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed=src/core/minify.rs");
    let out = std::env::var("OUT_DIR")?;
    let out = Path::new(&out);

    let mut css = String::new();
    for file in STYLES {
        println!("cargo:rerun-if-changed={file}");
        css.push_str(&fs::read_to_string(file)?);
        css.push('\n');
    }
    fs::write(out.join("widget.min.css"), minify::css(&css))?;

    // Every content file, whatever the languages and sections: a new one
    // needs no change here.
    println!("cargo:rerun-if-changed=content");
    for lang in fs::read_dir("content")? {
        let lang = lang?.path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        let dest = out.join(&lang);
        fs::create_dir_all(&dest)?;
        for file in fs::read_dir(&lang)? {
            let file = file?.path();
            if file.extension().is_some_and(|e| e == "json") {
                println!("cargo:rerun-if-changed={}", file.display());
                let name = file.file_name().ok_or("content file without a name")?;
                fs::write(dest.join(name), minify::json(&fs::read_to_string(&file)?))?;
            }
        }
    }
    Ok(())
}
