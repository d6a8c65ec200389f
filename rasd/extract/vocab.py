"""The extraction word lists, folded once for matching (read-only, cached per process)."""
from __future__ import annotations

from functools import lru_cache

from rasd.arabic import fold_key
from rasd.errors import ConfigError
from rasd.lexicon import load_table

GIVEN_NAME_MIN = 20  # Wikidata people carrying the part as a given name; filters rare homographs


# The dump parser keys each line of an article ~4 times over (header, title, byline and line
# kind tests: 3,599 calls, 929 distinct lines over the 112 bench text inputs); the cache holds
# one article's lines, not a corpus.
@lru_cache(maxsize=64)
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
def desks() -> frozenset[str]:
    """Newsroom desk credits (خاص: exclusive, متابعات: round-up): a name only when alone."""
    return frozenset(key(r["name"]) for r in load_table("byline_agencies") if r["kind"] == "desk")


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
    """(phrase key, kind, match) rows of the boilerplate phrase list (`word` rows excluded)."""
    return tuple((key(r["phrase"]), r["kind"], r["match"])
                 for r in load_table("boilerplate_phrases") if r["match"] != "word")


@lru_cache(maxsize=None)
def boilerplate_candidates() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Rows of `boilerplate()` a key can match, by the key's first two characters.

    A whole/start/tail phrase matches only a key starting with it, so only the rows
    whose phrase opens with the key's first two characters (or is shorter) are tried,
    with the `any` rows; `phrase_kind` tried all 257 rows of every short line.
    Returns (first two characters → row indices, rows always tried), indices ascending.
    """
    by_head: dict[str, list[int]] = {}
    always: list[int] = []
    for i, (phrase, _kind, match) in enumerate(boilerplate()):
        if match == "any" or len(phrase) < 2:
            always.append(i)
        else:
            by_head.setdefault(phrase[:2], []).append(i)
    return {h: tuple(rows) for h, rows in by_head.items()}, tuple(always)


@lru_cache(maxsize=None)
def bar_words() -> frozenset[str]:
    """Words of share/follow bars (فيسبوك، تويتر، واتساب): a line of only these is furniture."""
    words = set()
    for r in load_table("boilerplate_phrases"):
        if r["match"] == "word":
            words.update(key(r["phrase"]).split())
    return frozenset(words)


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    """Common given names (folded), from the NER helper's person-name list when present."""
    try:
        rows = load_table("ner_person_names")
    except ConfigError:
        return frozenset()
    return frozenset(r["word"] for r in rows
                     if r.get("given", "0").isdigit() and int(r["given"]) >= GIVEN_NAME_MIN)


@lru_cache(maxsize=None)
def date_words() -> frozenset[str]:
    """Words of a date line besides the date itself: weekdays, آخر تحديث, م/هـ..."""
    words = {key(r["word"]) for r in load_table("boilerplate_datewords")}
    return frozenset(words | {key(r["word"]) for r in load_table("weekdays")})
