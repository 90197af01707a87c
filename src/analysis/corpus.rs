//! The bundled story: five articles compiled into the binary.
//!
//! The texts and the manifest live under `static/corpus/` verbatim and are
//! pulled in with `include_str!`, so the page never fetches them at run time.

use serde::Deserialize;

use super::article::{analyze, Analysis, ArticleSource};

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

#[derive(Debug, Deserialize)]
struct Manifest {
    story: String,
    articles: Vec<ManifestEntry>,
}

#[derive(Debug, Deserialize)]
struct ManifestEntry {
    file: String,
    slug: String,
    outlet: String,
    label: String,
    headline: Option<String>,
    date: Option<String>,
    date_note: Option<String>,
    identified_by: Option<String>,
}

/// The bundled story's title and article sources, in manifest order.
///
/// The manifest is part of the build; a test checks it agrees with the files,
/// so a broken manifest cannot ship. An entry whose file is missing is skipped
/// rather than panicking.
pub fn bundled_sources() -> (String, Vec<ArticleSource>) {
    let manifest: Manifest = match serde_json::from_str(MANIFEST) {
        Ok(m) => m,
        Err(_) => return ("Parallax".to_string(), Vec::new()),
    };
    let sources = manifest
        .articles
        .into_iter()
        .filter_map(|entry| {
            let text = FILES.iter().find(|(name, _)| *name == entry.file)?.1;
            Some(ArticleSource {
                slug: entry.slug,
                outlet: entry.outlet,
                label: entry.label,
                headline: entry.headline,
                date: entry.date,
                date_note: entry.date_note,
                identified_by: entry.identified_by,
                text: text.to_string(),
            })
        })
        .collect();
    (manifest.story, sources)
}

/// The analysis of the bundled story.
pub fn bundled_analysis() -> Analysis {
    let (title, sources) = bundled_sources();
    analyze(&title, sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_and_files_agree() {
        let manifest: Manifest = serde_json::from_str(MANIFEST).expect("manifest parses");
        assert_eq!(manifest.articles.len(), FILES.len());
        for (entry, (file, text)) in manifest.articles.iter().zip(FILES) {
            assert_eq!(&entry.file, file, "manifest order follows FILES");
            assert!(!text.trim().is_empty(), "{file} is empty");
            assert!(!entry.outlet.is_empty() && !entry.label.is_empty());
            assert_eq!(
                super::super::article::slugify(&entry.slug),
                entry.slug,
                "slug of {file} is URL-safe"
            );
            // The manifest headline must be words the article really prints.
            if let Some(headline) = &entry.headline {
                assert!(
                    text.contains(headline.as_str()),
                    "{file} headline not in text"
                );
            }
            // A date is only given where the text itself shows it.
            if let Some(date) = &entry.date {
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
        originals.sort();
        let mut ours: Vec<String> = FILES.iter().map(|(_, t)| t.to_string()).collect();
        ours.sort();
        assert_eq!(originals, ours);
    }
}
