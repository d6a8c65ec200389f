"""Lines of a text dump as spans, and the line classes the cleaners share.

A crawl dump keeps a page's furniture as whole lines: ids (`7579HJ`), menus,
share bars, "read also" links, tags, copyright, "back to top". `line_kind`
names the furniture; anything else is content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rasd.arabic import fold, fold_key
from rasd.extract.dates import find_dates
from rasd.extract.vocab import agencies, bar_words, boilerplate, boilerplate_candidates, date_words, key

LineKind = Literal["blank", "noise", "boilerplate", "date", "credit", "content"]

_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
# A crawler's record id or tracking token: one short Latin/digit token (7579HJ, 88213).
_NOISE = re.compile(r"^[\W_]*(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{3,16}[\W_]*$")
_MENU_SEP = re.compile(r"\s*[|•·▪►◄>›»]\s*|\s+/\s+")  # ` / ` spaced, so 10/4/2025 stays whole
_HASHTAG = re.compile(r"#\w+")
_WORD = re.compile(r"\w+")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\d+")
DATE_LINE_MAX_WORDS = 12
_DOMAIN = re.compile(r"(?<![\w.])[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+(?![\w.])")
# An English date stamp in a bilingual site's chrome: `Tue 19 Aug 2025`, `March 3, 2025 10:20 AM`.
_EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_ENGLISH_DATE = re.compile(
    rf"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{{1,2}}\s+{_EN_MONTH}|{_EN_MONTH}\s+\d{{1,2}}),?"
    r"\s+\d{4}(?:[\s,|-]+\d{1,2}:\d{2}(?:\s*[AP]M)?)?(?:\s*(?:GMT|UTC)(?:[+-]\d{1,2})?)?$", re.I)
# `منذ 3 ساعات`، `قبل ساعتين`، `منذ يوم` (folded keys): a page's relative time stamp
_RELATIVE_TIME = re.compile(r"^(?:نشر\s+)?(?:منذ|قبل)\s+(?:\d+\s+)?(?:ثانيه|ثوان|دقيقه|دقيقتين|دقايق|دقائق|ساعه|ساعتين|"
                            r"ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)$")
_TODAY_CLOCK = re.compile(r"^(?:اليوم|امس)\s+\d{1,2}:\d{2}(?:\s*(?:ص|م))?$")  # `اليوم 11:20` (today 11:20)
MORE_MAX_WORDS = 5  # `المزيد من سكاي نيوز عربية` (more from <outlet>)
COUNTER_MAX_WORDS = 4  # `1,234 مشاهدة` (views), `12 تعليق` (comments)
_CREDIT_LEAD = re.compile(r"^\s*(?:المصدر|مصدر الخبر|المصادر|Source)\s*[:：\-–]\s*", re.I)
# A wire credit in brackets closing the story: `(تغطية صحفية فلان - إعداد فلان - تحرير فلان)`
# (reporting by / prepared by / edited by), the Reuters Arabic habit.
_STAFF_CREDIT = re.compile(r"^\s*[(\[]\s*(?:تغطية|إعداد|اعداد|تحرير|كتابة|ترجمة|شارك في التغطية|من إعداد)"
                           r"[^()\[\]]*[)\]]\s*$")
# A photo caption closing on its credit: `جنود عند نقطة تفتيش. (أرشيفية: الإنترنت)` (archive photo: internet)
_PHOTO_TAIL = re.compile(r"[(\[]\s*(?:صورة|الصورة|أرشيفية|ارشيفية|أرشيف|ارشيف|تصوير)"
                         r"(?:\s*[:：\-–،]\s*[^()\[\]]{0,40})?[)\]]\s*$")
CAPTION_MAX_WORDS = 20  # captions are a clause; a paragraph closing on `(أرشيف)` runs longer
_BARE_LINK = re.compile(r"^(?:https?://|www\.|pic\.twitter\.com/)\S+$", re.I)
START_MAX_WORDS = 30  # "read also: <headline>" lines carry a whole headline
SHORT_MAX_WORDS = 14
# folded openers of follow/subscribe promos: تابع(وا/ونا)، اشترك، انضم، لمتابعة، للاشتراك
_FOLLOW_VERBS = ("تابع", "اشترك", "انضم", "لمتابعه", "للاشتراك", "للمتابعه")
ICON_FOLLOW_MAX_WORDS = 5  # `تابعونا على`, `تابعوا RT على`: a follow cue cut short by its icons
LONG_LINE_CHARS = 150  # cheap pre-check before counting words  # share/follow/meta lines are short; body sentences are longer


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the source: its text (no line break) and where it sits."""

    text: str
    start: int
    end: int
    index: int = -1  # which source line (a piece of a line keeps its line's index)


