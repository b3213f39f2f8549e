//! How Yew takes the catalog's [`Text`]: as a text node or an attribute value
//! that borrows the built-in statics, so rendering a built-in text copies
//! nothing (a `&String` was copied into every text node).

use yew::html::IntoPropValue;
use yew::virtual_dom::{AttrValue, VNode, VText};

use crate::core::tree::Text;

/// The text as Yew's own shared string: static when borrowed.
fn attr(t: &Text) -> AttrValue {
    AttrValue::from(t.0.clone())
}

impl IntoPropValue<AttrValue> for Text {
    fn into_prop_value(self) -> AttrValue {
        AttrValue::from(self.0)
    }
}

impl IntoPropValue<AttrValue> for &Text {
    fn into_prop_value(self) -> AttrValue {
        attr(self)
    }
}

impl IntoPropValue<Option<AttrValue>> for Text {
    fn into_prop_value(self) -> Option<AttrValue> {
        Some(AttrValue::from(self.0))
    }
}

impl IntoPropValue<Option<AttrValue>> for &Text {
    fn into_prop_value(self) -> Option<AttrValue> {
        Some(attr(self))
    }
}

impl IntoPropValue<VNode> for Text {
    fn into_prop_value(self) -> VNode {
        VText::new(AttrValue::from(self.0)).into()
    }
}

impl IntoPropValue<VNode> for &Text {
    fn into_prop_value(self) -> VNode {
        VText::new(attr(self)).into()
    }
}

impl IntoPropValue<Option<VNode>> for &Text {
    fn into_prop_value(self) -> Option<VNode> {
        Some(VText::new(attr(self)).into())
    }
}

impl From<Text> for AttrValue {
    fn from(t: Text) -> Self {
        AttrValue::from(t.0)
    }
}

impl From<&Text> for AttrValue {
    fn from(t: &Text) -> Self {
        attr(t)
    }
}
