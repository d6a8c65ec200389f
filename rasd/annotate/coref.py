"""In-document coreference: later short forms of a name link to the entity named in full.

After `تشوي سون هوي` (Choe Son Hui) a later `تشوي` alone is the same person, even when
the KB does not know her; a full name found once after a title is found again where it
is written without the title. `DocNames` is a tiny KB over the names one article
introduced, searched with the same clitic-aware longest match as the KB itself.
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Iterable

from rasd.annotate.kb_match import Match, find_kb_matches, stem_offset
from rasd.annotate.title_lexicon import non_names
from rasd.arabic import Token, fold_key
from rasd.clitics import StemTest, clitic_splits, clitic_stems

if TYPE_CHECKING:
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

    def lookup_key(self, key: str) -> list["Entry"]:
        """As `lookup` (its keys are not re-folded either), for the KB's longest match."""
        return self.lookup(key)

    def first_tokens(self) -> frozenset[str]:
        return frozenset(k.split(" ", 1)[0] for k in self._names)

    def starts_name(self) -> StemTest:
        """As `KB.starts_name`, for this article's names only (not kept: they change as it grows)."""
        return StemTest(self.first_tokens())

    def starts_in(self, keys: list[str]) -> list[int]:
        """The indices of the words that may begin a name, as `starts_name` picks them: each
        distinct word tested once in one comprehension (a fresh StemTest a body called its
        Python `__missing__` for ~130 words an article; callgrind, BENCHMARKS.md session 9)."""
        firsts = self.first_tokens()
        hit = {k for k in set(keys) if k and not firsts.isdisjoint(clitic_stems(k))}
        return [i for i, k in enumerate(keys) if k in hit]

    def name_prefixes(self) -> frozenset[str]:
        """Keys of the first words of longer names, as `KB.name_prefixes` (where a match stops)."""
        return frozenset(" ".join(words[:n]) for k in self._names if " " in k
                         for words in (k.split(" "),) for n in range(1, len(words)))

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
                start = stem_offset(t, clitic)
                out.append(Match(start, t.end, "", [own[0]], i, 1, stem, "coref"))
                break
    return out



def from_coref(text: str, tokens: list[Token], keys: list[str], found: list[Match]) -> list[Match]:
    """Short forms and repeats of names this article introduced, where nothing else matched."""
    names = index_names((m.entries[0], m.text) for m in found
                        if m.source != "kb" or (m.entries[0].type == "PER" and m.ntok > 1))
    if not len(names):
        definite_heads(found, keys)
        return []
    covered = {i for m in found for i in range(m.first, m.first + m.ntok)}
    surfaces: dict[str, list[str]] = {}
    for m in found:
        surfaces.setdefault(m.entries[0].id, []).append(m.text)
    out = []
    for m in find_kb_matches(names, text, tokens, keys, names.starts_in(keys)):  # type: ignore[arg-type]
        if m.ntok == 1 and spelled_apart(m.text, surfaces.get(m.entries[0].id, [])):
            continue  # على (on) is not the علي of محمد علي
        if m.ntok == 1 and _common_word_read(keys[m.first], m.key):
            continue  # في بيان (in a statement) is no ب + يان (Ján, of يان كوبيش)
        if not any(i in covered for i in range(m.first, m.first + m.ntok)):
            m.source = "coref"
            out.append(m)
    # a KB short form shared by several entities takes the one this article named in full
    for m in found:
        if m.ntok == 1 and len(m.entries) > 1 and (own := names.lookup(m.key)):
            m.entries = own + [e for e in m.entries if e not in own]
    definite_heads(found + out, keys)
    return out


def _common_word_read(token_key: str, name_key: str) -> bool:
    """True when the token, with fewer letters taken as clitics than the short form needs, is a
    common word: بيان (statement) read whole rather than as ب + يان."""
    return any(len(stem) > len(name_key) and stem in non_names() for _, stem in clitic_splits(token_key))


def anaphoric(found: list[Match], keys: list[str]) -> list[Match]:
    """Drop a one-word definite organisation that repeats a common noun the article used before:
    after `هجوما على قاعدة عسكرية` (an attack on a military base), `القاعدة` is the base, not al-Qaeda."""
    if not any(_definite_org(m) for m in found):
        return list(found)  # most articles: no such name, no need to index the common nouns
    seen: dict[str, int] = {}
    for i, k in enumerate(keys):
        if i + 1 < len(keys) and keys[i + 1].startswith("ال"):
            continue  # قاعدة الجهاد: a noun in construct starts a name, it is no common noun
        for clitic, stem in clitic_splits(k):
            if not clitic.endswith("ال") and clitic != "لل":  # the indefinite noun, not a name's repeat
                seen.setdefault(stem, i)
    return [m for m in found if not (_definite_org(m) and seen.get(m.key[2:], len(keys)) < m.first)]


def _definite_org(m: Match) -> bool:
    """A one-word definite organisation name (القاعدة), which `anaphoric` may drop."""
    return m.ntok == 1 and m.entries[0].type == "ORG" and m.key.startswith("ال")


def definite_heads(found: list[Match], keys: list[str]) -> None:
    """After `قاعدة العند` (al-Anad base), `القاعدة` alone is that base, not al-Qaeda."""
    heads: dict[str, "Entry"] = {}
    for m in found:
        head = keys[m.first]
        if m.ntok >= 2 and m.entries[0].type != "PER" and not head.startswith("ال") and len(head) >= 3:
            heads.setdefault("ال" + head, m.entries[0])
    for m in found:
        own = heads.get(m.key)
        if m.ntok == 1 and own is not None and own.type != m.entries[0].type \
                and not any(e.subtype == "country" for e in m.entries):  # اليمن after يمن برس: still Yemen
            m.entries = [own]
            m.source = "coref"


def place_short_forms(found: list[Match]) -> None:
    """An ambiguous one-word place after a longer name that starts with it is that place's short
    form: `كردستان` after `كردستان العراق` is the Kurdistan Region, not Iran's Kurdistan Province."""
    firsts: dict[str, tuple[int, "Entry"]] = {}
    for m in sorted(found, key=lambda m: m.start):
        e = m.entries[0]
        if m.ntok >= 2 and e.type in ("GPE", "LOC"):
            firsts.setdefault(m.key.split(" ", 1)[0], (m.end, e))
        elif m.ntok == 1 and len(m.entries) > 1 and (own := firsts.get(m.key)) and own[0] <= m.start:
            m.entries = [own[1]]
