"""The date patterns of `times`, built once from the lexicons, over folded text.

Each pattern names its parts (`wd` weekday, `mon` month, `day`/`ord` day of the month,
`year`, `past`/`fut`/`cur` direction, `part` of the day, `edge` of a period, `ago`
+ `n` + `unit`), so `times` can resolve a match without re-parsing it. Lexicons:
`months.tsv`, `weekdays.tsv`, `time_words.tsv`. Also the calendar arithmetic at each
grain: ISO month shifts, ISO weeks, checked days, Hijri → Gregorian (hijridate).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import lru_cache

from hijridate import Hijri

from rasd.arabic import fold_key
from rasd.lexicon import load_table

_B, _E = r"(?<!\w)(?:وب|ول|و|ف|ب|ل)?", r"(?!\w)"  # word bounds, proclitic outside the span


def _alt(words: list[str]) -> str:
    """A regex alternation of folded words, longest first, spaces as \\s+."""
    keys = sorted({fold_key(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys) + ")"


@lru_cache(maxsize=1)
def words() -> dict[str, dict[str, str]]:
    """time_words.tsv as kind → {folded word: value}."""
    out: dict[str, dict[str, str]] = {}
    for row in load_table("time_words"):
        out.setdefault(row["kind"], {})[fold_key(row["word"])] = row["value"]
    return out


@lru_cache(maxsize=1)
def months() -> dict[str, tuple[str, int]]:
    """Folded month name (spaces normalised) → (calendar, month number)."""
    return {" ".join(fold_key(r["word"]).split()): (r["calendar"], int(r["month"]))
            for r in load_table("months")}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    return {fold_key(r["word"]): int(r["weekday"]) for r in load_table("weekdays")}


@lru_cache(maxsize=1)
def _one_word_times() -> frozenset[str]:
    """Folded one-word dates and times: أمس، الأحد، فجر، الماضي، شوال، هـ."""
    kinds = ("day", "part", "past", "future", "current")
    out = {w for k in kinds for w in words().get(k, {}) if " " not in w}
    out |= {w for w in months() if " " not in w} | set(weekdays())
    return frozenset(out | {"هـ", "ه"})


# Cached: the event step's needs window and every trigger's reach to its target ask it of the
# same words again (~11,000 calls a pass over the 112 bench inputs).
@lru_cache(maxsize=1 << 14)
def dateish(word: str) -> bool:
    """True for a folded word that only dates or times an act (a number, فجر، الأحد، شوال):
    word distances between a verb and its arguments do not count it."""
    times = _one_word_times()
    return word in times or word.rstrip("هـ").isdigit() or (word[:1] == "و" and word[1:] in times)


# Month words that are also common words (مارس "practised", آب ~ أب "father", صفر "zero"):
# they need a day, a year, a lead word or شهر next to them.
AMBIGUOUS_MONTHS = frozenset(fold_key(w) for w in (
    "مارس", "آب", "ماي", "صفر", "رجب", "شعبان", "رمضان", "نيسان", "جوان", "أوت", "محرم", "شوال"))


# "about" between "ago" and its count: قبل نحو أسبوعين (about two weeks ago)
APPROX = ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر من", "ما يقرب من", "أقل من")


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, compiled pattern) for each kind of expression, over folded text."""
    w = words()
    wd, mon = _alt(list(weekdays())), _alt(list(months()))
    edge, lead, part = _alt(list(w["edge"])), _alt(list(w["lead"])), _alt(list(w["part"]))
    past, fut, cur = _alt(list(w["past"])), _alt(list(w["future"])), _alt(list(w["current"]))
    dirs = rf"(?:\s+(?:(?P<past>{past})|(?P<fut>{fut})|(?P<cur>{cur})))?"
    day = rf"(?:(?P<day>\d{{1,2}})|(?P<ord>{_alt(list(w['ordinal']))}))"
    year = r"(?P<year>\d{4})(?:\s*(?P<hijri>ه)(?!\w)|\s*م(?!\w))?"
    rel_month = rf"(?P<relmon>الشهر\s+(?:(?P<mpast>{past})|(?P<mfut>{fut})|{cur})|هذا\s+الشهر)"
    pre = rf"(?:(?P<lead>{lead})\s+)?(?:(?P<edge>{edge})\s+)?"
    of_year = (rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:ال)?عام\s+|(?:ال)?سنه\s+)?{year}"  # (من عام) 2022
               rf"|\s+(?P<ofyr>من\s+(?:ال)?(?:عام|سنه))(?=\s+(?:{past}|{fut})))?")  # من العام الماضي
    return tuple((name, re.compile(_B + "(?P<m>" + body + ")" + _E)) for name, body in (
        ("numeric", r"(?P<d>\d{1,2})[/.\-](?P<mo>\d{1,2})[/.\-](?P<y>\d{4})"
                    r"|(?P<y2>\d{4})[/.\-](?P<mo2>\d{1,2})[/.\-](?P<d2>\d{1,2})"),
        ("month", rf"{pre}(?:(?P<wd>{wd})\s*[،,]?\s+(?:الموافق\s+)?)?"  # الأحد (الموافق) 5 مايو
                  rf"(?:{day}\s+(?:من\s+)?)?(?:(?P<shahr>شهر)\s+)?"
                  rf"(?:(?P<mon>{mon})(?:\s*[/(]?\s*{mon}\s*\)?)?{of_year}|{rel_month}){dirs}"),
        # أمس الخميس, and the Gulf papers' أمس (الخميس) "yesterday (Thursday)": one expression
        ("weekday", rf"(?:(?P<part>{part})\s+)?(?:(?P<rel>امس|اليوم|غدا|الغد|غد)(?:\s*(?P<paren>\()\s*|\s+))?"
                    rf"(?:(?P<yawm>يوم)\s+)?(?P<wd>{wd})(?(paren)\s*\)){dirs}"),
        ("day", rf"(?:(?P<part>{part})\s+)?(?:يوم\s+)?(?P<rel>{_alt(list(w['day']))})"),
        ("period", rf"{pre}(?:(?:هذا|هذه)\s+(?P<per>{_alt(list(w['period']))})"
                   rf"|(?P<per2>{_alt(list(w['period']))}){dirs})"),
        ("ago", rf"(?P<ago>{_alt(list(w['ago']))})\s+(?:{_alt(APPROX)}\s+)?"
                rf"(?:(?P<n>\d+|\w+(?:\s+عشر[ه]?)?)\s+)?(?P<unit>{_alt(list(w['unit']))})(?!\s*\d)"
                r"(?:\s+(?P<few>قليله))?"),
        ("year", rf"{pre}(?:(?P<yw>(?:ال)?عام|(?:ال)?سنه|عامي)\s+)?{year}"),
    ))


