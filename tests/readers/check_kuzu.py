#!/usr/bin/env python3
"""Load newsgraph's CSV into Kùzu with examples/kuzu/load.py (COPY FROM) and
check it against the node-link JSON of the same graph: every node and every
edge with its attributes, then the two questions of the README ("who supplies
weapons to X", "which weapons did X acquire", with evidence) answered by
Cypher and by the JSON.

Usage: check_kuzu.py CSV_DIR GRAPH.json ID
Prints the answers, one line each: "who supplies weapons to ID: A, B" and
"weapons ID acquired: C, D".
Exit status: 0 all checks pass; 1 a check failed; 3 kuzu is missing (stdout
then reads "MISSING: <what>").
"""

import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "examples", "kuzu"))


def fail(msg):
    print(f"FAILED: {msg}", file=sys.stderr)
    sys.exit(1)


def main():
    try:
        import kuzu
    except ImportError:
        print("MISSING: python module kuzu (pip package kuzu)")
        return 3
    import load

    csv_dir, json_path, who = sys.argv[1:4]
    want = json.load(open(json_path, encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        conn = load.load(csv_dir, os.path.join(tmp, "db"))

        nodes = load.rows(
            conn,
            "MATCH (n:Entity) RETURN n.id, n.label, n.type, n.mentions, n.documents, "
            "n.first_date, n.last_date ORDER BY n.id",
        )
        exp = sorted(
            (n["id"], n["label"], n["type"], n["mentions"], n["documents"],
             n.get("first_date"), n.get("last_date"))
            for n in want["nodes"]
        )
        if [tuple(r) for r in nodes] != exp:
            fail(f"nodes differ: {nodes[:3]} vs {exp[:3]}")

        links = load.rows(
            conn,
            "MATCH (s:Entity)-[r:Link]->(t:Entity) RETURN s.id, t.id, r.type, r.kind, "
            "r.relation, r.negated, r.weight, r.documents, r.first_date, r.last_date, "
            "r.evidence, r.verb, r.eid",
        )
        exp = []
        for i, l in enumerate(want["links"]):
            rel = l["kind"] == "relation"
            ev = l.get("evidence") or []
            exp.append((
                l["source"], l["target"],
                "Directed" if rel else "Undirected",
                ("not-" if l.get("negated") else "") + l["relation"] if rel else "cooccurrence",
                l.get("relation"), l.get("negated"), l["weight"], l["documents"],
                l.get("first_date"), l.get("last_date"),
                " ".join(ev[0]["text"].splitlines()) if ev else None,
                l.get("verb"),
            ))
        got = sorted(tuple(r[:12]) for r in links)
        exp.sort(key=repr)
        got.sort(key=repr)
        if got != exp:
            diff = [g for g in got if g not in exp][:2], [e for e in exp if e not in got][:2]
            fail(f"{len(got)} edges in Kùzu, {len(exp)} in the JSON; differing: {diff}")
        eids = sorted(r[12] for r in links)
        if len(set(eids)) != len(eids):
            fail("edge ids repeat")

        # The two questions, by Cypher and by the JSON.
        supply = load.rows(conn, load.WHO_SUPPLIES, id=who)
        acquired = load.rows(conn, load.ACQUIRED_BY, id=who)
    label = {n["id"]: n["label"] for n in want["nodes"]}
    types = {n["id"]: n["type"] for n in want["nodes"]}

    def answer(pick):
        return sorted(
            (label[end], l["evidence"][0]["text"], l["evidence"][0]["doc"])
            for l in want["links"]
            for end in [pick(l)]
            if end
        )

    exp_supply = answer(
        lambda l: l["source"]
        if l.get("relation") == "supply" and not l["negated"] and l["target"] == who
        else None
    )
    exp_acquired = answer(
        lambda l: l["target"]
        if l.get("relation") == "acquire" and not l["negated"] and l["source"] == who
        and types[l["target"]] == "weapon"
        else None
    )
    for name, got, exp in [("supply", supply, exp_supply), ("acquire", acquired, exp_acquired)]:
        got = sorted(tuple(r) for r in got)
        if got != [(a, " ".join(b.splitlines()), c) for a, b, c in exp]:
            fail(f"{name} query: Kùzu {got} vs JSON {exp}")
        for _, evidence, doc in got:
            if not evidence or not doc:
                fail(f"{name} query: an answer without evidence")
    print(
        f"kuzu {kuzu.__version__} agrees with the JSON: {len(nodes)} nodes, {len(links)} edges"
    )
    print(f"who supplies weapons to {who}: {', '.join(r[0] for r in sorted(supply))}")
    for r in sorted(supply):
        print(f"  {r[0]}: {r[1]} [{r[2]}]")
    print(f"weapons {who} acquired: {', '.join(r[0] for r in sorted(acquired))}")
    for r in sorted(acquired):
        print(f"  {r[0]}: {r[1]} [{r[2]}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
