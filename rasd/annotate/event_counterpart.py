"""Whom an untargeted threat is aimed at: the party its maker fights in the article.

`توعد رئيس الوزراء الباكستاني بالرد` (the Pakistani prime minister vowed to respond) names no
one; the article's strikes between Pakistan and India do. A threat's maker and its enemy are
the two sides of the article's hostile acts, so the target is the party most often on the other
side of the maker's hostile acts (as doer or as target), the earliest on a tie.
"""
from __future__ import annotations

from collections import Counter

from rasd.annotate.actors import organ_state
from rasd.annotate.event_actors import MISSIONS, StateResolver
from rasd.annotate.event_merge import Candidate
from rasd.annotate.event_status import actor_key
from rasd.model import Actor

# Acts that set two parties against each other.
HOSTILE: frozenset[str] = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "FIGHT"})
# Acts whose missing target the other side of the maker's hostile acts supplies.
AIMED: frozenset[str] = frozenset({"THREATEN"})


def counterpart(party: Actor, told: list[Candidate]) -> Actor | None:
    """The party most often on the other side of `party`'s hostile acts in the article."""
    key = actor_key(party)
    seen: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for c in told:
        ev = c.event
        if ev.type not in HOSTILE or ev.source is None or ev.target is None:
            continue
        other = ev.target if actor_key(ev.source) == key else ev.source if actor_key(ev.target) == key else None
        if other is not None and actor_key(other) != key:
            seen[actor_key(other) or ""] += 1
            first.setdefault(actor_key(other) or "", other)
    if not seen:
        return None
    best = max(seen.values())
    return next(a for k, a in first.items() if seen[k] == best)


def aim_threats(told: list[Candidate], resolver: StateResolver) -> None:
    """Give each untargeted threat its maker's counterpart as target (in place); a mission
    attacked stands for its state here (the threat is against the state, not the building)."""
    for c in told:
        if c.event.type in AIMED and c.event.target is None and c.event.source is not None:
            other = counterpart(c.event.source, told)
            c.event.target = _state_of_mission(other, resolver) or other


def aim_condemnations(told: list[Candidate]) -> None:
    """Aim each condemnation of an act told before (أدانت إيران الضربات: Iran condemned the
    strikes) at the doer of the article's lead attack, the first told with a known doer: a
    definite back-reference in a reaction points at the story's main act, not at a later one."""
    for k, c in enumerate(told):
        if not c.condemns or c.event.target is not None:
            continue
        lead = next((o for o in told[:k] if o.event.type == "ASSAULT" and o.event.source is not None
                     and actor_key(o.event.source) != actor_key(c.event.source)), None)
        c.event.target = lead.event.source if lead is not None else None


def _state_of_mission(party: Actor | None, resolver: StateResolver) -> Actor | None:
    """The named state an embassy or consulate belongs to (القنصلية الأمريكية → the US)."""
    if party is None or not (party.id or "").endswith(MISSIONS):
        return None
    state = resolver.named.get(organ_state(party.id) or "")
    return Actor(state.text, state.name_en, state.id) if state is not None else None
