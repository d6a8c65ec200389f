"""The extraction word lists, folded once for matching (read-only, cached per process)."""
from __future__ import annotations

from functools import lru_cache

from rasd.arabic import fold_key
from rasd.lexicon import load_table


def key(text: str) -> str:
    """A matching key: folded, inner white space collapsed, edge punctuation dropped."""
    return " ".join(fold_key(text).split()).strip(" .,:;،؛-–—ـ|•·")


@lru_cache(maxsize=None)
def places() -> frozenset[str]:
    """Dateline places (اسطنبول، الرياض) as keys."""
    return frozenset(key(r["word"]) for r in load_table("byline_places"))


@lru_cache(maxsize=None)
def agencies() -> frozenset[str]:
    """Agencies and outlets that stand as a byline (رويترز، أ ف ب، وكالات)."""
    return frozenset(key(r["name"]) for r in load_table("byline_agencies"))


@lru_cache(maxsize=None)
def title_prefixes() -> frozenset[str]:
    """Mastheads a crawler may glue before a headline (`الخبر <headline>`)."""
    return frozenset(key(r["name"]) for r in load_table("byline_agencies") if r["title_prefix"] == "yes")


@lru_cache(maxsize=None)
def byline_cues() -> tuple[str, ...]:
    """Byline openers (كتب، بقلم، إعداد), longest first so `كتبت` wins over `كتب`."""
    cues = {key(r["cue"]) for r in load_table("byline_cues")}
    return tuple(sorted(cues, key=len, reverse=True))


@lru_cache(maxsize=None)
def section_words() -> frozenset[str]:
    """Words that make up section labels (سياسة، اقتصاد، عربي ودولي)."""
    return frozenset(key(r["word"]) for r in load_table("section_names"))


@lru_cache(maxsize=None)
def boilerplate() -> tuple[tuple[str, str, str], ...]:
    """(phrase key, kind, match) rows of the boilerplate phrase list."""
    return tuple((key(r["phrase"]), r["kind"], r["match"]) for r in load_table("boilerplate_phrases"))
