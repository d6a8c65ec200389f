"""Build the entity step's data-driven word lists under rasd/lexicon/.

    python scripts/build_entity_lexicons.py [--names PATH/names.sqlite3] [--anercorp DIR]

- `translit.tsv`: Arabic name part (folded) → its most usual Latin spelling, from the
  CC0 name index shipped in the MIT-licensed PyPI package `arabic-name-romanizer`
  (Wikidata labels of people). Arab-country spellings are preferred over Persian or
  South-Asian ones because rasd reads Arab media. Install the package (or unzip its
  wheel) only to run this script; rasd itself never imports it.
- `entity_nonname.tsv`: frequent words that are almost never inside a named entity in
  the ANERCorp training and test splits (`../shared/data/anercorp/`); they end the
  name that follows a title (`... ديمتري بيسكوف بشكل منفصل`: Dmitry Peskov separately).
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasd.arabic import fold_key  # noqa: E402
from scripts.name_fit import MIN_FIT, fits  # noqa: E402

LEX = ROOT / "rasd" / "lexicon"
ARAB = {"SA", "EG", "YE", "IQ", "SY", "JO", "LB", "PS", "KW", "QA", "BH", "AE", "OM", "LY", "SD", "TN",
        "DZ", "MA", "MR", "SO"}
MASHREQ = ARAB - {"TN", "DZ", "MA", "MR"}


def default_names_db() -> Path:
    """The name index inside the installed arabic-name-romanizer package."""
    import importlib.util

    spec = importlib.util.find_spec("arabic_name_romanizer")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install arabic-name-romanizer, or pass --names PATH/names.sqlite3")
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "names.sqlite3"


def weight(country: str) -> float:
    """Mashreq/Gulf spellings (Mansour, Fahd) first; Maghrebi and non-Arab spellings count less."""
    if country in MASHREQ:
        return 1.0
    return 0.6 if country in ARAB else 0.3


def build_translit(db: Path, min_count: float) -> list[tuple[str, str, int]]:
    """(folded Arabic part, Latin spelling, attestations) for parts attested often enough: the
    most attested spelling that fits the part's sounds (`fits`); a part no spelling fits is left out."""
    con = sqlite3.connect(db)
    scores: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for key, latin, country, count in con.execute("select arabic_key, latin, country, count from units"):
        k = fold_key(key).strip()
        if not k or " " in k or not latin.isascii() or not latin.replace("-", "").replace("'", "").isalpha():
            continue
        scores[k][latin] += weight(country) * count
        totals[k] += count
    rows = []
    for k, cands in scores.items():
        if totals[k] < min_count and max(cands.values()) < 1.0:
            continue
        ranked = [latin for latin, _ in sorted(cands.items(), key=lambda kv: (-kv[1], kv[0]))]
        best = next((latin for latin in ranked if fits(k, latin) >= MIN_FIT), None)
        if best is not None:
            rows.append((k, best, totals[k]))
    return sorted(rows)


def _lines(anercorp: Path) -> list[str]:
    """Token lines of the ANERCorp training and test splits."""
    out: list[str] = []
    for name in ("train_approx.txt", "test.txt"):
        out += (anercorp / name).read_text(encoding="utf-8").splitlines()
    return out


def build_nonname(anercorp: Path, min_count: int, max_ratio: float) -> list[tuple[str, int]]:
    """Frequent ANERCorp words that are (almost) never part of an entity."""
    seen: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for line in _lines(anercorp):
        parts = line.rsplit(" ", 1)
        if len(parts) != 2 or not any("\u0600" <= c <= "\u06ff" for c in parts[0]):
            continue
        k = fold_key(parts[0])
        seen[k] += 1
        inside[k] += parts[1] != "O"
    rows = [(w, n) for w, n in seen.items() if n >= min_count and inside[w] / n <= max_ratio]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


# English news writes these adjectives shorter than the gazetteer's demonym.
DEMONYM_OVERRIDES = {"SA": "Saudi", "GB": "British", "AE": "Emirati", "CD": "Congolese"}


def build_demonyms(mledoze: Path) -> list[tuple[str, str, str]]:
    """(country name, ISO2, English adjective) for every name a country goes by."""
    import json

    rows = set()
    for c in json.loads(mledoze.read_text(encoding="utf-8")):
        adj = DEMONYM_OVERRIDES.get(c["cca2"]) or (c.get("demonyms", {}).get("eng") or {}).get("m")
        if not adj:
            continue
        names = {c["name"]["common"], c["name"]["official"], *c.get("altSpellings", [])}
        for n in names:
            if n.isascii() and len(n) > 3:
                rows.add((n, c["cca2"], adj))
    return sorted(rows)


def write_tsv(path: Path, header_comment: str, columns: str, rows: list[tuple]) -> None:
    lines = [f"# {c}" for c in header_comment.strip().splitlines()] + [columns]
    lines += ["\t".join(str(c) for c in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=Path, default=None)
    ap.add_argument("--anercorp", type=Path, default=ROOT.parent / "shared" / "data" / "anercorp")
    ap.add_argument("--mledoze", type=Path,
                    default=ROOT.parent / "shared" / "data" / "gazetteers" / "mledoze-countries" / "countries.json")
    args = ap.parse_args()
    db = args.names or default_names_db()
    write_tsv(LEX / "translit.tsv",
              "Arabic personal-name parts (folded with rasd.arabic.fold_key) and their most usual Latin\n"
              "spelling, Mashreq/Gulf spellings preferred. Built by scripts/build_entity_lexicons.py from\n"
              "the name index of the PyPI package arabic-name-romanizer 0.2 (MIT; data from Wikidata, CC0).\n"
              "count: attestations of the part in that index.",
              "word\tlatin\tcount", build_translit(db, min_count=2))
    write_tsv(LEX / "entity_demonyms.tsv",
              "English adjective of each country (Turkey → Turkish), keyed by every English name the\n"
              "country goes by, to name a state's organs (الجيش التركي → Turkish army). Built by\n"
              "scripts/build_entity_lexicons.py from mledoze/countries (ODbL 1.0) demonyms, with a few\n"
              "shorter forms English news uses (Saudi, Emirati).",
              "name\tiso2\tadjective", build_demonyms(args.mledoze))
    write_tsv(LEX / "entity_nonname.tsv",
              "Frequent Arabic news words (folded) that are almost never inside a named entity: they end\n"
              "a name found after a title. Built by scripts/build_entity_lexicons.py from the ANERCorp\n"
              "training and test splits (words seen 2+ times, at most 2% of them inside an entity).\n"
              "count: occurrences in that split.",
              "word\tcount", build_nonname(args.anercorp, min_count=2, max_ratio=0.02))


if __name__ == "__main__":
    main()
