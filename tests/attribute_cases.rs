//! The table of attribute values in `wordpress/tests/attribute-cases.json`
//! says which ones the widget accepts. The WordPress plugin keeps a PHP copy
//! of these checks (it renders on the server, where the wasm core cannot run)
//! and `php wordpress/tests/attribute-cases.php` checks it against the same
//! table: if the core's rules change, this test fails until the table (and
//! then the plugin) follows.

use microneedling_guide::core::config::Config;

#[test]
fn the_core_agrees_with_the_shared_table() {
    let text = include_str!("../wordpress/tests/attribute-cases.json");
    let table: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    let cases = table["cases"].as_array().cloned().unwrap_or_default();
    assert!(cases.len() > 100, "{}", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        let (Some(name), Some(value), Some(ok)) = (case[0].as_str(), case[1].as_str(), case[2].as_bool()) else {
            panic!("malformed case {case}");
        };
        let accepted = Config::parse([(name, value)]).warnings.is_empty();
        if accepted != ok {
            wrong.push(format!("{name}={value:?}: table says {ok}, the core says {accepted}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_element_attribute_has_cases() {
    let text = include_str!("../wordpress/tests/attribute-cases.json");
    let table: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = table["cases"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c[0].as_str())
        .collect();
    // Every attribute the element reads, except the standalone page's own
    // `url-config`, which a clinic never sets.
    for name in [
        "lang",
        "mode",
        "start",
        "clinic-name",
        "logo",
        "accent",
        "booking-url",
        "phone",
        "content",
        "share-verdict",
        "idle-seconds",
        "countdown-seconds",
        "handoff-url",
        "read-aloud",
    ] {
        assert!(names.contains(&name), "no case for {name}");
    }
}
