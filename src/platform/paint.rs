//! Direct DOM writes for animation frames, outside Yew.
//!
//! An animation frame should cost only what moves. Re-rendering a Yew tree
//! every frame builds and compares the whole virtual DOM to change a few
//! numbers, so the moving attributes are written here instead: a
//! [`Painted`] node remembers what it last wrote and touches the DOM only
//! when a value changes. Yew renders these nodes without the attributes
//! painted here, so the two never fight over one attribute.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::core::scene::num;

/// Key of the text content in a node's memory (not an attribute name).
const TEXT: &str = "#text";
/// Key of an input's value property.
const VALUE: &str = "#value";

/// An element whose moving attributes are written directly. Dropping it
/// only forgets the element; the DOM keeps what was written.
pub struct Painted {
    el: Element,
    /// What was last written, by attribute name: the text, and the number
    /// it was formatted from (NaN for text that is not a number).
    last: Vec<(&'static str, String, f64)>,
}

impl Painted {
    /// Wraps an element that Yew rendered.
    pub fn new(el: Element) -> Self {
        Painted { el, last: Vec::new() }
    }

    /// Whether `value` is already what was last written under `key`;
    /// otherwise remembers it.
    fn unchanged(&mut self, key: &'static str, value: &str, number: f64) -> bool {
        match self.last.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, v, n)) if v == value => {
                *n = number;
                true
            }
            Some((_, v, n)) => {
                v.clear();
                v.push_str(value);
                *n = number;
                false
            }
            None => {
                self.last.push((key, value.to_owned(), number));
                false
            }
        }
    }

    /// Sets attribute `name` to `value` if it changed.
    pub fn attr(&mut self, name: &'static str, value: &str) {
        if !self.unchanged(name, value, f64::NAN) {
            // A refused write (never expected for these names) leaves the
            // previous frame on screen, which is harmless.
            let _ = self.el.set_attribute(name, value);
        }
    }

    /// Sets attribute `name` to `v` in the drawings' number format, the one
    /// the first render wrote.
    pub fn num(&mut self, name: &'static str, v: f64) {
        self.derived(name, v, || num(v));
    }

    /// Sets attribute `name` to `make()`, a text that depends only on
    /// `key`. Most values hold still for many frames, so while `key` stays
    /// the same the text is not even made.
    pub fn derived(&mut self, name: &'static str, key: f64, make: impl FnOnce() -> String) {
        if self.last.iter().any(|(k, _, n)| *k == name && *n == key) {
            return;
        }
        let text = make();
        if !self.unchanged(name, &text, key) {
            let _ = self.el.set_attribute(name, &text);
        }
    }

    /// Shows or hides an SVG element with its `display` attribute (a
    /// presentation attribute, not an inline style, so a strict CSP holds).
    pub fn shown(&mut self, on: bool) {
        if !self.unchanged("display", if on { "" } else { "none" }, f64::NAN) {
            let _ = if on {
                self.el.remove_attribute("display")
            } else {
                self.el.set_attribute("display", "none")
            };
        }
    }

    /// Sets the element's text if it changed. The existing text node is
    /// rewritten in place, so no node is added or removed.
    pub fn text(&mut self, value: &str) {
        if !self.unchanged(TEXT, value, f64::NAN) {
            match self.el.first_child() {
                Some(node) if node.node_type() == web_sys::Node::TEXT_NODE => node.set_node_value(Some(value)),
                _ => self.el.set_text_content(Some(value)),
            }
        }
    }

    /// Sets an input's value if it changed. The visitor moves the input
    /// too: after they do, call [`Painted::forget`] so the next write
    /// compares against their value.
    pub fn value(&mut self, value: &str) {
        if !self.unchanged(VALUE, value, f64::NAN) {
            if let Some(input) = self.el.dyn_ref::<HtmlInputElement>() {
                input.set_value(value);
            }
        }
    }

    /// Forgets what was written, so that everything is written afresh.
    pub fn forget(&mut self) {
        self.last.clear();
    }
}

/// The element children of `parent`, in order.
pub fn element_children(parent: &Element) -> Vec<Element> {
    let mut out = Vec::new();
    let mut next = parent.first_element_child();
    while let Some(el) = next {
        next = el.next_element_sibling();
        out.push(el);
    }
    out
}

/// The first element under `root` matching `selector`, if any.
pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}
