//! Where a catalog's text comes from: the statics `build.rs` wrote (English
//! in the wasm, every language natively), or a language file fetched on
//! demand, checked and installed once.

use std::cell::RefCell;

use super::Catalog;
use crate::core::config::Lang;
use crate::core::tree::{Reader, TextTree};

thread_local! {
    /// Languages fetched at run time, each installed once for the page's
    /// lifetime (a few dozen KiB that never change, like the statics).
    static LOADED: RefCell<Vec<(Lang, &'static [String])>> = const { RefCell::new(Vec::new()) };
}

/// Why a fetched language file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// This build has no file for that language (it is compiled in).
    NotFetched,
    /// The file is not a list of texts of this build (another build's, a
    /// cut download, or something else at that address).
    WrongFile,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LoadError::NotFetched => "this build has no such language file",
            LoadError::WrongFile => "the file is not this build's text (another build's, or cut short)",
        })
    }
}

/// Where a language fetched on demand stands, for the language buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LangLoad {
    /// Nothing is being fetched.
    #[default]
    Idle,
    /// This language's text is on its way; its button says it is getting ready.
    Loading(Lang),
    /// This language's text could not be fetched; the guide stayed in the
    /// language it showed, and says so in the language that failed.
    Failed(Lang),
}

/// The first entry of a language file: its format and the fingerprint of
/// the layout and texts it was made for ([`crate::core::tree::fingerprint`]).
pub fn file_tag(fingerprint: u64) -> String {
    format!("mg1:{fingerprint:016x}")
}

impl Catalog {
    /// The text of a fetched language's file, for the native tests and
    /// `examples/lang_files.rs`, which writes the files (`None` in the wasm,
    /// which never carries it).
    pub fn file_text(lang: Lang) -> Option<&'static str> {
        crate::baked::file_text(lang)
    }

    /// The catalog for `lang` if this page has its text: compiled in (English,
    /// the first load's language; natively every language), or fetched and
    /// installed ([`Catalog::install`]). Builds borrow every text: no copy.
    pub fn available(lang: Lang) -> Option<Self> {
        Catalog::reader(lang).map(|mut r| Catalog::unbake(&mut r))
    }

    /// Where `lang`'s text is read from, if this page has it.
    fn reader(lang: Lang) -> Option<Reader> {
        if let Some(flat) = crate::baked::compiled(lang) {
            return Some(Reader::new(flat));
        }
        let list = LOADED.with(|l| l.borrow().iter().find(|(x, _)| *x == lang).map(|(_, t)| *t))?;
        Some(Reader::list(crate::baked::SHAPE, list))
    }

    /// Whether [`Catalog::available`] has `lang`.
    pub fn has(lang: Lang) -> bool {
        crate::baked::compiled(lang).is_some() || LOADED.with(|l| l.borrow().iter().any(|(x, _)| *x == lang))
    }

    /// The built-in catalog for `lang`; English while `lang` has not been
    /// fetched yet (see [`Catalog::available`]). One read, no copy: the
    /// layout is English's own text.
    pub fn builtin(lang: Lang) -> Self {
        let mut r = Catalog::reader(lang).unwrap_or_else(|| Reader::new(crate::baked::SHAPE));
        Catalog::unbake(&mut r)
    }

    /// The file `lang`'s text is fetched from at run time, next to the wasm
    /// (`None` for a language compiled in). Its name carries the
    /// fingerprint, so a cache never serves another build's text.
    pub fn file_name(lang: Lang) -> Option<&'static str> {
        crate::baked::fetched(lang).map(|(name, _)| name)
    }

    /// Checks a fetched language file, already read as its list of strings,
    /// against the layout and fingerprint this build expects.
    pub fn check_file(lang: Lang, list: &[String]) -> Result<(), LoadError> {
        let (_, expected) = crate::baked::fetched(lang).ok_or(LoadError::NotFetched)?;
        let (tag, texts) = list.split_first().ok_or(LoadError::WrongFile)?;
        let count = crate::baked::TEXTS;
        let sound = *tag == file_tag(expected)
            && texts.len() == count
            && crate::core::tree::fingerprint(crate::baked::SHAPE.shape, texts.iter().map(String::as_str)) == expected;
        if sound {
            Ok(())
        } else {
            Err(LoadError::WrongFile)
        }
    }

    /// Installs a fetched language file for the page's lifetime, after
    /// [`Catalog::check_file`]; a second install of the same language keeps
    /// the first.
    pub fn install(lang: Lang, list: Vec<String>) -> Result<(), LoadError> {
        Catalog::check_file(lang, &list)?;
        if !Catalog::has(lang) {
            let texts: &'static [String] = Box::leak(list.into_boxed_slice());
            // The fingerprint is the first entry; the texts follow it.
            let texts = texts.get(1..).unwrap_or_default();
            LOADED.with(|l| l.borrow_mut().push((lang, texts)));
        }
        Ok(())
    }

    /// What a language button says while `lang` is being fetched, and what
    /// the widget says if it could not be, both in `lang` itself: compiled
    /// in for every language, since they are shown before (or instead of)
    /// that language's own text.
    pub fn loading_texts(lang: Lang) -> (&'static str, &'static str) {
        crate::baked::loading(lang)
    }

    /// Every id has its text, so any plan and question renders in full:
    /// the checks serde's required fields cannot make (maps keyed by ids).
    /// On failure, the section (the content file's name) and what is missing.
    pub fn check_complete(&self) -> Result<(), (&'static str, String)> {
        self.quiz.check_complete().map_err(|m| ("quiz", m))?;
        self.plan.check_complete().map_err(|m| ("plan", m))
    }
}
