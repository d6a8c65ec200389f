"""بلاده (his country): the state of the official or body just named, as an event party.

`نفى المتحدث باسم الخارجية الإيرانية أن تكون بلاده قد زودت الحوثيين بصواريخ` (the Iranian
spokesman denied that his country supplied the Houthis with missiles): بلاده is Iran, the
doer of the denied act. Only the plural-form بلاد is read so: بلده is also "his town".
"""
from __future__ import annotations

from rasd.annotate.event_actors import StateResolver
from rasd.arabic import fold_key, word_tokens
from rasd.model import Document, Mention

COUNTRY_WORDS: frozenset[str] = frozenset({"بلاده", "بلادها", "بلادهم", "بلادنا"})
CLITICS = ("و", "ف")  # not ب/ل: ببلاده (in his country) is a place


def _country_word(word: str) -> bool:
    key = fold_key(word)
    return key in COUNTRY_WORDS or (key[:1] in CLITICS and key[1:] in COUNTRY_WORDS)


def country_anaphors(doc: Document, sent: tuple[int, int], mentions: list[Mention],
                     resolver: StateResolver) -> list[Mention]:
    """Each بلاده in the sentence as a mention of the state of the closest person or body before it."""
    if "بلاد" not in doc.text[sent[0]:sent[1]]:  # the common case: no tokenising
        return []
    out: list[Mention] = []
    for w in word_tokens(doc.text, *sent):
        if not _country_word(w.text):
            continue
        prior = [m for m in mentions if m.end <= w.start and m.type in ("PER", "ORG")]
        state = resolver.actor(prior[-1]) if prior else None
        if state is not None and state.id in resolver.named:
            out.append(Mention(w.text, w.start, w.end, "GPE", state.name_en, state.id, source="anaphor"))
    return out
