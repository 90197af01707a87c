//! Reads the article out of a saved news web page: its readable text, title,
//! site name and publication date, all as plain text.
//!
//! One pass over the markup keeps the text of paragraphs, headings and list
//! items, one paragraph per block, and drops what is not the story: scripts,
//! styles and other raw-text elements, navigation, page headers and footers,
//! asides, forms, figures, embedded media, hidden elements, and any element
//! whose `class` or `id` names page furniture (menus, share bars, adverts,
//! comments, related links, newsletters, cookie banners and the like). Of
//! what is left it keeps the `<article>` with the most text, else `<main>`
//! (or `role="main"`), else `<body>`, else the whole document.
//!
//! Hand-written rather than a full HTML5 parser (html5ever, scraper) because
//! those add hundreds of KB to the wasm page. It does not build the spec's
//! tree; it tolerates broken markup instead (stray `<`, unclosed and
//! misnested tags, markup cut off anywhere) and never panics.

/// What a web page says about its article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// og:title, else the first `<h1>` in the chosen container, else `<title>`.
    pub title: Option<String>,
    /// og:site_name, else the application-name meta, if any.
    pub site: Option<String>,
    /// Publication date as ISO `YYYY-MM-DD`, from the first of meta
    /// article:published_time, datePublished, date, or `<time datetime>`
    /// whose first 10 characters form a valid date.
    pub date: Option<String>,
    /// The readable text: paragraphs separated by one blank line, white space
    /// inside a paragraph collapsed to single spaces, character references
    /// decoded. Empty when the page has no article text.
    pub text: String,
}

/// Elements that end the current paragraph where they open and close.
#[rustfmt::skip]
const BLOCK: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "td", "th", "tr", "ul",
];

/// Elements dropped with everything inside them (the raw-text ones below are
/// dropped too). A `<header>` inside an `<article>` is kept: it holds the
/// story's headline, not the site's.
#[rustfmt::skip]
const DROP: &[&str] = &[
    "aside", "button", "canvas", "dialog", "figcaption", "figure", "footer", "form", "header",
    "label", "math", "nav", "object", "option", "select", "svg",
];

/// Elements whose content is text up to their close tag, never markup. Only
/// `<title>`'s is read, for the title; the others' is dropped.
#[rustfmt::skip]
const RAW: &[&str] = &[
    "iframe", "noscript", "script", "style", "template", "textarea", "title", "xmp",
];

/// Elements that have no content and no close tag.
#[rustfmt::skip]
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements a repeated open tag closes when it is the innermost open element,
/// as in `<p>one<p>two` or `<li>one<li>two`.
const SELF_ENDING: &[&str] = &["dd", "dt", "li", "p", "td", "th", "tr"];

/// Words of a `class` or `id` that mark page furniture rather than the story.
/// (`byline-share` splits into `byline` and `share`; `share` covers it.)
#[rustfmt::skip]
const FURNITURE: &[&str] = &[
    "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs", "comment",
    "comments", "cookie", "cookies", "footer", "masthead", "menu", "modal", "nav", "navbar",
    "navigation", "newsletter", "popup", "promo", "related", "share", "sharing", "sidebar",
    "social", "subscribe", "subscription",
];

/// `role` values of page furniture.
const ROLES: &[&str] = &["banner", "complementary", "contentinfo", "navigation"];

/// Meta names, properties and itemprops read: the field they fill (0 title,
/// 1 site, 2 date) and their rank there, lower winning.
const META: &[(&str, u8, u8)] = &[
    ("og:title", 0, 0),
    ("og:site_name", 1, 0),
    ("application-name", 1, 1),
    ("article:published_time", 2, 0),
    ("datepublished", 2, 1),
    ("date", 2, 2),
];

/// Named character references decoded; any other stays as written.
#[rustfmt::skip]
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''), ("nbsp", ' '),
    ("rsquo", '’'), ("lsquo", '‘'), ("rdquo", '”'), ("ldquo", '“'), ("sbquo", '‚'), ("bdquo", '„'),
    ("mdash", '—'), ("ndash", '–'), ("hellip", '…'), ("laquo", '«'), ("raquo", '»'), ("copy", '©'),
    ("reg", '®'), ("trade", '™'), ("deg", '°'), ("middot", '·'), ("bull", '•'), ("euro", '€'),
    ("pound", '£'), ("eacute", 'é'), ("egrave", 'è'), ("aacute", 'á'), ("oacute", 'ó'),
    ("uacute", 'ú'), ("iacute", 'í'), ("ntilde", 'ñ'), ("uuml", 'ü'), ("ouml", 'ö'), ("auml", 'ä'),
    ("szlig", 'ß'), ("ccedil", 'ç'),
];

