//! What every catalog type can do, so the build step, the run time and a
//! clinic's wording all walk one tree of texts without knowing its shape.
//!
//! `build.rs` reads the content files into the catalog types with serde and
//! flattens each language with [`TextTree::bake`]: every text goes, in field
//! order, into one long string, and the few numbers that shape the tree (text
//! lengths, map keys, list lengths) into a byte list. Both become Rust
//! statics ([`Flat`]). At run time [`TextTree::unbake`] reads them back in the
//! same order: no key, no check and no error, because the build refused any
//! content that was not complete and sound. Field names are never shipped.
//!
//! The `text_struct!` macro in the catalog writes this impl for every text
//! struct from its own field list, so a new field needs no change here or in
//! `build.rs`.

use super::json::Json;

/// One language's built-in text, as `build.rs` writes it.
#[derive(Debug, Clone, Copy)]
pub struct Flat {
    /// Every text in field order, back to back.
    pub text: &'static str,
    /// Text lengths, map keys and list lengths, as LEB128 numbers.
    pub shape: &'static [u8],
}

impl Flat {
    /// No text at all (the build script's stand-in, never shipped).
    pub const EMPTY: Flat = Flat { text: "", shape: &[] };
}

/// Reads a [`Flat`] back in the order it was written.
pub struct Reader {
    flat: Flat,
    at_text: usize,
    at_shape: usize,
}

impl Reader {
    /// Starts at the beginning of `flat`.
    pub fn new(flat: Flat) -> Self {
        Reader {
            flat,
            at_text: 0,
            at_shape: 0,
        }
    }

    /// The next number. Past the end it is 0, so a short table yields empty
    /// texts rather than a panic (the build makes that unreachable).
    pub fn number(&mut self) -> usize {
        let mut n = 0usize;
        let mut shift = 0;
        while let Some(b) = self.flat.shape.get(self.at_shape) {
            self.at_shape += 1;
            n |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        n
    }

    /// The next text.
    pub fn text(&mut self) -> &'static str {
        let len = self.number();
        let end = self.at_text.saturating_add(len);
        let t = self.flat.text.get(self.at_text..end).unwrap_or("");
        self.at_text = end;
        t
    }
}

/// The build step's side of [`Reader`].
#[derive(Debug, Default)]
pub struct Baker {
    /// Every text so far, back to back.
    pub text: String,
    /// The numbers so far.
    pub shape: Vec<u8>,
}

impl Baker {
    /// Appends a number.
    pub fn number(&mut self, mut n: usize) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.shape.push(low);
                return;
            }
            self.shape.push(low | 0x80);
        }
    }

    /// Appends a text.
    pub fn text(&mut self, t: &str) {
        self.number(t.len());
        self.text.push_str(t);
    }
}

/// What a clinic's wording file meets at one path of the catalog.
pub enum Leaf<'a> {
    /// A built-in text, and what the file gives for it.
    Text(&'a mut String, &'a Json),
    /// The catalog has nothing at this path.
    Unknown,
    /// The catalog holds something here that is not a text the file's
    /// value can replace (such as an object for a text, or a source list).
    WrongType,
}

/// A part of the catalog: a text, a list, a map of texts or a text struct.
pub trait TextTree: Sized {
    /// Writes `self` for [`TextTree::unbake`] (build time only).
    fn bake(&self, out: &mut Baker);
    /// Reads back what [`TextTree::bake`] wrote.
    fn unbake(r: &mut Reader) -> Self;
    /// Calls `f(path, text)` for every text, depth first, in field order.
    fn texts(&self, path: &str, f: &mut dyn FnMut(&str, &str));
    /// Walks a clinic's value `v` at `path` alongside `self`, handing every
    /// text it names (or fails to) to `f`, which decides whether to replace it.
    fn patch(&mut self, v: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>));
}

/// `path.key`, or `key` at the top.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl TextTree for String {
    fn bake(&self, out: &mut Baker) {
        out.text(self);
    }

    fn unbake(r: &mut Reader) -> Self {
        r.text().to_string()
    }

    fn texts(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
        f(path, self);
    }

    fn patch(&mut self, v: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        f(path, Leaf::Text(self, v));
    }
}

impl TextTree for u8 {
    fn bake(&self, out: &mut Baker) {
        out.number(usize::from(*self));
    }

    fn unbake(r: &mut Reader) -> Self {
        u8::try_from(r.number()).unwrap_or(u8::MAX)
    }

    fn texts(&self, _: &str, _: &mut dyn FnMut(&str, &str)) {}

    fn patch(&mut self, _: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        f(path, Leaf::WrongType);
    }
}

impl<T: TextTree> TextTree for Option<T> {
    fn bake(&self, out: &mut Baker) {
        match self {
            Some(t) => {
                out.number(1);
                t.bake(out);
            }
            None => out.number(0),
        }
    }

    fn unbake(r: &mut Reader) -> Self {
        (r.number() == 1).then(|| T::unbake(r))
    }

    fn texts(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
        if let Some(t) = self {
            t.texts(path, f);
        }
    }

    fn patch(&mut self, v: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        // A text the built-in content leaves out cannot be replaced.
        match self {
            Some(t) => t.patch(v, path, f),
            None => f(path, Leaf::Unknown),
        }
    }
}

/// Lists hold source numbers only: they are baked, never a clinic's to change.
impl<T: TextTree> TextTree for Vec<T> {
    fn bake(&self, out: &mut Baker) {
        out.number(self.len());
        for t in self {
            t.bake(out);
        }
    }

    fn unbake(r: &mut Reader) -> Self {
        let n = r.number();
        (0..n).map(|_| T::unbake(r)).collect()
    }

    fn texts(&self, _: &str, _: &mut dyn FnMut(&str, &str)) {}

    fn patch(&mut self, _: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        f(path, Leaf::WrongType);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_texts_read_back_in_order() {
        let mut b = Baker::default();
        for n in [0usize, 1, 127, 128, 300, 70_000] {
            b.number(n);
        }
        b.text("héllo");
        b.text("");
        let flat = Flat {
            text: Box::leak(b.text.into_boxed_str()),
            shape: Box::leak(b.shape.into_boxed_slice()),
        };
        let mut r = Reader::new(flat);
        for n in [0usize, 1, 127, 128, 300, 70_000] {
            assert_eq!(r.number(), n);
        }
        assert_eq!(r.text(), "héllo");
        assert_eq!(r.text(), "");
        // Past the end: empty, never a panic.
        assert_eq!(r.number(), 0);
        assert_eq!(r.text(), "");
    }

    #[test]
    fn a_short_table_gives_empty_texts() {
        let mut r = Reader::new(Flat {
            text: "ab",
            shape: &[5],
        });
        assert_eq!(r.text(), "");
    }
}
