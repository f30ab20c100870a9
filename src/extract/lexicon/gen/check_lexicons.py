#!/usr/bin/env python3
"""Check (and optionally re-sort) the hand-curated lexicon files.

Covers weapons.tsv, organisations.tsv, titles.tsv and common_words.txt, the
four files written by hand from public knowledge (no generator: this script
only validates and sorts them).

    python3 src/extract/lexicon/gen/check_lexicons.py          # check only
    python3 src/extract/lexicon/gen/check_lexicons.py --sort   # sort, then check

Checks, per file: the leading comment header is present; every data line has
the file's number of TAB-separated columns; no leading or trailing spaces in
a line, field or list item; data lines sorted by first field in byte order
(LC_ALL=C); first field unique; enumerated columns (weapon class, title kind)
hold known values; within a file every surface form (name or alias) belongs
to exactly one row; for weapons, the designator keys (letters and digits,
lower-cased, as src/extract/lexicon/mod.rs computes them) of forms without
spaces point at one row only, and the plurals the loader adds ("Rafales")
do not equal another row's form. Cross-file clashes are errors: an
organisation or weapon form that is a countries.tsv form (organisations and
weapons load first and would shadow it), a form claimed by both
organisations and weapons, a title equal to an entity form, and a common word
whose lower-case or capitalised form is a lexicon form.

Sorting keeps the header (leading comment lines up to the first blank line)
in place; a comment line further down stays attached to the data line that
follows it.

Python 3.11, stdlib only. Exit status 1 on any error.
"""

from __future__ import annotations

import sys
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent

WEAPON_CLASSES = {
    "aircraft", "helicopter", "missile", "air-defence", "tank", "armoured-vehicle",
    "artillery", "ship", "submarine", "drone", "small-arm", "radar", "munition",
}
TITLE_KINDS = {"honorific", "rank", "office"}
MONTHS_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
}

