"""The title lexicon and the name words it is read with: which folded words start a title,
which are known parts of people's names, which never are.

Shared by the title reader (`titles`), the name reader after a title (`title_names`) and the
speaker, pattern and coreference rules that ask the same questions of a word.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.arabic import fold_key
from rasd.clitics import clitic_splits, clitic_stems
from rasd.lexicon import load_table, load_words

# Particles inside names (فيصل بن خالد بن عبد العزيز): always part of the name.
NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "عبد", "ابو", "ام", "ال"})
# Words after a title that say the office is no longer held (the former president).
FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه", "المخلوع", "الراحل", "الراحله", "المستقيل"})


@dataclass(frozen=True, slots=True)
class TitleSpec:
    """One title from the lexicon."""

    role: str | None
    strict: bool
    complement: bool


@lru_cache(maxsize=1)
def title_table() -> dict[str, TitleSpec]:
    """Folded title → spec."""
    return {" ".join(fold_key(r["title"]).split()): TitleSpec(r["role"] or None, r["strict"] == "1",
                                                            r["complement"] == "1")
            for r in load_table("titles")}


@lru_cache(maxsize=1)
def name_parts() -> frozenset[str]:
    """Folded words known as parts of people's names (attested twice or more: one-off rows are noisy)."""
    common = frozenset(r["word"] for r in load_table("translit") if int(r["count"] or 0) >= 2)
    return common | load_words("ner_person_names")


@lru_cache(maxsize=1)
def non_names() -> frozenset[str]:
    """Frequent words that are almost never inside a name."""
    return load_words("entity_nonname")


@lru_cache(maxsize=1)
def title_firsts() -> frozenset[str]:
    """First words of all titles: most tokens start none, and are ruled out at once.

    The one list of title words: speaker resolution reads it too, with and without the article."""
    return frozenset(k.split(" ", 1)[0] for k in title_table())


def title_at(keys: list[str], i: int) -> tuple[str, int] | None:
    """Longest title starting at token i (one proclitic allowed: ووزير): (key, tokens)."""
    table, firsts = title_table(), title_firsts()
    if firsts.isdisjoint(clitic_stems(keys[i])):
        return None
    for clitic, stem in clitic_splits(keys[i]):
        if clitic == "ال" or stem not in firsts:
            continue
        for n in (4, 3, 2, 1):
            words = [stem] + keys[i + 1:i + n]
            if len(words) == n and all(words) and " ".join(words) in table:
                return " ".join(words), n
    return None


def possessed(key: str) -> bool:
    """A common noun with a possessive suffix (حكومتها "its government", بلاده "his country"):
    a word before a name, never part of it (المتحدثة باسم حكومتها يولاند ماكولو)."""
    for suffix in ("هما", "هم", "ها", "ه"):
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and len(stem) >= 3:
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            return stem in non_names()
    return False
