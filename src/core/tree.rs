//! What every catalog type can do, so the build step, the run time and a
//! clinic's wording all walk one tree of texts without knowing its shape.
//!
//! `build.rs` reads the content files into the catalog types with serde and
//! flattens each language with [`TextTree::bake`]: every text goes, in field
//! order, into one long string, its length into a byte list, and the few
//! numbers that shape the tree (map keys, list lengths, which options exist:
//! the layout) into another. They become Rust statics ([`Flat`]). At run time [`TextTree::unbake`] reads them back in the
//! same order: no key, no check and no error, because the build refused any
//! content that was not complete and sound. Field names are never shipped.
//!
//! Every text is a [`Text`], which borrows from those statics: building a
//! catalog copies no text, so a mount or a language switch costs a walk of
//! the shape, not a copy of every word. Only a clinic's replacement is owned.
//! A language fetched at run time ([`Reader::list`]) shares the first
//! language's shape (the build proves every language has the same one) and
//! brings its texts as a list in field order.
//!
//! The `text_struct!` macro in the catalog writes this impl for every text
//! struct from its own field list, so a new field needs no change here or in
//! `build.rs`.

use std::borrow::Cow;

use super::json::Json;
use super::text::fill;

/// One text of the catalog: borrowed from the built-in statics (or from a
/// language loaded once and kept), owned only where a clinic's wording
/// replaced it. It reads as a `&str` (`Deref`, [`Text::as_str`]); the app
/// layer renders it without a copy when it is borrowed.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(pub Cow<'static, str>);

impl Text {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text with every `{slot}` replaced by `value` ([`fill`]).
    pub fn fill(&self, slot: &str, value: &str) -> String {
        fill(self, slot, value)
    }

