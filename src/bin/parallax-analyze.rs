//! `parallax-analyze [FILE ...]`: prints the whole analysis as JSON.
//!
//! Without files it analyses the bundled story. With files it reads them as
//! the page's import does (`analysis::import`): `.txt`, `.md`, `.html` and
//! corpus `.json`, with the same limits and the same messages. Any problem is
//! reported on stderr, one line per file, and the command exits with status 2
//! without printing JSON.

use std::path::Path;
use std::process::ExitCode;

use parallax::analysis::analyze;
use parallax::analysis::corpus::bundled_analysis;
use parallax::analysis::export::to_json;
use parallax::analysis::import::{self, Corpus, ImportError, USER_TITLE};

fn read(path: &Path) -> Result<Corpus, String> {
    let name = path.display().to_string();
    let cannot = |e: std::io::Error| {
        ImportError::Unreadable {
            name: import::file_label(&name),
            reason: e.to_string(),
        }
        .to_string()
    };
    let size = std::fs::metadata(path).map_err(cannot)?.len();
    import::check_size(&name, usize::try_from(size).unwrap_or(usize::MAX))
        .map_err(|e| e.to_string())?;
    let bytes = std::fs::read(path).map_err(cannot)?;
    import::read_file(&name, &bytes).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.iter().any(|f| f == "-h" || f == "--help") {
        println!(
            "usage: parallax-analyze [FILE ...]\n\
             Prints the analysis as JSON (schema in README.md). No files: the bundled story.\n\
             Files may be .txt, .md, .html or a corpus .json ({}).",
            import::LIMITS
        );
        return ExitCode::SUCCESS;
    }
    let analysis = if files.is_empty() {
        bundled_analysis()
    } else {
        let mut sources = Vec::new();
        let mut errors = Vec::new();
        let mut title = USER_TITLE.to_string();
        for f in &files {
            let added = read(Path::new(f)).and_then(|new| {
                // One corpus file alone names the comparison.
                if files.len() == 1 {
                    title = new.title.clone();
                }
                import::add(&sources, new.sources, &import::file_label(f))
                    .map_err(|e| e.to_string())
            });
            match added {
                Ok(all) => sources = all,
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            for e in errors {
                eprintln!("parallax-analyze: {e}");
            }
            return ExitCode::from(2);
        }
        analyze(&title, sources)
    };
    println!("{}", to_json(&analysis));
    ExitCode::SUCCESS
}