def split_lines(raw: str) -> list[Line]:
    """The lines of `raw` as spans; CRLF, CR and LF all end a line."""
    if "\r" not in raw and "\u2028" not in raw and "\u2029" not in raw:
        return _split_lf(raw)
    out: list[Line] = []
    pos = 0
    for m in _BREAK.finditer(raw):
        out.append(Line(raw[pos:m.start()], pos, m.start(), len(out)))
        pos = m.end()
    if pos < len(raw):
        out.append(Line(raw[pos:], pos, len(raw), len(out)))
    return out


def _split_lf(raw: str) -> list[Line]:
    """`split_lines` of a text whose only breaks are LF: a plain split, where the break regex
    tested every character (a tenth of the clean step's instructions, callgrind)."""
    out: list[Line] = []
    pieces = raw.split("\n")
    if not pieces[-1]:  # a final break opens no line
        pieces.pop()
    pos = 0
    for text in pieces:
        out.append(Line(text, pos, pos + len(text), len(out)))
        pos += len(text) + 1
    return out


def is_noise(text: str) -> bool:
    """An id-like token, punctuation only, or font-size buttons (`7579HJ`, `|`, `A+ A-`)."""
    s = text.strip()
    if _NOISE.match(s) or (s and not any(map(str.isalnum, s))):
        return True
    tokens = s.split()
    return len(tokens) <= 4 and all(len(t) <= 2 and t.isascii() for t in tokens)


def menu_items(text: str) -> list[str]:
    """The items of a line between bars, bullets or `>` (`الرئيسية > أخبار` → two items)."""
    return [p for p in _MENU_SEP.split(text.strip()) if p]


def is_bare_link(text: str) -> bool:
    """A line that is only a link (`https://t.co/...`): a dump's share residue.

    Not in `line_kind`: English page bodies quote links on their own lines (HTML bench
    recall 0.979 → 0.978 with it), so only the dump reader drops them.
    """
    return bool(_BARE_LINK.match(text.strip()))


_END_MARK = re.compile(r"^[\W\d]*انتهى[\W\d]*$")  # `انتهى ** 2344`: "end", then the wire's serial
_AGENCY_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]{1,40})[)\]]\s*$")


def is_desk_code(text: str) -> bool:
    """An agency desk code closing a wire story: `ع ص / ن م`, `//انتهى//` (end)."""
    s = text.strip()
    if key(s.strip("/ ")) == "انتهي" or key(s.strip("/ ")) == "انتهى" or _END_MARK.match(s):
        return True
    credit = _AGENCY_BRACKET.search(s)  # `ع.ج.م/ ف.ي (د ب أ، رويترز)`: editors' initials, then the wires
    if credit and s[:credit.start()].strip() and all(
            key(p) in agencies() for p in re.split(r"\s*[،,/]\s*", credit.group(1)) if p.strip()):
        s = s[:credit.start()].strip()
    tokens = [t for t in re.split(r"[\s/.]+", s) if t]
    return "/" in s and 2 <= len(tokens) <= 8 and all(len(t) <= 2 and t.isalpha() for t in tokens)


def is_menu(text: str) -> bool:
    """Three or more short items between bars or bullets (`الرئيسية | سياسة | اقتصاد`)."""
    items = menu_items(text)
    return len(items) >= 3 and all(len(p.split()) <= 3 and not any(map(str.isdigit, p)) for p in items)


def is_hashtags(text: str) -> bool:
    """A tags line: at least two hashtags making up most of the words."""
    tags = _HASHTAG.findall(text) if "#" in text else []  # a plain find first: most lines hold no #
    if not tags:  # most lines: no need to split them into words
        return False
    words = text.split()
    return (len(tags) >= 2 and len(tags) * 2 >= len(words)) or (len(tags) == len(words) == 1)  # `#عاجل`


def phrase_kind(text: str) -> str | None:
    """The boilerplate kind a line's wording marks (related, follow, copyright...), if any."""
    n = len(text.split())
    if n > START_MAX_WORDS or n == 0:  # body paragraphs: no folding needed
        return None
    k = key(text).strip("()[] ")  # `(صورة: رويترز)`: a caption in brackets
    if "©" in text and n <= START_MAX_WORDS:
        return "copyright"
    words = _WORD.findall(k)
    if words and all(w in bar_words() for w in words):
        return "share"
    if (n <= SHORT_MAX_WORDS and words[0].startswith(_FOLLOW_VERBS) and any(w in bar_words() for w in words)
            and (words[0].endswith(("وا", "ونا")) or any(w.endswith("نا") for w in words[1:]))):
        return "follow"  # `تابع صفحتنا على فيسبوك` (follow OUR page on Facebook), not `تابع الوزير على تويتر`
    if (n <= ICON_FOLLOW_MAX_WORDS and words[0].startswith(_FOLLOW_VERBS) and words[0].endswith(("وا", "نا"))
            and words[-1] in ("علي", "عبر")):
        return "follow"  # `تابعوا RT على` + icons: the line ends where the network logos stood
    rows, by_head = boilerplate(), boilerplate_candidates()
    for i in sorted(by_head[0].get(k[:2], ()) + by_head[1]):  # the rows that can match, in list order
        phrase, kind, match = rows[i]
        if kind == "counter" and (n > COUNTER_MAX_WORDS or not any(map(str.isdigit, text))):
            continue
        if kind == "more" and n > MORE_MAX_WORDS:  # `المزيد من أخبار مصر`, not `المزيد من القتلى ...`
            continue
        if match == "whole" and k == phrase:
            return kind
        if match in ("start", "tail") and k.startswith(phrase) and (
                len(k) == len(phrase) or not k[len(phrase)].isalnum()):
            limit = START_MAX_WORDS if kind in ("related", "link", "tags", "comments") else SHORT_MAX_WORDS
            if n <= limit:
                return kind
        if match == "any" and phrase in k and n <= START_MAX_WORDS:
            return kind
    return None