    /// Whether it borrows from the statics (no copy was made).
    pub fn is_borrowed(&self) -> bool {
        matches!(self.0, Cow::Borrowed(_))
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Self {
        Text(Cow::Borrowed(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(Cow::Owned(s))
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

/// Read by `build.rs` only (and native tests): always owned.
impl<'de> serde::Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(d).map(Text::from)
    }
}

/// One language's built-in text, as `build.rs` writes it.
#[derive(Debug, Clone, Copy)]
pub struct Flat {
    /// Every text in field order, back to back.
    pub text: &'static str,
    /// The length of each text, as LEB128 numbers.
    pub lengths: &'static [u8],
    /// Map keys, list lengths and which options are present, as LEB128
    /// numbers: the layout, the same in every language.
    pub shape: &'static [u8],
}

impl Flat {
    /// No text at all (the build script's stand-in, never shipped).
    pub const EMPTY: Flat = Flat {
        text: "",
        lengths: &[],
        shape: &[],
    };
}

/// Where a [`Reader`] takes its texts from.
enum Texts {
    /// Back to back in one string, with their lengths.
    Joined(&'static str, usize, Numbers),
    /// One per entry, in field order.
    List(&'static [String], usize),
}

/// LEB128 numbers read one after the other.
struct Numbers {
    bytes: &'static [u8],
    at: usize,
}

impl Numbers {
    /// The next number; past the end it is 0, so a short table yields empty
    /// texts rather than a panic (the build makes that unreachable).
    fn next(&mut self) -> usize {
        let mut n = 0usize;
        let mut shift = 0;
        while let Some(b) = self.bytes.get(self.at) {
            self.at += 1;
            n |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        n
    }
}

/// Reads a [`Flat`] back in the order it was written.
pub struct Reader {
    shape: Numbers,
    texts: Texts,
}

impl Reader {
    /// Starts at the beginning of `flat`.
    pub fn new(flat: Flat) -> Self {
        Reader {
            shape: Numbers {
                bytes: flat.shape,
                at: 0,
            },
            texts: Texts::Joined(
                flat.text,
                0,
                Numbers {
                    bytes: flat.lengths,
                    at: 0,
                },
            ),
        }
    }

    /// Reads the texts of `list` in the shape of `shape` (another
    /// language's, which has the same one).
    pub fn list(shape: Flat, list: &'static [String]) -> Self {
        Reader {
            shape: Numbers {
                bytes: shape.shape,
                at: 0,
            },
            texts: Texts::List(list, 0),
        }
    }

    /// The next number of the layout (0 past the end).
    pub fn number(&mut self) -> usize {
        self.shape.next()
    }

    /// The next text.
    pub fn text(&mut self) -> &'static str {
        match &mut self.texts {
            Texts::Joined(text, at, lengths) => {
                let end = at.saturating_add(lengths.next());
                let t = text.get(*at..end).unwrap_or("");
                *at = end;
                t
            }
            Texts::List(list, at) => {
                let t = list.get(*at).map_or("", String::as_str);
                *at += 1;
                t
            }
        }
    }
}

/// The fingerprint of a language file: FNV-1a (64 bits) over the shape it
/// fills and its texts in order, each ended by a byte UTF-8 never holds. The
/// build writes it into the file and the wasm, which checks a fetched file
/// against it: a file from another build, cut short or changed, is refused.
pub fn fingerprint<'a>(shape: &[u8], texts: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    shape.iter().for_each(|b| eat(*b));
    for t in texts {
        t.bytes().for_each(&mut eat);
        eat(0xff);
    }
    h
}

/// The build step's side of [`Reader`].
#[derive(Debug, Default)]
pub struct Baker {
    /// Every text so far, back to back.
    pub text: String,
    /// Their lengths.
    pub lengths: Vec<u8>,
    /// The layout's numbers so far.
    pub shape: Vec<u8>,
}

impl Baker {
    /// Appends a number to the layout.
    pub fn number(&mut self, n: usize) {
        leb128(&mut self.shape, n);
    }

    /// Appends a text.
    pub fn text(&mut self, t: &str) {
        leb128(&mut self.lengths, t.len());
        self.text.push_str(t);
    }
}

fn leb128(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// What a clinic's wording file meets at one path of the catalog.
pub enum Leaf<'a> {
    /// A built-in text, and what the file gives for it.
    Text(&'a mut Text, &'a Json),
    /// The catalog has nothing at this path.
    Unknown,
    /// The catalog holds something here that is not a text the file's
    /// value can replace (such as an object for a text, or a source list).
    WrongType,
}

/// One part of the catalog as the walks that name texts by path see it
/// ([`texts`], [`patch`]). Every type only says what it is and lists its
/// children; the walks are written once, so they do not grow per struct.
pub enum Node<'a> {
    /// A text.
    Text(&'a mut Text),
    /// A text struct or a map of texts.
    Branch(&'a mut dyn Branch),
    /// Numbers and source lists: baked, never a clinic's to change.
    NotText,
    /// An optional text the built-in content leaves out.
    Absent,
}

/// A text struct or a map of texts: children numbered from 0 in field (or
/// key) order.
pub trait Branch {
    /// The JSON key of child `i`; `None` past the last child.
    fn key(&self, i: usize) -> Option<Cow<'static, str>>;
    /// Child `i` ([`Node::Absent`] past the last child).
    fn child(&mut self, i: usize) -> Node<'_>;
}

/// A part of the catalog: a text, a list, a map of texts or a text struct.
pub trait TextTree: Sized {
    /// Writes `self` for [`TextTree::unbake`] (build time only).
    fn bake(&self, out: &mut Baker);
    /// Reads back what [`TextTree::bake`] wrote.
    fn unbake(r: &mut Reader) -> Self;
    /// This part as a [`Node`] of the walks.
    fn node(&mut self) -> Node<'_>;

    /// Calls `f(path, text)` for every text, depth first, in field order.
    /// The walk takes a copy, since one walk serves reading and patching:
    /// fine for the build and tests; code in the wasm walks a catalog it
    /// owns with [`texts`] instead, so no copy is linked in.
    fn texts(&self, path: &str, f: &mut dyn FnMut(&str, &str))
    where
        Self: Clone,
    {
        texts(self.clone().node(), path, f);
    }

    /// Walks a clinic's value `v` at `path` alongside `self`, handing every
    /// text it names (or fails to) to `f`, which decides whether to replace it.
    fn patch(&mut self, v: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
        patch(self.node(), v, path, f);
    }
}

/// Calls `f(path, text)` for every text under `node`, depth first.
pub fn texts(node: Node<'_>, path: &str, f: &mut dyn FnMut(&str, &str)) {
    match node {
        Node::Text(t) => f(path, t),
        Node::Branch(b) => {
            let mut i = 0;
            while let Some(key) = b.key(i) {
                texts(b.child(i), &join(path, &key), f);
                i += 1;
            }
        }
        Node::NotText | Node::Absent => {}
    }
}

/// Walks a clinic's value `v` at `path` alongside `node` (see
/// [`TextTree::patch`]). Keys are taken in the file's order, so warnings
/// come in the order a clinic wrote its file.
pub fn patch(node: Node<'_>, v: &Json, path: &str, f: &mut dyn FnMut(&str, Leaf<'_>)) {
    match node {
        Node::Text(t) => f(path, Leaf::Text(t, v)),
        Node::NotText => f(path, Leaf::WrongType),
        // A text the built-in content leaves out cannot be replaced.
        Node::Absent => f(path, Leaf::Unknown),
        Node::Branch(b) => {
            let Json::Object(entries) = v else {
                f(path, Leaf::WrongType);
                return;
            };
            for (key, value) in entries {
                let here = join(path, key);
                match (0..).map_while(|i| Some((i, b.key(i)?))).find(|(_, k)| k == key) {
                    Some((i, _)) => patch(b.child(i), value, &here, f),
                    None => f(&here, Leaf::Unknown),
                }
            }
        }
    }
}

/// `path.key`, or `key` at the top.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl TextTree for Text {
    fn bake(&self, out: &mut Baker) {
        out.text(self);
    }

    // Out of line: the catalog reads some 400 texts, and a call that
    // writes each in place is the smallest code per field.
    #[inline(never)]
    fn unbake(r: &mut Reader) -> Self {
        Text(Cow::Borrowed(r.text()))
    }

    fn node(&mut self) -> Node<'_> {
        Node::Text(self)
    }
}

impl TextTree for u8 {
    fn bake(&self, out: &mut Baker) {
        out.number(usize::from(*self));
    }

    fn unbake(r: &mut Reader) -> Self {
        u8::try_from(r.number()).unwrap_or(u8::MAX)
    }

    fn node(&mut self) -> Node<'_> {
        Node::NotText
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

    fn node(&mut self) -> Node<'_> {
        match self {
            Some(t) => t.node(),
            None => Node::Absent,
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

    fn node(&mut self) -> Node<'_> {
        Node::NotText
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
            lengths: Box::leak(b.lengths.into_boxed_slice()),
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
    fn a_list_reads_in_the_shape_of_another_language() {
        let mut b = Baker::default();
        b.text("one");
        b.number(7);
        b.text("three");
        let shape = Flat {
            text: Box::leak(b.text.into_boxed_str()),
            lengths: Box::leak(b.lengths.into_boxed_slice()),
            shape: Box::leak(b.shape.into_boxed_slice()),
        };
        let list: &'static [String] = Box::leak(vec!["uno".to_string(), "tres más".to_string()].into_boxed_slice());
        let mut r = Reader::list(shape, list);
        assert_eq!(r.text(), "uno");
        assert_eq!(r.number(), 7);
        assert_eq!(r.text(), "tres más");
        assert_eq!(r.text(), "", "past the end: empty, never a panic");
    }

    #[test]
    fn a_short_table_gives_empty_texts() {
        let mut r = Reader::new(Flat {
            text: "ab",
            lengths: &[5],
            shape: &[],
        });
        assert_eq!(r.text(), "");
    }
}
