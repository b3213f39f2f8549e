//! A small JSON reader and typing layer for the content files and a clinic's
//! wording.
//!
//! serde_json's `Value` plus serde's derived deserializers were about a sixth
//! of the shipped wasm. The catalog only needs objects, strings, small
//! integers and lists of them, so this reader keeps numbers as their source
//! text (no float parsing is linked in) and [`FromJson`] types a [`Json`] tree
//! with the same checks serde did: unknown, duplicate and missing fields,
//! wrong types. Nothing here panics on any input; the native tests feed it
//! malformed text to keep it that way.

use std::fmt;

/// A parsed JSON value. Objects keep their entries in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, kept as its (validated) source text.
    Number(String),
    /// A string, unescaped.
    String(String),
    /// A list.
    Array(Vec<Json>),
    /// An object's `(key, value)` entries in document order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// A short name of the value's type, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

/// Why a text is not JSON: what was wrong and where (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What the reader expected or found.
    pub what: &'static str,
    /// Line of the offending character.
    pub line: usize,
    /// Column (in characters) of the offending character.
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.what, self.line, self.column)
    }
}

impl std::error::Error for ParseError {}

/// Deeper nesting than this is refused: content is never that deep, and the
/// limit keeps the recursive reader from exhausting the stack.
const MAX_DEPTH: usize = 64;

/// Parses one JSON document (RFC 8259); whitespace may surround it.
pub fn parse(text: &str) -> Result<Json, ParseError> {
    let mut p = Parser { text, i: 0, depth: 0 };
    let v = p.value()?;
    p.ws();
    if p.i < text.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    text: &'a str,
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    fn error(&self, what: &'static str) -> ParseError {
        let before = self.text.get(..self.i).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ParseError { what, line, column }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// Consumes `b` after optional whitespace, or fails with `what`.
    fn expect_byte(&mut self, b: u8, what: &'static str) -> Result<(), ParseError> {
        self.ws();
        if self.peek() == Some(b) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self) -> Result<Json, ParseError> {
        self.ws();
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            None => Err(self.error("unexpected end of input")),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn nested(&mut self, f: fn(&mut Self) -> Result<Json, ParseError>) -> Result<Json, ParseError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.depth += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn literal(&mut self, word: &'static str, v: Json) -> Result<Json, ParseError> {
        if self.text.as_bytes().get(self.i..self.i + word.len()) == Some(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Json, ParseError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        let n = self.digits();
        if n == 0 || (leading_zero && n > 1) {
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        Ok(Json::Number(self.text.get(start..self.i).unwrap_or("").to_string()))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self.peek().and_then(|b| (b as char).to_digit(16));
            let Some(d) = d else {
                return Err(self.error("invalid \\u escape"));
            };
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    /// A string starting at its opening quote. Runs of plain characters are
    /// copied as slices; `"` and `\` are ASCII, so every cut is on a char
    /// boundary.
    fn string(&mut self) -> Result<String, ParseError> {
        self.i += 1;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            let Some(b) = self.peek() else {
                return Err(self.error("unterminated string"));
            };
            match b {
                b'"' | b'\\' => {
                    out.push_str(self.text.get(run..self.i).unwrap_or(""));
                    self.i += 1;
                    if b == b'"' {
                        return Ok(out);
                    }
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.i += 1;
                            let c = self.unicode()?;
                            out.push(c);
                            run = self.i;
                            continue;
                        }
                        _ => return Err(self.error("invalid escape")),
                    };
                    out.push(c);
                    self.i += 1;
                    run = self.i;
                }
                0..=0x1f => return Err(self.error("control character in string")),
                _ => self.i += 1,
            }
        }
    }

    /// The character of a `\u` escape (after the `u`), joining surrogate pairs.
    fn unicode(&mut self) -> Result<char, ParseError> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            if self.text.as_bytes().get(self.i..self.i + 2) != Some(b"\\u") {
                return Err(self.error("unpaired surrogate"));
            }
            self.i += 2;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(self.error("unpaired surrogate"));
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).ok_or_else(|| self.error("unpaired surrogate"))
    }

    fn array(&mut self) -> Result<Json, ParseError> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self) -> Result<Json, ParseError> {
        self.i += 1;
        let mut entries = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Json::Object(entries));
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in quotes"));
            }
            let key = self.string()?;
            self.expect_byte(b':', "expected `:`")?;
            entries.push((key, self.value()?));
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Json::Object(entries));
                }
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }
}

