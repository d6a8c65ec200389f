"""Word patterns that tell whether a name near an event's verb is its doer: the people of a body
before its name (عناصر المقاومة، مسلحون ينتمون إلى X), a victim's nationality after a counted noun
(17 جنديا كينيا), and an act told as the occasion of another (إثر اقتحام).

Folded words in, indices into the sentence's folded word list (`event_args.sentence_words`).
"""
from __future__ import annotations

from rasd.annotate.event_slots import AFFILIATION

# Words between fighters and the body they belong to: يشتبه في انتمائهم إلى (suspected of belonging to).
SUSPECTED: frozenset[str] = frozenset({"يشتبه", "المشتبه", "يعتقد", "يرجح", "في", "الي", "ل", "انهم"})
# People of a body before its name with من (أعضاء من الحزب: members of the party): the body acts.
PARTITIVES: frozenset[str] = frozenset({"اعضاء", "عناصر", "مقاتلون", "مقاتلين", "مسلحون", "مسلحين", "انصار",
                                        "افراد", "قاده", "نواب", "مسؤولون", "مسؤولين", "ممثلون", "ممثلين"})


# Stems of crowd nouns that are PROTEST triggers (المتظاهرون، المحتجين: demonstrators, protesters).
CROWD_STEMS: tuple[str, ...] = ("متظاهر", "محتج")
# Prepositions of cause and sequence: an act noun after them is an earlier act, another's.
CIRCUMSTANCES: frozenset[str] = frozenset({"اثر", "إثر", "عقب", "جراء", "بسبب", "اعقاب", "خلفيه"})


def circumstance(words: list[str], t: int) -> bool:
    """True for an act noun told as the cause or occasion of the sentence's act: إثر اقتحام (after
    the storming of), ردا على هجوم (in response to an attack), في أعقاب الغارات."""
    if t < 1:
        return False
    prev = words[t - 1]
    return prev in CIRCUMSTANCES or (prev == "علي" and t >= 2 and words[t - 2] in ("ردا", "رد"))


def members_of(words: list[str], w: int) -> bool:
    """True for a body after its people (عناصر المقاومة، مقاتلو الحركة: the resistance's
    members): a plural verb agrees with them, and the body acts."""
    return w > 0 and (words[w - 1] in PARTITIVES or (words[w - 1].endswith("و") and len(words[w - 1]) > 4))


def partitive(words: list[str], t: int, w: int) -> bool:
    """True for a name right after a partitive's من with no other preposition between it and the
    verb: اتهم أعضاء من الحزب الجمهوري (members of the Republican Party accused); or after the
    partitive's affiliation: هجوم نفذه مسلحون يشتبه في انتمائهم إلى تنظيم الدولة (an attack by
    gunmen suspected of belonging to IS), مسلحون تابعون لحركة الشباب (Shabaab gunmen)."""
    if w - t == 3 and words[w - 1] == "من" and words[w - 2] in PARTITIVES:
        return True
    if w - t == 4 and words[w - 1] == "من" and words[w - 2] in COUNTED_PEOPLE and words[t + 1].isdigit():
        return True  # استسلم 18 عنصرا من الحوثيين (18 Houthi members surrendered)
    chain = words[t + 2:w]
    return 0 < w - t <= 6 and words[t + 1] in PARTITIVES and any(c.startswith(AFFILIATION) for c in chain) \
        and all(c.startswith(AFFILIATION) or c in SUSPECTED for c in chain)


# A singular soldier or civilian in the accusative before a nationality: 17 جنديا كينيا (17 Kenyan
# soldiers): كينيا is the adjective "Kenyan", spelt like the country, and names the victims' side.
COUNTED_PEOPLE = frozenset({"جنديا", "شرطيا", "عسكريا", "ضابطا", "عنصرا", "مدنيا", "مواطنا", "مقاتلا", "مسلحا"})


def victims_nisba(words: list[str], w: int) -> bool:
    """True for a state named as the nationality of people counted before it: never the doer."""
    return w > 0 and words[w - 1] in COUNTED_PEOPLE
