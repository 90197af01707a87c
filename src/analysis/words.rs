//! Word lists written as one string each and split once, on first use.
//!
//! A `&[&str]` constant stores an 8-byte pointer and length for every entry
//! next to the words themselves; the analysis's lists hold about two
//! thousand entries, so that is some 16 KB of the page's wasm that gzip
//! compresses poorly. One `|`-separated string per list costs only its
//! words; the slices are made at run time, once per list.

use std::sync::OnceLock;

/// A list of words or phrases, `|`-separated in the source.
pub struct Words {
    text: &'static str,
    split: OnceLock<Vec<&'static str>>,
}

impl Words {
    pub const fn new(text: &'static str) -> Self {
        Words {
            text,
            split: OnceLock::new(),
        }
    }

    /// The entries, in the order written.
    pub fn all(&self) -> &[&'static str] {
        self.split
            .get_or_init(|| self.text.split('|').filter(|w| !w.is_empty()).collect())
    }

    /// Whether `word` is an entry; the list must be written in sorted order
    /// (each list's tests check it).
    pub fn has(&self, word: &str) -> bool {
        self.all().binary_search(&word).is_ok()
    }

    /// Whether the entries are in strictly ascending order, for tests.
    pub fn is_sorted(&self) -> bool {
        self.all().windows(2).all(|w| w[0] < w[1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static LIST: Words = Words::new("add your name|apple|pear");

    #[test]
    fn entries_split_on_bars_and_look_up_by_binary_search() {
        assert_eq!(LIST.all(), ["add your name", "apple", "pear"]);
        assert!(LIST.is_sorted());
        assert!(LIST.has("apple") && LIST.has("add your name"));
        assert!(!LIST.has("add") && !LIST.has(""));
        assert!(Words::new("b|a").all() == ["b", "a"] && !Words::new("b|a").is_sorted());
    }
}
