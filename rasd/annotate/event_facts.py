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
    heads = [t for t in trigs if t.type in CONTENT_HEADS and t.strong]
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


def conjoined(t: Trigger, text: str) -> bool:
    """A verb joined by و after a comma is a new predicate of the subject, not part of what the
    verb before says (ونددت حماس بالمجزرة، ودعت مجلس الأمن إلى التحرك: and it called on the Council)."""
    return t.verb and t.text[:1] in "وف" and after_comma(text, t.start)
