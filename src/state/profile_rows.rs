//! What the profiles page charts and tabulates: one metric per chart, each
//! read off the per-article profile, and numbers written with integer
//! arithmetic (the float formatter would cost the page some 4 KB gzipped).

use crate::analysis::language::Category;
use crate::analysis::profiles::Profile;

/// One measured property of an article.
pub struct Metric {
    pub slug: &'static str,
    pub label: &'static str,
    /// Shown after the value in tables ("%", "per 100 sentences").
    pub unit: &'static str,
    pub decimals: u32,
    pub value: fn(&Profile) -> f64,
}

fn rate(p: &Profile, c: Category, own: bool) -> f64 {
    let counts = if own { &p.own } else { &p.quoted };
    p.per_1000_words(counts[c.index()])
}

/// Every metric, in the order the page shows them.
pub const METRICS: [Metric; 12] = [
    Metric {
        slug: "words",
        label: "Words (outside boilerplate)",
        unit: "",
        decimals: 0,
        value: |p| p.words as f64,
    },
    Metric {
        slug: "sentences",
        label: "Sentences (outside boilerplate)",
        unit: "",
        decimals: 0,
        value: |p| p.sentences as f64,
    },
    Metric {
        slug: "reading",
        label: "Reading time",
        unit: " min",
        decimals: 1,
        value: |p| p.reading_seconds() as f64 / 60.0,
    },
    Metric {
        slug: "boilerplate",
        label: "Boilerplate, share of all words",
        unit: "%",
        decimals: 0,
        value: |p| 100.0 * p.boilerplate_share(),
    },
    Metric {
        slug: "shared",
        label: "Claims another outlet also states",
        unit: "%",
        decimals: 0,
        value: |p| 100.0 * p.shared_share(),
    },
    Metric {
        slug: "quotes",
        label: "Quotations per 100 sentences",
        unit: "",
        decimals: 1,
        value: Profile::quotes_per_100_sentences,
    },
    Metric {
        slug: "attributed",
        label: "Attributed sentences per 100 sentences",
        unit: "",
        decimals: 1,
        value: Profile::attributed_per_100_sentences,
    },
    Metric {
        slug: "loaded-own",
        label: "Loaded terms per 1,000 words, own voice",
        unit: "",
        decimals: 1,
        value: |p| rate(p, Category::Loaded, true),
    },
    Metric {
        slug: "loaded-quoted",
        label: "Loaded terms per 1,000 words, in quotations",
        unit: "",
        decimals: 1,
        value: |p| rate(p, Category::Loaded, false),
    },
    Metric {
        slug: "hedges-own",
        label: "Hedges per 1,000 words, own voice",
        unit: "",
        decimals: 1,
        value: |p| rate(p, Category::Hedge, true),
    },
    Metric {
        slug: "hedges-quoted",
        label: "Hedges per 1,000 words, in quotations",
        unit: "",
        decimals: 1,
        value: |p| rate(p, Category::Hedge, false),
    },
    Metric {
        slug: "marks-own",
        label: "All language marks per 1,000 words, own voice",
        unit: "",
        decimals: 1,
        value: |p| p.per_1000_words(p.own.iter().sum()),
    },
];

/// `v` rounded to `decimals` places (at most 3), written without the float
/// formatter: "12", "0.5", "3.25".
pub fn fixed(v: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals.min(3));
    // `as` saturates: NaN gives 0, huge values the largest integer.
    let scaled = (v.max(0.0) * scale as f64).round() as u64;
    let whole = scaled / scale;
    if decimals == 0 {
        return whole.to_string();
    }
    let frac = scaled % scale;
    format!("{whole}.{frac:0width$}", width = decimals.min(3) as usize)
}

/// A similarity score in [0, 1] with two decimals.
pub fn score(v: f64) -> String {
    fixed(v.clamp(0.0, 1.0), 2)
}

/// The luminance step (0..=4) of a score in the heat map: fifths of [0, 1].
pub fn step(v: f64) -> usize {
    ((v.clamp(0.0, 1.0) * 5.0) as usize).min(4)
}

/// The length of a bar for `v` when `max` fills `full` units; at least 1
/// unit for any value above zero, so a small value is never invisible.
pub fn bar(v: f64, max: f64, full: u32) -> u32 {
    // NaN fails both tests, so it draws no bar.
    if v.is_nan() || max.is_nan() || v <= 0.0 || max <= 0.0 {
        return 0;
    }
    ((v / max * full as f64).round() as u32).clamp(1, full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_with_fixed_decimals() {
        assert_eq!(fixed(12.0, 0), "12");
        assert_eq!(fixed(0.46, 1), "0.5");
        assert_eq!(fixed(3.456, 2), "3.46");
        assert_eq!(fixed(2.0, 1), "2.0");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
        assert_eq!(fixed(-3.0, 0), "0");
        assert_eq!(score(0.7249), "0.72");
        assert_eq!(score(1.5), "1.00");
    }

    #[test]
    fn steps_and_bars_scale() {
        assert_eq!(
            [0.0, 0.19, 0.2, 0.5, 0.99, 1.0].map(step),
            [0, 0, 1, 2, 4, 4]
        );
        assert_eq!(bar(5.0, 10.0, 120), 60);
        assert_eq!(bar(0.001, 10.0, 120), 1);
        assert_eq!(bar(0.0, 10.0, 120), 0);
        assert_eq!(bar(3.0, 0.0, 120), 0);
        assert_eq!(bar(f64::NAN, 1.0, 120), 0);
    }

    #[test]
    fn metrics_read_the_profile() {
        let mut p = Profile {
            words: 460,
            sentences: 20,
            boilerplate_words: 40,
            claims: 10,
            shared_claims: 4,
            quotes: 3,
            attributed_sentences: 5,
            ..Profile::default()
        };
        p.own[Category::Loaded.index()] = 2;
        p.quoted[Category::Hedge.index()] = 1;
        let v: Vec<String> = METRICS
            .iter()
            .map(|m| fixed((m.value)(&p), m.decimals))
            .collect();
        assert_eq!(
            v,
            ["460", "20", "2.0", "8", "40", "15.0", "25.0", "4.3", "0.0", "0.0", "2.2", "4.3"]
        );
    }
}
