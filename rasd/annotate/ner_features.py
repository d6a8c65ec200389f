"""Token features for the statistical NER model, computed identically at training and run time.

Every feature is a string (crfsuite treats each as a binary indicator). The words are
folded (`rasd.arabic.fold_key`: أ/إ/آ→ا, ى→ي, ة→ه, no diacritics), so the hamza-less
spellings of one corpus and the full spellings of another meet on one key. Gazetteer
features read the committed lexicons `ner_places`, `ner_person_names`, `ner_triggers`.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache

# re-exported: the training script and the model read the statistics through this module
from rasd.annotate.ner_stats import STAT_TYPES, WordStats, count_words, load_stats, save_stats  # noqa: F401
from rasd.arabic import clitic_splits, fold_key
from rasd.lexicon import load_table

# Enough to name most places in one go (الولايات المتحدة الامريكية = United States of America).
MAX_PLACE_TOKENS = 4


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Read-only lookups behind the gazetteer features (all keys folded)."""

    places: dict[tuple[str, ...], str]  # token tuple → country | region | city
    orgs: dict[tuple[str, ...], str]  # token tuple → igo | party | armed | media | company | sports | gov
    names: dict[str, str]  # name part → given | surname | both
    triggers: dict[str, str]  # word → per_title | per_cue | org_head | loc_head
    # every leading part of a place / org key: a span stops growing once it is no prefix
    place_prefixes: frozenset[tuple[str, ...]] = frozenset()
    org_prefixes: frozenset[tuple[str, ...]] = frozenset()


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The committed lexicons as a Gazetteer (read once per process)."""
    places, orgs = _phrases("ner_places"), _phrases("ner_orgs")
    names: dict[str, str] = {}
    for row in load_table("ner_person_names"):
        given, surname = int(row["given"]), int(row["surname"])
        kind = "both" if min(given, surname) * 4 >= max(given, surname) else (
            "given" if given > surname else "surname")
        if " " not in row["word"]:
            names[row["word"]] = kind
    triggers = {fold_key(r["word"]): r["kind"] for r in load_table("ner_triggers")}
    return Gazetteer(places, orgs, names, triggers, _prefixes(places), _prefixes(orgs))


def _prefixes(table: dict[tuple[str, ...], str]) -> frozenset[tuple[str, ...]]:
    """Every non-empty leading part of every key (الولايات, الولايات المتحدة, …)."""
    return frozenset(key[:n] for key in table for n in range(1, len(key) + 1))


def _phrases(lexicon: str) -> dict[tuple[str, ...], str]:
    """A lexicon's names as folded token tuples → kind (the first row wins)."""
    out: dict[tuple[str, ...], str] = {}
    for row in load_table(lexicon):
        key = tuple(fold_key(row["word"]).replace("-", " ").split())
        if 0 < len(key) <= MAX_PLACE_TOKENS:
            out.setdefault(key, row["kind"])
    return out


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n < 5 else "5" if n < 20 else "20"


def _stat_feats(t: "_Tok", stats: WordStats, tag: str) -> list[str]:
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


def _word_stats(t: "_Tok", stats: WordStats) -> StatFeats:
    own = tuple(map(sys.intern, _stat_feats(t, stats, "")))  # few distinct values ("f=5")
    # == _stat_feats(t, stats, "-1")[0] and _stat_feats(t, stats, "1")[0]
    return own, sys.intern(f"-1{own[0]}"), sys.intern(f"1{own[0]}")


def _own_stats(t: "_Tok", stats: WordStats, memo: StatMemo | None) -> StatFeats:
    """The token's word-statistic features, remembered in `memo` (they hang on the word only)."""
    if memo is None:
        return _word_stats(t, stats)
    got = memo.get(t.word)
    if got is None:
        if len(memo) >= MEMO_WORDS:
            memo.clear()
        got = memo[t.word] = _word_stats(t, stats)
    return got


