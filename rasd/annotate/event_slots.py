"""An event sentence's mentions as slots: word index, and whether each names a place, is
governed by a target preposition (على، ضد، إلى), or sits in a post given after a person."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from rasd.annotate.titles import POST_HEADS
from rasd.annotate.triggers import Trigger
from rasd.arabic import Token, fold_key, word_tokens
from rasd.clitics import clitic_splits
from rasd.kb import load_kb
from rasd.lexicon import load_words
from rasd.model import Mention

# Armed units named after their town in construct (كتائب الزنتان، ثوار مصراتة: the Zintan brigades,
# the Misrata rebels): the town then names a party, not a place.
TOWN_UNITS = frozenset({"كتائب", "كتيبه", "ميليشيات", "مليشيات", "فصائل", "ثوار", "مسلحي", "مقاتلي", "الويه",
                        "قوات", "وكتائب", "وقوات", "لكتائب", "لقوات"})
# Prepositions that mark the target of an act: قصف على مواقع، هجوم ضد، أرسل إلى روسيا، محادثات مع.
TARGET_PREPS: frozenset[str] = frozenset({"علي", "ضد", "الي", "مع", "بين", "تجاه", "باتجاه", "نحو", "لصالح", "عن"})
# لدى (to) after an envoy names the state he is posted to (سفيرها لدى أديس أبابا: her ambassador to
# Addis Ababa); elsewhere it is mere location (مسجلة لدى الأمم المتحدة: registered with the UN).
ENVOYS = frozenset({"سفير", "سفيره", "سفيرها", "سفيرنا", "سفراء", "مندوب", "مندوبه", "مندوبها", "مبعوث", "ممثل"})
# Words tying armed men to a group: تابع، التابعة، موالون، الموالية (belonging, loyal to).
# Heads of a body's command before its name with لـ (القيادة العامة لـ، قيادة، مقر).
COMMAND_NOUNS = frozenset({"القياده", "قياده", "العامه", "المشتركه", "مقر", "هيئه", "رئاسه", "اركان"})
# ... and a statement's issuer with لـ (بيان للجيش: a statement of the army): it speaks, no target.
STATEMENT_NOUNS = frozenset({"بيان", "بيانا", "تصريح", "تصريحات"})
# Sites and gear a body owns: what is struck, never who strikes (مواقع تابعة لـ: positions of).
OWNED_SITES = load_words("owned_sites")  # rasd/lexicon/owned_sites.tsv
AFFILIATION: tuple[str, ...] = ("تابع", "التابع", "موال", "الموال", "انتماي", "انتمائ", "ينتم", "تنتم", "المنتم", "منتم")
# Verbs whose subject is where something happens: شهدت المدينة اشتباكات (the city saw clashes).
WITNESS_VERBS: frozenset[str] = frozenset({"شهد", "شهدت", "تشهد", "يشهد", "وشهدت", "وشهد", "تشهده", "شهدته"})
# Demonstratives closing a discourse phrase after a preposition: إلى ذلك، مع ذلك (besides, yet).
DISCOURSE_OBJECTS: frozenset[str] = frozenset({"ذلك", "هذا", "هذه", "ذاك"})
# Posts named after a person, between commas (X، قائد/زعيم/المتحدث باسم Y): the posts of
# titles.POST_HEADS and the posts of a group's members (القيادي، عضو، أمير، مسؤول).
POST_WORDS = POST_HEADS | {"القيادي", "عضو", "امير", "مسؤول"}


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Folded words that make the following GPE a place rather than an actor: في موسكو، قرب حلب.

    Kept apart from weak_matches.PLACE_CUES / PLACE_NOUNS on purpose: those judge whether a span
    is a name at all and match whole words; these are read through clitic_splits before a known
    name, and their membership differs (جبهة front, no ريف): joining them changed the events of
    OEDA sentences (three records of 5778)."""
    return frozenset(fold_key(w) for w in load_words("place_words"))


# KB subtypes of news outlets (they relay acts, they do none).
MEDIA_SUBTYPES = frozenset({"media", "state_media"})


# Not frozen, as `triggers.Trigger`: built for every mention of a sentence with an act (a frozen
# dataclass sets each field through object.__setattr__); hashable by value, nothing assigns to one.
@dataclass(slots=True, unsafe_hash=True)
class Slot:
    """A mention placed in its sentence: word index, whether it names a place, its prepositions."""

    mention: Mention
    word: int
    place: bool
    marked: bool  # preceded by a target preposition (على، ضد، إلى ...)
    apposed: bool = False  # inside a post given after a person (X؛ قائد ميليشيات Y: Y describes X)
    relays: bool = False  # a news outlet (نقلته وكالة تسنيم: relayed by Tasnim): it tells acts, does none
    owner: bool = False  # the body men or forces named before belong to (قوات تابعة لـ X): their side


PREV_CHARS = 60  # how far back (characters) the words before a mention are read


