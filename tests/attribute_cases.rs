//! The table of attribute values in `wordpress/tests/attribute-cases.json`
//! says which ones the widget accepts. The WordPress plugin keeps a PHP copy
//! of these checks (it renders on the server, where the wasm core cannot run)
//! and `php wordpress/tests/attribute-cases.php` checks it against the same
//! table: if the core's rules change, this test fails until the table (and
//! then the plugin) follows. The attribute names come from the core's one
//! table of settings (`core::config::ConfigKey`), which the element, the
//! README's tables and the plugin's block (its editor fields and block.json)
//! must also follow.

use microneedling_guide::core::config::{Config, ConfigKey, ATTRIBUTES, QUERY_KEYS};

/// Every attribute a clinic may set, sorted: all the element reads but the
/// standalone page's own `url-config`.
fn clinic_attributes() -> Vec<&'static str> {
    let mut names: Vec<&str> = ATTRIBUTES
        .iter()
        .copied()
        .filter(|a| *a != ConfigKey::UrlConfig.name())
        .collect();
    names.sort_unstable();
    names
}

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
fn the_table_covers_exactly_the_element_attributes() {
    let text = include_str!("../wordpress/tests/attribute-cases.json");
    let table: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    let mut names: Vec<&str> = table["cases"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c[0].as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    // Every attribute the element reads (the core's one table), except the
    // standalone page's own `url-config`, which a clinic never sets. The PHP
    // check asks the same of the plugin's list, so the core, this table and
    // the plugin name the same attributes.
    assert_eq!(names, clinic_attributes());
}

#[test]
fn the_readme_documents_every_attribute_and_query_key() {
    let readme = include_str!("../README.md");
    for name in ATTRIBUTES {
        assert!(
            readme.contains(&format!("\n| `{name}` |")),
            "no README table row for {name}"
        );
    }
    // The sentence of the Attributes section that lists the query keys.
    let start = readme
        .find("reads its URL query (")
        .unwrap_or_else(|| panic!("no query sentence"));
    let listed = &readme[start..];
    let listed = &listed[..listed.find(')').unwrap_or(listed.len())];
    for key in QUERY_KEYS {
        assert!(
            listed.contains(&format!("`{key}`")),
            "the README's query list lacks {key}"
        );
    }
}

#[test]
fn the_table_words_the_accepted_values_as_the_core_does() {
    // The plugin's notices quote the same words (the PHP check compares them
    // with this table too), so a clinic reads one rule in both places.
    let text = include_str!("../wordpress/tests/attribute-cases.json");
    let table: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    let accepted = table["accepted"].as_object().cloned().unwrap_or_default();
    let mut wrong = Vec::new();
    for name in &clinic_attributes() {
        let core = ConfigKey::from_name(name).map(ConfigKey::accepted);
        let listed = accepted.get(*name).and_then(|v| v.as_str()).map(str::to_string);
        if core != listed {
            wrong.push(format!("{name}: the core says {core:?}, the table {listed:?}"));
        }
    }
    assert_eq!(
        accepted.len(),
        ATTRIBUTES.len() - 1,
        "the table names attributes the element does not read"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The quoted strings of `text` (single quotes, as the plugin's script
/// writes them).
fn quoted(text: &str) -> Vec<&str> {
    text.split('\'').skip(1).step_by(2).collect()
}

/// The part of `text` from `start` to the first `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let rest = &text[from..];
    &rest[..rest.find(end).unwrap_or_else(|| panic!("no {end:?} after {start:?}"))]
}

fn camel(kebab: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in kebab.chars() {
        match c {
            '-' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

#[test]
fn the_wordpress_block_offers_every_attribute_once() {
    // The block editor's sidebar lists its fields by name in groups, and
    // block.json declares what the block stores: an attribute added to the
    // core but to neither would exist on the page and the shortcode, yet no
    // editor could set it from the block.
    let editor = include_str!("../wordpress/microneedling-guide/block/editor.js");
    let expected = clinic_attributes();

    let mut grouped: Vec<&str> = quoted(between(editor, "var groups = [", "];"))
        .into_iter()
        .filter(|s| *s != "microneedling-guide" && s.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect();
    grouped.sort_unstable();
    assert_eq!(grouped, expected, "editor.js groups, each attribute once");

    // A choice offers exactly the values the core accepts, in its order,
    // after the "site default" entry.
    let choices = between(editor, "var choices = {", "};");
    for key in [ConfigKey::Lang, ConfigKey::Mode, ConfigKey::Start] {
        let line = between(choices, &format!("{}: [", key.name()), "\n");
        let values: Vec<&str> = line
            .split("['")
            .skip(1)
            .map(|option| &option[..option.find('\'').unwrap_or(0)])
            .filter(|v| !v.is_empty())
            .collect();
        assert_eq!(
            values.join(", "),
            key.accepted(),
            "editor.js choices for {}",
            key.name()
        );
    }

    let block: serde_json::Value =
        serde_json::from_str(include_str!("../wordpress/microneedling-guide/block/block.json"))
            .unwrap_or_else(|e| panic!("{e}"));
    let declared = block["attributes"].as_object().cloned().unwrap_or_default();
    let mut names: Vec<String> = declared.keys().cloned().collect();
    names.sort_unstable();
    let mut want: Vec<String> = expected.iter().map(|a| camel(a)).collect();
    want.sort_unstable();
    assert_eq!(names, want, "block.json attributes");
    for name in &expected {
        let switch =
            ConfigKey::from_name(name).map(ConfigKey::accepted).as_deref() == Some("present, \"true\" or \"false\"");
        let kind = declared[&camel(name)]["type"].as_str();
        assert_eq!(
            kind,
            Some(if switch { "boolean" } else { "string" }),
            "block.json type of {name}"
        );
    }
}
