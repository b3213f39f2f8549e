//! The diagrams drawn for a visitor follow their answers.

use microneedling_guide::core::quiz::{Answers, Concern, ScarType};
use microneedling_guide::core::scene::{needle_for, shapes_for, shapes_to_draw, NeedleTarget, ScarShape};

fn with_scars(scars: &[ScarType]) -> Answers {
    let mut a = Answers::default();
    a.scars.extend(scars.iter().copied());
    a
}

#[test]
fn every_scar_answer_maps_to_a_shape_or_to_the_general_drawing() {
    for &scar in ScarType::ALL.iter() {
        let shapes = shapes_for(&with_scars(&[scar]));
        let drawn = shapes_to_draw(&shapes);
        assert!(!drawn.is_empty(), "{scar:?} draws something");
        if scar.is_flat_mark() || scar == ScarType::NotSure {
            assert!(shapes.is_empty(), "{scar:?} has no shape of its own");
            assert_eq!(drawn.len(), 3, "falls back to the three sunken types");
        }
    }
}

#[test]
fn raised_types_share_one_shape_and_order_is_kept() {
    let a = with_scars(&[ScarType::Keloid, ScarType::Hypertrophic, ScarType::IcePick]);
    let shapes = shapes_for(&a);
    assert_eq!(shapes.iter().filter(|s| **s == ScarShape::Raised).count(), 1);
    assert!(shapes.contains(&ScarShape::IcePick));
}

#[test]
fn fine_lines_alone_get_the_shallow_set_up() {
    let mut a = Answers::default();
    a.concerns.insert(Concern::FineLines);
    assert_eq!(needle_for(&a), NeedleTarget::FineLines);
    a.scars.insert(ScarType::Rolling);
    assert_eq!(needle_for(&a), NeedleTarget::Scars, "scars decide the depth");
    assert_eq!(needle_for(&Answers::default()), NeedleTarget::Scars);
}
