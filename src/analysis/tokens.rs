//! Word and number tokens with normalized forms.
//!
//! This module is responsible for cutting a stretch of text into the words and
//! numbers that the rest of the analysis compares across outlets. A token keeps
//! its byte span in the original text, so every comparison can point back at the
//! exact words, and a normalized form (`norm`) in which "Trump’s" and "Trump's"
//! or "Clinton–related" and "Clinton-related" are the same word.
//!
//! What counts as one token:
//!
//! | Shape | Examples | Kind |
//! |---|---|---|
//! | letters and digits, with internal apostrophes (`'` `’`) and hyphens | `Trump’s`, `well-known`, `Clinton-related` | word |
//! | single letters each followed by a period (dotted acronyms) | `U.S.`, `a.m.`, `e.g.` | word |
//! | digits with internal `,` or `.` followed by a digit | `33,000`, `5.8`, `2016` | number |
//!
//! A currency sign, a percent sign or a trailing apostrophe is never part of a
//! token, so "$5.8" yields the number "5.8" and "Wikileaks’ founder" yields
//! "Wikileaks".

use super::small_str::SmallStr;
use super::span::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum TokenKind {
    Word,
    Number,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Lower-cased form with typographic apostrophes and dashes folded.
    pub norm: SmallStr,
}

/// Appends the tokens found inside `within` to `out`.
///
/// A span that does not fit `text` (or does not lie on char boundaries) holds no
/// tokens; the function never panics on content.
pub fn tokenize(text: &str, within: Span, out: &mut Vec<Token>) {
    let mut folded = String::new();
    for_each_token(text, within, |span, kind, word| {
        // Most words (lower-case ASCII) are their own normalized form.
        let norm = if is_normalized(word) {
            SmallStr::from(word)
        } else {
            folded.clear();
            normalize_into(word, &mut folded);
            SmallStr::from(folded.as_str())
        };
        out.push(Token { span, kind, norm });
    });
}

/// Calls `found` with the span, kind and original text of every token inside
/// `within`, in order. This is `tokenize` without building the normalized
/// forms, for callers that keep them elsewhere (or do not need them).
pub(crate) fn for_each_token(
    text: &str,
    within: Span,
    mut found: impl FnMut(Span, TokenKind, &str),
) {
    let slice = within.slice(text);
    // The scan works on byte offsets into `slice`, all of them char
    // boundaries, and decodes a char only where one is needed; ASCII text,
    // the common case, never goes through UTF-8 decoding at all.
    let bytes = slice.as_bytes();
    let mut i = 0;
    // A token starts on a letter or digit; marks, punctuation and symbols
    // between tokens are skipped, ASCII ones without decoding.
    let next_candidate = |rest: &[u8]| {
        rest.iter()
            .position(|&b| !b.is_ascii() || b.is_ascii_alphanumeric())
    };
    while let Some(skip) = bytes.get(i..).and_then(next_candidate) {
        i += skip;
        let end = match plain_token_end(bytes, i) {
            Some(end) => end,
            None => {
                let Some(c) = char_at(slice, i) else {
                    break;
                };
                if !is_alphanumeric(c) {
                    i += c.len_utf8();
                    continue;
                }
                // Each part of a dotted acronym is a single letter, so a
                // token whose second char is an ASCII letter or digit is an
                // ordinary word.
                let may_be_acronym = !bytes
                    .get(i + c.len_utf8())
                    .is_some_and(u8::is_ascii_alphanumeric)
                    && !char_before(slice, i).is_some_and(is_word_char);
                may_be_acronym
                    .then(|| acronym_end(slice, i))
                    .flatten()
                    .unwrap_or_else(|| word_end(slice, i))
            }
        };
        let word = slice.get(i..end).unwrap_or_default();
        let kind = if is_number(word) {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        found(Span::new(within.start + i, within.start + end), kind, word);
        i = end;
    }
}

/// The end of the token starting at byte `start` when it is a run of ASCII
/// letters and digits followed by white space or punctuation that cannot
/// continue it, as most tokens are; `None` when the general rules must
/// decide: before '.' and ',' (numbers, acronyms), apostrophes and hyphens
/// (joiners) and non-ASCII chars, or when `start` is not ASCII.
fn plain_token_end(bytes: &[u8], start: usize) -> Option<usize> {
    let rest = bytes.get(start..)?;
    if !rest.first()?.is_ascii_alphanumeric() {
        return None;
    }
    let end = start
        + rest
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
    let ends_plainly = bytes
        .get(end)
        .is_none_or(|&b| b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b','));
    ends_plainly.then_some(end)
}

/// A number starts with a digit and holds only digits, `,` and `.`.
fn is_number(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(is_numeric) && chars.all(|c| is_numeric(c) || c == ',' || c == '.')
}

/// Folds a word to the form tokens are compared by: lower case, typographic
/// apostrophes turned into `'`, typographic dashes and the minus sign turned
/// into `-`.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_into(word, &mut out);
    out
}

