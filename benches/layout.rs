//! Time of the report's layout (ForceAtlas2 with Barnes–Hut, then overlap
//! removal) for 150, 1,000 and 5,000 nodes.
//!
//!     cargo bench --bench layout
//!
//! The graphs are synthetic and fixed: preferential attachment (each new
//! node links to 3 earlier ones, chosen in proportion to their degree, as
//! news graphs have a few hubs and many leaves), from a fixed seed. Each size
//! runs three times on one thread; the best time is reported.

use std::time::Instant;

use newsgraph::export::html::layout_settings;
use newsgraph::layout::{fit, orient, remove_overlaps};

/// SplitMix64 steps: a fixed stream of pseudo-random numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn graph(n: usize) -> Vec<(usize, usize, f64)> {
    let mut rng = Rng(n as u64);
    let mut ends: Vec<usize> = vec![0, 1];
    let mut edges = vec![(0, 1, 1.0)];
    for v in 2..n {
        for _ in 0..3.min(v) {
            let u = ends[(rng.next() % ends.len() as u64) as usize];
            if u != v {
                let w = 1.0 + (rng.next() % 5) as f64;
                edges.push((u, v, 1.0 + f64::ln(w)));
                ends.push(u);
                ends.push(v);
            }
        }
    }
    edges
}

fn main() {
    let fa2 = layout_settings();
    println!(
        "ForceAtlas2, {} steps, Barnes-Hut theta {}, then overlap removal; best of 3",
        fa2.iterations, fa2.theta
    );
    for n in [150, 1_000, 5_000] {
        let edges = graph(n);
        let (mut best_fa2, mut best_overlap) = (f64::MAX, f64::MAX);
        for _ in 0..3 {
            let start = Instant::now();
            let mut pos = fa2.run(n, &edges);
            best_fa2 = best_fa2.min(start.elapsed().as_secs_f64());
            // As the report does: turn, fit to its drawing size, then part
            // overlapping circles of radius 3.5 to 20.
            let start = Instant::now();
            orient(&mut pos);
            let width = 1400.0 * (n as f64 / 150.0).sqrt().max(1.0);
            fit(&mut pos, width, width * 0.5);
            let radii: Vec<f64> = (0..n).map(|i| 3.5 + (i % 17) as f64).collect();
            remove_overlaps(&mut pos, &radii, 4.0, 400);
            best_overlap = best_overlap.min(start.elapsed().as_secs_f64());
            assert!(pos.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
        }
        println!(
            "{n:>6} nodes {:>6} edges: ForceAtlas2 {:>8.1} ms, overlap removal {:>6.1} ms",
            edges.len(),
            best_fa2 * 1000.0,
            best_overlap * 1000.0
        );
    }
}
