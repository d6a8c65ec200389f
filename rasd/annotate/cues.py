"""Speech cues: verbs that introduce speech, complementisers, quotation marks.

`find_cues(tokens, keys, lex)` finds every cue verb form (`وقالت` "and she said",
`مؤكدا` "stressing") with its gender, number and person from
`rasd/lexicon/cue_verbs.tsv`; `find_opener` finds what opens the speech after it:
a complementiser (`إن`/`أن`/`بأن`, also `إنه` "that he"), a colon, or a quotation
mark; `quoted_spans` pairs the quotation marks of a text (“ ” « » " „ ‘ ’).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rasd.arabic import Token, fold_in_place, fold_key, tokenize
from rasd.lexicon import load_table

CuePos = Literal["verb", "participle", "according", "noun"]
OpenerKind = Literal["comp", "colon", "mark", "after"]  # after: «...»، قال

# Complementisers, folded: إن/أن/بأن and their pronoun-suffixed forms (إنه "that he").
_COMP_BASES = ("ان", "بان", "فان")
_PRONOUNS = ("", "ه", "ها", "هم", "هن", "هما", "نا", "ني", "كم")
COMPLEMENTISERS: frozenset[str] = frozenset(b + p for b in _COMP_BASES for p in _PRONOUNS)
# ... and the particles that, their hamza folded away, read as a name part (بأن → بان: Ban Ki-moon):
# the complementisers, and لأن، وأن، كأن (because, and that, as if) with their pronouns.
_HAMZA = frozenset("أإ")
_PARTICLE_FOLDS = COMPLEMENTISERS | frozenset(b + p for b in ("لان", "وان", "كان") for p in _PRONOUNS)
# Words before أن that make it a conjunction, not a speech complementiser: بعد أن "after".
_NOT_SPEECH_BEFORE: frozenset[str] = frozenset(
    {"بعد", "قبل", "منذ", "دون", "رغم", "بدل", "بدلا", "يمكن", "يجب", "لابد", "حتى"}
)
# Words before أن/أنه that make a discourse connective: غير أن, إلا أن, بيد أن "however",
# كما أن "moreover", حيث أن "since", لو أن "if". A cue's speech never opens with them
# (دعا الرئيس ... غير أن الكرملين أرسل: "called ..., but the Kremlin sent").
_CONNECTIVE_BEFORE: frozenset[str] = frozenset({"غير", "الا", "بيد", "كما", "حيث", "لو"})
# Particles that negate a following verb: لم يقل "he did not say".
NEGATORS: frozenset[str] = frozenset({"لم", "لن", "لا", "ما", "ولم", "ولن", "ولا", "فلم", "فلا"})
OPEN_MARKS: dict[str, str] = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "”": "”"}
CLOSE_MARKS: frozenset[str] = frozenset({"”", "»", "“", "’", '"'})
SENTENCE_END: frozenset[str] = frozenset({".", "!", "؟", "?", "…"})
_NEWLINE = re.compile("\n")


@dataclass(frozen=True, slots=True)
class CueForm:
    """One form of a speech verb: قالت = say, verb, feminine singular 3rd person."""

    lemma: str
    kind: str
    pos: CuePos
    gender: str  # "m", "f" or "-" (1st person)
    number: str  # "sg", "du", "pl"
    person: str  # "1", "2", "3"
    strict: bool  # other common senses: the opener must follow at once


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue verb found in the text, by token index."""

    index: int
    form: CueForm
    negated: bool
    prefixed: bool  # carries و/ف: starts a new clause (وقال "and he said")


@dataclass(frozen=True, slots=True)
class Opener:
    """What opens the speech after a cue: its token index and kind."""

    index: int
    kind: OpenerKind


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, CueForm]:
    """Folded form → CueForm, from rasd/lexicon/cue_verbs.tsv."""
    out: dict[str, CueForm] = {}
    for r in load_table("cue_verbs"):
        form = CueForm(r["lemma"], r["kind"], r["pos"], r["gender"], r["number"],  # type: ignore[arg-type]
                       r["person"], r["strict"] == "1")
        out.setdefault(fold_key(r["form"]), form)
    return out


@lru_cache(maxsize=1)
def _cue_keys() -> frozenset[str]:
    """Every folded word `cue_of` knows: the forms and, when longer than two letters, with و/ف."""
    forms = cue_forms()
    return frozenset(forms) | {c + k for k in forms if len(k) > 2 for c in "وف"}


def cue_of(key: str) -> tuple[CueForm, bool] | None:
    """The cue form of a folded word and whether it carried و/ف: وقالت → (قالت, True)."""
    forms = cue_forms()
    if key in forms:
        return forms[key], False
    if len(key) > 3 and key[0] in "وف" and key[1:] in forms:
        return forms[key[1:]], True
    return None


@dataclass(frozen=True, slots=True)
class Scan:
    """A text read once: tokens, their folded keys, line breaks and quotations."""

    text: str
    tokens: list[Token]
    keys: list[str]
    breaks: frozenset[int]  # indices of tokens that start a new line
    quoted: list[tuple[int, int]]  # quotation spans, marks included
    quote_starts: frozenset[int]  # character offsets of opening marks


