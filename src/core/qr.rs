//! QR codes for the kiosk hand-off, drawn as one SVG path.
//!
//! The module matrix comes from the `qrcode` crate; turning it into a path
//! here keeps the markup small and testable without a browser.

use qrcode::{Color, EcLevel, QrCode};

/// The quiet zone around the code, in modules (the standard asks for 4).
pub const QUIET: usize = 4;

/// A QR code ready to draw: an SVG path of its dark modules and the side
/// length of the square it fills, quiet zone included, in modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    /// The `d` attribute: one `h1v1h-1z` square per dark module.
    pub d: String,
    /// Side of the `viewBox`, in modules.
    pub size: usize,
}

/// Encodes `text` with medium error correction; `None` if it is too long.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for (i, c) in colors.iter().enumerate() {
        if *c == Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some(QrPath {
        d,
        size: width + 2 * QUIET,
    })
}

/// The visitor's own plan link: the standalone page plus the answers in the
/// fragment (never sent to a server). Any fragment on `page` is replaced.
pub fn handoff_link(page: &str, answers: &crate::core::quiz::Answers) -> String {
    let base = page.split('#').next().unwrap_or(page);
    format!("{base}#a={}", crate::core::link::encode(answers))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::link::decode;
    use crate::core::link::{read, LinkRead};
    use crate::core::quiz::Answers;

    #[test]
    fn a_link_becomes_a_square_path() {
        let q = qr_path("https://clinic.example/guide/#a=v=1&s=ip.bx&g=3").unwrap_or_else(|| panic!("encodes"));
        assert!(q.size >= 21 + 2 * QUIET);
        assert!(q.d.starts_with('M'));
        assert!(q.d.matches('z').count() > 50);
    }

    #[test]
    fn too_long_text_is_refused_not_panicked() {
        assert_eq!(qr_path(&"x".repeat(5000)), None);
    }

    #[test]
    fn handoff_link_round_trips_the_answers() {
        let (answers, _) = decode("v=1&s=ip.bx&g=3&c=fl&f=4&x=none&d=2");
        assert_ne!(answers, Answers::default());
        let link = handoff_link("http://127.0.0.1:8080/index.html#old", &answers);
        assert!(link.starts_with("http://127.0.0.1:8080/index.html#a=v=2&"), "{link}");
        let fragment = link.split_once("#a=").map(|(_, f)| f).unwrap_or_default();
        assert_eq!(read(fragment), LinkRead::Answers(answers, vec![]));
    }
}
