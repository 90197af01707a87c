//! `parallax-analyze [FILE ...]`: prints the whole analysis as JSON.
//!
//! Without files it analyses the bundled story; with files, each file is one
//! plain-text article whose outlet is the file's stem. Problems with a file
//! (missing, unreadable, not UTF-8, empty) are reported on stderr with the
//! file's name, and the command exits with status 2 without printing JSON.

use std::path::Path;
use std::process::ExitCode;

use parallax::analysis::corpus::bundled_analysis;
use parallax::analysis::export::to_json;
use parallax::analysis::{analyze, ArticleSource};

fn read_article(path: &Path) -> Result<ArticleSource, String> {
    let name = path.display();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read the file ({e})"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (invalid byte at offset {}); save it as UTF-8 plain text",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err(format!("{name}: the file holds no text"));
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article".to_string());
    Ok(ArticleSource::from_text(&stem, &text))
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.iter().any(|f| f == "-h" || f == "--help") {
        println!("usage: parallax-analyze [FILE ...]\nPrints the analysis as JSON (schema in README.md). No files: the bundled story.");
        return ExitCode::SUCCESS;
    }
    let analysis = if files.is_empty() {
        bundled_analysis()
    } else {
        let mut sources = Vec::new();
        let mut errors = Vec::new();
        for f in &files {
            match read_article(Path::new(f)) {
                Ok(source) => sources.push(source),
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            for e in errors {
                eprintln!("parallax-analyze: {e}");
            }
            return ExitCode::from(2);
        }
        analyze("Articles from the command line", sources)
    };
    println!("{}", to_json(&analysis));
    ExitCode::SUCCESS
}
