"""Bylines: who wrote the article, from a byline line, without its place dateline.

Forms handled (examples written for rasd):
    كتب: سامي يوسف            → سامي يوسف      (cue "wrote:")
    بقلم د. ليلى حسن          → د. ليلى حسن    (cue "by the pen of")
    القاهرة - رويترز          → رويترز         (dateline place dropped, agency kept)
    أ ف ب - بغداد             → أ ف ب
    الرياض: سعد علي وخالد عمر → سعد علي وخالد عمر
    منى سالم (عمّان)          → منى سالم       (place in brackets dropped)
The name is returned as a cut of the line (spacing kept), never rewritten.
"""
from __future__ import annotations

import html
import re

from rasd.arabic import is_arabic
from rasd.extract.dates import find_dates
from rasd.extract.vocab import agencies, byline_cues, date_words, desks, given_names, key, places
from rasd.lexicon import load_words

# A byline's parts are separated by a dash, colon, slash or Arabic comma.
_SEP = re.compile(r"\s*(?:[-–—ـ:/|،]+)\s*")
_BRACKET_TAIL = re.compile(r"\s*[(\[]([^()\[\]]{1,30})[)\]]\s*$")
_EDGE = " \t\u00a0\u200f\u200e:;,،؛-–—ـ|•·*"
_SENTENCE_END = re.compile(r"[.!؟?]\s*$")
_QUOTED = re.compile(r"[«\"“][^«»\"“”]{2,30}[»\"”]")  # an outlet's name in quotes
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?:\s*(?:ص|م|am|pm)(?!\w))?", re.I)  # not the ص of صباحا (morning)
INITIALS = re.compile(r"[\u0621-\u064a]\s?\.\s?[\u0621-\u064a](?:\s?\.\s?[\u0621-\u064a])?\.?")  # ب.ع
# A desk signing a story: the <field> affairs editor, the political editor, the editorial team.
_DESK_BYLINE = re.compile(r"(?:ال)?محرر(?:ة)?\s+(?:ال)?شؤون\s+(?:ال)?\w+"
                          r"|المحرر\s+(?:السياسي|العسكري|الدبلوماسي|الاقتصادي|الأمني|المحلي)"
                          r"|(?:فريق|هيئة|أسرة|قسم)\s+التحرير")
_FROM_NAME = re.compile(r"من\s+(\S+(?:\s+\S+){1,3})")  # `من <given name> <surname>`
MAX_NAME_WORDS = 8  # a byline names at most a few people ("فلان وفلان")
MAX_PART_WORDS = 4  # one outlet or agency: `وكالة الأنباء السعودية`


def strip_edges(text: str) -> str:
    """The line without surrounding spaces and byline punctuation (`كتب: فلان :` → inner)."""
    return text.strip(_EDGE)


def _cue_rest(line: str) -> str | None:
    """What follows a byline cue (`كتب:`، `بقلم`، `المصدر:` before a dateline), or None without a cue."""
    # `المصدر: أبوظبي - الإمارات اليوم` (source: Abu Dhabi - <paper>)
    if (src := _SOURCE_CUE.match(line)) and _SEP.search(line[src.end():]):
        return strip_edges(line[src.end():]) or None
    if src := _PAST_CUE.match(line):  # `حاوره: فلان` (interviewed by), `أعده: فلان` (prepared by)
        return strip_edges(line[src.end():]) or None
    folded = key(line)
    for cue in byline_cues():
        if folded.startswith(cue) and (len(folded) == len(cue) or not folded[len(cue)].isalnum()):
            words = len(cue.split())
            parts = line.strip(_EDGE).split(None, words)
            if len(parts) <= words:
                return None
            rest = parts[words]
            return strip_edges(rest) or None
    return None


_SOURCE_CUE = re.compile(r"\s*المصدر\s*[:：]\s*")
_PAST_CUE = re.compile(r"\s*(?:حاوره|حاورها|حاورته|حاورهم|أعده|أعدها|أعدته|اعده|اعدته)\s*[:：]\s*")
# A writer's description after the name: `بقلم: د. فلان - باحث في الشؤون الاستراتيجية` (researcher in ...)
_BIO_HEADS = load_words("byline_bio_heads")  # rasd/lexicon/byline_bio_heads.tsv


def _parts(text: str) -> list[tuple[int, int]]:
    """Spans of the dash/colon-separated parts of a byline."""
    spans, pos = [], 0
    for m in _SEP.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _drop_bracket_place(text: str) -> tuple[str, bool]:
    """`منى سالم (عمّان)` → (`منى سالم`, True); other text unchanged."""
    m = _BRACKET_TAIL.search(text)
    if m and (key(m.group(1)) in places() or len(m.group(1).split()) <= 2):
        return text[: m.start()].rstrip(), True
    return text, False


