//! Reading the user's own articles: pasted text, `.txt`, `.md`, `.html` and
//! corpus `.json` files. The page and `parallax-analyze` both come through
//! here, so they accept the same inputs and give the same messages.
//!
//! Every check happens before anything is added: a file is taken whole or
//! not at all, and a rejected file leaves the loaded articles as they were.

use std::fmt;

use super::article::{slugify, ArticleSource};
use super::html;
use super::json::{self, Json};

/// The largest file or paste read, in bytes (5 MB). A long article is
/// 50 KB of text; a saved web page with its scripts can reach a few MB.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The most articles one comparison holds. Analysis time grows a little
/// faster than the article count, and at 50 it stays near a tenth of a
/// second in the browser (BENCHMARKS.md).
pub const MAX_ARTICLES: usize = 50;
/// The shared part of the limit messages.
pub const LIMITS: &str = "5 MB per file, 50 articles per comparison";

/// Identifies a corpus document written by Parallax.
pub const CORPUS_SCHEMA: &str = "parallax-corpus/1";

/// What went wrong with one input. `name` is the file's name or "the
/// pasted article"; `Display` gives the message users read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but white space.
    Empty { name: String },
    /// The file system or the browser would not hand over the bytes.
    Unreadable { name: String, reason: String },
    /// Binary data: a NUL or other control byte at `offset`.
    Binary { name: String, offset: usize },
    /// Bytes that are not UTF-8, first at `offset`.
    Encoding { name: String, offset: usize },
    /// UTF-16 text (a byte-order mark says so).
    Utf16 { name: String },
    /// Over [`MAX_BYTES`].
    TooLarge { name: String, bytes: usize },
    /// A file type Parallax does not read.
    Unsupported { name: String },
    /// Not JSON at all: where it stops being JSON.
    Json {
        name: String,
        line: usize,
        column: usize,
        message: &'static str,
    },
    /// JSON, but not a corpus: what is missing.
    Schema { name: String, message: String },
    /// A web page with no readable article text.
    NoArticle { name: String },
    /// The same text is already loaded (or twice in one file).
    Duplicate { name: String, of: String },
    /// Adding would pass [`MAX_ARTICLES`].
    TooMany { name: String, total: usize },
    /// A date field that is not `YYYY-MM-DD`.
    BadDate { name: String, date: String },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty { name } => write!(f, "{name} has no text."),
            ImportError::Unreadable { name, reason } => {
                write!(f, "{name} cannot be read ({reason}).")
            }
            ImportError::Binary { name, offset } => write!(
                f,
                "{name} is not a text file (binary data at byte {offset}). Parallax reads plain text, Markdown, HTML and JSON."
            ),
            ImportError::Encoding { name, offset } => write!(
                f,
                "{name} is not UTF-8 text (byte {offset} cannot be read). Save it as UTF-8 and try again."
            ),
            ImportError::Utf16 { name } => {
                write!(f, "{name} is saved as UTF-16. Save it as UTF-8 and try again.")
            }
            ImportError::TooLarge { name, bytes } => write!(
                f,
                "{name} is {} KB, over the limit of 5 MB per file.",
                bytes.div_ceil(1024)
            ),
            ImportError::Unsupported { name } => write!(
                f,
                "{name} is not a type Parallax reads. Use .txt, .md, .html or .json."
            ),
            ImportError::Json {
                name,
                line,
                column,
                message,
            } => write!(
                f,
                "{name} is not valid JSON: {message} at line {line}, column {column}."
            ),
            ImportError::Schema { name, message } => write!(
                f,
                "{name} is not a Parallax corpus: {message}. The README shows the format."
            ),
            ImportError::NoArticle { name } => write!(
                f,
                "{name} has no article text: once scripts, styles, menus and footers are dropped, nothing readable is left."
            ),
            ImportError::Duplicate { name, of } => {
                write!(f, "{name} has the same text as “{of}”, already loaded.")
            }
            ImportError::TooMany { name, total } => write!(
                f,
                "{name} would make {total} articles; a comparison holds at most {MAX_ARTICLES}. Remove some first."
            ),
            ImportError::BadDate { name, date } => write!(
                f,
                "{name} has the date “{date}”; write it as YYYY-MM-DD, or leave it empty."
            ),
        }
    }
}

