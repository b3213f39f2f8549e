//! Colours a clinic may pass in, and the readable colours derived from them.
//!
//! A clinic chooses one accent colour. Whatever it picks, text drawn on the
//! accent and accent-coloured text on the surface must reach WCAG AA
//! (4.5:1), so the theme derives both instead of trusting the input.

use std::fmt;

/// The contrast every text colour must reach (WCAG 2.2 AA, normal text).
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// An sRGB colour with 8-bit channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    /// Red, 0-255.
    pub r: u8,
    /// Green, 0-255.
    pub g: u8,
    /// Blue, 0-255.
    pub b: u8,
}

impl Rgb {
    /// Pure white.
    pub const WHITE: Rgb = Rgb { r: 255, g: 255, b: 255 };
    /// Pure black.
    pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };
    /// The widget's darkest text colour (softer than black, still 15:1 on white).
    pub const INK: Rgb = Rgb {
        r: 0x1d,
        g: 0x27,
        b: 0x2d,
    };

    /// Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)`; anything else is `None`.
    /// Named colours and alpha are refused on purpose: a translucent accent
    /// cannot be checked for contrast without knowing the page behind it.
    pub fn parse(input: &str) -> Option<Rgb> {
        let s = input.trim();
        if let Some(hex) = s.strip_prefix('#') {
            if !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
                return None;
            }
            let nib = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
            let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
            return match hex.len() {
                3 => Some(Rgb {
                    r: nib(0)? * 17,
                    g: nib(1)? * 17,
                    b: nib(2)? * 17,
                }),
                6 => Some(Rgb {
                    r: byte(0)?,
                    g: byte(2)?,
                    b: byte(4)?,
                }),
                _ => None,
            };
        }
        let lower = s.to_ascii_lowercase();
        let inner = lower.strip_prefix("rgb(")?.strip_suffix(')')?;
        let mut parts = inner.split(',').map(|p| p.trim().parse::<u8>().ok());
        let (r, g, b) = (parts.next()??, parts.next()??, parts.next()??);
        if parts.next().is_some() {
            return None;
        }
        Some(Rgb { r, g, b })
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let lin = |v: u8| {
            let c = f64::from(v) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                super::math::pow((c + 0.055) / 1.055, 2.4)
            }
        };
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }

    /// WCAG contrast ratio with `other`, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// Mixes towards `other` by `t` (0 keeps self, 1 gives other).
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let t = t.clamp(0.0, 1.0);
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb {
            r: m(self.r, other.r),
            g: m(self.g, other.g),
            b: m(self.b, other.b),
        }
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// The accent colours the widget actually uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Fill of primary buttons and highlights: the clinic's colour as given.
    pub accent: Rgb,
    /// Text on `accent`: white or the widget's ink, whichever reads better.
    pub on_accent: Rgb,
    /// Accent used as text or outline on the surface, darkened (or lightened
    /// on a dark surface) just enough to reach 4.5:1.
    pub accent_ink: Rgb,
}

impl Theme {
    /// Derives readable colours from a clinic's accent on a given surface.
    pub fn from_accent(accent: Rgb, surface: Rgb) -> Theme {
        // White or the soft ink first; pure black only when neither reaches
        // 4.5:1, which white or black always do (the worst case is 4.58:1).
        let on_accent = [Rgb::WHITE, Rgb::INK, Rgb::BLACK]
            .into_iter()
            .find(|c| c.contrast(accent) >= MIN_TEXT_CONTRAST)
            .unwrap_or(Rgb::BLACK);
        // Move towards the end that contrasts with the surface, in small steps,
        // so the ink stays as close to the clinic's colour as possible.
        let target = if surface.luminance() > 0.18 {
            Rgb::BLACK
        } else {
            Rgb::WHITE
        };
        let accent_ink = (0..=50)
            .map(|i| accent.mix(target, f64::from(i) / 50.0))
            .find(|c| c.contrast(surface) >= MIN_TEXT_CONTRAST)
            .unwrap_or(target);
        Theme {
            accent,
            on_accent,
            accent_ink,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_accepted_forms() {
        assert_eq!(
            Rgb::parse("#2b6a6e"),
            Some(Rgb {
                r: 0x2b,
                g: 0x6a,
                b: 0x6e
            })
        );
        assert_eq!(Rgb::parse(" #FFF "), Some(Rgb::WHITE));
        assert_eq!(Rgb::parse("rgb(10, 20,30)"), Some(Rgb { r: 10, g: 20, b: 30 }));
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "",
            "#",
            "#12",
            "#12345",
            "#gggggg",
            "red",
            "rgb(1,2)",
            "rgb(1,2,3,4)",
            "rgb(256,0,0)",
            "rgba(1,2,3,0.5)",
            "#ff00ff80",
            "url(x)",
            "#１２３",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        let black = Rgb { r: 0, g: 0, b: 0 };
        assert!((black.contrast(Rgb::WHITE) - 21.0).abs() < 1e-9);
        assert!((Rgb::WHITE.contrast(Rgb::WHITE) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn every_accent_gives_readable_text_on_a_light_and_a_dark_surface() {
        // Every colour on a 16-level grid of the RGB cube: 4,096 accents.
        for surface in [
            Rgb::WHITE,
            Rgb {
                r: 0xf3,
                g: 0xf6,
                b: 0xf5,
            },
            Rgb {
                r: 0x12,
                g: 0x16,
                b: 0x1a,
            },
        ] {
            for r in (0..=255).step_by(17) {
                for g in (0..=255).step_by(17) {
                    for b in (0..=255).step_by(17) {
                        let accent = Rgb {
                            r: r as u8,
                            g: g as u8,
                            b: b as u8,
                        };
                        let t = Theme::from_accent(accent, surface);
                        assert!(t.on_accent.contrast(accent) >= MIN_TEXT_CONTRAST, "{accent} text");
                        assert!(
                            t.accent_ink.contrast(surface) >= MIN_TEXT_CONTRAST,
                            "{accent} ink on {surface}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_dark_enough_accent_is_kept_as_its_own_ink() {
        let teal = Rgb {
            r: 0x2b,
            g: 0x6a,
            b: 0x6e,
        };
        assert_eq!(Theme::from_accent(teal, Rgb::WHITE).accent_ink, teal);
    }

    #[test]
    fn display_is_lowercase_hex() {
        assert_eq!(Rgb { r: 255, g: 10, b: 0 }.to_string(), "#ff0a00");
    }
}
