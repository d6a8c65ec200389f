"""Features of a single word for the NER model: identity, affixes, stems, shape, word statistics.

Everything here depends on the token string alone, so it is computed once per word form
and cached (news vocabulary is Zipfian: في, قال, الرئيس recur on every line).
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache

from rasd.annotate.ner_stats import STAT_TYPES, WordStats
from rasd.arabic import fold_key
from rasd.clitics import clitic_splits


@dataclass(frozen=True, slots=True)
class Tok:
    """One token's folded form and its clitic-stripped stems."""

    word: str
    stems: tuple[str, ...]  # the word itself first, then proclitic-stripped stems
    longest: str  # the shortest stem of 3+ letters, i.e. the longest proclitic removed


def analyse(raw: str) -> Tok:
    """Fold a token and list its stems (وبالولايات → بالولايات, الولايات, …)."""
    word = fold_key(raw) or raw
    stems = tuple(dict.fromkeys([s for _, s in clitic_splits(word)]))
    return Tok(word, stems, min([s for s in stems if len(s) >= 3], key=len, default=word))


# Exactly the characters c with "a" <= c.lower() <= "z" (A-Z, a-z, İ, the Kelvin sign K),
# checked over all of Unicode (tests/test_ner_model.py): one regex search instead of a loop.
LATIN = re.compile("[A-Za-z\u0130\u212a]")


_LENGTHS = tuple(f"len={n}" for n in range(9))


def _shape(raw: str) -> list[str]:
    """Shape features: digits, Latin letters, punctuation, length."""
    if raw.isalpha():  # most words: letters only, so no digit and not punctuation (same answer)
        return ["latin", _LENGTHS[min(len(raw), 8)]] if LATIN.search(raw) else [_LENGTHS[min(len(raw), 8)]]
    feats: list[str] = []
    if any(map(str.isdigit, raw)):
        feats.append("digit" if raw.isdigit() else "hasdigit")
    if LATIN.search(raw):
        feats.append("latin")
    if not any(map(str.isalnum, raw)):
        feats.append("punct")
    feats.append(f"len={min(len(raw), 8)}")
    return feats


def _lexical(t: Tok) -> list[str]:
    """Identity, affixes and stems of one token."""
    w = t.word
    feats = [f"w={w}"]
    for n in range(1, min(len(w), 5)):
        feats += (f"p{n}={w[:n]}", f"s{n}={w[-n:]}")
    feats += [f"stem={s}" for s in t.stems[1:]]
    if any(s.startswith("ال") for s in t.stems):
        feats.append("al")
    return feats


# Offsets at which a token shows its words to a neighbour (±2 word, ±1 also its longest stem).
OFFSETS = (-2, -1, 1, 2)


@dataclass(frozen=True, slots=True)
class Word:
    """A token's analysis and every feature string that depends on the token alone."""

    tok: Tok
    own: tuple[str, ...]  # bias, lexical and shape features
    seen: tuple[tuple[str, ...], ...]  # what it shows a token at each of OFFSETS away


# Per-word work is the same every time a word recurs (في, قال, الرئيس): cached, as a pure
# function of the token string. 2^14 words hold a news vocabulary's frequent core. The
# strings are interned, as affixes recur across words: ANERCorp test's 9k words held
# 25 → 20 MB with the statistics memo (tracemalloc), for ~1 µs per new word.
@lru_cache(maxsize=1 << 14)
def word_features(raw: str) -> Word:
    """The cached per-word analysis and feature strings of one raw token."""
    t = analyse(raw)
    intern, w, lg = sys.intern, t.word, t.longest
    # list comprehensions, not generators: this runs for every new word form (~8,000 in
    # one pass over the bench's text inputs)
    seen = tuple([(intern(f"w{d}={w}"), intern(f"l{d}={lg}")) if abs(d) == 1 else (intern(f"w{d}={w}"),)
                  for d in OFFSETS])
    own = ("bias", *_lexical(t), *_shape(raw))
    return Word(t, tuple(map(intern, own)), seen)


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n < 5 else "5" if n < 20 else "20"


def _stat_feats(t: Tok, stats: WordStats, tag: str) -> list[str]:
    """How often the word was seen in training text and how often inside a name (jackknifed)."""
    row, name = stats.get(t.word), tag
    if row is None:  # unseen as written: try it without its proclitics (وبوش → بوش)
        row = max((stats[s] for s in t.stems[1:] if s in stats), key=lambda r: r[0], default=None)
        name = tag + "s" if row else tag
    if row is None:
        return [f"{tag}f=0"]
    n, ent = row[0], sum(row[1:])
    share = "0" if ent == 0 else "lo" if ent * 3 < n else "mid" if ent * 3 < 2 * n else "hi"
    feats = [f"{name}f={_bucket(n)}", f"{name}e={share}"]
    if ent:
        feats.append(f"{name}t={STAT_TYPES[max(range(4), key=lambda i: row[1 + i])]}")
    return feats


# A token's word-statistic features: its own, and the count feature it shows the token
# after it ("-1f=…") and before it ("1f=…").
StatFeats = tuple[tuple[str, ...], str, str]
# A caller's memo of word-statistic features (folded word → features), for one stats table.
StatMemo = dict[str, StatFeats]
# Words a memo holds before it starts afresh: bounds a long-running process's memory.
MEMO_WORDS = 1 << 16


def _word_stats(t: Tok, stats: WordStats) -> StatFeats:
    own = tuple(map(sys.intern, _stat_feats(t, stats, "")))  # few distinct values ("f=5")
    # == _stat_feats(t, stats, "-1")[0] and _stat_feats(t, stats, "1")[0]
    return own, sys.intern(f"-1{own[0]}"), sys.intern(f"1{own[0]}")


def own_stats(t: Tok, stats: WordStats, memo: StatMemo | None) -> StatFeats:
    """The token's word-statistic features, remembered in `memo` (they hang on the word only)."""
    if memo is None:
        return _word_stats(t, stats)
    got = memo.get(t.word)
    if got is None:
        if len(memo) >= MEMO_WORDS:
            memo.clear()
        got = memo[t.word] = _word_stats(t, stats)
    return got
