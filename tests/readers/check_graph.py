#!/usr/bin/env python3
"""Load newsgraph's GraphML and node-link JSON with real readers and check them.

Usage: check_graph.py GRAPH.graphml GRAPH.json

Readers: networkx.read_graphml, igraph.Graph.Read_GraphML and
networkx.node_link_graph(data, edges="links") (networkx >= 3.4).
Exit status: 0 all checks pass; 1 a check failed; 3 a reader is missing
(the first line of stdout then reads "MISSING: <what>").
"""

import json
import sys
import xml.etree.ElementTree as ET

MISSING = 3


def missing_readers():
    missing = []
    try:
        import networkx

        major, minor = (int(x) for x in networkx.__version__.split(".")[:2])
        if (major, minor) < (3, 4):
            missing.append(f"networkx>=3.4 (found {networkx.__version__})")
    except ImportError:
        missing.append("python module networkx")
    try:
        import igraph  # noqa: F401
    except ImportError:
        missing.append("python module igraph (pip package python-igraph)")
    return missing


NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def declared_graphml(path):
    """Node ids and (source, target, kind) edges exactly as the file declares them."""
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.findall("g:key", NS)}
    graphs = root.findall("g:graph", NS)
    check(len(graphs) == 1, f"expected one <graph>, found {len(graphs)}")
    graph = graphs[0]
    check(graph.get("edgedefault") == "directed", "edgedefault is not directed")
    nodes = [n.get("id") for n in graph.findall("g:node", NS)]
    edges = []
    typed = []
    for e in graph.findall("g:edge", NS):
        check(e.get("directed") is None, f"edge {e.get('id')} has a directed attribute")
        data = {keys[d.get("key")][1]: d.text or "" for d in e.findall("g:data", NS)}
        edges.append((e.get("source"), e.get("target"), data.get("kind")))
        typed.append((e.get("source"), e.get("target"), data.get("kind"), data.get("relation") or ""))
    return nodes, edges, typed


def check(ok, msg):
    if not ok:
        raise AssertionError(msg)


def check_attrs(where, nodes, edges):
    """nodes: iterable of (id, attrs); edges: iterable of (source, target, attrs)."""
    for nid, attrs in nodes:
        for key in ("label", "type"):
            value = attrs.get(key)
            check(isinstance(value, str) and value != "", f"{where}: node {nid} has no {key}: {attrs}")
    kinds = set()
    for s, t, attrs in edges:
        kind = attrs.get("kind")
        check(kind in ("cooccurrence", "relation"), f"{where}: edge {s}->{t} has kind {kind!r}")
        kinds.add(kind)
        weight = attrs.get("weight")
        check(isinstance(weight, float), f"{where}: edge {s}->{t} weight {weight!r} is not a float")
        check(weight > 0, f"{where}: edge {s}->{t} weight {weight} is not positive")
        if kind == "cooccurrence":
            check(s < t, f"{where}: co-occurrence edge {s}->{t} not written smaller id first")
    check("cooccurrence" in kinds, f"{where}: no co-occurrence edge")
    check("relation" in kinds, f"{where}: no relation edge")
    for s, t, attrs in edges:
        if attrs.get("kind") == "relation":
            check(attrs.get("relation") in CATEGORIES, f"{where}: relation edge {s}->{t} has relation {attrs.get('relation')!r}")
            check(isinstance(attrs.get("verb"), str) and attrs["verb"], f"{where}: relation edge {s}->{t} has no verb")
    return kinds


CATEGORIES = {"meet", "visit", "agree", "acquire", "supply", "deploy", "produce", "test",
              "attack", "threaten", "criticize", "support", "sanction", "other"}


def kinds_between(where, edges, declared):
    """Co-occurrence and relation edges between one pair stay apart, each with
    its own direction: the multiset of (source, target, kind, relation) is the file's."""
    got = sorted((s, t, a.get("kind"), a.get("relation") or "") for s, t, a in edges)
    want = sorted(declared)
    check(got == want, f"{where}: typed edges differ from the file's:\n  got  {got[:4]}\n  want {want[:4]}")


def same_edges(where, got, want):
    check(sorted(got) == sorted(want), f"{where}: edges differ from the file's:\n  got  {sorted(got)[:5]}...\n  want {sorted(want)[:5]}...")


