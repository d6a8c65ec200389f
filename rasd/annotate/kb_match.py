"""Longest-match lookup of KB names over the tokens of a text, clitic-aware.

`وموسكو` (and Moscow) matches Moscow with the span of `موسكو` only; `بروسيا`
(in Russia) matches Russia; multi-token names (`حلف شمال الأطلسي`, NATO) win
over their parts. Keys are folded (`rasd.arabic.fold_key`), so spelling
variants of hamza, alef, ى/ي and ة/ه all match.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.annotate.title_lexicon import name_parts
from rasd.arabic import Token, fold, fold_in_place, fold_key
from rasd.clitics import clitic_splits

from rasd.model import EntityType

if TYPE_CHECKING:
    from rasd.kb import KB, Entry

# A proclitic stripped before a lookup must leave a stem this long: short stems
# (بر, ال...) collide with too many short KB aliases.
MIN_STEM = 3
# KB subtypes typed by the gold convention: towns are GPE, regions/bases/fronts are LOC.
LOC_SUBTYPES = frozenset({"region", "province", "state", "governorate", "district", "front", "base",
                          "crossing", "sea", "river", "mountain", "airport", "port", "lake", "island",
                          "peninsula", "desert", "strait", "gulf", "valley", "area"})
GPE_SUBTYPES = frozenset({"country", "city", "capital", "town", "village"})


@dataclass(slots=True)
class Match:
    """A span of the text and the KB entries whose name it spells, best first."""

    start: int
    end: int
    text: str
    entries: list["Entry"]
    first: int           # index of the first token in the token list
    ntok: int            # tokens covered
    key: str             # folded name key that matched
    source: str = "kb"   # which recogniser found it: kb, title, model, coref
    role: str | None = None


def word_keys(tokens: list[Token], text: str | None = None) -> list[str]:
    """Folded key of each token ('' for punctuation); `text`: the text the tokens are spans of,
    folded once and sliced when it can be (see `rasd.arabic.fold_in_place`)."""
    folded = fold_in_place(text) if text is not None else None
    # t.text[:1].isalnum() is Token.is_word written out: this runs for every token of a body
    if folded is not None:
        return [folded[t.start:t.end] if t.text[:1].isalnum() else "" for t in tokens]
    return [fold_key(t.text) if t.text[:1].isalnum() else "" for t in tokens]


def stem_offset(token: Token, clitic: str) -> int:
    """Original-text offset where the stem starts after a folded proclitic."""
    if not clitic:
        return token.start
    f = fold(token.text)
    return token.start + f.offsets[len(clitic)]


# Cached: the same words recur on every page, and this ran for every token (~18% of the
# entity step without the model on the dev inputs, cProfile).
@lru_cache(maxsize=1 << 16)
def _splits(key: str) -> tuple[tuple[str, str], ...]:
    """Candidate (clitic, stem) splits, shortest clitic first; the article ال alone is never stripped.

    بالرياض → ("", بالرياض), ("ب", الرياض), ("بال", رياض): the article stays in the span when it can.
    """
    out = []
    for clitic, stem in clitic_splits(key):
        if clitic == "ال" or (clitic and len(stem) < 2):
            continue
        out.append((clitic, stem))
    return tuple(sorted(out, key=lambda cs: len(cs[0])))


def _given_name(key: str) -> bool:
    """A word that is a given name as written is not a proclitic and a one-word name: كريم is
    Karim, not ك + ريم (like Rome, an alternate name of Rome); وليد is Walid."""
    return key in name_parts()


def _match_at(kb: "KB", tokens: list[Token], keys: list[str], i: int, firsts: frozenset[str],
              prefixes: frozenset[str]) -> Match | None:
    """The longest KB name starting at token i (first token possibly with one proclitic)."""
    best: Match | None = None
    for clitic, stem in _splits(keys[i]):
        if stem not in firsts:
            continue
        parts = [stem]
        letters = True  # every word letters only
        for j in range(i, min(len(tokens), i + kb.max_name_tokens)):
            if j > i:
                if not keys[j]:
                    break
                parts.append(keys[j])
            letters = letters and parts[-1].isalpha()
            n = j - i + 1
            key = " ".join(parts)
            # a short stem behind a clitic only starts a name of several words (وتل أبيب، وأم درمان)
            if (best is None or n > best.ntok) and (n > 1 or not clitic or (len(stem) >= MIN_STEM
                                                                        and not _given_name(keys[i]))):
                found = kb.lookup_key(key) if letters else kb.lookup(key)
                if found:
                    start = stem_offset(tokens[i], clitic)
                    best = Match(start, tokens[j].end, "", found, i, n, key)
            # No longer name starts with these words: stop. Only for letter-only words, whose
            # lookup key is the joined words themselves (kb.name_key). Without this stop, 87%
            # of the lookups were of 3 to 10 words and all but 70 of 30,000 failed (bench text inputs).
            if letters and key not in prefixes:
                break
    return best


def find_kb_matches(kb: "KB", text: str, tokens: list[Token], keys: list[str] | None = None,
                    starts: list[int] | None = None) -> list[Match]:
    """Non-overlapping longest KB matches, left to right; `starts`, when given, the indices of
    the words that may begin a name (as `kb.starts_name()` picks them)."""
    keys = keys if keys is not None else word_keys(tokens)
    firsts, prefixes = kb.first_tokens(), kb.name_prefixes()
    out: list[Match] = []
    free = 0  # the first token not inside a match found
    if starts is None:
        # _match_at only tries stems among clitic_stems(key): one memoised test (rasd.clitics.StemTest)
        # rules out most words, made for all of them in one comprehension
        starts_name = kb.starts_name()
        starts = [i for i, key in enumerate(keys) if key and starts_name[key]]
    for i in starts:
        if i < free:
            continue
        m = _match_at(kb, tokens, keys, i, firsts, prefixes)
        if m is not None:
            m.text = text[m.start:m.end]
            out.append(m)
            free = i + m.ntok
    return out


def entity_type(entry: "Entry") -> EntityType | None:
    """The record type of a KB entry (None for types the record does not carry)."""
    if entry.type in ("GPE", "LOC"):
        if entry.subtype in LOC_SUBTYPES:
            return "LOC"
        return "GPE" if entry.subtype in GPE_SUBTYPES else entry.type  # type: ignore[return-value]
    return entry.type if entry.type in ("PER", "ORG") else None  # type: ignore[return-value]
