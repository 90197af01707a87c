//! Reading and writing `key=value&key=value` URL hashes.
//!
//! Hand-written rather than a URL crate: the hash holds a handful of short
//! fields, and a crate would add bundle weight for no gain. Decoding never
//! fails; a field that cannot be read is dropped and reported by name.

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as a space). `None` when an escape is
/// broken or the bytes are not UTF-8.
pub fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = value.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Splits a hash (with or without the leading `#`) into decoded pairs, in
/// order. Pairs whose value cannot be decoded come back as `Err(key)`.
pub fn parse_pairs(hash: &str) -> Vec<Result<(String, String), String>> {
    hash.trim_start_matches('#')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            match decode(value) {
                Some(v) => Ok((key.to_string(), v)),
                None => Err(key.to_string()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_any_text() {
        for s in [
            "",
            "plain",
            "two words",
            "Trump’s & “Nix”",
            "a=b&c",
            "100%",
            "日本",
        ] {
            assert_eq!(decode(&encode(s)).as_deref(), Some(s));
        }
    }

    #[test]
    fn broken_escapes_are_refused_not_panicked_on() {
        assert_eq!(decode("%"), None);
        assert_eq!(decode("%4"), None);
        assert_eq!(decode("%zz"), None);
        assert_eq!(decode("%FF"), None);
        assert_eq!(decode("%E2%80"), None);
        assert_eq!(decode("a+b"), Some("a b".into()));
    }

    #[test]
    fn pairs_keep_order_and_flag_bad_values() {
        let pairs = parse_pairs("#q=a%20b&x&bad=%zz");
        assert_eq!(pairs[0], Ok(("q".into(), "a b".into())));
        assert_eq!(pairs[1], Ok(("x".into(), "".into())));
        assert_eq!(pairs[2], Err("bad".into()));
        assert!(parse_pairs("").is_empty());
        assert!(parse_pairs("#").is_empty());
    }
}
