"""The bare المملكة (the kingdom) names the kingdom the article is about, not always Saudi Arabia.

Saudi papers write المملكة for their own state, so the KB lists it as a short form of Saudi Arabia;
a Jordanian or Moroccan article means its own kingdom (قال الوزير إن المملكة لن تتهاون: the
minister said the kingdom will not be lenient). The kingdom is the one the article's other
mentions tie to most (countries, and the state of each organisation, person or town named).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.annotate.kb_match import Match
from rasd.arabic import fold_key
from rasd.clitics import clitic_splits

if TYPE_CHECKING:
    from rasd.kb import KB, Entry

KINGDOM_WORD = "المملكه"


@lru_cache(maxsize=4)
def kingdoms(kb: "KB") -> dict[str, "Entry"]:
    """State id → entry for every state the KB names `المملكة ...` or `مملكة ...` (Jordan, Morocco ...)."""
    return {e.id: e for e in kb.entries.values() if e.subtype == "country"
            and any(fold_key(n).startswith(("المملكه ", "مملكه ")) for n in e.names_ar)}


def _bare(m: Match) -> bool:
    """True for المملكة alone, maybe behind a clitic (والمملكة، بالمملكة، للمملكة)."""
    if m.ntok != 1 or "مملك" not in m.key:  # the folded key: no folding for the other mentions
        return False
    key = fold_key(m.text)
    return m.ntok == 1 and any(stem == KINGDOM_WORD or ("ال" + stem[1:] == KINGDOM_WORD and c == "ل")
                               for c, stem in clitic_splits(key))


def relink_kingdom(kb: "KB", found: list[Match]) -> None:
    """Each bare المملكة takes the kingdom most tied to the article's other mentions (the earliest
    on a tie); with none named, it keeps its KB entry (Saudi Arabia)."""
    bare = [m for m in found if _bare(m)]
    if not bare:
        return
    known = kingdoms(kb)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in found:
        if m in bare:
            continue
        e = m.entries[0]
        state = e.state
        if state in known:
            counts[state] += 1
            first.setdefault(state, m.start)
    if not counts:
        return
    best = max(counts, key=lambda s: (counts[s], -first[s]))
    for m in bare:
        m.entries = [known[best]]
