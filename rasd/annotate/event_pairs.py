"""Subjects that act with or through another party: a person after a long title, the doer of a
passive killing named by its weapon, two coordinated subjects of a dual or reciprocal act, the two
parties named after بين of a reciprocal act noun (اتفاق بين X وY).

Read by `event_args.pick_source_target`; word lists inline (each under 20 words).
"""
from __future__ import annotations

from rasd.annotate.event_slots import Slot
from rasd.annotate.function_words import COMPLEMENTISERS
from rasd.annotate.title_lexicon import title_firsts
from rasd.annotate.triggers import Trigger, trigger_index

LONG_TITLE_WORDS = 11  # a title of a body in a body before the name (رئيس لجنة الدفاع في مجلس الدوما X)


def long_title(words: list[str], t: int, s: Slot) -> bool:
    """True for a person named after a title that opens right after the verb and may hold its own
    prepositions (اتهم رئيس لجنة الدفاع في مجلس الدوما أندريه كارتابولوف: the committee head accused)."""
    return s.mention.type == "PER" and s.word - t <= LONG_TITLE_WORDS and t + 1 < len(words) \
        and words[t + 1] in title_firsts() and not any(w in COMPLEMENTISERS for w in words[t + 1:s.word])


# Instruments in construct with the doer of a passive killing (برصاص قوات الأمن: by the security
# forces' bullets; بنيران الجيش: by the army's fire).
AGENT_MARKERS = frozenset({"برصاص", "بنيران", "بقذائف", "برصاصه"})


# Acts two parties do with each other: X وY اتفقا/التقيا/تعاونا (X and Y agreed / met / cooperated).
RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _dual_verb(word: str) -> bool:
    """True for a past verb with the dual ending of a lexicon verb: وقعا، اتفقا (the two signed, agreed)."""
    if not word.endswith("ا"):
        return False
    stems = (word[:-1], word[1:-1]) if word[:1] in "وف" else (word[:-1],)  # وقعا: وقع itself, or و + قع
    return any(len(stem) >= 3 and any(f.verb for f in trigger_index().get(stem, ())) for stem in stems)


def coordinated_pair(words: list[str], trig: Trigger, before: list[Slot], source: Slot | None) -> tuple[Slot, Slot] | None:
    """The two coordinated subjects of a dual verb (آبي أحمد ورئيس أرض الصومال موسى بيحي عبدي وقعا:
    Abiy and Somaliland's president signed): the first acts, the second is the party it acts with."""
    if not (trig.verb and source is not None and before and source is before[-1] and _dual_verb(words[trig.index])):
        return None
    for first in before[:-1]:
        between = words[first.word + len(first.mention.text.split()):source.word]
        if 0 < source.word - first.word <= 8 and any(w.startswith("و") and len(w) > 2 for w in between[:3]):
            return first, source
    return None


def between_parties(found: list[Slot], trig: Trigger, words: list[str]) -> tuple[Slot, Slot] | None:
    """The two parties of a reciprocal act noun named after بين (اتفاق بين X وY: a deal between X and
    Y): X acts with Y, whoever welcomes or reports the deal."""
    after = trig.index + len(trig.text.split())
    if after >= len(words) or words[after] != "بين":
        return None
    first = next((s for s in found if s.word == after + 1 and not s.place), None)
    second = next((s for s in found if first is not None and s.word > first.word and not s.place), None)
    if first is None or second is None or second.word - first.word > BETWEEN_WORDS \
            or not words[second.word].startswith("و"):
        return None
    third = next((s for s in found if s.word > second.word and not s.place), None)
    if third is not None and third.word - second.word <= BETWEEN_WORDS and words[third.word].startswith("و"):
        return None  # بين مصر والسودان وإثيوبيا: among three, no one pair acts with the other
    return first, second


BETWEEN_WORDS = 5  # words from the first party after بين to the second (بين الحكومة السورية وقسد)
