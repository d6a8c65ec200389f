"""Filters for KB matches that are probably not names: weak gazetteer towns, adjectives, verbal nouns.

A one-word town known only to bulk gazetteers may be a plain word (`بيان` statement is also a
town): it needs a place context (`في مدينة X`, a list of places, the article's own state).
A nationality adjective after a definite noun (`الحكومة اليمنية`) and a region described by an
adjective (`الشمال السوري`, the Syrian north) are no mentions either.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.annotate.kb_match import Match, entity_type
from rasd.annotate.patterns import modifies_noun, patterns
from rasd.annotate.title_lexicon import name_parts, non_names
from rasd.arabic import fold_key
from rasd.clitics import clitic_splits
from rasd.kb import load_kb
from rasd.lexicon import load_words

if TYPE_CHECKING:
    from rasd.kb import KB, Entry

# Sources that vouch for a name; a one-word place known only to bulk gazetteers may be a
# common word (بيان statement, جنوب south, معسكر camp) and needs a place context.
STRONG_SOURCES = ("curated", "cldr", "pycountry", "mledoze")
# Nunation (تنوين): names take none, so a nunated word is no name (ميلاً miles, زارياً).
TANWIN_MARKS = ("\u064b", "\u064c", "\u064d")
# A city of 250,000 or more (the KB build tags its source): news names it bare (حلب، بنغازي).
MAJOR_CITY = "pop250k"
# Folded words before a place name of the article's own country (في X، قرب X).
PLACE_PREPS = frozenset({"في", "من", "الي", "نحو", "قرب", "بين", "و", "شمال", "جنوب", "شرق", "غرب", "شمالي",
                         "جنوبي", "شرقي", "غربي", "باتجاه", "داخل", "حول", "محيط", "ضواحي", "،", ""})
# Folded words that announce a place (في مدينة X: in the town of X).
PLACE_CUES = load_words("place_cues")  # rasd/lexicon/place_cues.tsv

# Nouns of a place's parts and kinds: alone, never a name (ريف حماة: the countryside of Hama).
PLACE_NOUNS = frozenset({"ريف", "شمال", "جنوب", "شرق", "غرب", "وسط", "مدينه", "منطقه", "محافظه", "بلده",
                         "قريه", "اقليم", "ولايه", "مديريه", "ضواحي", "اطراف", "ضاحيه", "حي", "بلدات", "قري"})


def _weak(m: Match) -> bool:
    """A one-word match known only from bulk gazetteers (بيان statement is also a town), or a longer
    one made only of plain words (النقاط الخمس: the five points, also a Libyan district)."""
    plain = m.ntok == 1 or all(common_word(w) for w in m.key.split())
    return plain and not _major(m) and all(weak_entry(e) for e in m.entries)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First words of the KB's people (فلاديمير: Vladimir, also a Russian city)."""
    return frozenset(fold_key(n).split()[0] for e in load_kb().entries.values() if e.type == "PER"
                     for n in e.names_ar if n.strip())


def _major(m: Match) -> bool:
    """A big city's own name: no plain word, given name or nunated word (زارياً), and not a
    clitic plus another word (وجده: و + جده "and his grandfather", not Oujda)."""
    if not any(MAJOR_CITY in e.source for e in m.entries) or m.ntok != 1:
        return False
    key = m.key
    if common_word(key) or key in name_parts() or key in given_names() or any(
            c in m.text for c in TANWIN_MARKS):
        return False
    return not (key[:1] in "وفبلك" and (common_word(key[1:]) or key[1:] in name_parts() or len(key) <= 4))


def weak_entry(e: "Entry") -> bool:
    """A town or region that only bulk gazetteers vouch for (no curated or CLDR name)."""
    return e.type in ("GPE", "LOC") and e.subtype not in ("country", "capital") \
        and not any(s in e.source for s in STRONG_SOURCES)


def drop_weak(found: list[Match], keys: list[str], states: Counter[str]) -> list[Match]:
    """Keep a weak town only when it is no common word and the article is about its state
    or a place word stands before it (في مدينة X)."""
    out: list[Match] = []
    for m in found:
        if _weak(m):
            in_state = _in_state(states, m.entries)
            prev = keys[m.first - 1] if m.first else ""
            prev = prev[1:] if prev[:1] in ("و", "ف") and prev[1:] in PLACE_PREPS else prev  # وفي
            listed = bool(out) and out[-1].first + out[-1].ntok == m.first and m.key != keys[m.first] \
                and entity_type(out[-1].entries[0]) in ("GPE", "LOC")  # في لحج وأبين: a list of places
            if common_word(m.key) or m.key in PLACE_PREPS or not (
                    prev in PLACE_CUES or listed or (in_state and prev in PLACE_PREPS)):
                continue
        elif m.ntok == 1 and m.key != keys[m.first] and (m.key in non_names() or (
                keys[m.first] in non_names() and all(_town(e) for e in m.entries))):
            continue  # a clitic split that leaves a common word (لنيل: to obtain, not the Nile), or of a
            # word common whole into a town (فرقه: its teams, not ف + Raqqa; لالمانيا stays Germany, بحماس Hamas)
        elif _verbal_noun(m, keys):
            continue
        out.append(m)
    return out


def _in_state(states: Counter[str], entries: list["Entry"]) -> bool:
    """Whether the article names a state of one of the entries other than through this mention:
    the counts less the one its first entry added (read in place: a Counter copy and subtract
    each weak town cost more than the rest of drop_weak)."""
    own = entries[0].country
    return any(states.get(c := e.country or "", 0) - (1 if own and c == own else 0) > 0 for e in entries)


def _town(e: "Entry") -> bool:
    """A place below the state and its capital."""
    return e.type in ("GPE", "LOC") and e.subtype not in ("country", "capital")


