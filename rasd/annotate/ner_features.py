"""Token features for the statistical NER model, computed identically at training and run time.

Every feature is a string (crfsuite treats each as a binary indicator). The words are
folded (`rasd.arabic.fold_key`: أ/إ/آ→ا, ى→ي, ة→ه, no diacritics), so the hamza-less
spellings of one corpus and the full spellings of another meet on one key. Per-word
features live in `ner_words` (cached per word form), gazetteer lookups in `ner_gazetteer`
(the committed lexicons `ner_places`, `ner_orgs`, `ner_misc`, `ner_people`, `ner_person_names`,
`ner_triggers` and the KB's names); this module puts a sentence's features together.
"""
from __future__ import annotations

from dataclasses import dataclass

# re-exported: the training script and the model read these through this module
from rasd.annotate.ner_gazetteer import (
    MAX_KB_TOKENS,
    MAX_PLACE_TOKENS,
    Gazetteer,
    Phrases,
    lex_lookup,
    load_gazetteer,
    phrase_tags,
)
from rasd.annotate.ner_stats import STAT_TYPES, WordStats, count_words, load_stats, save_stats  # noqa: F401
from rasd.annotate.ner_words import LATIN as _LATIN  # noqa: F401
from rasd.annotate.ner_words import MEMO_WORDS, OFFSETS, StatFeats, Tok, Word, own_stats
from rasd.annotate.ner_words import word_features as _word

# Quotation marks that open and close a quoted title or statement (« », “ ”, ").
_OPEN, _CLOSE, _BOTH = frozenset("«“"), frozenset("»”"), frozenset('"')
_OPENERS = _OPEN | _BOTH


def _side(w: Word, name: str | None, place: str | None, trig: str | None,
          kb: str | None) -> tuple[tuple[str, ...], ...]:
    """What a token shows a token at each of OFFSETS away: words, stem, gazetteer hits."""
    if not (name or place or trig or kb):
        return w.seen
    out = []
    for seen, d in zip(w.seen, OFFSETS):
        f = list(seen)
        if abs(d) == 1:
            if name:
                f.append(f"gn{d}={name}")
            if place:
                f.append(f"gp{d}={place[:1]}")
            if kb:
                f.append(f"gk{d}={kb}")
        if trig:
            f.append(f"gt{d}={trig}")
        out.append(tuple(f))
    return tuple(out)


def _gaz_own(place: str | None, org: str | None, name: str | None, trig: str | None,
             kb: str | None) -> list[str]:
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
    if kb:
        f.append(f"gk={kb}")
    return f


def _stat_window(toks: list[Tok], i: int, mine: list[StatFeats]) -> list[str]:
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


def _far_triggers(trig: list[str | None], i: int) -> list[str]:
    """Trigger words 3 tokens away (حزب العمال الكردستاني: the head is two names back)."""
    f = []
    if i >= 3 and trig[i - 3]:
        f.append(f"gt-3={trig[i - 3]}")
    if i + 3 < len(trig) and trig[i + 3]:
        f.append(f"gt3={trig[i + 3]}")
    return f


def _in_quotes(tokens: list[str]) -> list[bool]:
    """Whether each token sits between an opening and a closing quotation mark."""
    out = [False] * len(tokens)
    if _OPENERS.isdisjoint(tokens):  # most sentences: no mark opens a quotation, one C-level test
        return out
    start = -1
    for i, t in enumerate(tokens):
        if start < 0 and (t in _OPEN or t in _BOTH):
            start = i
        elif start >= 0 and (t in _CLOSE or t in _BOTH):
            for j in range(start + 1, i):
                out[j] = True
            start = -1
    return out


@dataclass(frozen=True, slots=True)
class _Entry:
    """Everything about one word form that does not depend on its neighbours (memoised)."""

    word: Word
    name: str | None  # person-name part kind
    trig: str | None  # trigger kind
    starts: tuple[bool, bool, bool]  # whether a place / org / KB phrase could start here
    stat: StatFeats | None
    gaz: tuple[str, ...]  # the name and trigger features of the token itself
    side: tuple[tuple[str, ...], ...]  # what it shows its neighbours when no phrase covers it


# A model's memo: raw token → its _Entry, for one gazetteer and one stats table.
Memo = dict[str, _Entry]