/// The kinds of file read, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
}

impl Format {
    /// The format a file name says, `None` for other extensions. A name
    /// with no extension is read as text.
    pub fn of(name: &str) -> Option<Format> {
        let Some((_, ext)) = name.rsplit_once('.') else {
            return Some(Format::Text);
        };
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// A set of articles: the bundled story or the user's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Corpus {
    pub title: String,
    pub sources: Vec<ArticleSource>,
}

/// What a user types into the paste form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paste {
    pub headline: String,
    pub outlet: String,
    pub date: String,
    pub text: String,
}

/// The name of a file as messages give it: in quotation marks.
pub fn file_label(name: &str) -> String {
    format!("“{name}”")
}

/// The name pasted articles go by in messages.
pub const PASTED: &str = "The pasted article";

/// Checks a file's size before reading it, so a huge file is never loaded.
pub fn check_size(name: &str, bytes: usize) -> Result<(), ImportError> {
    if bytes > MAX_BYTES {
        return Err(ImportError::TooLarge {
            name: file_label(name),
            bytes,
        });
    }
    Ok(())
}

/// The text of a file's bytes, or why it is not text.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    let named = || file_label(name);
    check_size(name, bytes.len())?;
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportError::Utf16 { name: named() });
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    // Text files hold no control bytes but tab, line feed, form feed and
    // carriage return; a NUL or the like means binary data.
    if let Some(offset) = bytes
        .iter()
        .position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
    {
        return Err(ImportError::Binary {
            name: named(),
            offset,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => Err(ImportError::Empty { name: named() }),
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err(ImportError::Encoding {
            name: named(),
            offset: e.valid_up_to(),
        }),
    }
}

/// The articles in one file: one for text, Markdown and HTML, any number
/// for a corpus JSON file, whose title comes along ([`USER_TITLE`] for the
/// others).
pub fn read_file(name: &str, bytes: &[u8]) -> Result<Corpus, ImportError> {
    let format = Format::of(name).ok_or_else(|| ImportError::Unsupported {
        name: file_label(name),
    })?;
    let text = decode(name, bytes)?;
    let stem = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .rsplit_once('.')
        .map_or(name, |(stem, _)| stem);
    let one = match format {
        Format::Json => return read_corpus(name, &text),
        Format::Markdown => from_markdown(stem, &text),
        Format::Text if !html::looks_like_html(&text) => from_plain(stem, &text),
        Format::Html | Format::Text => from_html(&file_label(name), stem, &text)?,
    };
    Ok(Corpus {
        title: USER_TITLE.to_string(),
        sources: vec![one],
    })
}

/// The article a user pasted, with its optional fields.
pub fn read_paste(paste: &Paste) -> Result<ArticleSource, ImportError> {
    let name = || PASTED.to_string();
    if paste.text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            name: name(),
            bytes: paste.text.len(),
        });
    }
    if paste.text.trim().is_empty() {
        return Err(ImportError::Empty { name: name() });
    }
    let date = paste.date.trim();
    if !date.is_empty() && !is_iso_date(date) {
        return Err(ImportError::BadDate {
            name: name(),
            date: date.to_string(),
        });
    }
    let outlet = paste.outlet.trim();
    let outlet = if outlet.is_empty() { "Pasted" } else { outlet };
    let mut article = if html::looks_like_html(&paste.text) {
        from_html(&name(), outlet, &paste.text)?
    } else {
        from_plain(outlet, &paste.text)
    };
    if !paste.outlet.trim().is_empty() {
        set_outlet(&mut article, outlet);
    }
    let headline = paste.headline.trim();
    if !headline.is_empty() {
        article.headline = Some(headline.to_string());
    }
    if !date.is_empty() {
        article.date = Some(date.to_string());
    }
    Ok(article)
}

fn set_outlet(article: &mut ArticleSource, outlet: &str) {
    article.slug = slugify(outlet);
    article.outlet = outlet.to_string();
    article.label = short_label(outlet);
}

