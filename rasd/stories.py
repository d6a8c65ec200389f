"""Stories: reports about the same event over the following days, grouped.

An article's story keys are its linked entities, its events (type, source,
target) and their places. An article joins the recent story it shares the most
keys with when they share an event key and two entities, or most of its
entities; otherwise it starts a story. Near-duplicates join their original's story.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A story stays open this many days after its latest article.
WINDOW_DAYS = 3
MIN_SHARED_ENTITIES = 2
# Without a shared event, this share of the article's entities must be in the story.
ENTITY_OVERLAP = 0.5
MIN_ENTITIES_FOR_OVERLAP = 3


def _actor_key(a: dict[str, Any] | None) -> str:
    if not a:
        return "-"
    return a.get("id") or a.get("name_en") or a.get("text") or "-"


@dataclass(frozen=True, slots=True)
class StoryKeys:
    entities: frozenset[str]
    events: frozenset[str]

    def all(self) -> set[str]:
        return {f"e:{e}" for e in self.entities} | {f"v:{v}" for v in self.events}


def story_keys(record: dict[str, Any]) -> StoryKeys:
    """The keys that tie an article to a story."""
    ents = frozenset(m["id"] for m in record.get("entities") or [] if m.get("id"))
    evs = frozenset(f"{e['type']}|{_actor_key(e.get('source'))}|{_actor_key(e.get('target'))}"
                    for e in record.get("events") or [])
    return StoryKeys(ents, evs)


def joins(keys: StoryKeys, shared: set[str]) -> bool:
    """Does an article with `keys` belong to a story it shares `shared` keys with?"""
    shared_entities = sum(1 for k in shared if k.startswith("e:"))
    shared_events = sum(1 for k in shared if k.startswith("v:"))
    if shared_events and shared_entities >= MIN_SHARED_ENTITIES:
        return True
    n = len(keys.entities)
    return n >= MIN_ENTITIES_FOR_OVERLAP and shared_entities / n >= ENTITY_OVERLAP