/// Open elements nested deeper than this are not tracked, so broken markup
/// cannot make each close tag search an ever longer stack.
const MAX_DEPTH: usize = 512;

/// Container kinds, in the order they are preferred.
const ARTICLE: u8 = 0;
const MAIN: u8 = 1;
const BODY: u8 = 2;

fn is_in(list: &[&str], name: &str) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// The raw value of attribute `key` (the first, if repeated).
fn attr<'a>(attrs: &[(&str, &'a str)], key: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| *v)
}

/// Whether attribute `key`, split into words on non-alphanumerics, holds one
/// of `words` (ignoring ASCII case).
fn attr_has(attrs: &[(&str, &str)], key: &str, words: &[&str]) -> bool {
    attr(attrs, key).is_some_and(|v| {
        v.split(|c: char| !c.is_alphanumeric())
            .any(|w| is_in(words, w))
    })
}

/// The first position from `at` whose byte satisfies `stop`, or the end.
fn until(bytes: &[u8], at: usize, stop: impl Fn(u8) -> bool) -> usize {
    bytes
        .iter()
        .skip(at)
        .position(|&c| stop(c))
        .map_or(bytes.len(), |i| at + i)
}

/// Text being gathered: runs of white space become one space, and there is
/// none at either end.
#[derive(Default)]
struct Line {
    text: String,
    space: bool,
}

impl Line {
    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.space = true;
        } else {
            if self.space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.space = false;
            self.text.push(c);
        }
    }

    /// Appends `s` with its character references decoded.
    fn add(&mut self, s: &str) {
        let mut rest = s;
        while let Some(c) = rest.chars().next() {
            let (c, len) = match c {
                '&' => entity(rest).unwrap_or(('&', 1)),
                _ => (c, c.len_utf8()),
            };
            self.push(c);
            rest = &rest[len..];
        }
    }
}

/// `s` decoded and with its white space collapsed and trimmed.
fn clean(s: &str) -> String {
    let mut line = Line::default();
    line.add(s);
    line.text
}

/// The character a reference at the start of `s` (which starts with `&`)
/// stands for, and its length; `None` when it is not one this reader knows.
fn entity(s: &str) -> Option<(char, usize)> {
    let semi = s.bytes().take(16).position(|b| b == b';')?;
    let name = &s[1..semi];
    let c = match name.strip_prefix('#') {
        Some(number) => {
            let (digits, radix) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            if digits.is_empty() || !digits.chars().all(|d| d.is_digit(radix)) {
                return None;
            }
            u32::from_str_radix(digits, radix)
                .ok()
                .and_then(char::from_u32)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{FFFD}')
        }
        None => ENTITIES.iter().find(|(n, _)| *n == name)?.1,
    };
    Some((c, semi + 1))
}

/// The `YYYY-MM-DD` that `value` starts with, when it is a real date.
fn iso_date(value: &str) -> Option<String> {
    let date = value.trim().get(..10)?;
    let d = date.as_bytes();
    let number = |from: usize, to: usize| {
        d[from..to].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (year, month, day) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 => 28 + u32::from(leap),
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (d[4] == b'-' && d[7] == b'-' && (1..=days).contains(&day)).then(|| date.to_string())
}

/// Keeps `value` in `slot` when it is not empty and its source ranks before
/// the one already there.
fn offer(slot: &mut Option<(u8, String)>, rank: u8, value: Option<String>) {
    if let Some(value) = value.filter(|v| !v.is_empty()) {
        if slot.as_ref().is_none_or(|(r, _)| rank < *r) {
            *slot = Some((rank, value));
        }
    }
}

/// An element whose close tag has not been seen yet.
#[derive(Clone, Copy)]
struct Open<'a> {
    name: &'a str,
    drop: bool,
    /// Its index in `Reader::containers`, when it is one.
    container: Option<usize>,
}

#[derive(Default)]
struct Reader<'a> {
    stack: Vec<Open<'a>>,
    /// How many open elements are dropped; text counts only when none is.
    dropped: usize,
    line: Line,
    /// Finished paragraphs, each with whether it was inside an `<h1>`.
    paragraphs: Vec<(String, bool)>,
    /// Candidate containers: kind, first paragraph, end of their paragraphs.
    containers: Vec<(u8, usize, usize)>,
    title: Option<(u8, String)>,
    site: Option<(u8, String)>,
    date: Option<(u8, String)>,
}