_QUALIFIER = re.compile(r"\s*[(\[][^()\[\]]{1,30}[)\]]\s*$")


def _is_place(part: str) -> bool:
    """A dateline place, also with a bracketed qualifier: `غزة (الأراضي الفلسطينية)` (Gaza (Palestinian territories))."""
    k = key(_QUALIFIER.sub("", part))
    return k in places() or (k.startswith("و") and k[1:] in places())


_MEDIA_HEADS = ("وكاله", "صحيفه", "جريده", "موقع", "قناه", "مجله", "اذاعه", "شبكه", "بوابه")


def _is_agency(part: str) -> bool:
    """An agency or outlet: listed (`رويترز`), or a short `وكالة/صحيفة/قناة ...` name."""
    words = key(part).split()
    return key(part) in agencies() or (1 < len(words) <= MAX_PART_WORDS and words[0] in _MEDIA_HEADS)


# Words a dateline puts where a name would stand that name no one: عدن - خاص (Aden, exclusive).
_NO_AUTHOR = frozenset({"خاص", "حصري", "حصريا"})


_FINAL_INITIAL = re.compile(r"\s[\u0621-\u064aA-Z]\.$")  # a surname shortened to its initial: `مراد ب.`


_HANDLE = re.compile(r"\s@[A-Za-z0-9_]{2,30}\s*$")  # a reporter's or outlet's X handle closing the line
_ROLE_TAIL = re.compile(r"\s+(?:مراسل|مراسلة|صحافي|صحافية|صحفي|صحفية|كاتب|كاتبة|محرر|محررة)$")


def _drop_bio(text: str) -> str:
    """The name without the writer's description after it (`د. فلان - باحث ...` → `د. فلان`)."""
    spans = _parts(text)
    for a, _b in spans[1:]:
        if text[a:].split()[0] in _BIO_HEADS:
            return strip_edges(text[:a])
    return text


def _trim_date_words(text: str) -> str:
    """The text without date words left at its end once a date was cut (`فلان السبت` → `فلان`)."""
    words = text.split()
    while len(words) > 1 and key(words[-1]) in date_words():
        words.pop()
    return strip_edges(text[:text.rfind(words[-1]) + len(words[-1])]) if words else text


def _looks_like_name(text: str) -> bool:
    """A plausible list of names: a few words, no digits, not a sentence."""
    words = text.split()
    return (0 < len(words) <= MAX_NAME_WORDS and not any(map(str.isdigit, text))
            and key(text) not in _NO_AUTHOR
            and (not _SENTENCE_END.search(text) or _FINAL_INITIAL.search(text) is not None)  # `مراد ب.`
            and '"' not in text and "«" not in text)


def _is_date_words(part: str) -> bool:
    """A part left of a date once its numbers are cut: `الإثنين` in `كتب: فلان | الإثنين 10-03-2025`."""
    words = re.findall(r"\w+", key(part))
    return bool(words) and all(w in date_words() for w in words)


# `26 مهر 1404`: a date in a calendar the date reader does not know (Persian solar): day, month, year
_OTHER_CALENDAR_DATE = re.compile(r"\d{1,2}\s+\w+\s+\d{4}")


def _drop_places(text: str) -> tuple[str, bool, bool]:
    """Cut dateline places off the ends; (rest, a place was dropped, an agency is present)."""
    spans = _parts(text)
    kept = [(a, b) for a, b in spans if not _is_place(text[a:b]) and not _is_date_words(text[a:b])
            and not _OTHER_CALENDAR_DATE.fullmatch(text[a:b].strip())]
    named = [(a, b) for a, b in kept if key(text[a:b]) not in desks()]
    desk = bool(named) and len(named) < len(kept)  # a desk credit marks the line as a byline
    kept = named or kept  # `خاص - المصدر أونلاين` (exclusive - <outlet>): the outlet is the name
    agency = desk or any(_is_agency(text[a:b]) for a, b in kept)
    if not kept:
        return "", len(spans) > 0, agency
    return text[kept[0][0]: kept[-1][1]], len(kept) < len(spans), agency


def _without_dates(line: str) -> str:
    """The line with dates and clock times cut out (`بقلم: فلان | 14 مارس 2024` → `بقلم: فلان |`)."""
    hits = find_dates(line)
    for h in reversed(hits):
        line = line[:h.start] + line[h.end:]
    return _CLOCK.sub("", line) if hits or _CLOCK.search(line) else line


def cue_byline(line: str) -> bool:
    """True for a byline opened by its cue (كتب: فلان، بقلم فلان), not a bare name or dateline."""
    return _cue_rest(strip_edges(_without_dates(html.unescape(line)))) is not None


