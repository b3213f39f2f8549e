//! Writes the language files fetched on demand (every language but English)
//! into a folder, for `scripts/make-shim.mjs` to copy into `dist/`: a Trunk
//! pre-build hook runs `cargo run --example lang_files -- target/lang`.
//! The text is what `build.rs` checked and baked (see `build/content.rs`);
//! older files in the folder are removed, so only this build's ship.

use std::error::Error;
use std::fs;
use std::path::PathBuf;

use microneedling_guide::core::catalog::Catalog;
use microneedling_guide::core::config::Lang;

fn main() -> Result<(), Box<dyn Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "target/lang".to_string()));
    fs::create_dir_all(&dir)?;
    for entry in fs::read_dir(&dir)?.flatten() {
        if entry.path().extension().is_some_and(|e| e == "json") {
            fs::remove_file(entry.path())?;
        }
    }
    for lang in Lang::ALL {
        if let (Some(name), Some(text)) = (Catalog::file_name(lang), Catalog::file_text(lang)) {
            fs::write(dir.join(name), text)?;
        }
    }
    Ok(())
}
