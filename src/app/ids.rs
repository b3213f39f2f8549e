//! Id prefixes unique on the page: two guides (or two diagrams) on one page
//! must not share an element id, a pattern id or a radio group name.

use std::cell::Cell;

thread_local! {
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

/// A fresh prefix such as `mg7` (for `kind` `"mg"`): one counter for every
/// kind, so prefixes never repeat while the page lives.
pub fn next(kind: &str) -> String {
    NEXT.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        format!("{kind}{id}")
    })
}