def parse_byline(line: str, lenient: bool = False) -> str | None:
    """The author named by a byline line, or None when the line is not a byline.

    `lenient` (the line sits where bylines sit, right under the headline) also
    accepts a bare short name such as `سامي يوسف` (Sami Youssef).
    """
    undated = _without_dates(html.unescape(line))
    text = strip_edges(undated)
    handle = _HANDLE.search(text)
    if handle and text[:handle.start()].strip():  # `طارق الشامي مراسل @tariq`: a signed byline
        text, lenient = strip_edges(_ROLE_TAIL.sub("", text[:handle.start()].strip())), True
    if undated != html.unescape(line):  # `كتب: محمد السيد السبت 18-10-2025`: the weekday left of the date
        text = _trim_date_words(text)
    if not text or len(text.split()) > MAX_NAME_WORDS + 4:
        return None
    if lenient and INITIALS.fullmatch(text):  # `ق.و`: a reporter signing with initials
        return text
    if (by := _FROM_NAME.fullmatch(text)) and starts_with_given_name(by.group(1)):
        return by.group(1)  # `من ليلى باسم` (by Layla Bassem), the wire agencies' byline
    if _DESK_BYLINE.fullmatch(text):  # `محرر الشؤون المحلية` (the local-affairs editor): the desk wrote it
        return text
    rest = _cue_rest(text)
    if rest is not None:
        rest = _drop_bio(rest)
        rest, _ = _drop_bracket_place(rest)
        rest, _, _ = _drop_places(rest)
        return rest if _looks_like_name(rest) else None
    return _dateline_byline(text, bool(re.search(r"[:：]\s*$", line.strip())), lenient)


_FROM_PLACE = re.compile(r"\s+من\s+(\S+(?:\s\S+)?)\s*$")  # `فلان من الرياض` (so-and-so from Riyadh)
_EXCLUSIVE = re.compile(r"^\s*خاص\s*(?:بـ?|لـ?)\s*([«\"“][^«»\"“”]{2,30}[»\"”])\s*$")


def _drop_from_place(text: str) -> tuple[str, bool]:
    """`«الاقتصادية» من الرياض` → (`«الاقتصادية»`, True) when the words after من are a place."""
    m = _FROM_PLACE.search(text)
    if m and _is_place(m.group(1)) and len(text[:m.start()].split()) <= MAX_PART_WORDS:
        return text[:m.start()], True
    return text, False


def _dateline_byline(text: str, colon_end: bool, lenient: bool) -> str | None:
    """A byline without a cue: `القاهرة - رويترز`، `الرياض: ناصر علي`، `منى سالم (عمّان)`."""
    text, bracket_place = _drop_bracket_place(text)
    text, from_place = _drop_from_place(text)
    rest, place_dropped, agency = _drop_places(text)
    rest = _EXCLUSIVE.sub(r"\1", strip_edges(rest))  # `خاص بـ«الجزيرة»` (exclusive to Al-Jazirah)
    if _QUOTED.fullmatch(rest) and (place_dropped or bracket_place or from_place):  # `الرياض - «الحياة»`
        return rest[1:-1].strip()
    if not rest or not _looks_like_name(rest):
        return None
    spans = _parts(rest)
    if (len(spans) >= 2 and _is_agency(rest[spans[0][0]:spans[0][1]])
            and starts_with_given_name(rest[spans[1][0]:])):
        rest = rest[spans[1][0]:]  # `بوابة الوسط: هدى الشيخي` (outlet: reporter): the reporter wrote it
    short_parts = all(len(rest[a:b].split()) <= MAX_PART_WORDS for a, b in _parts(rest))
    if (agency or colon_end) and short_parts:  # `سبق- وكالات:`، `أ ف ب - بغداد`
        return rest
    # `تركيا: مقتل جنود في هجوم` is a headline, `الرياض: ناصر علي` a byline: the name decides
    placed = bracket_place or place_dropped or lenient or from_place
    if placed and len(rest.split()) <= 5 and starts_with_given_name(rest):
        return rest
    if lenient and (place_dropped or bracket_place) and len(rest.split()) <= 3:  # `اليوم - الدمام`
        return rest
    return None


_HONORIFICS = frozenset({"د", "د.", "الدكتور", "الدكتورة", "المهندس", "الأستاذ", "الاستاذ", "الشيخ"})


def starts_with_given_name(text: str) -> bool:
    """A bare name line: its first word (after a title such as د.) is a common given name."""
    words = [w for w in text.split() if w not in _HONORIFICS]
    if not words:
        return False
    if not is_arabic(text):
        return text.istitle()
    # compound given names are listed whole: `عبد الرحيم` (Abd al-Rahim), `أبو بكر`
    return key(words[0]) in given_names() or key(" ".join(words[:2])) in given_names()
