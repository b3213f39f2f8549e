//! Reading the host page: the element's attributes and, when allowed, the URL query.

use web_sys::Element;

use crate::core::config::{Config, ConfigKey, ConfigWarning, Lang, Parsed};

// The names live in the core's one table of settings.
pub use crate::core::config::{ATTRIBUTES, QUERY_KEYS};

/// `key=value` pairs of the page URL's query string, for [`QUERY_KEYS`].
pub fn query_pairs() -> Vec<(String, String)> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let Ok(search) = window.location().search() else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    QUERY_KEYS
        .iter()
        .filter_map(|k| params.get(k).map(|v| (k.to_string(), v)))
        .collect()
}

/// The configuration attributes present on `element`.
pub fn attribute_pairs(element: &Element) -> Vec<(String, String)> {
    ATTRIBUTES
        .iter()
        .filter_map(|k| element.get_attribute(k).map(|v| (k.to_string(), v)))
        .collect()
}

/// The parsed configuration for `element`. The query is read only when the
/// element has `url-config` (the standalone page does; clinic embeds do not,
/// so a clinic page's URL cannot switch its widget), and attributes win.
pub fn config_for(element: &Element) -> Parsed {
    let mut pairs = if element.has_attribute(ConfigKey::UrlConfig.name()) {
        query_pairs()
    } else {
        Vec::new()
    };
    pairs.extend(attribute_pairs(element));
    let mut parsed = Config::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    // A language the page chose (attribute or query) wins; otherwise the
    // visitor's browser languages decide, and English is the last resort.
    check_urls(&mut parsed);
    let lang = ConfigKey::Lang.name();
    let chosen = pairs.iter().any(|(k, v)| k == lang && Lang::from_tag(v).is_some());
    if !chosen {
        if let Some(lang) = Lang::negotiate(&browser_languages()) {
            parsed.config.lang = lang;
            // Keep the warning about a bad `lang` truthful about what is used.
            for w in parsed.warnings.iter_mut().filter(|w| w.key == ConfigKey::Lang.name()) {
                w.default = lang.tag().to_string();
            }
        }
    }
    parsed
}

/// The browser's preferred languages, most preferred first
/// (`navigator.languages`, or `navigator.language` where the list is empty).
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// `value` resolved the way the browser will resolve it (against the
/// document's base URL), if it is an http(s) URL and, when written as a
/// relative path, stays on the base URL's origin. The core's prefix check
/// cannot see that the browser reads `/\evil.example/x.svg` as
/// `//evil.example/x.svg`; the browser's own parser can.
pub fn resolve_url(value: &str) -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    let url = web_sys::Url::new_with_base(value.trim(), &base).ok()?;
    if url.protocol() != "https:" && url.protocol() != "http:" {
        return None;
    }
    let lower = value.trim().to_ascii_lowercase();
    let absolute = lower.starts_with("https://") || lower.starts_with("http://");
    if !absolute && Some(url.origin()) != web_sys::Url::new(&base).ok().map(|b| b.origin()) {
        return None;
    }
    Some(url.href())
}

/// Replaces `logo` and `content` with their resolved URLs, refusing (with a
/// warning) any the browser would take somewhere the check did not allow.
fn check_urls(parsed: &mut Parsed) {
    let config = &mut parsed.config;
    for (key, slot) in [
        (ConfigKey::Logo, &mut config.clinic.logo),
        (ConfigKey::Content, &mut config.content_url),
    ] {
        let Some(value) = slot.take() else { continue };
        match resolve_url(&value) {
            Some(href) => *slot = Some(href),
            None => parsed.warnings.push(ConfigWarning::new(key, &value)),
        }
    }
}