/// Whether `normalize(word)` is `word` itself, as for ASCII without capitals,
/// so that a caller can keep the word instead of a copy.
pub(crate) fn is_normalized(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// Appends the normalized form of `word` (see `normalize`) to `out`.
pub(crate) fn normalize_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        // ASCII holds no typographic apostrophes or dashes, and its lower case
        // is byte for byte.
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else if word.contains('Σ') {
        // Lower-casing the whole string (not char by char) lets Unicode handle
        // the Greek final sigma, the one context-dependent case.
        let folded: String = word.chars().map(fold_typography).collect();
        out.push_str(&folded.to_lowercase());
    } else {
        // Without a capital sigma, `str::to_lowercase` maps every char on its
        // own, exactly as `char::to_lowercase` does.
        for c in word.chars().map(fold_typography) {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                for lower in c.to_lowercase() {
                    out.push(lower);
                }
            }
        }
    }
}

/// Typographic apostrophes become `'`; typographic dashes and the minus sign
/// become `-`.
fn fold_typography(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}' => '\'',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        other => other,
    }
}

/// The char starting at byte `i` of `s`, or `None` at the end (or off a char
/// boundary, which the scan never produces).
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// The char ending at byte `i` of `s`, or `None` at the start.
#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|last| s.as_bytes().get(last)) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(..i).and_then(|head| head.chars().next_back()),
        None => None,
    }
}

/// `char::is_alphanumeric` with the ASCII answer inline. The General
/// Punctuation block (curly quotes, dashes, spaces) holds no letters or
/// digits, so the most common non-ASCII chars of news text skip the Unicode
/// table lookup too; a test checks the block.
#[inline]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if GENERAL_PUNCTUATION.contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// The Unicode block of typographic punctuation, U+2000 to U+206F.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

/// `char::is_alphabetic` with the ASCII answer inline.
#[inline]
fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// `char::is_numeric` with the ASCII answer inline.
#[inline]
fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        c.is_numeric()
    }
}

/// Letters, digits and combining marks continue a word. Marks matter for text
/// in decomposed form, where "é" is "e" followed by U+0301.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alphanumeric(c) || is_combining_mark(c)
    }
}

/// The common blocks of combining marks. The standard library has no general
/// category lookup, and these blocks cover decomposed Latin, Greek and Cyrillic
/// text as well as variation selectors and the zero-width joiner.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Characters that join two runs of letters or digits into one word when they
/// sit between them: apostrophes ("Trump’s") and hyphens ("well-known").
/// Dashes (en and em) separate words instead, as in "wrong—they".
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}')
}

/// The end (byte offset in `s`) of an ordinary word or number starting at
/// byte `start`.
#[inline]
fn word_end(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = start + char_at(s, start).map_or(0, char::len_utf8);
    loop {
        // Runs of ASCII letters and digits, most of any word, need no decoding.
        j += bytes.get(j..).map_or(0, |rest| {
            rest.iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(rest.len())
        });
        let Some(c) = char_at(s, j) else {
            break;
        };
        if is_word_char(c) {
            j += c.len_utf8();
            continue;
        }
        // Only joiners, '.' and ',' can continue a word; anything else, such
        // as the space after most words, ends it without looking around.
        if !(is_joiner(c) || c == '.' || c == ',') {
            break;
        }
        let prev = char_before(s, j).unwrap_or(' ');
        let after = j + c.len_utf8();
        let next = char_at(s, after).unwrap_or(' ');
        let joins = if is_joiner(c) {
            is_alphanumeric(next)
        } else if c == '.' || c == ',' {
            // "5.8" and "33,000" are one number, but "2016, and" is not.
            is_numeric(prev) && is_numeric(next)
        } else {
            false
        };
        if !joins {
            break;
        }
        // The joiner and the letter or digit after it both belong.
        j = after + next.len_utf8();
    }
    j
}