impl<'a> Reader<'a> {
    fn text(&mut self, s: &str) {
        if self.dropped == 0 {
            self.line.add(s);
        }
    }

    fn flush(&mut self) {
        if !self.line.text.is_empty() {
            let h1 = self.stack.iter().any(|o| o.name.eq_ignore_ascii_case("h1"));
            self.paragraphs
                .push((std::mem::take(&mut self.line.text), h1));
        }
        self.line.space = false;
    }

    /// Ends the paragraph when `name` is a block element outside dropped content.
    fn block(&mut self, name: &str) {
        if self.dropped == 0 && is_in(BLOCK, name) {
            self.flush();
        }
    }

    fn open(&mut self, name: &'a str, attrs: &[(&str, &str)], empty: bool) {
        self.block(name);
        if self.dropped == 0 {
            self.meta(name, attrs);
        }
        if empty || is_in(VOID, name) || self.stack.len() >= MAX_DEPTH {
            return;
        }
        if is_in(SELF_ENDING, name)
            && self
                .stack
                .last()
                .is_some_and(|o| o.name.eq_ignore_ascii_case(name))
        {
            self.pop();
        }
        let is = |n: &str| name.eq_ignore_ascii_case(n);
        let kind = if is("article") {
            Some(ARTICLE)
        } else if is("main") || attr_has(attrs, "role", &["main"]) {
            Some(MAIN)
        } else if is("body") {
            Some(BODY)
        } else {
            None
        };
        let in_article = || {
            let containers = &self.containers;
            self.stack
                .iter()
                .any(|o| o.container.is_some_and(|c| containers[c].0 == ARTICLE))
        };
        // Containers and <html> are never dropped for their class or id:
        // `<body class="has-sidebar">` still holds the story.
        let drop = (is_in(DROP, name) && !(is("header") && in_article()))
            || attr(attrs, "hidden").is_some()
            || attr_has(attrs, "aria-hidden", &["true"])
            || attr_has(attrs, "role", ROLES)
            || (kind.is_none()
                && !is("html")
                && (attr_has(attrs, "class", FURNITURE) || attr_has(attrs, "id", FURNITURE)));
        let container = kind.filter(|_| self.dropped == 0 && !drop).map(|kind| {
            self.containers.push((kind, self.paragraphs.len(), 0));
            self.containers.len() - 1
        });
        self.dropped += usize::from(drop);
        self.stack.push(Open {
            name,
            drop,
            container,
        });
    }

    /// Reads the title, site and date a `<meta>` or `<time>` gives.
    fn meta(&mut self, name: &str, attrs: &[(&str, &str)]) {
        if name.eq_ignore_ascii_case("time") {
            offer(
                &mut self.date,
                3,
                attr(attrs, "datetime").and_then(iso_date),
            );
        }
        if !name.eq_ignore_ascii_case("meta") {
            return;
        }
        let content = attr(attrs, "content").unwrap_or("");
        for &(key, value) in attrs {
            if !is_in(&["itemprop", "name", "property"], key) {
                continue;
            }
            match META.iter().find(|m| m.0.eq_ignore_ascii_case(value.trim())) {
                Some(&(_, 0, rank)) => offer(&mut self.title, rank, Some(clean(content))),
                Some(&(_, 1, rank)) => offer(&mut self.site, rank, Some(clean(content))),
                Some(&(_, _, rank)) => offer(&mut self.date, rank, iso_date(content)),
                None => {}
            }
        }
    }

    /// Closes the innermost open `name` and everything opened inside it; a
    /// close tag with nothing open to match only ends the paragraph.
    fn close(&mut self, name: &str) {
        match self
            .stack
            .iter()
            .rposition(|o| o.name.eq_ignore_ascii_case(name))
        {
            Some(i) => {
                while self.stack.len() > i {
                    self.pop();
                }
            }
            None => self.block(name),
        }
    }

    fn pop(&mut self) {
        if let Some(&open) = self.stack.last() {
            self.dropped -= usize::from(open.drop);
            self.block(open.name);
            self.stack.pop();
            if let Some(c) = open.container {
                self.containers[c].2 = self.paragraphs.len();
            }
        }
    }

