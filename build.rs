//! Build step: the built-in content as Rust statics, and a minified copy of
//! the stylesheet, both in `OUT_DIR`.
//!
//! The content files are read into the crate's own catalog types: the core is
//! compiled into this script by path (it is pure Rust with serde derives, so
//! it needs no web crate), which shares the types without copying them and
//! without a separate crate. See `build/content.rs` for the checks; any
//! content mistake fails the build with the file and the key.

use std::error::Error;
use std::fs;
use std::path::Path;

#[path = "src/core/mod.rs"]
#[allow(dead_code, unused_imports, clippy::all)]
mod core;

/// Stands in for the statics this script writes: the core's
/// `Catalog::builtin` reads them, but the script never calls it.
#[allow(dead_code)]
mod baked {
    use crate::core::config::Lang;
    use crate::core::tree::Flat;
    pub const SHAPE: Flat = Flat::EMPTY;
    pub const TEXTS: usize = 0;
    pub fn compiled(_: Lang) -> Option<Flat> {
        None
    }
    pub fn fetched(_: Lang) -> Option<(&'static str, u64)> {
        None
    }
    pub fn loading(_: Lang) -> (&'static str, &'static str) {
        ("", "")
    }
    pub fn file_text(_: Lang) -> Option<&'static str> {
        None
    }
}

#[path = "build/content.rs"]
#[allow(dead_code)]
mod content;

#[path = "build/minify.rs"]
mod minify;

/// The stylesheets of the shadow root, in cascade order.
const STYLES: [&str; 3] = ["styles/widget.css", "styles/diagram.css", "styles/kiosk.css"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed=build");
    // The catalog types live in the core: a changed field changes the bake.
    println!("cargo:rerun-if-changed=src/core");
    let out = std::env::var("OUT_DIR")?;
    let out = Path::new(&out);

    let mut css = String::new();
    for file in STYLES {
        println!("cargo:rerun-if-changed={file}");
        css.push_str(&fs::read_to_string(file)?);
        css.push('\n');
    }
    fs::write(out.join("widget.min.css"), minify::css(&css))?;

    println!("cargo:rerun-if-changed=content");
    // The wasm carries English only; other languages are fetched when
    // needed (see `build/content.rs`). Native builds carry every language.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let baked = content::bake_dir(Path::new("content"), wasm, |p| {
        println!("cargo:rerun-if-changed={}", p.display());
    });
    match baked {
        Ok((rust, files)) => {
            fs::write(out.join("content.rs"), rust)?;
            // Each fetched language's file, for the browser tests, which
            // install it with `include_str!` (the wasm itself never does).
            for (tag, text) in files {
                fs::write(out.join(format!("lang-{tag}.json")), text)?;
            }
        }
        Err(errors) => {
            for e in &errors {
                // `cargo:warning` shows each line even when the build succeeds
                // elsewhere; the error below stops the build.
                println!("cargo:warning={e}");
            }
            return Err(format!("the content has {} mistake(s):\n{}", errors.len(), errors.join("\n")).into());
        }
    }
    Ok(())
}
