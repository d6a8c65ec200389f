"""Readings of a KB match in its sentence: who else a surname may be, where a place name starts.

A known person's surname after another given name is someone else of that surname (سامي بوتين
is no Putin); `محافظة تعز` (Taiz province) is the mention `تعز`; `شمال قطاع غزة` (the north of
the Gaza Strip) is the Gaza Strip. `new_entry` makes a KB-shaped entry for a name the KB lacks.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.body_english import english_body
from rasd.annotate.cues import hamza_particle
from rasd.annotate.entry_choice import OWN_UNITS
from rasd.annotate.kb_match import Match
from rasd.annotate.title_lexicon import name_parts, non_names
from rasd.annotate.translit import entity_id, romanise
from rasd.annotate.weak_matches import PLACE_CUES
from rasd.arabic import Token, fold_key

if TYPE_CHECKING:
    from rasd.kb import KB, Entry

# Folded direction words: `شمال X` is mostly the north of X, not a place of its own.
DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"})


# Nouns that are also given names but before a known person's surname are that person's act or
# time (لقاء مدفيديف: Medvedev's meeting; حكم الأسد: Assad's rule; حديث بوتين: Putin's remarks).
CONSTRUCT_NOUNS = frozenset({"لقاء", "حكم", "حديث", "نجاح", "انتصار", "ضيف"})


def other_bearer(text: str, tokens: list[Token], keys: list[str], m: Match) -> Match:
    """A known person's surname alone after another given name is someone else of that surname
    (ليز غراندي is Lise Grande, not Filippo Grandi; سامي بوتين is no Putin): the whole name, unlinked."""
    entry = m.entries[0]
    if entry.type != "PER" or m.ntok != 1 or m.first == 0 or m.start > tokens[m.first].start:
        return m  # not after a clitic either: آبي أحمد وأفورقي (Abiy Ahmed and Afwerki)
    if hamza_particle(tokens[m.first - 1].text):
        return m  # بأن الأسد: "that Assad", not one Ban al-Assad
    if tokens[m.first - 1].text in ("على", "وعلى", "فعلى"):
        return m  # الدعوى المرفوعة على بريغوجين: the case "against" Prigozhin (على folds as the name علي)
    given = keys[m.first - 1]
    given = given[1:] if given[:1] == "و" and given[1:] in name_parts() else given
    if given not in name_parts() or given in non_names() or given in CONSTRUCT_NOUNS \
            or any(_loose(given) in _loose(fold_key(n)).split() for n in entry.names_ar):
        return m
    start = tokens[m.first - 1].start + (len(keys[m.first - 1]) - len(given))
    surface = text[start:m.end]
    return Match(start, m.end, surface, [new_entry("PER", surface, None, "rasd:name")], m.first - 1, 2,
                 fold_key(surface), m.source)


def _loose(word: str) -> str:
    """A folded word without its hamza seats (فائز ~ فايز), for comparing spellings of one name."""
    return word.replace("ئ", "ي").replace("ؤ", "و").replace("ء", "")


def name_after_cue(kb: "KB", text: str, m: Match, keys: list[str]) -> Match:
    """`محافظة تعز` (Taiz province) → the mention is `تعز`, linked as the KB links the name alone."""
    words = m.key.split()
    if m.ntok < 2 or words[0] not in PLACE_CUES or not (rest := kb.lookup(" ".join(words[1:]))):
        return m
    if m.entries[0].type in ("ORG", "PER"):
        return m  # ولاية سيناء named as a body (the Sinai Province group), not the province
    if m.entries[0].state not in {e.state for e in rest}:
        return m  # إقليم كردستان is Iraq's Kurdistan Region; كردستان alone, Iran's province
    return _without_first_word(text, m, rest)


def _without_first_word(text: str, m: Match, rest: list["Entry"]) -> Match:
    """The match less its first word (a place cue or a direction), linked to `rest`."""
    start = m.start + len(text[m.start:m.end].split(None, 1)[0])
    while text[start].isspace():
        start += 1
    return Match(start, m.end, text[start:m.end], rest, m.first + 1, m.ntok - 1, " ".join(m.key.split()[1:]))


def name_after_direction(kb: "KB", text: str, m: Match) -> Match:
    """`شمال قطاع غزة` (the north of the Gaza Strip) → the Gaza Strip; `جنوب لبنان` → Lebanon.

    A direction phrase stays one name only when the KB has it as a unit of its own: a state
    (جنوب السودان, South Sudan) or an administrative division (شمال سيناء governorate); and a
    direction of a continent is a region of its own (غرب أفريقيا: West Africa, not Africa)."""
    words = m.key.split()
    if m.ntok < 2 or words[0] not in DIRECTIONS or any(e.subtype in OWN_UNITS for e in m.entries) \
            or not (rest := kb.lookup(" ".join(words[1:]))) or all(e.subtype == "continent" for e in rest):
        return m
    return _without_first_word(text, m, rest)


def new_entry(type_: str, surface: str, country: str | None, source: str) -> "Entry":
    """A KB-shaped entry for a name the KB lacks: a body's name translated when every word is known
    (body_english), else romanised; a stable id."""
    from rasd.kb import Entry

    name_en = (english_body(fold_key(surface).split()) if type_ == "ORG" else None) or romanise(surface, type_ == "PER")
    return Entry(entity_id(type_, surface), type_, name_en, (surface,), (), country,
                 None, None, source, None)
