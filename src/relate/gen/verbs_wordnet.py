#!/usr/bin/env python3
"""Generate src/relate/verbs_generated.tsv from WordNet 3.0 and a reviewed list.

Inputs, beside this script:
  seeds.tsv    category<TAB>pos<TAB>lemma<TAB>senses: the seed words of each
               relation category (those of the hand-written verbs.tsv) and the
               WordNet sense numbers (1-based, index order) in which they state
               the relation.
  review.tsv   decision<TAB>category<TAB>pos<TAB>word[<TAB>form][<TAB>flags]
               [  # why]: every candidate the expansion yields is `keep` or
               `drop`; a kept word may give its form (a verb with the
               preposition before its target: "dine with") and flags.
WordNet 3.0's database files (Debian package wordnet-base, /usr/share/wordnet;
or --wordnet DIR), read directly: data.verb, data.noun, index.verb,
index.noun, verb.exc.

Expansion of a seed sense (one level, no transitive closure, so a reviewer
can judge every candidate against its seed):
  - synonyms: the other lemmas of the synset;
  - troponyms (verbs) or hyponyms (nouns): the lemmas of the synsets one `~`
    pointer below;
  - derivationally related nouns of a verb sense (the `+` pointers from the
    seed lemma and its synonyms): nominalisations ("donation"), and agent
    nouns (a target in noun.person gets flag `agent`: "donor").

Output: kept candidates whose form (and noun-ness) is not already in the
hand-written verbs.tsv (hand-written lines win), sorted by category then
form, with a header giving the source, the licence and the coverage.

    python3 src/relate/gen/verbs_wordnet.py            # write the file
    python3 src/relate/gen/verbs_wordnet.py --check    # compare, exit 1 if it differs
    python3 src/relate/gen/verbs_wordnet.py --pending  # list unreviewed candidates with glosses

The script also fails if a kept verb is irregular in WordNet's verb.exc
(a past form not made by the regular rules of verbs.rs) and its lemma is
missing from the IRREGULAR table of src/relate/verbs.rs.

Python 3.11, stdlib only. Exit status 1 on any error or difference.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

GEN = Path(__file__).resolve().parent
RELATE = GEN.parent
OUT = RELATE / "verbs_generated.tsv"
HAND = RELATE / "verbs.tsv"
VERBS_RS = RELATE / "verbs.rs"
CATEGORIES = ("meet visit agree acquire supply deploy produce test attack "
              "threaten criticize support sanction").split()
FLAGS = {"n", "agent", "lit", "inv", "also", "recip", "person"}
NOUN_PERSON = 18  # lexicographer file noun.person


class WordNet:
    """The synsets of one part of speech and the index of its lemmas."""

    def __init__(self, root: Path, pos: str):
        self.synsets: dict[int, tuple[int, list[str], list[tuple[str, int, str, int, int]], str]] = {}
        name = {"v": "verb", "n": "noun"}[pos]
        for line in (root / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # licence header
            data, _, gloss = line.partition(" | ")
            f = data.split()
            offset, lexfile = int(f[0]), int(f[1])
            wcnt = int(f[3], 16)
            words = [f[4 + 2 * i].lower() for i in range(wcnt)]
            i = 4 + 2 * wcnt
            pcnt = int(f[i])
            ptrs = []
            for k in range(pcnt):
                sym, off, ppos, st = f[i + 1 + 4 * k: i + 5 + 4 * k]
                ptrs.append((sym, int(off), ppos, int(st[:2], 16), int(st[2:], 16)))
            self.synsets[offset] = (lexfile, words, ptrs, gloss.strip())
        self.index: dict[str, list[int]] = {}
        for line in (root / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            ncount = int(f[2])
            self.index[f[0]] = [int(o) for o in f[-ncount:]]


def clean(word: str) -> str:
    """WordNet lemma to a lexicon form: underscores to spaces, no sense marker."""
    return re.sub(r"\(.*\)$", "", word).replace("_", " ")


def candidates(wn: dict[str, WordNet], seeds):
    """(category, pos, word) -> (seed, relation, flags, gloss), first origin wins."""
    out: dict[tuple[str, str, str], tuple[str, str, str, str]] = {}

    def add(cat, pos, word, seed, how, flags, gloss):
        key = (cat, pos, clean(word))
        out.setdefault(key, (seed, how, flags, gloss))

    for cat, pos, lemma, senses in seeds:
        net = wn[pos]
        offsets = net.index.get(lemma.replace(" ", "_"))
        if not offsets:
            raise SystemExit(f"seeds.tsv: {lemma!r} ({pos}) is not in WordNet")
        for s in senses:
            if s > len(offsets):
                raise SystemExit(f"seeds.tsv: {lemma!r} ({pos}) has no sense {s}")
            off = offsets[s - 1]
            lexfile, words, ptrs, gloss = net.synsets[off]
            seed = f"{lemma}.{pos}.{s}"
            for w in words:
                add(cat, pos, w, seed, "synonym", "", gloss)
            for sym, o2, p2, src, tgt in ptrs:
                if sym == "~" and p2 == pos:
                    _, w2, _, g2 = net.synsets[o2]
                    for w in w2:
                        add(cat, pos, w, seed, "troponym" if pos == "v" else "hyponym", "", g2)
            if pos != "v":
                continue
            # Derived nouns of the seed lemma and of its synonyms in this sense.
            for sym, o2, p2, src, tgt in ptrs:
                if sym != "+" or p2 != "n":
                    continue
                lf2, w2, _, g2 = wn["n"].synsets[o2]
                noun = w2[tgt - 1]
                agent = lf2 == NOUN_PERSON
                add(cat, "n", noun, seed, "agent noun" if agent else "derived noun",
                    "agent" if agent else "", g2)
    return out


def read_tsv(path: Path):
    """Data lines of a TSV file: (line number, columns, comment)."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        body, _, comment = line.partition("#")
        if not body.strip():
            continue
        yield n, [c.strip() for c in body.rstrip().split("\t")], comment.strip()