/// Why a JSON value does not fit the type it should become.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeError {
    /// What is wrong, such as "missing field `play`".
    pub what: String,
    /// Where, as dotted keys from the section root (empty at the root).
    pub path: String,
}

impl TypeError {
    /// An error at the current value.
    pub fn new(what: String) -> Self {
        TypeError { what, path: String::new() }
    }

    /// The same error seen from the parent, which holds it under `key`.
    pub fn at(mut self, key: &str) -> Self {
        self.path = if self.path.is_empty() {
            key.to_string()
        } else if self.path.starts_with('[') {
            format!("{key}{}", self.path)
        } else {
            format!("{key}.{}", self.path)
        };
        self
    }
}

impl fmt::Display for TypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.what)
        } else {
            write!(f, "{} at `{}`", self.what, self.path)
        }
    }
}

impl std::error::Error for TypeError {}

fn wrong_type(expected: &str, v: &Json) -> TypeError {
    TypeError::new(format!("invalid type: {}, expected {expected}", v.kind()))
}

/// A type built from a [`Json`] value, checking its shape.
///
/// Values are filled in place ([`FromJson::fill`]) rather than returned:
/// returning made the compiler copy every nested text struct up through each
/// level, which was most of the catalog loader's code.
pub trait FromJson: Sized {
    /// Whether an object must have this field (every type but `Option`).
    const REQUIRED: bool = true;

    /// The empty value that [`FromJson::fill`] starts from. A constant rather
    /// than `Default::default()`: the catalog's empty shell is then copied
    /// from data instead of built by hundreds of stores in code.
    const EMPTY: Self;

    /// Overwrites `self` with `v`, typed; on error `self` is left unspecified.
    fn fill(&mut self, v: Json) -> Result<(), TypeError>;

    /// Types `v` into a new value.
    fn from_json(v: Json) -> Result<Self, TypeError> {
        let mut out = Self::EMPTY;
        out.fill(v)?;
        Ok(out)
    }
}

impl FromJson for String {
    const EMPTY: Self = String::new();

    fn fill(&mut self, v: Json) -> Result<(), TypeError> {
        match v {
            Json::String(s) => {
                *self = s;
                Ok(())
            }
            other => Err(wrong_type("text", &other)),
        }
    }
}

impl FromJson for u8 {
    const EMPTY: Self = 0;

    fn fill(&mut self, v: Json) -> Result<(), TypeError> {
        let n = match &v {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        };
        *self = n.ok_or_else(|| wrong_type("a whole number from 0 to 255", &v))?;
        Ok(())
    }
}

impl<T: FromJson> FromJson for Option<T> {
    /// An optional field may be left out.
    const REQUIRED: bool = false;
    const EMPTY: Self = None;

    fn fill(&mut self, v: Json) -> Result<(), TypeError> {
        *self = match v {
            Json::Null => None,
            v => Some(T::from_json(v)?),
        };
        Ok(())
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    const EMPTY: Self = Vec::new();

    fn fill(&mut self, v: Json) -> Result<(), TypeError> {
        let Json::Array(items) = v else {
            return Err(wrong_type("a list", &v));
        };
        *self = items
            .into_iter()
            .enumerate()
            .map(|(i, v)| T::from_json(v).map_err(|e| e.at(&format!("[{i}]"))))
            .collect::<Result<_, _>>()?;
        Ok(())
    }
}

/// The entries of a JSON object, handed out field by field in the order of a
/// struct's declaration; see [`Fields::fill`].
///
/// Filling a field never fails on the spot: the first error is kept and
/// [`Fields::finish`] returns it, so a struct's loader is one short call per
/// field with no early-exit paths.
pub struct Fields {
    entries: Vec<(String, Json)>,
    names: &'static [&'static str],
    next: usize,
    error: Option<TypeError>,
}