    fn finish(mut self) -> Page {
        while !self.stack.is_empty() {
            self.pop();
        }
        self.flush();
        let paragraphs = &self.paragraphs;
        // Text length before each paragraph, so any container's is a subtraction.
        let mut before = vec![0];
        for (text, _) in paragraphs {
            before.push(before[before.len() - 1] + text.len());
        }
        let mut chosen = &paragraphs[..];
        for kind in [ARTICLE, MAIN, BODY] {
            let mut best = (0, 0..0);
            for &(k, first, end) in &self.containers {
                let len = before[end] - before[first];
                if k == kind && len > best.0 {
                    best = (len, first..end);
                }
            }
            if best.0 > 0 {
                chosen = &paragraphs[best.1];
                break;
            }
        }
        let h1 = chosen.iter().find(|p| p.1).map(|p| p.0.clone());
        let title = match self.title {
            Some((0, og)) => Some(og),
            other => h1.or(other.map(|t| t.1)),
        };
        let text: Vec<&str> = chosen.iter().map(|p| p.0.as_str()).collect();
        Page {
            title,
            site: self.site.map(|s| s.1),
            date: self.date.map(|d| d.1),
            text: text.join("\n\n"),
        }
    }
}

/// Reads a tag from its name at `at` through its `>`: the name, its
/// attributes (into `attrs`, values as written), whether it ends in `/>`,
/// and where it ends. `None` when the text ends inside the tag.
fn tag<'a>(
    html: &'a str,
    mut at: usize,
    attrs: &mut Vec<(&'a str, &'a str)>,
) -> Option<(&'a str, bool, usize)> {
    let b = html.as_bytes();
    let space = |c: u8| c.is_ascii_whitespace();
    let delimiter = |c: u8| space(c) || c == b'>' || c == b'/';
    let start = at;
    at = until(b, at, delimiter);
    let name = &html[start..at];
    attrs.clear();
    let mut empty = false;
    loop {
        match *b.get(at)? {
            b'>' => return Some((name, empty, at + 1)),
            b'/' => {
                empty = true;
                at += 1;
            }
            c if space(c) => at += 1,
            _ => {
                empty = false;
                let key_at = at;
                at = until(b, at + 1, |c| delimiter(c) || c == b'=');
                let key = &html[key_at..at];
                at = until(b, at, |c| !space(c));
                let mut value = "";
                if b.get(at) == Some(&b'=') {
                    at = until(b, at + 1, |c| !space(c));
                    match b.get(at) {
                        Some(&quote @ (b'"' | b'\'')) => {
                            let end = until(b, at + 1, |c| c == quote);
                            value = &html[at + 1..end];
                            at = end + 1;
                        }
                        _ => {
                            let value_at = at;
                            at = until(b, at, |c| space(c) || c == b'>');
                            value = &html[value_at..at];
                        }
                    }
                }
                attrs.push((key, value));
            }
        }
    }
}

/// Where the raw text of `name` that starts at `at` ends, and where its close
/// tag does (both the end of the text when there is none).
fn raw_end(html: &str, mut at: usize, name: &str) -> (usize, usize) {
    let b = html.as_bytes();
    while let Some(i) = html[at..].find("</") {
        let name_at = at + i + 2;
        let after = name_at + name.len();
        if b.get(name_at..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && !b.get(after).is_some_and(u8::is_ascii_alphanumeric)
        {
            return (at + i, (until(b, after, |c| c == b'>') + 1).min(b.len()));
        }
        at = name_at;
    }
    (b.len(), b.len())
}

/// Where the comment, CDATA section, doctype or processing instruction
/// starting at `at` ends.
fn skip_declaration(html: &str, at: usize) -> usize {
    let rest = &html[at..];
    let (open, close) = if rest.starts_with("<!--") {
        (4, "-->")
    } else if rest.starts_with("<![CDATA[") {
        (9, "]]>")
    } else {
        (2, ">")
    };
    rest[open..]
        .find(close)
        .map_or(html.len(), |i| at + open + i + close.len())
}

/// What `html` says about its article; see [`Page`].
pub fn extract(html: &str) -> Page {
    let b = html.as_bytes();
    let mut reader = Reader::default();
    let mut attrs = Vec::new();
    let mut at = 0;
    while let Some(i) = html[at..].find('<') {
        let lt = at + i;
        reader.text(&html[at..lt]);
        let next = b.get(lt + 1).copied().unwrap_or(0);
        let closing = next == b'/';
        let name_at = lt + 1 + usize::from(closing);
        if matches!(next, b'!' | b'?') {
            at = skip_declaration(html, lt);
            continue;
        }
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            // `a < b`, `<3`: a `<` that opens no tag is text.
            reader.text("<");
            at = lt + 1;
            continue;
        }
        let Some((name, empty, end)) = tag(html, name_at, &mut attrs) else {
            // A tag cut off by the end of the text is dropped.
            at = html.len();
            break;
        };
        at = end;
        if closing {
            reader.close(name);
        } else if is_in(RAW, name) {
            let (stop, after) = raw_end(html, end, name);
            if reader.dropped == 0 && name.eq_ignore_ascii_case("title") {
                offer(&mut reader.title, 2, Some(clean(&html[end..stop])));
            }
            at = after;
        } else {
            reader.open(name, &attrs, empty);
        }
    }
    reader.text(&html[at..]);
    reader.finish()
}

