//! Paragraph and sentence segmentation with byte spans into the original text.
//!
//! This module is responsible for cutting an article into paragraphs and each
//! paragraph into sentences, and for nothing else: it never judges what a
//! sentence is (that is the boilerplate module's job). Scraped news text mixes
//! real prose with headings, bylines and page furniture that sit on lines of
//! their own, so the segmenter works in three steps:
//!
//! 1. Paragraphs are blocks of lines separated by blank lines (a line of only
//!    white space is blank; `\r\n`, a lone `\r`, U+2028 and U+2029 are
//!    understood as line ends, U+2029 also as a paragraph break).
//! 2. Inside a paragraph every line break ends a sentence, because scrapes put
//!    headings, bylines and list items on their own lines. The exception is a
//!    paragraph that looks hard-wrapped: there a long line that does not end
//!    with a colon runs on into the next line, and only punctuation splits.
//! 3. Inside each run of joined lines, sentences end at `.`, `!`, `?` or `…`
//!    (and runs of them), plus any closing quotes and brackets, when white
//!    space and a plausible sentence start follow. Titles ("Sen."), initials
//!    ("Robert F. Kennedy"), company suffixes ("Inc.") and dotted acronyms
//!    followed by an institution ("the U.S. Senate") do not end a sentence.
//!
//! All spans are trimmed, non-empty, in order and on char boundaries.

use super::span::Span;
use super::words::Words;

/// A block of text separated from its neighbours by a blank line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Trimmed span of the whole paragraph.
    pub span: Span,
    /// Index of the paragraph's first sentence in `Segmentation::sentences`.
    pub first_sentence: usize,
    /// How many sentences the paragraph holds (at least one).
    pub sentence_count: usize,
}

/// One sentence (or one structural line, such as a heading or a list line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceSpan {
    /// Trimmed span of the sentence, closing quotes and brackets included.
    pub span: Span,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<SentenceSpan>,
}

/// Splits `text` into paragraphs and sentences.
pub fn segment(text: &str) -> Segmentation {
    let mut seg = Segmentation::default();
    let mut block: Vec<Span> = Vec::new();
    for_each_line(text, |line| match line {
        Some(span) => block.push(span),
        None => flush_paragraph(text, &mut block, &mut seg),
    });
    flush_paragraph(text, &mut block, &mut seg);
    seg
}

/// A line that is at least this many characters long counts as a line of
/// hard-wrapped prose; scrapers and mail clients wrap at 60 to 80 columns,
/// while headings, bylines and navigation lines are much shorter.
const WRAP_MIN_CHARS: usize = 40;

/// Calls `line` for every line of `text`, trimmed, in order: `Some(span)` for a
/// line with content, `None` for a blank line or a paragraph separator.
fn for_each_line(text: &str, mut line: impl FnMut(Option<Span>)) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // The line ends are `\n`, `\r`, U+2028 and U+2029; the last two are
        // the only chars whose UTF-8 starts with 0xE2 0x80 0xA8 or 0xA9, and
        // a lead byte such as 0xE2 never occurs inside another char. The
        // result is the line end's length and whether it ends the paragraph.
        let line_end = match bytes[i] {
            b'\n' => Some((1, false)),
            // A `\r` right before `\n` is part of a CRLF pair; the `\n` ends
            // the line and the `\r` is trimmed away as white space.
            b'\r' => (bytes.get(i + 1) != Some(&b'\n')).then_some((1, false)),
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0xA8) => Some((3, false)),
                Some(0xA9) => Some((3, true)),
                _ => None,
            },
            _ => None,
        };
        let Some((len, ends_paragraph)) = line_end else {
            i += 1;
            continue;
        };
        line(content(text, Span::new(start, i)));
        if ends_paragraph {
            line(None);
        }
        i += len;
        start = i;
    }
    line(content(text, Span::new(start, text.len())));
}

fn content(text: &str, line: Span) -> Option<Span> {
    let span = line.trim(text);
    (!span.is_empty()).then_some(span)
}

