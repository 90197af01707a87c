//! The `parallax-analyze` command end to end: the documented JSON for the
//! bundled story and for files, and clear errors for bad files.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use serde_json::Value;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax-analyze"))
        .args(args)
        .output()
        .expect("the command runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Checks the document against the schema in the README: offsets slice the
/// text, claims point at existing sentences, labels are mention texts.
fn check_document(doc: &Value) {
    assert_eq!(doc["schema"], "parallax-analysis/1");
    let articles = doc["articles"].as_array().unwrap();
    for a in articles {
        let text = a["text"].as_str().unwrap();
        for s in a["sentences"].as_array().unwrap() {
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert!(
                start < end && text.get(start..end).is_some(),
                "sentence offsets slice the text"
            );
            assert_eq!(
                s["boilerplate"].as_bool().unwrap(),
                s["boilerplate_reason"].is_string()
            );
        }
    }
    for c in doc["claims"].as_array().unwrap() {
        assert!(c["id"].as_str().unwrap().starts_with('c'));
        assert!(!c["label"].as_str().unwrap().is_empty());
        let outlets: Vec<&str> = c["outlets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_str().unwrap())
            .collect();
        for m in c["mentions"].as_array().unwrap() {
            let slug = m["article"].as_str().unwrap();
            assert!(outlets.contains(&slug));
            let article = articles.iter().find(|a| a["id"] == slug).unwrap();
            let sentence = &article["sentences"][m["sentence"].as_u64().unwrap() as usize];
            assert_eq!(
                sentence["boilerplate"], false,
                "boilerplate never forms claims"
            );
            if let Some(start) = m["start"].as_u64() {
                let end = m["end"].as_u64().unwrap();
                assert!(
                    start >= sentence["start"].as_u64().unwrap()
                        && end <= sentence["end"].as_u64().unwrap()
                );
            }
        }
        for l in c["links"].as_array().unwrap() {
            let score = l["score"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&score));
        }
    }
    // Every place of an entity mention, quantity, quote, source and language
    // mark names an article and byte offsets whose words are the `text` it
    // reports.
    let text_of = |id: &str| {
        articles
            .iter()
            .find(|a| a["id"] == id)
            .and_then(|a| a["text"].as_str())
            .unwrap_or_else(|| panic!("unknown article {id}"))
    };
    let check_place = |p: &Value| {
        let text = text_of(p["article"].as_str().unwrap());
        let (start, end) = (
            p["start"].as_u64().unwrap() as usize,
            p["end"].as_u64().unwrap() as usize,
        );
        let words: Vec<&str> = text[start..end].split_whitespace().collect();
        assert_eq!(words.join(" "), p["text"].as_str().unwrap());
        assert!(p["sentence"].as_u64().is_some());
    };
    let claim_ids: Vec<&str> = doc["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let mut entity_ids = Vec::new();
    for e in doc["entities"].as_array().unwrap() {
        entity_ids.push(e["id"].as_str().unwrap());
        assert!(["person", "organization", "outlet", "place", "other"]
            .contains(&e["kind"].as_str().unwrap()));
        assert!(!e["name"].as_str().unwrap().is_empty());
        let counted: u64 = e["counts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["mentions"].as_u64().unwrap())
            .sum();
        assert_eq!(counted as usize, e["mentions"].as_array().unwrap().len());
        e["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .for_each(check_place);
    }
    let quantity_ids: Vec<&str> = doc["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            check_place(q);
            assert!(["money", "count", "percent", "date", "duration"]
                .contains(&q["kind"].as_str().unwrap()));
            if let (Some(low), Some(high)) = (q["low"].as_f64(), q["high"].as_f64()) {
                assert!(low <= high);
            }
            if let Some(c) = q["claim"].as_str() {
                assert!(claim_ids.contains(&c));
            }
            q["id"].as_str().unwrap()
        })
        .collect();
    for d in doc["discrepancies"].as_array().unwrap() {
        assert!(["consistent", "conflicting"].contains(&d["verdict"].as_str().unwrap()));
        assert!(!d["explanation"].as_str().unwrap().is_empty());
        for q in d["quantities"].as_array().unwrap() {
            assert!(quantity_ids.contains(&q.as_str().unwrap()));
        }
    }
    let mut quote_ids = Vec::new();
    for q in doc["quotes"].as_array().unwrap() {
        quote_ids.push(q["id"].as_str().unwrap());
        check_place(q);
        assert!(q["group"].as_str().unwrap().starts_with('g'));
    }
    for s in doc["sources"].as_array().unwrap() {
        check_place(s);
        assert!(["outlet", "document", "named", "anonymous", "post"]
            .contains(&s["kind"].as_str().unwrap()));
    }
    let categories = [
        "loaded",
        "intensifier",
        "emotive",
        "label",
        "action",
        "hedge",
        "booster",
        "caps",
        "exclamation",
    ];
    for (i, m) in doc["language"].as_array().unwrap().iter().enumerate() {
        assert_eq!(m["id"], format!("l{}", i + 1));
        check_place(m);
        assert!(categories.contains(&m["category"].as_str().unwrap()));
        assert!(!m["rule"].as_str().unwrap().is_empty());
        match m["voice"].as_str().unwrap() {
            "own" => assert!(m["quote"].is_null()),
            "quoted" => assert!(quote_ids.contains(&m["quote"].as_str().unwrap())),
            other => panic!("unknown voice {other}"),
        }
        assert!(m["boilerplate"].is_boolean());
    }
    // One profile per article, in article order, marks under every category.
    let profiles = doc["profiles"].as_array().unwrap();
    assert_eq!(profiles.len(), articles.len());
    for (p, a) in profiles.iter().zip(articles) {
        assert_eq!(p["article"], a["id"]);
        let count = |field: &str| p[field].as_u64().unwrap();
        assert!(count("shared_claims") <= count("claims"));
        assert!(count("attributed_sentences") <= count("sentences"));
        let marks = p["marks"].as_object().unwrap();
        assert_eq!(marks.len(), categories.len());
        for c in categories {
            assert!(marks[c]["own"].is_u64() && marks[c]["quoted"].is_u64());
        }
        for share in ["boilerplate_share", "shared_share"] {
            assert!((0.0..=1.0).contains(&p[share].as_f64().unwrap()));
        }
    }
    // Every pair of different articles once, scores in [0, 1], evidence ids
    // that exist.
    let pairs = doc["similarity"].as_array().unwrap();
    assert_eq!(
        pairs.len(),
        articles.len() * articles.len().saturating_sub(1) / 2
    );
    for p in pairs {
        let (a, b) = (p["a"].as_str().unwrap(), p["b"].as_str().unwrap());
        assert_ne!(a, b);
        for slug in [a, b] {
            assert!(
                articles.iter().any(|x| x["id"] == slug),
                "unknown article {slug}"
            );
        }
        let scores = p["scores"].as_object().unwrap();
        assert_eq!(scores.len(), 6);
        for d in ["overall", "entities", "time", "narrative", "tone", "style"] {
            assert!((0.0..=1.0).contains(&scores[d].as_f64().unwrap()), "{d}");
        }
        let evidence = &p["evidence"];
        for e in evidence["entities"].as_array().unwrap() {
            assert!(entity_ids.contains(&e.as_str().unwrap()));
        }
        for c in evidence["claims"].as_array().unwrap() {
            assert!(claim_ids.contains(&c.as_str().unwrap()));
        }
        for d in evidence["dates"].as_array().unwrap() {
            assert!(quantity_ids.contains(&d["a"].as_str().unwrap()));
            assert!(quantity_ids.contains(&d["b"].as_str().unwrap()));
        }
    }
}

#[test]
fn bundled_story_as_json() {
    let (code, out, err) = run(&[]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    check_document(&doc);
    let ids: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["od", "blog", "fud", "hill", "tpm"]);
    let shared = doc["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["outlets"].as_array().unwrap().len() > 1)
        .count();
    assert!(shared >= 5, "the five articles share claims");
    // The particulars are there: names, figures with a conflict, quotes.
    assert!(doc["entities"].as_array().unwrap().len() >= 10);
    assert!(doc["discrepancies"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["verdict"] == "conflicting"));
    assert!(doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["speaker"] == "Alexander Nix"));
}

#[test]
fn files_become_articles_named_by_their_stem() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("Daily Planet.txt");
    let b = dir.join("gazette.txt");
    std::fs::write(
        &a,
        "Mayor resigns\n\nThe mayor resigned on Monday after the audit. Her deputy takes over.",
    )
    .unwrap();
    std::fs::write(
        &b,
        "Audit topples mayor\n\nOn Monday the mayor resigned after the audit was published.",
    )
    .unwrap();
    let (code, out, err) = run(&[a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    check_document(&doc);
    assert_eq!(doc["articles"][0]["outlet"], "Daily Planet");
    assert_eq!(doc["articles"][0]["id"], "daily-planet");
    assert_eq!(doc["articles"][1]["id"], "gazette");
    std::fs::remove_dir_all(&dir).ok();
}

/// Every kind of bad input the page's import rejects, rejected here with the
/// same message (both call `analysis::import`), one line per file.
#[test]
fn bad_files_get_the_page_messages_and_nothing_is_printed() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let cases = [
        (
            file("photo.txt", &[0xff, 0xd8, 0xff, 0xe0, 0x00]),
            "is not a text file (binary data at byte 4)",
        ),
        (
            file("latin1.txt", b"caf\xe9"),
            "is not UTF-8 text (byte 3 cannot be read)",
        ),
        (file("wide.txt", b"\xff\xfeh\x00"), "is saved as UTF-16"),
        (file("empty.txt", b"  \n "), "has no text."),
        (
            file("big.txt", &vec![b'a'; 5 * 1024 * 1024 + 1]),
            "over the limit of 5 MB per file",
        ),
        (
            file("scan.pdf", b"%PDF-1.4"),
            "is not a type Parallax reads",
        ),
        (
            file("broken.json", b"{\"articles\": [\n  {\"outlet\": 1,}\n]}"),
            "is not valid JSON: expected a quoted key at line 2, column 16",
        ),
        (
            file("other.json", b"{\"items\": []}"),
            "is not a Parallax corpus: it has no \"articles\" list",
        ),
        (
            file(
                "menu.html",
                b"<html><body><nav>Home</nav><script>go()</script></body></html>",
            ),
            "has no article text",
        ),
    ];
    let mut args: Vec<&str> = cases.iter().map(|(p, _)| p.as_str()).collect();
    let missing = dir.join("missing.txt");
    args.push(missing.to_str().unwrap());
    let (code, out, err) = run(&args);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), cases.len() + 1, "{err}");
    for ((path, message), line) in cases.iter().zip(&lines) {
        let bytes = std::fs::read(path).unwrap();
        let same = parallax::analysis::import::read_file(path, &bytes).unwrap_err();
        assert_eq!(*line, format!("parallax-analyze: {same}"));
        assert!(line.contains(message), "{line}");
        assert!(line.contains(&format!("“{path}”")), "{line}");
    }
    assert!(
        lines[cases.len()].contains("missing.txt” cannot be read"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn duplicates_and_corpus_files_are_read_like_the_page() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-set-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    std::fs::write(&a, "The mayor resigned on Monday.").unwrap();
    let b = dir.join("b.md");
    std::fs::write(&b, "The mayor  resigned on Monday.\n").unwrap();
    let (code, out, err) = run(&[a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.contains("b.md” has the same text as “a”, already loaded."),
        "{err}"
    );

    let set = dir.join("set.json");
    std::fs::write(
        &set,
        r#"{"title": "Mayor", "articles": [{"outlet": "Daily", "text": "The mayor resigned on Monday."}, {"outlet": "Gazette", "date": "2024-03-04", "text": "On Monday the mayor quit."}]}"#,
    )
    .unwrap();
    let page = dir.join("page.html");
    std::fs::write(
        &page,
        "<html><head><meta property=\"og:site_name\" content=\"Herald\"></head><body><nav>Menu</nav><article><p>The mayor left office on Monday.</p></article></body></html>",
    )
    .unwrap();
    let (code, out, err) = run(&[set.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["title"], "Mayor");
    assert_eq!(doc["articles"][1]["date"], "2024-03-04");
    let (code, out, err) = run(&[set.to_str().unwrap(), page.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    check_document(&doc);
    assert_eq!(doc["title"], "Your articles");
    let outlets: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["outlet"].as_str().unwrap())
        .collect();
    assert_eq!(outlets, ["Daily", "Gazette", "Herald"]);
    assert_eq!(
        doc["articles"][2]["text"],
        "The mayor left office on Monday."
    );
    std::fs::remove_dir_all(&dir).ok();
}
