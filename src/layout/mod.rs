//! Node positions for drawing a graph: ForceAtlas2 (Jacomy, Venturini,
//! Heymann and Bastian, PLoS ONE 2014) with Barnes–Hut repulsion, then an
//! overlap-removal pass so no two drawn circles cover each other.
//!
//! ForceAtlas2 is what Gephi draws news and social graphs with: nodes repel
//! in proportion to their degree (so hubs get room), edges pull like springs
//! in proportion to their weight, a weak gravity keeps components together,
//! and each node's step adapts to how much it oscillates, so the layout
//! settles in a few hundred steps. This is an independent implementation
//! from the paper (the `forceatlas2` crate is AGPL).
//!
//! Everything is deterministic: starting positions come from a fixed seed
//! and the node index, and every sum runs in a fixed order (the repulsion of
//! each body is computed on rayon's threads, but each body's own sum in
//! the same order on any thread), so the same graph gives the same
//! positions, bit for bit, on any number of threads.
//!
//! The layout works on plain indices (`0..n` and weighted index pairs), so it
//! depends on no other stage.

mod quadtree;

use quadtree::Tree;
use rayon::prelude::*;

/// A position.
pub type Point = [f64; 2];

/// ForceAtlas2 settings; the defaults are Gephi's.
#[derive(Debug, Clone, Copy)]
pub struct ForceAtlas2 {
    /// Steps to run.
    pub iterations: usize,
    /// Repulsion strength (Gephi's "scaling"): larger spreads the graph.
    pub scaling: f64,
    /// Pull towards the centre, keeping components from drifting apart.
    pub gravity: f64,
    /// Barnes–Hut accuracy: a region counts as one body when its side is
    /// under `theta` times its distance (0 computes every pair).
    pub theta: f64,
    /// How much oscillation a node may show before it slows down.
    pub jitter_tolerance: f64,
    /// Gravity grows with the distance from the centre (Gephi's "strong
    /// gravity"), so small components stay near the big one instead of
    /// being pushed to the edge of the picture.
    pub strong_gravity: bool,
    /// Attraction grows with the logarithm of distance (LinLog mode), which
    /// makes clusters tighter and farther apart.
    pub lin_log: bool,
    /// Seed of the starting positions.
    pub seed: u64,
}

impl Default for ForceAtlas2 {
    fn default() -> Self {
        ForceAtlas2 {
            iterations: 500,
            scaling: 2.0,
            gravity: 1.0,
            theta: 1.2,
            jitter_tolerance: 1.0,
            strong_gravity: false,
            lin_log: false,
            seed: 0x6e65_7773_6772_6170, // "newsgrap"
        }
    }
}

impl ForceAtlas2 {
    /// Positions for `n` nodes joined by `edges` (`(a, b, weight)`, indices
    /// below `n`; direction and repeats do not matter, weights add up).
    pub fn run(&self, n: usize, edges: &[(usize, usize, f64)]) -> Vec<Point> {
        let mut degree = vec![0.0f64; n];
        for &(a, b, _) in edges {
            assert!(a < n && b < n, "edge ({a}, {b}) outside 0..{n}");
            if a != b {
                degree[a] += 1.0;
                degree[b] += 1.0;
            }
        }
        let mass: Vec<f64> = degree.iter().map(|d| d + 1.0).collect();
        let spread = (n as f64).sqrt() * 10.0;
        let mut pos: Vec<Point> = (0..n)
            .map(|i| {
                let h = splitmix(self.seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
                let u = (h >> 11) as f64 / (1u64 << 53) as f64;
                let v = (splitmix(h) >> 11) as f64 / (1u64 << 53) as f64;
                [(u - 0.5) * spread, (v - 0.5) * spread]
            })
            .collect();
        let mut force = vec![[0.0f64; 2]; n];
        let mut old = vec![[0.0f64; 2]; n];
        let mut tree = Tree::default();
        let mut speed = 1.0;
        let mut speed_efficiency = 1.0;
        for _ in 0..self.iterations {
            std::mem::swap(&mut force, &mut old);
            force.iter_mut().for_each(|f| *f = [0.0; 2]);

            tree.build(&pos, &mass);
            // Each body's force is summed in a fixed order whatever thread
            // computes it, so the result does not depend on the thread count.
            force
                .par_iter_mut()
                .enumerate()
                .for_each_init(Vec::new, |stack, (i, f)| {
                    tree.repel(i, &pos, &mass, self.scaling, self.theta, f, stack);
                    // Gravity towards the centre, per unit of mass: constant in
                    // strength, or growing with the distance.
                    let d = pos[i][0].hypot(pos[i][1]);
                    if d > 0.0 {
                        let k = if self.strong_gravity {
                            self.gravity * mass[i]
                        } else {
                            self.gravity * mass[i] / d
                        };
                        f[0] -= pos[i][0] * k;
                        f[1] -= pos[i][1] * k;
                    }
                });
            for &(a, b, w) in edges {
                if a == b {
                    continue;
                }
                let (dx, dy) = (pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]);
                let k = if self.lin_log {
                    let d = dx.hypot(dy);
                    if d > 0.0 {
                        w * (1.0 + d).ln() / d
                    } else {
                        0.0
                    }
                } else {
                    w
                };
                force[a][0] -= dx * k;
                force[a][1] -= dy * k;
                force[b][0] += dx * k;
                force[b][1] += dy * k;
            }

            // Adaptive speed (the paper's section "Adaptive speed").
            let (mut swinging, mut traction) = (0.0, 0.0);
            for i in 0..n {
                let (f, o) = (force[i], old[i]);
                swinging += mass[i] * (f[0] - o[0]).hypot(f[1] - o[1]);
                traction += 0.5 * mass[i] * (f[0] + o[0]).hypot(f[1] + o[1]);
            }
            if swinging > 0.0 && traction > 0.0 {
                let estimated = 0.05 * (n as f64).sqrt();
                let min_jt = estimated.sqrt();
                let mut jt = self.jitter_tolerance
                    * min_jt.max(10f64.min(estimated * traction / (n as f64 * n as f64)));
                if swinging / traction > 2.0 {
                    if speed_efficiency > 0.05 {
                        speed_efficiency *= 0.5;
                    }
                    jt = jt.max(self.jitter_tolerance);
                }
                let target = jt * speed_efficiency * traction / swinging;
                if swinging > jt * traction {
                    if speed_efficiency > 0.05 {
                        speed_efficiency *= 0.7;
                    }
                } else if speed < 1000.0 {
                    speed_efficiency *= 1.3;
                }
                speed += (target - speed).min(0.5 * speed);
            }
            for i in 0..n {
                let (f, o) = (force[i], old[i]);
                let swing = mass[i] * (f[0] - o[0]).hypot(f[1] - o[1]);
                let factor = speed / (1.0 + (speed * swing).sqrt());
                pos[i][0] += f[0] * factor;
                pos[i][1] += f[1] * factor;
            }
        }
        pos
    }
}

