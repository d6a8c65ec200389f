"""Actors of events: an organ or official acting for its state is coded as the state.

Gold convention: a state's army, ministry, air force or official acting for it is the state
when the state is named in the article; otherwise the named organ or person. Non-state
groups and international bodies act as themselves. `وزير الخارجية الروسي` (the Russian
foreign minister) → Russia; `القوات الأوكرانية` (the Ukrainian forces) → Ukraine.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rasd.annotate.event_mentions import doc_aliases
from rasd.annotate.event_slots import TOWN_UNITS, place_word
from rasd.annotate.triggers import find_triggers
from rasd.arabic import fold_key, word_tokens
from rasd.model import Actor, Document, Mention

if TYPE_CHECKING:
    from rasd.kb import KB

# KB subtypes of organisations that are organs of a state (not groups acting for themselves).
STATE_ORGANS: frozenset[str] = frozenset({
    "ministry", "military", "government", "police", "security", "intelligence", "agency",
    "armed_forces", "army", "air_force", "navy", "capital", "embassy", "parliament"})


# Missions abroad: attacked, an embassy or consulate is the building and its staff, not the state
# (GOLD_SCHEMA codes a state's organs as the state when they act).
MISSIONS: tuple[str, ...] = (":embassy", ":consulate")
# Bodies of several states act as themselves even when the KB files them under a lead state.
# A coalition (not an alliance) is also an armed party that strikes for its members
# (event_status.ARMED_NAMES, country_anaphors.sole_enemy).
COALITION: tuple[str, ...] = ("coalition",)
PLACE_CUE_CHARS = 12  # characters before a capital read for the word that makes it a place (وفي)
MULTINATIONAL: tuple[str, ...] = COALITION + ("alliance",)


def load_kb_or_none() -> "KB | None":
    """The KB, or None while its data is missing (events then keep organs as they are)."""
    try:
        from rasd.kb import load_kb
        return load_kb()
    except Exception:  # missing data files must not stop the event step
        return None


def external_state_of() -> Callable[..., Any] | None:
    """The entity helper's `state_of(kb, mention)`, when it exists."""
    try:
        from rasd.annotate.actors import state_of  # type: ignore[import-not-found]
        return state_of
    except Exception:
        return None


