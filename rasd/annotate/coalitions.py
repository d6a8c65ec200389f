"""The coalition a story means by a bare `التحالف` (the coalition).

Arabic war reporting names its coalition once, or not at all, and then says only التحالف:
`شنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة` (coalition jets struck Houthi positions
in Saada). The word alone is a plain noun, so it is linked only where the story says which
coalition it can be: one that names Yemen, a Yemeni place or the Houthis and nothing of the war
on the Islamic State is about the Saudi-led coalition; one that names the Islamic State and
nothing Yemeni, about the US-led coalition. A story with both, or neither, leaves it alone.
An earlier full name (التحالف العربي) is `coref.head_short_forms`' case and comes first.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.kb_match import Match, stem_offset
from rasd.arabic import Token
from rasd.clitics import clitic_splits

if TYPE_CHECKING:
    from rasd.kb import KB

# (the coalition's KB id, the ids (or states of places) whose mention says the story is its war)
COALITIONS: tuple[tuple[str, frozenset[str]], ...] = (
    ("rasd:org:saudi-led-coalition", frozenset({"Q805", "rasd:org:houthis"})),  # Yemen, the Houthis
    ("rasd:org:us-led-coalition", frozenset({"rasd:org:islamic-state"})),
)
WORD = "التحالف"
# Proclitics the bare word takes (وقال التحالف، للتحالف، بالتحالف).
CLITICS = ("", "و", "ف", "ل", "ب", "ول", "وب")
# Definite words after it that keep it the bare coalition (التحالف العسكري: the military coalition);
# any other (التحالف الوطني: the National Alliance) starts another name.
STILL_BARE = frozenset({"العسكري", "الذي"})


def story_coalition(kb: "KB", found: list[Match]) -> str | None:
    """The KB id of the one coalition the story's mentions point to, or None."""
    said = {x for m in found for e in m.entries[:1] for x in (e.id, e.state) if x}
    hits = [cid for cid, cues in COALITIONS if said & cues]
    return hits[0] if len(hits) == 1 and kb.get(hits[0]) is not None else None


def bare_coalition(kb: "KB", tokens: list[Token], keys: list[str], found: list[Match]) -> list[Match]:
    """Mentions of the story's coalition where it is called only التحالف (surfaces left to fill)."""
    if not any("تحالف" in k for k in keys) or (cid := story_coalition(kb, found)) is None:  # للتحالف: ل + التحالف
        return []
    entry = kb.get(cid)
    covered = {i for m in found for i in range(m.first, m.first + m.ntok)}
    out: list[Match] = []
    for i, key in enumerate(keys):
        if "تحالف" not in key or i in covered:
            continue
        nxt = keys[i + 1] if i + 1 < len(keys) else ""
        if nxt.startswith("ال") and nxt not in STILL_BARE:
            continue
        clitic = next((c for c, stem in clitic_splits(key) if stem == WORD and c in CLITICS), None)
        if clitic is not None:
            out.append(Match(stem_offset(tokens[i], clitic), tokens[i].end, "", [entry], i, 1, WORD, "coref"))
    return out
