"""Protest triggers that are no protest: protesters acted on, a protest broken up, a march that is a course.

تجمع آلاف المتظاهرين (thousands of protesters gathered) is a protest by them; فرقت الشرطة
المتظاهرين (police dispersed the protesters) and مسيرة السلام (the peace process) are none.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.annotate.word_keys import verb_keys
from rasd.lexicon import load_words

if TYPE_CHECKING:
    from rasd.annotate.triggers import Trigger

# Protester nouns are a protest only as its doers: تجمع آلاف المتظاهرين (thousands of protesters
# gathered) is one; فرقت الشرطة المتظاهرين / النار على المتظاهرين (police dispersed / fired on
# protesters) is another actor's act with the protesters as victims (OEDA PROTEST negatives).
PROTESTERS = frozenset({"متظاهر", "محتج", "معتصم", "مضرب"})
# before them: a preposition (they are governed, not acting) ...
PROTESTER_GOVERNORS = frozenset({"علي", "ضد", "بين", "عن", "مع", "الي", "لدي", "امام", "بحق", "تجاه"})
# ... or, up to 3 words back, an act done to them
ACTS_ON_PROTESTERS = load_words("acts_on_protesters")  # rasd/lexicon/acts_on_protesters.tsv
# مسيرة before a definite word is a course (مسيرة السلام: the peace process) unless the word is
# its marchers or a march's kind.
MARCH_NOUNS = frozenset({"مسيره", "مسيرات"})
MARCH_KINDS = frozenset({"الاحتجاجيه", "الحاشده", "الغاضبه", "الشعبيه", "الجماهيريه", "الراجله", "الاحتجاج",
                         "الغضب", "الطلاب", "العمال", "المعارضه", "الالاف", "المئات"})
# A protest itself is the object, not the act, after a verb breaking it up: فرقت الشرطة المظاهرة
# (police dispersed the demonstration) is COERCE.
ACTS_ON_PROTESTS = frozenset({"فرق", "تفريق", "قمع", "فض", "هاجم", "استهدف", "منع", "حظر", "اعتقل", "اعتقال"})
PROTEST_OBJECT_GAP = 3  # words back from a protest noun searched for such a verb
# A crowd word or a gathering verb right before them makes them the actors of the sentence.
CROWD = load_words("protest_crowd_words")  # rasd/lexicon/protest_crowd_words.tsv


def _course(i: int, raw: list[str], keys: list[frozenset[str]]) -> bool:
    """True for مسيرة as a course or process: مسيرة السلام، مسيرة المنتخب، المسيرة التعليمية
    (the peace process, the team's run, the educational path), not a march of people."""
    if not keys[i] & MARCH_NOUNS or i + 1 >= len(raw) or not raw[i + 1].startswith("ال"):
        return False
    nxt = keys[i + 1]
    if nxt & (PROTESTERS | MARCH_KINDS) or any(k.startswith(("متظاهر", "محتج")) for k in nxt):
        return False  # مسيرة المتظاهرين، المسيرة الاحتجاجية: a march
    return not raw[i].startswith("ال") or raw[i + 1].endswith("يه")  # المسيرة السياسية; not المسيرة أمس


def protester_role(t: "Trigger", raw: list[str], keys: list[frozenset[str]]) -> "Trigger | None":
    """A protest noun broken up (فرقت المظاهرة) is none; a protester noun: None when the protesters are acted on (فرقت الشرطة المتظاهرين: police
    dispersed the protesters), strong when they act (احتشد آلاف المتظاهرين: thousands gathered)."""
    i = t.index
    if t.type != "PROTEST" or t.verb:
        return t
    if _course(i, raw, keys):
        return None
    if not keys[i] & PROTESTERS:
        back = keys[max(0, i - PROTEST_OBJECT_GAP):i]
        return None if any((k | verb_keys(k)) & ACTS_ON_PROTESTS for k in back) else t
    prev = raw[i - 1] if i > 0 else ""
    if prev == "من" and i > 1:  # عدد من المتظاهرين (a number of protesters): look past من
        i, prev = i - 1, raw[i - 2]
    before = keys[i - 1] | verb_keys(keys[i - 1]) if i > 0 else frozenset()
    acted_on = any((k | verb_keys(k)) & ACTS_ON_PROTESTERS for k in keys[max(0, i - 3):i])
    if before & CROWD and not acted_on:  # not the nominative alone: أصيب المتظاهرون (protesters were hurt),
        return replace(t, strong=True)  # nor a crowd dispersed: لتفريق آلاف المحتجين
    if prev in PROTESTER_GOVERNORS or acted_on:
        return None
    return t
