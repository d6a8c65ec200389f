"""Actors of events: an organ or official acting for its state is coded as the state.

Gold convention: a state's army, ministry, air force or official acting for it is the state
when the state is named in the article; otherwise the named organ or person. Non-state
groups and international bodies act as themselves. `وزير الخارجية الروسي` (the Russian
foreign minister) → Russia; `القوات الأوكرانية` (the Ukrainian forces) → Ukraine.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rasd.annotate.speaker_words import body_heads
from rasd.annotate.triggers import word_keys
from rasd.arabic import clitic_splits, fold_key, word_tokens
from rasd.lexicon import load_table
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
MULTINATIONAL: tuple[str, ...] = COALITION + ("alliance",)
# Folded function words that are never an actor, whatever a recogniser linked them to
# (على "on" is also the name Ali once folded).
NOT_ACTORS: frozenset[str] = frozenset({"علي", "الي", "عن", "من", "في", "مع", "ان", "او", "لا", "ما", "هو", "هي"})
# Platforms a statement is posted on (نشر على موقع تويتر): where words appear, never who acts.
PLATFORMS: frozenset[str] = frozenset({"تويتر", "فيسبوك", "فيس بوك", "تليغرام", "تلغرام", "تيليجرام", "يوتيوب",
                                       "انستغرام", "انستجرام", "واتساب", "تيك توك", "اكس", "منصه اكس"})
# Heads of organisation names (rasd/lexicon/body_heads.tsv): the `generic` ones are no short
# form of one body (حزب party, جبهة front); after a `group` one (حزب، حركة), "the party"
# (الحزب) names the article's only party.


# Nouns for a group that a demonstrative points back to (هذه المجموعة: this group) ...
GROUP_NOUNS: frozenset[str] = frozenset({"المجموعه", "الجماعه", "التنظيم", "الحركه", "الجبهه", "الميليشيا",
                                         "المليشيا", "الفصيل", "الحزب"})
DEMONSTRATIVES: frozenset[str] = frozenset({"هذه", "هذا", "تلك", "ذلك"})
# ... and the KB subtypes it may point back to.
GROUP_SUBTYPES: frozenset[str] = frozenset({"armed_group", "party"})


def usable(m: Mention) -> bool:
    """False for mentions that are function words (a recogniser's slip) or posting platforms."""
    return _usable(m.text)


@lru_cache(maxsize=1 << 14)  # asked for every mention of a sentence, several times a sentence
def _usable(text: str) -> bool:
    key = fold_key(text)
    return key not in NOT_ACTORS and not any(key.endswith(p) for p in PLATFORMS)


def _stem(key: str) -> str:
    """A group name's stem for its derived forms: الحوثيين، حوثيا، الحوثية → حوث."""
    key = key[2:] if key.startswith("ال") else key
    for end in ("يون", "يين", "يه", "يا", "ين", "ون", "ي"):
        if key.endswith(end) and len(key) - len(end) >= 3:
            return key[: -len(end)]
    return key


def doc_aliases(doc: Document) -> dict[str, Mention]:
    """Short forms of the article's organisations: the head of a multiword name (التحالف for
    التحالف العربي) and derived forms of a one-word name (حوثيا for الحوثيين)."""
    out: dict[str, Mention] = _group_heads(doc)
    for m in doc.entities:
        words = fold_key(m.text).split()
        if m.type == "PER" and m.name_en and len(words) > 1 and len(words[-1]) >= 4:
            out.setdefault(words[-1], m)  # مسعود البرزاني → البرزاني
        if m.type != "ORG" or not m.name_en or not usable(m):
            continue
        words = fold_key(m.text).split()
        if len(words) > 1 and words[0] not in body_heads("generic") and len(words[0]) >= 4:
            out.setdefault(words[0], m)
        elif len(words) == 1 and len(_stem(words[0])) >= 3:
            out.setdefault("~" + _stem(words[0]), m)
    return out


def _group_heads(doc: Document) -> dict[str, Mention]:
    """The definite head of the article's one group of its kind: الحزب (the party) for حزب
    العمال الكردستاني when no other party is named."""
    by_head: dict[str, dict[str, Mention]] = {}
    for m in doc.entities:
        words = fold_key(m.text).split()
        if m.type == "ORG" and m.name_en and len(words) > 1:
            head = words[0].removeprefix("ال")
            if head in body_heads("group"):
                by_head.setdefault(head, {})[m.id or m.name_en] = m
    return {"ال" + h: next(iter(ms.values())) for h, ms in by_head.items() if len(ms) == 1}


def group_anaphors(doc: Document, sent: tuple[int, int], kb: "KB | None") -> list[Mention]:
    """هذه المجموعة، هذا التنظيم (this group, this organisation): the armed group or party named
    last before it, as a mention at the anaphor."""
    if kb is None:
        return []
    words = word_tokens(doc.text, sent[0], sent[1])
    out: list[Mention] = []
    if not any(w.text in DEMONSTRATIVES for w in words):  # the common case: no هذه/هذا at all
        return out
    for i in range(1, len(words)):
        if fold_key(words[i - 1].text) not in DEMONSTRATIVES or not ({k for _, k in clitic_splits(fold_key(words[i].text))} & GROUP_NOUNS):
            continue
        prior = [m for m in doc.entities if m.end <= words[i].start and m.id and kb.get(m.id)
                 and kb.get(m.id).subtype in GROUP_SUBTYPES]  # type: ignore[union-attr]
        if prior:
            m, w = prior[-1], words[i]
            out.append(Mention(w.text, w.start, w.end, m.type, m.name_en, m.id, source="anaphor"))
    return out


@lru_cache(maxsize=1 << 16)  # per word: the splits, stems and sorting were ~1/3 of alias_mentions
def _alias_keys(word: str) -> tuple[str, ...]:
    """The `doc_aliases` keys a word may stand for, in the order tried: a group's derived form
    first (الحوثي in صفوف الحوثي is the Houthis, not a surname), then the word and its stems."""
    keys = sorted({k for _, k in clitic_splits(fold_key(word))})
    return tuple("~" + _stem(k) for k in keys) + tuple(keys)


def alias_mentions(doc: Document, sent: tuple[int, int], aliases: dict[str, Mention]) -> list[Mention]:
    """Words of a sentence that are short forms of an organisation named in the article."""
    if not aliases:
        return []
    # only the sentence's own names can cover its words (all of the article's: 25% of the step's time)
    taken = [(m.start, m.end) for m in doc.entities if m.end > sent[0] and m.start < sent[1] and usable(m)]
    out: list[Mention] = []
    for t in word_tokens(doc.text, sent[0], sent[1]):
        hit = next((aliases[k] for k in _alias_keys(t.text) if k in aliases), None)
        if hit is not None and not any(s < t.end and t.start < e for s, e in taken):
            out.append(Mention(t.text, t.start, t.end, hit.type, hit.name_en, hit.id, source="alias"))
    return out


@lru_cache(maxsize=1)
def organ_words() -> frozenset[str]:
    """Folded nouns of state organs (قوات، الجيش، وزارة، مسؤول ...)."""
    return frozenset(fold_key(r["word"]) for r in load_table("state_organs"))


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
        for m in list(self.named.values()):
            sid = self.kb.metonym(m.id)
            state = self.kb.get(sid) if sid and sid not in self.named else None
            if state is not None:
                self.named[sid] = Mention(m.text, m.start, m.end, "GPE", state.name_en, sid, source="metonym")

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
        if sid and sid != m.id and sid in self.named:
            s = self.named[sid]
            return Actor(s.text, s.name_en, s.id)
        return m.actor()

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
        words = [fold_key(t.text) for t in word_tokens(self.doc.text, max(0, m.start - 50), m.start)]
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


def organ_mentions(doc: Document, sent: tuple[int, int], kb: "KB | None") -> list[Mention]:
    """Unnamed organs with a nationality (القوات التركية: Turkish forces) as mentions of their state."""
    if kb is None:
        return []
    # a mention that is only a nationality adjective (السعودية after قوات) yields to the organ
    # (only mentions reaching into the sentence can overlap an organ in it; the nationality test
    # on every mention of the article for every sentence was ~5% of the event step)
    taken = [(m.start, m.end) for m in doc.entities
             if m.end > sent[0] and m.start < sent[1] and not kb.nationality(fold_key(m.text))]
    words = word_tokens(doc.text, sent[0], sent[1])
    organs = organ_words()
    out: list[Mention] = []
    for i in range(len(words) - 1):
        if not (word_keys(words[i].text) & organs):
            continue
        # the adjective right after the organ, or after one qualifying word (قوات الطوارئ السعودية)
        for off, n in ((1, 2), (1, 1), (2, 2), (2, 1)):
            span = words[i + off: i + off + n]
            if len(span) < n:
                continue
            sid = kb.nationality(" ".join(fold_key(t.text) for t in span))
            entry = kb.get(sid) if sid else None
            a, b = words[i].start, span[-1].end
            if entry and not any(s < b and a < e for s, e in taken):
                out.append(Mention(doc.text[a:b], a, b, "ORG", entry.name_en, entry.id, source="organ"))
                break
    return out