def _prev_words(text: str, start: int, n: int, floor: int = 0) -> list[str]:
    """The folded words just before offset `start` (nearest last), at most n, not before `floor`."""
    toks = word_tokens(text, max(floor, start - PREV_CHARS), start)
    return [fold_key(t.text) for t in toks[-n:]]


# The window of `_prev_words` mostly begins inside a word, and a mention may begin inside one
# (وإسرائيل); such a window was tokenised afresh (half of the calls; with the bisect below, 4.8% of
# the step's instructions, callgrind). Its words are the sentence's, but for those two cut words.
def _words_before(text: str, lo: int, start: int, n: int, words: list[Token], at: tuple[list[int], int]) -> list[Token]:
    """The last n of `word_tokens(text, lo, start)`, read from the sentence's `words` (which hold
    lo..start; `at` is their start offsets and the count of those ending by `start`)."""
    starts, j = at
    tail: list[Token] = []
    if j < len(words) and words[j].start < start:  # `start` cuts a word: its first part is a word
        if words[j].start < lo:
            return word_tokens(text, lo, start)
        tail = word_tokens(text, words[j].start, start)
    i = bisect_left(starts, lo)
    if i > 0 and words[i - 1].end > lo and j - i + len(tail) < n:
        return word_tokens(text, lo, start)  # the pieces of the word `lo` cuts may be among the n
    return [*words[i:j], *tail]


def _attached_prep(text: str, start: int) -> str:
    """A one-letter proclitic glued to the mention (بمأرب: ب), when the mention excludes it."""
    if start > 0 and text[start - 1] in "بلو" and (start < 2 or not text[start - 2].isalpha()):
        return text[start - 1]
    return ""


def slots(text: str, sent: tuple[int, int], mentions: list[Mention],
          towns: frozenset[str] = frozenset()) -> list[Slot]:
    """The sentence's mentions as slots, in order; `towns` are ids of places that never act."""
    out: list[Slot] = []
    words = word_tokens(text, sent[0], sent[1])
    ends, starts = [t.end for t in words], [t.start for t in words]
    for m in sorted(mentions, key=lambda m: m.start):
        if not (sent[0] <= m.start < sent[1]):
            continue
        word = bisect_right(ends, m.start)  # the word holding it (وإسرائيل for إسرائيل): the count ending before
        # `_prev_words(text, m.start, 3, sent[0])`, from the sentence's words
        prev = [fold_key(t.text) for t in _words_before(text, max(sent[0], m.start - PREV_CHARS), m.start, 3, words,
                                                        (starts, word))[-3:]]
        glued = _attached_prep(text, m.start) or ("" if m.source == "anaphor" else _glued_in_token(m))
        place = m.type == "LOC" or (m.type == "GPE" and (bool(prev) and place_word(prev[-1]) or glued == "ب"
                                                         or m.id in towns or _witnessing(prev)
                                                         or m.source == "pattern"))  # بلدتي X وY: towns
        aimed = _marked(prev[-3:]) or glued == "ل"
        owner = aimed and _affiliated(prev)  # تابعة لـ، ينتمون إلى: only after ل or إلى
        marked = aimed and not owner and not _command_of(prev, glued)
        if place and m.type == "GPE" and prev and prev[-1] in TOWN_UNITS:
            place = False  # كتائب الزنتان (the Zintan brigades): the town's fighters, a party
        if _bordering(prev):  # على الحدود مع سوريا (on the border with Syria): where, not whom
            place, marked = True, False
        if m.type == "GPE" and _visited(prev, glued):  # خلال زيارة لسيدني (during a visit to Sydney): where
            place, marked = True, False
        out.append(Slot(m, word, place, marked, any(_apposed(text, p.mention, m) for p in out), _outlet(m), owner))
    return out


def _apposed(text: str, person: Mention, m: Mention) -> bool:
    """True when m sits in the post given right after a person: العميد X؛ قائد ميليشيات الحوثيين
    (X, commander of the Houthi militias); the person, not the group, is the subject."""
    if person.type != "PER":
        return False
    gap = text[person.end:m.start]
    if not gap[:1] in ("،", "؛", ",") or "." in gap:
        return False
    words = gap[1:].split()
    return bool(words) and fold_key(words[0]) in POST_WORDS


def _marked(prev: list[str]) -> bool:
    """True when a target preposition governs the words up to the mention (على مواقع X), not
    when it opens a discourse phrase (إلى ذلك نفى الجيش: besides, the army denied)."""
    for i, w in enumerate(prev):
        if w in TARGET_PREPS and not (i + 1 < len(prev) and prev[i + 1] in DISCOURSE_OBJECTS):
            return True
        if w == "لدي" and i > 0 and prev[i - 1] in ENVOYS:
            return True
        if w.startswith(COUNTERPART_PREPS) and len(w) > 5:  # بنظيره الصيني وانغ يي: with his counterpart
            return True
    return False


