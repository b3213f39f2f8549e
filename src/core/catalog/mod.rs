//! The content catalog: every word a visitor reads, as typed data.
//!
//! Text lives in `content/<lang>/*.json`, one file per section of
//! [`Catalog`]. `build.rs` reads the files into these very types with serde
//! (every struct denies unknown fields, every field is required unless it is
//! an `Option`), checks them (blank text, missing option texts, languages
//! that differ in keys, `{placeholders}` or source numbers) and writes
//! English as Rust statics (see [`super::tree`]), and every other language
//! as a file the wasm fetches when it is needed ([`Catalog::install`]). A
//! content mistake fails `cargo build` naming the file and the key; the wasm
//! ships no JSON reader for its own text, and nothing is parsed or copied
//! when the widget mounts or switches language.

//!
//! One file per section of the catalog (`app`, `diagram`, `quiz`, `plan`,
//! as the content files are split), the id-keyed map every section uses
//! (`text_map`), and where a catalog's text comes from (`sources`: the
//! statics, or a language file fetched on demand). Every type is re-exported
//! here, so `core::catalog::AppText` and the rest keep their paths.

use std::borrow::Cow;

use super::json::MapKey;
use super::text::join;
use super::tree::{Baker, Branch, Node, Reader, TextTree};

use super::plan::{
    AddOn, Aftercare, DowntimeAdvice, Evidence, HomeDevice, Myth, Notice, NumberFact, ProviderQuestion, Reason,
    Response, Section, SkinToneNote, Verdict, WarningSign,
};
use super::quiz::{Concern, Downtime, Safety, ScarType, SunReaction, Visibility};
use super::summary::Caution;

/// Declares a text struct with serde's reader (for `build.rs`) and its
/// [`TextTree`] impl, both from the struct's own fields: a new key needs
/// only a new field. Every field is required (except `Option` ones), unknown
/// and duplicate keys are errors, and the JSON key of a field is its name.
macro_rules! text_struct {
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* pub $field:ident: $ty:ty,)+ }) => {
        #[derive(Default, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        $(#[$m])*
        pub struct $name { $($(#[$fm])* pub $field: $ty,)+ }

        impl TextTree for $name {
            fn bake(&self, out: &mut Baker) {
                $(self.$field.bake(out);)+
            }

            fn unbake(r: &mut Reader) -> Self {
                $name { $($field: TextTree::unbake(r),)+ }
            }

            fn node(&mut self) -> Node<'_> {
                Node::Branch(self)
            }
        }

        impl Branch for $name {
            fn key(&self, i: usize) -> Option<Cow<'static, str>> {
                const NAMES: &[&str] = &[$(stringify!($field)),+];
                NAMES.get(i).map(|n| Cow::Borrowed(*n))
            }

            fn child(&mut self, mut i: usize) -> Node<'_> {
                // The field at index `i`, counted down: a jump table.
                $(
                    if i == 0 {
                        return self.$field.node();
                    }
                    i -= 1;
                )+
                let _ = i;
                Node::Absent
            }
        }
    };
}

/// Makes id enums usable as [`TextMap`] keys, spelt as their serde names
/// (snake_case), so content files and links keep one spelling.
macro_rules! enum_keys {
    ($($t:ty),+ $(,)?) => {
        $(impl MapKey for $t {
            fn from_key(key: &str) -> Option<Self> {
                let i = <$t>::NAMES.iter().position(|n| *n == key)?;
                <$t>::ALL.get(i).copied()
            }

            fn key(self) -> String {
                self.name().to_string()
            }

            fn rank(self) -> u8 {
                self as u8
            }

            fn from_rank(rank: u8) -> Option<Self> {
                <$t>::ALL.get(usize::from(rank)).copied()
            }
        })+
    };
}

enum_keys!(
    ScarType,
    Visibility,
    Concern,
    SunReaction,
    Safety,
    Downtime,
    Section,
    Verdict,
    Reason,
    Response,
    AddOn,
    Evidence,
    NumberFact,
    DowntimeAdvice,
    SkinToneNote,
    Aftercare,
    HomeDevice,
    ProviderQuestion,
    Myth,
    Notice,
    WarningSign,
);
enum_keys!(Caution);

