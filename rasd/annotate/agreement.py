"""Gender agreement between a verb and a name after it: who can be the verb's subject.

Arabic verbs agree in gender with a following subject, and states are grammatically
feminine (دعت روسيا: Russia called), except a few masculine ones (دعا العراق: Iraq called).
So in `ودعا رواندا إلى الانسحاب` (and he called on Rwanda to withdraw) the masculine دعا
cannot have رواندا as its subject: Rwanda is the object, the subject is the earlier one.
"""
from __future__ import annotations

from rasd.annotate.function_words import RELATIVES
from rasd.annotate.speaker_words import body_heads, listed_form, noun_gender
from rasd.arabic import fold_key
from rasd.lexicon import load_words
from rasd.model import Mention

# Folded names of the states Arabic treats as masculine (أعلن العراق، قال لبنان).
MASCULINE_STATES: frozenset[str] = frozenset({"العراق", "الاردن", "السودان", "اليمن", "المغرب", "لبنان"})
CONJUNCTIONS = ("و", "ف")  # a verb's proclitics (ودعا، فدعت): read off before its gender


def verb_gender(word: str) -> str | None:
    """'m' or 'f' for a third-person singular verb form (دعا / دعت، يدعو / تدعو), else None."""
    w = fold_key(word)
    if w[:1] in CONJUNCTIONS and len(w) > 3:
        w = w[1:]
    for pronoun in ("هما", "ها", "هم"):  # وقعتها (she signed it): the object pronoun tells nothing
        if w.endswith(pronoun) and len(w) - len(pronoun) >= 3:
            w = w[:-len(pronoun)]
            break
    if len(w) < 3 or w.endswith(("وا", "ون", "ين", "ان", "نا", "تم")):
        return None  # plural, dual or first/second person: no reading
    if w.startswith("س") and len(w) > 3:  # future سيدعو / ستدعو
        w = w[1:]
    if w.endswith("ت"):
        return "f"
    if w[0] == "ي":
        return "m"
    if w.startswith("تت"):  # تتهم (she accuses)
        return "f"
    if w[0] == "ت":  # تدعو (she calls) or a Form V/VI past توعد (he threatened): no reading
        return None
    return "m"


def cannot_precede_plural(verb: str, m: Mention) -> bool:
    """True when a masculine plural verb (استهدفوا: they targeted) rules out a singular state or
    body before it as its subject: السفارة الفرنسية ... كما استهدفوا (the French embassy ... they
    also targeted): the embassy is what was attacked, the subject is the pronoun."""
    w = fold_key(verb)
    if not w.endswith("وا") or len(w) < 5:
        return False
    return state_gender(m) is not None or body_gender(m) is not None \
        or (m.type == "ORG" and fold_key(m.text).split()[0].endswith("ه"))


def state_gender(m: Mention) -> str | None:
    """'f' for a state or city named as a place-actor, 'm' for the masculine states, else None."""
    if m.type != "GPE":
        return None
    return "m" if listed_form(fold_key(m.text), MASCULINE_STATES) else "f"


def body_gender(m: Mention) -> str | None:
    """The grammatical gender of a body named with its head noun: مجلس الأمن m, حركة حماس f."""
    if m.type != "ORG":
        return None
    head = listed_form(fold_key(m.text).split()[0], body_heads("head"))
    return noun_gender(head) if head else None


def cannot_be_subject(verb: str, m: Mention) -> bool:
    """True when the verb's gender rules the name after it out as its subject (a state, or a
    body with its head noun: ودعت مجلس الأمن "and she called on the Security Council")."""
    g, h = verb_gender(verb), state_gender(m) or body_gender(m)
    return g is not None and h is not None and g != h


# Nouns of strikes and their weapons: before a verb, its subject (الضربات الروسية استهدفت كييف:
# the Russian strikes targeted Kyiv), so a name after the verb is the object, not the subject.
ACT_SUBJECTS: frozenset[str] = load_words("act_subject_nouns")  # rasd/lexicon/act_subject_nouns.tsv
# Relative pronouns read here: all but the feminine plurals (اللواتي، اللاتي), as before the
# list was shared; reading them too is a behaviour change still to measure.
RELATIVE_PRONOUNS = RELATIVES - {"اللواتي", "اللاتي"}
ACT_SUBJECT_WORDS = 4  # words back from the verb to the act noun (الضربات الصاروخية الروسية استهدفت)


def act_noun_subject(words: list[str], verb: int, names: list[int]) -> bool:
    """True when an act noun stands within a few words before the verb with no name between, and
    the verb carries no object pronoun (غارات شنتها الطائرات: raids the planes launched)."""
    if verb < len(words) and words[verb].endswith(("ها", "هم", "هما", "ته", "وه")):
        return False
    for j in range(verb - 1, max(-1, verb - 1 - ACT_SUBJECT_WORDS), -1):
        w = words[j]
        if j in names or w in RELATIVE_PRONOUNS:
            return False  # الصواريخ التي أطلقها الحوثيون: the name after the verb is its subject
        if listed_form(w, ACT_SUBJECTS):
            return True
    return False