impl Fields {
    /// Checks that `v` is an object whose keys are all among `names`, each at
    /// most once.
    pub fn new(v: Json, names: &'static [&'static str]) -> Result<Self, TypeError> {
        let Json::Object(entries) = v else {
            return Err(wrong_type("an object", &v));
        };
        for (i, (key, _)) in entries.iter().enumerate() {
            if !names.contains(&key.as_str()) {
                return Err(TypeError::new(format!(
                    "unknown field `{key}`, expected one of {}",
                    names.join(", ")
                )));
            }
            if entries.iter().take(i).any(|(k, _)| k == key) {
                return Err(TypeError::new(format!("duplicate field `{key}`")));
            }
        }
        Ok(Fields { entries, names, next: 0, error: None })
    }

    /// The next field's name and value (if present). Kept apart from
    /// [`Fields::fill`] so the generic part stays a few instructions.
    fn raw(&mut self) -> (Option<Json>, &'static str) {
        let name = self.names.get(self.next).copied().unwrap_or("");
        self.next += 1;
        let v = self
            .entries
            .iter()
            .position(|(k, _)| k == name)
            .map(|i| self.entries.swap_remove(i).1);
        (v, name)
    }

    /// Fills `slot` from the next declared field; an error is recorded (if it
    /// is the first) for [`Fields::finish`].
    #[inline(never)]
    pub fn fill<T: FromJson>(&mut self, slot: &mut T) {
        let (v, name) = self.raw();
        let filled = match v {
            Some(v) => slot.fill(v).map_err(Some),
            None if T::REQUIRED => Err(None),
            None => Ok(()),
        };
        if let Err(e) = filled {
            self.fail(e, name);
        }
    }

    /// Records field `name`'s error (`None`: the field is missing) unless an
    /// earlier field already failed. Not generic, so [`Fields::fill`] stays small.
    fn fail(&mut self, e: Option<TypeError>, name: &str) {
        if self.error.is_none() {
            self.error = Some(match e {
                Some(e) => e.at(name),
                None => TypeError::new(format!("missing field `{name}`")),
            });
        }
    }

    /// Ok if every field was typed, else the first error.
    pub fn finish(self) -> Result<(), TypeError> {
        match self.error {
            None => Ok(()),
            Some(e) => Err(e),
        }
    }
}

/// A key of a JSON object that names one value of a Rust type.
///
/// Each key also has a rank, a small number in the type's order, so maps can
/// store ranks and share one non-generic loader for every key type.
pub trait MapKey: Copy {
    /// The value a key names, if any.
    fn from_key(key: &str) -> Option<Self>;
    /// The key as it is spelt in JSON.
    fn key(self) -> String;
    /// The key's rank: equal ranks mean equal keys, and ranks sort as keys do.
    fn rank(self) -> u8;
    /// The key of a rank, if any.
    fn from_rank(rank: u8) -> Option<Self>;
    /// The rank of the key spelt `key`, if it names one.
    fn rank_of_key(key: &str) -> Option<u8> {
        Self::from_key(key).map(Self::rank)
    }
}

impl MapKey for u8 {
    fn from_key(key: &str) -> Option<Self> {
        // Only canonical spellings, so "01" and "1" cannot both appear.
        key.parse().ok().filter(|n: &u8| n.to_string() == key)
    }

    fn key(self) -> String {
        self.to_string()
    }

    fn rank(self) -> u8 {
        self
    }

    fn from_rank(rank: u8) -> Option<Self> {
        Some(rank)
    }
}

/// Fills `entries` with a JSON object's entries keyed by ranks (see
/// [`MapKey`]), in rank order. `rank` names each key; unknown and duplicate
/// keys are errors. Generic over the value type only, and filling in place,
/// so every map of texts shares one small loader per value type.
#[inline(never)]
pub fn fill_ranked<V: FromJson>(entries: &mut Vec<(u8, V)>, v: Json, rank: fn(&str) -> Option<u8>) -> Result<(), TypeError> {
    let Json::Object(items) = v else {
        return Err(wrong_type("an object", &v));
    };
    entries.clear();
    entries.reserve(items.len());
    for (key, v) in items {
        let Some(r) = rank(&key) else {
            return Err(TypeError::new(format!("unknown variant `{key}`")));
        };
        // Kept sorted as it is built, so no sort routine is needed.
        let at = entries.iter().position(|(x, _)| *x >= r).unwrap_or(entries.len());
        if entries.get(at).is_some_and(|(x, _)| *x == r) {
            return Err(TypeError::new(format!("duplicate key `{key}`")));
        }
        let v = V::from_json(v).map_err(|e| e.at(&key))?;
        entries.insert(at, (r, v));
    }
    Ok(())
}