/// A label short enough for a chip: the outlet, cut at a word near 18
/// characters.
pub fn short_label(outlet: &str) -> String {
    const MAX: usize = 18;
    if outlet.chars().count() <= MAX {
        return outlet.to_string();
    }
    let cut: String = outlet.chars().take(MAX).collect();
    let cut = match cut.rfind(' ') {
        Some(at) if at > 6 => &cut[..at],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

/// `YYYY-MM-DD` with a real month and a day the month can have.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=days).contains(&d)
}

/// Plain text: the outlet is the file's name; a short first line with no
/// full stop is the headline.
fn from_plain(outlet: &str, text: &str) -> ArticleSource {
    let mut article = ArticleSource::from_text(outlet, text);
    article.label = short_label(outlet);
    let first = text.lines().map(str::trim).find(|l| !l.is_empty());
    article.headline = first
        .filter(|l| l.chars().count() <= 200 && !l.ends_with('.') && !l.contains(". "))
        .map(str::to_string);
    article
}

/// A web page: the article text, and the headline, outlet and date the
/// page's metadata gives.
fn from_html(name: &str, stem: &str, text: &str) -> Result<ArticleSource, ImportError> {
    let page = html::extract(text);
    if page.text.trim().is_empty() {
        return Err(ImportError::NoArticle {
            name: name.to_string(),
        });
    }
    let outlet = page.site.as_deref().unwrap_or(stem);
    let mut article = from_plain(outlet, &page.text);
    if page.title.is_some() {
        article.headline = page.title;
    }
    article.date = page.date;
    Ok(article)
}

/// Markdown: the syntax is dropped so the words read as prose; a front
/// matter block may give `title`, `date` and `outlet` (or `source`).
fn from_markdown(stem: &str, text: &str) -> ArticleSource {
    let mut body = text;
    let (mut title, mut date, mut outlet) = (None, None, None);
    if let Some(rest) = text.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---") {
            for line in rest[..end].lines() {
                let Some((key, value)) = line.split_once(':') else {
                    continue;
                };
                let value = value.trim().trim_matches(['"', '\'']).to_string();
                match key.trim().to_ascii_lowercase().as_str() {
                    "title" => title = Some(value),
                    "date" if value.len() >= 10 && is_iso_date(&value[..10]) => {
                        date = Some(value[..10].to_string())
                    }
                    "outlet" | "source" | "site" | "publisher" => outlet = Some(value),
                    _ => {}
                }
            }
            body = rest[end + 4..].trim_start_matches(['-', '\n', '\r']);
        }
    }
    let mut out = String::with_capacity(body.len());
    for line in body.lines() {
        let trimmed = line.trim();
        // Rules and fences carry no words.
        if trimmed.len() >= 3
            && trimmed
                .chars()
                .all(|c| matches!(c, '-' | '*' | '_' | '`' | '~'))
        {
            continue;
        }
        let mut l = trimmed.trim_start_matches('#').trim_start_matches('>');
        if let Some(item) = l
            .strip_prefix("- ")
            .or_else(|| l.strip_prefix("* "))
            .or_else(|| l.strip_prefix("+ "))
        {
            l = item;
        }
        inline_markdown(l.trim(), &mut out);
        out.push('\n');
    }
    let mut article = from_plain(outlet.as_deref().unwrap_or(stem), out.trim());
    if title.is_some() {
        article.headline = title;
    }
    article.date = date;
    article
}

