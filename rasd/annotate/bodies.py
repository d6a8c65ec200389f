"""Bodies named by a head noun and the words after it (entity_patterns.tsv kind `body`).

`إذاعة الأندلس` (Radio Andalus), `مؤسسة الزلاقة` (the al-Zallaqa foundation): a body's head noun
in construct with definite words; `المؤسسة الوطنية للنفط` (the National Oil Corporation): a
definite head, a rank adjective and a ل phrase, with the place that ends an official name.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.annotate.body_english import english_body
from rasd.annotate.kb_match import Match, stem_offset
from rasd.annotate.title_names import is_name_word
from rasd.annotate.translit import romanise, slug
from rasd.arabic import Token, fold_key

if TYPE_CHECKING:
    from rasd.annotate.patterns import Pattern
    from rasd.kb import Entry

# Definite heads and rank adjectives of bodies named by a ل phrase (المؤسسة الوطنية للنفط).
DEFINITE_BODY_HEADS = frozenset({"المؤسسه", "الهيئه", "المنسقيه", "اللجنه", "المفوضيه", "الشركه", "المجلس",
                                 "المركز", "الجمعيه", "الرابطه", "المنظمه", "الوكاله", "الشبكه", "الاداره"})
BODY_ADJECTIVES = frozenset({"العامه", "الوطنيه", "العليا", "الدوليه", "الساميه", "المستقله", "العربيه",
                             "الاعلي", "العام", "الوطني", "الاعلي", "الدولي"})
MAX_BODY_WORDS = 3  # definite words after a body's head noun (مؤسسة الكهرباء العامة)


def pattern_entry(id_: str, type_: str, name_en: str, surface: str, country: str | None, subtype: str) -> "Entry":
    from rasd.kb import Entry

    return Entry(id_, type_, name_en, (surface,), (), country, None, None, "rasd:pattern", subtype)


@lru_cache(maxsize=1)
def common_stems() -> frozenset[str]:
    """Common words without their article (مجاوره from المجاورة), from the non-name list."""
    from rasd.annotate.title_lexicon import non_names

    return frozenset(w for w in non_names() if not w.startswith("ال"))


@lru_cache(maxsize=1)
def _article_common() -> frozenset[str]:
    """Common words with their article (الشرطه), from the non-name list."""
    from rasd.annotate.title_lexicon import non_names

    return frozenset(w for w in non_names() if w.startswith("ال"))


def definite_body(text: str, tokens: list[Token], keys: list[str], taken: set[int], kb_at: dict[int, Match],
                   i: int) -> Match | None:
    """`المؤسسة الوطنية للنفط` (the National Oil Corporation), `المنسقية العامة للنازحين واللاجئين`:
    a definite head, a rank adjective, a ل phrase and its و conjuncts, then في + a known place."""
    j = i + 1
    if j >= len(keys) or keys[j] not in BODY_ADJECTIVES:
        return None
    end = j + 1
    if end >= len(keys) or end in taken or not keys[end].startswith("لل") or len(keys[end]) < 5:
        return None
    end += 1
    while end < len(keys) and end not in taken and keys[end].startswith(("وال", "ولل")) and len(keys[end]) >= 5:
        end += 1
    own = end
    place = kb_at.get(end + 1) if end < len(keys) and keys[end] == "في" else None
    if place is not None and place.entries[0].type in ("GPE", "LOC"):
        end += 1 + place.ntok  # official names often end with their place (… في دارفور)
    else:
        place = None
    start, stop = tokens[i].start, tokens[end - 1].end
    surface = text[start:stop]
    name_en = english_body(keys[i:own], place.entries[0].name_en if place else None) or romanise(surface)
    entry = pattern_entry(f"rasd:org:{slug(surface)}", "ORG", name_en, surface, None, "organisation")
    return Match(start, stop, surface, [entry], i, end - i, fold_key(surface), "pattern")


def named_body(text: str, tokens: list[Token], keys: list[str], i: int, clitic: str, j: int, taken: set[int],
          pat: Pattern) -> Match | None:
    """`إذاعة الأندلس` (Radio Andalus), `مؤسسة الكهرباء العامة`: a body's head noun in construct with
    definite words; one word must be no common noun (الأندلس) or two must follow, else it is a
    description (مركز الشرطة: the police station)."""
    end = j
    while end < len(keys) and end - j < MAX_BODY_WORDS and end not in taken and keys[end].startswith(("ال", "وال")) \
            and is_name_word(keys[end].removeprefix("و")) \
            and (end == j or not keys[end].endswith(("ه", "ي"))):  # الناطقة، التابعة: agreeing adjectives
        end += 1
    words = [k.removeprefix("و") for k in keys[j:end]]
    proper = [w for w in words if w not in _article_common() and w[2:] not in common_stems()]
    if not words or (not proper and len(words) < 2) or (end < len(keys) and end in taken):
        return None  # مركز الشرطة; or a KB name runs on (بعثة الاتحاد الأفريقي ...): a longer name
    start, stop = stem_offset(tokens[i], clitic), tokens[end - 1].end
    surface = text[start:stop]
    name = romanise(text[tokens[j].start:stop])  # مؤسسة الزلاقة → Al-Zalaqa Foundation, not "Msasa al-Zalaqa"
    full = english_body([keys[i].removeprefix(clitic), *keys[j:end]]) \
        or (pat.english.format(name) if "{}" in pat.english else f"{name} {pat.english[:1].upper()}{pat.english[1:]}")
    entry = pattern_entry(f"rasd:org:{slug(surface)}", pat.type, full, surface, None, pat.subtype)
    return Match(start, stop, surface, [entry], i, end - i, fold_key(surface), "pattern")
