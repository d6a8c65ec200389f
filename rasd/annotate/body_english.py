"""English names for bodies the knowledge base lacks, read from the words of their Arabic name.

A body's descriptive name is translated rather than romanised when every word of it is known
(`rasd/lexicon/body_words.tsv`): `المجلس الوطني للانتخابات` → National Council for Elections
(not "Al-Majlas al-Watni Lalantakhabat"), `لجنة الأمن القومي` → National Security Committee,
`المنسقية العامة للنازحين واللاجئين في دارفور` → General Coordination for Displaced Persons and
Refugees in Darfur. Two shapes are read:

- a definite head, its adjectives, then a ل complement and its و conjuncts: English puts the
  adjectives first, in reverse order (المفوضية العليا المستقلة → Independent High Commission);
- a head in construct with a definite noun and that noun's adjectives (لجنة الأمن القومي).

A word outside the list, or any other shape, gives None and the caller romanises.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.arabic import fold_key
from rasd.lexicon import load_table


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, str]]:
    """Folded word without its article → (English, kind)."""
    return {fold_key(r["word"]): (r["english"], r["kind"]) for r in load_table("body_words")}


def _word(key: str, article: str, kind: str) -> str | None:
    """The English of `key` when it is `article` + a listed word of this kind."""
    if not key.startswith(article):
        return None
    got = _words().get(key[len(article):])
    return got[0] if got is not None and got[1] == kind else None


def _complements(keys: list[str]) -> str | None:
    """`للانتخابات والاستفتاء` → "for Elections and Referendum"; `لحقوق الانسان` → "for Human Rights"."""
    if not keys:
        return ""
    first = _word(keys[0], "لل", "noun")
    rest = keys[1:]
    if first is None and len(keys) >= 2 and (head := _word(keys[0], "ل", "noun")) is not None \
            and (owner := _word(keys[1], "ال", "noun")) is not None:
        first, rest = f"{owner} {head}", keys[2:]  # ل + a noun in construct: لحقوق الانسان
    if first is None:
        return None
    parts = [first]
    for key in rest:
        more = _word(key, "وال", "noun") or _word(key, "ولل", "noun")
        if more is None:
            return None
        parts.append(more)
    return "for " + " and ".join(parts)


def english_body(keys: list[str], place_en: str | None = None) -> str | None:
    """English name for a body's folded words (a place that ends the name given in English), or None."""
    if not keys:
        return None
    if (head := _word(keys[0], "ال", "head")) is not None:  # المجلس الوطني للانتخابات
        k = 1
        adjectives = []
        while k < len(keys) and (adj := _word(keys[k], "ال", "adjective")) is not None:
            adjectives.append(adj)
            k += 1
        tail = _complements(keys[k:])
        if tail is None or not (adjectives or tail):
            return None
        name = " ".join([*reversed(adjectives), head, *([tail] if tail else [])])
    elif (head := _word(keys[0], "", "head")) is not None and len(keys) >= 2 \
            and (noun := _word(keys[1], "ال", "noun")) is not None:  # لجنة الأمن القومي
        adjectives = [_word(key, "ال", "adjective") for key in keys[2:]]
        if None in adjectives:
            return None
        name = " ".join([*reversed([a for a in adjectives if a]), noun, head])
    else:
        return None
    return f"{name} in {place_en}" if place_en else name
