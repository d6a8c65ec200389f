"""Which KB entry an ambiguous name stands for, from the article's states and the words by it.

`كيم` in a Korea story is Kim Jong Un; `الكويت` is the state unless `مدينة` stands by it;
`بنين` is Benin, not Benin City in Nigeria; `إسلام آباد` is Pakistan's capital, not Iran's
Eslamabad, in a story naming both states.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from rasd.annotate.kb_match import Match
from rasd.annotate.weak_matches import MAJOR_CITY, weak_entry

if TYPE_CHECKING:
    from rasd.annotate.titles import TitleHit
    from rasd.kb import Entry

# Subtypes that make a name a unit of its own (a state, a division, a city).
OWN_UNITS = frozenset({"country", "state", "governorate", "province", "district", "capital", "city"})


def context_states(found: list[Match], hits: list[TitleHit]) -> Counter[str]:
    """States the article is about: unambiguous places and organisations, title states."""
    picks = [h.country for h in hits if h.country]
    for m in found:
        owners = {e.state or "" for e in m.entries}
        if len(owners) == 1:  # one entry, or a city and its province (دمشق) in one state
            picks.append(owners.pop())
    # counted at once, in the same first-seen order (one += a pick called Counter.__missing__)
    states: Counter[str] = Counter(picks)
    states.pop("", None)
    return states


def choose_entries(found: list[Match], states: Counter[str], keys: list[str]) -> None:
    """An ambiguous name takes the entry tied to the article's states (كيم in a Korea story);
    a state over its namesake capital (الكويت، الجزائر: Kuwait, Algeria) unless a city word
    stands by it (مدينة الكويت، تونس العاصمة); between a town and the province named after it,
    the town (عدن: Aden, not Aden Governorate)."""
    for m in found:
        if len(m.entries) > 1:
            city = _city_word_by(keys, m)
            # a state over a foreign town of its name (بنين: Benin, not Benin City in Nigeria) even
            # in an article about the town's state, but not over a capital (عمان: Amman or Oman);
            # among towns, the big city (روستوف: Rostov-on-Don)
            state_first = not city and all(e.subtype != "capital" for e in m.entries)
            # a capital of a state the article names over towns only bulk gazetteers know (إسلام آباد:
            # Islamabad, not Iran's Eslamabad, in a story naming both states)
            best = max(range(len(m.entries)),
                       key=lambda k: (state_first and m.entries[k].subtype == "country",
                                      _named_capital(m.entries, k, states),
                                      states.get(m.entries[k].country or m.entries[k].id, 0),
                                      m.entries[k].subtype == ("capital" if city else "country"),
                                      m.entries[k].subtype in ("city", "capital"),
                                      MAJOR_CITY in m.entries[k].source, -k))
            m.entries.insert(0, m.entries.pop(best))


def _named_capital(entries: list["Entry"], k: int, states: Counter[str]) -> bool:
    """True when entries[k] is the capital of a state the article names and the others are towns
    only bulk gazetteers know, or divisions (Islamabad Capital Territory)."""
    e = entries[k]
    return e.subtype == "capital" and states.get(e.country or "", 0) > 0 \
        and all(o.subtype != "country" and (weak_entry(o) or o.subtype in OWN_UNITS) for o in entries if o is not e)


_CITY_WORDS = frozenset({"مدينه", "بمدينه", "لمدينه", "ومدينه", "العاصمه", "بالعاصمه", "والعاصمه", "عاصمه"})


def _city_word_by(keys: list[str], m: Match) -> bool:
    """True when مدينة/العاصمة stands right before or after a name (the city, not the state)."""
    before = keys[m.first - 1] if m.first > 0 else ""
    after = keys[m.first + m.ntok] if m.first + m.ntok < len(keys) else ""
    return before in _CITY_WORDS or after in _CITY_WORDS