# What a word form's entry holds besides its Word and side: name kind, trigger kind,
# phrase starts, word statistics and its own gazetteer features.
EntryParts = tuple[str | None, str | None, tuple[bool, bool, bool], StatFeats | None, tuple[str, ...]]


def entry_parts(t: Tok, gaz: Gazetteer, stats: WordStats | None) -> EntryParts:
    """The parts of a word's entry that need only its analysis (`ner_known` builds on them too)."""
    name, trig = lex_lookup(t, gaz.names), lex_lookup(t, gaz.triggers)
    if gaz.starters is not None:
        mask = 0
        for s in t.stems:  # one lookup per stem for all three phrase tables
            mask |= gaz.starters.get(s, 0)
        starts = (bool(mask & 1), bool(mask & 2), bool(mask & 4))
    else:  # a Gazetteer built by hand: ask each table
        starts = tuple(any((s,) in pre for s in t.stems)
                       for pre in (gaz.place_prefixes, gaz.org_prefixes, gaz.kb_prefixes))
    stat = own_stats(t, stats, None) if stats is not None else None
    own = _gaz_own(None, None, name, trig, None)
    if gaz.kb_words:
        kt = lex_lookup(t, gaz.kb_words)
        if kt:
            own += [f"kt={kt}", f"kt={kt.split('|')[1]}"]
    return name, trig, starts, stat, tuple(own)


def _entry(raw: str, gaz: Gazetteer, stats: WordStats | None) -> _Entry:
    w = _word(raw)
    name, trig, starts, stat, own = entry_parts(w.tok, gaz, stats)
    return _Entry(w, name, trig, starts, stat, own, _side(w, name, None, trig, None))


def _entries(tokens: list[str], gaz: Gazetteer, stats: WordStats | None, memo: Memo | None) -> list[_Entry]:
    if memo is None:
        return [_entry(t, gaz, stats) for t in tokens]
    out = []
    for t in tokens:
        e = memo.get(t)
        if e is None:
            if len(memo) >= MEMO_WORDS:
                memo.clear()
            e = memo[t] = _entry(t, gaz, stats)
        out.append(e)
    return out


def _phrases_at(toks: list[Tok], ents: list[_Entry], k: int, table: Phrases | None,
                prefixes_: frozenset[tuple[str, ...]], limit: int) -> list[str | None]:
    """phrase_tags, skipping the work in sentences where no token could start a phrase."""
    if not table or not any(e.starts[k] for e in ents):
        return [None] * len(toks)
    return phrase_tags(toks, table, prefixes_, limit, [e.starts[k] for e in ents])


def sentence_features(tokens: list[str], gaz: Gazetteer | None = None,
                      stats: WordStats | None = None, memo: Memo | None = None) -> list[list[str]]:
    """Feature strings for each token of one sentence (`stats`: word counts from training text).

    `memo`, when given, remembers each word form's own features across calls; pass one
    dict per (`gaz`, `stats`) pair (a model keeps its own).
    """
    gaz = gaz or load_gazetteer()
    ents = _entries(tokens, gaz, stats, memo)
    toks = [e.word.tok for e in ents]
    places = _phrases_at(toks, ents, 0, gaz.places, gaz.place_prefixes, MAX_PLACE_TOKENS)
    orgs = _phrases_at(toks, ents, 1, gaz.orgs, gaz.org_prefixes, MAX_PLACE_TOKENS)
    kbs = _phrases_at(toks, ents, 2, gaz.kb, gaz.kb_prefixes, MAX_KB_TOKENS)
    sides = [e.side if not (p or k) else _side(e.word, e.name, p, e.trig, k)
             for e, p, k in zip(ents, places, kbs)]
    pairs = [f"{a.word}|{b.word}" for a, b in zip(toks, toks[1:])]
    mine = [e.stat for e in ents] if stats is not None else []
    quoted = _in_quotes(tokens)
    trig = [e.trig for e in ents]
    out: list[list[str]] = []
    for i, e in enumerate(ents):
        f = [*e.word.own, *_stat_window(toks, i, mine)] if mine else list(e.word.own)
        f += e.gaz
        if places[i] or orgs[i] or kbs[i]:
            f += _gaz_own(places[i], orgs[i], None, None, kbs[i])
        f += _far_triggers(trig, i)
        if quoted[i]:
            f.append("quoted")
        out.append(f + _neighbours(sides, pairs, i))
    return out