/// True when `text` looks like an HTML document rather than prose: it starts,
/// after white space and a byte-order mark, with a doctype, a comment or a
/// document-level tag such as `<html`, `<head`, `<body`, `<article`, `<meta`.
pub fn looks_like_html(text: &str) -> bool {
    #[rustfmt::skip]
    const STARTS: &[&str] = &[
        "article", "body", "div", "head", "html", "link", "main", "meta", "p", "section", "title",
    ];
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let Some(rest) = text.strip_prefix('<') else {
        return false;
    };
    let starts = |p: &str| {
        rest.get(..p.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(p))
    };
    if starts("!--") || starts("!doctype html") {
        return true;
    }
    let len = until(rest.as_bytes(), 0, |c| !c.is_ascii_alphanumeric());
    let after = rest.as_bytes().get(len).copied().unwrap_or(b'>');
    (after.is_ascii_whitespace() || after == b'>' || after == b'/') && is_in(STARTS, &rest[..len])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str, text: &str) {
        assert_eq!(extract(html).text, text, "{html:?}");
    }

    const NEWS_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Storm hits coast | The Daily Planet</title>
  <meta property="og:title" content="Storm hits coast &amp; floods  town">
  <meta property="og:site_name" content="The Daily Planet">
  <meta property="article:published_time" content="2024-03-05T08:30:00Z">
  <style>body { font: 16px serif } .story > p { color: #222 }</style>
  <script>var s = "</div>"; if (a < b && c > d) { document.write("<p>no</p>"); }</script>
</head>
<body class="single has-sidebar">
  <header class="site-header">
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  </header>
  <!-- story starts here <p>not this</p> -->
  <article class="story">
    <h1>Storm hits
      coast</h1>
    <p class="byline">By <a href="/staff/jane">Jane Doe</a>, <time datetime="2024-03-06">March 5</time></p>
    <p>Heavy rain flooded the town of Rivertown on Tuesday, officials said.</p>
    <div class="share-buttons"><a href="#">Share on X</a><button>Copy link</button></div>
    <p>&ldquo;We have never seen anything like it,&rdquo; said the mayor &mdash; who asked
       residents to stay home.</p>
    <p>Schools will reopen on <em>Thursday</em>.</p>
    <aside><h2>Related</h2><ul><li><a href="/a">Earlier storm</a></li></ul></aside>
  </article>
  <footer><p>&copy; 2024 The Daily Planet</p></footer>
  <script src="/app.js"></script>
</body>
</html>
"##;

    #[test]
    fn reads_a_news_page() {
        let page = extract(NEWS_PAGE);
        assert_eq!(
            page,
            Page {
                title: Some("Storm hits coast & floods town".into()),
                site: Some("The Daily Planet".into()),
                date: Some("2024-03-05".into()),
                text: "Storm hits coast\n\n\
                       By Jane Doe, March 5\n\n\
                       Heavy rain flooded the town of Rivertown on Tuesday, officials said.\n\n\
                       “We have never seen anything like it,” said the mayor — who asked \
                       residents to stay home.\n\n\
                       Schools will reopen on Thursday."
                    .into(),
            }
        );
    }

    #[test]
    fn chooses_the_container() {
        // The longer of two articles; an empty article does not count.
        check(
            "<body><p>Menu</p><article><p>Short.</p></article>\
             <article><p>The longer one wins.</p></article><article></article></body>",
            "The longer one wins.",
        );
        check(
            "<article><p>Outer.</p><article><p>Inner.</p></article></article>",
            "Outer.\n\nInner.",
        );
        check(
            "<body><div><p>Outside.</p></div><main><p>Inside main.</p></main></body>",
            "Inside main.",
        );
        check(
            "<body><p>Else.</p><div role=\"main\"><p>Role main.</p></div></body>",
            "Role main.",
        );
        check(
            "<article></article><main><p>Main, as the article is empty.</p></main>",
            "Main, as the article is empty.",
        );
        check(
            "<html><head><title>T</title></head><body><p>One.</p><div>Two <b>bold</b>.</div></body></html>",
            "One.\n\nTwo bold.",
        );
        check(
            "<p>Just a fragment.</p>Loose text",
            "Just a fragment.\n\nLoose text",
        );
    }

    #[test]
    fn drops_page_furniture() {
        check(
            "<div class=\"ad-slot\">Buy</div><div id=\"main-nav\">Home</div>\
             <div class=\"header shadow\">Kept</div><div class=\"Sidebar_Left\">Side</div>",
            "Kept",
        );
        check(
            "<div class=\"promo\"><div>nested</div><div>same name</div></div><p>After.</p>",
            "After.",
        );
        check(
            "<p>Hello <span class=\"ad\">BUY NOW</span> world</p>",
            "Hello world",
        );
        check(
            "<p hidden>a</p><div aria-hidden=\"TRUE\">b</div><div aria-hidden=\"false\">c</div>\
             <div role=\"navigation\">d</div><section role=\"contentinfo\">e</section>",
            "c",
        );
        check(
            "<form><label>Email</label><input><button>Go</button></form><figure><img src=x>\
             <figcaption>Caption</figcaption></figure><svg><title>Icon</title></svg>\
             <select><option>One</select><p>Text</p><noscript>Enable JS</noscript>",
            "Text",
        );
        // A close tag of an ancestor ends a dropped element left open.
        check("<div><aside><p>Related</div><p>After</p>", "After");
        // The article's own header holds its headline; a site header is dropped.
        let page = extract(
            "<header><h1>Site</h1></header><article><header><h1>Head</h1></header>\
             <p>Body.</p><footer>Tags</footer></article>",
        );
        assert_eq!(page.text, "Head\n\nBody.");
        assert_eq!(page.title.as_deref(), Some("Head"));
        // Containers are not dropped for their class.
        check(
            "<body class=\"nav-open\"><article class=\"post has-comments\"><p>Story.</p></article></body>",
            "Story.",
        );
    }

    #[test]
    fn a_page_of_furniture_has_no_text() {
        let page = extract(
            "<!doctype html><html><head><title>Home</title><script>x()</script></head>\
             <body><header><nav><a>Home</a></nav></header><footer><p>About us</p></footer>\
             <script>track()</script></body></html>",
        );
        assert_eq!(page.text, "");
        assert_eq!(page.title.as_deref(), Some("Home"));
    }

    #[test]
    fn splits_paragraphs_at_blocks() {
        check(
            "<ul><li>One<li>Two</ul><ol><li><p>Three</p></li></ol>",
            "One\n\nTwo\n\nThree",
        );
        check("<p>1 <br/>2<BR>3</p><hr><p>4</p>", "1\n\n2\n\n3\n\n4");
        check("<p>one<p>two", "one\n\ntwo");
        check(
            "<h2>Sub</h2>text<blockquote>quote</blockquote>",
            "Sub\n\ntext\n\nquote",
        );
        check("<table><tr><td>a</td><td>b</td></tr></table>", "a\n\nb");
        check(
            "<p>in<span>line</span> <a href=x>link</a><em> em</em></p>",
            "inline link em",
        );
        check("<p>   </p><div> </div><p>only</p>", "only");
        check("<pre>  keep\n   code </pre>", "keep code");
    }

    #[test]
    fn decodes_character_references() {
        check(
            "<p>Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;x&apos; a&nbsp;&nbsp; b</p>",
            "Tom & Jerry <3 \"hi\" 'x' a b",
        );
        check("<p>&#65;&#x42;&#X43;&#0039;</p>", "ABC'");
        check(
            "<p>&#0; &#xD800; &#x110000; &#99999999999;</p>",
            "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD}",
        );
        check(
            "<p>&rsquo;&lsquo;&rdquo;&ldquo;&sbquo;&bdquo;&mdash;&ndash;&hellip;&laquo;&raquo;</p>",
            "’‘”“‚„—–…«»",
        );
        check(
            "<p>&copy;&reg;&trade;&deg;&middot;&bull;&euro;&pound;</p>",
            "©®™°·•€£",
        );
        check(
            "<p>&eacute;&egrave;&aacute;&oacute;&uacute;&iacute;&ntilde;&uuml;&ouml;&auml;&szlig;&ccedil;</p>",
            "éèáóúíñüöäßç",
        );
        check(
            "<p>&bogus; AT&T &amp &#; &#xZZ; &#+5; &; &</p>",
            "&bogus; AT&T &amp &#; &#xZZ; &#+5; &; &",
        );
        check("<p>&amp;lt; stays one level</p>", "&lt; stays one level");
    }

    #[test]
    fn markup_in_the_text_stays_text() {
        check(
            "<p>Try &lt;script&gt;alert(1)&lt;/script&gt; and <img src=x onerror=alert(1)> done</p>",
            "Try <script>alert(1)</script> and done",
        );
        let page = extract("<title>&lt;b&gt;Bold&lt;/b&gt;</title><meta name=application-name content=\"A &lt;i&gt;\">");
        assert_eq!(page.title.as_deref(), Some("<b>Bold</b>"));
        assert_eq!(page.site.as_deref(), Some("A <i>"));
    }

    #[test]
    fn tolerates_malformed_markup() {
        check(
            "<P CLASS=lead>Upper <B>case</B></P><DIV>Next</div>",
            "Upper case\n\nNext",
        );
        check(
            "<p>a < b and c > d, x<3, 1 </ 2</p>",
            "a < b and c > d, x<3, 1 </ 2",
        );
        check(
            "<p title=\"x > y\" data-x='1 > 0' data-y=a>b>Quoted</p>",
            "b>Quoted",
        );
        check("<p>Unclosed <b>bold<p>Next", "Unclosed bold\n\nNext");
        check("<p>Half a tag <a href=\"x", "Half a tag");
        check("<p>Comment <!-- never closed <p>x</p>", "Comment");
        check("<p>x</span></div></p>y</br>z", "x\n\ny\n\nz");
        check(
            "<![CDATA[ hidden ]]><?php echo 1 ?><!DOCTYPE html><p>ok</p>",
            "ok",
        );
        check("<p>before</p><script>var x = \"<p>never</p>", "before");
        check(
            "<SCRIPT>if (a</b) x = \"</div>\"</SCRIPT ><p>ok</p><script>a</scripts>b</script>c",
            "ok\n\nc",
        );
        check("<scripty>not raw</scripty>", "not raw");
        check("<div/><p/>text<br  / >more", "text\n\nmore");
        check("<p =x a b='' c=\"\">attrs</p>", "attrs");
        check("<p>é<é>ü</é>ö</p>", "é<é>ü</é>ö");
    }

    #[test]
    fn picks_title_and_site() {
        let page = extract(
            "<title>Site | T</title><meta name=\"application-name\" content=\"App\">\
             <meta property=\"og:site_name\" content=\" The  Site \"><h1>Head &amp; more</h1><p>x</p>",
        );
        assert_eq!(page.title.as_deref(), Some("Head & more"));
        assert_eq!(page.site.as_deref(), Some("The Site"));
        let page = extract(
            "<title>  A &amp;\n B </title><p>x</p><meta name=application-name content=App>",
        );
        assert_eq!(page.title.as_deref(), Some("A & B"));
        assert_eq!(page.site.as_deref(), Some("App"));
        // An <h1> outside the chosen article is not the title.
        let page =
            extract("<title>T</title><h1>Site</h1><article><p>Long text here.</p></article>");
        assert_eq!(page.title.as_deref(), Some("T"));
        let page = extract("<meta property=og:title content=\"  \"><h1>H</h1>");
        assert_eq!(page.title.as_deref(), Some("H"));
        assert_eq!(extract("<p>no title</p>").title, None);
    }

    #[test]
    fn reads_dates() {
        for (value, expected) in [
            ("2024-02-29T10:00:00Z", Some("2024-02-29")),
            (" 2000-02-29 ", Some("2000-02-29")),
            ("2023-02-29", None),
            ("1900-02-29", None),
            ("2024-13-01", None),
            ("2024-00-10", None),
            ("2024-04-31", None),
            ("2024-04-00", None),
            ("2024-4-01", None),
            ("2024/04/01", None),
            ("20240401", None),
            ("2024-04-0é", None),
            ("", None),
        ] {
            assert_eq!(iso_date(value).as_deref(), expected, "{value:?}");
        }
        let date = |html: &str| extract(html).date;
        assert_eq!(
            date("<time datetime=2020-01-01></time><meta name=date content=2021-02-03>").as_deref(),
            Some("2021-02-03")
        );
        assert_eq!(
            date("<meta itemprop=datePublished content=soon><time datetime=\"2019-05-06T00:00\">x</time>")
                .as_deref(),
            Some("2019-05-06")
        );
        assert_eq!(
            date("<aside><time datetime=2018-01-01></time></aside><time datetime=nope><time datetime=2017-07-07>")
                .as_deref(),
            Some("2017-07-07")
        );
        assert_eq!(
            date("<meta name=date content=2024-02-30><time>today</time>"),
            None
        );
    }

    #[test]
    fn tells_html_from_prose() {
        for html in [
            "<!DOCTYPE html><html>",
            "\u{FEFF}  \n<html lang=en>",
            "<HEAD>",
            "<body>",
            "<article class=story>",
            "<meta charset=utf-8>",
            "<!-- saved from url -->\n<p>",
            "<p>Hello</p>",
            "<html",
            "<div/>",
        ] {
            assert!(looks_like_html(html), "{html:?}");
        }
        for prose in [
            "<3 you",
            "Less < more",
            "",
            "   ",
            "The <html> tag",
            "<htmlish> words",
            "<br> is a tag",
            "<!doctype",
            "<",
            "<é>",
        ] {
            assert!(!looks_like_html(prose), "{prose:?}");
        }
    }

    /// The extraction of `html`, checked for the shape every page has.
    fn assert_tidy(html: &str) -> Page {
        let page = extract(html);
        if !page.text.is_empty() {
            for paragraph in page.text.split("\n\n") {
                assert!(
                    !paragraph.is_empty() && paragraph.trim() == paragraph,
                    "{html:?}"
                );
                assert!(
                    !paragraph.contains(['\n', '\t']) && !paragraph.contains("  "),
                    "{html:?}"
                );
            }
        }
        for field in [&page.title, &page.site].into_iter().flatten() {
            assert!(!field.is_empty() && field.trim() == field, "{html:?}");
        }
        if let Some(date) = &page.date {
            assert_eq!(iso_date(date).as_ref(), Some(date), "{html:?}");
        }
        page
    }

    #[test]
    fn never_panics() {
        #[rustfmt::skip]
        const CHARS: &[&str] = &[
            "<", ">", "/", "!", "?", "-", "=", "\"", "'", " ", "&", "#", ";", "x", "X", "1", "a", "A",
            "p", "é", "😀", "\n", "[", "]",
        ];
        for s in crate::analysis::test_support::random_pieces(CHARS, 11, 3000, 60) {
            assert_tidy(&s);
            looks_like_html(&s);
        }
        // Whole pieces of markup, so tags, raw text and containers nest oddly.
        #[rustfmt::skip]
        const PIECES: &[&str] = &[
            "<p>", "</p>", "<div class=\"ad\">", "</div>", "<article>", "</ARTICLE>", "<script>",
            "</script", "<!--", "-->", "<title>", "</title>", "<meta property=og:title content='",
            "'>", "<", ">", "\"", "&amp;", "&#x1F600;", "&#", ";", "é", "😀", " ", "\n", "text",
            "<br/>", "<h1>", "</h1>", "<nav>", "<time datetime=2024-01-02>", "<![CDATA[", "]]>",
            "<?", "/", "=", "<main role=main>", "</main>", "&", "<header>", "<li>", "<body>",
            "Some words.", "<div>", "<span>", "</span>", "<b>", "</b>",
        ];
        let (mut texts, mut titles, mut dates) = (0, 0, 0);
        for html in crate::analysis::test_support::random_pieces(PIECES, 5, 3000, 30) {
            let page = assert_tidy(&html);
            texts += usize::from(!page.text.is_empty());
            titles += usize::from(page.title.is_some());
            dates += usize::from(page.date.is_some());
        }
        // The pieces do reach text, titles and dates, so those paths are run.
        assert!(
            texts > 1000 && titles > 100 && dates > 100,
            "{texts} {titles} {dates}"
        );
        for (i, _) in NEWS_PAGE.char_indices() {
            assert_tidy(&NEWS_PAGE[..i]);
        }
        assert_tidy(&"<div>".repeat(2000));
        assert_tidy(&"<p>x</q>".repeat(2000));
    }
}
