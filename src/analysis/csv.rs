//! The analysis as four CSV tables a fact-checker can open in a spreadsheet:
//! the claim matrix, the names, the numbers and the outlet pairs. Rows carry
//! the ids of the JSON export (`c1`, `e1`, `n1`, `m1`), so a row can be
//! looked up there with every span and piece of evidence.
//!
//! **Format.** RFC 4180: the first record is the header, fields are separated
//! by commas, every record ends with CRLF (the last one too). A field is
//! quoted when it holds a comma, a double quote, CR or LF, or starts or ends
//! with white space; quotes inside are doubled. Text is UTF-8 without a byte
//! order mark; [`UTF8_BOM`] is there for a download that Excel must read.
//!
//! **Formula injection.** A spreadsheet runs a cell that starts with `=`,
//! `+`, `-` or `@` (and some run one starting with TAB or CR) as a formula,
//! and article text is whatever a web page said. So every *text* field that
//! starts with one of those characters gets a leading apostrophe (`'=SUM(A1)`),
//! which spreadsheets read as "this is text" and do not show. Number columns
//! are written by this module and never guarded: `-2.5` stays a number.
//!
//! **Text.** Wordings are written on one line (runs of white space become one
//! space). Boilerplate sentences never form claims; boilerplate glued into a
//! real sentence (a related-link widget's text) is not the outlet's wording,
//! so it is left out and marked in place: `[related-link text left out]`,
//! with the boilerplate reason's label. Several wordings in one cell are
//! joined with ` | `.
//!
//! **Numbers.** Written through `terms::format_number` (at most three
//! decimals, no float formatter in the wasm). Money is in currency units,
//! counts in their unit, percentages in points, dates in days since
//! 1970-01-01 and durations in days, as in the JSON; `normalized` is the
//! readable form. A bound the text does not set, an unresolved date, and a
//! magnitude of 10^15 or more leave the field empty. Scores lie in 0..1.
//!
//! **Columns.** Each article has one column in the claim and name tables,
//! headed by its label; a label that two articles share or that is also a
//! fixed column's name gets the slug added (`Hill (hill)`), an empty one is
//! replaced by the slug. The other tables name articles by slug and label.

use super::article::{Analysis, Article};
use super::entities::Entity;
use super::export::{claim_id, entity_id, measure_id, one_line, quantity_id};
use super::quantities::{QuantityKind, Verdict};
use super::similarity::Dimension;
use super::span::Span;
use super::terms::format_number;

/// Put in front of a table saved to disk, so Excel reads it as UTF-8.
pub const UTF8_BOM: &str = "\u{FEFF}";

/// One of the tables the page can download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Table {
    Claims,
    Entities,
    Numbers,
    Similarity,
}

impl Table {
    pub const ALL: [Table; 4] = [
        Table::Claims,
        Table::Entities,
        Table::Numbers,
        Table::Similarity,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Table::Claims => "claims",
            Table::Entities => "entities",
            Table::Numbers => "numbers",
            Table::Similarity => "similarity",
        }
    }

    /// What a download button says.
    pub fn label(self) -> &'static str {
        match self {
            Table::Claims => "Claim matrix",
            Table::Entities => "Names",
            Table::Numbers => "Numbers",
            Table::Similarity => "Outlet pairs",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Table::Claims => "parallax-claims.csv",
            Table::Entities => "parallax-entities.csv",
            Table::Numbers => "parallax-numbers.csv",
            Table::Similarity => "parallax-similarity.csv",
        }
    }

    pub fn render(self, analysis: &Analysis) -> String {
        match self {
            Table::Claims => claims(analysis),
            Table::Entities => entities(analysis),
            Table::Numbers => numbers(analysis),
            Table::Similarity => similarity(analysis),
        }
    }
}