/// The serde name of a unit enum variant (`rename_all` included), read by
/// serializing it into a serializer that only records that name. That lets
/// the catalog use the enums' existing serde names without linking a
/// deserializer into the wasm; any other shape gives `None`.
pub fn variant_name<T: serde::Serialize>(v: &T) -> Option<&'static str> {
    v.serialize(VariantName).ok()
}

/// Error of [`VariantName`]: the value was not a unit variant.
#[derive(Debug)]
struct NotAVariant;

impl fmt::Display for NotAVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAVariant {}

impl serde::ser::Error for NotAVariant {
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotAVariant
    }
}

/// A serializer that accepts only unit variants and returns their name.
struct VariantName;

/// Serializer methods that refuse their value.
macro_rules! refuse {
    ($($f:ident($($t:ty),*) -> $r:ty;)*) => {
        $(fn $f(self, $(_: $t),*) -> Result<$r, NotAVariant> { Err(NotAVariant) })*
    };
}

type No = serde::ser::Impossible<&'static str, NotAVariant>;

impl serde::Serializer for VariantName {
    type Ok = &'static str;
    type Error = NotAVariant;
    type SerializeSeq = No;
    type SerializeTuple = No;
    type SerializeTupleStruct = No;
    type SerializeTupleVariant = No;
    type SerializeMap = No;
    type SerializeStruct = No;
    type SerializeStructVariant = No;

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<&'static str, NotAVariant> {
        Ok(variant)
    }

    fn serialize_some<T: ?Sized + serde::Serialize>(self, _: &T) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_newtype_struct<T: ?Sized + serde::Serialize>(self, _: &'static str, _: &T) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_newtype_variant<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    refuse! {
        serialize_bool(bool) -> &'static str;
        serialize_i8(i8) -> &'static str;
        serialize_i16(i16) -> &'static str;
        serialize_i32(i32) -> &'static str;
        serialize_i64(i64) -> &'static str;
        serialize_u8(u8) -> &'static str;
        serialize_u16(u16) -> &'static str;
        serialize_u32(u32) -> &'static str;
        serialize_u64(u64) -> &'static str;
        serialize_f32(f32) -> &'static str;
        serialize_f64(f64) -> &'static str;
        serialize_char(char) -> &'static str;
        serialize_str(&str) -> &'static str;
        serialize_bytes(&[u8]) -> &'static str;
        serialize_none() -> &'static str;
        serialize_unit() -> &'static str;
        serialize_unit_struct(&'static str) -> &'static str;
        serialize_seq(Option<usize>) -> No;
        serialize_tuple(usize) -> No;
        serialize_tuple_struct(&'static str, usize) -> No;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> No;
        serialize_map(Option<usize>) -> No;
        serialize_struct(&'static str, usize) -> No;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> No;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(entries: &[(&str, Json)]) -> Json {
        Json::Object(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    fn s(text: &str) -> Json {
        Json::String(text.to_string())
    }

    #[test]
    fn parses_every_kind_of_value() {
        let v = parse(r#" { "a": [1, -2.5e3, 0, true, false, null], "b": "x", "c": {} , "d": [] } "#);
        assert_eq!(
            v,
            Ok(obj(&[
                (
                    "a",
                    Json::Array(vec![
                        Json::Number("1".into()),
                        Json::Number("-2.5e3".into()),
                        Json::Number("0".into()),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null,
                    ])
                ),
                ("b", s("x")),
                ("c", Json::Object(vec![])),
                ("d", Json::Array(vec![])),
            ]))
        );
    }

    #[test]
    fn unescapes_strings() {
        assert_eq!(
            parse(r#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00 ñ""#),
            Ok(s("a\"b\\c/d\n\té\u{1F600} ñ"))
        );
    }

    #[test]
    fn agrees_with_serde_json_on_the_shipped_content() {
        use super::super::catalog::sources;
        use super::super::config::Lang;
        fn same(a: &Json, b: &serde_json::Value) -> bool {
            match (a, b) {
                (Json::Null, serde_json::Value::Null) => true,
                (Json::Bool(x), serde_json::Value::Bool(y)) => x == y,
                (Json::Number(x), serde_json::Value::Number(y)) => x == &y.to_string(),
                (Json::String(x), serde_json::Value::String(y)) => x == y,
                (Json::Array(x), serde_json::Value::Array(y)) => {
                    x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
                }
                (Json::Object(x), serde_json::Value::Object(y)) => {
                    x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
                }
                _ => false,
            }
        }
        for lang in Lang::ALL {
            let src = sources(lang);
            for (file, text) in [src.app, src.diagram, src.quiz, src.plan] {
                let ours = match parse(text) {
                    Ok(v) => v,
                    Err(e) => panic!("{file}: {e}"),
                };
                let theirs: serde_json::Value = match serde_json::from_str(text) {
                    Ok(v) => v,
                    Err(e) => panic!("{file}: {e}"),
                };
                assert!(same(&ours, &theirs), "{file}");
            }
        }
    }

    #[test]
    fn malformed_input_is_an_error_with_a_position_never_a_panic() {
        let cases = [
            "", " ", "{", "}", "[", "]", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[1 2]", "{a:1}",
            "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\ud800\\u0041\"", "\"\\udc00\"",
            "01", "-", "1.", "1e", "+1", "tru", "nul", "1 2", "\"a\nb\"", "{\"a\":1}}", "\u{feff}{}",
            "[[[[", "{\"é\": \"ü", "\"\\", "\"\\u",
        ];
        for text in cases {
            let e = match parse(text) {
                Ok(v) => panic!("{text:?} parsed as {v:?}"),
                Err(e) => e,
            };
            assert!(e.line >= 1 && e.column >= 1, "{text:?}: {e}");
        }
        let e = parse("{\n  \"a\": x\n}").err();
        assert_eq!(e.map(|e| (e.line, e.column)), Some((2, 8)));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_err());
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn every_prefix_of_valid_json_is_handled() {
        let text = r#"{"a": ["x\u00e9\"", 12, {"b": null}], "ñ": true}"#;
        for (i, _) in text.char_indices() {
            let _ = parse(&text[..i]);
        }
        assert!(parse(text).is_ok());
    }

    #[test]
    fn fields_check_unknown_duplicate_and_missing() {
        const NAMES: &[&str] = &["a", "b"];
        let e = Fields::new(obj(&[("a", s("x")), ("c", s("y"))]), NAMES).err();
        assert!(e.is_some_and(|e| e.what.contains("unknown field `c`")));
        let e = Fields::new(obj(&[("a", s("x")), ("a", s("y"))]), NAMES).err();
        assert!(e.is_some_and(|e| e.what.contains("duplicate field `a`")));
        let e = Fields::new(s("x"), NAMES).err();
        assert!(e.is_some_and(|e| e.what.contains("expected an object")));
        let Ok(mut f) = Fields::new(obj(&[("b", s("y"))]), NAMES) else {
            panic!("valid fields");
        };
        let (mut a, mut b) = (String::new(), String::new());
        f.fill(&mut a);
        f.fill(&mut b);
        assert_eq!(b, "y");
        assert_eq!(f.finish().map_err(|e| e.to_string()), Err("missing field `a`".to_string()));
    }

    #[test]
    fn optional_fields_and_lists() {
        const NAMES: &[&str] = &["hint", "list"];
        let Ok(mut f) = Fields::new(obj(&[("list", Json::Array(vec![Json::Number("3".into()), s("x")]))]), NAMES) else {
            panic!("valid fields");
        };
        let mut hint: Option<String> = None;
        f.fill(&mut hint);
        assert_eq!(hint, None);
        let mut list: Vec<u8> = Vec::new();
        f.fill(&mut list);
        let e = f.finish().err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("invalid type: text, expected a whole number from 0 to 255 at `list[1]`"));
        assert!(u8::from_json(Json::Number("256".into())).is_err());
        assert!(u8::from_json(Json::Number("1.5".into())).is_err());
    }

    #[test]
    fn keys() {
        assert_eq!(u8::from_key("12"), Some(12));
        assert_eq!(u8::from_key("012"), None);
        assert_eq!(u8::from_key("x"), None);
        #[derive(serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        enum E {
            IcePick,
        }
        assert_eq!(variant_name(&E::IcePick), Some("ice_pick"));
        assert_eq!(variant_name(&3u8), None);
        assert_eq!(variant_name(&"x"), None);
    }
}
