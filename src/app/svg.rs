//! SVG drawings as data: one element is a tag, its attributes and its
//! children, built by one function instead of an `html!` block per shape.
//! Each `html!` element compiles to its own construction code inside the
//! view that uses it; the drawings have hundreds of shapes, so they are
//! written as small tables and loops over [`el`].

use yew::virtual_dom::{AttrValue, AttributeOrProperty, Attributes, VNode, VTag, VText};
use yew::Html;

/// An element with attributes `keys` set to `values` (pairwise, written to
/// the DOM in this order) and `children`. The drawings list `class` last,
/// where `html!` puts it, so the markup is the same whichever way an
/// element was made. The names are a `'static` list, as `html!` makes
/// them, so a render compares them by pointer.
pub fn el(tag: &'static str, keys: &'static [&'static str], values: &[&str], children: Vec<Html>) -> Html {
    // Yew pairs the two lists by position: a missing value would shift every
    // later attribute onto the wrong name.
    debug_assert_eq!(keys.len(), values.len(), "<{tag}>: {keys:?}");
    let values = values
        .iter()
        .map(|v| Some(AttributeOrProperty::Attribute(AttrValue::from((*v).to_owned()))))
        .collect();
    let mut node = VTag::new(tag);
    node.set_attributes(Attributes::Dynamic { keys, values });
    node.add_children(children);
    VNode::from(node)
}

/// A text node, for an element's children.
pub fn text(s: &str) -> Html {
    VNode::from(VText::new(s.to_owned()))
}