@dataclass(frozen=True, slots=True)
class _Tok:
    """One token's folded form, its clitic-stripped stems and its gazetteer tags."""

    word: str
    stems: tuple[str, ...]  # the word itself first, then proclitic-stripped stems
    longest: str  # the shortest stem of 3+ letters, i.e. the longest proclitic removed


def _analyse(raw: str) -> _Tok:
    word = fold_key(raw) or raw
    stems = tuple(dict.fromkeys(s for _, s in clitic_splits(word)))
    return _Tok(word, stems, min((s for s in stems if len(s) >= 3), key=len, default=word))


# Exactly the characters c with "a" <= c.lower() <= "z" (A-Z, a-z, İ, the Kelvin sign K),
# checked over all of Unicode (tests/test_ner_model.py): one regex search instead of a loop.
_LATIN = re.compile("[A-Za-z\u0130\u212a]")


def _shape(raw: str) -> list[str]:
    """Shape features: digits, Latin letters, punctuation, length."""
    feats: list[str] = []
    if any(map(str.isdigit, raw)):
        feats.append("digit" if raw.isdigit() else "hasdigit")
    if _LATIN.search(raw):
        feats.append("latin")
    if not any(map(str.isalnum, raw)):
        feats.append("punct")
    feats.append(f"len={min(len(raw), 8)}")
    return feats


def _lexical(t: _Tok) -> list[str]:
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
_OFFSETS = (-2, -1, 1, 2)


@dataclass(frozen=True, slots=True)
class _Word:
    """A token's analysis and every feature string that depends on the token alone."""

    tok: _Tok
    own: tuple[str, ...]  # bias, lexical and shape features
    seen: tuple[tuple[str, ...], ...]  # what it shows a token at each of _OFFSETS away


# Per-word work is the same every time a word recurs (في, قال, الرئيس): cached, as a pure
# function of the token string. 2^14 words hold a news vocabulary's frequent core. The
# strings are interned, as affixes recur across words: ANERCorp test's 9k words held
# 25 → 20 MB with the statistics memo (tracemalloc), for ~1 µs per new word.
@lru_cache(maxsize=1 << 14)
def _word(raw: str) -> _Word:
    t = _analyse(raw)
    seen = tuple((f"w{d}={t.word}", f"l{d}={t.longest}") if abs(d) == 1 else (f"w{d}={t.word}",)
                 for d in _OFFSETS)
    own = ("bias", *_lexical(t), *_shape(raw))
    return _Word(t, tuple(map(sys.intern, own)), tuple(tuple(map(sys.intern, x)) for x in seen))


def _lex_lookup(t: _Tok, table: dict[str, str]) -> str | None:
    for s in t.stems:
        if s in table:
            return table[s]
    return None


def _phrase_tags(toks: list[_Tok], table: dict[tuple[str, ...], str],
                 prefixes: frozenset[tuple[str, ...]] | None = None) -> list[str | None]:
    """Longest-match lexicon spans as B-kind / I-kind per token (first token may carry clitics)."""
    prefixes = prefixes or _prefixes(table)
    out: list[str | None] = [None] * len(toks)
    i = 0
    while i < len(toks):
        n, kind = _longest_phrase(toks, i, table, prefixes)
        if kind:
            out[i] = f"B-{kind}"
            for j in range(i + 1, i + n):
                out[j] = f"I-{kind}"
        i += n if kind else 1
    return out


def _longest_phrase(toks: list[_Tok], i: int, table: dict[tuple[str, ...], str],
                    prefixes: frozenset[tuple[str, ...]]) -> tuple[int, str | None]:
    """Length and kind of the longest phrase at token i (on a tie the earlier stem wins)."""
    best, kind = 0, None
    limit = min(MAX_PLACE_TOKENS, len(toks) - i)
    for s in toks[i].stems:
        key, n = (s,), 1
        while key in prefixes:  # no phrase starts this way: stop growing the span
            hit = table.get(key)
            if hit and n > best:
                best, kind = n, hit
            if n == limit:
                break
            key += (toks[i + n].word,)
            n += 1
    return best, kind


