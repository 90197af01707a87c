//! Stable sorting with a single compiled copy of the algorithm.
//!
//! The standard library's sorts are generic over the element type and the
//! comparison, so every `sort_by_key` with a new type or closure adds another
//! 3–4 KB of wasm; a dozen of them cost more than the whole claim aligner. Here
//! one merge sort orders *indices* through a `&dyn Fn` comparison, and only a
//! few lines (the permutation, and an insertion sort for short vectors, the
//! common case inside the analysis's loops) are generic. Stable, deterministic and
//! O(n log n); measured in `BENCHMARKS.md` with the rest of the analysis.

use std::cmp::Ordering;

/// The order of `0..n` by `cmp`, ties kept in index order (bottom-up merge sort).
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r) = (start, mid);
            for slot in &mut to[start..end] {
                // Take from the right run only when strictly less: stability.
                let take_right = r < end && (l >= mid || cmp(from[r], from[l]) == Ordering::Less);
                if take_right {
                    *slot = from[r];
                    r += 1;
                } else {
                    *slot = from[l];
                    l += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Below this length an insertion sort in place is faster than ordering
/// indices (no allocation), and small enough to be copied per caller.
const SMALL: usize = 24;

/// Sorts `v` by `cmp`, stably.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    if v.len() <= SMALL {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && cmp(&v[j], &v[j - 1]) == Ordering::Less {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let order = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` by a key, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_order() {
        let mut seed: u64 = 7;
        for n in [0usize, 1, 2, 3, 5, 8, 13, 100, 257] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std_sorted = v.clone();
            std_sorted.sort_by_key(|x| x.0);
            assert_eq!(ours, std_sorted, "n = {n}");
            let mut plain = v.clone();
            sort(&mut plain);
            let mut std_plain = v;
            std_plain.sort();
            assert_eq!(plain, std_plain);
        }
    }

    #[test]
    fn sorts_values_that_cannot_be_copied() {
        let mut v = vec!["pear".to_string(), "apple".into(), "fig".into()];
        sort_by(&mut v, |a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        assert_eq!(v, ["fig", "pear", "apple"]);
    }
}
