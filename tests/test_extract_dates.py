"""Arabic visible dates: regional month names, Hijri beside Gregorian, numeric forms."""
from __future__ import annotations

import pytest

from rasd.extract.dates import find_dates, first_date, parse_iso


@pytest.mark.parametrize("text, iso", [
    ("الأربعاء، 28 آب/اغسطس 2013", "2013-08-28"),            # Levantine/Egyptian pair
    ("الجمعة 8 فيفري 2019", "2019-02-08"),                    # Maghrebi (Tunisia/Algeria)
    ("السبت 12 تشرين الأول 2023", "2023-10-12"),              # Levantine two-word month
    ("الخميس ١١ أبريل ٢٠٢٤", "2024-04-11"),                   # Eastern Arabic digits
    ("نشر في 03/02/2024 على الساعة 10:30", "2024-02-03"),    # day/month/year
    ("2024-04-12 10:00", "2024-04-12"),                       # ISO
    ("أبريل 12، 2024", "2024-04-12"),                         # month first
    ("7 من يوليو 2024", "2024-07-07"),                        # "7 of July"
    ("الثلاثاء 24 شعبان 1445 هـ - 5 مارس 2024 م", "2024-03-05"),  # Gregorian beside Hijri wins
    ("15 ذو القعدة 1445 هـ", "2024-05-23"),                   # Hijri alone, converted
])
def test_first_date(text, iso):
    assert first_date(text) == iso


@pytest.mark.parametrize("text", [
    "قتل 12 شخصا في 2024",         # a year alone is not a date ("12 people killed in 2024")
    "31 فبراير 2024",              # no such day
    "الساعة 10:30",                 # a clock time
    "© 1890 جميع الحقوق",           # out of the news range
])
def test_not_a_date(text):
    assert first_date(text) is None


def test_hits_point_into_the_original_text():
    text = "آخر تحديث: الخميس ١١ أبريل ٢٠٢٤ - 03:15 م"  # "last update: Thursday 11 April 2024"
    hit = find_dates(text)[0]
    assert text[hit.start:hit.end] == "١١ أبريل ٢٠٢٤"


@pytest.mark.parametrize("value, iso", [
    ("2019-02-08T00:00:00+01:00", "2019-02-08"), ("2024-13-01", None), (None, None), ("soon", None)])
def test_parse_iso(value, iso):
    assert parse_iso(value) == iso
