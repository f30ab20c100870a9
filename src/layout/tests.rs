use super::*;

/// A node count and weighted edges.
type Case = (usize, Vec<(usize, usize, f64)>);

/// Two cliques of `k` nodes joined by one edge, plus `isolated` lone nodes.
fn two_cliques(k: usize, isolated: usize) -> Case {
    let mut edges = Vec::new();
    for c in 0..2 {
        for a in 0..k {
            for b in a + 1..k {
                edges.push((c * k + a, c * k + b, 1.0));
            }
        }
    }
    edges.push((0, k, 1.0));
    (2 * k + isolated, edges)
}

fn dist(a: Point, b: Point) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

#[test]
fn same_input_same_positions_bit_for_bit() {
    let (n, edges) = two_cliques(8, 3);
    let a = ForceAtlas2::default().run(n, &edges);
    let b = ForceAtlas2::default().run(n, &edges);
    let bits = |p: &[Point]| -> Vec<u64> {
        p.iter()
            .flat_map(|q| [q[0].to_bits(), q[1].to_bits()])
            .collect()
    };
    assert_eq!(bits(&a), bits(&b));
    let other_seed = ForceAtlas2 {
        seed: 7,
        ..ForceAtlas2::default()
    }
    .run(n, &edges);
    assert_ne!(bits(&a), bits(&other_seed), "the seed is used");
}

#[test]
fn no_nan_on_awkward_graphs() {
    let cases: Vec<Case> = vec![
        (0, vec![]),
        (1, vec![]),
        (1, vec![(0, 0, 1.0)]),
        (2, vec![(0, 1, 1e6)]),
        (5, vec![]),
        (4, vec![(0, 1, 1.0), (0, 1, 2.0), (1, 0, 3.0), (2, 2, 1.0)]),
        two_cliques(20, 10),
    ];
    for (n, edges) in cases {
        for lin_log in [false, true] {
            let fa = ForceAtlas2 {
                lin_log,
                ..ForceAtlas2::default()
            };
            let pos = fa.run(n, &edges);
            assert_eq!(pos.len(), n);
            assert!(
                pos.iter().all(|p| p[0].is_finite() && p[1].is_finite()),
                "n={n} {edges:?}: {pos:?}"
            );
        }
    }
}

#[test]
fn nodes_spread_out() {
    // A star: the leaves must not pile onto one point.
    let n = 40;
    let edges: Vec<_> = (1..n).map(|i| (0, i, 1.0)).collect();
    let pos = ForceAtlas2::default().run(n, &edges);
    let mut closest = f64::MAX;
    let mut farthest: f64 = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            closest = closest.min(dist(pos[i], pos[j]));
            farthest = farthest.max(dist(pos[i], pos[j]));
        }
    }
    assert!(
        closest > 0.01 * farthest,
        "closest {closest}, farthest {farthest}"
    );
}

#[test]
fn connected_nodes_are_nearer_than_unconnected() {
    let k = 8;
    let (n, edges) = two_cliques(k, 0);
    for lin_log in [false, true] {
        let pos = ForceAtlas2 {
            lin_log,
            ..ForceAtlas2::default()
        }
        .run(n, &edges);
        let linked: std::collections::HashSet<(usize, usize)> = edges
            .iter()
            .map(|&(a, b, _)| (a.min(b), a.max(b)))
            .collect();
        let (mut near, mut nn, mut far, mut nf) = (0.0, 0, 0.0, 0);
        for i in 0..n {
            for j in i + 1..n {
                if linked.contains(&(i, j)) {
                    near += dist(pos[i], pos[j]);
                    nn += 1;
                } else {
                    far += dist(pos[i], pos[j]);
                    nf += 1;
                }
            }
        }
        let (near, far) = (near / nn as f64, far / nf as f64);
        assert!(
            near * 1.5 < far,
            "lin_log {lin_log}: linked {near}, unlinked {far}"
        );
        // And each clique is a cluster: every node is nearer its own clique's centre.
        let centre = |c: usize| -> Point {
            let s = pos[c * k..(c + 1) * k]
                .iter()
                .fold([0.0, 0.0], |a, p| [a[0] + p[0], a[1] + p[1]]);
            [s[0] / k as f64, s[1] / k as f64]
        };
        let (c0, c1) = (centre(0), centre(1));
        for (i, p) in pos.iter().enumerate() {
            let (own, other) = if i < k { (c0, c1) } else { (c1, c0) };
            assert!(dist(*p, own) < dist(*p, other), "node {i}");
        }
    }
}

#[test]
fn overlaps_are_removed() {
    // Ten circles on nearly the same spot, of different sizes.
    let mut pos: Vec<Point> = (0..10).map(|i| [i as f64 * 0.01, 0.0]).collect();
    pos.push([0.0, 0.0]);
    let radii: Vec<f64> = (0..11).map(|i| 1.0 + (i % 3) as f64).collect();
    remove_overlaps(&mut pos, &radii, 0.5, 500);
    for i in 0..pos.len() {
        for j in i + 1..pos.len() {
            let d = dist(pos[i], pos[j]);
            assert!(d >= radii[i] + radii[j] + 0.49, "{i} and {j} overlap: {d}");
        }
    }
}

#[test]
fn orient_centres_and_lays_the_long_axis_flat() {
    let mut pos: Vec<Point> = (0..20)
        .map(|i| [10.0 + i as f64, 5.0 + 2.0 * i as f64])
        .collect();
    orient(&mut pos);
    let (sx, sy) = pos.iter().fold((0.0, 0.0), |a, p| (a.0 + p[0], a.1 + p[1]));
    assert!(sx.abs() < 1e-9 && sy.abs() < 1e-9);
    let spread_x = pos.iter().map(|p| p[0].abs()).fold(0.0, f64::max);
    let spread_y = pos.iter().map(|p| p[1].abs()).fold(0.0, f64::max);
    assert!(spread_y < 1e-9 && spread_x > 20.0, "{spread_x} {spread_y}");
}