def read_seeds():
    seeds = []
    for n, cols, _ in read_tsv(GEN / "seeds.tsv"):
        if len(cols) != 4 or cols[0] not in CATEGORIES or cols[1] not in ("v", "n"):
            raise SystemExit(f"seeds.tsv:{n}: expected category<TAB>v|n<TAB>lemma<TAB>senses")
        seeds.append((cols[0], cols[1], cols[2], [int(s) for s in cols[3].split(",")]))
    return seeds


def read_review():
    review = {}
    for n, cols, why in read_tsv(GEN / "review.tsv"):
        if len(cols) < 4 or cols[0] not in ("keep", "drop") or cols[1] not in CATEGORIES \
                or cols[2] not in ("v", "n"):
            raise SystemExit(f"review.tsv:{n}: expected keep|drop<TAB>category<TAB>v|n<TAB>word")
        form = cols[4] if len(cols) > 4 and cols[4] else cols[3]
        flags = cols[5] if len(cols) > 5 else ""
        bad = [f for f in flags.split(",") if f and f not in FLAGS]
        if bad:
            raise SystemExit(f"review.tsv:{n}: unknown flag {bad[0]!r}")
        key = (cols[1], cols[2], cols[3])
        if key in review:
            raise SystemExit(f"review.tsv:{n}: {key} decided twice")
        review[key] = (cols[0], form, flags, why, n)
    return review


def hand_forms():
    """(form, noun) of every hand-written line."""
    forms = set()
    for _, cols, _ in read_tsv(HAND):
        flags = cols[2].split(",") if len(cols) > 2 else []
        forms.add((cols[1], "n" in flags))
    return forms


def irregular_table() -> set[str]:
    src = VERBS_RS.read_text(encoding="utf-8")
    body = src[src.index("const IRREGULAR"):]
    body = body[:body.index("];")]
    return set(re.findall(r'\("([a-z-]+)",', body))


def regular_forms(w: str) -> set[str]:
    """The forms verbs.rs makes for a lemma not in IRREGULAR (its `inflect`)."""
    vowels = set("aeiou")
    n = len(w)
    cons_y = n >= 2 and w[-1] == "y" and w[-2] not in vowels
    if w.endswith(("s", "x", "z", "ch", "sh")):
        third = w + "es"
    elif cons_y:
        third = w[:-1] + "ies"
    else:
        third = w + "s"
    doubles = 3 <= n <= 4 and sum(c in vowels for c in w) == 1 and w[-1] not in vowels \
        and w[-1] not in "wxy" and w[-2] in vowels and w[-3] not in vowels
    if w.endswith("e"):
        past = w + "d"
    elif cons_y:
        past = w[:-1] + "ied"
    elif doubles:
        past = w + w[-1] + "ed"
    else:
        past = w + "ed"
    if w.endswith("ie"):
        ger = w[:-2] + "ying"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        ger = w[:-1] + "ing"
    elif doubles:
        ger = w + w[-1] + "ing"
    else:
        ger = w + "ing"
    return {w, third, past, ger}


