"""In-document coreference: later short forms of a name link to the entity named in full.

After `تشوي سون هوي` (Choe Son Hui) a later `تشوي` alone is the same person, even when
the KB does not know her; a full name found once after a title is found again where it
is written without the title. `DocNames` is a tiny KB over the names one article
introduced, searched with the same clitic-aware longest match as the KB itself.
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Iterable

from rasd.arabic import fold_key
from rasd.annotate.titles import non_names

if TYPE_CHECKING:
    from rasd.annotate.kb_match import Match
    from rasd.arabic import Token
    from rasd.kb import Entry

# Name particles that never stand alone for a person (عبد، أبو، بن...).
PARTICLES = frozenset({"عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ال", "ام", "آل"})
MIN_SHORT_FORM = 3  # letters: shorter parts (جو، لي) are too ambiguous to stand alone


class DocNames:
    """The names an article introduced, with their short forms, in the KB lookup shape."""

    def __init__(self) -> None:
        self._names: dict[str, list["Entry"]] = defaultdict(list)
        self.max_name_tokens = 1

    def add(self, entry: "Entry", surface: str, short_forms: bool) -> None:
        """Index a full name; with short_forms, its first and last words too."""
        words = fold_key(surface).split()
        if not words:
            return
        self._put(" ".join(words), entry)
        if short_forms and len(words) >= 3:
            self._put(" ".join(words[-2:]), entry)  # احمد داود اوغلو → داود اوغلو
        if short_forms and len(words) >= 2:
            for w in {words[0], words[-1]}:
                if len(w) >= MIN_SHORT_FORM and w not in PARTICLES and w not in non_names():
                    self._put(w, entry)

    def _put(self, key: str, entry: "Entry") -> None:
        if entry not in self._names[key]:
            self._names[key].append(entry)
        self.max_name_tokens = max(self.max_name_tokens, key.count(" ") + 1)

    def lookup(self, folded: str) -> list["Entry"]:
        """Entries of a name key; a short form shared by two people resolves to none."""
        found = self._names.get(folded, [])
        return list(found) if len(found) == 1 else []

    def first_tokens(self) -> frozenset[str]:
        return frozenset(k.split(" ", 1)[0] for k in self._names)

    def __len__(self) -> int:
        return len(self._names)


def spelled_apart(word: str, names: Iterable[str]) -> bool:
    """A one-word short form written with a different final ى/ي than in the full name.

    A writer who spells `محمد علي` (Muhammad Ali) with ي and the preposition `على` (on) with
    ى keeps them apart: folding makes both علي, so the letter as written decides."""
    last = word.rstrip()[-1:]
    if last not in ("ى", "ي"):
        return False
    key = fold_key(word)
    ends = {w[-1] for n in names for w in n.split() if fold_key(w) and key.endswith(fold_key(w))}
    return bool(ends) and last not in ends


def index_names(items: Iterable[tuple["Entry", str]]) -> DocNames:
    """A DocNames over (entry, surface) pairs; people also get their short forms."""
    names = DocNames()
    for entry, surface in items:
        names.add(entry, surface, short_forms=entry.type == "PER")
    return names


def head_short_forms(tokens: list["Token"], keys: list[str], found: list["Match"]) -> list["Match"]:
    """A definite head word standing alone after its full name: `التحالف` after `التحالف العربي`
    (the Arab coalition), `المقاومة` after `المقاومة الشعبية` (the Popular Resistance).

    The head alone is a plain word (coalition, resistance), so only an earlier full name of one
    organisation in the same article makes it a name; two such names sharing a head (التحالف
    العربي، التحالف الدولي) leave it unlinked. A head followed by another definite word starts a
    different description (التحالف الدولي) and is left alone."""
    from rasd.annotate.kb_match import Match, _stem_offset
    from rasd.arabic import clitic_splits

    heads: dict[str, tuple["Entry", int] | None] = {}
    for m in found:
        head = m.key.split(" ", 1)[0]
        if m.ntok < 2 or m.entries[0].type != "ORG" or m.source != "kb" or not head.startswith("ال") \
                or len(head) < 5:
            continue
        old = heads.get(head, (m.entries[0], m.first + m.ntok))
        same = old is not None and old[0] == m.entries[0]
        heads[head] = (m.entries[0], min(old[1], m.first + m.ntok)) if same and old else None
    heads = {h: v for h, v in heads.items() if v is not None}
    if not heads:
        return []
    covered = {i for m in found for i in range(m.first, m.first + m.ntok)}
    out: list[Match] = []
    for i, k in enumerate(keys):
        if not k or i in covered or (i + 1 < len(keys) and keys[i + 1].startswith("ال")):
            continue
        for clitic, stem in clitic_splits(k):
            own = heads.get(stem)
            if own is not None and own[1] <= i:
                t = tokens[i]
                start = _stem_offset(t, clitic)
                out.append(Match(start, t.end, "", [own[0]], i, 1, stem, "coref"))
                break
    return out
