//! The set of articles being compared, and what happened to it: the pure
//! part of importing. The page reads files and storage; this decides what
//! the set becomes and what to tell the user. A rejected input never changes
//! the set.

use std::rc::Rc;

use crate::analysis::article::{slugify, unique_slug};
use crate::analysis::corpus::bundled_sources;
use crate::analysis::import::{self, Corpus, ImportError, USER_TITLE};
use crate::analysis::ArticleSource;

/// One line of feedback after an import or a change to the set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

impl Notice {
    fn ok(text: String) -> Self {
        Notice { error: false, text }
    }
    fn error(text: String) -> Self {
        Notice { error: true, text }
    }
}

/// The articles being compared. `bundled` is true while they are the
/// bundled story, which is never written to storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    pub corpus: Rc<Corpus>,
    pub bundled: bool,
    /// What the last change did, newest last.
    pub notices: Vec<Notice>,
}

impl Library {
    /// The bundled story.
    pub fn bundled() -> Self {
        let (title, sources) = bundled_sources();
        Library {
            corpus: Rc::new(Corpus { title, sources }),
            bundled: true,
            notices: Vec::new(),
        }
    }

    /// A set restored from storage.
    pub fn restored(corpus: Corpus) -> Self {
        Library {
            corpus: Rc::new(corpus),
            bundled: false,
            notices: Vec::new(),
        }
    }

    /// Adds what each input holds, input by input: an input that fails
    /// (unreadable, duplicate, too many) is reported and skipped whole, the
    /// others still come in. Returns whether the set changed.
    pub fn add(&mut self, inputs: Vec<(String, Result<Corpus, ImportError>)>) -> bool {
        self.notices.clear();
        let start_len = self.corpus.sources.len();
        let mut sources = self.corpus.sources.clone();
        let mut title = None;
        for (name, read) in inputs {
            let added = read.and_then(|c| {
                let n = c.sources.len();
                if start_len == 0 && c.title != USER_TITLE {
                    title.get_or_insert(c.title);
                }
                import::add(&sources, c.sources, &name).map(|all| (all, n))
            });
            match added {
                Ok((all, n)) => {
                    sources = all;
                    let what = if n == 1 { "article" } else { "articles" };
                    self.notices
                        .push(Notice::ok(format!("Added {n} {what} from {name}.")));
                }
                Err(e) => self.notices.push(Notice::error(e.to_string())),
            }
        }
        if sources.len() == start_len {
            return false;
        }
        let title = match title {
            Some(t) => t,
            None if self.bundled || start_len == 0 => USER_TITLE.to_string(),
            None => self.corpus.title.clone(),
        };
        self.set(title, sources);
        true
    }

    /// Removes the article at `index`.
    pub fn remove(&mut self, index: usize) -> bool {
        let Some(gone) = self.corpus.sources.get(index) else {
            return false;
        };
        self.notices = vec![Notice::ok(format!("Removed “{}”.", gone.label))];
        let mut sources = self.corpus.sources.clone();
        sources.remove(index);
        let title = self.corpus.title.clone();
        self.set(title, sources);
        true
    }

    /// An empty set, to start a comparison from scratch.
    pub fn clear(&mut self) {
        self.set(USER_TITLE.to_string(), Vec::new());
        self.notices = vec![Notice::ok(
            "Started a new comparison: add articles below.".into(),
        )];
    }

    /// Back to the bundled story.
    pub fn reset(&mut self) {
        *self = Library::bundled();
        self.notices = vec![Notice::ok("Back to the bundled story.".into())];
    }

