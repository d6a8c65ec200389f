"""The act an accusation alleges: اتهم X Y بتمويل Z (X accused Y of funding Z) also tells Y's
funding of Z once its standing is contested: told "without evidence" (من دون أن يقدم أي دليل) it
is no_evidence; answered by a denial (وهو ما نفته Y: which Y denied; or Y's denial later on) it is
denied. Analysts track the alleged act itself (GOLD_SCHEMA: the accused denies → denied; no
evidence given → no_evidence); a bare charge, uncontested, stays the ACCUSE alone (`code_events`
drops the alleged acts left claimed).
"""
from __future__ import annotations

from rasd.annotate.claims import Marker
from rasd.annotate.event_actors import StateResolver
from rasd.annotate.event_details import event_quantity, event_when
from rasd.annotate.event_merge import Candidate
from rasd.annotate.event_party_cues import charge_word
from rasd.annotate.event_slots import Slot
from rasd.annotate.event_status import actor_key
from rasd.annotate.triggers import Trigger
from rasd.model import Actor, Document, Event

# Acts an accusation can lay at a party's door; speech acts (a demand, a rejection) are not alleged.
ALLEGED_TYPES = frozenset({"ASSAULT", "FIGHT", "AID", "SUPPORT", "COOPERATE", "MOBILIZE", "COERCE",
                           "SEIZE", "SANCTION"})
CHARGE_GAP = 4    # words from the accused to its charge (سوريا وإيران بالوقوف: one more name between)
ACT_IN_CHARGE = 2   # words from the charge to its act (بالتخطيط لهجمات: of planning attacks)
OBJECT_WITHIN = 6   # words from the act to the party it is done to (بتزويد جبهة البوليساريو بطائرات)


def charged_act(trigs: list[Trigger], words: list[str], accused: int) -> Trigger | None:
    """The act the بـ charge right after the accused (word `accused`) names: اتهم X Y بقصف → قصف."""
    charge = next((i for i in range(accused + 1, min(len(words), accused + 1 + CHARGE_GAP))
                   if charge_word(words[i])), None)
    if charge is None:
        return None
    acts = [t for t in trigs if t.type in ALLEGED_TYPES and charge <= t.index <= charge + ACT_IN_CHARGE]
    # بالوقوف وراء الهجوم (of being behind the attack): the attack itself is the act alleged
    return next((t for t in acts if t.mode != "behind"), acts[0] if acts else None)



def act_object(found: list[Slot], act: Trigger, accused: Slot | None) -> Slot | None:
    """The party the alleged act is done to: the first name after it (بتسليح قوات أرض الصومال)."""
    return next((s for s in found if act.index < s.word <= act.index + OBJECT_WITHIN and not s.place
                 and (accused is None or s.mention is not accused.mention)), None)


def alleged_status(accusation_status: str, act: Trigger, marks: tuple[list[Marker], list[Marker]]) -> str:
    """no_evidence when the accusation gave none; denied when a denial follows the act in its
    sentence (وهو ما نفته الرباط: which Rabat denied); else claimed (by the accuser). A denial in a
    later sentence counts when the accused makes it (`denied_later`)."""
    if accusation_status == "no_evidence":
        return "no_evidence"
    if any(m.status == "denied" and m.start > act.end for m in marks[0]):
        return "denied"
    return "claimed"


DENIER_CHARS = 40  # characters from a denial (نفى) to the denier named after it (نفى الرئيس الصربي: 2 words)


def denied_later(cands: list[Candidate], doc: Document, markers: list[list[Marker]], resolver: StateResolver) -> None:
    """An alleged act its doer denies in a later sentence (ونفى الرئيس الصربي أي تورط: the Serbian
    president denied any involvement) stands denied, as the gold reads a denial by the accused."""
    claimed = [c for c in cands if c.alleged and c.event.status == "claimed"]
    if not claimed:
        return
    for m in (m for ms in markers for m in ms if m.status == "denied"):
        denier = next((e for e in doc.entities if 0 <= e.start - m.end <= DENIER_CHARS and e.type != "LOC"), None)
        if denier is None:
            continue
        who = actor_key(resolver.actor(denier))
        for c in claimed:
            if m.start > c.event.evidence[1] and who == actor_key(c.event.source):
                c.event.status, c.event.claimed_by = "denied", None


def alleged_acts(doc: Document, sent: tuple[int, int], act: Trigger, parties: tuple[list[Slot], list[Slot]],
                 resolver: StateResolver, marks: tuple[list[Marker], list[Marker]],
                 accusation: tuple[Actor | None, str]) -> list[Candidate]:
    """The act an accusation lays on each accused (اتهم X Y بتسليح Z: Y arms Z), with its standing."""
    found, accused = parties
    accuser, said = accusation
    status = alleged_status(said, act, marks)
    out: list[Candidate] = []
    for slot in accused:
        doer = resolver.actor(slot.mention)
        obj = act_object(found, act, slot)
        target = resolver.actor(obj.mention, target=True) if obj is not None else None
        if target is not None and actor_key(target) == actor_key(doer):
            target = None
        ev = Event(type=act.type, source=doer, target=target, evidence=sent, status=status,
                   when=event_when(doc, sent), quantity=event_quantity(doc, sent, act), mode=act.mode,
                   claimed_by=accuser if status == "claimed" else None, trigger=act.text)
        out.append(Candidate(ev, 1.0 + 1 + 0.5 * (target is not None), 0, alleged=True))
    return out