/// The claim matrix: `claim`, `label`, `outlets`, then one column per
/// article with its wording of the claim, empty where it does not state it.
pub fn claims(analysis: &Analysis) -> String {
    const FIXED: [&str; 3] = ["claim", "label", "outlets"];
    let mut csv = Csv::default();
    for name in FIXED {
        csv.text(name);
    }
    csv.article_columns(analysis, &FIXED);
    csv.end();
    let mut cell = String::new();
    for claim in &analysis.claims.claims {
        csv.text(&claim_id(claim.id));
        let label = claim.label_mention();
        csv.text(&wording(&analysis.articles[label.article], label.span));
        csv.count(claim.outlet_count());
        for article in &analysis.articles {
            cell.clear();
            for m in claim.mentions.iter().filter(|m| m.article == article.index) {
                if !cell.is_empty() {
                    cell.push_str(" | ");
                }
                cell.push_str(&wording(article, m.span));
            }
            csv.text(&cell);
        }
        csv.end();
    }
    csv.out
}

/// The names: `entity`, `kind`, `name`, `aliases` (`; `-joined), `outlets`,
/// one mention count per article, `total`.
pub fn entities(analysis: &Analysis) -> String {
    const FIXED: [&str; 6] = ["entity", "kind", "name", "aliases", "outlets", "total"];
    let mut csv = Csv::default();
    for name in &FIXED[..5] {
        csv.text(name);
    }
    csv.article_columns(analysis, &FIXED);
    csv.text(FIXED[5]);
    csv.end();
    let mut aliases = String::new();
    for entity in &analysis.entities {
        csv.text(&entity_id(entity.id));
        csv.text(entity.kind.slug());
        csv.text(&entity.name);
        aliases.clear();
        for alias in &entity.aliases {
            if !aliases.is_empty() {
                aliases.push_str("; ");
            }
            aliases.push_str(alias);
        }
        csv.text(&aliases);
        csv.count(entity.outlet_count());
        for article in &analysis.articles {
            csv.count(entity.per_article.get(article.index).copied().unwrap_or(0));
        }
        csv.count(entity.per_article.iter().sum());
        csv.end();
    }
    csv.out
}

/// The header of [`numbers`].
const NUMBER_COLUMNS: [&str; 18] = [
    "number",
    "measure",
    "measure_label",
    "article",
    "outlet",
    "sentence",
    "text",
    "kind",
    "normalized",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "note",
    "verdict",
    "explanation",
    "claim",
];

/// Every quantity, in article and text order, with its measure and the
/// measure's verdict (`single` when one outlet alone gives the measure).
pub fn numbers(analysis: &Analysis) -> String {
    let mut measure_of = vec![None; analysis.quantities.len()];
    for m in &analysis.measures {
        for &q in &m.quantities {
            if let Some(slot) = measure_of.get_mut(q) {
                *slot = Some(m.id);
            }
        }
    }
    let mut csv = Csv::default();
    for name in NUMBER_COLUMNS {
        csv.text(name);
    }
    csv.end();
    for q in &analysis.quantities {
        let article = &analysis.articles[q.article];
        let measure = measure_of.get(q.id).copied().flatten();
        let measure = measure.and_then(|m| analysis.measures.get(m));
        csv.text(&quantity_id(q.id));
        csv.text(&measure.map_or(String::new(), |m| measure_id(m.id)));
        csv.text(measure.map_or("", |m| &m.label));
        csv.text(&article.source.slug);
        csv.text(&article.source.label);
        let sentence = article.sentences.get(q.sentence).map(|s| s.span);
        csv.text(&sentence.map_or(String::new(), |s| wording(article, s)));
        csv.text(&one_line(q.span.slice(article.text())));
        csv.text(q.kind.slug());
        csv.text(&q.normalized);
        csv.number(q.value);
        csv.number(q.low);
        csv.number(q.high);
        csv.text(&q.unit);
        csv.text(q.qualifier.slug());
        csv.text(q.note.as_deref().unwrap_or(""));
        csv.text(measure.map_or("", |m| m.verdict.map_or("single", Verdict::slug)));
        csv.text(measure.map_or("", |m| &m.explanation));
        csv.text(&q.claim.map_or(String::new(), claim_id));
        csv.end();
    }
    csv.out
}

