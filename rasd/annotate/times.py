"""Date expressions resolved against the publication date, each at its own grain.

`اليوم الجمعة` (today, Friday) → 2024-11-01; `هذا الأسبوع` (this week) → 2024-W44;
`في أغسطس` (in August) → 2024-08; `قبل أربع سنوات` (four years ago) → 2020;
`15 رمضان 1445` → 2024-03-25 (Hijri, via hijridate). A weekday is its most recent
occurrence (the publication day itself when it matches); a month without a year is that
month of the publication year. Without a publication date only expressions with an
explicit year are kept. Not dates: clock times, vague durations (`منذ سنوات`, for years),
`اليوم` alone (often "nowadays"), `الأيام المقبلة` (the coming days).
Patterns run over the folded text (`rasd.arabic.fold`) and map back to original offsets.
"""
from __future__ import annotations

import re
from datetime import date


from rasd.annotate.date_patterns import (
    find_near, patterns, word_starts,
)
from rasd.annotate.time_values import resolve_match
from rasd.arabic import Folded, fold
from rasd.model import Document, TimeExpr

_MARK = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")

def parse_published(published: str | None) -> date | None:
    """The publication date from an ISO date or datetime string, else None."""
    try:
        return date.fromisoformat((published or "")[:10]) if published else None
    except ValueError:
        return None


def find_times(text: str, published: str | None) -> list[TimeExpr]:
    """Every date expression of text, resolved against `published` (ISO), in order."""
    pub, folded = parse_published(published), fold(text)
    found: list[tuple[int, int, str]] = []
    starts = word_starts(folded.text)
    for name, pattern in patterns():
        for m in find_near(name, pattern, folded.text, starts):
            try:
                value = resolve_match(name, m, pub, folded.text)
            except OverflowError:  # a date past year 1 or 9999: not a usable date
                value = None
            if value is not None and _iso_year_ok(value):
                found.append((m.start("m"), m.end("m"), value))
    kept: list[tuple[int, int, str]] = []
    for a, b, value in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if not kept or a >= kept[-1][1]:
            kept.append((a, b, value))
    return [_expr(text, folded, a, b, value) for a, b, value in _borrow_years(kept, folded.text)]


def _iso_year_ok(value: str) -> bool:
    """ISO 8601 basic years run 0001-9999; "100000 years ago" is no date (a fuzz case)."""
    year = value[:4]
    return len(value) >= 4 and year.isdigit() and value[4:5] in ("", "-") and year != "0000"


def _expr(text: str, folded: Folded, a: int, b: int, value: str) -> TimeExpr:
    """The TimeExpr of a folded span, widened over a trailing tatweel or vowel mark (هـ, غداً)."""
    start, end = folded.span(a, b)
    while end < len(text) and _MARK.match(text[end]):
        end += 1
    return TimeExpr(text[start:end], start, end, value)


def _borrow_years(kept: list[tuple[int, int, str]], key: str) -> list[tuple[int, int, str]]:
    """بين يناير ومارس 2022 (between January and March 2022): the first month takes the year."""
    out = list(kept)
    for i in range(len(out) - 1):
        (a, b, value), (c, d, nxt) = out[i], out[i + 1]
        explicit = re.search(r"\d{4}", key[a:b]) or not re.search(r"\d{4}", key[c:d])
        if not explicit and len(value) == 7 and "W" not in value and re.fullmatch(
                r"\s*(?:و|الي|حتي|-|–|،|,)\s*", key[b:c]):
            out[i] = (a, b, nxt[:4] + value[4:])
    return out


def resolve_date(expr_text: str, published: str | None) -> str | None:
    """The ISO value of one date expression: `يوم الخميس` + 2024-11-01 → 2024-10-31."""
    try:
        found = find_times(expr_text, published)
    except Exception:  # a helper for other stages: never raise on odd input
        return None
    return found[0].value if found else None


class ResolveTimes:
    """Pipeline step: fill `doc.times` from the body and the publication date."""

    name = "times"
    requires = ("text", "published")
    provides = ("times",)

    def __init__(self) -> None:
        patterns()  # compile once, before the first document

    def __call__(self, doc: Document) -> Document:
        try:
            doc.times = find_times(doc.text or "", doc.published)
        except Exception as exc:  # bad data never stops the pipeline
            doc.problem(self.name, "times-failed", f"{type(exc).__name__}: {exc}")
        return doc