/// Turns the collected lines of one paragraph into its sentences.
fn flush_paragraph(text: &str, block: &mut Vec<Span>, seg: &mut Segmentation) {
    let (Some(first), Some(last)) = (block.first(), block.last()) else {
        return;
    };
    let span = Span::new(first.start, last.end);
    let index = seg.paragraphs.len();
    let first_sentence = seg.sentences.len();
    for_each_unit(text, block, |unit| {
        split_sentences(text, unit, |sentence| {
            seg.sentences.push(SentenceSpan {
                span: sentence,
                paragraph: index,
            });
        });
    });
    // Every unit holds at least one non-blank character, so this never fires;
    // it keeps the "at least one sentence" promise unconditional.
    if seg.sentences.len() == first_sentence {
        seg.sentences.push(SentenceSpan {
            span,
            paragraph: index,
        });
    }
    seg.paragraphs.push(Paragraph {
        span,
        first_sentence,
        sentence_count: seg.sentences.len() - first_sentence,
    });
    block.clear();
}

/// Groups a paragraph's lines into runs that are split by punctuation only,
/// and calls `unit` with each: one run per line, except that lines of
/// hard-wrapped prose are joined.
fn for_each_unit(text: &str, lines: &[Span], mut unit: impl FnMut(Span)) {
    let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
        return;
    };
    let wrapped = looks_hard_wrapped(text, lines);
    let mut start = first.start;
    for pair in lines.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        if !(wrapped && runs_on(text, prev, next)) {
            unit(Span::new(start, prev.end));
            start = next.start;
        }
    }
    unit(Span::new(start, last.end));
}

/// A paragraph looks hard-wrapped when it has several lines and at least half
/// of its lines before the last are long. The last line is left out because
/// the tail of a wrapped paragraph is naturally short.
fn looks_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    let Some((_, body)) = lines.split_last() else {
        return false;
    };
    if body.is_empty() {
        return false;
    }
    let long = body.iter().filter(|l| is_long_line(l.slice(text))).count();
    long * 2 >= body.len()
}

/// Whether, inside a hard-wrapped paragraph, the line `prev` runs on into
/// `next`. A short line is a heading, a colon introduces what follows (a quote
/// or a list) and a list marker starts a new item; everything else is a wrap.
/// A line ending in terminal punctuation also runs on, so that the punctuation
/// rules (which know about "Mr." and "U.S.") decide whether a sentence ends.
fn runs_on(text: &str, prev: Span, next: Span) -> bool {
    let prev_text = prev.slice(text);
    is_long_line(prev_text) && !prev_text.ends_with(':') && !starts_list_item(next.slice(text))
}

/// Whether `line` has at least `WRAP_MIN_CHARS` characters. A char takes at
/// least one byte, so a line with fewer bytes is short without counting.
fn is_long_line(line: &str) -> bool {
    line.len() >= WRAP_MIN_CHARS && line.chars().count() >= WRAP_MIN_CHARS
}

/// "- item", "* item", "• item", "1. item", "2) item".
fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if matches!(first, '-' | '*' | '•' | '·' | '▪' | '◦' | '‣' | '–' | '—') {
        return chars.next().is_some_and(char::is_whitespace);
    }
    if first.is_ascii_digit() {
        let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
        let mut rest = rest.chars();
        return matches!(rest.next(), Some('.' | ')'))
            && rest.next().is_some_and(char::is_whitespace);
    }
    false
}

/// Characters that end a sentence; runs of them ("?!", "...") end it once.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Closing quotes and brackets that belong to the sentence they follow.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '›' | '}')
}

/// Characters that can open a sentence besides capital letters and digits.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '‘'
            | '\''
            | '('
            | '['
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '¿'
            | '¡'
            | '$'
            | '£'
            | '€'
            | '¥'
    )
}

/// A plausible first character of a new sentence. Letters without case (as in
/// Chinese or Arabic) count, since they cannot signal a continuation by case.
fn is_plausible_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit() || c.is_ascii_uppercase() || is_opener(c);
    }
    c.is_numeric() || (c.is_alphabetic() && !c.is_lowercase()) || is_opener(c)
}