/// Every pair of articles: `a`, `b` (slugs), `a_outlet`, `b_outlet`
/// (labels), one score per `Dimension::ALL` (by slug), then
/// `shared_entities` (names both use), `shared_claims` (claims both state)
/// and `matching_dates` (distinct placed dates of `a` that fall in a period
/// `b` also dates). The counts are complete, where the JSON's evidence
/// lists are capped.
pub fn similarity(analysis: &Analysis) -> String {
    let mut csv = Csv::default();
    for name in ["a", "b", "a_outlet", "b_outlet"] {
        csv.text(name);
    }
    for d in Dimension::ALL {
        csv.text(d.slug());
    }
    for name in ["shared_entities", "shared_claims", "matching_dates"] {
        csv.text(name);
    }
    csv.end();
    for pair in &analysis.similarity.pairs {
        let (a, b) = (&analysis.articles[pair.a], &analysis.articles[pair.b]);
        csv.text(&a.source.slug);
        csv.text(&b.source.slug);
        csv.text(&a.source.label);
        csv.text(&b.source.label);
        for d in Dimension::ALL {
            csv.number(pair.score(d));
        }
        let named = |e: &Entity, i: usize| e.per_article.get(i).is_some_and(|&n| n > 0);
        let entities = analysis.entities.iter();
        csv.count(
            entities
                .filter(|e| named(e, pair.a) && named(e, pair.b))
                .count(),
        );
        let claims = analysis.claims.claims.iter();
        csv.count(
            claims
                .filter(|c| c.carried_by(pair.a) && c.carried_by(pair.b))
                .count(),
        );
        csv.count(matching_dates(analysis, pair.a, pair.b));
        csv.end();
    }
    csv.out
}

/// How many distinct periods among the placed dates of article `a` overlap a
/// placed date of article `b`: the similarity's date evidence, uncapped.
fn matching_dates(analysis: &Analysis, a: usize, b: usize) -> usize {
    let placed = |article: usize| {
        analysis.quantities.iter().filter(move |q| {
            q.article == article
                && q.kind == QuantityKind::Date
                && q.low.is_finite()
                && q.high.is_finite()
        })
    };
    let mut seen: Vec<(f64, f64)> = Vec::new();
    let mut count = 0;
    for p in placed(a) {
        if seen.contains(&(p.low, p.high)) {
            continue;
        }
        seen.push((p.low, p.high));
        // As `similarity::best_match`: whole days, both ends inclusive.
        let matched =
            placed(b).any(|q| q.low <= p.high && p.high.min(q.high) - p.low.max(q.low) + 1.0 > 0.0);
        count += usize::from(matched);
    }
    count
}

/// An article's words in `span` on one line, inline boilerplate left out and
/// marked with its reason.
fn wording(article: &Article, span: Span) -> String {
    let text = article.text();
    let mut raw = String::new();
    let mut from = span.start;
    for mark in &article.inline_boilerplate {
        if !mark.span.overlaps(span) {
            continue;
        }
        raw.push_str(Span::new(from, mark.span.start.max(from)).slice(text));
        raw.push_str(" [");
        raw.push_str(mark.reason.label());
        raw.push_str(" left out] ");
        from = mark.span.end.min(span.end).max(from);
    }
    raw.push_str(Span::new(from, span.end.max(from)).slice(text));
    one_line(&raw)
}

/// A table being written: one `String`, fields appended in order.
#[derive(Default)]
struct Csv {
    out: String,
    /// True when the current record has a field already.
    started: bool,
}

impl Csv {
    fn separate(&mut self) {
        if self.started {
            self.out.push(',');
        }
        self.started = true;
    }

    fn end(&mut self) {
        self.out.push_str("\r\n");
        self.started = false;
    }

