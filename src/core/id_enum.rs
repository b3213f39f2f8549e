//! `id_enum!`: the one way the core declares a closed list of ids (quiz
//! answers, plan items).

/// Declares an id enum with the derives every id needs (its serde name, in
/// `snake_case`, is the JSON key of its text), its exhaustive `ALL` list in
/// declaration order, and one clause per variant, the same for all:
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