class StateResolver:
    """Maps a mention to the state it acts for, when that state is named in the article."""

    def __init__(self, kb: "KB | None", doc: Document, state_of: Callable[..., Any] | None = None):
        self.kb = kb
        self.doc = doc
        self.state_of = state_of
        self.named = {m.id: m for m in doc.entities if m.id and m.type == "GPE"}
        self._name_states_by_capital()
        self.aliases = doc_aliases(doc)
        self.towns = self._towns()

    def _name_states_by_capital(self) -> None:
        """A capital acting for its state names that state (واشنطن → the United States), so the
        state's organs resolve to it even when the article never spells the state out."""
        if self.kb is None:
            return
        capitals = [(m, sid) for m in self.named.values() if (sid := self.kb.metonym(m.id))]
        # وفي موسكو، دعا الرئيس الروسي (in Moscow, the Russian president called): a scene, no actor
        acting = self._acting({m.id for m, _ in capitals}) if capitals else set()
        for m, sid in capitals:
            state = self.kb.get(sid) if m.id in acting and sid not in self.named else None
            if state is not None:
                self.named[sid] = Mention(m.text, m.start, m.end, "GPE", state.name_en, sid, source="metonym")

    def _acting(self, ids: set[str]) -> set[str]:
        """The places among `ids` named at least once other than after في، من، قرب ... or a glued ب
        (في موسكو، بموسكو: in Moscow): those only named so are where things happen, never who acts."""
        out: set[str] = set()
        for m in self.doc.entities:
            if m.id not in ids or m.id in out:
                continue
            before = self._before(m)
            glued = before[-1:] == "ب"
            words = before.split()
            if not glued and not (words and not before[-1:].isalpha() and place_word(words[-1])):
                out.add(m.id)
        return out

    def _towns(self) -> frozenset[str]:
        """Ids of the article's GPEs that are towns or cities (places, not actors) per the KB."""
        if self.kb is None:
            return frozenset()
        out = set()
        for m in self.doc.entities:
            entry = self.kb.get(m.id) if m.type == "GPE" and m.id else None
            if entry is not None and entry.subtype not in (None, "country", "capital") and not self.kb.metonym(entry.id):
                out.add(entry.id)
        return frozenset(out)

    def actor(self, m: Mention, target: bool = False) -> Actor:
        """The state's actor when `m` is its organ or official and the state is named; else `m`
        (also for a mission abroad on the receiving end: هاجموا السفارة: they attacked the embassy)."""
        if any(w in (m.name_en or "").lower() for w in MULTINATIONAL):
            return m.actor()
        if target and (m.id or "").endswith(MISSIONS):
            return m.actor()
        sid = self._state_id(m)
        if target and sid is None and self.kb is not None and m.id:
            sid = self._city_state(m.id)  # صاروخ باتجاه خميس مشيط: the state is hit, the city is where
            sid = None if sid and self._town_units(m) else sid
        if sid and sid != m.id and sid in self.named:
            s = self.named[sid]
            return Actor(s.text, s.name_en, s.id)
        return m.actor()

    def _before(self, m: Mention) -> str:
        """The folded text just before a mention, where the word that makes it a place stands (وفي)."""
        return fold_key((self.doc.text or "")[max(0, m.start - PLACE_CUE_CHARS):m.start])

    def _town_units(self, m: Mention) -> bool:
        """True for a town named by its armed units (كتائب الزنتان: the Zintan brigades): they, not
        the state the town lies in, are the party."""
        words = self._before(m).split()
        return bool(words) and words[-1] in TOWN_UNITS

    def _city_state(self, entity_id: str) -> str | None:
        """The country of a city or town (the gold codes the state as the one attacked)."""
        entry = self.kb.get(entity_id) if self.kb is not None else None
        if entry is None or entry.type != "GPE" or (entry.subtype or "") in ("country", ""):
            return None
        return entry.country

    def _state_id(self, m: Mention) -> str | None:
        if self.state_of is not None:
            got = _call_state_of(self.state_of, self.kb, m)
            if got:
                return got
        if self.kb is None or not m.id:
            return self._adjective_state(m)
        entry = self.kb.get(m.id)
        if entry is None:
            return self._adjective_state(m)
        if entry.type == "GPE":
            return self.kb.metonym(entry.id)
        if entry.type == "ORG" and (entry.subtype or "") in STATE_ORGANS:
            return entry.country
        if entry.type == "PER" and (m.role or self.kb.offices_of(entry.id)):
            return self._office_state(entry.id) or self._adjective_state(m)
        return None

    def _office_state(self, person_id: str) -> str | None:
        assert self.kb is not None
        day = self.doc.published
        for o in reversed(self.kb.offices_of(person_id)):
            if day is None or ((o.start or "") <= day and (o.end is None or day[: len(o.end)] <= o.end)):
                if o.country and self.kb.get(o.country) and self.kb.get(o.country).type == "GPE":  # type: ignore[union-attr]
                    return o.country
        return None

    def named_state(self, word: str) -> Actor | None:
        """The state a folded nationality word stands for (الإسرائيلية → Israel), when the article
        names that state (the gold codes a state only then)."""
        sid = self.kb.nationality(word) if self.kb is not None else None
        s = self.named.get(sid) if sid else None
        return Actor(s.text, s.name_en, s.id) if s is not None else None

    def _adjective_state(self, m: Mention) -> str | None:
        """A nationality adjective in the title before a person (وزير الخارجية الكوري الشمالي X)."""
        if self.kb is None or m.type not in ("PER", "ORG"):
            return None
        start = max(0, m.start - 50)
        if self._nationality_in([fold_key(t.text) for t in word_tokens(self.doc.text, start, m.start)]) is None:
            return None  # the common case, without reading the window's verbs
        verbs = [t.end for t in find_triggers(self.doc.text, start, m.start) if t.verb]
        start = max([start, *verbs])  # رد الفعل العراقي دان X (the Iraqi reaction: X condemned): no title of X
        return self._nationality_in([fold_key(t.text) for t in word_tokens(self.doc.text, start, m.start)])

    def _nationality_in(self, words: list[str]) -> str | None:
        """The state of a one- or two-word nationality among the last four words."""
        assert self.kb is not None
        for n in (2, 1):
            for i in range(max(0, len(words) - 4), len(words) - n + 1):
                sid = self.kb.nationality(" ".join(words[i:i + n]))
                if sid:
                    return sid
        return None


def _call_state_of(fn: Callable[..., Any], kb: "KB | None", m: Mention) -> str | None:
    """Call the entity helper's state_of, whatever it returns (Actor, Entry or id)."""
    try:
        got = fn(kb, m)
    except Exception:
        return None
    if got is None or isinstance(got, str):
        return got
    return getattr(got, "id", None)
