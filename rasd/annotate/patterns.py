"""Entities made of a head noun and what follows (`rasd/lexicon/entity_patterns.tsv`).

- a state organ: `الجيش التركي` (the Turkish army), `وزارة الخارجية الفرنسية` → one ORG
  named "Turkish army", "French Foreign Ministry", tied to its state;
- a place word before a name the KB lacks: `مديرية القفر` (Al-Qafr district) → القفر, LOC;
- a facility named after a place: `مطار عدن الدولي` → "Aden International Airport".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.annotate.bodies import DEFINITE_BODY_HEADS, definite_body, named_body, pattern_entry
from rasd.annotate.kb_match import Match, stem_offset
from rasd.annotate.place_names import NOT_PLACES, place_name
from rasd.annotate.pattern_matches import bare_ministry, facility, main_state, royal_base
from rasd.annotate.title_names import is_name_word
from rasd.annotate.titles import nationality
from rasd.annotate.translit import romanise, slug
from rasd.arabic import Token, fold_key
from rasd.clitics import clitic_splits, clitic_stems, stem_test
from rasd.lexicon import load_table

if TYPE_CHECKING:
    from rasd.kb import KB, Entry

# Titles of the royals and leaders facilities are named after (مطار الملك خالد: King Khalid Airport).
ROYAL = {"الملك": "King", "الامير": "Prince", "الاميره": "Princess", "الشيخ": "Sheikh", "السلطان": "Sultan",
         "الملكه": "Queen", "الامام": "Imam"}


# Organs that every state has under one name, of which a bare mention is an entity only in an
# article about one state, that state's (الجيش: the army; الحرس الرئاسي: the presidential guard;
# مجلس النواب: the house of representatives); an article about none names no body.
HOMED_ORGANS = frozenset({"army", "Presidential Guard", "Republican Guard", "House of Representatives", "Senate",
                          "General Security", "Border Guard", "Coast Guard", "Supreme Court", "Constitutional Court",
                          "Presidential Council", "Counter-Terrorism Service"})
# ... and all the organs a bare mention of which is the story's state's, like a bare ministry, the
# others also with no state named (الدفاع المدني: the civil defence; هيئة الأركان: the general staff;
# رئاسة الجمهورية: the presidency).
BARE_ORGANS = frozenset({"Civil Defence", "General Staff", "Army General Staff", "Presidency"}) | HOMED_ORGANS
# Folded unit words between an office and its place (مكتب محافظ ولاية X).
UNIT_WORDS = frozenset({"اقليم", "ولايه", "محافظه", "مدينه", "منطقه"})


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str       # organ | place | named
    type: str
    english: str
    subtype: str


@lru_cache(maxsize=1)
def patterns() -> dict[str, Pattern]:
    """Folded head → pattern."""
    return {" ".join(fold_key(r["head"]).split()): Pattern(r["kind"], r["type"], r["english"], r["subtype"])
            for r in load_table("entity_patterns")}


@lru_cache(maxsize=1)
def pattern_firsts() -> frozenset[str]:
    """First words of all pattern heads: most tokens start none, and are ruled out at once."""
    return frozenset(k.split(" ", 1)[0] for k in patterns())


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """English country name → English adjective (Turkey → Turkish)."""
    return {r["name"]: r["adjective"] for r in load_table("entity_demonyms")}


def _head_at(keys: list[str], i: int) -> tuple[str, str, int] | None:
    """Longest pattern head at token i, one proclitic allowed: (clitic, head key, tokens)."""
    table, firsts = patterns(), pattern_firsts()
    if firsts.isdisjoint(clitic_stems(keys[i])):
        return None
    for clitic, stem in clitic_splits(keys[i]):
        if clitic in ("ال", "لل") or stem not in firsts:  # للقضاء على: a definite noun, no place word
            continue
        for n in (3, 2, 1):  # قيادة أركان الجيش: the army general staff
            words = [stem] + keys[i + 1:i + n]
            if len(words) == n and all(words) and " ".join(words) in table:
                return clitic, " ".join(words), n
    return None


def _adjective_of(kb: "KB", state_id: str) -> str | None:
    state = kb.get(state_id)
    if state is None:
        return None
    table = demonyms()
    return next((table[n] for n in (state.name_en, *state.aliases_en) if n in table), None)


def find_patterns(kb: "KB", text: str, tokens: list[Token], keys: list[str], found: list[Match],
                  reserved: set[int]) -> list[Match]:
    """Pattern entities; organs and facilities may swallow a KB place (مطار عدن), the others
    only use words no mention (nor a title, in `reserved`) took."""
    taken = {i for m in found for i in range(m.first, m.first + m.ntok)} | reserved
    kb_at = {m.first: m for m in found}
    out: list[Match] = []
    starts_head = stem_test(pattern_firsts())
    pos = 0  # the first token after the last pattern found
    # only the words that may start a pattern, found in one comprehension (a call for every
    # token cost ~2x the step's own time)
    for i in [i for i, key in enumerate(keys)
              if key and (key in DEFINITE_BODY_HEADS or starts_head[key])]:
        if i < pos:
            continue
        head = _head_at(keys, i) if i not in taken else None
        m = _build(kb, text, tokens, keys, (taken, kb_at), i, head, found, out) if head else None
        if m is None and keys[i] in DEFINITE_BODY_HEADS and i not in taken:
            m = definite_body(text, tokens, keys, taken, kb_at, i)
        if m is None:
            continue
        out.append(m)
        pos = m.first + m.ntok
        pat = patterns()[head[1]] if head else None
        if pat is not None and pat.kind == "place" and pat.subtype.endswith("s"):
            second = _conjunct_place(text, tokens, keys, taken, pos, pat)
            if second is not None:  # بين بلدتي كفرتبنيت وأرنون: the dual names two places
                out.append(second)
                pos = second.first + second.ntok
    return out


def _conjunct_place(text: str, tokens: list[Token], keys: list[str], taken: set[int], k: int,
                    pat: Pattern) -> Match | None:
    """The second place after a dual place word: و + a one-word name (وأرنون)."""
    if k >= len(keys) or k in taken or not keys[k].startswith("و") or len(keys[k]) < 4:
        return None
    stem = keys[k][1:]
    if not is_name_word(stem) or stem.startswith("ال") or stem.endswith(("يه", "ي")) or stem in NOT_PLACES:
        return None
    start, stop = stem_offset(tokens[k], "و"), tokens[k].end
    surface = text[start:stop]
    entry = pattern_entry(f"rasd:{pat.type.lower()}:{slug(surface)}", pat.type, romanise(surface), surface, None,
                   pat.subtype[:-1])
    return Match(start, stop, surface, [entry], k, 1, fold_key(surface), "pattern")


def _build(kb: "KB", text: str, tokens: list[Token], keys: list[str], known: tuple[set[int], dict[int, Match]],
           i: int, head: tuple[str, str, int], found: tuple[Match, ...] | list[Match] = (),
           earlier: list[Match] | None = None) -> Match | None:
    taken, kb_at = known
    clitic, key, n = head
    pat = patterns()[key]
    j = i + n
    if pat.kind == "organ":
        if modifies_noun(keys, i, clitic, key):
            return None
        nat = nationality(kb, keys, j)
        adj = _adjective_of(kb, nat[0]) if nat else None
        if not nat and (placed := _organ_in(kb, keys, kb_at, j)) is not None:
            # المحكمة الاتحادية العليا في العراق (the Federal Supreme Court in Iraq): Iraq's court,
            # the mention the organ alone (with its qualifier: المجلس العسكري الانتقالي في تشاد)
            state, end = placed
            start = stem_offset(tokens[i], clitic)
            surface = text[start:tokens[end - 1].end]
            entry = pattern_entry(_organ_id(state, pat), pat.type, f"{_adjective_of(kb, state)} {pat.english}",
                           surface, state, pat.subtype)
            return Match(start, tokens[end - 1].end, surface, [entry], i, end - i, key, "pattern")
        if not nat and (key.startswith("وزاره ") or pat.english in BARE_ORGANS) \
                and not (j < len(keys) and j in taken and j not in kb_at):
            same = _named_before(earlier or [], pat)
            if same is not None and not (j < len(keys) and keys[j] == "في"):
                # رئاسة الأركان التركية ... رئاسة الأركان: the organ named before, not the story's state's
                start = stem_offset(tokens[i], clitic)
                return Match(start, tokens[j - 1].end, text[start:tokens[j - 1].end], [same], i, j - i, key, "pattern")
            home = main_state(found)
            if pat.english in HOMED_ORGANS and (home is None or (j < len(keys) and keys[j] == "في")):
                return None  # أصدر الجيش بيانا: an army of no state named is no entity; قاعدة للجيش في مقديشو: a place, not its name
            if pat.english == "army" and (army := _armies(kb).get(home or "")) is not None:
                # الجيش in a story about Sudan: the KB's Sudanese Armed Forces, not a second army (and not
                # another military body the article named, such as Iran's Revolutionary Guard)
                start = stem_offset(tokens[i], clitic)
                return Match(start, tokens[j - 1].end, text[start:tokens[j - 1].end], [army], i, j - i, key, "pattern")
            adj = (_adjective_of(kb, home), home) if home else None
            return bare_ministry(text, tokens, keys, kb_at, i, clitic, j, pat, adj)
        if not nat or not adj or any(k in taken for k in range(j, j + nat[1]) if k not in kb_at):
            return None
        if key.split(" ", 1)[0].endswith(("ه", "ات")) != keys[j + nat[1] - 1].endswith("ه"):
            return None  # no agreement with the head noun (هيئة الأركان الإسرائيلية agrees with هيئة,
            # قوات حرس الحدود الأردنية with the plural قوات): the adjective belongs to another noun
            # (وزير الخارجية الروسي)
        end = j + nat[1]
        start = stem_offset(tokens[i], clitic)
        surface = text[start:tokens[end - 1].end]
        entry = pattern_entry(_organ_id(nat[0], pat), pat.type, f"{adj} {pat.english}",
                       surface, nat[0], pat.subtype)
        return Match(start, tokens[end - 1].end, surface, [entry], i, end - i, key, "pattern")
    if pat.kind == "body":
        return named_body(text, tokens, keys, i, clitic, j, taken, pat)
    if pat.kind == "named" and j + 1 < len(keys) and keys[j] in UNIT_WORDS and j not in kb_at:
        j += 1  # مكتب حاكم إقليم أغري: the governor's office of Agri province, named by the place
        if j not in kb_at:
            return None
    if pat.kind == "named" and j in kb_at and kb_at[j].entries[0].type in ("GPE", "LOC"):
        return facility(text, tokens, keys, i, clitic, j + kb_at[j].ntok, pat, kb_at[j].entries[0].name_en)
    if pat.kind in ("named", "place") and j + 1 < len(keys) and keys[j] in ROYAL and keys[j + 1] \
            and (pat.kind == "named" or pat.subtype == "base"):
        k = j + 2 if keys[j + 1] in ("عبد", "ابو") and j + 2 < len(keys) and keys[j + 2] else j + 1
        name_en = f"{ROYAL[keys[j]]} {romanise(text[tokens[j + 1].start:tokens[k].end])}"
        if pat.kind == "place":  # قاعدة الملك خالد الجوية: King Khalid Air Base, the whole phrase
            return royal_base(text, tokens, keys, i, clitic, k + 1, name_en)
        return facility(text, tokens, keys, i, clitic, k + 1, pat, name_en, True)  # مطار الملك خالد الدولي
    end = place_name(tokens, keys, j, taken)
    if pat.subtype.endswith("s") and end - j == 2 and keys[j + 1].startswith("و"):
        end = j + 1  # بلدتي كفرتبنيت وأرنون: two places, not one two-word name
    if end == j:
        return None
    if pat.kind == "place":
        start, stop = tokens[j].start, tokens[end - 1].end
        surface = text[start:stop]
        entry = pattern_entry(f"rasd:{pat.type.lower()}:{slug(surface)}", pat.type, romanise(surface), surface,
                       None, pat.subtype)
        return Match(start, stop, surface, [entry], j, end - j, fold_key(surface), "pattern")
    if pat.subtype == "camp" and (base := _named_base(found, keys[j:end])) is not None:
        start = stem_offset(tokens[i], clitic)  # معسكر العند after قاعدة العند: the same Al-Anad base
        return Match(start, tokens[end - 1].end, text[start:tokens[end - 1].end], [base], i, end - i,
                     " ".join(keys[i:end]), "pattern")
    return facility(text, tokens, keys, i, clitic, end, pat)


def _named_base(found: tuple[Match, ...] | list[Match], name: list[str]) -> "Entry | None":
    """The KB base the article names by the same words after قاعدة (the camp is that base)."""
    want = " ".join(name)
    return next((m.entries[0] for m in found if m.entries[0].subtype == "base" and m.source == "kb"
                 and m.key.split(" ", 1)[-1].removesuffix(" الجويه") == want), None)


@lru_cache(maxsize=2)
def _armies(kb: "KB") -> dict[str, "Entry"]:
    """State id → the KB's national army: a military body one of whose names is الجيش and one or
    two more words (الجيش السوداني, الجيش الوطني الشعبي)."""
    out: dict[str, Entry] = {}
    for e in kb.entries.values():
        if e.type == "ORG" and e.subtype == "military" and e.country \
                and any(fold_key(n).startswith("الجيش ") and len(n.split()) <= 3 for n in e.names_ar):
            out.setdefault(e.country, e)
    return out


def _organ_in(kb: "KB", keys: list[str], kb_at: dict[int, Match], j: int) -> tuple[str, int] | None:
    """(state id, end of the organ's words) for an organ placed in a country by في right after
    it or after one definite qualifier (المجلس العسكري الانتقالي في تشاد); None otherwise."""
    for end in (j, j + 1):
        if end > j and not (end - 1 < len(keys) and keys[end - 1].startswith("ال")):
            break
        at = end + 1
        if end < len(keys) and keys[end] == "في" and at in kb_at:
            entry = kb_at[at].entries[0]
            if entry.type == "GPE" and entry.subtype == "country" and _adjective_of(kb, entry.id):
                return entry.id, end
    return None


def modifies_noun(keys: list[str], i: int, clitic: str, key: str) -> bool:
    """A one-word organ head shaped like an adjective (البحرية naval, الخارجية foreign) right after a
    definite word describes that noun: `التجارة البحرية البريطانية` is British maritime trade and
    `السياسة الخارجية الأمريكية` US foreign policy, not the British Navy or the State Department.
    After a verb or a preposition (أعلنت البحرية البريطانية) the head is the organ itself."""
    if clitic or " " in key or not key.endswith("يه") or i == 0:
        return False
    prev = keys[i - 1]
    return any(prev.startswith(c + "ال") and len(prev) - len(c) > 4 for c in ("", "و", "ف", "ب", "ك")) \
        or (prev.startswith("لل") and len(prev) > 4)


def _organ_id(state: str, pat: Pattern) -> str:
    """The id of a state's organ named by a pattern (rasd:org:TR:general-staff)."""
    return f"rasd:org:{state}:{slug(pat.english).lower()}"


def _named_before(earlier: list[Match], pat: Pattern) -> Entry | None:
    """The entry of the same organ named earlier with its nationality (the last one)."""
    return next((m.entries[0] for m in reversed(earlier)
                 if m.entries[0].country and m.entries[0].id == _organ_id(m.entries[0].country, pat)), None)