# --- finding the patterns fast -----------------------------------------------
# Every pattern runs its alternations at every word of the text. Most matches contain an
# anchor (a weekday, a four-digit year, قبل/منذ ...) that a plain regex finds ~10-40x
# faster, and start at most a few words before it; so those patterns are tried only at the
# word starts just before their anchors. Timed on the dev inputs (timeit, µs a document):
# weekday 457 → 13, day 403 → 152, period 420 → 19, ago 309 → 124, year 522 → 44, for
# 180 to find the word starts. A numeric date holds a four-digit year at most two words after
# its start (05/11/2023: 0.07 → 0.02 ms a bench body). The month names have no regex anchor
# cheaper than the pattern itself (month 1441 → 1614), but plain string searches for the first
# word of each name, kept where that word can open the match's month, are (0.21 → 0.06 ms).
_RUN = re.compile(r"\w+")


def _runs(words: list[str]) -> int:
    """The most word-character runs one of the words has (اول من امس: 3)."""
    return max((len(_RUN.findall(w)) for w in words), default=0)


Anchor = Callable[[str], Iterable[tuple[int, int]]]  # text → spans every match holds one of


@lru_cache(maxsize=1)
def anchors() -> dict[str, tuple[Anchor, int]]:
    """Per pattern: where its matches' anchors are, and how many words a match has before one."""
    w = words()
    pre = _runs(list(w["lead"])) + _runs(list(w["edge"]))
    part = _runs(list(w["part"]))
    # lead, edge, weekday, الموافق, the day (digits or an ordinal), من, شهر, هذا (هذا الشهر)
    before_month = pre + _runs(list(weekdays())) + 1 + max(1, _runs(list(w["ordinal"]))) + 1 + 1 + 1
    return {  # the counts follow the pattern bodies in `patterns`, word by word
        "numeric": (_spans(re.compile(r"\d{4}")), 2),  # day, month
        "month": (_month_openings, before_month),
        "weekday": (_spans(re.compile(_alt(list(weekdays())))), part + 1 + 1),  # part, امس/اليوم, يوم
        "day": (_spans(re.compile(_alt(list(w["day"])))), part + 1),  # part, يوم
        "period": (_spans(re.compile(_alt(list(w["period"])))), pre + 1),  # lead, edge, هذا
        "ago": (_spans(re.compile(_alt(list(w["ago"])))), 0),
        "year": (_spans(re.compile(r"\d{4}")), pre + 1),  # lead, edge, عام
    }