def scan(text: str) -> Scan:
    """Tokenise and fold a text and pair its quotation marks."""
    tokens = tokenize(text)
    folded = fold_in_place(text)  # folded once and sliced when it can be
    keys = [folded[t.start:t.end] for t in tokens] if folded is not None else [fold_key(t.text) for t in tokens]
    # a token starts a line when a line break comes after the token before it: found from
    # the breaks themselves (a token never holds one), not from a slice between every pair
    starts = [t.start for t in tokens]
    breaks = frozenset(j for j in (bisect_right(starts, m.start()) for m in _NEWLINE.finditer(text))
                       if 0 < j < len(tokens))
    quoted = quoted_spans(text)
    return Scan(text, tokens, keys, breaks, quoted, frozenset(a for a, _ in quoted))


# Negating nouns before a verbal noun (عدم كشف: the not revealing), never a speech act.
NOT_NOUNS = frozenset({"عدم", "بعدم", "لعدم"})


def find_cues(sc: Scan) -> list[Cue]:
    """Cue verbs outside quotation marks, in text order, 3rd person only."""
    out: list[Cue] = []
    known = _cue_keys()  # one set test a token instead of a call (20,000 calls over the bench)
    for i in [i for i, key in enumerate(sc.keys) if key in known]:
        hit = cue_of(sc.keys[i])
        if hit is None or hit[0].person != "3" or inside(sc.tokens[i].start, sc.quoted):
            continue
        if i > 0 and sc.keys[i - 1] in NOT_NOUNS:
            continue  # طالبا عدم كشف اسمه (asking not to be named): a verbal noun negated, no speech
        negated = i > 0 and sc.keys[i - 1] in NEGATORS
        out.append(Cue(i, hit[0], negated, hit[1]))
    return out


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when character `pos` lies inside one of the (start, end) spans."""
    return any(a <= pos < b for a, b in spans)


def is_complementiser(keys: list[str], j: int) -> bool:
    """True when token j is إن/أن/بأن (or إنه ...) introducing speech, not بعد أن "after"."""
    if keys[j] not in COMPLEMENTISERS:
        return False
    if j > 0 and keys[j - 1] in _CONNECTIVE_BEFORE:
        return False
    if j > 1 and keys[j - 1] == "علي" and keys[j - 2] in ("،", ","):
        return False  # ، على أن "provided that"; أكد على أن "stressed that" has no comma before على
    return not (j > 0 and keys[j - 1] in _NOT_SPEECH_BEFORE and keys[j] == "ان")


def find_opener(sc: Scan, start: int, limit: int, stop: frozenset[int]) -> Opener | None:
    """The first complementiser, colon or opening quote mark in tokens[start:limit].

    Returns None when a sentence end, a line break or a token in `stop` (another
    cue verb) comes first: then the cue has no speech of its own.
    """
    keys, tokens, breaks = sc.keys, sc.tokens, sc.breaks  # locals: this loop visits ~27 words a call
    for j in range(start, min(limit, len(tokens))):
        key = keys[j]
        if j in stop or key in SENTENCE_END or (j > start and j in breaks):
            return None
        if key in COMPLEMENTISERS and is_complementiser(keys, j):  # the call only for إن/أن words
            return Opener(j, "comp")
        if key in (":", "："):
            return Opener(j, "colon")
        if tokens[j].text in OPEN_MARKS and tokens[j].start in sc.quote_starts:
            return Opener(j, "mark")
    return None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost quotation, marks included, within one paragraph."""
    spans: list[tuple[int, int]] = []
    m = _OPEN.search(text)
    while m:
        i = m.start()
        j = _find_close(text, i + 1, OPEN_MARKS[text[i]])
        if j is None and text[i] == "“":  # some outlets close “ with “
            j = _find_close(text, i + 1, "“")
        if j is None:
            m = _OPEN.search(text, i + 1)
            continue
        spans.append((i, j + 1))
        m = _OPEN.search(text, j + 1)
    return spans


# Regexes jump to the next mark or line break: a loop over every character of the body
# was the quotes step's largest cost (cProfile, bench/bench_pipeline.py --profile).
_OPEN = re.compile("[" + re.escape("".join(OPEN_MARKS)) + "]")


@lru_cache(maxsize=None)
def _marks(opener: str, close: str) -> re.Pattern[str]:
    """The characters `_find_close` looks at: the opener (nesting), the close, a line break."""
    return re.compile("[" + re.escape("".join(sorted({opener, close, "\n"}))) + "]")


def _find_close(text: str, start: int, close: str) -> int | None:
    """Index of the closing mark before the end of the line, or None; «a «b» c» nests."""
    opener = text[start - 1]
    depth = 0
    for m in _marks(opener, close).finditer(text, start):
        k, c = m.start(), m.group()
        if c == close and opener != close:
            if depth == 0:
                return k if k > start else None
            depth -= 1
        elif c == close:
            return k if k > start else None
        elif c == opener:
            depth += 1
        if c == "\n":
            return None
    return None


def hamza_particle(text: str) -> bool:
    """A particle written with its hamza (أن، إن، بأن، لأنه، كأن، فإن): the complementiser or
    conjunction, never the name part folding makes of it (بأن الأسد: "that Assad", not Ban al-Assad)."""
    return not _HAMZA.isdisjoint(text) and fold_key(text) in _PARTICLE_FOLDS
