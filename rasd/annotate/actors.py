"""Helpers other steps use to turn mentions into actors (quotes' speakers, events' parties).

- `entities_in(doc, start, end)`: the mentions inside a span (a sentence, a quote's cue).
- `state_of(kb, mention, text=None)`: the state a minister, army, ministry, capital or office-holder
  acts for (`الكرملين` Kremlin → Russia), as an `Actor`, or None.
- `resolve_title(kb, title_folded, country_id, date)`: who held an office on a date
  (`الرئيس الامريكي`, US, 2018 → Donald Trump), for speakers written as a title only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.title_holders import resolve_title
from rasd.arabic import tokenize
from rasd.model import Actor, Document, Mention

if TYPE_CHECKING:
    from rasd.kb import KB, Entry

__all__ = ["entities_in", "state_of", "resolve_title"]

# Characters before a person's name searched for the title that gives their state.
TITLE_WINDOW = 80
# Subtypes of organisations that act for their state (the army, a ministry, the government).
STATE_ORGANS = frozenset({"ministry", "military", "army", "government", "security", "intelligence",
                          "police", "embassy", "parliament", "presidency", "agency", "state_media"})


def entities_in(doc: Document, start: int, end: int) -> list[Mention]:
    """Mentions lying wholly inside doc.text[start:end], in text order."""
    return [m for m in doc.entities if m.start >= start and m.end <= end]


def _state_actor(kb: "KB", state_id: str | None, text: str) -> Actor | None:
    state = kb.get(state_id) if state_id else None
    if state is None or state.type != "GPE":
        return None
    return Actor(text, state.name_en, state.id)


def _state_id(kb: "KB", entry: "Entry", role: str | None) -> str | None:
    """The state id an entry stands for, or None (a non-state group acts as itself)."""
    if entry.subtype == "country":
        return entry.id
    if (via := kb.metonym(entry.id)) is not None:
        return via
    if entry.type == "ORG" and entry.subtype in STATE_ORGANS:
        return entry.country
    if entry.type == "PER" and (role or kb.offices_of(entry.id)):
        offices = kb.offices_of(entry.id)
        states = {o.country for o in offices if o.country}
        return states.pop() if len(states) == 1 else entry.country if role else None
    return None


def organ_state(entity_id: str | None) -> str | None:
    """The state in an organ id the entity step made: rasd:org:<state>:<organ> → <state>."""
    parts = (entity_id or "").split(":")
    return parts[2] if len(parts) == 4 and parts[:2] == ["rasd", "org"] else None


def _title_state(kb: "KB", text: str, mention: Mention) -> str | None:
    """The state of the title written just before a person the KB lacks (وزير الخارجية الكوري
    الشمالي تشوي ...: North Korea)."""
    from rasd.annotate.kb_match import word_keys
    from rasd.annotate.titles import find_titles

    window = max(0, mention.start - TITLE_WINDOW)
    tokens = tokenize(text, window, mention.end)
    for hit in reversed(find_titles(kb, tokens, word_keys(tokens), {})):
        if hit.name and tokens[hit.name[0]].start == mention.start and not hit.former:
            return hit.country
    return None


def state_of(kb: "KB", mention: Mention, text: str | None = None) -> Actor | None:
    """The state a mention acts for: Kremlin → Russia, Lavrov (foreign minister) → Russia.

    With the document's text, a person the KB lacks takes the state of the title before
    the name (the North Korean foreign minister → North Korea)."""
    entry = kb.get(mention.id) if mention.id else None
    if entry is None:
        state = organ_state(mention.id)
        if state is None and text is not None and mention.type == "PER" and mention.role:
            state = _title_state(kb, text, mention)
        return _state_actor(kb, state, mention.text)
    state_id = _state_id(kb, entry, mention.role)
    if state_id and kb.metonym(state_id):  # an office of a seat (Kremlin spokesman) → its state
        state_id = kb.metonym(state_id)
    return _state_actor(kb, state_id, mention.text)
