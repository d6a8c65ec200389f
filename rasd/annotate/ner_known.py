"""The NER features a CRF model knows: `sentence_features` less the strings it would ignore.

crfsuite drops every attribute string its model does not hold (`Tagger.set` looks each
one up in the model's attribute table and skips misses), so leaving them out
beforehand gives bit-identical tags and marginals: the strings it keeps reach it in
the same order. It pays because ~42% of the strings are misses (most word bigrams,
rare words and affixes) and handing pycrfsuite a string costs more than the CRF itself:
`Tagger.set` over the bench's 112 text inputs took 1.85 ms an article with every
string, 0.76 with the known ones, 0.61 as UTF-8 bytes (best of 5, process_time). A new
word form's strings are looked up by family (is this prefix among the model's p2 values?)
and only the known ones built; its filtered features are memoised per model; the pair
strings (`cx±1`, `bg±`) are built only when the model knows a pair starting with that word.

`known_features(...) == [[s for s in f if s in attrs] for f in sentence_features(...)]`
for every input (tests/test_ner_known.py): a feature added to `ner_features` must be
added here too, or that test fails.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from rasd.annotate.ner_features import (
    MAX_KB_TOKENS,
    MAX_PLACE_TOKENS,
    MEMO_WORDS,
    Gazetteer,
    Phrases,
    WordStats,
    _far_triggers,
    _gaz_own,
    _in_quotes,
    _side,
    entry_parts,
    phrase_tags,
)
from rasd.annotate.ner_words import OFFSETS, Tok, _shape, analyse, word_features

_NONE: frozenset[str] = frozenset()


def model_attributes(path: Path) -> frozenset[str]:
    """Every attribute string of a crfsuite (FOMC) model file: its CQDB table's backward array.

    Read straight from the file (~20 ms) because `Tagger.info()` dumps and parses the
    whole model (~0.5 s). Raises ValueError on a file of another layout.
    """
    data = Path(path).read_bytes()
    magic, _size, kind = struct.unpack_from("<4sI4s", data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"not a crfsuite CRF1d model: {path}")
    n_attrs, base = struct.unpack_from("<I", data, 24)[0], struct.unpack_from("<I", data, 36)[0]
    chunk, _, _, _, n_back, back = struct.unpack_from("<4sIIIII", data, base)
    if chunk != b"CQDB" or n_back != n_attrs:
        raise ValueError(f"unexpected attribute table in {path}")
    out = []
    for i, off in enumerate(struct.unpack_from(f"<{n_back}I", data, base + back)):
        rid, size = struct.unpack_from("<iI", data, base + off)
        if rid != i:
            raise ValueError(f"attribute {i} out of place in {path}")
        out.append(data[base + off + 8:base + off + 7 + size].decode("utf-8"))
    return frozenset(out)


def _lefts(attrs: frozenset[str], prefix: str) -> frozenset[str]:
    """Every A such that some known `prefix + A + "|" + B` exists (A may itself hold "|")."""
    out = set()
    for s in attrs:
        if s.startswith(prefix):
            rest = s[len(prefix):]
            out.update(rest[:k] for k, c in enumerate(rest) if c == "|")
    return frozenset(out)


def _families(attrs: frozenset[str]) -> dict[str, frozenset[str]]:
    """Known values by feature family ("w=الرئيس" → "w": {"الرئيس", …}); no family name holds "="."""
    out: dict[str, set[str]] = {}
    for s in attrs:
        family, eq, value = s.partition("=")
        if eq:
            out.setdefault(family, set()).add(value)
    return {f: frozenset(v) for f, v in out.items()}


_AFFIX = (1, 2, 3, 4)  # the prefix / suffix lengths of ner_words._lexical


@dataclass(frozen=True, slots=True)
class Known:
    """A model's attribute strings, the known values of the per-word families, pair-feature starts."""

    attrs: frozenset[str]
    words: frozenset[str]  # X of known "w=X"
    prefixes: tuple[frozenset[str], ...]  # X of known "p1=X" … "p4=X"
    suffixes: tuple[frozenset[str], ...]  # X of known "s1=X" … "s4=X"
    stems: frozenset[str]  # X of known "stem=X"
    seen: tuple[tuple[frozenset[str], frozenset[str]], ...]  # per OFFSETS d: X of "w{d}=X", of "l{d}=X"
    cx_prev: frozenset[str]  # longest stems X of known "cx-1=X|…" (the word before a rare word)
    cx_next: frozenset[str]  # longest stems X of known "cx1=X|…" (the word after it)
    bg_prev: frozenset[str]  # words A of known "bg-=A|…"
    bg_next: frozenset[str]  # words A of known "bg+=A|…"

    @classmethod
    def of(cls, attrs: frozenset[str]) -> Known:
        """The lookups for one attribute set."""
        fam = _families(attrs)
        return cls(attrs, fam.get("w", _NONE), tuple(fam.get(f"p{n}", _NONE) for n in _AFFIX),
                   tuple(fam.get(f"s{n}", _NONE) for n in _AFFIX), fam.get("stem", _NONE),
                   tuple((fam.get(f"w{d}", _NONE), fam.get(f"l{d}", _NONE)) for d in OFFSETS),
                   _lefts(attrs, "cx-1="), _lefts(attrs, "cx1="), _lefts(attrs, "bg-="), _lefts(attrs, "bg+="))

    def keep(self, feats: tuple[str, ...] | list[str]) -> tuple[bytes, ...]:
        """The known strings of `feats`, in order, as UTF-8."""
        attrs = self.attrs
        return tuple([s.encode() for s in feats if s in attrs])


