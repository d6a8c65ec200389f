"""Mentions built from a matched pattern: a ministry with no nationality, a facility named after
a place or a person, and the story's own state that a bare ministry belongs to.

`وزارة الصحة في كابول` → the Kabul Health Ministry; `مطار عدن الدولي` → Aden International Airport;
`مطار الملك خالد` → King Khalid Airport.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.bodies import pattern_entry
from rasd.annotate.kb_match import Match, stem_offset
from rasd.annotate.translit import romanise, slug
from rasd.arabic import Token, fold_key

if TYPE_CHECKING:
    from rasd.annotate.patterns import Pattern

# Adjectives that end a facility's name (مطار عدن الدولي: Aden International Airport).
FACILITY_ADJ = {"الدولي": "International", "المركزي": "Central", "العسكري": "Military",
                "العام": "General", "الجديد": "New"}
# ... and a base's (قاعدة الملك خالد الجوية: King Khalid Air Base).
BASE_KINDS = {"الجويه": "Air Base", "البحريه": "Naval Base"}


def main_state(found: tuple[Match, ...] | list[Match]) -> str | None:
    """The state an article is mostly about: named (or holding the places named) clearly more
    often than any other, at least twice. An unqualified ministry in it is that state's."""
    counts: dict[str, int] = {}
    for m in found:
        e = m.entries[0]
        if e.type in ("GPE", "LOC") and (state := e.state):
            counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.values(), reverse=True) + [0, 0]
    best = max(counts, key=counts.__getitem__, default=None)
    return best if best is not None and ranked[0] >= 2 and ranked[0] > ranked[1] else None


def bare_ministry(text: str, tokens: list[Token], keys: list[str], kb_at: dict[int, Match], i: int, clitic: str,
                   j: int, pat: "Pattern", home: tuple[str | None, str] | None = None) -> Match:
    """`وزارة الصحة` with no nationality is still a ministry; `في كابول` after it says whose
    (the Kabul Health Ministry), and stays its own mention."""
    place = kb_at.get(j + 1) if j < len(keys) and keys[j] == "في" else None
    where = place.entries[0] if place is not None and place.entries[0].type in ("GPE", "LOC") else None
    start, stop = stem_offset(tokens[i], clitic), tokens[j - 1].end  # the place stays its own mention
    surface = text[start:stop]
    name_en = f"{where.name_en} {pat.english}" if where is not None else pat.english
    country = where.state if where is not None else None
    if where is None and home is not None and home[0]:
        name_en, country = f"{home[0]} {pat.english}", home[1]  # the story's state: Libyan Health Ministry
    entry = pattern_entry(f"rasd:org:{slug(name_en).lower()}", pat.type, name_en, surface, country, pat.subtype)
    return Match(start, stop, surface, [entry], i, j - i, fold_key(surface), "pattern")


def facility(text: str, tokens: list[Token], keys: list[str], i: int, clitic: str, end: int,
              pat: "Pattern", name_en: str | None = None, person: bool = False) -> Match:
    """`مطار عدن الدولي` → Aden International Airport: head + name (+ one adjective)."""
    name_en = name_en or romanise(text[tokens[i + 1].start:tokens[end - 1].end])
    if end < len(keys) and keys[end] in FACILITY_ADJ:
        name_en += " " + FACILITY_ADJ[keys[end]]
        end += 1
    start, stop = stem_offset(tokens[i], clitic), tokens[end - 1].end
    surface = text[start:stop]
    # English names ports and universities "of" their place (Port of Aden), the rest after it
    # ... and after a person always (King Abdulaziz University, King Fahd Port)
    head = pat.english.replace(" of {}", "").replace("{} ", "")
    full = pat.english.format(name_en) if "{}" in pat.english and not person else f"{name_en} {head}"
    entry = pattern_entry(f"rasd:{pat.type.lower()}:{slug(surface)}", pat.type, full, surface, None, pat.subtype)
    return Match(start, stop, surface, [entry], i, end - i, fold_key(surface), "pattern")


def royal_base(text: str, tokens: list[Token], keys: list[str], i: int, clitic: str, end: int,
               name_en: str) -> Match:
    """`قاعدة الملك خالد الجوية` → King Khalid Air Base: a base named after a royal, the whole
    phrase (a base named after a place is that place: قاعدة عين الأسد → عين الأسد)."""
    kind = BASE_KINDS.get(keys[end]) if end < len(keys) else None
    stop_tok = end + 1 if kind else end
    start, stop = stem_offset(tokens[i], clitic), tokens[stop_tok - 1].end
    surface = text[start:stop]
    full = f"{name_en} {kind or 'Base'}"
    entry = pattern_entry(f"rasd:loc:{slug(surface)}", "LOC", full, surface, None, "base")
    return Match(start, stop, surface, [entry], i, stop_tok - i, fold_key(surface), "pattern")
