"""Words that set a name apart from an act's doer and target: "according to" (a reporter),
"blamed on" (the doer named after the act) and "led by" or "among them" (a description).

هجوم نسبته السلطات إلى تنظيم داعش (an attack the authorities blamed on ISIS): ISIS did it;
حسبما أفاد المرصد (as the Observatory reported): the Observatory only tells it.
"""
from __future__ import annotations

from rasd.annotate.event_slots import TARGET_PREPS, Slot
from rasd.annotate.title_lexicon import title_firsts

# "According to": the name after it reports (حسب، بحسب، حسبما، وفق، وفقا لـ، طبقا لـ، نقلا عن).
ACCORDING_TO: frozenset[str] = frozenset({"حسب", "بحسب", "حسبما", "وفق", "وفقا", "طبقا", "نقلا"})
# Verbs that lay an act at a party's door (نسبته السلطات إلى X: the authorities blamed it on X).
ATTRIBUTING: frozenset[str] = frozenset({"نسب", "نسبت", "نسبته", "نسبتها", "نسبوه", "نسبوها", "تنسب", "ينسب",
                                         "ونسبت", "نسبه", "نسبها", "تنسبه", "ينسبه"})
ATTRIBUTED_WITHIN = 6  # words from the act to the verb, and from the verb to the party


# "Headed / led by" or "including" before a name: الحكومة برئاسة X، التحالف بقيادة السعودية، أحزاب
# المعارضة ومنها حزب الأمة (the government headed by X, the coalition led by Saudi Arabia, the
# opposition parties, among them the Umma party). The name describes the party before it.
LED_BY = frozenset({"برئاسه", "بقياده", "بزعامه", "يقودها", "يقوده", "يتزعمها", "يتزعمه", "يراسها", "يراسه",
                    "منها", "ومنها", "بينها", "وبينها", "منهم", "ومنهم", "بينهم", "وبينهم"})


LED_BODY_WORDS = 3  # words of the led body before بقيادة searched for a target preposition


def led_by(words: list[str], w: int) -> bool:
    """True for a name right after برئاسة/بقيادة/ومنها (headed/led by, among them), a rank or title
    between allowed (الذي يقوده الجنرال X: led by General X): no target. Unless the body it leads is
    itself the target (عقوبات على المجلس العسكري بقيادة العقيد X: X stands for the council)."""
    if w > 0 and words[w - 1] in LED_BY:
        j = w - 1
    elif w > 1 and words[w - 2] in LED_BY and words[w - 1] in title_firsts():
        j = w - 2
    else:
        return False
    return not any(x in TARGET_PREPS for x in words[max(0, j - LED_BODY_WORDS):j])


def reporter(words: list[str], w: int) -> bool:
    """True for a name after "according to" (حسبما أفاد المرصد، وفقا لوزارة الصحة): it tells the
    act, it is neither its doer nor its target."""
    return not ACCORDING_TO.isdisjoint(words[max(0, w - 2):w])


def blamed_on(actors: list[Slot], words: list[str], t: int) -> Slot | None:
    """The party an act is attributed to: هجوم نسبته السلطات إلى تنظيم داعش (an attack the
    authorities blamed on ISIS) → ISIS did it."""
    at = next((j for j in range(t + 1, min(len(words), t + 1 + ATTRIBUTED_WITHIN)) if words[j] in ATTRIBUTING), None)
    if at is None:
        return None
    return next((s for s in actors if at < s.word <= at + ATTRIBUTED_WITHIN and "الي" in words[max(at, s.word - 2):s.word]),
                None)


# ب-words after a party that open no charge (اتهم X بـ: accused X of): بعد، بين (after, between),
# بأن (that), بدء (the start), بقيادة (led by).
NOT_CHARGES = frozenset({"بعد", "بين", "بها", "بهم", "بان", "بانه", "بانها", "بل", "بلا", "بدء", "بما", "بقياده",
                         "بزعامه", "برئاسه"})


def charge_word(word: str, min_len: int = 4) -> bool:
    """True for a folded ب-word opening a charge (بتمويل، بالوقوف، بقصف: of funding, of being behind)."""
    return word.startswith("ب") and len(word) >= min_len and word not in NOT_CHARGES
