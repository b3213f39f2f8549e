//! `id_enum!`: the one way the core declares a closed list of ids (quiz
//! answers, plan items).

/// Declares an id enum with the derives every id needs (its serde name, in
/// `snake_case`, is the JSON key of its text), its exhaustive `ALL` list in
/// declaration order, their serde names (`NAMES`, `name`), and optionally one
/// clause per variant, the same for all:
///
/// - `Variant = "code"`: the short code saved links carry (`code` and
///   `from_code`). Codes must never change once shipped; keeping them next
///   to the variant makes that hard to miss.
/// - `Variant => [sources]`: the fact-base source numbers the item rests on
///   (`sources`), so each plan section can cite them.
macro_rules! id_enum {
    (@enum $(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident,)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $var,)+ }

        impl $name {
            /// Every value in declaration order, for option lists,
            /// exhaustive tests and content checks.
            pub const ALL: &'static [$name] = &[$($name::$var,)+];

            /// Each value's serde name (`snake_case`, the JSON key of its
            /// text), in declaration order: a table, so reading a name
            /// costs no code per type.
            pub const NAMES: &'static [&'static str] = &[$({
                const NAME: &str = stringify!($var);
                const SNAKE: [u8; $crate::core::id_enum::snake_len(NAME)] = $crate::core::id_enum::snake(NAME);
                $crate::core::id_enum::ascii(&SNAKE)
            },)+];

            /// The serde name of the value.
            pub fn name(self) -> &'static str {
                Self::NAMES.get(self as usize).copied().unwrap_or_default()
            }
        }

        impl $crate::core::id_set::SetId for $name {
            const ALL: &'static [$name] = $name::ALL;

            fn index(self) -> u32 {
                self as u32
            }
        }

        // An `IdSet` holds one bit per variant.
        const _: () = assert!($name::ALL.len() <= 32);
    };
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $code:literal,)+ }) => {
        id_enum!(@enum $(#[$m])* $name { $($(#[$vm])* $var,)+ });

        impl $name {
            /// The short code used in links and saved state.
            pub fn code(self) -> &'static str {
                match self { $($name::$var => $code,)+ }
            }

            /// The value for a link code, if the code is known.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$var),)+ _ => None }
            }
        }
    };
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident,)+ }) => {
        id_enum!(@enum $(#[$m])* $name { $($(#[$vm])* $var,)+ });
    };
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident => [$($src:literal),*],)+ }) => {
        id_enum!(@enum $(#[$m])* $name { $($(#[$vm])* $var,)+ });

        impl $name {
            /// The fact-base source numbers this item rests on.
            pub fn sources(self) -> &'static [u8] {
                match self { $($name::$var => &[$($src),*],)+ }
            }
        }
    };
}

/// The length of `camel` in `snake_case`, as serde's `rename_all` spells it:
/// an underscore before every upper-case letter but the first.
pub(crate) const fn snake_len(camel: &str) -> usize {
    let b = camel.as_bytes();
    let mut n = b.len();
    let mut i = 1;
    while i < b.len() {
        if b[i].is_ascii_uppercase() {
            n += 1;
        }
        i += 1;
    }
    n
}

/// `camel` in `snake_case` (see [`snake_len`]), at compile time.
pub(crate) const fn snake<const N: usize>(camel: &str) -> [u8; N] {
    let b = camel.as_bytes();
    let mut out = [0u8; N];
    let (mut i, mut o) = (0, 0);
    while i < b.len() {
        if i > 0 && b[i].is_ascii_uppercase() {
            out[o] = b'_';
            o += 1;
        }
        out[o] = b[i].to_ascii_lowercase();
        o += 1;
        i += 1;
    }
    out
}

/// Bytes made by [`snake`] from an identifier, as text. Identifiers of ids
/// are ASCII; anything else fails the build.
pub(crate) const fn ascii(bytes: &'static [u8]) -> &'static str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => panic!("id names are ASCII"),
    }
}