def _verbal_noun(m: Match, keys: list[str]) -> bool:
    """`للنيل من` (to undermine): ل + a definite verbal noun + من, not "to the Nile from".

    The article here exists only as the لل spelling of ل + ال; a town or feature name read
    that way before من is the verbal-noun idiom (للحد من، للنيل من); countries and capitals stay."""
    nxt = keys[m.first + 1] if m.first + 1 < len(keys) else ""
    return m.ntok == 1 and nxt == "من" and m.key.startswith("ال") and keys[m.first].endswith(m.key[2:]) \
        and keys[m.first].removesuffix(m.key[2:]).endswith("لل") \
        and not any(e.subtype in ("country", "capital") for e in m.entries)


def common_word(key: str) -> bool:
    """A common word, with or without its article (المدينة: the city)."""
    return key in non_names() or (key.startswith("ال") and key[2:] in non_names())


def adjective(kb: "KB", keys: list[str], m: Match) -> bool:
    """A nationality adjective after a definite noun (الحكومة اليمنية), or an organ named by an
    adjective that describes the noun before it (السياسة الخارجية: foreign policy)."""
    head = m.key.split(" ", 1)[0]
    if m.entries[0].type == "ORG" and head == keys[m.first] and head in patterns() \
            and modifies_noun(keys, m.first, "", head):
        return True  # السياسة الخارجية الأمريكية: US foreign policy, not the State Department
    if m.ntok != 1 or m.first == 0 or not m.key.startswith("ال") or not m.key.endswith(("ي", "يه")):
        return False
    prev = keys[m.first - 1]
    if not prev.startswith(("ال", "وال", "فال", "بال", "لل", "كال")):
        return False
    return kb.nationality(m.key) is not None or m.entries[0].type != "PER"


def described(keys: list[str], m: Match) -> bool:
    """A one-word definite region followed by a definite adjective the KB name lacks is a common
    noun described: `الشمال السوري` (the Syrian north), `الضفة الأسيوية` (the Asian bank)."""
    k = m.first + 1
    return m.ntok == 1 and m.key.startswith("ال") and m.key == keys[m.first] and k < len(keys) \
        and keys[k].startswith("ال") and keys[k].endswith(("ي", "يه")) and len(keys[k]) >= 5 \
        and all(e.type in ("GPE", "LOC") and e.subtype in ("region", "area") for e in m.entries)


# Subtypes of waters a bank or shore is "of" (الضفة الغربية للبوسفور: the western bank of the Bosphorus).
WATERS = frozenset({"strait", "river", "sea", "gulf", "waterway", "lake"})


def bank_of(m: Match, found: list[Match], keys: list[str]) -> bool:
    """A region name followed by ل + a body of water is a description of that water's side:
    `الضفة الغربية للبوسفور` is the western bank of the Bosphorus, not the West Bank."""
    after = m.first + m.ntok
    if m.ntok < 2 or after >= len(keys) or not keys[after].startswith("ل") \
            or not all(e.type in ("GPE", "LOC") and e.subtype in ("region", "area") for e in m.entries):
        return False
    return any(n.first == after and n.entries[0].subtype in WATERS for n in found)


# Place names that open a common idiom: مسقط رأس (birthplace, "the falling-place of the head")
# is no Muscat, حماة الوطن (the homeland's defenders) no Hama. Folded first word → next words.
IDIOMS: dict[str, frozenset[str]] = {"مسقط": frozenset({"راس", "راسه", "راسها"}),
                                     "حماه": frozenset({"الوطن", "الديار", "الثوره"})}


def idiom(keys: list[str], first: int, ntok: int) -> bool:
    """True when a one-word match opens one of those idioms."""
    nxt = first + 1
    return ntok == 1 and nxt < len(keys) and keys[nxt] in IDIOMS.get(keys[first], frozenset())


def common_behind_clitic(key: str) -> bool:
    """A one-word span that is a common word or a place noun behind a clitic: وأحد (and one of),
    وريف (and the countryside of)."""
    return any(common_word(stem) or stem.removeprefix("ال") in PLACE_NOUNS for _, stem in clitic_splits(key))


# Folded heads that, followed only by a nationality adjective, describe a state's men or planes
# rather than name a body (القوات الروسية: the Russian forces; الطيران الحربي التركي: Turkish
# warplanes), unlike الجيش الروسي or القوات المسلحة الروسية. The gold leaves them unannotated: dropping
# them on the tuning sets lifted entities F1 by 0.044 summed over ten sets (session 9); the event
# step still reads them as their state (event_mentions.organ_mentions).
DESCRIPTIVE_HEADS = (("القوات",), ("قوات",), ("الطيران", "الحربي"))


def descriptive_organ(kb: "KB", m: Match) -> bool:
    """True for `القوات التركية` (the Turkish forces): a head from DESCRIPTIVE_HEADS then a nationality."""
    if m.ntok not in (2, 3) or m.entries[0].type != "ORG":
        return False
    words = fold_key(m.text).split()
    if len(words) < 2 or words[-1].startswith(("الح", "الم")) and words[-1] in ("المسلحه", "الحربيه"):
        return False
    head = tuple(words[:-1])
    if head and head[0][:1] in "وفبل" and (head[0][1:],) + head[1:] in DESCRIPTIVE_HEADS:
        head = (head[0][1:],) + head[1:]
    elif head and head[0].startswith("لل") and ("ال" + head[0][2:],) + head[1:] in DESCRIPTIVE_HEADS:
        head = ("ال" + head[0][2:],) + head[1:]
    return head in DESCRIPTIVE_HEADS and kb.nationality(words[-1]) is not None
