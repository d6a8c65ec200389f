"""Which cue words are speech here, and which complementiser spellings open none.

A cue verb's form is not enough: جاء "came" is a cue only as وجاء في البيان "and the
statement read"; يبلغ "informs" is also "amounts to"; نقل "relayed" also "moved"; يذكر أن
"it is worth noting that" is the narrator's aside; a cue right after a complementiser is part
of reported speech. And the بان of بان كي مون (Ban Ki-moon) is no بأن "that".
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.annotate.count_words import approximators
from rasd.annotate.cues import COMPLEMENTISERS, Cue, Scan, hamza_particle
from rasd.annotate.speaker_lexicons import load_lexicons, speech_noun
from rasd.annotate.speaker_words import listed_form

if TYPE_CHECKING:
    from rasd.annotate.speaker_memory import SpeakerMemory

IMPERSONAL = frozenset({"يذكر", "يشار"})  # "it is mentioned / noted" (that)


def named_complementisers(sc: Scan, resolver: "SpeakerMemory") -> frozenset[int]:
    """Tokens spelt as a complementiser that begin a person's name: the بان of بان كي مون (Ban
    Ki-moon) is no بأن "that"."""
    out = []
    for j in [j for j, key in enumerate(sc.keys) if key in COMPLEMENTISERS]:  # one set test a word
        tok = sc.tokens[j]
        m = resolver.mention_at(tok.start, tok.end)
        # spelt with a hamza (بأن، أن) it is the complementiser, whatever the tagger made of it
        if m is not None and m.type == "PER" and m.start == tok.start and m.end > tok.end \
                and not hamza_particle(tok.text):
            out.append(j)
    return frozenset(out)


def speech_sense(sc: Scan, cue: Cue) -> bool:
    """جاء is a cue only as وجاء في البيان "and the statement read"; يبلغ / تبلغ "informs" is
    also "amounts to" (تبلغ نحو 6 مليارات دولار, يبلغ قوامها 17 ألف جندي); نقل "relayed" also
    "moved" (نقلت أموال إلى حسابات "funds were moved to accounts")."""
    if cue.form.lemma == "أبلغ":
        return not _amounts_to(sc, cue.index)
    if cue.form.lemma == "نقل":
        return _relayed(sc.keys[cue.index + 1:cue.index + 1 + RELAYED_FROM])
    if cue.form.lemma != "جاء":
        return True
    i, keys = cue.index, sc.keys
    return i + 2 < len(keys) and keys[i + 1] == "في" and speech_noun(load_lexicons(), keys[i + 2]) is not None


RELAYED_FROM = 15  # words after نقل read for its عن "from" or its إلى "to" (a long subject may come first)


def _relayed(after: list[str]) -> bool:
    """نقل relays speech: its عن "from" comes (نقلت الوكالة عن مسؤول), or a complementiser before
    any إلى "to" (نقلت مصادر أن "sources relayed that"); إلى first, it moved something."""
    for key in after:
        if key == "عن" or key in COMPLEMENTISERS:
            return True
        if key in ("الي", "لي"):
            return False
    return True


# Nouns of a measure after يبلغ "amounts to" (عددهم، قوامها، قيمتها، حصيلة ...), folded.
_MEASURES = ("عدد", "قوام", "قيم", "طول", "مساح", "حجم", "اجمالي", "نسب", "تكلف", "مجموع", "عمر",
             "سعر", "ارتفاع", "عرض", "وزن", "مدي", "مده", "حصيل", "ميزاني", "متوسط")


def _amounts_to(sc: Scan, i: int) -> bool:
    """True when the present-tense بلغ at token i measures: a number, an approximator or a
    measure noun follows (the past أبلغ with its alif is always "informed")."""
    key = sc.keys[i]
    key = key[1:] if key[:1] in ("و", "ف") else key
    if not key.startswith(("يبلغ", "تبلغ")) or i + 1 >= len(sc.keys):
        return False
    nxt = sc.keys[i + 1]
    return nxt[:1].isdigit() or nxt in _approximator_firsts() or nxt.startswith(_MEASURES)


@lru_cache(maxsize=1)
def _approximator_firsts() -> frozenset[str]:
    """First words of the approximators written before a number (نحو، حوالي، أكثر من ...)."""
    return frozenset(p[0] for p in approximators()[0])


def impersonal(sc: Scan, i: int) -> bool:
    """يذكر أن "it is worth noting that": the narrator's own aside, a passive with no speaker."""
    nxt = sc.keys[i + 1] if i + 1 < len(sc.keys) else ""
    return listed_form(sc.keys[i], IMPERSONAL) is not None and nxt in COMPLEMENTISERS


def embedded(sc: Scan, i: int) -> bool:
    """A cue right after a complementiser is part of reported speech: وأنه يتوقع أن ..."""
    prev = sc.keys[i - 1] if i > 0 else ""
    return listed_form(prev, COMPLEMENTISERS) is not None