/// The char starting at byte `i` of `s`, or `None` at the end (or off a char
/// boundary, which the scan never produces).
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Splits one run of text (a line, or joined lines of wrapped prose) at
/// sentence ends and calls `sentence` with each. Sentences are trimmed and
/// non-empty.
fn split_sentences(text: &str, unit: Span, mut sentence: impl FnMut(Span)) {
    let s = unit.slice(text);
    let bytes = s.as_bytes();
    let mut emit = |from: usize, to: usize| {
        let span = Span::new(unit.start + from, unit.start + to).trim(text);
        if !span.is_empty() {
            sentence(span);
        }
    };
    // Everything after the last non-space character belongs to the last
    // sentence; knowing where it ends keeps the scan linear.
    let content_end = s.trim_end().len();
    // All positions are byte offsets into `s` on char boundaries. Terminal
    // punctuation is either ASCII or a char whose UTF-8 starts with 0xE2, so
    // every other byte is skipped without decoding.
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let candidate = matches!(bytes[i], b'.' | b'!' | b'?' | 0xE2);
        if !(candidate && char_at(s, i).is_some_and(is_terminal)) {
            i += 1;
            continue;
        }
        let run_start = i;
        let mut j = i;
        while let Some(c) = char_at(s, j).filter(|&c| is_terminal(c)) {
            j += c.len_utf8();
        }
        let run_end = j;
        while let Some(c) = char_at(s, j).filter(|&c| is_closer(c)) {
            j += c.len_utf8();
        }
        let after = j;
        if after >= content_end {
            break;
        }
        if !char_at(s, after).is_some_and(char::is_whitespace) {
            // "5.8", "U.S.A", "Yahoo!News": no space, no sentence end.
            i = after;
            continue;
        }
        let mut k = after;
        while let Some(c) = char_at(s, k).filter(|c| c.is_whitespace()) {
            k += c.len_utf8();
        }
        let Some(next) = char_at(s, k) else {
            break;
        };
        // A lone "." (one byte) straight before the white space may close an
        // abbreviation; the more costly check runs only where it matters.
        let ends = is_plausible_start(next)
            && !(run_end - run_start == 1
                && bytes[run_start] == b'.'
                && after == run_end
                && abbreviation_continues(s, run_start, k));
        if ends {
            emit(start, after);
            start = k;
        }
        i = k;
    }
    emit(start, s.len());
}

/// Titles written before a name: a period after them never ends a sentence.
static TITLES: Words = Words::new(
    "adm|amb|atty|capt|cmdr|col|cpl|det|dr|fr|ft|gen|gov|hon|insp|lt|maj|\
     messrs|mme|mr|mrs|ms|msgr|mt|pres|prof|pvt|rep|reps|rev|sen|sens|sgt|\
     sr|st|supt|jr|inc|corp|co|ltd|llc|plc|bros|vs|v|cf|viz|approx|dept|\
     univ|assn",
);

/// Abbreviations that are followed by a number ("No. 5", "Oct. 26"); before
/// anything else they may well end a sentence ("He said no.").
static BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "vol", "p", "pp", "fig", "sec", "ch", "art", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Abbreviations that often close a sentence: they end one only when a
/// capitalized word that is not a typical continuation follows.
static SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &["etc", "al"];

/// Capitalized words that typically continue a name after a dotted acronym or
/// a time ("the U.S. Senate", "5 p.m. Eastern", "U.S. Monday"), so the period
/// before them does not end the sentence.
static CONTINUATIONS: Words = Words::new(
    "Agency|Air|Ambassador|Army|Attorney|Bank|Border|Capitol|Census|\
     Central|Chamber|Circuit|Citizenship|Coast|Code|Congress|Constitution|\
     Consulate|Court|Courts|Customs|Cup|Defense|Department|District|Dollar|\
     Dollars|Eastern|Embassy|Federal|Forces|Government|Guard|Highway|House|\
     Immigration|Intelligence|Interstate|Marine|Marines|Marshal|Marshals|\
     Military|Mint|Mountain|National|Navy|Olympic|Olympics|Open|Pacific|\
     Park|Patent|Postal|President|Representative|Route|Secretary|Senate|\
     Senator|Space|State|Steel|Supreme|Time|Treasury|Monday|Tuesday|\
     Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|CT|CST|CDT|MT|\
     MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET",
);

