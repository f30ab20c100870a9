#!/usr/bin/env python3
"""Load newsgraph's CSV (`newsgraph build ... --format csv -o DIR`, Gephi
flavour) into a Kùzu database and, optionally, ask it the two usual questions.

Usage:
    python3 load.py CSV_DIR DB_DIR [--who-supplies ID] [--acquired-by ID]

    pip install kuzu
    newsgraph build articles/ --format csv -o graph-csv
    python3 examples/kuzu/load.py graph-csv graph.kuzu --who-supplies country:india

Every entity is an `Entity` node (id, label, type, counts, dates, aliases);
every edge a `Link` (type Undirected/Directed, weight, kind, relation, verb,
documents, dates, negated, the first evidence sentence and its document, eid
= the edge id of the other exports). DB_DIR must not exist yet.
"""

import argparse
import sys

SCHEMA = [
    "CREATE NODE TABLE Entity(id STRING, label STRING, type STRING, mentions INT64, "
    "documents INT64, first_date STRING, last_date STRING, aliases STRING, PRIMARY KEY(id))",
    # Columns in the order of edges.csv after Source and Target.
    "CREATE REL TABLE Link(FROM Entity TO Entity, type STRING, weight DOUBLE, kind STRING, "
    "relation STRING, verb STRING, documents INT64, first_date STRING, last_date STRING, "
    "negated BOOLEAN, evidence STRING, evidence_doc STRING, eid STRING)",
]

# Who supplies weapons to $id (positive statements), with evidence.
WHO_SUPPLIES = """
MATCH (s:Entity)-[r:Link]->(x:Entity {id: $id})
WHERE r.relation = 'supply' AND NOT r.negated
RETURN s.label AS supplier, r.evidence AS evidence, r.evidence_doc AS doc
ORDER BY supplier
"""

# Which weapons $id acquired (positive statements), with evidence.
ACQUIRED_BY = """
MATCH (x:Entity {id: $id})-[r:Link]->(w:Entity)
WHERE r.relation = 'acquire' AND NOT r.negated AND w.type = 'weapon'
RETURN w.label AS weapon, r.evidence AS evidence, r.evidence_doc AS doc
ORDER BY weapon
"""


def load(csv_dir, db_dir):
    """A connection to a new database at db_dir holding the CSV of csv_dir."""
    import kuzu

    conn = kuzu.Connection(kuzu.Database(db_dir))
    for statement in SCHEMA:
        conn.execute(statement)
    # Say how the CSV is quoted: Kùzu otherwise guesses from the first lines,
    # and on a file whose first quoted field comes late it guesses "no quotes".
    options = "HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"', AUTO_DETECT=false"
    conn.execute(f"COPY Entity FROM '{csv_dir}/nodes.csv' ({options})")
    conn.execute(f"COPY Link FROM '{csv_dir}/edges.csv' ({options})")
    return conn


def rows(conn, query, **params):
    result = conn.execute(query, params)
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv_dir")
    ap.add_argument("db_dir")
    ap.add_argument("--who-supplies", metavar="ID", help="e.g. country:india")
    ap.add_argument("--acquired-by", metavar="ID", help="e.g. country:india")
    args = ap.parse_args()
    conn = load(args.csv_dir, args.db_dir)
    for title, query, entity in [
        ("supplies", WHO_SUPPLIES, args.who_supplies),
        ("acquired by", ACQUIRED_BY, args.acquired_by),
    ]:
        if entity:
            for name, evidence, doc in rows(conn, query, id=entity):
                print(f"{name} ({title} {entity}): {evidence} [{doc}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
