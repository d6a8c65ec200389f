"""Source dates (JSONL `published`, SGML <DATE>) → ISO YYYY-MM-DD, or None."""
from __future__ import annotations

import pytest

from rasd.ingest.dates import date_from_doc_id, parse_source_date, published_date


@pytest.mark.parametrize("given, iso", [
    ("2005-04-12", "2005-04-12"),
    ("2005-04-12T10:00:00Z", "2005-04-12"),
    ("2005-04-12 10:00", "2005-04-12"),
    ("2005/4/2", "2005-04-02"),
    ("20050412", "2005-04-12"),
    ("20050412T100000", "2005-04-12"),
    ("12/04/2005", "2005-04-12"),          # day first, as Arabic outlets write it
    ("04/25/2005", "2005-04-25"),          # the second part cannot be a month
    ("12.04.2005", "2005-04-12"),
    ("Tue, 12 Apr 2005 10:00:00 GMT", "2005-04-12"),
    ("April 12, 2005", "2005-04-12"),
    ("12 Sept 2005", "2005-09-12"),
    ("12 نيسان 2005", "2005-04-12"),        # 12 April 2005 (Levantine month)
    ("الثلاثاء 12 أبريل 2005 - 10:30", "2005-04-12"),  # Tuesday 12 April 2005 - 10:30
    ("3 كانون الثاني 2024", "2024-01-03"),  # 3 January 2024
    ("٢٠٢٤-٠٣-٠٥", "2024-03-05"),           # Arabic-Indic digits
    ("2005-13-01", None),
    ("2005-02-30", None),
    ("yesterday", None),
    ("12 نيسان", None),                     # no year
    ("", None),
])
def test_parse_source_date(given: str, iso: str | None) -> None:
    assert parse_source_date(given) == iso


@pytest.mark.parametrize("doc_id, iso", [
    ("AFP_ARB_20050412.0001", "2005-04-12"),
    ("20000715_AFP_ARB.0001", "2000-07-15"),
    ("2024123100", None),                   # ten digits: no date inside
    ("XIN_ARB_20241231.0042", "2024-12-31"),
    ("story-17", None),
])
def test_date_from_doc_id(doc_id: str, iso: str | None) -> None:
    assert date_from_doc_id(doc_id) == iso


def test_published_date_notes_a_bad_value_instead_of_raising() -> None:
    assert published_date("2024-03-05") == ("2024-03-05", None)
    assert published_date(20240305) == ("2024-03-05", None)
    assert published_date(None) == (None, None)
    value, problem = published_date("soon")
    assert value is None and problem is not None
    assert problem.reason == "bad-date" and "'soon'" in problem.detail
    assert published_date(["2024"])[1] is not None


def test_month_first_for_corpus_markup() -> None:
    assert parse_source_date("07/04/2000 09:51:00", day_first=False) == "2000-07-04"
    assert parse_source_date("07/04/2000 09:51:00") == "2000-04-07"
    assert parse_source_date("15/07/2000", day_first=False) == "2000-07-15"  # cannot be month first