def _spans(anchor: re.Pattern[str]) -> Anchor:
    return lambda text: (m.span() for m in anchor.finditer(text))


@lru_cache(maxsize=1)
def _month_heads() -> tuple[str, ...]:
    """The first word of each month name, and الشهر (الشهر الماضي last month, هذا الشهر this month)."""
    return tuple(sorted({_RUN.findall(name)[0] for name in months()} | {"الشهر"}))


# What may stand before the month a match opens with: the proclitics of `_B`, or nothing.
_MONTH_CLITICS = frozenset({"", "وب", "ول", "و", "ف", "ب", "ل"})


def _month_openings(text: str) -> Iterator[tuple[int, int]]:
    """Every place the first word of a month name (or الشهر) opens a word, maybe after a proclitic.

    Exact for the month pattern: what comes before its month ends in white space, or the match
    begins with the month and `_B` (a word start and a proclitic) stands before it."""
    for head in _month_heads():
        p = text.find(head)
        while p >= 0:
            q = p  # the start of the word the head is in, looked for up to a proclitic's length back
            while q > 0 and p - q < 3 and _word_char(text[q - 1]):
                q -= 1
            if (q == 0 or not _word_char(text[q - 1])) and text[q:p] in _MONTH_CLITICS:
                yield p, p + len(head)
            p = text.find(head, p + 1)


def _word_char(ch: str) -> bool:
    """As the patterns' \\w: a letter, digit or underscore."""
    return ch.isalnum() or ch == "_"


def word_starts(text: str) -> list[int]:
    """Where each run of word characters begins: the only places a pattern match can start."""
    return [m.start() for m in _RUN.finditer(text)]


def find_near(name: str, pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying the pattern only at the word starts near its anchors.

    Exact: a match starts at a word start (after `(?<!\\w)`, on a word character) at most
    `reach` words before an anchor it contains, and the candidates are tried left to right
    from the end of the previous match, as finditer does.
    """
    if name not in anchors():
        yield from pattern.finditer(text)
        return
    anchor, reach = anchors()[name]
    candidates: set[int] = set()
    for a, b in anchor(text):
        first = bisect_right(starts, a) - 1
        last = bisect_right(starts, b - 1)
        candidates.update(starts[max(0, first - reach):last])
    pos = 0
    for c in sorted(candidates):
        if c >= pos and (m := pattern.match(text, c)):
            yield m
            pos = m.end()


def shift_month(d: date, n: int) -> str:
    """`2024-11` shifted by months: the ISO month at month grain."""
    total = d.year * 12 + d.month - 1 + n
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def week(d: date) -> str:
    """The ISO week of a day: 2024-11-01 → 2024-W44."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def iso_day(y: int, m: int, d: int) -> str | None:
    """`2024-02-30` → None; a real day → its ISO date."""
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def hijri(year: int | None, month: int | None, day: int | None) -> str | None:
    """A Hijri date (hijridate covers 1343-1500 AH) at the grain it was written."""
    if year is None or month is None:
        return None
    try:
        g = Hijri(year, month, day or 15).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return g.isoformat() if day else f"{g.year:04d}-{g.month:02d}"