    /// A text field: quoted when needed, guarded against formulas.
    fn text(&mut self, field: &str) {
        self.separate();
        let guard = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let quote = field.contains([',', '"', '\r', '\n'])
            || (!guard && field.starts_with(char::is_whitespace))
            || field.ends_with(char::is_whitespace);
        if quote {
            self.out.push('"');
        }
        if guard {
            self.out.push('\'');
        }
        for (i, piece) in field.split('"').enumerate() {
            if i > 0 {
                self.out.push_str("\"\"");
            }
            self.out.push_str(piece);
        }
        if quote {
            self.out.push('"');
        }
    }

    /// A number with at most three decimals; empty when not finite or too
    /// large for `format_number`'s integer arithmetic.
    fn number(&mut self, value: f64) {
        self.separate();
        if value.is_finite() && value.abs() < 1e15 {
            self.out.push_str(&format_number(value));
        }
    }

    fn count(&mut self, n: usize) {
        self.separate();
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        for &d in &digits[at..] {
            self.out.push(char::from(d));
        }
    }

    /// One header field per article: its label, with the slug added when the
    /// label alone would not name one column.
    fn article_columns(&mut self, analysis: &Analysis, fixed: &[&str]) {
        for article in &analysis.articles {
            let source = &article.source;
            let label = source.label.as_str();
            let clash = label.is_empty()
                || fixed.contains(&label)
                || analysis
                    .articles
                    .iter()
                    .any(|other| other.index != article.index && other.source.label == label);
            if !clash {
                self.text(label);
            } else if label.is_empty() {
                self.text(&source.slug);
            } else {
                self.text(&format!("{label} ({})", source.slug));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::boilerplate::BoilerplateReason;
    use crate::analysis::corpus::bundled_analysis;
    use crate::analysis::export;
    use crate::analysis::test_support::analyze_texts;
    use crate::analysis::{analyze, ArticleSource};

    /// Reads RFC 4180 text strictly, panicking on anything else: every
    /// record ends with CRLF, a quote opens a field or is doubled inside a
    /// quoted one, and an unquoted field neither holds CR or LF nor starts or
    /// ends with white space.
    fn read(text: &str) -> Vec<Vec<String>> {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        // Inside quotes; and whether the current field was quoted.
        let (mut inside, mut quoted) = (false, false);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if inside {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => {
                        inside = false;
                        assert!(
                            matches!(chars.peek(), Some(',' | '\r')),
                            "text after a closing quote in {text:?}"
                        );
                    }
                    _ => field.push(c),
                }
                continue;
            }
            let finish = |field: &mut String, quoted: &mut bool| {
                let f = std::mem::take(field);
                assert!(
                    *quoted || f.trim() == f,
                    "unquoted field with outer space: {f:?}"
                );
                *quoted = false;
                f
            };
            match c {
                '"' => {
                    assert!(field.is_empty(), "a quote inside an unquoted field");
                    (inside, quoted) = (true, true);
                }
                ',' => record.push(finish(&mut field, &mut quoted)),
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    record.push(finish(&mut field, &mut quoted));
                    records.push(std::mem::take(&mut record));
                }
                '\n' => panic!("LF without CR in {text:?}"),
                _ => field.push(c),
            }
        }
        assert!(!inside, "unterminated quote");
        assert!(
            field.is_empty() && record.is_empty(),
            "the last record does not end with CRLF"
        );
        records
    }

