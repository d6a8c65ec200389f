"""Entity spans from the statistical NER model, for names the KB and the title rules miss.

The model (`rasd.annotate.ner_model.NerModel`) is optional: when its file is missing
the entity step runs on the KB and rules alone. Its spans only fill gaps: a span that
overlaps a KB or title mention loses, MISC is dropped, and a span is kept only when the
model's mean marginal probability reaches `MIN_CONFIDENCE`.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rasd.arabic import Token, sentences, token_start, tokenize

if TYPE_CHECKING:
    from rasd.annotate.ner_model import NerModel

# Mean marginal of a span's tags below which a model-only span is dropped.
# Dev set, model-only spans (entities F1, KB of 29 Nov): 0.8 → 0.882, 0.92 → 0.884 (P 0.949), 0.97 → 0.881.
MIN_CONFIDENCE = 0.92
KEEP_TYPES = frozenset({"PER", "ORG", "LOC"})


@dataclass(frozen=True, slots=True)
class ModelSpan:
    """A span the model tagged: token range into the document's token list, type, confidence."""

    first: int
    end: int
    type: str
    confidence: float


@lru_cache(maxsize=1)  # one copy per process: the body's and the headline's entity steps share it
def load_model() -> "NerModel | None":
    """The committed NER model, or None when it (or its module) is not there."""
    try:
        from rasd.annotate.ner_model import MODEL_PATH, NerModel
    except ImportError:
        return None
    if not MODEL_PATH.exists():
        return None
    try:
        return NerModel.load()
    except Exception:  # a damaged model file must not stop the step: run without it
        return None


def _spans(tags: list[tuple[str, float]], offset: int) -> list[ModelSpan]:
    """IOB2 tags with marginals → spans (an I- without its B- opens a span)."""
    out: list[ModelSpan] = []
    cur: list[Any] | None = None  # [first, end, type, probs]
    # most tags are O: only the others are read, and an O between two ends the span before it
    for k in [k for k, (tag, _) in enumerate(tags) if tag != "O"]:
        tag, p = tags[k]
        kind = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("I-") and cur and cur[2] == kind and cur[1] == k:
            cur[1], cur[3] = k + 1, cur[3] + [p]
            continue
        if cur:
            out.append(ModelSpan(offset + cur[0], offset + cur[1], cur[2], sum(cur[3]) / len(cur[3])))
            cur = None
        if tag != "O" and kind:
            cur = [k, k + 1, kind, [p]]
    if cur:
        out.append(ModelSpan(offset + cur[0], offset + cur[1], cur[2], sum(cur[3]) / len(cur[3])))
    return out


def model_spans(model: "NerModel", text: str, tokens: list[Token]) -> list[ModelSpan]:
    """Confident PER/ORG/LOC spans over the whole text, sentence by sentence."""
    out: list[ModelSpan] = []
    utf8 = _encodes(text)  # tested once for the text, not for each token
    for a, b in sentences(text):
        sent = tokenize(text, a, b)
        first = bisect_left(tokens, sent[0].start, key=token_start) if sent else len(tokens)
        if first == len(tokens) or tokens[first].start != sent[0].start:
            continue  # the sentence does not start at one of the text's tokens
        # the CRF takes UTF-8: a lone surrogate (half an emoji from a JSON "\ud83d" escape)
        # made pycrfsuite raise SystemError; "?" keeps one word per token
        tags = model.tag_with_marginals([t.text if utf8 else t.text.encode("utf-8", "replace").decode("utf-8")
                                         for t in sent], entities_only=True)
        out.extend(s for s in _spans(tags, first)
                   if s.type in KEEP_TYPES and s.confidence >= MIN_CONFIDENCE)
    return out


def _encodes(text: str) -> bool:
    """True when the text is valid UTF-8 as it stands (no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