def _side(w: _Word, name: str | None, place: str | None, trig: str | None) -> tuple[tuple[str, ...], ...]:
    """What a token shows a token at each of _OFFSETS away: words, stem, gazetteer hits."""
    if not (name or place or trig):
        return w.seen
    out = []
    for seen, d in zip(w.seen, _OFFSETS):
        f = list(seen)
        if abs(d) == 1:
            if name:
                f.append(f"gn{d}={name}")
            if place:
                f.append(f"gp{d}={place[:1]}")
        if trig:
            f.append(f"gt{d}={trig}")
        out.append(tuple(f))
    return tuple(out)


def _gaz_own(place: str | None, org: str | None, name: str | None, trig: str | None) -> list[str]:
    """Gazetteer hits of the token itself."""
    f = []
    if place:
        f.append(f"gp={place}")
    if org:
        f += [f"go={org[:2]}", f"go={org}"]
    if name:
        f.append(f"gn={name}")
    if trig:
        f.append(f"gt={trig}")
    return f


def _stat_window(toks: list[_Tok], i: int, mine: list[StatFeats]) -> list[str]:
    """Word statistics of the token and its neighbours, and known-word/rare-word pairs."""
    own = mine[i][0]
    f = list(own)
    if i > 0:
        f.append(mine[i - 1][1])
        # a known context word before/after a rare word (قال ___ "said ___")
        f.append(f"cx-1={toks[i - 1].longest}|{own[0]}")
    if i + 1 < len(toks):
        f.append(mine[i + 1][2])
        f.append(f"cx1={toks[i + 1].longest}|{own[0]}")
    return f


def _neighbours(sides: list[tuple[tuple[str, ...], ...]], pairs: list[str], i: int) -> list[str]:
    """Words ±2, stems and gazetteer hits ±1, triggers ±2, sentence edges, bigrams."""
    n = len(sides)
    f = list(sides[i - 2][0]) if i >= 2 else []
    if i >= 1:
        f += sides[i - 1][1]
    else:
        f.append("BOS")
    if i + 1 < n:
        f += sides[i + 1][2]
    else:
        f.append("EOS")
    if i + 2 < n:
        f += sides[i + 2][3]
    if i > 0:
        f.append(f"bg-={pairs[i - 1]}")
    if i + 1 < n:
        f.append(f"bg+={pairs[i]}")
    return f


def sentence_features(tokens: list[str], gaz: Gazetteer | None = None,
                      stats: WordStats | None = None, memo: StatMemo | None = None) -> list[list[str]]:
    """Feature strings for each token of one sentence (`stats`: word counts from training text).

    `memo`, when given, remembers the word-statistic features across calls; pass one
    dict per `stats` table (a model keeps its own).
    """
    gaz = gaz or load_gazetteer()
    words = [_word(t) for t in tokens]
    toks = [w.tok for w in words]
    places = _phrase_tags(toks, gaz.places, gaz.place_prefixes)
    orgs = _phrase_tags(toks, gaz.orgs, gaz.org_prefixes)
    names = [_lex_lookup(t, gaz.names) for t in toks]
    trig = [_lex_lookup(t, gaz.triggers) for t in toks]
    sides = [_side(*x) for x in zip(words, names, places, trig)]
    pairs = [f"{a.word}|{b.word}" for a, b in zip(toks, toks[1:])]
    mine = [_own_stats(t, stats, memo) for t in toks] if stats is not None else []
    out: list[list[str]] = []
    for i, w in enumerate(words):
        f = list(w.own)
        if stats is not None:
            f += _stat_window(toks, i, mine)
        f += _gaz_own(places[i], orgs[i], names[i], trig[i])
        out.append(f + _neighbours(sides, pairs, i))
    return out