/// Whether the single period at byte `dot` of `s` belongs to an abbreviation
/// that does not end the sentence, given that the next word starts at byte
/// `next`.
fn abbreviation_continues(s: &str, dot: usize, next: usize) -> bool {
    let head = s.get(..dot).unwrap_or("");
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '.')
        .last()
        .map_or(dot, |(b, _)| b);
    let word = head[word_start..].trim_start_matches('.');
    if word.is_empty() {
        return false;
    }
    let rest = s.get(next..).unwrap_or("");
    let next_word = &rest[..rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len())];
    let next_char = rest.chars().next().unwrap_or(' ');
    let is = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(word));

    if word.contains('.') {
        // Dotted abbreviations: "e.g." and "i.e." always introduce more;
        // acronyms such as "U.S." or "p.m." end a sentence only before a
        // capitalized word that does not continue a name.
        if ["e.g", "i.e"].iter().any(|a| a.eq_ignore_ascii_case(word)) {
            return true;
        }
        return continues_after_acronym(next_char, next_word);
    }
    let mut letters = word.chars();
    if let (Some(only), None) = (letters.next(), letters.next()) {
        // A single capital is an initial: "J. K. Rowling", "Robert F. Kennedy".
        if only.is_uppercase() {
            return true;
        }
    }
    if is(TITLES.all()) {
        return true;
    }
    if is(BEFORE_NUMBER) {
        return next_char.is_numeric();
    }
    if is(SENTENCE_FINAL_ABBREVIATIONS) {
        return continues_after_acronym(next_char, next_word);
    }
    false
}

