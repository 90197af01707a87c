//! The bundled story: five articles compiled into the binary.
//!
//! The texts and the manifest live under `static/corpus/` verbatim and are
//! pulled in with `include_str!`, so the page never fetches them at run time.

use super::article::{analyze, Analysis, ArticleSource};
use super::json::{self, Json};

const MANIFEST: &str = include_str!("../../static/corpus/manifest.json");

/// (file name, text) for every bundled article, in manifest order.
const FILES: &[(&str, &str)] = &[
    (
        "occupy-democrats.txt",
        include_str!("../../static/corpus/occupy-democrats.txt"),
    ),
    (
        "progressive-blog.txt",
        include_str!("../../static/corpus/progressive-blog.txt"),
    ),
    (
        "fudzilla.txt",
        include_str!("../../static/corpus/fudzilla.txt"),
    ),
    (
        "the-hill.txt",
        include_str!("../../static/corpus/the-hill.txt"),
    ),
    (
        "talking-points-memo.txt",
        include_str!("../../static/corpus/talking-points-memo.txt"),
    ),
];

/// The manifest's story title and its article entries.
fn manifest() -> (String, Vec<Json>) {
    match json::parse(MANIFEST) {
        Ok(doc) => (
            doc.str_field("story").unwrap_or_else(|| "Parallax".into()),
            doc.get("articles")
                .and_then(Json::as_array)
                .map(<[Json]>::to_vec)
                .unwrap_or_default(),
        ),
        Err(_) => ("Parallax".to_string(), Vec::new()),
    }
}

/// The bundled story's title and article sources, in manifest order.
///
/// The manifest is part of the build; a test checks it agrees with the files,
/// so a broken manifest cannot ship. An entry whose file is missing is skipped
/// rather than panicking.
pub fn bundled_sources() -> (String, Vec<ArticleSource>) {
    let (story, entries) = manifest();
    let sources = entries
        .iter()
        .filter_map(|entry| {
            let file = entry.str_field("file")?;
            let text = FILES.iter().find(|(name, _)| *name == file)?.1;
            Some(ArticleSource {
                slug: entry.str_field("slug")?,
                outlet: entry.str_field("outlet")?,
                label: entry.str_field("label")?,
                headline: entry.str_field("headline"),
                date: entry.str_field("date"),
                date_note: entry.str_field("date_note"),
                identified_by: entry.str_field("identified_by"),
                text: text.to_string(),
            })
        })
        .collect();
    (story, sources)
}

/// The analysis of the bundled story.
pub fn bundled_analysis() -> Analysis {
    let (title, sources) = bundled_sources();
    analyze(&title, sources)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::sort;

    #[test]
    fn manifest_and_files_agree() {
        json::parse(MANIFEST).expect("manifest parses");
        let (story, entries) = manifest();
        assert!(!story.is_empty());
        assert_eq!(entries.len(), FILES.len());
        for (entry, (file, text)) in entries.iter().zip(FILES) {
            let field = |k: &str| entry.str_field(k);
            assert_eq!(
                field("file").as_deref(),
                Some(*file),
                "manifest order follows FILES"
            );
            assert!(!text.trim().is_empty(), "{file} is empty");
            let slug = field("slug").expect("slug");
            assert!(field("outlet").is_some_and(|o| !o.is_empty()));
            assert!(field("label").is_some_and(|l| !l.is_empty()));
            assert_eq!(
                super::super::article::slugify(&slug),
                slug,
                "slug of {file} is URL-safe"
            );
            // The manifest headline must be words the article really prints.
            if let Some(headline) = field("headline") {
                assert!(
                    text.contains(headline.as_str()),
                    "{file} headline not in text"
                );
            }
            // A date is only given where the text itself shows it.
            if let Some(date) = field("date") {
                let (y, rest) = date.split_once('-').expect("ISO date");
                assert!(text.contains(y), "{file}: year {y} not in text");
                assert_eq!(rest.len(), 5);
            }
        }
        let (_, sources) = bundled_sources();
        assert_eq!(sources.len(), FILES.len());
    }

    #[test]
    fn bundled_files_match_the_shared_corpus_verbatim() {
        // The shared corpus sits beside the repository on the team's machines
        // and in CI; compare byte for byte when it is there.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut originals: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect();
        sort::sort(&mut originals);
        let mut ours: Vec<String> = FILES.iter().map(|(_, t)| t.to_string()).collect();
        sort::sort(&mut ours);
        assert_eq!(originals, ours);
    }
}