def _own(t: Tok, raw: str, known: Known) -> list[bytes]:
    """`known.keep(word_features(raw).own)`, building only the strings the model knows: for a
    new word form, building, interning and filtering them all cost ~2x as much."""
    a, w = known.attrs, t.word
    out = [b"bias"] if "bias" in a else []
    if w in known.words:  # as ner_words._lexical
        out.append(f"w={w}".encode())
    pre, suf = known.prefixes, known.suffixes
    for n in range(1, min(len(w), 5)):
        if (p := w[:n]) in pre[n - 1]:
            out.append(f"p{n}={p}".encode())
        if (x := w[-n:]) in suf[n - 1]:
            out.append(f"s{n}={x}".encode())
    stems = known.stems
    out += [f"stem={s}".encode() for s in t.stems[1:] if s in stems]
    if "al" in a and any(s.startswith("ال") for s in t.stems):
        out.append(b"al")
    out += [f.encode() for f in _shape(raw) if f in a]  # few strings, mostly known
    return out


def _seen(t: Tok, known: Known) -> tuple[tuple[bytes, ...], ...]:
    """`known.keep` of each of `word_features(raw).seen`, by family (see _own)."""
    out = []
    for d, (ws, ls) in zip(OFFSETS, known.seen):
        f = [f"w{d}={t.word}".encode()] if t.word in ws else []
        if abs(d) == 1 and t.longest in ls:
            f.append(f"l{d}={t.longest}".encode())
        out.append(tuple(f))
    return tuple(out)


# Not frozen: a frozen dataclass sets each of its fields through object.__setattr__, and
# one is built for every new word form.
@dataclass(slots=True)
class _Known:
    """One word form's features with the strings the model does not know left out (memoised)."""

    raw: str
    tok: Tok
    name: str | None  # person-name part kind
    trig: str | None  # trigger kind
    starts: tuple[bool, bool, bool]  # whether a place / org / KB phrase could start here
    head: tuple[bytes, ...]  # its lexical, shape and word-statistic features
    own0: str  # its first word-statistic feature as built, for the cx pairs ("" without statistics)
    stat_after: bytes | None  # the count feature it shows the token after it, if known
    stat_before: bytes | None  # … and the token before it
    gaz: tuple[bytes, ...]
    side: tuple[tuple[bytes, ...], ...]  # what it shows its neighbours when no phrase covers it
    cx_prev: bool  # a known "cx-1=" pair may start with its longest stem
    cx_next: bool  # … a "cx1=" pair
    bg_prev: bool  # a known "bg-=" pair may start with its word
    bg_next: bool  # … a "bg+=" pair


@dataclass(slots=True)
class KnownMemo:
    """A model's memo: filtered entries by raw token, and filtered sides under a phrase."""

    words: dict[str, _Known] = field(default_factory=dict)
    sides: dict[tuple[str, str | None, str | None], tuple[tuple[bytes, ...], ...]] = field(default_factory=dict)


def _known_entry(raw: str, gaz: Gazetteer, stats: WordStats | None, known: Known) -> _Known:
    """As ner_features._entry, filtered; `word_features` only for a name part or trigger word."""
    t = analyse(raw)
    name, trig, starts, st, own = entry_parts(t, gaz, stats)
    a = known.attrs
    if name or trig:
        side = tuple(map(known.keep, _side(word_features(raw), name, None, trig, None)))
    else:  # _side is the word's `seen` then
        side = _seen(t, known)
    return _Known(
        raw, t, name, trig, starts,
        tuple(_own(t, raw, known)) + (known.keep(st[0]) if st else ()), st[0][0] if st else "",
        st[1].encode() if st and st[1] in a else None, st[2].encode() if st and st[2] in a else None,
        known.keep(own), side,
        t.longest in known.cx_prev, t.longest in known.cx_next,
        t.word in known.bg_prev, t.word in known.bg_next)


def _entries(tokens: list[str], gaz: Gazetteer, stats: WordStats | None, known: Known,
             memo: dict[str, _Known]) -> list[_Known]:
    try:  # warm, every token is there: one comprehension
        return [memo[t] for t in tokens]
    except KeyError:
        pass
    out = []
    for t in tokens:
        k = memo.get(t)
        if k is None:
            if len(memo) >= MEMO_WORDS:
                memo.clear()
            k = memo[t] = _known_entry(t, gaz, stats, known)
        out.append(k)
    return out


