"""Arabic visible dates: `الأربعاء، 28 آب/اغسطس 2013`, `8 فيفري 2019`, `12/04/2024`, `2024-04-12`.

Month names come from `rasd/lexicon/months.tsv` (Egyptian/Gulf, Levantine, Maghrebi
and Hijri forms); matching runs on the folded text, and hits map back to the
original offsets. A Hijri date beside a Gregorian one yields to the Gregorian;
a Hijri date alone is converted with hijridate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from hijridate import Hijri

from rasd.arabic import fold
from rasd.lexicon import load_table

MIN_YEAR, MAX_YEAR = 1990, 2100  # news pages; older years are history in the text, not the dateline
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in text: its span in the original and its ISO value."""

    start: int
    end: int
    value: str
    calendar: str = "gregorian"


@lru_cache(maxsize=None)
def _months() -> tuple[dict[str, tuple[str, int]], re.Pattern[str]]:
    """Folded month name → (calendar, month), and a pattern of `day month [/month] year` dates."""
    names: dict[str, tuple[str, int]] = {}
    for row in load_table("months"):
        names[" ".join(fold(row["word"]).text.split())] = (row["calendar"], int(row["month"]))
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    month = rf"(?:ال)?(?P<m>{alt})"
    month2 = rf"(?:\s*[/\\(-]\s*(?:ال)?(?P<m2>{alt})\)?)?"
    month_b = month.replace("?P<m>", "?P<mb>")
    pattern = (rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:/\s*)?(?:من\s+)?(?:شهر\s+)?{month}{month2}"
               rf"\s*[,،/-]?\s*(?P<y>\d{{4}})(?!\d)"
               rf"|(?<!\w){month_b}\s+(?P<db>\d{{1,2}})\s*[,،]?\s*(?P<yb>\d{{4}})(?!\d)"
               r"|(?<!\d)(?P<Y>\d{4})\s*[-/.]\s*(?P<M>\d{1,2})\s*[-/.]\s*(?P<D>\d{1,2})(?!\d)"
               r"|(?<!\d)(?P<D2>\d{1,2})\s*[-/.]\s*(?P<M2>\d{1,2})\s*[-/.]\s*(?P<Y2>\d{4})(?!\d)")
    return names, re.compile(pattern)


def _iso(y: int, m: int, d: int, calendar: str = "gregorian") -> str | None:
    """ISO date for valid numbers in range (Hijri converted), else None."""
    try:
        if calendar == "hijri":
            if not 1400 <= y <= 1500:
                return None
            g = Hijri(y, m, d).to_gregorian()
            return date(g.year, g.month, g.day).isoformat()
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        return date(y, m, d).isoformat()
    except (ValueError, OverflowError):
        return None


def _value(m: re.Match[str], names: dict[str, tuple[str, int]]) -> tuple[str | None, str]:
    """The ISO value and calendar of one match of the date pattern."""
    g = m.groupdict()
    if g["m"] or g["mb"]:
        name = " ".join((g["m"] or g["mb"]).split())
        calendar, month = names[name]
        if g["m2"] and calendar == "hijri":  # `رمضان/مارس`: the Gregorian twin wins
            calendar, month = names[" ".join(g["m2"].split())]
        day, year = int(g["d"] or g["db"]), int(g["y"] or g["yb"])
        return _iso(year, month, day, calendar), calendar
    if g["Y"]:
        return _iso(int(g["Y"]), int(g["M"]), int(g["D"])), "gregorian"
    a, b, y = int(g["D2"]), int(g["M2"]), int(g["Y2"])
    if b > 12 >= a:  # 04/12/2024 read as month/day only when the day slot cannot be a month
        a, b = b, a
    return _iso(y, b, a), "gregorian"


def find_dates(text: str, both_calendars: bool = False) -> list[DateHit]:
    """Every date in `text`, in order, with spans into the original text.

    `both_calendars` keeps a Hijri date written beside its Gregorian twin (a date line
    `الأحد 24 شعبان 1446 هـ - 23 فبراير 2025م` is all date, both halves).
    """
    names, pattern = _months()
    folded = fold(text)
    hits = []
    for m in pattern.finditer(folded.text):
        value, calendar = _value(m, names)
        if value:
            start, end = folded.span(m.start(), m.end())
            hits.append(DateHit(start, end, value, calendar))
    return hits if both_calendars else _prefer_gregorian(hits)


def _prefer_gregorian(hits: list[DateHit]) -> list[DateHit]:
    """Drop a Hijri date that sits right beside a Gregorian one (`1 رمضان 1445 - 11 مارس 2024`)."""
    out = []
    for i, h in enumerate(hits):
        near = [o for o in hits[max(0, i - 1): i + 2] if o is not h and abs(o.start - h.start) < 60]
        if h.calendar == "hijri" and any(o.calendar == "gregorian" for o in near):
            continue
        out.append(h)
    return out


def parse_iso(value: str | None) -> str | None:
    """The date part of an ISO-like timestamp (`2019-02-08T00:00:00+01:00` → `2019-02-08`)."""
    m = _ISO.search(value or "")
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def first_date(text: str) -> str | None:
    """The first date written in `text`, as ISO, or None."""
    hits = find_dates(text)
    return hits[0].value if hits else None
