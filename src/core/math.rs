//! Small float functions for the drawings, written out so that libm's
//! general routines stay out of the wasm.
//!
//! `f64::sin`/`cos` link a Payne-Hanek argument reduction built for huge
//! arguments, and `powf` a full `pow`; together about 9 KiB of wasm. The
//! drawings only need moderate arguments and about twelve correct digits
//! (coordinates are written with three decimals), which short Taylor series
//! after a simple reduction give. Exact where it matters for the drawings:
//! `sin(0) = 0`, `cos(0) = 1`, `cos(π) = -1`, `sin(π) = 0`.

use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// `x` moved into `[-π, π]` by whole turns. Accurate while `|x|` is far below
/// 2^52; the drawings stay under 100. `floor` is a single wasm instruction,
/// unlike `round`.
fn turn(x: f64) -> f64 {
    x - TAU * (x / TAU + 0.5).floor()
}

/// Taylor series of `sin` for `|r| <= π/2`, to the `r^19` term (error below
/// 1e-15).
fn sin_series(r: f64) -> f64 {
    let r2 = r * r;
    let mut term = r;
    let mut sum = r;
    for k in 1..10 {
        let k = f64::from(k);
        term *= -r2 / ((2.0 * k) * (2.0 * k + 1.0));
        sum += term;
    }
    sum
}

/// Taylor series of `cos` for `|r| <= π/2`, to the `r^20` term (error below
/// 1e-16).
fn cos_series(r: f64) -> f64 {
    let r2 = r * r;
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 1..11 {
        let k = f64::from(k);
        term *= -r2 / ((2.0 * k - 1.0) * (2.0 * k));
        sum += term;
    }
    sum
}

/// The sine of `x` (radians), for the drawings' moderate arguments.
pub fn sin(x: f64) -> f64 {
    let r = turn(x);
    let r = if r > FRAC_PI_2 {
        PI - r
    } else if r < -FRAC_PI_2 {
        -PI - r
    } else {
        r
    };
    sin_series(r)
}

/// The cosine of `x` (radians), for the drawings' moderate arguments.
pub fn cos(x: f64) -> f64 {
    let r = turn(x).abs();
    if r > FRAC_PI_2 {
        -cos_series(PI - r)
    } else {
        cos_series(r)
    }
}

/// `x` to the power `y` for `x >= 0` (0 for anything else), through `exp`
/// and `ln`, which the timeline links anyway.
pub fn pow(x: f64, y: f64) -> f64 {
    if x > 0.0 {
        (y * x.ln()).exp()
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sin_and_cos_match_std_across_the_drawings_range() {
        for i in -100_000..=100_000 {
            let x = f64::from(i) * 0.001_37;
            assert!((sin(x) - x.sin()).abs() < 1e-12, "sin {x}");
            assert!((cos(x) - x.cos()).abs() < 1e-12, "cos {x}");
        }
    }

    #[test]
    fn exact_where_the_drawings_need_it() {
        assert_eq!(sin(0.0), 0.0);
        assert_eq!(cos(0.0), 1.0);
        assert_eq!(cos(PI), -1.0);
        assert_eq!(sin(PI), 0.0);
        assert!((sin(FRAC_PI_2) - 1.0).abs() < 1e-15);
        assert!(sin(f64::NAN).is_nan());
    }

    #[test]
    fn pow_matches_std() {
        for i in 1..=1000 {
            let x = f64::from(i) / 1000.0;
            for y in [0.7, 2.4, 1.0, 3.0] {
                let ours = pow(x, y);
                assert!((ours - x.powf(y)).abs() <= 1e-12 * x.powf(y).max(1.0), "{x}^{y}");
            }
        }
        assert_eq!(pow(0.0, 0.7), 0.0);
        assert_eq!(pow(-1.0, 2.4), 0.0);
    }
}