/// Copies a line of Markdown without its emphasis, code ticks, images and
/// link targets.
fn inline_markdown(line: &str, out: &mut String) {
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let len = c.len_utf8();
        match c {
            '*' | '`' => {}
            '_' if rest.starts_with("__") => {
                rest = &rest[2..];
                continue;
            }
            '!' | '[' => {
                // `[text](target)` keeps the text; `![alt](src)` keeps nothing.
                let image = c == '!';
                let open = if image {
                    rest.strip_prefix("![")
                } else {
                    Some(&rest[1..])
                };
                let link = open.and_then(|after| {
                    let close = after.find("](")?;
                    let end = after[close..].find(')')? + close;
                    Some((&after[..close], &after[end + 1..]))
                });
                if let Some((text, after)) = link {
                    if !image {
                        out.push_str(text);
                    }
                    rest = after;
                    continue;
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        rest = &rest[len..];
    }
}

/// A corpus document: `{"title": …, "articles": [{"outlet": …, "text": …,
/// "label", "headline", "date", "slug" optional}, …]}`, a bare array of
/// articles, or a full analysis exported by Parallax (its articles are
/// read back).
pub fn read_corpus(name: &str, text: &str) -> Result<Corpus, ImportError> {
    let doc = json::parse(text).map_err(|e| ImportError::Json {
        name: file_label(name),
        line: e.line,
        column: e.column,
        message: e.message,
    })?;
    let schema = |message: String| ImportError::Schema {
        name: file_label(name),
        message,
    };
    let items = match &doc {
        Json::Array(items) => items.as_slice(),
        Json::Object(_) => doc
            .get("articles")
            .and_then(Json::as_array)
            .ok_or_else(|| schema("it has no \"articles\" list".into()))?,
        _ => return Err(schema("it is neither an object nor a list".into())),
    };
    if items.is_empty() {
        return Err(ImportError::Empty {
            name: file_label(name),
        });
    }
    if items.len() > MAX_ARTICLES {
        return Err(ImportError::TooMany {
            name: file_label(name),
            total: items.len(),
        });
    }
    let mut sources = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let n = i + 1;
        let text = item
            .str_field("text")
            .ok_or_else(|| schema(format!("article {n} has no \"text\" string")))?;
        if text.trim().is_empty() {
            return Err(ImportError::Empty {
                name: format!("Article {n} of {}", file_label(name)),
            });
        }
        if text.len() > MAX_BYTES {
            return Err(ImportError::TooLarge {
                name: format!("Article {n} of {}", file_label(name)),
                bytes: text.len(),
            });
        }
        let outlet = item
            .str_field("outlet")
            .filter(|o| !o.trim().is_empty())
            .ok_or_else(|| schema(format!("article {n} has no \"outlet\" string")))?;
        let date = item.str_field("date").filter(|d| !d.is_empty());
        if let Some(date) = date.as_ref().filter(|d| !is_iso_date(d)) {
            return Err(ImportError::BadDate {
                name: format!("Article {n} of {}", file_label(name)),
                date: date.clone(),
            });
        }
        let slug = item
            .str_field("slug")
            .or_else(|| item.str_field("id"))
            .unwrap_or_else(|| outlet.clone());
        sources.push(ArticleSource {
            slug: slugify(&slug),
            label: item
                .str_field("label")
                .filter(|l| !l.trim().is_empty())
                .unwrap_or_else(|| short_label(&outlet)),
            outlet,
            headline: item.str_field("headline").filter(|h| !h.is_empty()),
            date,
            date_note: item.str_field("date_note"),
            identified_by: item.str_field("identified_by"),
            text,
        });
    }
    let title = doc
        .str_field("title")
        .or_else(|| doc.str_field("story"))
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| USER_TITLE.to_string());
    Ok(Corpus { title, sources })
}

/// The title of a comparison the user assembled.
pub const USER_TITLE: &str = "Your articles";

/// The words of a text with runs of white space as one space: two texts
/// that differ only in spacing are the same article.
fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Why `incoming` cannot join the loaded articles, if it cannot: a
/// duplicate text (against the loaded ones or within `incoming`) or too many
/// articles. `name` is the input's name for messages. Borrows only, so a
/// form can ask before it hands its article over.
pub fn check(
    loaded: &[ArticleSource],
    incoming: &[ArticleSource],
    name: &str,
) -> Result<(), ImportError> {
    let total = loaded.len() + incoming.len();
    if total > MAX_ARTICLES {
        return Err(ImportError::TooMany {
            name: name.to_string(),
            total,
        });
    }
    for (i, article) in incoming.iter().enumerate() {
        let mut earlier = loaded.iter().chain(&incoming[..i]);
        if let Some(old) = earlier.find(|o| same_words(&o.text, &article.text)) {
            return Err(ImportError::Duplicate {
                name: name.to_string(),
                of: old.label.clone(),
            });
        }
    }
    Ok(())
}

