"""People from arwikicats (Arabic Wikipedia titles of well-known people), merged with curated ones."""
from __future__ import annotations

import re

from scripts.kb import arwikicats
from scripts.kb.common import Draft

_LOWER = frozenset("bin ibn al el de da di del der van von la le of the y".split())
_PAREN = re.compile(r"\s*\([^)]*\)")


def _cap(part: str, first: bool) -> str:
    return part if (part in _LOWER and not first) else part[:1].upper() + part[1:]


def english_title(key: str) -> str:
    """Title-case an English key: "hafez al-assad" → "Hafez al-Assad", "mohammed bin salman" → "Mohammed bin Salman"."""
    words = _PAREN.sub("", key).split()
    return " ".join("-".join(_cap(p, i == 0 and j == 0) for j, p in enumerate(w.split("-")))
                    for i, w in enumerate(words))


def _slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _PAREN.sub("", key)).strip("-")


def build_wiki_people(curated: dict[str, Draft]) -> list[Draft]:
    """New person drafts from arwikicats; names of people already curated are added to them."""
    by_en: dict[str, Draft] = {}
    for d in curated.values():
        if d.type == "PER":
            for n in [d.name_en] + d.aliases_en:
                by_en.setdefault(arwikicats.en_key(n), d)
    out: list[Draft] = []
    for key, ar in sorted(arwikicats.people().items()):
        if len(ar.split()) < 2:  # one-word names (ساي, آن) are too ambiguous alone
            continue
        if key in by_en:
            by_en[key].add_names([ar])
            by_en[key].add_source("arwikicats")
            continue
        d = Draft(id=f"rasd:awc:{_slug(key)}", type="PER", name_en=english_title(key), subtype="person", prio=45)
        d.add_names([ar])
        d.add_source("arwikicats")
        out.append(d)
    return out