    /// A user's set: unique slugs, so the URL, storage and analysis agree.
    fn set(&mut self, title: String, mut sources: Vec<ArticleSource>) {
        let mut seen = Vec::new();
        for s in &mut sources {
            s.slug = unique_slug(&slugify(&s.slug), &s.outlet, &mut seen);
        }
        self.corpus = Rc::new(Corpus { title, sources });
        self.bundled = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::import::read_file;

    fn file(name: &str, text: &str) -> (String, Result<Corpus, ImportError>) {
        (import::file_label(name), read_file(name, text.as_bytes()))
    }

    #[test]
    fn a_bad_input_is_reported_and_changes_nothing() {
        let mut lib = Library::bundled();
        let before = lib.corpus.clone();
        assert!(!lib.add(vec![file("x.json", "{\"articles\": [}")]));
        assert!(Rc::ptr_eq(&before, &lib.corpus));
        assert!(lib.bundled);
        assert_eq!(lib.notices.len(), 1);
        assert!(lib.notices[0].error);
        assert!(
            lib.notices[0].text.contains("line 1, column 15"),
            "{:?}",
            lib.notices
        );
    }

    #[test]
    fn good_inputs_come_in_beside_bad_ones() {
        let mut lib = Library::bundled();
        let five = lib.corpus.sources.len();
        let hill = lib.corpus.sources[3].text.clone();
        assert!(lib.add(vec![
            file("a.txt", "The mayor resigned on Monday."),
            file("empty.txt", "  "),
            file("copy.txt", &hill),
            file("b.txt", "The council met on Tuesday."),
        ]));
        assert_eq!(lib.corpus.sources.len(), five + 2);
        assert!(!lib.bundled);
        assert_eq!(lib.corpus.title, USER_TITLE);
        let texts: Vec<(bool, &str)> = lib
            .notices
            .iter()
            .map(|n| (n.error, n.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            [
                (false, "Added 1 article from “a.txt”."),
                (true, "“empty.txt” has no text."),
                (
                    true,
                    "“copy.txt” has the same text as “Hill”, already loaded."
                ),
                (false, "Added 1 article from “b.txt”."),
            ]
        );
    }

    #[test]
    fn slugs_stay_unique_and_remove_and_reset_work() {
        let mut lib = Library::bundled();
        lib.clear();
        assert!(lib.corpus.sources.is_empty());
        assert!(lib.add(vec![
            file("the-hill.txt", "One text."),
            file("dir/the-hill.txt", "Another text."),
        ]));
        let slugs: Vec<&str> = lib.corpus.sources.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(slugs, ["the-hill", "the-hill-2"]);
        assert!(lib.remove(0));
        assert_eq!(lib.corpus.sources.len(), 1);
        assert_eq!(lib.notices[0].text, "Removed “the-hill”.");
        assert!(!lib.remove(5));
        lib.reset();
        assert!(lib.bundled);
        assert_eq!(lib.corpus, Library::bundled().corpus);
    }

    #[test]
    fn a_corpus_file_names_a_new_comparison() {
        let mut lib = Library::bundled();
        lib.clear();
        lib.add(vec![file(
            "set.json",
            r#"{"title": "Mayor", "articles": [{"outlet": "A", "text": "x."}]}"#,
        )]);
        assert_eq!(lib.corpus.title, "Mayor");
        // Added to an existing set, it keeps that set's title.
        lib.add(vec![file(
            "more.json",
            r#"{"title": "Other", "articles": [{"outlet": "B", "text": "y."}]}"#,
        )]);
        assert_eq!(lib.corpus.title, "Mayor");
    }

    #[test]
    fn too_many_articles_are_refused_whole() {
        let mut lib = Library::bundled();
        lib.clear();
        let many: Vec<String> = (0..import::MAX_ARTICLES - 1)
            .map(|i| format!("{{\"outlet\": \"O{i}\", \"text\": \"Text {i}.\"}}"))
            .collect();
        assert!(lib.add(vec![file("many.json", &format!("[{}]", many.join(",")))]));
        let two = r#"[{"outlet": "P", "text": "p."}, {"outlet": "Q", "text": "q."}]"#;
        assert!(!lib.add(vec![file("two.json", two)]));
        assert_eq!(lib.corpus.sources.len(), import::MAX_ARTICLES - 1);
        assert!(lib.notices[0].text.contains("would make 51 articles"));
    }
}
