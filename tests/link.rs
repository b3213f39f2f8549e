//! The answer link: version 2 round trips, damage detection and the decoder
//! fed arbitrary bytes. Property tests (proptest) plus the cases people meet:
//! a link cut short in a chat app, edited by hand, or from a newer guide.
#![cfg(not(target_arch = "wasm32"))]

use microneedling_guide::core::id_set::{IdSet, SetId};
use microneedling_guide::core::link::{checksum, encode, read, Damage, DecodeWarning, LinkRead, Resume};
use microneedling_guide::core::plan::build_plan;
use microneedling_guide::core::quiz::{Answers, Concern, Downtime, Safety, ScarType, SunReaction, Visibility};
use proptest::prelude::*;

fn subset<T: SetId + std::fmt::Debug>(all: &'static [T]) -> impl Strategy<Value = IdSet<T>> {
    proptest::sample::subsequence(all, 0..=all.len()).prop_map(|v| v.into_iter().collect())
}

fn optional<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(proptest::sample::select(all))
}

/// Any answers a visitor could hold (normalised, as the quiz keeps them).
fn answers() -> impl Strategy<Value = Answers> {
    (
        subset(ScarType::ALL),
        optional(Visibility::ALL),
        subset(Concern::ALL),
        optional(SunReaction::ALL),
        subset(Safety::ALL),
        optional(Downtime::ALL),
    )
        .prop_map(|(scars, visibility, concerns, sun, safety, downtime)| {
            let mut a = Answers {
                scars,
                visibility,
                concerns,
                sun,
                safety,
                downtime,
            };
            let _ = a.normalize();
            a
        })
}

fn is_normalised(a: &Answers) -> bool {
    let mut n = a.clone();
    n.normalize().is_empty() && n == *a
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_answer_set_round_trips(a in answers()) {
        let text = encode(&a);
        prop_assert!(text.starts_with("v=2"));
        prop_assert!(text.chars().all(|c| c.is_ascii_alphanumeric() || "=&.".contains(c)), "{}", text);
        prop_assert!(text.len() <= 120, "{} is too long for a small QR code", text);
        prop_assert_eq!(read(&text), LinkRead::Answers(a.clone(), vec![]));
        // As a browser hands it over: with the fragment's `#` in front.
        prop_assert_eq!(read(&format!("#{text}")), LinkRead::Answers(a, vec![]));
    }

    #[test]
    fn one_changed_character_never_silently_changes_the_answers(
        a in answers(),
        at in any::<prop::sample::Index>(),
        c in proptest::sample::select(&b"abcdefghijklmnopqrstuvwxyz0123456789=&.-"[..]),
    ) {
        let text = encode(&a);
        let i = at.index(text.len());
        let mut bytes = text.clone().into_bytes();
        prop_assume!(bytes[i] != c);
        bytes[i] = c;
        let changed = String::from_utf8(bytes).unwrap_or_default();
        match read(&changed) {
            LinkRead::Damaged(_) | LinkRead::Empty => {}
            // Only a change to the version leaves the checksum unread (the
            // lenient version 1 reader then runs), and it never passes
            // silently: the stray checksum part alone draws a warning.
            LinkRead::Answers(b, w) => prop_assert!(b == a || !w.is_empty(), "{} -> {:?} {:?}", changed, b, w),
        }
    }

    #[test]
    fn a_cut_link_is_damaged(a in answers(), keep in any::<prop::sample::Index>()) {
        let text = encode(&a);
        let cut = &text[..keep.index(text.len())];
        match read(cut) {
            LinkRead::Damaged(_) | LinkRead::Empty => {}
            other => prop_assert!(false, "{:?} read as {:?}", cut, other),
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let input = String::from_utf8_lossy(&bytes);
        check_any(&input);
    }

    #[test]
    fn link_shaped_junk_never_panics(input in "[vsgcfxdk=&.#?0-9a-z%é💉 ]{0,80}") {
        check_any(&input);
    }
}

/// Whatever the input: answers that are consistent and plan-able, nothing, or
/// a damage report; every message is short and names the widget.
fn check_any(input: &str) {
    let result = read(input);
    for m in result.messages() {
        assert!(m.starts_with("microneedling-guide:"), "{m}");
        assert!(m.chars().count() < 260, "{m}");
    }
    match result.resume() {
        Some(Resume::Answers(a)) => {
            assert!(is_normalised(&a), "{input:?} gave {a:?}");
            let _ = build_plan(&a);
        }
        Some(Resume::Damaged) | None => {}
    }
}

#[test]
fn known_damage_is_named() {
    let a = Answers {
        scars: [ScarType::Rolling].into(),
        safety: [Safety::None].into(),
        ..Answers::default()
    };
    let text = encode(&a);
    assert_eq!(text, format!("v=2&s=rl&x=none&k={}", checksum("v=2&s=rl&x=none")));

    // Edited by hand: "none" safety swapped for nothing, checksum kept.
    let edited = text.replace("&x=none", "");
    assert_eq!(read(&edited), LinkRead::Damaged(Damage::Checksum));
    // Cut before the checksum, as a chat app might.
    let cut = text.split("&k=").next().unwrap_or_default();
    assert_eq!(read(cut), LinkRead::Damaged(Damage::Checksum));
    // A newer guide's link is not guessed at.
    assert_eq!(
        read("v=3&s=rl&k=000000"),
        LinkRead::Damaged(Damage::NewerVersion("3".into()))
    );
    // A hand-made link with a valid checksum but a wrong code.
    let forged = format!("v=2&s=zz&k={}", checksum("v=2&s=zz"));
    assert_eq!(
        read(&forged),
        LinkRead::Damaged(Damage::Invalid(DecodeWarning::UnknownValue {
            key: "s".into(),
            value: "zz".into()
        }))
    );
    // Junk with nothing usable.
    assert_eq!(read("<script>alert(1)</script>"), LinkRead::Damaged(Damage::Unreadable));
    assert_eq!(read("#"), LinkRead::Empty);
    assert_eq!(read("   "), LinkRead::Empty);
    assert_eq!(read("v=2&k=").resume(), Some(Resume::Damaged));
    for d in [
        Damage::Checksum,
        Damage::Unreadable,
        Damage::NewerVersion("9".repeat(500)),
    ] {
        let m = d.to_string();
        assert!(m.contains("damaged") && m.len() < 200, "{m}");
    }
}

#[test]
fn old_version_1_links_still_open_leniently() {
    let read1 = read("v=1&s=bx.rl&g=3&c=none&f=2&x=none&d=2");
    let LinkRead::Answers(a, w) = read1 else {
        panic!("a version 1 link opens")
    };
    assert!(w.is_empty());
    assert_eq!(a.scars, [ScarType::Boxcar, ScarType::Rolling].into());
    // Bad parts are dropped with warnings; the rest survives.
    let LinkRead::Answers(a, w) = read("v=1&s=zz.ip&bogus&x=none.ab") else {
        panic!("partly readable")
    };
    assert_eq!(a.scars, [ScarType::IcePick].into());
    assert!(w.len() >= 3, "{w:?}");
    // Nothing usable at all is damage, not a silent empty quiz.
    assert_eq!(read("v=1&s=zz"), LinkRead::Damaged(Damage::Unreadable));
}

#[test]
fn the_checksum_is_stable() {
    // Links in the wild must keep opening: these values never change.
    assert_eq!(checksum("v=2&s=rl&x=none"), "88aacc");
    assert_eq!(checksum("v=2"), "e30838");
    assert_ne!(checksum("v=2&s=rl"), checksum("v=2&s=lr"));
}