/// The loaded articles plus `incoming`, or why not (see [`check`]).
pub fn add(
    loaded: &[ArticleSource],
    incoming: Vec<ArticleSource>,
    name: &str,
) -> Result<Vec<ArticleSource>, ImportError> {
    check(loaded, &incoming, name)?;
    let mut all = Vec::with_capacity(loaded.len() + incoming.len());
    all.extend_from_slice(loaded);
    all.extend(incoming);
    Ok(all)
}

/// The corpus as a document [`read_corpus`] reads back: what the page keeps
/// in local storage.
pub fn corpus_json(corpus: &Corpus) -> String {
    #[derive(serde::Serialize)]
    struct Doc<'a> {
        schema: &'static str,
        title: &'a str,
        articles: &'a [ArticleSource],
    }
    serde_json::to_string(&Doc {
        schema: CORPUS_SCHEMA,
        title: &corpus.title,
        articles: &corpus.sources,
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(outlet: &str, text: &str) -> ArticleSource {
        ArticleSource::from_text(outlet, text)
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of("a.TXT"), Some(Format::Text));
        assert_eq!(Format::of("notes"), Some(Format::Text));
        assert_eq!(Format::of("x.md"), Some(Format::Markdown));
        assert_eq!(Format::of("page.htm"), Some(Format::Html));
        assert_eq!(Format::of("set.json"), Some(Format::Json));
        assert_eq!(Format::of("scan.pdf"), None);
        let e = read_file("scan.pdf", b"%PDF").unwrap_err();
        assert!(e.to_string().contains(".txt, .md, .html or .json"), "{e}");
    }

    #[test]
    fn text_that_is_not_text() {
        let e = decode("a.txt", b"GIF89a\x00\x01").unwrap_err();
        assert_eq!(
            e,
            ImportError::Binary {
                name: "“a.txt”".into(),
                offset: 6
            }
        );
        let e = decode("b.txt", b"caf\xe9 au lait").unwrap_err();
        assert_eq!(
            e.to_string(),
            "“b.txt” is not UTF-8 text (byte 3 cannot be read). Save it as UTF-8 and try again."
        );
        let e = decode("c.txt", b"\xff\xfeh\x00i\x00").unwrap_err();
        assert!(matches!(e, ImportError::Utf16 { .. }));
        let e = decode("d.txt", b" \n\t \r\n").unwrap_err();
        assert_eq!(e.to_string(), "“d.txt” has no text.");
        // A byte-order mark and tabs, form feeds and CRLF are fine.
        assert_eq!(
            decode("e.txt", b"\xef\xbb\xbfHi\tthere\r\n\x0c").unwrap(),
            "Hi\tthere\r\n\x0c"
        );
    }

    #[test]
    fn size_limit_is_stated() {
        let big = vec![b'a'; MAX_BYTES + 1];
        let e = read_file("big.txt", &big).unwrap_err();
        assert_eq!(
            e.to_string(),
            "“big.txt” is 5121 KB, over the limit of 5 MB per file."
        );
        assert!(read_file("ok.txt", &big[..MAX_BYTES]).is_ok());
        let paste = Paste {
            text: "a".repeat(MAX_BYTES + 1),
            ..Paste::default()
        };
        assert!(matches!(
            read_paste(&paste),
            Err(ImportError::TooLarge { .. })
        ));
    }

    #[test]
    fn plain_text_takes_its_outlet_from_the_name_and_a_headline_from_line_one() {
        let a = read_file(
            "dir/the-daily.txt",
            "Senators clash over budget\n\nThe Senate met on Monday. It argued.".as_bytes(),
        )
        .unwrap()
        .sources;
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].outlet, "the-daily");
        assert_eq!(a[0].slug, "the-daily");
        assert_eq!(a[0].headline.as_deref(), Some("Senators clash over budget"));
        let b = read_file("b.txt", b"The Senate met on Monday. It argued.")
            .unwrap()
            .sources;
        assert_eq!(b[0].headline, None, "a sentence is not a headline");
    }

    #[test]
    fn markdown_drops_its_syntax() {
        let md = "---\ntitle: \"Budget row\"\ndate: 2024-03-05T10:00\noutlet: The Daily\n---\n# Budget row\n\nThe **Senate** met on [Monday](https://x.test/m).\n![chart](c.png)\n\n- Item _one_ here\n> Quoted `code`\n\n---\n";
        let a = &read_file("row.md", md.as_bytes()).unwrap().sources[0];
        assert_eq!(a.outlet, "The Daily");
        assert_eq!(a.headline.as_deref(), Some("Budget row"));
        assert_eq!(a.date.as_deref(), Some("2024-03-05"));
        assert_eq!(
            a.text,
            "Budget row\n\nThe Senate met on Monday.\n\n\nItem _one_ here\nQuoted code"
        );
        assert!(!a.text.contains("https"));
    }

    #[test]
    fn html_files_give_their_article() {
        let page = "<!doctype html><html><head><meta property=\"og:site_name\" content=\"Daily Planet\"><title>Row | Daily Planet</title></head><body><nav>Home News</nav><article><h1>Budget row</h1><p>The Senate met on Monday.</p></article><footer>© 2024</footer></body></html>";
        let a = &read_file("row.html", page.as_bytes()).unwrap().sources[0];
        assert_eq!(a.outlet, "Daily Planet");
        assert!(a.text.contains("The Senate met on Monday."));
        assert!(!a.text.contains("Home News"));
        // A .txt that is really a web page is read as one.
        let b = &read_file("row.txt", page.as_bytes()).unwrap().sources[0];
        assert_eq!(b.text, a.text);
        let e = read_file(
            "empty.html",
            b"<html><body><nav>Menu</nav><script>x()</script></body></html>",
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "“empty.html” has no article text: once scripts, styles, menus and footers are dropped, nothing readable is left."
        );
    }

    #[test]
    fn corpus_json_reads_articles_and_says_where_it_breaks() {
        let doc = r#"{"title": "A row", "articles": [
            {"outlet": "The Daily", "text": "The Senate met.", "date": "2024-03-05"},
            {"outlet": "Planet", "label": "Pl", "headline": "Row", "slug": "pl", "text": "It met."}
        ]}"#;
        let c = read_corpus("set.json", doc).unwrap();
        assert_eq!(c.title, "A row");
        assert_eq!(c.sources.len(), 2);
        assert_eq!(c.sources[0].slug, "the-daily");
        assert_eq!(c.sources[0].date.as_deref(), Some("2024-03-05"));
        assert_eq!(c.sources[1].label, "Pl");
        assert_eq!(c.sources[1].headline.as_deref(), Some("Row"));

        let e =
            read_corpus("bad.json", "{\"articles\": [\n  {\"outlet\": \"A\",, }]}").unwrap_err();
        assert_eq!(
            e,
            ImportError::Json {
                name: "“bad.json”".into(),
                line: 2,
                column: 18,
                message: e_message(&e)
            }
        );
        assert!(e.to_string().contains("at line 2, column 18"), "{e}");

        let e = read_corpus("x.json", r#"{"articles": [{"outlet": "A"}]}"#).unwrap_err();
        assert_eq!(
            e.to_string(),
            "“x.json” is not a Parallax corpus: article 1 has no \"text\" string. The README shows the format."
        );
        let e = read_corpus("x.json", r#"{"items": []}"#).unwrap_err();
        assert!(e.to_string().contains("no \"articles\" list"));
        let e = read_corpus(
            "x.json",
            r#"[{"outlet": "A", "text": "t", "date": "5 March"}]"#,
        )
        .unwrap_err();
        assert!(matches!(e, ImportError::BadDate { .. }), "{e}");
        let e = read_corpus("x.json", "[]").unwrap_err();
        assert!(matches!(e, ImportError::Empty { .. }));
    }

    fn e_message(e: &ImportError) -> &'static str {
        match e {
            ImportError::Json { message, .. } => message,
            _ => "",
        }
    }

    #[test]
    fn the_stored_corpus_and_an_exported_analysis_read_back() {
        let corpus = Corpus {
            title: "Row \"quoted\"".into(),
            sources: vec![src(
                "The Daily",
                "The Senate met.\n\nIt argued <b>hard</b>.",
            )],
        };
        assert_eq!(read_corpus("stored", &corpus_json(&corpus)).unwrap(), {
            let mut c = corpus.clone();
            c.sources[0].label = "The Daily".into();
            c
        });
        let analysis = crate::analysis::corpus::bundled_analysis();
        let exported = crate::analysis::export::to_json(&analysis);
        let back = read_corpus("analysis.json", &exported).unwrap();
        assert_eq!(back.sources.len(), analysis.articles.len());
        for (b, a) in back.sources.iter().zip(&analysis.articles) {
            assert_eq!(b.text, a.source.text);
            assert_eq!(b.slug, a.source.slug);
            assert_eq!(b.label, a.source.label);
        }
    }

    #[test]
    fn paste_fields() {
        let a = read_paste(&Paste {
            headline: " Row ".into(),
            outlet: "The Daily Planet of Metropolis".into(),
            date: "2024-02-29".into(),
            text: "The Senate met.".into(),
        })
        .unwrap();
        assert_eq!(a.headline.as_deref(), Some("Row"));
        assert_eq!(a.outlet, "The Daily Planet of Metropolis");
        assert_eq!(a.label, "The Daily Planet…");
        assert_eq!(a.slug, "the-daily-planet-of-metr");
        assert_eq!(a.date.as_deref(), Some("2024-02-29"));
        let e = read_paste(&Paste {
            date: "2023-02-29".into(),
            text: "x".into(),
            ..Paste::default()
        })
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "The pasted article has the date “2023-02-29”; write it as YYYY-MM-DD, or leave it empty."
        );
        let e = read_paste(&Paste::default()).unwrap_err();
        assert_eq!(e.to_string(), "The pasted article has no text.");
        let anon = read_paste(&Paste {
            text: "Words.".into(),
            ..Paste::default()
        })
        .unwrap();
        assert_eq!(anon.outlet, "Pasted");
    }

    #[test]
    fn markup_in_user_text_stays_text() {
        let payload = "<script>alert(1)</script> and <img src=x onerror=alert(2)>";
        let a = read_paste(&Paste {
            headline: payload.into(),
            outlet: "O".into(),
            date: String::new(),
            text: format!("Plain words first. {payload}"),
        })
        .unwrap();
        assert_eq!(a.headline.as_deref(), Some(payload));
        assert!(a.text.contains(payload));
    }

    #[test]
    fn duplicates_and_the_article_limit() {
        let loaded = vec![src("A", "The  Senate\nmet.")];
        let e = add(&loaded, vec![src("B", "The Senate met.")], "“b.txt”").unwrap_err();
        assert_eq!(
            e.to_string(),
            "“b.txt” has the same text as “A”, already loaded."
        );
        let e = add(&[], vec![src("A", "x y"), src("B", "x  y")], "“set.json”").unwrap_err();
        assert!(matches!(e, ImportError::Duplicate { .. }));
        let many: Vec<ArticleSource> = (0..MAX_ARTICLES)
            .map(|i| src("O", &format!("Text {i}.")))
            .collect();
        let full = add(&[], many, "n").unwrap();
        assert_eq!(full.len(), MAX_ARTICLES);
        let e = add(&full, vec![src("Z", "New.")], "“z.txt”").unwrap_err();
        assert_eq!(
            e.to_string(),
            "“z.txt” would make 51 articles; a comparison holds at most 50. Remove some first."
        );
    }

    #[test]
    fn iso_dates() {
        for ok in ["2017-10-26", "2000-02-29", "2024-12-31"] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "2017-13-01",
            "1900-02-29",
            "2017-04-31",
            "2017-1-01",
            "26/10/2017",
            "2017-10-00",
            "２０１７-10-26",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
