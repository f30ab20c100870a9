//! The Barnes–Hut quadtree: bodies grouped into square regions, each region
//! summarised by its mass and centre of mass, so the repulsion a body feels
//! from a far region is computed once for the whole region (O(n log n) a
//! step instead of O(n²)).

/// One region: a square with the mass and centre of mass of its bodies.
#[derive(Debug, Clone)]
struct Region {
    /// Centre of mass.
    x: f64,
    y: f64,
    /// Total mass.
    mass: f64,
    /// Side of the square.
    size: f64,
    /// Children (an index into `Tree::regions`), or none for a leaf.
    children: Option<[u32; 4]>,
    /// The bodies of a leaf: a range of `Tree::order`.
    start: u32,
    end: u32,
}

/// A quadtree over a set of bodies (positions and masses).
#[derive(Debug, Default)]
pub(crate) struct Tree {
    regions: Vec<Region>,
    order: Vec<u32>,
}

/// Past this depth bodies stay together in one leaf: it only happens for
/// bodies at (nearly) the same point, which then repel each other pairwise.
const MAX_DEPTH: u32 = 24;

impl Tree {
    /// Builds the tree over `pos` with `mass`, reusing this tree's buffers.
    pub(crate) fn build(&mut self, pos: &[[f64; 2]], mass: &[f64]) {
        self.regions.clear();
        self.order.clear();
        self.order.extend(0..pos.len() as u32);
        if pos.is_empty() {
            return;
        }
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in pos {
            x0 = x0.min(p[0]);
            y0 = y0.min(p[1]);
            x1 = x1.max(p[0]);
            y1 = y1.max(p[1]);
        }
        let size = (x1 - x0).max(y1 - y0).max(1e-9);
        let n = pos.len() as u32;
        self.split(pos, mass, 0, n, [x0, y0], size, 0);
    }

    /// Makes the region of bodies `order[start..end]` inside the square at
    /// `corner` with side `size`; returns its index.
    #[allow(clippy::too_many_arguments)]
    fn split(
        &mut self,
        pos: &[[f64; 2]],
        mass: &[f64],
        start: u32,
        end: u32,
        corner: [f64; 2],
        size: f64,
        depth: u32,
    ) -> u32 {
        let (mut m, mut mx, mut my) = (0.0, 0.0, 0.0);
        for &b in &self.order[start as usize..end as usize] {
            let b = b as usize;
            m += mass[b];
            mx += mass[b] * pos[b][0];
            my += mass[b] * pos[b][1];
        }
        let index = self.regions.len() as u32;
        self.regions.push(Region {
            x: mx / m,
            y: my / m,
            mass: m,
            size,
            children: None,
            start,
            end,
        });
        if end - start < 2 || depth >= MAX_DEPTH {
            return index;
        }
        let half = size / 2.0;
        let (cx, cy) = (corner[0] + half, corner[1] + half);
        let quadrant = |b: u32| {
            let p = pos[b as usize];
            usize::from(p[0] >= cx) + 2 * usize::from(p[1] >= cy)
        };
        // A stable counting partition: O(n) a level, and the order only
        // depends on the positions.
        let slice = &mut self.order[start as usize..end as usize];
        let mut buckets: [Vec<u32>; 4] = Default::default();
        for &b in slice.iter() {
            buckets[quadrant(b)].push(b);
        }
        let mut bounds = [start; 5];
        let mut at = 0;
        for (q, bucket) in buckets.iter().enumerate() {
            slice[at..at + bucket.len()].copy_from_slice(bucket);
            at += bucket.len();
            bounds[q + 1] = bounds[q] + bucket.len() as u32;
        }
        let mut children = [0u32; 4];
        for (q, child) in children.iter_mut().enumerate() {
            let corner = [
                corner[0] + half * (q % 2) as f64,
                corner[1] + half * (q / 2) as f64,
            ];
            *child = self.split(pos, mass, bounds[q], bounds[q + 1], corner, half, depth + 1);
        }
        self.regions[index as usize].children = Some(children);
        index
    }

