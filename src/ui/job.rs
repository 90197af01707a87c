//! Runs the analysis of a new set of articles in slices between browser
//! tasks, so input stays live and a progress bar can move: each slice reads
//! articles for about [`SLICE_MS`], then yields; the last slice compares
//! them. See ARCHITECTURE.md for why this is not a Web Worker.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::Callback;

use crate::analysis::import::Corpus;
use crate::analysis::{Analysis, Analyzer};

/// How long one slice may read articles before the browser gets a turn.
const SLICE_MS: f64 = 12.0;

/// A running analysis; `cancel` stops it at the next slice.
pub struct Job(Rc<Cell<bool>>);

impl Job {
    pub fn cancel(&self) {
        self.0.set(true);
    }
}

/// Progress is (articles read, articles in the set); reading all of them
/// means the comparison is under way.
pub fn start(
    corpus: &Corpus,
    on_progress: Callback<(usize, usize)>,
    on_done: Callback<Rc<Analysis>>,
) -> Job {
    let cancelled = Rc::new(Cell::new(false));
    let analyzer = Rc::new(RefCell::new(Some(Analyzer::new(
        &corpus.title,
        corpus.sources.clone(),
    ))));
    on_progress.emit((0, corpus.sources.len()));
    next(Slice {
        analyzer,
        cancelled: cancelled.clone(),
        on_progress,
        on_done,
    });
    Job(cancelled)
}

struct Slice {
    analyzer: Rc<RefCell<Option<Analyzer>>>,
    cancelled: Rc<Cell<bool>>,
    on_progress: Callback<(usize, usize)>,
    on_done: Callback<Rc<Analysis>>,
}

fn next(slice: Slice) {
    Timeout::new(0, move || run(slice)).forget();
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn run(slice: Slice) {
    if slice.cancelled.get() {
        return;
    }
    let mut cell = slice.analyzer.borrow_mut();
    let Some(analyzer) = cell.as_mut() else {
        return;
    };
    let (read, total) = analyzer.progress();
    if read == total {
        let analysis = cell.take().map(Analyzer::finish);
        drop(cell);
        if let Some(analysis) = analysis {
            slice.on_done.emit(Rc::new(analysis));
        }
        return;
    }
    let deadline = now() + SLICE_MS;
    while analyzer.step() && now() < deadline {}
    slice.on_progress.emit(analyzer.progress());
    drop(cell);
    next(slice);
}