def direction_kept(where, has_edge, edges):
    pairs = {(s, t) for s, t, _ in edges}
    one_way = [(s, t) for s, t in pairs if (t, s) not in pairs]
    check(one_way, f"{where}: every edge has a reverse edge; cannot tell direction")
    for s, t in one_way:
        check(has_edge(s, t), f"{where}: edge {s}->{t} lost")
        check(not has_edge(t, s), f"{where}: reverse edge {t}->{s} appeared: direction lost")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    graphml_path, json_path = sys.argv[1], sys.argv[2]
    missing = missing_readers()
    if missing:
        print("MISSING: " + ", ".join(missing))
        return MISSING
    import igraph
    import networkx as nx

    ids, edges, typed = declared_graphml(graphml_path)
    check(len(set(ids)) == len(ids), "duplicate node ids in the GraphML")

    # networkx GraphML
    g = nx.read_graphml(graphml_path)
    check(g.is_directed(), "networkx GraphML: graph is not directed")
    check(list(g.nodes) == ids, "networkx GraphML: node ids differ from the file's")
    check(g.number_of_edges() == len(edges), f"networkx GraphML: {g.number_of_edges()} edges, file has {len(edges)}")
    nx_edges = list(g.edges(data=True))
    check_attrs("networkx GraphML", g.nodes(data=True), nx_edges)
    same_edges("networkx GraphML", [(s, t, a["kind"]) for s, t, a in nx_edges], edges)
    direction_kept("networkx GraphML", g.has_edge, edges)
    kinds_between("networkx GraphML", nx_edges, typed)

    # igraph GraphML
    ig = igraph.Graph.Read_GraphML(graphml_path)
    check(ig.is_directed(), "igraph: graph is not directed")
    check(ig.vs["id"] == ids, "igraph: node ids differ from the file's")
    check(ig.ecount() == len(edges), f"igraph: {ig.ecount()} edges, file has {len(edges)}")
    ig_nodes = [(v["id"], v.attributes()) for v in ig.vs]
    ig_edges = [(ig.vs[e.source]["id"], ig.vs[e.target]["id"], e.attributes()) for e in ig.es]
    check_attrs("igraph", ig_nodes, ig_edges)
    same_edges("igraph", [(s, t, a["kind"]) for s, t, a in ig_edges], edges)
    kinds_between("igraph", ig_edges, typed)
    index = {v: i for i, v in enumerate(ids)}
    direction_kept("igraph", lambda s, t: ig.get_eid(index[s], index[t], error=False) >= 0, edges)

    # networkx node-link JSON
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)
    for key in ("directed", "multigraph", "graph", "nodes", "links"):
        check(key in data, f"JSON: no {key!r} key")
    check(data["directed"] is True, "JSON: directed is not true")
    j = nx.node_link_graph(data, edges="links")
    check(j.is_directed(), "node_link_graph: graph is not directed")
    json_ids = [n["id"] for n in data["nodes"]]
    check(list(j.nodes) == json_ids, "node_link_graph: node ids differ from the file's")
    check(j.number_of_nodes() == len(data["nodes"]), "node_link_graph: node count differs from the file's")
    check(j.number_of_edges() == len(data["links"]), f"node_link_graph: {j.number_of_edges()} edges, file has {len(data['links'])}")
    j_edges = list(j.edges(data=True))
    check_attrs("node_link_graph", j.nodes(data=True), j_edges)
    json_declared = [(l["source"], l["target"], l["kind"]) for l in data["links"]]
    same_edges("node_link_graph", [(s, t, a["kind"]) for s, t, a in j_edges], json_declared)
    direction_kept("node_link_graph", j.has_edge, json_declared)
    kinds_between("node_link_graph", j_edges, typed)

    # Both formats hold the same graph.
    check(json_ids == ids, "JSON and GraphML node ids differ")
    same_edges("JSON vs GraphML", json_declared, edges)

    kinds = {}
    for _, _, k in edges:
        kinds[k] = kinds.get(k, 0) + 1
    print(
        f"readers agree: {len(ids)} nodes, {len(edges)} edges "
        f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}); "
        f"networkx {nx.__version__} ({type(g).__name__}, {type(j).__name__}), igraph {igraph.__version__}"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AssertionError as e:
        print(f"FAILED: {e}", file=sys.stderr)
        sys.exit(1)