mod app;
mod diagram;
mod plan;
mod quiz;
mod sources;
mod text_map;

pub use app::*;
pub use diagram::*;
pub use plan::*;
pub use quiz::*;
pub use sources::*;
pub use text_map::*;

text_struct! {
/// All user-facing text for one language: one field per content file.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// The welcome screen, the shell around every screen and fallbacks.
    pub app: AppText,
    /// Titles, captions and labels of the skin diagrams.
    pub diagram: DiagramText,
    /// The quiz: questions, options, buttons and the "how to tell" guide.
    pub quiz: QuizText,
    /// The personal plan: every id a [`crate::core::plan::Plan`] can hold.
    pub plan: PlanText,
}
}

/// Adds to `out` the keys of `all` that `map` lacks, as they are spelt in
/// JSON. A plain loop: there is one copy per map type, so it is kept small.
fn missing_keys<K: MapKey, V>(out: &mut Vec<String>, map: &TextMap<K, V>, all: &[K], what: &str) {
    for k in all {
        if !map.contains_key(k) {
            out.push(format!("{what}.{}", k.key()));
        }
    }
}

fn report(missing: Vec<String>) -> Result<(), String> {
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("missing text for {}", join(&missing, ", ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::config::Lang;

    /// Keys spell as serde does, round-trip, and rank in declaration order
    /// (the order `BTreeMap` used to iterate in).
    fn keys_round_trip<K: MapKey + Ord + std::fmt::Debug + serde::Serialize>(all: &[K]) {
        for (i, k) in all.iter().enumerate() {
            let spelt = match serde_json::to_value(k) {
                Ok(serde_json::Value::String(s)) => s,
                Ok(serde_json::Value::Number(n)) => n.to_string(),
                other => panic!("{k:?} serializes as {other:?}"),
            };
            assert_eq!(k.key(), spelt);
            assert_eq!(K::from_key(&spelt), Some(*k));
            assert_eq!(K::from_rank(k.rank()), Some(*k));
            if let Some(prev) = i.checked_sub(1).and_then(|p| all.get(p)) {
                assert!(prev < k && prev.rank() < k.rank(), "{prev:?} {k:?}");
            }
        }
        assert_eq!(K::from_key("no_such_key"), None);
    }

    #[test]
    fn every_key_type_round_trips() {
        keys_round_trip(ScarType::ALL);
        keys_round_trip(Visibility::ALL);
        keys_round_trip(Concern::ALL);
        keys_round_trip(SunReaction::ALL);
        keys_round_trip(Safety::ALL);
        keys_round_trip(Downtime::ALL);
        keys_round_trip(Section::ALL);
        keys_round_trip(Verdict::ALL);
        keys_round_trip(Reason::ALL);
        keys_round_trip(Response::ALL);
        keys_round_trip(AddOn::ALL);
        keys_round_trip(Evidence::ALL);
        keys_round_trip(NumberFact::ALL);
        keys_round_trip(DowntimeAdvice::ALL);
        keys_round_trip(SkinToneNote::ALL);
        keys_round_trip(Aftercare::ALL);
        keys_round_trip(HomeDevice::ALL);
        keys_round_trip(ProviderQuestion::ALL);
        keys_round_trip(Myth::ALL);
        keys_round_trip(Notice::ALL);
        keys_round_trip(WarningSign::ALL);
        keys_round_trip(Caution::ALL);
        keys_round_trip(&[1u8, 2, 30]);
    }

    #[test]
    fn text_maps_are_sorted_and_refuse_bad_keys() {
        let map = |text: &str| serde_json::from_str::<TextMap<Verdict, String>>(text).map_err(|e| e.to_string());
        let Ok(m) = map(r#"{"not_right_now": "c", "likely_to_help": "a"}"#) else {
            panic!("valid map");
        };
        let keys: Vec<Verdict> = m.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, vec![Verdict::LikelyToHelp, Verdict::NotRightNow]);
        assert_eq!(m.get(&Verdict::NotRightNow).map(String::as_str), Some("c"));
        assert!(!m.contains_key(&Verdict::DiscussFirst));
        let e = map(r#"{"maybe": "x"}"#).err().unwrap_or_default();
        assert!(e.starts_with("unknown key `maybe`"), "{e}");
        let e = map(r#"{"likely_to_help": "a", "likely_to_help": "b"}"#)
            .err()
            .unwrap_or_default();
        assert!(e.starts_with("duplicate key `likely_to_help`"), "{e}");
        assert!(map(r#"{"likely_to_help": 3}"#).is_err());
        assert!(map("[]").is_err());
    }

    /// What the build bakes reads back as the same catalog, for any tree.
    #[test]
    fn a_catalog_bakes_and_reads_back_unchanged() {
        use super::super::tree::Flat;
        for lang in Lang::ALL {
            let c = Catalog::builtin(lang);
            assert!(!c.app.name.is_empty() && c.plan.sources.len() > 5);
            let mut b = Baker::default();
            c.bake(&mut b);
            let flat = Flat {
                text: Box::leak(b.text.into_boxed_str()),
                lengths: Box::leak(b.lengths.into_boxed_slice()),
                shape: Box::leak(b.shape.into_boxed_slice()),
            };
            assert_eq!(Catalog::unbake(&mut Reader::new(flat)), c);
            assert_eq!(c.check_complete(), Ok(()));
        }
    }

    /// Every language but English is fetched at run time: its file, as the
    /// build writes it for `dist/`, passes the checks and reads back as the
    /// very catalog the native build compiles in, with no text copied.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn a_fetched_language_file_reads_back_as_the_compiled_catalog() {
        assert_eq!(Catalog::file_name(Lang::En), None, "English ships in the first load");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let name = Catalog::file_name(lang).unwrap_or_default();
            assert!(
                name.starts_with("microneedling-guide-") && name.ends_with(&format!(".{}.json", lang.tag())),
                "{name}"
            );
            let text = Catalog::file_text(lang).unwrap_or_default();
            let list: Vec<String> = serde_json::from_str(text).unwrap_or_default();
            assert_eq!(Catalog::check_file(lang, &list), Ok(()));
            let leaked: &'static [String] = Box::leak(list[1..].to_vec().into_boxed_slice());
            let c = Catalog::unbake(&mut Reader::list(crate::baked::SHAPE, leaked));
            assert_eq!(Some(c.clone()), Catalog::available(lang));
            assert!(c.app.start.is_borrowed() && c.plan.title.is_borrowed());
            // Another build's file, a cut one, a changed text, a bad tag.
            let mut cut = list.clone();
            cut.pop();
            let mut changed = list.clone();
            changed[5].push('!');
            let mut retagged = list.clone();
            retagged[0] = file_tag(1);
            for bad in [cut, changed, retagged, Vec::new()] {
                assert_eq!(Catalog::check_file(lang, &bad), Err(LoadError::WrongFile));
            }
            assert_eq!(Catalog::check_file(Lang::En, &list), Err(LoadError::NotFetched));
        }
    }

    #[test]
    fn loading_texts_exist_in_every_language() {
        for lang in Lang::ALL {
            let (ready, failed) = Catalog::loading_texts(lang);
            let c = Catalog::builtin(lang);
            assert_eq!(ready, c.app.getting_ready);
            assert_eq!(failed, c.app.language_failed);
        }
    }

    #[test]
    fn every_text_has_a_path_a_clinic_can_name() {
        let c = Catalog::builtin(Lang::En);
        let mut paths = Vec::new();
        c.texts("", &mut |p, t| paths.push((p.to_string(), t.to_string())));
        assert!(paths.contains(&("app.start".to_string(), c.app.start.to_string())));
        assert!(paths
            .iter()
            .any(|(p, _)| p == "quiz.questions.safety.options.pregnant.label"));
        assert!(paths.iter().any(|(p, _)| p == "plan.sources.1"));
        assert!(
            !paths
                .iter()
                .any(|(p, _)| p.contains("sources") && p.starts_with("diagram")),
            "source lists are not text"
        );
    }
}