/// The end (byte offset in `s`) of a dotted acronym such as "U.S." or "a.m."
/// starting at byte `start`, final period included, or `None` when there is
/// none. Each part must be a single letter, so "St. Louis" and "J. K. Rowling"
/// are not acronyms.
#[inline]
fn acronym_end(s: &str, start: usize) -> Option<usize> {
    // The end of the single letter at byte `i`: a letter not followed by
    // another letter, digit or mark.
    let single_letter_at = |i: usize| {
        let c = char_at(s, i).filter(|&c| is_alphabetic(c))?;
        let after = i + c.len_utf8();
        (!char_at(s, after).is_some_and(is_word_char)).then_some(after)
    };
    let mut j = start;
    let mut letters = 0;
    while let Some(after) = single_letter_at(j) {
        if char_at(s, after) == Some('.') {
            letters += 1;
            j = after + 1;
        } else {
            // A last letter without its period still belongs ("U.S.A").
            if letters > 0 {
                letters += 1;
                j = after;
            }
            break;
        }
    }
    (letters >= 2).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokenizes the whole input and compares a compact rendering of each
    /// token: its text, then `=norm` when the normalized form differs, with a
    /// leading `#` for numbers.
    fn check(input: &str, expected: &[&str]) {
        let mut out = Vec::new();
        tokenize(input, Span::new(0, input.len()), &mut out);
        let got: Vec<String> = out
            .iter()
            .map(|t| {
                let raw = t.span.slice(input);
                let mark = if t.kind == TokenKind::Number { "#" } else { "" };
                if t.norm == raw {
                    format!("{mark}{raw}")
                } else {
                    format!("{mark}{raw}={}", t.norm)
                }
            })
            .collect();
        assert_eq!(got, expected, "input: {input:?}");
        for pair in out.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "tokens overlap");
        }
    }

    #[test]
    fn words_and_apostrophes() {
        check("Trump’s data firm", &["Trump’s=trump's", "data", "firm"]);
        check("didn't won’t", &["didn't", "won’t=won't"]);
        check("Andrew O’Hagan", &["Andrew=andrew", "O’Hagan=o'hagan"]);
        check("Wikileaks’ founder", &["Wikileaks=wikileaks", "founder"]);
        check("'quoted' words", &["quoted", "words"]);
        check("rock ’n’ roll", &["rock", "n", "roll"]);
    }

    #[test]
    fn hyphens_and_dashes() {
        check("well-known", &["well-known"]);
        check(
            "Clinton-related emails",
            &["Clinton-related=clinton-related", "emails"],
        );
        check("Clinton‐related", &["Clinton‐related=clinton-related"]);
        check("wrong—they were", &["wrong", "they", "were"]);
        check("Mercer – and", &["Mercer=mercer", "and"]);
        check("a -- b", &["a", "b"]);
        check("trailing- and -leading", &["trailing", "and", "leading"]);
        check("Editor-in-Chief:", &["Editor-in-Chief=editor-in-chief"]);
    }

    #[test]
    fn dotted_acronyms() {
        check("the U.S. Senate", &["the", "U.S.=u.s.", "Senate=senate"]);
        check("U.S.A", &["U.S.A=u.s.a"]);
        check("at 5 p.m. today", &["at", "#5", "p.m.", "today"]);
        check("e.g. this", &["e.g.", "this"]);
        check("U.S.-led", &["U.S.=u.s.", "led"]);
        check("J. K. Rowling", &["J=j", "K=k", "Rowling=rowling"]);
        check("St. Louis", &["St=st", "Louis=louis"]);
        check("example.com", &["example", "com"]);
    }

    #[test]
    fn numbers() {
        check("$5.8 million", &["#5.8", "million"]);
        check("33,000 emails", &["#33,000", "emails"]);
        check("in 2016.", &["in", "#2016"]);
        check("3.5%", &["#3.5"]);
        check("2016, and", &["#2016", "and"]);
        check("$1-5 million", &["1-5", "million"]);
        check(
            "80% of TPM’s revenue",
            &["#80", "of", "TPM’s=tpm's", "revenue"],
        );
        check("1,2,3", &["#1,2,3"]);
        check("v1.2 on26", &["v1.2", "on26"]);
        check("3 a.m.", &["#3", "a.m."]);
    }

    #[test]
    fn unicode_words() {
        check("Café Straße", &["Café=café", "Straße=straße"]);
        check("ÉCOLE", &["ÉCOLE=école"]);
        check("cafe\u{301} bar", &["cafe\u{301}", "bar"]);
        check("ΟΔΟΣ", &["ΟΔΟΣ=οδος"]);
        check("日本語 テキスト", &["日本語", "テキスト"]);
        check("٣٤ years", &["#٣٤", "years"]);
        check("", &[]);
        check("  — … ! ", &[]);
    }

    #[test]
    fn spans_outside_the_text_hold_nothing() {
        let text = "“Hi” there";
        let mut out = Vec::new();
        tokenize(text, Span::new(1, 4), &mut out);
        tokenize(text, Span::new(5, 500), &mut out);
        assert!(out.is_empty());
        tokenize(text, Span::new(3, 11), &mut out);
        let words: Vec<&str> = out.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(words, ["Hi", "th"]);
    }

    #[test]
    fn fast_paths_agree_with_the_standard_library() {
        for c in GENERAL_PUNCTUATION {
            assert!(!c.is_alphanumeric(), "{c:?} is a letter or digit");
        }
        for c in [
            'a', 'Z', '5', ' ', '.', '’', '—', 'é', 'ß', '日', '٣', '\u{301}', '\u{a0}',
        ] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
        }
        // Char-by-char lower-casing equals the string's for anything but Σ.
        for word in ["ÉCOLE", "İstanbul", "ǅemal", "ΟΔΟΣ", "ΣΑΣ", "Straße", "ﬁ"] {
            let folded: String = word.chars().map(fold_typography).collect();
            assert_eq!(normalize(word), folded.to_lowercase(), "{word}");
        }
    }

    #[test]
    fn normalize_folds_case_quotes_and_dashes() {
        assert_eq!(normalize("Trump’s"), "trump's");
        assert_eq!(normalize("‘90s"), "'90s");
        assert_eq!(normalize("Clinton–Kaine"), "clinton-kaine");
        assert_eq!(normalize("STRASSE—ß"), "strasse-ß");
        assert_eq!(normalize("−5"), "-5");
        assert_eq!(normalize(""), "");
    }
}
