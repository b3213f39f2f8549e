//! The shipped content must parse, be complete and have no blank text.

use microneedling_guide::core::catalog::{sources, Catalog, Sources};
use microneedling_guide::core::config::Lang;

#[test]
fn every_builtin_language_parses() {
    for lang in Lang::ALL {
        if let Err(e) = Catalog::builtin(lang) {
            panic!("{lang:?}: {e}");
        }
    }
}

#[test]
fn a_missing_key_is_an_error_not_a_blank() {
    let src = Sources {
        app: ("test.json", r#"{"name": "x"}"#),
        ..sources(Lang::En)
    };
    let err = Catalog::from_sources(src).expect_err("must fail");
    assert!(err.message.contains("missing field"), "{err}");
}

#[test]
fn a_blank_string_is_an_error() {
    let good = microneedling_guide::core::catalog::sources(Lang::En).app.1;
    let bad: &'static str = Box::leak(good.replacen("\"Start\"", "\"  \"", 1).into_boxed_str());
    let err = Catalog::from_sources(Sources {
        app: ("test.json", bad),
        ..sources(Lang::En)
    })
    .expect_err("must fail");
    assert!(err.message.contains("`start` is empty"), "{err}");
}

#[test]
fn an_unknown_key_is_an_error() {
    let good = microneedling_guide::core::catalog::sources(Lang::En).app.1;
    let bad: &'static str = Box::leak(
        good.replacen("{", "{\"strat\": \"Go\",", 1)
            .into_boxed_str(),
    );
    let err = Catalog::from_sources(Sources {
        app: ("test.json", bad),
        ..sources(Lang::En)
    })
    .expect_err("must fail");
    assert!(err.message.contains("unknown field"), "{err}");
}

#[test]
fn malformed_json_reports_the_file() {
    let err = Catalog::from_sources(Sources {
        app: ("broken.json", "{\"name\": "),
        ..sources(Lang::En)
    })
    .expect_err("must fail");
    assert_eq!(err.file, "broken.json");
    assert!(err.to_string().contains("broken.json"));
}

#[test]
fn a_missing_option_text_is_an_error() {
    let good = sources(Lang::En).quiz.1;
    let bad: &'static str = Box::leak(
        good.replacen("\"pores\":", "\"porez\":", 1)
            .into_boxed_str(),
    );
    let src = Sources {
        quiz: ("quiz.json", bad),
        ..sources(Lang::En)
    };
    let err = Catalog::from_sources(src).expect_err("must fail");
    assert!(
        err.message.contains("unknown variant") || err.message.contains("concerns"),
        "{err}"
    );

    let good = sources(Lang::En).plan.1;
    let bad: &'static str = Box::leak(
        good.replacen("\"fillers\": {", "\"_x\": {", 1)
            .into_boxed_str(),
    );
    let src = Sources {
        plan: ("plan.json", bad),
        ..sources(Lang::En)
    };
    let err = Catalog::from_sources(src).expect_err("must fail");
    assert_eq!(err.file, "plan.json");
}

#[test]
fn a_removed_option_is_reported_by_name() {
    let good = sources(Lang::En).plan.1;
    let bad: &'static str = Box::leak(
        good.replacen(
            "\"test_spot\": \"Can we try a small test spot first?\",",
            "",
            1,
        )
        .into_boxed_str(),
    );
    assert_ne!(bad, good);
    let src = Sources {
        plan: ("plan.json", bad),
        ..sources(Lang::En)
    };
    let err = Catalog::from_sources(src).expect_err("must fail");
    assert!(
        err.message.contains("provider_questions.test_spot"),
        "{err}"
    );
}
#[test]
fn a_broken_diagram_section_names_its_file() {
    let good = microneedling_guide::core::catalog::sources(Lang::En).diagram.1;
    let bad: &'static str = Box::leak(good.replacen("\"play\": \"Play\",", "", 1).into_boxed_str());
    let src = Sources { diagram: ("diagram.json", bad), ..microneedling_guide::core::catalog::sources(Lang::En) };
    let err = Catalog::from_sources(src).expect_err("must fail");
    assert_eq!(err.file, "diagram.json");
    assert!(err.message.contains("missing field `play`"), "{err}");
}
