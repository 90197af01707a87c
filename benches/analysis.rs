//! Criterion benchmarks of the analysis core, run natively:
//! `cargo bench --no-default-features --bench analysis`.
//! The bundled story (whole, and its entities, quantities and quotes
//! alone), one search, and a synthetic corpus of 25 to 200
//! articles of ~800 words, to show how the full analysis grows.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use parallax::analysis::corpus::{bundled_analysis, bundled_sources};
use parallax::analysis::{
    analyze, entities, language, profiles, quantities, quotes, search::FoldedText, similarity,
};

#[path = "../tests/common/synthetic.rs"]
mod synthetic;

fn bench_bundled(c: &mut Criterion) {
    let (title, sources) = bundled_sources();
    c.bench_function("analyze bundled corpus (5 articles)", |b| {
        b.iter(|| analyze(&title, std::hint::black_box(sources.clone())))
    });
    let analysis = bundled_analysis();
    c.bench_function("entities of the bundled corpus", |b| {
        b.iter(|| entities::find(std::hint::black_box(&analysis.articles)))
    });
    c.bench_function("quantities and measures of the bundled corpus", |b| {
        b.iter(|| {
            let q = quantities::find(std::hint::black_box(&analysis.articles), &analysis.claims);
            quantities::measures(&analysis.articles, &analysis.claims, &q)
        })
    });
    c.bench_function("quotes and sources of the bundled corpus", |b| {
        b.iter(|| quotes::find(std::hint::black_box(&analysis.articles)))
    });
    c.bench_function("language marks of the bundled corpus", |b| {
        b.iter(|| language::find(std::hint::black_box(&analysis.articles), &analysis.quotes))
    });
    c.bench_function(
        "profiles and pairwise similarity of the bundled corpus",
        |b| {
            b.iter(|| {
                let p = profiles::profiles(
                    std::hint::black_box(&analysis.articles),
                    &analysis.claims,
                    &analysis.quotes,
                    &analysis.language,
                );
                similarity::compare(
                    &analysis.articles,
                    &analysis.claims,
                    &analysis.entities,
                    &analysis.quantities,
                    &p,
                )
            })
        },
    );
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

fn bench_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze synthetic corpus (~800 words each)");
    group.sample_size(10);
    for n in [25usize, 50, 100, 200] {
        let sources = synthetic::corpus(n, 800);
        group.bench_with_input(BenchmarkId::from_parameter(n), &sources, |b, s| {
            b.iter(|| analyze("synthetic", std::hint::black_box(s.clone())))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_bundled, bench_scaling);
criterion_main!(benches);
