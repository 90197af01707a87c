//! The user's set of articles in the page: the reducer over the pure
//! [`Library`], the storage key it is kept under, and the first load.

use std::rc::Rc;

use yew::Reducible;

use super::browser::{self, StorageProblem};
use crate::analysis::import::{self, Corpus, ImportError};
use crate::analysis::{analyze, Analysis};
use crate::state::library::Library;

/// Where the user's set lives in local storage.
pub const STORAGE_KEY: &str = "parallax.articles";

/// A change the user asked for.
pub enum Change {
    /// What each input (file or paste) held, or why it could not be read.
    Add(Vec<(String, Result<Corpus, ImportError>)>),
    Remove(usize),
    Clear,
    Reset,
}

pub struct LibraryState(pub Library);

impl Reducible for LibraryState {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = self.0.clone();
        match change {
            Change::Add(inputs) => {
                next.add(inputs);
            }
            Change::Remove(index) => {
                next.remove(index);
            }
            Change::Clear => next.clear(),
            Change::Reset => next.reset(),
        }
        Rc::new(LibraryState(next))
    }
}

/// What the page starts with: the saved set if there is one (analysed at
/// once, before the first render, so links into it resolve), else the
/// bundled story; and a notice when storage could not be read.
pub struct Boot {
    pub library: Library,
    pub analysis: Rc<Analysis>,
    pub notice: Option<String>,
}

pub fn boot() -> Boot {
    let (library, notice) = match browser::load(STORAGE_KEY) {
        Ok(Some(saved)) => match import::read_corpus("saved", &saved) {
            Ok(corpus) => (Library::restored(corpus), None),
            Err(ImportError::Empty { .. }) => (
                Library::restored(Corpus {
                    title: import::USER_TITLE.into(),
                    sources: Vec::new(),
                }),
                None,
            ),
            Err(e) => (
                Library::bundled(),
                Some(format!(
                    "Your saved articles could not be read back ({e}), so the bundled story is shown. They stay saved until you change the articles."
                )),
            ),
        },
        Ok(None) => (Library::bundled(), None),
        Err(_) => (Library::bundled(), None),
    };
    let analysis = Rc::new(analyze(
        &library.corpus.title,
        library.corpus.sources.clone(),
    ));
    Boot {
        library,
        analysis,
        notice,
    }
}

/// Keeps the set in storage (the bundled story is not stored: removing
/// the key brings it back). Returns a notice when that failed.
pub fn persist(corpus: &Corpus, bundled: bool) -> Option<String> {
    let json = (!bundled).then(|| import::corpus_json(corpus));
    let keep = "They stay until you close this page; “Save articles” downloads them as a file.";
    match browser::save(STORAGE_KEY, json.as_deref()) {
        Ok(()) => None,
        Err(StorageProblem::Unavailable) => Some(format!(
            "This browser does not let Parallax keep your articles (storage is turned off or blocked). {keep}"
        )),
        Err(StorageProblem::Full) => Some(format!(
            "Your articles could not be kept: the browser's storage for this page is full ({} KB needed). {keep}",
            json.map_or(0, |j| j.len() * 2).div_ceil(1024)
        )),
    }
}
