#!/usr/bin/env python3
"""Inclusive instruction counts per function from a callgrind output file,
merged over the files inlined code came from (callgrind_annotate splits a
function by source file, which makes per-stage figures hard to read).

  cg_stages.py CALLGRIND_OUT NAME...   # prints Ir of each NAME (substring of the symbol)

Inclusive = the function's own cost + the cost of its calls to other
functions (direct recursion is not counted twice).
"""
import re, sys
from collections import defaultdict

def parse(path):
    names = {}
    self_cost = defaultdict(int)
    calls = defaultdict(int)
    total = 0
    fn = cfn = None
    pending_call = False
    def name(kind, rest):
        m = re.match(r"\((\d+)\)(?: (.*))?", rest)
        if not m:
            return rest
        key = (kind, m.group(1))
        if m.group(2) is not None:
            names[key] = m.group(2)
        return names[key]
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line:
            continue
        c = line[0]
        if c.isdigit() or c in "+-*":
            parts = line.split()
            ir = int(parts[1]) if len(parts) > 1 else 0
            if pending_call:
                if cfn != fn:
                    calls[(fn, cfn)] += ir
                pending_call = False
            else:
                self_cost[fn] += ir
                total += ir
        elif line.startswith("fn="):
            fn = name("fn", line[3:])
        elif line.startswith("cfn="):
            cfn = name("fn", line[4:])
        elif line.startswith("calls="):
            pending_call = True
    incl = defaultdict(int, self_cost)
    for (f, g), ir in calls.items():
        incl[f] += ir
    return incl, total

def main():
    incl, total = parse(sys.argv[1])
    print(f"{'function':58} {'Ir':>14} {'share':>6}")
    for want in sys.argv[2:]:
        label, _, pat = want.partition("=")
        pat = pat or label
        hits = [(v, k) for k, v in incl.items() if k and k.endswith(pat)]
        if not hits:
            print(f"{label:58} {'-':>14}")
            continue
        v, k = max(hits)
        print(f"{label:58} {v:>14,} {100 * v / total:5.1f}%")
    print(f"{'total':58} {total:>14,}")

main()
