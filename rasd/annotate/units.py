"""Military regions named by an ordinal: `المنطقة العسكرية الأولى` → First Military Region.

Armies that divide their territory into numbered regions (Yemen, Egypt, Syria, Iraq) are
written with the ordinal after the noun; the English name puts it first.
"""
from __future__ import annotations

from rasd.annotate.kb_match import Match, _stem_offset
from rasd.annotate.translit import slug
from rasd.arabic import Token, clitic_splits

# Folded ordinals, masculine and feminine, up to ten (regions are rarely more).
ORDINALS = {"الاول": "First", "الاولي": "First", "الثاني": "Second", "الثانيه": "Second",
            "الثالث": "Third", "الثالثه": "Third", "الرابع": "Fourth", "الرابعه": "Fourth",
            "الخامس": "Fifth", "الخامسه": "Fifth", "السادس": "Sixth", "السادسه": "Sixth",
            "السابع": "Seventh", "السابعه": "Seventh", "الثامن": "Eighth", "الثامنه": "Eighth",
            "التاسع": "Ninth", "التاسعه": "Ninth", "العاشر": "Tenth", "العاشره": "Tenth"}
# Folded head phrases (noun + adjective) → English head.
HEADS = {("المنطقه", "العسكريه"): "Military Region"}


def find_units(text: str, tokens: list[Token], keys: list[str], covered: set[int]) -> list[Match]:
    """Ordinal military regions over tokens no other mention took."""
    from rasd.kb import Entry

    out: list[Match] = []
    for i in range(len(keys) - 2):
        if i in covered or i + 1 in covered or i + 2 in covered:
            continue
        for clitic, stem in clitic_splits(keys[i]):
            head = HEADS.get((stem, keys[i + 1])) if clitic != "ال" else None
            ordinal = ORDINALS.get(keys[i + 2])
            if head and ordinal:
                start, end = _stem_offset(tokens[i], clitic), tokens[i + 2].end
                surface = text[start:end]
                name = f"{ordinal} {head}"
                entry = Entry(f"rasd:org:{slug(name).lower()}", "ORG", name, (surface,), (), None, None, None,
                              "rasd:pattern", "military")
                out.append(Match(start, end, surface, [entry], i, 3, " ".join(keys[i:i + 3]), "pattern"))
                break
    return out