# "With / to his counterpart" (بنظيره، لنظيرته): the name after is whom the act is with.
COUNTERPART_PREPS: tuple[str, ...] = ("بنظير", "لنظير", "بنظيرت", "لنظيرت")
# A border "with" a state (الحدود مع سوريا، المحافظة الحدودية مع العراق) names a place.
BORDER_WORDS = frozenset({"الحدود", "حدود", "الحدودي", "الحدوديه", "حدودها", "حدوده", "حدودنا", "الشريط"})


def _bordering(prev: list[str]) -> bool:
    """True for a name right after a border word and مع: the state across the border."""
    return len(prev) >= 2 and prev[-1] == "مع" and prev[-2] in BORDER_WORDS


def _command_of(prev: list[str], glued: str) -> bool:
    """True for a body after its command or spokesman with لـ (القيادة العامة لقوات البيشمركة: the
    Peshmerga's general command): the genitive names who acts, it is no target."""
    return glued == "ل" and (any(w in COMMAND_NOUNS for w in prev[-2:]) or bool(prev) and prev[-1] in STATEMENT_NOUNS)


# Nouns of a trip (زيارة، جولة: a visit, a tour): the place after them with ل or إلى is where.
VISIT_WORDS = frozenset({"زياره", "زيارته", "زيارتها", "زيارتهم", "جوله", "جولته", "جولتها"})
DURING = frozenset({"خلال", "اثناء", "وخلال"})


def _visited(prev: list[str], glued: str) -> bool:
    """True for a place after "during a trip to": خلال زيارة لسيدني، أثناء زيارته إلى موسكو (the
    act happened there; a visit told as the act itself keeps its host as the party)."""
    if prev and prev[-1] == "ل":  # the clitic ل, when tokenised apart from the name
        prev = prev[:-1]
    if glued == "ل" and len(prev) >= 2 and prev[-1] in VISIT_WORDS:
        return prev[-2] in DURING
    return len(prev) >= 3 and prev[-1] in ("الي", "في") and prev[-2] in VISIT_WORDS and prev[-3] in DURING


def _affiliated(prev: list[str]) -> bool:
    """True after تابعين لـ / الموالية لـ (belonging / loyal to): مسلحون تابعون للمقاومة are the
    resistance's gunmen, not its targets; not for a site's owner (مواقع تابعة للحوثيين: Houthi
    positions, struck)."""
    at = next((i for i in range(len(prev) - 1, max(-1, len(prev) - 3), -1) if prev[i].startswith(AFFILIATION)), None)
    return at is not None and not (at > 0 and prev[at - 1] in OWNED_SITES)


def _witnessing(prev: list[str]) -> bool:
    """True after شهدت (witnessed), with a title word between or not: شهدت العاصمة طرابلس اشتباكات
    (the capital Tripoli saw clashes) names where, not who."""
    return any(w in WITNESS_VERBS for w in prev[-3:])


def place_word(word: str) -> bool:
    """True for في، قرب، شمال and their clitic forms (بشمالي: in the north of)."""
    words = place_words()
    return any(k in words or k.rstrip("ي") in words for _, k in clitic_splits(word))


def _glued_in_token(m: Mention) -> str:
    """A proclitic inside the mention's own text (بموسكو as the span): its first letter."""
    key = fold_key(m.text)
    if key.startswith("لل") and len(key) > 4:  # للحوثي = ل + الحوثي (to/of the Houthis)
        return "ل"
    if key[:1] not in ("ب", "ل") or len(key) <= 3 or key[1:3] == "ال" or key[1] == key[0]:
        return ""
    return "" if _whole_name(key) else key[0]  # لبنان، لافروف، باكستان، بريطانيا: names, no clitic


def _outlet(m: Mention) -> bool:
    """True for a news outlet (a KB media entry, or a name the media recogniser read)."""
    if m.type != "ORG":
        return False
    entry = load_kb().get(m.id) if m.id else None
    return (entry is not None and entry.subtype in MEDIA_SUBTYPES) or m.source == "media"


def _whole_name(key: str) -> bool:
    """True when the mention's whole text is a KB name (its first letter is no proclitic)."""
    return bool(load_kb().lookup(key))  # cached: the entity step has loaded it already


def genitive_unmarked(found: list[Slot], trig: Trigger, words: list[str]) -> list[Slot]:
    """The slots, the name right after an act noun no longer marked by the preposition before the
    noun (the caller checks that one precedes it): in عن نقل موسكو منظومة صواريخ (about Moscow's
    moving a missile system) عن governs the act; Moscow is its genitive agent, not a target."""
    after = trig.index + len(trig.text.split())  # (a "verb" after عن is its verbal noun: عن نقل)
    return [replace(s, marked=False) if s.word == after and s.marked and words[s.word][:1] not in ("ل", "ب")
            and not s.place and _named(s.mention) else s for s in found]


def _named(m: Mention) -> bool:
    """True for a name that can stand in the genitive (موسكو، الجيش الإسرائيلي، حزب الله), not a
    one-word adjective read as a party (تعزيزات حوثية: Houthi reinforcements agree with their noun)."""
    return m.type in ("GPE", "PER") or (m.type == "ORG" and (m.text.startswith("ال") or " " in m.text))
