"""An event's time and quantity, read from its sentence's resolved times and quantities."""
from __future__ import annotations

from rasd.annotate.triggers import Trigger
from rasd.annotate.word_keys import word_keys
from rasd.arabic import folded_words, word_tokens
from rasd.model import Document, Quantity

TODAY_WORDS = frozenset({"اليوم"})  # اليوم (today) dates an event to the publication day


def event_when(doc: Document, sent: tuple[int, int]) -> str | None:
    """A resolved time in the sentence, else the publication day when it says اليوم (today)."""
    for t in doc.times:
        if sent[0] <= t.start < sent[1]:
            return t.value
    # a word whose keys hold اليوم has يوم in its fold (a stem, or ل+اليوم behind لل): the
    # sentence's folded words rule most sentences out before any word's keys are read
    if doc.published and "يوم" in " ".join(folded_words(doc.text, *sent)):
        words = word_tokens(doc.text, *sent)
        if any(word_keys(w.text) & TODAY_WORDS for w in words):
            return doc.published[:10]
    return None


def event_quantity(doc: Document, sent: tuple[int, int], trig: Trigger) -> Quantity | None:
    """The sentence's quantity nearest after the trigger (else the nearest before)."""
    qs = [q for q in doc.quantities if sent[0] <= q.start < sent[1]]
    if not qs:
        return None
    return min(qs, key=lambda q: (q.start < trig.start, abs(q.start - trig.end)))