def _sides(tokens: list[str], ks: list[_Known], places: list[str | None], kbs: list[str | None],
           known: Known, memo: KnownMemo) -> list[tuple[tuple[bytes, ...], ...]]:
    """What each token shows its neighbours: its memoised side, or one with its phrase tags."""
    if not (any(places) or any(kbs)):  # no phrase in the sentence: every side is the memoised one
        return [k.side for k in ks]
    out = []
    for raw, k, p, b in zip(tokens, ks, places, kbs):
        if not (p or b):
            out.append(k.side)
            continue
        got = memo.sides.get((raw, p, b))
        if got is None:
            if len(memo.sides) >= MEMO_WORDS:
                memo.sides.clear()
            got = memo.sides[raw, p, b] = tuple(map(known.keep, _side(word_features(raw), k.name, p, k.trig, b)))
        out.append(got)
    return out


def _phrases_at(toks: list[Tok], ks: list[_Known], k: int, table: Phrases | None,
                prefixes_: frozenset[tuple[str, ...]], limit: int) -> list[str | None]:
    """As ner_features._phrases_at."""
    todo = [i for i, x in enumerate(ks) if x.starts[k]] if table else None
    if not todo:
        return [None] * len(toks)
    return phrase_tags(toks, table, prefixes_, limit, todo=todo)


def known_features(tokens: list[str], gaz: Gazetteer, stats: WordStats | None, known: Known,
                   memo: KnownMemo) -> list[list[bytes]]:
    """`sentence_features(tokens, gaz, stats)` with only the strings in `known.attrs`, in order.

    As UTF-8 bytes, which pycrfsuite takes as they are (a str it encodes every time).
    """
    ks = _entries(tokens, gaz, stats, known, memo.words)
    toks = [k.tok for k in ks]
    places = _phrases_at(toks, ks, 0, gaz.places, gaz.place_prefixes, MAX_PLACE_TOKENS)
    orgs = _phrases_at(toks, ks, 1, gaz.orgs, gaz.org_prefixes, MAX_PLACE_TOKENS)
    kbs = _phrases_at(toks, ks, 2, gaz.kb, gaz.kb_prefixes, MAX_KB_TOKENS)
    sides = _sides(tokens, ks, places, kbs, known, memo)
    trig = [k.trig for k in ks]
    a, n = known.attrs, len(ks)
    quoted = _in_quotes(tokens) if "quoted" in a else [False] * n
    bos, eos = "BOS" in a, "EOS" in a
    # the sides padded so that every token has two neighbours each way (as _neighbours: BOS
    # stands where the word before would, EOS where the word after would): no bounds tests
    none: tuple[tuple[bytes, ...], ...] = ((), (), (), ())
    pad = [none, ((), (b"BOS",) if bos else (), (), ()), *sides, ((), (), (b"EOS",) if eos else (), ()), none]
    # each token read beside its neighbours by zip, not by index (the loop runs for every token
    # of every sentence: indexing and bounds tests were a third of its instructions)
    prevs: list[_Known | None] = [None, *ks[:-1]]
    nexts: list[_Known | None] = [*ks[1:], None]
    phrased = [bool(p or o or b) for p, o, b in zip(places, orgs, kbs)]
    far = [False] * n
    if any(trig):  # a trigger 3 tokens away, either way (as _far_triggers)
        for i in range(n):
            if trig[i]:
                if i >= 3:
                    far[i - 3] = True
                if i + 3 < n:
                    far[i + 3] = True
    out: list[list[bytes]] = []
    for i, (k, prev, nxt, phr, fa, q, pa, pb, pc, pd) in enumerate(
            zip(ks, prevs, nexts, phrased, far, quoted, pad, pad[1:], pad[3:], pad[4:])):
        f = [*k.head]
        if stats is not None:  # as _stat_window
            if prev is not None:
                if prev.stat_after:
                    f.append(prev.stat_after)
                if prev.cx_prev and (s := f"cx-1={prev.tok.longest}|{k.own0}") in a:
                    f.append(s.encode())
            if nxt is not None:
                if nxt.stat_before:
                    f.append(nxt.stat_before)
                if nxt.cx_next and (s := f"cx1={nxt.tok.longest}|{k.own0}") in a:
                    f.append(s.encode())
        f += k.gaz
        if phr:
            f += known.keep(_gaz_own(places[i], orgs[i], None, None, kbs[i]))
        if fa:
            f += known.keep(_far_triggers(trig, i))
        if q:
            f.append(b"quoted")
        # as _neighbours: pad[i + 2] is token i's own side
        f += pa[0]
        f += pb[1]
        f += pc[2]
        f += pd[3]
        if prev is not None and prev.bg_prev and (s := f"bg-={prev.tok.word}|{k.tok.word}") in a:
            f.append(s.encode())
        if nxt is not None and k.bg_next and (s := f"bg+={k.tok.word}|{nxt.tok.word}") in a:
            f.append(s.encode())
        out.append(f)
    return out