    /// Adds to `force` the repulsion body `i` feels from all other bodies:
    /// `strength * mass_i * mass_j / distance`, away from each body, with
    /// regions whose side is under `theta` times their distance taken whole.
    /// `stack` is scratch space, passed in to save an allocation a call.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn repel(
        &self,
        i: usize,
        pos: &[[f64; 2]],
        mass: &[f64],
        strength: f64,
        theta: f64,
        force: &mut [f64; 2],
        stack: &mut Vec<u32>,
    ) {
        if self.regions.is_empty() {
            return;
        }
        stack.clear();
        stack.push(0);
        let p = pos[i];
        while let Some(r) = stack.pop() {
            let region = &self.regions[r as usize];
            if region.mass == 0.0 {
                continue;
            }
            match region.children {
                Some(children) => {
                    let (dx, dy) = (p[0] - region.x, p[1] - region.y);
                    let d = (dx * dx + dy * dy).sqrt();
                    if d * theta > region.size {
                        push(force, dx, dy, strength * mass[i] * region.mass);
                    } else {
                        stack.extend(children.iter().filter(|&&c| {
                            let c = &self.regions[c as usize];
                            c.end > c.start
                        }));
                    }
                }
                None => {
                    for &j in &self.order[region.start as usize..region.end as usize] {
                        let j = j as usize;
                        if j != i {
                            let (dx, dy) = (p[0] - pos[j][0], p[1] - pos[j][1]);
                            push(force, dx, dy, strength * mass[i] * mass[j]);
                        }
                    }
                }
            }
        }
    }
}

/// Adds a repulsion of magnitude `k / distance` along `(dx, dy)`. Bodies at
/// the same point push apart along a fixed direction so nothing divides by 0.
fn push(force: &mut [f64; 2], dx: f64, dy: f64, k: f64) {
    let d2 = dx * dx + dy * dy;
    if d2 > 1e-18 {
        force[0] += dx * k / d2;
        force[1] += dy * k / d2;
    } else {
        force[0] += k * 1e-3;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree's repulsion equals the exact pairwise sum when theta is 0
    /// (no approximation) and stays close to it at the usual theta.
    #[test]
    fn repulsion_matches_pairwise_sum() {
        let pos: Vec<[f64; 2]> = (0..60)
            .map(|i| {
                let t = i as f64 * 0.7;
                [t.cos() * (1.0 + i as f64), t.sin() * (2.0 + i as f64 * 0.5)]
            })
            .collect();
        let mass: Vec<f64> = (0..60).map(|i| 1.0 + (i % 4) as f64).collect();
        let mut tree = Tree::default();
        tree.build(&pos, &mass);
        for i in [0, 17, 59] {
            let mut exact = [0.0; 2];
            for j in 0..pos.len() {
                if j != i {
                    let (dx, dy) = (pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]);
                    push(&mut exact, dx, dy, mass[i] * mass[j]);
                }
            }
            let mut f0 = [0.0; 2];
            tree.repel(i, &pos, &mass, 1.0, 0.0, &mut f0, &mut Vec::new());
            assert!((f0[0] - exact[0]).abs() < 1e-9 && (f0[1] - exact[1]).abs() < 1e-9);
            let mut f = [0.0; 2];
            tree.repel(i, &pos, &mass, 1.0, 1.2, &mut f, &mut Vec::new());
            let norm = exact[0].hypot(exact[1]);
            let err = (f[0] - exact[0]).hypot(f[1] - exact[1]);
            assert!(err < 0.25 * norm, "body {i}: {f:?} vs {exact:?}");
        }
    }

    #[test]
    fn coincident_bodies_do_not_recurse_forever() {
        let pos = vec![[1.0, 1.0]; 50];
        let mass = vec![1.0; 50];
        let mut tree = Tree::default();
        tree.build(&pos, &mass);
        let mut f = [0.0; 2];
        tree.repel(3, &pos, &mass, 1.0, 1.2, &mut f, &mut Vec::new());
        assert!(f[0].is_finite() && f[1].is_finite() && f[0] > 0.0);
    }
}
