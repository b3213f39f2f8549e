//! SVG text: numbers and path `d` strings, made without Rust's float
//! formatter (it added about 10 KiB of wasm).

use std::fmt::Write as _;

use super::geometry::{Pt, ViewBox};

/// `v` with exactly `decimals` digits after the point (at most 9), like
/// `format!("{v:.3}")`. Written by hand because Rust's float formatter added
/// about 10 KiB of wasm for a few SVG coordinates. Rounds half away from
/// zero, prints no `-` for values that round to zero, and treats NaN and
/// infinities as 0.
pub fn fixed(v: f64, decimals: u32) -> String {
    let decimals = decimals.min(9);
    let v = if v.is_finite() { v } else { 0.0 };
    let scale = 10u64.pow(decimals);
    // `as` saturates, so even absurd coordinates cannot overflow.
    let n = (v.abs() * scale as f64 + 0.5).floor() as u64;
    let mut digits = n.to_string();
    let width = decimals as usize + 1;
    if digits.len() < width {
        digits.insert_str(0, &"0".repeat(width - digits.len()));
    }
    let mut out = String::with_capacity(digits.len() + 2);
    if v < 0.0 && n != 0 {
        out.push('-');
    }
    let (int, frac) = digits.split_at(digits.len() - decimals as usize);
    out.push_str(int);
    if decimals > 0 {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// Formats a coordinate for an SVG attribute or path: three decimals (1 µm)
/// is finer than any screen pixel, and trailing zeros are dropped to keep the
/// SVG small. The one number format of every drawing, so the prerendered page,
/// the first render and the animation frames write the same text.
pub fn num(v: f64) -> String {
    let mut s = fixed(v, 3);
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" {
        s = "0".to_owned();
    }
    s
}

impl ViewBox {
    /// The value of the SVG `viewBox` attribute, e.g. `"0 -1 10 4.5"`.
    pub fn attr(&self) -> String {
        let r = self.0;
        format!("{} {} {} {}", num(r.x), num(r.y), num(r.w), num(r.h))
    }
}

/// An SVG path `d` string for an open polyline (`M x y L x y ...`).
pub fn path_d(points: &[Pt]) -> String {
    let mut d = String::with_capacity(points.len() * 14);
    for (i, p) in points.iter().enumerate() {
        let cmd = if i == 0 { 'M' } else { 'L' };
        // Writing into a String cannot fail.
        let _ = write!(d, "{}{} {} ", cmd, num(p.x), num(p.y));
    }
    d.truncate(d.trim_end().len());
    d
}

/// An SVG path `d` string for a closed shape (the polyline plus `Z`).
pub fn closed_path_d(points: &[Pt]) -> String {
    let mut d = path_d(points);
    if !d.is_empty() {
        d.push_str(" Z");
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_matches_the_std_formatter() {
        // The one intended difference: no "-0.0" for negatives that round to 0.
        fn std(v: f64, d: usize) -> String {
            let s = format!("{v:.d$}");
            let unsigned = s.trim_start_matches('-');
            if unsigned.chars().all(|c| c == '0' || c == '.') {
                unsigned.to_string()
            } else {
                s
            }
        }
        for i in -20_000..20_000 {
            let v = f64::from(i) * 0.0137 + 0.00049;
            assert_eq!(fixed(v, 3), std(v, 3), "{v}");
            assert_eq!(fixed(v, 1), std(v, 1), "{v}");
            assert_eq!(fixed(v, 0), std(v, 0), "{v}");
        }
        assert_eq!(fixed(0.0, 3), "0.000");
        assert_eq!(fixed(-0.0001, 3), "0.000");
        assert_eq!(fixed(60.0, 0), "60");
        assert_eq!(fixed(12.34567, 1), "12.3");
        assert_eq!(fixed(f64::INFINITY, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 2), "0.00");
        assert!(!fixed(1e300, 3).is_empty());
        assert_eq!(fixed(1.5, 20), "1.500000000");
    }

    #[test]
    fn numbers_are_compact() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(0.125), "0.125");
        assert_eq!(num(f64::NAN), "0");
    }
}
