"""Which of a sentence's triggers tell facts: not the content of an accusation, demand or
threat (اتهم X Y بشن هجمات: one ACCUSE), unless a later clause, a participle or a verb joined
after a comma starts a new predicate."""
from __future__ import annotations

from bisect import bisect_right

from rasd.annotate.claims import CONTENT_ACTS
from rasd.annotate.function_words import DEMONSTRATIVES
from rasd.annotate.triggers import Trigger, after_comma
from rasd.annotate.word_keys import word_keys
from rasd.arabic import fold_key, folded_words
from rasd.lexicon import load_words

# Speech acts whose complement is the content, not a second fact: اتهم X Y بشن هجمات
# (X accused Y of attacks: one ACCUSE), طالب بالانسحاب (demanded a withdrawal: one REQUEST).
CONTENT_HEADS = CONTENT_ACTS
# "Will keep on" (ستواصل): a threat when what follows is fighting, but the act itself when an
# act word follows at once (ستواصل دعم: will keep supporting).
CONTINUE_VERBS = frozenset({"ستواصل", "سيواصل", "سنواصل", "مواصله", "تواصل", "يواصل", "نواصل"})


AID_SENT = 3  # words from an aid noun (طائرات مساعدات) to the verb that sent it (أرسلتها)
CANCEL_REACH = 6  # words from a cancelling verb (ألغى) to the visit or meeting it cancels


# "Warned" with no one warned: an alarm about what may happen, not a threat, unless what follows
# promises an act (حذر من أن أي هجوم سيقابل برد: warned that any attack would be met by a response).
WARN_VERBS = frozenset({"حذر", "يحذر", "تحذر", "محذرا", "محذره", "وحذر", "وحذرت", "حذرت"})
ALARM_OBJECTS = frozenset({"ان", "انه", "انها", "مخاطر", "خطر", "خطوره", "تداعيات", "تدهور", "كارثه", "انهيار",
                           "ازمه", "مجاعه", "تفاقم", "انزلاق", "نزوح", "كوارث"})
PROMISE_WORDS = frozenset({"لن", "سوف", "بالرد", "برد", "الرد"})
WARNING_REACH = 12  # words after the warning searched for a promise
WARNED_WITHIN = 6  # words from the verb to its من (the subject, a day between)


def idle_warning(t: Trigger, text: str) -> bool:
    """True for حذّر من أن المعركة قد تؤدي إلى نزوح (warned that the battle may displace people):
    no one is warned and nothing is promised, so no THREATEN."""
    if t.type != "THREATEN" or fold_key(t.text.split()[0]) not in WARN_VERBS:
        return False
    after = folded_words(text, t.end, min(len(text), t.end + 300))
    frm = next((i for i, w in enumerate(after[:WARNED_WITHIN]) if w == "من"), None)  # past its subject, a day
    if frm is None or frm + 1 >= len(after) or after[frm + 1] not in ALARM_OBJECTS:
        return False
    rest = after[frm + 2:frm + 2 + WARNING_REACH]
    return not any(w in PROMISE_WORDS or (w.startswith(("سي", "ست", "سن")) and len(w) > 4) for w in rest)


# Things, not parties, that "threaten" or "portend" (التصعيد ينذر، الهجمات تهدد الاتفاق): no threat by anyone.
THREATENING_THINGS = load_words("threatening_things")  # rasd/lexicon/threatening_things.tsv


def thing_threatens(t: Trigger, text: str) -> bool:
    """True for a threat verb right after a thing (في تصعيد ينذر بحرب: an escalation portending war)."""
    if t.type != "THREATEN" or not t.verb:
        return False
    before = folded_words(text, max(0, t.start - 40), t.start)
    return bool(before) and before[-1] in THREATENING_THINGS


