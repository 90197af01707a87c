//! A string that keeps short text inline instead of on the heap.
//!
//! Token norms and term keys are nearly all short words; holding them in a
//! `String` each costs an allocation per word. `SmallStr` stores up to
//! `INLINE` bytes in place (it is as large as a `String`) and only longer text
//! on the heap. It compares, orders and hashes exactly as its `str` does, so
//! maps keyed by it can be looked up by `&str`.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

const INLINE: usize = 22;

#[derive(Clone)]
pub struct SmallStr(Repr);

#[derive(Clone)]
enum Repr {
    Inline(u8, [u8; INLINE]),
    Heap(Box<str>),
}

impl SmallStr {
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: an inline buffer is only ever filled (in `From<&str>`)
            // with the bytes of a whole `&str`, and `len` is that str's length;
            // the fields are private and never changed afterwards, so
            // `buf[..len]` is valid UTF-8.
            Repr::Inline(len, buf) => unsafe {
                std::str::from_utf8_unchecked(buf.get_unchecked(..usize::from(*len)))
            },
            Repr::Heap(s) => s,
        }
    }
}

impl From<&str> for SmallStr {
    fn from(s: &str) -> Self {
        if s.len() <= INLINE {
            let mut buf = [0; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            SmallStr(Repr::Inline(s.len() as u8, buf))
        } else {
            SmallStr(Repr::Heap(s.into()))
        }
    }
}

impl From<String> for SmallStr {
    fn from(s: String) -> Self {
        if s.len() <= INLINE {
            s.as_str().into()
        } else {
            SmallStr(Repr::Heap(s.into_boxed_str()))
        }
    }
}

impl Deref for SmallStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SmallStr {
    fn as_ref(&self) -> &str {
        self
    }
}

impl Borrow<str> for SmallStr {
    fn borrow(&self) -> &str {
        self
    }
}

impl PartialEq for SmallStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SmallStr {}

impl PartialEq<str> for SmallStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SmallStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for SmallStr {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SmallStr {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for SmallStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for SmallStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SmallStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_short_and_long_text() {
        for s in ["", "a", "trump's", "é-ß", &"x".repeat(22), &"y".repeat(23)] {
            let small = SmallStr::from(s);
            assert_eq!(small.as_str(), s);
            assert_eq!(SmallStr::from(s.to_string()), small);
            assert_eq!(format!("{small:?}"), format!("{s:?}"));
        }
        let (a, b) = (SmallStr::from("abc"), SmallStr::from("abd"));
        assert!(a < b && a == "abc");
    }
}