    /// The field as the text was, the formula guard's apostrophe taken off.
    fn unguard(field: &str) -> &str {
        match field.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
            _ => field,
        }
    }

    fn check(field: &str, expected: &str) {
        let mut csv = Csv::default();
        csv.text(field);
        assert_eq!(csv.out, expected, "{field:?}");
        csv.end();
        assert_eq!(read(&csv.out), [[expected_read(field)]], "{field:?}");
    }

    /// What a reader gets back for a text field: the text, guarded.
    fn expected_read(field: &str) -> String {
        if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{field}")
        } else {
            field.to_string()
        }
    }

    #[test]
    fn text_fields_are_quoted_only_when_needed() {
        check("plain", "plain");
        check("", "");
        check("Trump’s “data” firm", "Trump’s “data” firm");
        check("a,b", "\"a,b\"");
        check("say \"no\"", "\"say \"\"no\"\"\"");
        check("\"", "\"\"\"\"");
        check("a\rb", "\"a\rb\"");
        check("a\nb", "\"a\nb\"");
        check("a\r\nb", "\"a\r\nb\"");
        check(" lead", "\" lead\"");
        check("trail ", "\"trail \"");
        check("a'b", "a'b");
    }

    #[test]
    fn text_a_spreadsheet_would_run_gets_an_apostrophe() {
        check("=SUM(A1)", "'=SUM(A1)");
        check("+1", "'+1");
        check("-x", "'-x");
        check("-2.5", "'-2.5");
        check("@x", "'@x");
        check("\tx", "'\tx");
        check("\rx", "\"'\rx\"");
        check("=1,\"2\"", "\"'=1,\"\"2\"\"\"");
        check("a=b", "a=b");
        check("'=already'", "'=already'");
    }

    #[test]
    fn number_columns_are_not_guarded() {
        let mut csv = Csv::default();
        csv.number(-2.5);
        csv.number(0.416_666);
        csv.number(5_800_000.0);
        csv.number(-0.0004);
        csv.number(f64::NEG_INFINITY);
        csv.number(f64::NAN);
        csv.number(1e300);
        csv.count(0);
        csv.count(1_234);
        csv.count(usize::MAX);
        csv.end();
        let max = usize::MAX.to_string();
        assert_eq!(csv.out, format!("-2.5,0.417,5800000,0,,,,0,1234,{max}\r\n"));
    }

    #[test]
    fn the_test_reader_follows_rfc_4180() {
        let rows = read("a,\"b,\"\"c\"\"\r\nd\",\r\n,\"\"\r\n");
        assert_eq!(rows, [vec!["a", "b,\"c\"\r\nd", ""], vec!["", ""]]);
        assert!(read("").is_empty());
    }

    /// The cell's wordings, separators and boilerplate marks taken out: each
    /// piece must be words of the article.
    fn pieces(cell: &str) -> Vec<String> {
        let mut cell = unguard(cell).to_string();
        for reason in BoilerplateReason::ALL {
            cell = cell.replace(&format!("[{} left out]", reason.label()), " | ");
        }
        cell.split(" | ")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn parse_number(field: &str) -> f64 {
        crate::analysis::terms::parse_decimal(field)
            .unwrap_or_else(|| panic!("{field:?} is not a number"))
    }

    /// Reads every table of `a` back and checks it against the analysis and
    /// the JSON export; returns the tables as read, in `Table::ALL` order.
    fn check_tables(a: &Analysis) -> Vec<Vec<Vec<String>>> {
        let doc = serde_json::to_value(export::document(a)).unwrap();
        let n = a.articles.len();
        let tables: Vec<Vec<Vec<String>>> = Table::ALL
            .iter()
            .map(|t| {
                let text = t.render(a);
                assert!(text.ends_with("\r\n"), "{}", t.slug());
                let rows = read(&text);
                for row in &rows {
                    assert_eq!(row.len(), rows[0].len(), "{} is not rectangular", t.slug());
                }
                rows
            })
            .collect();
        assert_eq!(tables[0].len(), a.claims.claims.len() + 1);
        assert_eq!(tables[1].len(), a.entities.len() + 1);
        assert_eq!(tables[2].len(), a.quantities.len() + 1);
        assert_eq!(tables[3].len(), n * n.saturating_sub(1) / 2 + 1);
        assert_eq!(tables[0][0].len(), 3 + n);
        assert_eq!(tables[1][0].len(), 6 + n);
        assert_eq!(tables[2][0], NUMBER_COLUMNS);

        let collapsed: Vec<String> = a.articles.iter().map(|x| one_line(x.text())).collect();
        for (claim, row) in a.claims.claims.iter().zip(&tables[0][1..]) {
            assert_eq!(row[0], claim_id(claim.id));
            assert_eq!(row[0], doc["claims"][claim.id]["id"]);
            let label = claim.label_mention();
            for piece in pieces(&row[1]) {
                assert!(collapsed[label.article].contains(&piece), "{piece:?}");
            }
            assert_eq!(row[2], claim.outlet_count().to_string());
            for (article, cell) in a.articles.iter().zip(&row[3..]) {
                assert_eq!(
                    cell.is_empty(),
                    !claim.carried_by(article.index),
                    "{cell:?}"
                );
                for piece in pieces(cell) {
                    assert!(collapsed[article.index].contains(&piece), "{piece:?}");
                }
            }
        }

        for (e, row) in a.entities.iter().zip(&tables[1][1..]) {
            let json = &doc["entities"][e.id];
            assert_eq!(row[0], json["id"]);
            assert_eq!((&row[1], &row[2]), (&e.kind.slug().into(), &e.name));
            assert_eq!(row[3], e.aliases.join("; "));
            assert_eq!(row[4], e.outlet_count().to_string());
            for i in 0..n {
                assert_eq!(row[5 + i], json["counts"][i]["mentions"].to_string());
            }
            assert_eq!(row[5 + n], e.mentions.len().to_string());
        }

        for (q, row) in a.quantities.iter().zip(&tables[2][1..]) {
            let json = &doc["quantities"][q.id];
            let m = a.measures.iter().find(|m| m.quantities.contains(&q.id));
            let m = m.expect("every quantity has a measure");
            assert_eq!(row[0], json["id"]);
            assert_eq!(row[1], export::measure_id(m.id));
            assert_eq!(row[2], m.label);
            assert_eq!(row[3], json["article"]);
            assert_eq!(unguard(&row[4]), a.articles[q.article].source.label);
            assert!(unguard(&row[5]).contains(unguard(&row[6])), "{row:?}");
            assert_eq!(unguard(&row[6]), json["text"]);
            assert_eq!((&row[7], &row[8]), (&q.kind.slug().into(), &q.normalized));
            for (field, value) in row[9..12].iter().zip([q.value, q.low, q.high]) {
                if value.is_finite() {
                    assert!((parse_number(field) - value).abs() <= 0.0005, "{field}");
                } else {
                    assert_eq!(field, "");
                }
            }
            assert_eq!((&row[12], &row[13]), (&q.unit, &q.qualifier.slug().into()));
            assert_eq!(row[14], q.note.clone().unwrap_or_default());
            let verdict = m.verdict.map_or("single", Verdict::slug);
            assert_eq!((row[15].as_str(), &row[16]), (verdict, &m.explanation));
            // A judged measure is one of the JSON's discrepancies, holding it.
            if let Some(d) = doc["discrepancies"]
                .as_array()
                .unwrap()
                .iter()
                .find(|d| d["id"] == row[1])
            {
                assert!(d["quantities"].as_array().unwrap().contains(&json["id"]));
                assert_eq!(d["verdict"], row[15]);
            } else {
                assert_eq!(row[15], "single");
            }
            assert_eq!(row[17], json["claim"].as_str().unwrap_or(""));
        }

        let slugs = Dimension::ALL.map(Dimension::slug);
        assert_eq!(tables[3][0][4..10], slugs);
        for (p, row) in a.similarity.pairs.iter().zip(&tables[3][1..]) {
            let json = doc["similarity"]
                .as_array()
                .unwrap()
                .iter()
                .find(|j| j["a"] == row[0] && j["b"] == row[1])
                .expect("the pair is in the JSON");
            assert_eq!(unguard(&row[2]), a.articles[p.a].source.label);
            assert_eq!(unguard(&row[3]), a.articles[p.b].source.label);
            for (d, field) in Dimension::ALL.iter().zip(&row[4..10]) {
                let score = json["scores"][d.slug()].as_f64().unwrap();
                assert!((parse_number(field) - score).abs() < 1e-9, "{field}");
                assert!((0.0..=1.0).contains(&score));
            }
            // Complete counts: the evidence lists when under their caps
            // (12 entities, 24 claims, 8 dates), never fewer.
            let counts = &row[10..13];
            let evidence = [
                (&p.entities.len(), 12),
                (&p.claims.len(), 24),
                (&p.dates.len(), 8),
            ];
            for (field, (&listed, cap)) in counts.iter().zip(evidence) {
                let count: usize = field.parse().unwrap();
                assert!(
                    count == listed || (listed == cap && count >= cap),
                    "{row:?}"
                );
            }
        }
        tables
    }

    #[test]
    fn the_bundled_tables_read_back_as_designed() {
        let a = bundled_analysis();
        let tables = check_tables(&a);
        let labels = ["OccDem", "Blog", "Fudzilla", "Hill", "TPM"];
        let header = |fixed: &[&str], after: &[&str]| -> Vec<String> {
            let all = fixed.iter().chain(&labels).chain(after);
            all.map(|s| s.to_string()).collect()
        };
        assert_eq!(tables[0][0], header(&["claim", "label", "outlets"], &[]));
        assert_eq!(
            tables[1][0],
            header(
                &["entity", "kind", "name", "aliases", "outlets"],
                &["total"]
            )
        );
        assert_eq!(
            tables[3][0],
            [
                "a",
                "b",
                "a_outlet",
                "b_outlet",
                "overall",
                "entities",
                "time",
                "narrative",
                "tone",
                "style",
                "shared_entities",
                "shared_claims",
                "matching_dates"
            ]
        );
        assert_eq!(tables[3][1][..4], ["od", "blog", "OccDem", "Blog"]);
        let verdicts: Vec<&str> = tables[2][1..].iter().map(|r| r[15].as_str()).collect();
        for verdict in ["conflicting", "consistent", "single"] {
            assert!(verdicts.contains(&verdict), "{verdict}");
        }

        // The Hill glues a person widget's text into a sentence of c1: it is
        // left out of the wording and marked, never passed off as The Hill's.
        let c1 = &tables[0][1];
        assert_eq!(c1[0], "c1");
        let hill = &c1[3 + 3];
        assert!(hill.contains(" | "), "headline and body: {hill}");
        assert!(hill.contains("Hillary Clinton [related-link text left out] deleted"));
        assert!(!hill.contains("Asian Americans"), "{hill}");
    }

    #[test]
    fn hostile_text_survives_the_round_trip() {
        let payload = "He said \"no\", then left,\nand =cmd|' /C calc'!A0";
        let first = format!("{payload}\n\nNix paid the firm $5 million in June 2016.");
        let second = "=SUM(A1) was typed into the sheet.\n\n\
                      Nix paid the firm $6 million in June 2016.";
        let mut sources = vec![
            ArticleSource::from_text("Outlet 0", &first),
            ArticleSource::from_text("Outlet 1", second),
        ];
        // A label is written as given, line break and all.
        sources[0].label = payload.to_string();
        let a = analyze("t", sources);
        let tables = check_tables(&a);
        assert_eq!(tables[0][0][3], payload);
        assert_eq!(tables[3][1][2], payload);
        // The line break ends a sentence, so the payload is two claims there.
        let column = |article: usize| -> Vec<&str> {
            let cells = tables[0][1..]
                .iter()
                .map(move |row| row[3 + article].as_str());
            cells.filter(|c| !c.is_empty()).collect()
        };
        assert_eq!(
            column(0),
            [
                "He said \"no\", then left,",
                "and =cmd|' /C calc'!A0",
                "Nix paid the firm $5 million in June 2016."
            ]
        );
        assert_eq!(
            column(1),
            [
                "'=SUM(A1) was typed into the sheet.",
                "Nix paid the firm $6 million in June 2016."
            ]
        );
        let raw = claims(&a);
        assert!(raw.contains(",\"He said \"\"no\"\", then left,\","));
        assert!(raw.contains(",'=SUM(A1) was typed into the sheet.,"));
        let money: Vec<&Vec<String>> = tables[2][1..]
            .iter()
            .filter(|row| row[7] == "money")
            .collect();
        assert_eq!(money.len(), 2, "{:?}", tables[2]);
        let values = [money[0][9].as_str(), money[1][9].as_str()];
        assert_eq!(values, ["5000000", "6000000"]);
        // "June 2016" in both is one measure, judged across the outlets.
        let dates: Vec<&Vec<String>> = tables[2][1..]
            .iter()
            .filter(|row| row[7] == "date")
            .collect();
        assert_eq!(dates.len(), 2);
        assert_eq!(
            (&dates[0][1], &dates[0][15]),
            (&dates[1][1], &"consistent".into())
        );
        assert_eq!(dates[0][9..12], ["16953", "16953", "16982"]);
    }

    #[test]
    fn small_analyses_read_back_as_designed() {
        for texts in [
            &[][..],
            &["Nix contacted Assange about the missing emails."][..],
            &[
                "Nix contacted Assange about the missing emails in June 2016.",
                "Assange was approached by Nix over the missing emails. Shares rose 4%.",
                "Nix reached out to Assange about 33,000 missing emails on July 29, 2016.",
            ][..],
        ] {
            check_tables(&analyze_texts(texts));
        }
        assert_eq!(claims(&analyze_texts(&[])), "claim,label,outlets\r\n");
        assert_eq!(
            similarity(&analyze_texts(&["Only one outlet here."])),
            "a,b,a_outlet,b_outlet,overall,entities,time,narrative,tone,style,\
             shared_entities,shared_claims,matching_dates\r\n"
        );
    }

    #[test]
    fn article_labels_are_quoted_guarded_and_told_apart_in_headers() {
        let source = |label: &str, text: &str| ArticleSource {
            label: label.to_string(),
            ..ArticleSource::from_text("Outlet", text)
        };
        let a = analyze(
            "t",
            vec![
                source(
                    "Smith, Jones & Co",
                    "Nix contacted Assange about the emails.",
                ),
                source("The \"Daily\" Post", "Assange was approached by Nix."),
                source("=HYPERLINK(\"x\")", "Nix reached out to Assange."),
                source("Two\r\nlines", "Nix wrote to Assange."),
                source("Hill", "Nix emailed Assange."),
                source("Hill", "Assange heard from Nix."),
                source("total", "Nix and Assange spoke."),
                source("", "Nix called Assange."),
            ],
        );
        check_tables(&a);
        let raw = entities(&a);
        assert!(raw.starts_with(
            "entity,kind,name,aliases,outlets,\"Smith, Jones & Co\",\"The \"\"Daily\"\" Post\",\
             \"'=HYPERLINK(\"\"x\"\")\",\"Two\r\nlines\",Hill (outlet-5),Hill (outlet-6),\
             total (outlet-7),outlet-8,total\r\n"
        ));
        assert_eq!(
            read(&claims(&a))[0][3..7],
            [
                "Smith, Jones & Co",
                "The \"Daily\" Post",
                "'=HYPERLINK(\"x\")",
                "Two\r\nlines"
            ]
        );
    }

    #[test]
    fn each_table_has_its_own_slug_and_file() {
        let a = analyze_texts(&["Nix contacted Assange.", "Assange heard from Nix."]);
        let slugs = Table::ALL.map(Table::slug);
        assert_eq!(slugs, ["claims", "entities", "numbers", "similarity"]);
        for t in Table::ALL {
            assert_eq!(t.file_name(), format!("parallax-{}.csv", t.slug()));
            assert!(!t.label().is_empty());
        }
        let rendered = Table::ALL.map(|t| t.render(&a));
        assert_eq!(
            rendered,
            [claims(&a), entities(&a), numbers(&a), similarity(&a)]
        );
    }
}