def facts_only(trigs: list[Trigger], starts: list[int] | None = None, text: str = "") -> list[Trigger]:
    """Drop triggers inside the complement of an accusation, demand or threat, idle warnings, and
    nouns that are the object of an attack (استهدفت مواقع وتعزيزات: targeted positions and reinforcements)."""
    trigs = [t for t in trigs if not idle_warning(t, text) and not thing_threatens(t, text)]
    aid = [t.index for t in trigs if t.type == "AID" and not t.verb]
    # طائرات مساعدات أرسلتها قطر (aid planes Qatar sent): the sending is the aid, no troops move
    trigs = [t for t in trigs if not (t.type == "MOBILIZE" and t.verb and any(0 < t.index - a <= AID_SENT for a in aid))]
    releases = [t.index for t in trigs if t.type == "CONCEDE"]
    # أفرجت إيران عن خمسة معتقلين (Iran released five detainees): the detainees are no new arrest
    trigs = [t for t in trigs if not (t.type == "COERCE" and not t.verb and any(0 < t.index - r <= RELEASED for r in releases))]
    cancels = [t.index for t in trigs if t.type == "REJECT" and fold_key(t.text).lstrip("وف").startswith("الغ")]
    # ألغى لافروف زيارة إلى تركيا (Lavrov cancelled a visit to Turkey): the visit never happened
    trigs = [t for t in trigs if not (t.type in ("CONSULT", "AGREE") and any(0 < t.index - c <= CANCEL_REACH for c in cancels))]
    attacks = [t.index for t in trigs if t.type == "ASSAULT" and t.verb and t.strong]
    trigs = [t for t in trigs if t.verb or t.type == "ASSAULT" or not any(0 < t.index - a <= 3 for a in attacks)]
    heads = [t for t in trigs if t.type in CONTENT_HEADS and t.strong and not complement_subject(t, text)]
    head = heads[0] if heads else None
    if head is not None and word_keys(head.text) & CONTINUE_VERBS and any(
            t.index == head.index + 1 and t.type != head.type for t in trigs):
        # ستواصل دعم القوات (will keep supporting the forces): the act continued is the fact
        return [t for t in trigs if t is not head]
    if head is None:
        return trigs
    # A head governs the rest of its own clause: a later clause (فيما أدانت إيران الضربات: while
    # Iran condemned the strikes) has its own head, whose complement is no fact either. A
    # participle after a comma (، مطالبة مجلس الأمن) or a verb joined after one is a new predication.
    def clause(t: Trigger) -> int:
        return bisect_right(starts or [], t.start)

    def governed(t: Trigger) -> bool:
        return any(h.start < t.start and h.type != t.type and clause(h) == clause(t) for h in heads)

    return [t for t in trigs if t.hal or conjoined(t, text) or not governed(t)]


RELEASED = 4  # words from a release (أفرج عن) to the detainees it frees


# Complementisers after which a definite noun is the subject of the clause (إن الاتهامات ...).
COMPLEMENTISERS = frozenset({"ان", "بان", "وان"})


def complement_subject(t: Trigger, text: str) -> bool:
    """True for a definite act noun opening a complement (قالت قطر إن الاتهامات ... لا أساس لها:
    Qatar said the charges are baseless): the clause's subject, whose predicate is the fact, so it
    governs nothing after it."""
    if t.verb or not fold_key(t.text).startswith("ال"):  # a verb or an indefinite noun: no words to read
        return False
    before = [fold_key(w) for w in text[max(0, t.start - 20):t.start].split()]
    if before and before[-1] in DEMONSTRATIVES:  # إن هذه الاتهامات (that these charges)
        before.pop()
    return bool(before) and before[-1] in COMPLEMENTISERS


def conjoined(t: Trigger, text: str) -> bool:
    """A verb joined by و after a comma is a new predicate of the subject, not part of what the
    verb before says (ونددت حماس بالمجزرة، ودعت مجلس الأمن إلى التحرك: and it called on the Council)."""
    return t.verb and t.text[:1] in "وف" and after_comma(text, t.start)
