"""Which of a sentence's triggers tell facts: not the content of an accusation, demand or
threat (اتهم X Y بشن هجمات: one ACCUSE), unless a later clause, a participle or a verb joined
after a comma starts a new predicate."""
from __future__ import annotations

from bisect import bisect_right

from rasd.annotate.claims import CONTENT_ACTS
from rasd.annotate.triggers import Trigger, after_comma, word_keys

# Speech acts whose complement is the content, not a second fact: اتهم X Y بشن هجمات
# (X accused Y of attacks: one ACCUSE), طالب بالانسحاب (demanded a withdrawal: one REQUEST).
CONTENT_HEADS = CONTENT_ACTS
# "Will keep on" (ستواصل): a threat when what follows is fighting, but the act itself when an
# act word follows at once (ستواصل دعم: will keep supporting).
CONTINUE_VERBS = frozenset({"ستواصل", "سيواصل", "سنواصل", "مواصله", "تواصل", "يواصل", "نواصل"})


def facts_only(trigs: list[Trigger], starts: list[int] | None = None, text: str = "") -> list[Trigger]:
    """Drop triggers inside the complement of an accusation, demand or threat, and nouns that
    are the object of an attack (استهدفت مواقع وتعزيزات: targeted positions and reinforcements)."""
    attacks = [t.index for t in trigs if t.type == "ASSAULT" and t.verb and t.strong]
    trigs = [t for t in trigs if t.verb or t.type == "ASSAULT" or not any(0 < t.index - a <= 3 for a in attacks)]
    head = next((t for t in trigs if t.type in CONTENT_HEADS and t.strong), None)
    if head is not None and word_keys(head.text) & CONTINUE_VERBS and any(
            t.index == head.index + 1 and t.type != head.type for t in trigs):
        # ستواصل دعم القوات (will keep supporting the forces): the act continued is the fact
        return [t for t in trigs if t is not head]
    if head is None:
        return trigs
    # a later clause (فيما أعلن X ...), a participle after a comma (، مطالبة مجلس الأمن) or a verb
    # joined after one is a new predication, not the complement
    clause = bisect_right(starts or [], head.start)
    return [t for t in trigs if t.start <= head.start or t.type == head.type or t.hal
            or bisect_right(starts or [], t.start) > clause or conjoined(t, text)]


def conjoined(t: Trigger, text: str) -> bool:
    """A verb joined by و after a comma is a new predicate of the subject, not part of what the
    verb before says (ونددت حماس بالمجزرة، ودعت مجلس الأمن إلى التحرك: and it called on the Council)."""
    return t.verb and t.text[:1] in "وف" and after_comma(text, t.start)