def check_irregular(root: Path, kept_verbs: set[str]) -> list[str]:
    """Kept verbs with a WordNet exception form (verb.exc) the regular rules do
    not make, and no IRREGULAR entry in verbs.rs."""
    exc = defaultdict(set)
    for line in (root / "verb.exc").read_text(encoding="latin-1").splitlines():
        f = line.split()
        if len(f) >= 2:
            exc[f[1]].add(f[0])
    table = irregular_table()
    missing = []
    for form in sorted(kept_verbs):
        verb = form.split()[0].rsplit("-", 1)[-1]
        odd = exc.get(verb, set()) - regular_forms(verb)
        if odd and verb not in table:
            missing.append(f"{verb} ({', '.join(sorted(odd))})")
    return missing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--check", action="store_true", help="compare with the committed file")
    ap.add_argument("--pending", action="store_true", help="list unreviewed candidates")
    args = ap.parse_args()
    root = args.wordnet
    if not (root / "data.verb").exists():
        print(f"WordNet 3.0 not found in {root} (apt-get install wordnet-base)", file=sys.stderr)
        return 1
    wn = {"v": WordNet(root, "v"), "n": WordNet(root, "n")}
    seeds = read_seeds()
    cands = candidates(wn, seeds)
    review = read_review()

    pending = [k for k in sorted(cands) if k not in review]
    if args.pending:
        for cat, pos, word in pending:
            seed, how, flags, gloss = cands[(cat, pos, word)]
            print(f"{cat}\t{pos}\t{word}\t# {how} of {seed}: {gloss[:90]}")
        return 0
    errors = []
    if pending:
        errors.append(f"{len(pending)} candidates not reviewed (run with --pending), e.g. {pending[:5]}")
    stale = [k for k in review if k not in cands]
    if stale:
        errors.append(f"review.tsv decides words that are no candidate: {sorted(stale)[:8]}")

    hand = hand_forms()
    lines: dict[str, list[tuple[str, str]]] = defaultdict(list)
    stats = {c: {"cand": 0, "v": 0, "n": 0, "hand": 0, "seeds": defaultdict(list)} for c in CATEGORIES}
    kept_verbs = set()
    for key in sorted(cands):
        cat, pos, word = key
        seed, how, gflags, _ = cands[key]
        st = stats[cat]
        st["cand"] += 1
        if key not in review or review[key][0] != "keep":
            continue
        _, form, rflags, _, _ = review[key]
        flags = [f for f in (["n"] if pos == "n" else []) + gflags.split(",") + rflags.split(",") if f]
        flags = sorted(set(flags), key=["n", "agent", "lit", "inv", "also", "recip", "person"].index)
        if (form, pos == "n") in hand:
            st["hand"] += 1
            continue
        st[pos] += 1
        st["seeds"][seed].append(form + (" (n)" if pos == "n" else ""))
        lines[cat].append((form, ",".join(flags)))
        if pos == "v" and "lit" not in flags:
            kept_verbs.add(form)
    missing = check_irregular(root, kept_verbs)
    if missing:
        errors.append("irregular verbs missing from IRREGULAR in verbs.rs: " + "; ".join(missing))

    out = [
        "# verbs_generated.tsv: predicate lexicon generated from WordNet 3.0 by",
        "# src/relate/gen/verbs_wordnet.py (seeds.tsv, review.tsv beside it). Do not edit:",
        "# change the seeds or the review and run the script again.",
        "#",
        "# Source: WordNet 3.0, Princeton University (Debian package wordnet-base).",
        "# Licence: the WordNet 3.0 licence (permissive, BSD-like): \"Permission to use,",
        "# copy, modify and distribute this software and database and its documentation",
        "# for any purpose and without fee or royalty is hereby granted\", provided the",
        "# copyright notice is kept: WordNet 3.0 Copyright 2006 by Princeton University.",
        "# All rights reserved.",
        "#",
        "# Same format as verbs.tsv (category<TAB>form[<TAB>flags]); read after it, and a",
        "# form verbs.tsv already has (as verb or as noun) is left out here, so",
        "# hand-written lines win. Seeds: the words of verbs.tsv in the WordNet senses",
        "# that state the relation; candidates: their synonyms, troponyms (hyponyms",
        "# for nouns), derived nouns and agent nouns, one level; every candidate is",
        "# kept or dropped in review.tsv.",
        "#",
        "# Coverage: category: candidates, verbs kept, nouns kept, kept but already",
        "# hand-written; then the kept forms per seed (lemma.pos.sense).",
    ]
    for cat in CATEGORIES:
        st = stats[cat]
        out.append(f"#   {cat}: {st['cand']} candidates, {st['v']} verbs, {st['n']} nouns, "
                   f"{st['hand']} hand-written")
        for seed in sorted(st["seeds"]):
            out.append(f"#     {seed}: {', '.join(sorted(st['seeds'][seed]))}")
    for cat in CATEGORIES:
        if not lines[cat]:
            continue
        out.append("")
        out.append(f"# --- {cat}")
        for form, flags in sorted(set(lines[cat])):
            out.append(f"{cat}\t{form}\t{flags}" if flags else f"{cat}\t{form}")
    text = "\n".join(out) + "\n"

    if errors:
        for e in errors:
            print(f"verbs_wordnet.py: {e}", file=sys.stderr)
        return 1
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from what the generator makes; run "
                  "python3 src/relate/gen/verbs_wordnet.py", file=sys.stderr)
            return 1
        print(f"{OUT.name} is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
