"""Names given in quotation marks after `يكنى بـ` / `الملقب بـ` (known by the kunya / nicknamed).

`منفذ الهجوم يكنى بـ«أبو علي الشامي»` (the attacker goes by «Abu Ali al-Shami"): the whole
quotation is one person's name, though a tagger may stop after `أبو علي`.
"""
from __future__ import annotations

from rasd.annotate.kb_match import Match
from rasd.annotate.title_lexicon import name_parts
from rasd.annotate.translit import entity_id, romanise
from rasd.arabic import Token

# Folded verbs and participles that introduce a kunya or a nickname.
CUES = frozenset({"يكني", "ويكني", "المكني", "والمكني", "تكني", "يلقب", "ويلقب", "الملقب", "والملقب",
                  "تلقب", "الملقبه", "المكناه"})
OPENING, CLOSING = ("«", "“", '"'), ("»", "”", '"')
KUNYA = ("ابو", "ام", "ابن")
MAX_WORDS = 4


def find_nicknames(text: str, tokens: list[Token], keys: list[str]) -> list[Match]:
    """Persons named inside quotation marks right after a kunya/nickname cue (and بـ)."""
    from rasd.kb import Entry

    out: list[Match] = []
    for i in [i for i, k in enumerate(keys) if k in CUES]:  # the cue words, in one comprehension
        j = i + 1
        if j < len(tokens) and tokens[j].text.replace("ـ", "") == "ب":
            j += 1
        if j >= len(tokens) or tokens[j].text not in OPENING:
            continue
        end = next((e for e in range(j + 1, min(len(tokens), j + 2 + MAX_WORDS)) if tokens[e].text in CLOSING), None)
        if end is None or end == j + 1 or not all(keys[j + 1:end]):
            continue
        first = keys[j + 1]
        if first not in KUNYA and first not in name_parts():
            continue  # يلقب بـ«الجزار» (nicknamed "the butcher"): an epithet, no name
        start, stop = tokens[j + 1].start, tokens[end - 1].end
        surface = text[start:stop]
        entry = Entry(entity_id("PER", surface), "PER", romanise(surface, True), (surface,), (), None, None, None,
                      "rasd:nickname", None)
        out.append(Match(start, stop, surface, [entry], j + 1, end - j - 1, " ".join(keys[j + 1:end]), "title"))
    return out
