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
    pub norm: String,
}

/// Appends the tokens found inside `within` to `out`.
///
/// A span that does not fit `text` (or does not lie on char boundaries) holds no
/// tokens; the function never panics on content.
pub fn tokenize(text: &str, within: Span, out: &mut Vec<Token>) {
    let slice = within.slice(text);
    if slice.is_empty() {
        return;
    }
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(slice.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        // A token starts on a letter or digit; marks, punctuation and symbols
        // between tokens are skipped.
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let starts_mid_word = i > 0 && is_word_char(chars[i - 1].1);
        let end = (!starts_mid_word)
            .then(|| acronym_end(&chars, i))
            .flatten()
            .unwrap_or_else(|| word_end(&chars, i));
        let word = &slice[byte_at(i)..byte_at(end)];
        let is_number = word.chars().next().is_some_and(char::is_numeric)
            && word.chars().all(|c| c.is_numeric() || c == ',' || c == '.');
        out.push(Token {
            span: Span::new(within.start + byte_at(i), within.start + byte_at(end)),
            kind: if is_number {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
            norm: normalize(word),
        });
        i = end;
    }
}

/// Folds a word to the form tokens are compared by: lower case, typographic
/// apostrophes turned into `'`, typographic dashes and the minus sign turned
/// into `-`.
pub fn normalize(word: &str) -> String {
    let folded: String = word
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}' => '\'',
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
            other => other,
        })
        .collect();
    // Lower-casing the whole string (not char by char) lets Unicode handle
    // context-dependent cases such as the Greek final sigma.
    folded.to_lowercase()
}

/// Letters, digits and combining marks continue a word. Marks matter for text
/// in decomposed form, where "é" is "e" followed by U+0301.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
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

/// The end (char index) of an ordinary word or number starting at `start`.
fn word_end(chars: &[(usize, char)], start: usize) -> usize {
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let mut j = start + 1;
    while let Some(c) = at(j) {
        if is_word_char(c) {
            j += 1;
            continue;
        }
        let prev = at(j - 1).unwrap_or(' ');
        let next = at(j + 1).unwrap_or(' ');
        let joins = if is_joiner(c) {
            next.is_alphanumeric()
        } else if c == '.' || c == ',' {
            // "5.8" and "33,000" are one number, but "2016, and" is not.
            prev.is_numeric() && next.is_numeric()
        } else {
            false
        };
        if !joins {
            break;
        }
        j += 2;
    }
    j
}

/// The end (char index) of a dotted acronym such as "U.S." or "a.m." starting
/// at `start`, final period included, or `None` when there is none. Each part
/// must be a single letter, so "St. Louis" and "J. K. Rowling" are not
/// acronyms.
fn acronym_end(chars: &[(usize, char)], start: usize) -> Option<usize> {
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let single_letter_at =
        |i: usize| at(i).is_some_and(char::is_alphabetic) && !at(i + 1).is_some_and(is_word_char);
    let mut j = start;
    let mut letters = 0;
    while single_letter_at(j) {
        if at(j + 1) == Some('.') {
            letters += 1;
            j += 2;
        } else {
            // A last letter without its period still belongs ("U.S.A").
            if letters > 0 {
                letters += 1;
                j += 1;
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
    fn normalize_folds_case_quotes_and_dashes() {
        assert_eq!(normalize("Trump’s"), "trump's");
        assert_eq!(normalize("‘90s"), "'90s");
        assert_eq!(normalize("Clinton–Kaine"), "clinton-kaine");
        assert_eq!(normalize("STRASSE—ß"), "strasse-ß");
        assert_eq!(normalize("−5"), "-5");
        assert_eq!(normalize(""), "");
    }
}
