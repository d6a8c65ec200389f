"""Claim status of an event from Arabic reporting: asserted, claimed, denied, unconfirmed, no_evidence.

The narrator's own statement is asserted. Attribution (قال X، حسب X، وفقا لـ، مصادر) makes
a reported fact claimed; نفى (denied) makes it denied; hedges (يعتقد، يرجح، لم يتسن التحقق)
make it unconfirmed; "without evidence" (دون أن يقدم دليلا) makes it no_evidence; a group
announcing its responsibility (أعلنت مسؤوليتها، تبنى) is a claim by that group.
Markers are data: `rasd/lexicon/claim_markers.tsv`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rasd.annotate.triggers import forms_by_first
from rasd.annotate.word_keys import word_keys
from rasd.arabic import fold_key, word_tokens
from rasd.model import ClaimStatus

MarkerStatus = Literal["claimed", "denied", "unconfirmed", "no_evidence", "self_claim"]
Scope = Literal["before", "sentence", "next", "retro"]

# PLOVER types whose trigger is itself a speech act (اتهم، هدد، طالب): the speaker saying it
# is the event, so the narrator asserts it even though a cue verb stands nearby.
# Of them, the acts aimed at a party about a content (اتهم X بشن هجمات: accused X of attacks;
# طالب X بالانسحاب: demanded X withdraw; هدد X بالرد: threatened X with a response).
CONTENT_ACTS: frozenset[str] = frozenset({"ACCUSE", "THREATEN", "REQUEST"})
SPEECH_TYPES: frozenset[str] = CONTENT_ACTS | {"REJECT", "SUPPORT", "AGREE", "CONSULT", "COOPERATE", "CONCEDE"}


@dataclass(frozen=True, slots=True)
class MarkerForm:
    words: tuple[str, ...]
    status: MarkerStatus
    scope: Scope
    speaker: bool
    needs: frozenset[str] = frozenset()  # one of these must follow within NEEDS_WINDOW words


# How far a marker's needed word may follow it (لم يقدم الجيش حتى الآن أي دليل: 5 words on).
NEEDS_WINDOW = 5


@dataclass(frozen=True, slots=True)
class Marker:
    """A claim marker found in the text."""

    status: MarkerStatus
    scope: Scope
    speaker: bool  # introduces a named speaker (قال X), not an anonymous source or a hedge
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def marker_index() -> dict[str, tuple[MarkerForm, ...]]:
    """Marker forms indexed by the folded key of their first word."""
    return forms_by_first("claim_markers", lambda words, row: MarkerForm(
        words, row["status"], row["scope"], row.get("speaker") == "yes",  # type: ignore[arg-type]
        frozenset(fold_key(w) for w in row.get("needs", "").split())))


@lru_cache(maxsize=1 << 16)
def _word_forms(word: str) -> tuple[MarkerForm, ...]:
    """The marker forms a word may start, in sorted key order (cached: most words start none,
    and sorting every word's keys was ~1/3 of find_markers)."""
    index = marker_index()
    return tuple(form for k in sorted(word_keys(word)) for form in index.get(k, ()))


def find_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Claim markers in text[start:end], the longest phrase at each word."""
    words = word_tokens(text, start, end)
    texts = [t.text for t in words]
    # map: no Python frame per word (runs on every sentence); only the words that start a marker
    # are visited, not every word (0.7% of the step's instructions, callgrind)
    starting = [(i, forms) for i, forms in enumerate(map(_word_forms, texts)) if forms]
    if not starting:
        return []  # no word of the sentence starts a marker: no keys to build
    keys = list(map(word_keys, texts))
    out: list[Marker] = []
    for i, forms in starting:
        word = words[i]
        best: MarkerForm | None = None
        for form in forms:
            n = len(form.words)
            ok = i + n <= len(keys) and (n == 1 or all(form.words[j] in keys[i + j] for j in range(1, n)))
            if ok and form.needs:
                ok = any(form.needs & k for k in keys[i + n:i + n + NEEDS_WINDOW])
            if ok and (best is None or n > len(best.words)):
                best = form
        if best is not None:
            last = words[i + len(best.words) - 1]
            out.append(Marker(best.status, best.scope, best.speaker, word.start, last.end,
                              text[word.start:last.end]))
    return out


def _applies(m: Marker, trigger_start: int, in_sentence: bool) -> bool:
    """Whether a marker governs a trigger: `before` markers must precede it."""
    if not in_sentence:
        return m.scope == "next"
    if m.scope == "retro":  # وهو ما نفته X (which X denied): the act told before it
        return m.start > trigger_start
    return m.scope != "before" or m.start < trigger_start


def claim_status(here: list[Marker], after: list[Marker], trigger_start: int,
                 event_type: str) -> tuple[ClaimStatus, Marker | None]:
    """Status of an event from the markers of its sentence (`here`) and the next one (`after`)."""
    # a denial pointing back (وهو ما نفاه) answers the act reported, not the speech act telling it
    live = [m for m in here if _applies(m, trigger_start, True) and not (m.scope == "retro" and event_type in SPEECH_TYPES)]
    live += [m for m in after if _applies(m, trigger_start, False)]
    if not live:  # most events: no marker governs them
        return "asserted", None
    by = {s: [m for m in live if m.status == s] for s in ("no_evidence", "denied", "unconfirmed", "self_claim", "claimed")}
    if by["no_evidence"]:
        return "no_evidence", by["no_evidence"][0]
    if by["denied"]:
        return "denied", by["denied"][-1]
    if by["unconfirmed"]:
        return "unconfirmed", by["unconfirmed"][0]
    if by["self_claim"] and event_type not in SPEECH_TYPES:
        return "claimed", by["self_claim"][0]
    if by["claimed"]:
        cue = by["claimed"][-1]
        # a speech act is itself the reported fact (قال X إنه سيواصل...: X vowed; دعا X في
        # بيانه: X called on): the narrator asserts that it was said
        if event_type in SPEECH_TYPES:
            return "asserted", None
        if not any(m.speaker for m in by["claimed"]):
            # only anonymous sourcing (مصادر، شهود: sources, witnesses): the narrator relays it
            return "asserted", None
        return "claimed", cue
    return "asserted", None
