//! A small JSON reader: the bundled manifest now, and corpus files a user
//! loads later. Errors name the line and column where the text stops being
//! JSON, so a message can say where.
//!
//! Hand-written rather than `serde_json`'s deserializer because that costs
//! about 7 KB gzipped of the page for reading a few flat records; writing
//! JSON still goes through `serde_json` (see `export.rs`).

use std::fmt;

use super::terms::parse_decimal;

/// A JSON value. Objects keep their keys in the order written.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value under `key` of an object (the first, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// A string field, `None` when missing, null or not a string.
    pub fn str_field(&self, key: &str) -> Option<String> {
        self.get(key).and_then(Json::as_str).map(str::to_string)
    }
}

/// Where and why a text is not JSON. Lines and columns count from 1;
/// columns count characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.message, self.line, self.column
        )
    }
}

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 64;

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

/// Reads one JSON value; anything but white space after it is an error.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut r = Reader { text, at: 0 };
    let value = r.value(0)?;
    r.space();
    if r.at < text.len() {
        return Err(r.error("unexpected text after the end"));
    }
    Ok(value)
}

impl Reader<'_> {
    fn error(&self, message: &'static str) -> JsonError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        JsonError {
            line,
            column,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.space();
        match self.peek() {
            None => Err(self.error("unexpected end of text")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("null") => Ok(Json::Null),
            _ if self.eat("true") => Ok(Json::Bool(true)),
            _ if self.eat("false") => Ok(Json::Bool(false)),
            _ => Err(self.error("expected a value")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut fields = Vec::new();
        self.space();
        if self.eat("}") {
            return Ok(Json::Object(fields));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a quoted key"));
            }
            let key = self.string()?;
            self.space();
            if !self.eat(":") {
                return Err(self.error("expected ':' after a key"));
            }
            let value = self.value(depth + 1)?;
            fields.push((key, value));
            self.space();
            if self.eat("}") {
                return Ok(Json::Object(fields));
            }
            if !self.eat(",") {
                return Err(self.error("expected ',' or '}'"));
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.eat("]") {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.space();
            if self.eat("]") {
                return Ok(Json::Array(items));
            }
            if !self.eat(",") {
                return Err(self.error("expected ',' or ']'"));
            }
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        let start = self.at;
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let Some(stop) = rest.find(['"', '\\']) else {
                self.at = start;
                return Err(self.error("unterminated string"));
            };
            if rest[..stop].contains(|c: char| (c as u32) < 0x20) {
                return Err(self.error("control character in a string"));
            }
            out.push_str(&rest[..stop]);
            self.at += stop;
            if self.eat("\"") {
                return Ok(out);
            }
            self.at += 1;
            let c = match self.peek() {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => {
                    self.at += 1;
                    let high = self.hex4()?;
                    let code = if (0xD800..0xDC00).contains(&high) && self.eat("\\u") {
                        let low = self.hex4()?;
                        0x10000 + ((high - 0xD800) << 10) + low.wrapping_sub(0xDC00)
                    } else {
                        high
                    };
                    out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                    continue;
                }
                _ => return Err(self.error("unknown escape in a string")),
            };
            out.push(c);
            self.at += 1;
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.text.get(self.at..self.at + 4);
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(v) if digits.is_some_and(|d| d.bytes().all(|b| b.is_ascii_hexdigit())) => {
                self.at += 4;
                Ok(v)
            }
            _ => Err(self.error("expected four hex digits after \\u")),
        }
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        let rest = &self.text.as_bytes()[start..];
        let len = rest
            .iter()
            .position(|b| !matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
            .unwrap_or(rest.len());
        let raw = &self.text[start..start + len];
        let (mantissa, exponent) = match raw.find(['e', 'E']) {
            Some(i) => (&raw[..i], Some(&raw[i + 1..])),
            None => (raw, None),
        };
        let value = parse_decimal(mantissa).filter(|_| !mantissa.contains(','));
        let exponent = match exponent {
            None => Some(0),
            Some(e) => e
                .strip_prefix('+')
                .unwrap_or(e)
                .parse::<i32>()
                .ok()
                .filter(|_| !e.is_empty()),
        };
        match (value, exponent) {
            (Some(v), Some(e)) if !mantissa.ends_with('.') => {
                self.at += len;
                Ok(Json::Number(v * 10f64.powi(e)))
            }
            _ => Err(self.error("malformed number")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Result<Json, (usize, usize)>) {
        let got = parse(text).map_err(|e| (e.line, e.column));
        assert_eq!(got, expected, "{text:?}");
    }

    #[test]
    fn reads_values_in_order() {
        use Json::*;
        check(
            r#" {"b": [1, -2.5, 3e2, true, null], "a": "x\"\u00e9\n\ud83d\ude00"} "#,
            Ok(Object(vec![
                (
                    "b".into(),
                    Array(vec![
                        Number(1.0),
                        Number(-2.5),
                        Number(300.0),
                        Bool(true),
                        Null,
                    ]),
                ),
                ("a".into(), String("x\"é\n😀".into())),
            ])),
        );
        check("[]", Ok(Array(vec![])));
        check("{}", Ok(Object(vec![])));
    }

    #[test]
    fn errors_say_where() {
        check("{\"a\": 1,\n  \"b\" 2}", Err((2, 7)));
        check("[1, 2", Err((1, 6)));
        check("{\"a\": tru}", Err((1, 7)));
        check("\"open", Err((1, 1)));
        check("[1] x", Err((1, 5)));
        check("", Err((1, 1)));
        check("[1.]", Err((1, 2)));
        check("\"\\q\"", Err((1, 3)));
        check(&"[".repeat(100), Err((1, 66)));
    }

    #[test]
    fn never_panics() {
        for s in
            crate::analysis::test_support::random_strings("{}[]\",:\\u0e-+.1 tfnal\n", 3, 400, 30)
        {
            let _ = parse(&s);
        }
    }
}
