"""Names that are also plain words, accepted only where the text makes them names.

KB lookup leaves out names that are mostly plain words (كيف "how" is also Kyiv, الباب "the door"
al-Bab, صالح "good" Ali Abdullah Saleh); `KB.lookup_common` has them. A place is one right after
a place word or inside a list of known places; a leader is one with his followers (مليشيات صالح)
or beside a named group of his state, in a story about that state.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rasd.annotate.kb_match import Match, entity_type, stem_offset
from rasd.annotate.weak_matches import PLACE_CUES
from rasd.arabic import Token
from rasd.clitics import clitic_splits, stem_test

if TYPE_CHECKING:
    from rasd.kb import KB, Entry

# Proclitics a place name may carry in a list or after a cue (والباب، بالزاوية).
PLACE_CLITICS = frozenset({"", "و", "ب", "وب", "ل", "ول", "ف"})
# Cue words that, right before a name, make a plain-word place name a place (العاصمة كيف: the capital Kyiv).
STRONG_CUES = PLACE_CUES - {"منطقه", "بمنطقه"}  # منطقة is also "area" before plain nouns
# Prepositions that open a list of places (في الميادين والبوكمال: in Mayadin and Abu Kamal).
LIST_OPENERS = frozenset({"في", "من", "الي", "قرب", "بين", "وفي"})


def common_places(kb: "KB", tokens: list[Token], keys: list[str], found: list[Match]) -> list[Match]:
    """Places whose name is also a plain word (كيف how/Kyiv, الباب the door/al-Bab), where the text
    leaves no doubt: right after a place word (العاصمة كيف، بلدة الباب) or inside a list of known
    places (حلب والباب ومنبج)."""
    places = {m.first: m for m in found if entity_type(m.entries[0]) in ("GPE", "LOC")}
    ends = {m.first + m.ntok - 1 for m in places.values()}
    out: list[Match] = []
    for i, clitic, stem, entries in _plain_words(kb, keys, found, ("GPE", "LOC"), PLACE_CLITICS):
        cue = i > 0 and keys[i - 1] in STRONG_CUES and clitic in ("", "و")
        listed = (clitic.startswith("و") and i - 1 in ends) or (  # حلب والباب; في الميادين والبوكمال
            not clitic and i > 0 and keys[i - 1] in LIST_OPENERS and i + 1 in places and keys[i + 1].startswith("و"))
        if cue or listed:
            out.append(Match(stem_offset(tokens[i], clitic), tokens[i].end, "", entries, i, 1, stem, "kb"))
    return out


# Nouns of a leader's armed following (قوات صالح: Saleh's forces), folded.
FOLLOWERS = frozenset({"قوات", "مليشيات", "ميليشيات", "ميلشيات", "انصار", "اتباع", "حلفاء", "موالين", "مليشيا",
                       "ميليشيا", "لقوات", "لمليشيات", "لميليشيات", "وقوات", "ومليشيات", "وميليشيات"})
# Nouns whose complement is a group (مسلحو الشباب: al-Shabaab fighters; مصادر المقاومة), folded.
MEMBERS = FOLLOWERS | frozenset({"مسلحو", "مسلحي", "عناصر", "مقاتلو", "مقاتلي", "رجال", "ورجال", "قيادي", "قادة",
                                 "زعيم", "مصادر", "معاقل", "مواقع", "هجوم", "هجمات", "عمليات", "سيطره", "مقاتلين",
                                 "فصائل"})


def common_named(kb: "KB", tokens: list[Token], keys: list[str], found: list[Match], home: str | None) -> list[Match]:
    """A leader or group known by a plain word (صالح "good": Ali Abdullah Saleh; الشباب "the youth":
    al-Shabaab) in a story about its state, where the text makes it a name: followers or members
    before it (مليشيات صالح، مسلحو الشباب), or coordinated with a named group or person of that state
    (الحوثيين وصالح). A group name followed by a definite adjective is a description (الشباب الصومالي)."""
    if home is None:
        return []
    named = {i: m for m in found if m.entries[0].type in ("ORG", "PER") and m.entries[0].country == home
             for i in (m.first, m.first + m.ntok - 1)}
    out: list[Match] = []
    for i, clitic, stem, own in _plain_words(kb, keys, found, ("PER", "ORG"), ("", "و"), home):
        before = keys[i - 1] if i > 0 and not clitic else ""
        group = own[0].type == "ORG"
        coordinated = (clitic == "و" and i - 1 in named) or (
            not clitic and i + 1 in named and keys[i + 1].startswith("و"))
        described = group and i + 1 < len(keys) and keys[i + 1].startswith("ال") and len(keys[i + 1]) >= 5 \
            and i + 1 not in named  # الشباب الصومالي; not إلى (folded الي), التي
        if (before in (MEMBERS if group else FOLLOWERS) or coordinated) and not described:
            out.append(Match(stem_offset(tokens[i], clitic), tokens[i].end, "", own, i, 1, stem, "kb"))
    return out


def _plain_words(kb: "KB", keys: list[str], found: list[Match], types: tuple[str, ...], clitics: Iterable[str],
                 country: str | None = None) -> Iterator[tuple[int, str, str, list["Entry"]]]:
    """Words no mention covers whose stem, after an allowed proclitic, is a KB name kept out of plain
    lookup (a plain word) of these types (and that state): (index, clitic, stem, entries), the
    first such split of each word."""
    covered = {i for m in found for i in range(m.first, m.first + m.ntok)}
    common = kb.common_keys()
    # most words are ruled out at once, in one comprehension (the token-by-token loop cost ~2x)
    plain = stem_test(common)
    for i in [i for i, key in enumerate(keys) if key and plain[key]]:
        if i in covered:
            continue
        for clitic, stem in clitic_splits(keys[i]):
            if clitic not in clitics or stem not in common:
                continue
            entries = [e for e in kb.lookup_common(stem) if e.type in types and (country is None or e.country == country)]
            if entries:
                yield i, clitic, stem, entries
                break