/// Turns `points` so their widest spread runs horizontally (principal axis),
/// then centres them on the origin: a graph looks the same whatever angle
/// the simulation left it at, and fills a landscape screen.
pub fn orient(points: &mut [Point]) {
    let n = points.len() as f64;
    if points.is_empty() {
        return;
    }
    let cx = points.iter().map(|p| p[0]).sum::<f64>() / n;
    let cy = points.iter().map(|p| p[1]).sum::<f64>() / n;
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for p in points.iter() {
        let (x, y) = (p[0] - cx, p[1] - cy);
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }
    let angle = 0.5 * (2.0 * sxy).atan2(sxx - syy);
    let (s, c) = angle.sin_cos();
    for p in points.iter_mut() {
        let (x, y) = (p[0] - cx, p[1] - cy);
        *p = [x * c + y * s, -x * s + y * c];
    }
}

/// Pushes apart circles (centre `points[i]`, radius `radii[i]` plus `gap`)
/// that overlap, as Gephi's Noverlap does: each step moves both circles of
/// an overlapping pair half the overlap apart along the line between them.
/// Pairs are found through a grid of cells as wide as the largest circle,
/// so a step costs about O(n). Stops after `steps` or when nothing overlaps.
pub fn remove_overlaps(points: &mut [Point], radii: &[f64], gap: f64, steps: usize) {
    assert_eq!(points.len(), radii.len());
    let n = points.len();
    if n < 2 {
        return;
    }
    let cell = 2.0 * (radii.iter().cloned().fold(0.0, f64::max) + gap).max(1e-9);
    let mut grid: std::collections::BTreeMap<(i64, i64), Vec<usize>> = Default::default();
    for _ in 0..steps {
        grid.clear();
        for (i, p) in points.iter().enumerate() {
            let key = ((p[0] / cell).floor() as i64, (p[1] / cell).floor() as i64);
            grid.entry(key).or_default().push(i);
        }
        let mut moved = false;
        for i in 0..n {
            let (gx, gy) = (
                (points[i][0] / cell).floor() as i64,
                (points[i][1] / cell).floor() as i64,
            );
            for ox in -1..=1 {
                for oy in -1..=1 {
                    let Some(cell_nodes) = grid.get(&(gx + ox, gy + oy)) else {
                        continue;
                    };
                    for &j in cell_nodes {
                        if j <= i {
                            continue;
                        }
                        let (dx, dy) = (points[j][0] - points[i][0], points[j][1] - points[i][1]);
                        let d = dx.hypot(dy);
                        let want = radii[i] + radii[j] + gap;
                        if d >= want {
                            continue;
                        }
                        moved = true;
                        // Coincident centres part along a direction fixed by the indices.
                        let (ux, uy) = if d > 1e-9 {
                            (dx / d, dy / d)
                        } else {
                            let a = (i * 31 + j * 17) as f64;
                            (a.cos(), a.sin())
                        };
                        let push = 0.5 * (want - d) + 1e-6;
                        points[i][0] -= ux * push;
                        points[i][1] -= uy * push;
                        points[j][0] += ux * push;
                        points[j][1] += uy * push;
                    }
                }
            }
        }
        if !moved {
            break;
        }
    }
}

/// Scales and centres `pos` into a `width` x `height` box around the origin.
pub fn fit(pos: &mut [Point], width: f64, height: f64) {
    if pos.len() < 2 {
        pos.iter_mut().for_each(|p| *p = [0.0, 0.0]);
        return;
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in pos.iter() {
        x0 = x0.min(p[0]);
        y0 = y0.min(p[1]);
        x1 = x1.max(p[0]);
        y1 = y1.max(p[1]);
    }
    let sx = width / (x1 - x0).max(1e-9);
    let sy = height / (y1 - y0).max(1e-9);
    let scale = sx.min(sy);
    // A round layout on a wide screen: stretch it sideways a little (at
    // most 1.4 times), which frees room for labels at a small cost in
    // faithfulness of distances.
    let sx = sx.min(scale * 1.4);
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    for p in pos.iter_mut() {
        *p = [(p[0] - cx) * sx, (p[1] - cy) * scale];
    }
}

/// SplitMix64: a fixed, well-mixed hash of a 64-bit value.
fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests;