/// After a dotted acronym, a digit or a lower-case word continues the
/// sentence, and so does a capitalized word from `CONTINUATIONS.all()`; any other
/// capitalized word or an opening quote starts a new sentence ("relations
/// with the U.S. WikiLeaks has denied ...").
fn continues_after_acronym(next_char: char, next_word: &str) -> bool {
    if next_char.is_numeric() {
        return true;
    }
    if !next_char.is_uppercase() {
        return !is_opener(next_char);
    }
    CONTINUATIONS
        .all()
        .iter()
        .any(|c| c.eq_ignore_ascii_case(next_word))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Segments `input` and compares the sentences, grouped by paragraph. It
    /// also checks every structural promise of `Segmentation` on the way.
    fn check(input: &str, expected: &[&[&str]]) {
        let seg = segment(input);
        assert_invariants(input, &seg);
        let got: Vec<Vec<&str>> = seg
            .paragraphs
            .iter()
            .map(|p| {
                seg.sentences[p.first_sentence..p.first_sentence + p.sentence_count]
                    .iter()
                    .map(|s| s.span.slice(input))
                    .collect()
            })
            .collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    fn assert_invariants(text: &str, seg: &Segmentation) {
        let mut next_sentence = 0;
        let mut prev_end = 0;
        for (pi, p) in seg.paragraphs.iter().enumerate() {
            assert!(!p.span.is_empty());
            assert_eq!(p.span, p.span.trim(text), "paragraph not trimmed");
            assert!(p.sentence_count >= 1, "paragraph without sentences");
            assert_eq!(p.first_sentence, next_sentence, "sentences out of order");
            next_sentence += p.sentence_count;
            assert!(p.span.start >= prev_end, "paragraphs overlap");
            prev_end = p.span.end;
            for s in &seg.sentences[p.first_sentence..p.first_sentence + p.sentence_count] {
                assert_eq!(s.paragraph, pi);
                assert!(p.span.contains(s.span), "sentence outside its paragraph");
            }
        }
        assert_eq!(next_sentence, seg.sentences.len());
        let mut prev_end = 0;
        for s in &seg.sentences {
            assert!(!s.span.is_empty(), "empty sentence");
            assert!(s.span.start >= prev_end, "sentences overlap");
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            assert_eq!(s.span, s.span.trim(text), "sentence not trimmed");
            prev_end = s.span.end;
        }
    }

    #[test]
    fn empty_and_blank_texts_have_no_paragraphs() {
        check("", &[]);
        check("   ", &[]);
        check("\n\n\r\n \t \n", &[]);
        check("\u{a0}\u{2029}\u{3000}", &[]);
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines() {
        check("One.\n\nTwo.", &[&["One."], &["Two."]]);
        check("One.\r\n\r\nTwo.\r\n", &[&["One."], &["Two."]]);
        check("One.\n   \t\nTwo.", &[&["One."], &["Two."]]);
        check("One.\n\u{a0}\nTwo.", &[&["One."], &["Two."]]);
        check("\n\n  One.  \n\n\n\n  Two.  \n\n", &[&["One."], &["Two."]]);
        check("One.\u{2029}Two.", &[&["One."], &["Two."]]);
        check("One.\rTwo.", &[&["One.", "Two."]]);
    }

    #[test]
    fn single_line_breaks_split_structural_lines() {
        check(
            "Last modified on 26 October 2017\nRate this item\n(0 votes)",
            &[&[
                "Last modified on 26 October 2017",
                "Rate this item",
                "(0 votes)",
            ]],
        );
        check(
            "Latest News\r\nComments\r\nEditor-in-Chief:\r\nPublisher:",
            &[&["Latest News", "Comments", "Editor-in-Chief:", "Publisher:"]],
        );
        check(
            "A heading\nThe body starts here.",
            &[&["A heading", "The body starts here."]],
        );
    }

    #[test]
    fn hard_wrapped_prose_joins_lines() {
        check(
            "The committee said on Tuesday that it would\nreview the findings before the end of the\nyear. Members declined to comment.",
            &[&[
                "The committee said on Tuesday that it would\nreview the findings before the end of the\nyear.",
                "Members declined to comment.",
            ]],
        );
        // A colon at the end of a long line introduces what follows.
        check(
            "The statement from the spokesman read as follows:\nWe will not comment on it.",
            &[&[
                "The statement from the spokesman read as follows:",
                "We will not comment on it.",
            ]],
        );
        // A short heading line above wrapped prose stays on its own.
        check(
            "Background\nThe firm was founded in 2013 by a group of investors who\nwanted to sell data to campaigns.",
            &[&[
                "Background",
                "The firm was founded in 2013 by a group of investors who\nwanted to sell data to campaigns.",
            ]],
        );
        // List items keep their own lines even when long.
        check(
            "- the first item on the list is rather long indeed\n- the second item on the list is long as well",
            &[&[
                "- the first item on the list is rather long indeed",
                "- the second item on the list is long as well",
            ]],
        );
        // Punctuation still decides at a wrapped line end: "Mr." continues.
        check(
            "The report was written by a team led by former senator Mr.\nSmith, who retired.",
            &[&["The report was written by a team led by former senator Mr.\nSmith, who retired."]],
        );
    }

    #[test]
    fn punctuation_ends_sentences() {
        check(
            "It rained. Then it stopped.",
            &[&["It rained.", "Then it stopped."]],
        );
        check("Really?! Yes.", &[&["Really?!", "Yes."]]);
        check("Wait... What happened?", &[&["Wait...", "What happened?"]]);
        check("Wait… What happened?", &[&["Wait…", "What happened?"]]);
        check(
            "It was 2016. In 2017 it changed.",
            &[&["It was 2016.", "In 2017 it changed."]],
        );
        check(
            "He left. 2017 was different.",
            &[&["He left.", "2017 was different."]],
        );
        check(
            "It ended. (Nobody knew why.) Then more.",
            &[&["It ended.", "(Nobody knew why.)", "Then more."]],
        );
        check("No end here", &[&["No end here"]]);
        check("Ends here.   ", &[&["Ends here."]]);
        check(
            "Not a split. and lowercase",
            &[&["Not a split. and lowercase"]],
        );
        check("Not a split., comma", &[&["Not a split., comma"]]);
        check(
            "Yahoo!News is here. Next.",
            &[&["Yahoo!News is here.", "Next."]],
        );
        check("A cost of $5. $6 next.", &[&["A cost of $5.", "$6 next."]]);
        check("Él llegó. ¿Qué pasó?", &[&["Él llegó.", "¿Qué pasó?"]]);
        check("...", &[&["..."]]);
        check(". . . .", &[&[". . . ."]]);
    }

    #[test]
    fn quotes_and_brackets_close_sentences() {
        check(
            "He said “no.” Then he left.",
            &[&["He said “no.”", "Then he left."]],
        );
        check("“Is it over?” she asked.", &[&["“Is it over?” she asked."]]);
        check(
            "It was “rejected.” The spokesman did not confirm.",
            &[&["It was “rejected.”", "The spokesman did not confirm."]],
        );
        check(
            "He said \"no.\" \"Yes,\" she said.",
            &[&["He said \"no.\"", "\"Yes,\" she said."]],
        );
        check("Done.) Next one.", &[&["Done.)", "Next one."]]);
        check("Mr. Smith left.” “Why?", &[&["Mr. Smith left.”", "“Why?"]]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "Mr. Trump and Mrs. Clinton met Dr. Who.",
            &[&["Mr. Trump and Mrs. Clinton met Dr. Who."]],
        );
        check(
            "Sen. Ted Cruz (R., Texas), whose campaign paid $5.8 million, lost.",
            &[&["Sen. Ted Cruz (R., Texas), whose campaign paid $5.8 million, lost."]],
        );
        check("J. K. Rowling wrote it.", &[&["J. K. Rowling wrote it."]]);
        check(
            "Robert F. Kennedy Jr. spoke.",
            &[&["Robert F. Kennedy Jr. spoke."]],
        );
        check(
            "Gov. Brown and Gen. Lee and Lt. Col. Smith and Sgt. Pepper.",
            &[&["Gov. Brown and Gen. Lee and Lt. Col. Smith and Sgt. Pepper."]],
        );
        check(
            "Capt. Kirk, Prof. X, Rev. King, Hon. Member, Pres. Lincoln.",
            &[&["Capt. Kirk, Prof. X, Rev. King, Hon. Member, Pres. Lincoln."]],
        );
        check(
            "He lives on St. Mark's Place.",
            &[&["He lives on St. Mark's Place."]],
        );
        check(
            "Acme Inc. Chief Jane Doe said so.",
            &[&["Acme Inc. Chief Jane Doe said so."]],
        );
        check(
            "Acme Corp. and Beta Co. Ltd. merged.",
            &[&["Acme Corp. and Beta Co. Ltd. merged."]],
        );
        check("MR. SMITH left.", &[&["MR. SMITH left."]]);
        check(
            "It rose 3.5% to $5.8 million.",
            &[&["It rose 3.5% to $5.8 million."]],
        );
        check(
            "It was Trump vs. Clinton.",
            &[&["It was Trump vs. Clinton."]],
        );
        check(
            "Apples, pears, etc. are fruit.",
            &[&["Apples, pears, etc. are fruit."]],
        );
        check(
            "Apples, pears, etc. The rest is fine.",
            &[&["Apples, pears, etc.", "The rest is fine."]],
        );
        check(
            "Fruit, e.g. Apples, is good.",
            &[&["Fruit, e.g. Apples, is good."]],
        );
        check("Fruit, i.e. Apples.", &[&["Fruit, i.e. Apples."]]);
    }

    #[test]
    fn dates_and_numbers_after_abbreviations() {
        check(
            "It began Oct. 26 and ended Sept. 3.",
            &[&["It began Oct. 26 and ended Sept. 3."]],
        );
        check(
            "Jan. 5, Feb. 6, Aug. 7, Nov. 8, Dec. 9.",
            &[&["Jan. 5, Feb. 6, Aug. 7, Nov. 8, Dec. 9."]],
        );
        check(
            "He is No. 1 in the U.S. now.",
            &[&["He is No. 1 in the U.S. now."]],
        );
        check(
            "She said No. Then she left.",
            &[&["She said No.", "Then she left."]],
        );
        check(
            "It starts at 9 a.m. Eastern time.",
            &[&["It starts at 9 a.m. Eastern time."]],
        );
        check(
            "It starts at 9 a.m. Sunday.",
            &[&["It starts at 9 a.m. Sunday."]],
        );
        check(
            "It ended at 5 p.m. The crowd left.",
            &[&["It ended at 5 p.m.", "The crowd left."]],
        );
        check(
            "It ended at 5 P.M. on Friday.",
            &[&["It ended at 5 P.M. on Friday."]],
        );
    }

    #[test]
    fn dotted_acronyms_end_sentences_only_before_a_new_subject() {
        check("The U.S. Senate voted.", &[&["The U.S. Senate voted."]]);
        check(
            "Later, the U.S. intelligence community agreed.",
            &[&["Later, the U.S. intelligence community agreed."]],
        );
        check(
            "It sought improved relations with the U.S. WikiLeaks has denied that.",
            &[&[
                "It sought improved relations with the U.S.",
                "WikiLeaks has denied that.",
            ]],
        );
        check(
            "The U.K. Government and the U.S. Army agreed.",
            &[&["The U.K. Government and the U.S. Army agreed."]],
        );
        check(
            "He moved to the U.S. “It was hard,” he said.",
            &[&["He moved to the U.S.", "“It was hard,” he said."]],
        );
        check(
            "Prices in the U.S. 2017 report rose.",
            &[&["Prices in the U.S. 2017 report rose."]],
        );
        check(
            "She flew to Washington, D.C. She stayed.",
            &[&["She flew to Washington, D.C.", "She stayed."]],
        );
    }

    #[test]
    fn weird_text_never_breaks_the_promises() {
        let samples = [
            "\u{feff}Title\r\n\r\nBody. More?\u{2028}Line",
            "🙂. 🙂! 🙂? “”‘’",
            "a.\n.b\n\n\n.\n!\n?",
            "\u{300}.\u{301} É. ß. İ.",
            "word\u{a0}\u{a0}. Next\u{3000}line.",
            "“”.”” “ ” . . A",
            "\r\r\n\r\n\r",
            "Mr.",
            "U.S.",
            "x. Y",
            "e.g. i.e. a.m. U.S. U.S.A.",
        ];
        for s in samples {
            assert_invariants(s, &segment(s));
        }
        // A small deterministic generator mixes the characters that matter.
        let alphabet = "aZ .!?…”“’'()\n\r\u{a0}\u{2028}\u{2029}é日1,U.S";
        for s in
            crate::analysis::test_support::random_strings(alphabet, 0x9E37_79B9_7F4A_7C15, 400, 60)
        {
            assert_invariants(&s, &segment(&s));
        }
    }

    #[test]
    fn byte_scans_see_every_terminal_and_line_end() {
        // `split_sentences` looks only at ASCII and at chars whose UTF-8
        // starts with 0xE2 for terminal punctuation.
        for c in '\0'..=char::MAX {
            if is_terminal(c) {
                let mut utf8 = [0; 4];
                let first = c.encode_utf8(&mut utf8).as_bytes()[0];
                assert!(c.is_ascii() || first == 0xE2, "{c:?}");
            }
        }
        // `for_each_line` finds U+2028 and U+2029 by their bytes.
        assert_eq!("\u{2028}".as_bytes(), [0xE2, 0x80, 0xA8]);
        assert_eq!("\u{2029}".as_bytes(), [0xE2, 0x80, 0xA9]);
    }

    #[test]
    fn bundled_corpus_sentences() {
        let tpm = include_str!("../../static/corpus/talking-points-memo.txt");
        let seg = segment(tpm);
        assert_invariants(tpm, &seg);
        let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(tpm)).collect();
        assert!(sentences
            .iter()
            .any(|s| s.ends_with("improved relations with the U.S.")));
        assert!(sentences
            .iter()
            .any(|s| s.starts_with("WikiLeaks has denied")));
        assert!(sentences.contains(&"Dear Reader,"));
        assert!(sentences.contains(&"Masthead Masthead"));
        assert!(sentences.contains(&"Senior Designer:"));

        let od = include_str!("../../static/corpus/occupy-democrats.txt");
        let seg = segment(od);
        assert_invariants(od, &seg);
        let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(od)).collect();
        assert!(sentences.iter().any(|s| s
            .starts_with("Cambridge Analytica began the 2016 campaign")
            && s.ends_with("according to campaign finance records.")));
        assert!(sentences.contains(&"IMPEACH TRUMP & PENCE!"));
        assert!(sentences.contains(&"(CNN later\u{a0}reported\u{a0}Cambridge backer Rebekah Mercer was one of the email’s recipients.)"));

        let fz = include_str!("../../static/corpus/fudzilla.txt");
        let seg = segment(fz);
        assert_invariants(fz, &seg);
        let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(fz)).collect();
        assert!(sentences.contains(&"Rate this item"));
        assert!(sentences.contains(&"(0 votes)"));
        assert!(sentences
            .iter()
            .any(|s| s.starts_with("Cambridge Analytica is partially owned")
                && s.ends_with("Sen. Ted Cruz’s presidential bid.")));
    }
}
