//! Criterion benchmarks of the analysis core, run natively:
//! `cargo bench --no-default-features --bench analysis`.

use criterion::{criterion_group, criterion_main, Criterion};
use parallax::analysis::corpus::{bundled_analysis, bundled_sources};
use parallax::analysis::{analyze, search::FoldedText};

fn bench_bundled(c: &mut Criterion) {
    let (title, sources) = bundled_sources();
    c.bench_function("analyze bundled corpus (5 articles)", |b| {
        b.iter(|| analyze(&title, std::hint::black_box(sources.clone())))
    });
    let analysis = bundled_analysis();
    let texts: Vec<&FoldedText> = analysis.articles.iter().map(|a| &a.folded).collect();
    c.bench_function("search one phrase in the bundled corpus", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| t.find(std::hint::black_box("cambridge analytica")).len())
                .sum::<usize>()
        })
    });
}

criterion_group!(benches, bench_bundled);
criterion_main!(benches);