# file -> (number of columns, indexes of '|' list columns)
SPECS = {
    "weapons.tsv": (3, [2]),
    "organisations.tsv": (3, [1]),
    "titles.tsv": (2, []),
    "common_words.txt": (1, []),
}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def split_file(text: str) -> tuple[list[str], list[list[str]]]:
    """Header lines, and blocks of (comment lines..., data line)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header: list[str] = []
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        header.append(lines[i])
        i += 1
    while i < len(lines) and lines[i].strip() == "":
        i += 1
    blocks: list[list[str]] = []
    pending: list[str] = []
    for line in lines[i:]:
        if line.strip() == "":
            continue
        if line.startswith("#"):
            pending.append(line)
            continue
        blocks.append(pending + [line])
        pending = []
    if pending:
        err(f"trailing comment lines without a data line: {pending}")
    return header, blocks


def sort_file(path: Path) -> None:
    header, blocks = split_file(path.read_text(encoding="utf-8"))
    blocks.sort(key=lambda b: b[-1].split("\t")[0].encode("utf-8"))
    out = header + [""] + [line for b in blocks for line in b]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def designator_key(s: str) -> str:
    return "".join(c.lower() for c in s if c.isalnum())


def is_designator(s: str) -> bool:
    letters = digits = False
    for c in s:
        if c.isalpha():
            letters = True
        elif c.isascii() and c.isdigit():
            digits = True
        elif c not in "-/ .":
            return False
    return letters and digits and s[:1].isalpha()


def country_surfaces() -> dict[str, str]:
    out: dict[str, str] = {}
    path = LEXICON / "countries.tsv"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        for col in f[:3]:
            for s in col.split("|"):
                if s:
                    out[s] = f[0]
    return out


def check(name: str, countries: dict[str, str]) -> int:
    path = LEXICON / name
    ncols, list_cols = SPECS[name]
    text = path.read_text(encoding="utf-8")
    if "\r" in text:
        err(f"{name}: CR characters")
    header, blocks = split_file(text)
    if len(header) < 3:
        err(f"{name}: header comment missing or too short")
    keys: list[bytes] = []
    surfaces: dict[str, str] = {}
    designators: dict[str, str] = {}
    rows = 0
    for block in blocks:
        line = block[-1]
        rows += 1
        where = f"{name}: {line!r}"
        if line != line.strip(" "):
            err(f"{where}: leading/trailing space")
        f = line.split("\t")
        if len(f) != ncols:
            err(f"{where}: {len(f)} columns, want {ncols}")
            continue
        for col in f:
            if col != col.strip():
                err(f"{where}: field {col!r} has outer whitespace")
        first = f[0]
        if not first:
            err(f"{where}: empty first field")
        keys.append(first.encode("utf-8"))
        if name == "common_words.txt":
            if first != first.lower():
                err(f"{where}: not lower case")
            if first in MONTHS_DAYS:
                err(f"{where}: month or weekday")
            continue
        if name == "weapons.tsv" and f[1] not in WEAPON_CLASSES:
            err(f"{where}: unknown class {f[1]!r}")
        if name == "titles.tsv" and f[1] not in TITLE_KINDS:
            err(f"{where}: unknown kind {f[1]!r}")
        forms = [first]
        for c in list_cols:
            if f[c] == "":
                continue
            for item in f[c].split("|"):
                if item == "" or item != item.strip():
                    err(f"{where}: bad list item {item!r}")
                forms.append(item)
        seen_here: set[str] = set()
        for form in forms:
            if form in seen_here:
                err(f"{where}: {form!r} twice in the row")
            seen_here.add(form)
            if form in surfaces and surfaces[form] != first:
                err(f"{where}: {form!r} also belongs to {surfaces[form]!r}")
            surfaces[form] = first
            if name in ("weapons.tsv", "organisations.tsv") and form in countries:
                err(f"{where}: {form!r} is a countries.tsv form of {countries[form]!r}")
        if name == "weapons.tsv":
            for form in forms:
                if is_designator(form) and " " not in form:
                    k = designator_key(form)
                    other = designators.setdefault(k, first)
                    if other != first:
                        err(f"{where}: designator key {k!r} of {form!r} also {other!r}")
    if keys != sorted(keys):
        for a, b in zip(keys, keys[1:]):
            if a > b:
                err(f"{name}: not sorted at {a.decode()!r} > {b.decode()!r}")
                break
    dupes = {k for k in keys if keys.count(k) > 1}
    for k in sorted(dupes):
        err(f"{name}: duplicate first field {k.decode()!r}")
    if name == "weapons.tsv":
        # The loader adds "<form>s" for every form not ending in 's'.
        for form, owner in list(surfaces.items()):
            if not form.endswith("s"):
                plural = form + "s"
                if plural in surfaces and surfaces[plural] != owner:
                    err(f"{name}: plural {plural!r} of {owner!r} is a form of {surfaces[plural]!r}")
    return rows


def main() -> int:
    if "--sort" in sys.argv[1:]:
        for name in SPECS:
            sort_file(LEXICON / name)
    countries = country_surfaces()
    counts = {name: check(name, countries) for name in SPECS}
    # Cross-file: organisation forms (loaded first) must not take weapon forms.
    org_forms: dict[str, str] = {}
    weapon_forms: dict[str, str] = {}
    for name, store, col in (("organisations.tsv", org_forms, 1), ("weapons.tsv", weapon_forms, 2)):
        for line in (LEXICON / name).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            for s in [f[0]] + (f[col].split("|") if len(f) > col and f[col] else []):
                store[s] = f[0]
    for s in sorted(set(org_forms) & set(weapon_forms)):
        err(f"{s!r} is both organisation {org_forms[s]!r} and weapon {weapon_forms[s]!r}")
    # Titles load last: a title equal to an entity form would be shadowed.
    entity_forms = set(org_forms) | set(weapon_forms) | set(countries)
    titles: set[str] = set()
    for line in (LEXICON / "titles.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            t = line.split("\t")[0]
            titles.add(t)
            if t in entity_forms:
                err(f"title {t!r} is also an entity form")
    # A common word must not be (the capitalised form of) a lexicon form.
    for line in (LEXICON / "common_words.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            for form in (line, line[:1].upper() + line[1:]):
                if form in entity_forms or form in titles:
                    err(f"common word {line!r} is the lexicon form {form!r}")
    for name, n in counts.items():
        print(f"{name}: {n} rows")
    classes: dict[str, int] = {}
    for line in (LEXICON / "weapons.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            c = line.split("\t")[1]
            classes[c] = classes.get(c, 0) + 1
    print("weapon classes: " + ", ".join(f"{k} {v}" for k, v in sorted(classes.items())))
    for e in errors:
        print("ERROR " + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