def date_line_value(text: str) -> str | None:
    """The date of a date line (`الخميس 11 أبريل 2024 - 03:15 م`), None for any other line."""
    if _RELATIVE_TIME.match(key(text)) or _ENGLISH_DATE.match(text.strip()) or _TODAY_CLOCK.match(key(text)):
        return ""  # `منذ ساعتين` (two hours ago), `Tue 19 Aug 2025`: a stamp (its value left to others)
    # tested before the words are counted: most lines hold no digit (map: no Python frame a character)
    if not any(map(str.isdigit, text)):
        return None
    n_words = sum(1 for w in text.split() if any(map(str.isalnum, w)))  # `الأربعاء / 23 / ...`: no bars
    if n_words > 2 * DATE_LINE_MAX_WORDS:
        return None
    hits = find_dates(text, both_calendars=True)
    if n_words > DATE_LINE_MAX_WORDS * max(1, len(hits)):  # published | updated: two dates
        return None
    rest = text
    for h in reversed(hits):
        rest = rest[:h.start] + " " + rest[h.end:]
    rest = _CLOCK.sub(" ", _DOMAIN.sub(" ", rest))  # `... 16:45:20 | arabic.news.cn`: the site's address
    words = re.sub(r"[^\w\s]|\u0640", " ", key(rest)).split()  # folded first (`نُشر`); tatweel `ـ` as a dash
    if any(w not in date_words() for w in words):
        return None
    greg = [h for h in hits if h.calendar == "gregorian"] or hits
    return greg[0].value if greg else ""


def credit_name(text: str) -> str | None:
    """The agency or source a credit line names: `(رويترز)`, `المصدر: واس` (source: SPA)."""
    s = text.strip()
    lead = _CREDIT_LEAD.match(s)
    rest = s[lead.end():] if lead else s
    rest = rest.strip(" ()[]-–—.:،")
    if lead and "+" in rest:  # `المصدر: RT + وكالات`: the outlet named first
        rest = rest.split("+")[0].strip()
    if rest and all(key(p) in agencies() for p in re.split(r"\s*/\s*", rest)):  # `فرانس24/ أ ف ب`
        return rest
    if not rest or len(rest.split()) > 3 or any(t.isdigit() for t in rest.split()):  # `Le360` is a name
        return None
    return rest if key(rest) in agencies() or lead else None


def line_kind(text: str, repeated: frozenset[str] = frozenset()) -> LineKind:
    """Blank, noise, boilerplate (furniture) or content."""
    if not text.strip():
        return "blank"
    # split(maxsplit=k) counts up to k + 1 words: a body paragraph is not split whole
    if len(text) > LONG_LINE_CHARS and len(text.split(maxsplit=START_MAX_WORDS)) > START_MAX_WORDS:
        # a paragraph: no furniture phrase, date, credit or menu line is this long
        return "boilerplate" if is_hashtags(text) or (repeated and key(text) in repeated) else "content"
    if is_noise(text):
        return "noise"
    if date_line_value(text) is not None:
        return "date"
    if credit_name(text):
        return "credit"
    if is_desk_code(text):
        return "noise"
    if _PHOTO_TAIL.search(text) and len(text.split()) <= CAPTION_MAX_WORDS:
        return "boilerplate"
    if (_STAFF_CREDIT.match(text) or is_menu(text) or is_hashtags(text)
            or phrase_kind(text) or (repeated and key(text) in repeated)):
        return "boilerplate"
    return "content"


def tail_cut(text: str) -> int:
    """Where a trailing "link to the story" phrase starts inside a body line, else len(text)."""
    # the offset map is built only when a phrase is there: most bodies hold none, and the map
    # of a whole body cost more than the search (bench text inputs, cProfile)
    keyed = fold_key(text)
    if not any(keyed.find(phrase) > 0 for phrase in _tail_phrases()):
        return len(text)
    folded = fold(text)
    best = len(text)
    for phrase in _tail_phrases():
        i = folded.text.find(phrase)
        if i > 0 and folded.offsets[i] < best:
            best = folded.offsets[i]
    return best


@lru_cache(maxsize=1)
def _tail_phrases() -> tuple[str, ...]:
    return tuple(phrase for phrase, _kind, match in boilerplate() if match == "tail")
