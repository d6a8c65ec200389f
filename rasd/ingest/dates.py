"""Publication dates as sources give them → ISO `YYYY-MM-DD`.

Sources write `2005-04-12`, `2005-04-12T10:00:00Z`, `20050412`, `12/04/2005`
(day first, as Arabic outlets write it), RFC 2822 feed dates
(`Tue, 12 Apr 2005 10:00:00 GMT`), `12 April 2005`, `12 نيسان 2005` (12 April
2005) and Arabic-Indic digits (`٢٠٠٥-٠٤-١٢`). Anything else is None, and the
reader notes a `bad-date` problem on the record.
"""
from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
from functools import lru_cache

from rasd.lexicon import load_table
from rasd.model import Problem

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?!\d)")
SHORT_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
# Corpus document ids carry the date: AFP_ARB_20050412.0001, 20000715_AFP_ARB.0001
ID_DATE = re.compile(r"(?<![0-9])((?:19|20)\d{6})(?![0-9])")
EARLIEST, LATEST = 1800, 2100


@lru_cache(maxsize=1)
def month_names() -> tuple[tuple[str, int], ...]:
    """Month spellings (Arabic from the months lexicon, English in full and short), longest first."""
    names = [(r["word"], int(r["month"])) for r in load_table("months") if r["calendar"] == "gregorian"]
    for n in range(1, 13):
        names += [(calendar.month_name[n].lower(), n), (calendar.month_abbr[n].lower(), n)]
    names.append(("sept", 9))
    return tuple(sorted(set(names), key=lambda p: -len(p[0])))


def _make(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when the parts are no real date."""
    if not EARLIEST <= year <= LATEST:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(s: str, day_first: bool = True) -> str | None:
    """2005-04-12…, 20050412…, 12/04/2005 (day first, or month first; swapped when it cannot be)."""
    if m := YEAR_FIRST.match(s) or COMPACT.match(s):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := SHORT_FIRST.match(s):
        day, month = (int(m[1]), int(m[2])) if day_first else (int(m[2]), int(m[1]))
        if month > 12 >= day:
            day, month = month, day
        return _make(int(m[3]), month, day)
    return None


def _named_month(s: str) -> str | None:
    """`12 April 2005`, `April 12, 2005`, `الثلاثاء 12 نيسان 2005` (Tuesday 12 April 2005)."""
    low = CLOCK.sub(" ", s.lower().replace("ـ", ""))
    for name, month in month_names():
        pattern = rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])"
        if re.search(pattern, low):
            rest = re.sub(pattern, " ", low, count=1)
            years = re.findall(r"(?<!\d)\d{4}(?!\d)", rest)
            days = re.findall(r"(?<!\d)\d{1,2}(?!\d)", rest)
            if len(years) == 1 and days:
                return _make(int(years[0]), month, int(days[0]))
            return None
    return None


def _rfc2822(s: str) -> str | None:
    """`Tue, 12 Apr 2005 10:00:00 GMT`, the date of RSS feeds and mail headers."""
    try:
        when = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None
    return _make(when.year, when.month, when.day) if when else None


def parse_source_date(value: str, day_first: bool = True) -> str | None:
    """The ISO date a source's date string names, or None when it names none.

    `day_first` reads 05/04/2005 as 5 April (Arabic outlets); LDC corpus markup
    writes month first (`<DATE_TIME> 07/15/2000 09:51:00`).
    """
    s = value.translate(DIGITS).strip()
    if not s:
        return None
    return _numeric(s, day_first) or _rfc2822(s) or _named_month(s)


def date_from_doc_id(doc_id: str) -> str | None:
    """The date inside a Gigaword-style id (`AFP_ARB_20050412.0001` → 2005-04-12), or None."""
    m = ID_DATE.search(doc_id)
    return _numeric(m[1]) if m else None


def published_date(value: object, day_first: bool = True) -> tuple[str | None, Problem | None]:
    """A source's `published` value as ISO, or None plus a `bad-date` problem saying what was given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        iso = parse_source_date(str(value), day_first)
        if iso:
            return iso, None
    return None, Problem("ingest", "bad-date", f"published {value!r} is not a date rasd reads; left empty")
