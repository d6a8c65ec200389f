"""The value of one matched date expression against the publication date, at its own grain.

A weekday is its most recent occurrence (`يوم الخميس` + 2024-11-01 → 2024-10-31); a month without
a year is that month of the publication year; `قبل أربع سنوات` (four years ago) → 2020; Hijri
dates through hijridate (`15 رمضان 1445` → 2024-03-25). `times.find_times` finds the matches.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from hijridate import Hijri

from rasd.annotate.count_words import approximators, classify
from rasd.annotate.date_patterns import (
    AMBIGUOUS_MONTHS, hijri, iso_day, months, shift_month, week, weekdays, words,
)
from rasd.annotate.numbers import parse_number
from rasd.arabic import fold_key
# Words before a weekday that make it an institution, not a date: صلاة الجمعة (Friday prayers).
NOT_A_DAY_BEFORE = ("صلاه", "خطبه", "خطيب", "كلا", "بين", "مسجد", "جامع")


def _direction(m: re.Match[str]) -> int:
    """-1 after الماضي (last), +1 after المقبل (next), 0 otherwise."""
    return -1 if m.group("past") else (1 if m.group("fut") else 0)


def _month_year(month: int, pub: date, direction: int) -> int:
    """The year of a month named without one: the publication year, or the previous/next one."""
    if direction < 0 and month >= pub.month:
        return pub.year - 1
    if direction > 0 and month <= pub.month:
        return pub.year + 1
    return pub.year


def _numeric(m: re.Match[str], pub: date | None) -> str | None:
    """12/04/2024 (day first, as Arabic outlets write it) and 2024-04-12."""
    if m.group("y"):
        return iso_day(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return iso_day(int(m.group("y2")), int(m.group("mo2")), int(m.group("d2")))


def _day_of(m: re.Match[str]) -> int | None:
    if m.group("day"):
        return int(m.group("day"))
    if m.group("ord"):
        return int(words()["ordinal"][" ".join(m.group("ord").split())])
    return None


def _month(m: re.Match[str], pub: date | None, before: str) -> str | None:
    """`1 نوفمبر 2024`, `فبراير 2022`, `في أغسطس`, `الثامن من يوليو`, `15 رمضان 1445`."""
    day, year = _day_of(m), int(m.group("year")) if m.group("year") else None
    if m.group("ord") and (before.split()[-1:] or [""])[0] in WEEK_WORDS:
        day = None  # الأسبوع الثاني من يوليو: the second week, not the second day
    if m.group("relmon"):  # السادس والعشرين من الشهر الجاري: the 26th of this month
        if pub is None or day is None:
            return None
        month = shift_month(pub, -1 if m.group("mpast") else (1 if m.group("mfut") else 0))
        return iso_day(int(month[:4]), int(month[5:]), day)
    name = " ".join(m.group("mon").split())
    calendar, month = months()[name]
    context = day or year or m.group("lead") or m.group("edge") or m.group("shahr") or _direction(m)
    if name in AMBIGUOUS_MONTHS and not context:
        return None
    if calendar == "hijri" or m.group("hijri"):
        return hijri(year, month if calendar == "hijri" else None, day)
    if year is None:
        if pub is None:
            return None
        # أبريل من العام الماضي (April of last year): the year before, whatever the month
        year = pub.year + _direction(m) if m.group("ofyr") else _month_year(month, pub, _direction(m))
    if not 1800 <= year <= 2200:
        return None
    return iso_day(year, month, day) if day else f"{year:04d}-{month:02d}"


def _weekday(m: re.Match[str], pub: date | None) -> str | None:
    """The most recent such weekday (today if it matches); last/next with الماضي/المقبل."""
    if pub is None:
        return None
    wd, rel = weekdays()[m.group("wd")], m.group("rel")
    if rel:  # أمس الاثنين, اليوم الجمعة: the day word, when it agrees with the weekday
        day = pub + timedelta(days=int(words()["day"][rel]))
        if day.weekday() == wd:
            return day.isoformat()
    back = (pub.weekday() - wd) % 7
    direction = int(words()["day"][rel]) if rel in ("امس", "غدا", "الغد", "غد") else _direction(m)
    if direction > 0:
        return (pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)).isoformat()
    if direction < 0 and back == 0:
        back = 7
    return (pub - timedelta(days=back)).isoformat()


def _day(m: re.Match[str], pub: date | None, before: str) -> str | None:
    """أمس (yesterday), أول أمس; اليوم and غدا only with a part of the day (صباح اليوم),
    or اليوم after a news verb in the lead (أعلن الجيش اليوم, the army announced today)."""
    if pub is None:
        return None
    rel = " ".join(m.group("rel").split())
    offset = int(words()["day"][rel])
    if offset in (0, 1) and not m.group("part") and not (offset == 0 and _lead_today(m, before)):
        return None
    return (pub + timedelta(days=offset)).isoformat()


LEAD_CHARS = 250  # the news lead: where a bare اليوم is the publication day


def _lead_today(m: re.Match[str], before: str) -> bool:
    """True for اليوم close after a past-tense news verb at the start of the body."""
    if re.search(r"وقت\s+(?:سابق|لاحق)(?:\s+من)?\s*$", before):
        return True  # في وقت سابق اليوم (earlier today), anywhere in the text
    if m.start("m") > LEAD_CHARS or re.search(r"[.!؟?\n«\"“]", before[-60:]):
        return False
    near = [w[1:] if w[:1] in ("و", "ف") else w for w in before.split()[-4:]]
    return any(w in words()["lead_verb"] for w in near)


def _period(m: re.Match[str], pub: date | None) -> str | None:
    """هذا الأسبوع (this week), الشهر الماضي (last month), العام المقبل (next year)."""
    if pub is None:
        return None
    per = m.group("per") or m.group("per2")
    if m.group("per2") and not (m.group("past") or m.group("fut") or m.group("cur")):
        return None
    step = _direction(m) if m.group("per2") else 0
    grain = words()["period"][per]
    if grain == "week":
        return week(pub + timedelta(days=7 * step))
    if grain == "month":
        return shift_month(pub, step)
    return f"{pub.year + step:04d}"


def _ago(m: re.Match[str], pub: date | None, after: str) -> str | None:
    """منذ أسبوع (a week ago), قبل أربع سنوات (four years ago), بعد ستة أيام (in six days)."""
    sign, grain = int(words()["ago"][m.group("ago")]), words()["unit"][m.group("unit")]
    if pub is None or re.match(r"\s*(?:من|على)(?!\w)", after):
        return None  # بعد ثلاثة أيام من الهجوم: counted from an event, not from today
    if re.search(r"(?:اكثر|اقل) من", m.group("m")):
        return None  # منذ أكثر من عشرة أشهر (for more than ten months): a vague duration, no date
    if grain == "hour" and not m.group("few") and re.match(r"\s*ال", after):
        return None  # منذ ساعات الفجر (since the early hours): not "hours ago"
    n = _ago_count(m, grain, after)
    if n is None:
        return None
    k = sign * n
    if grain == "hour":
        return pub.isoformat() if sign < 0 else None
    if grain == "day":
        return (pub + timedelta(days=k)).isoformat()
    if grain == "week":
        return week(pub + timedelta(days=7 * k))
    return shift_month(pub, k) if grain == "month" else f"{pub.year + k:04d}"


def _ago_count(m: re.Match[str], grain: str, after: str) -> int | None:
    """How many units: a number, a dual (يومين, two days), a singular (أسبوع, one week)."""
    unit_word = m.group("unit")
    if m.group("n"):
        n = parse_number(m.group("n"))
        return int(n) if n is not None and n >= 1 and float(n).is_integer() else None
    if unit_word.endswith("ين"):
        return 2
    if grain == "hour":
        return 0  # قبل ساعات (hours ago): today
    if unit_word in ("يوم", "اسبوع", "شهر", "سنه", "عام") and not re.match(r"\s*ال", after):
        return 1  # منذ أسبوع (a week ago); not قبل يوم الأربعاء (before Wednesday)
    return None  # منذ سنوات (for years): vague


NOT_A_YEAR_BEFORE = frozenset(fold_key(w) for w in (
    "رقم", "القرار", "قرار", "المادة", "طراز", "بي", "اف", "بواقع", "بلغ", "بلغت", "رؤية", "رؤيه"))
WEEK_WORDS = frozenset(fold_key(w) for w in ("الأسبوع", "أسبوع", "الأسابيع", "العشر", "العشرة", "الأيام"))


def _year(m: re.Match[str], pub: date | None, before: str, after: str) -> str | None:
    """في 2012, العام 2013, 1984, 1445 هـ (a Hijri year → the Gregorian year it mostly covers)."""
    y = int(m.group("year"))
    if m.group("hijri"):
        return f"{Hijri(y, 6, 15).to_gregorian().year:04d}" if 1343 <= y <= 1500 else None
    bare = not (m.group("lead") or m.group("edge") or m.group("yw"))
    # a bare number is a year from 1900 on; after عام / سنة (year) any year is (عام 1899)
    if not (1900 if bare else 1000) <= y <= 2100 or re.match(r"[.,٫٬]\d", after):
        return None
    if bare and ((before.split()[-1:] or [""])[0] in NOT_A_YEAR_BEFORE or _approx_before(before)):
        return None
    if bare and _counted_after(after):
        return None  # 2000 جندي: a count, not a year
    return f"{y:04d}"


def _approx_before(before: str) -> bool:
    """نحو 2000, أكثر من 2000: an approximate amount, not a year."""
    words = tuple(before.split())
    return any(words[-len(p):] == p for p in approximators()[0])


def _counted_after(after: str) -> bool:
    nxt = after.split()[:1]
    noun = classify(nxt[0]) if nxt else None
    return noun is not None and noun.role in ("count", "currency")


def resolve_match(name: str, m: re.Match[str], pub: date | None, key: str) -> str | None:
    """The ISO value of a time pattern's match (`name`: weekday, ago, year, month, day, numeric,
    period) in the folded text `key`, against the publication date; None when it is no date."""
    before, after = key[max(0, m.start() - 60):m.start()], key[m.end():m.end() + 30]
    if name == "weekday":
        prev = (before.split()[-1:] or [""])[0]
        if prev in NOT_A_DAY_BEFORE or prev[1:] in NOT_A_DAY_BEFORE or re.match(r"\s+عشر", after):
            return None
        return _weekday(m, pub)
    if name == "ago":
        return _ago(m, pub, after)
    if name == "year":
        return _year(m, pub, before, after)
    if name == "month":
        return _month(m, pub, before)
    if name == "day":
        return _day(m, pub, before)
    return {"numeric": _numeric, "period": _period}[name](m, pub)
