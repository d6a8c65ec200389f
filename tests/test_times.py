"""Date expressions resolved against the publication date, at their own grain."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.times import ResolveTimes, find_times, resolve_date
from rasd.arabic import fold
from rasd.model import Document
from tests.conftest import assert_offsets

FRIDAY = "2024-11-01"   # a Friday, ISO week 44
MONDAY = "2015-08-03"   # a Monday


def found(text: str, published: str | None = FRIDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, published)]


@pytest.mark.parametrize("text,expected", [
    # weekdays: the most recent occurrence, the publication day itself when it matches
    ("قال الوزير اليوم الجمعة إن", [("اليوم الجمعة", "2024-11-01")]),      # today, Friday
    ("وصل الوفد يوم الخميس", [("يوم الخميس", "2024-10-31")]),              # on Thursday
    # a month "of last/next year": that year, whatever the month (published 1 November 2024)
    ("وقعت الاشتباكات في ديسمبر من العام الماضي", [("في ديسمبر من العام الماضي", "2023-12")]),
    ("تجرى الانتخابات في مارس من العام المقبل", [("في مارس من العام المقبل", "2025-03")]),
    # the Gulf papers' "yesterday (Thursday)" and "tomorrow (Saturday)": one expression each
    ("أعلن مساء أمس (الخميس) أن", [("مساء أمس (الخميس)", "2024-10-31")]),
    ("ويصل الوفد غدا (السبت)", [("غدا (السبت)", "2024-11-02")]),
    ("اجتمعوا الخميس في بغداد", [("الخميس", "2024-10-31")]),                # on Thursday
    ("وقع الانفجار الجمعة", [("الجمعة", "2024-11-01")]),                    # on Friday (today)
    ("وصلت القوات يوم الثلاثاء الماضي", [("يوم الثلاثاء الماضي", "2024-10-29")]),  # last Tuesday
    ("يبدأ الحوار الأحد المقبل", [("الأحد المقبل", "2024-11-03")]),         # next Sunday
    ("صدر البيان صباح الاثنين", [("صباح الاثنين", "2024-10-28")]),          # Monday morning
    # yesterday and the day before
    ("قتل جندي أمس", [("أمس", "2024-10-31")]),                             # yesterday
    ("قتل جندي أمس الخميس", [("أمس الخميس", "2024-10-31")]),               # yesterday, Thursday
    ("وقع الهجوم صباح أمس", [("صباح أمس", "2024-10-31")]),                 # yesterday morning
    ("وبالأمس أعلن الجيش", [("الأمس", "2024-10-31")]),                      # and yesterday
    ("يصل الوفد صباح غد السبت", [("صباح غد السبت", "2024-11-02")]),         # tomorrow, Saturday
    ("وصل أول من أمس", [("أول من أمس", "2024-10-30")]),                    # the day before yesterday
    ("أعلن ذلك مساء اليوم", [("مساء اليوم", "2024-11-01")]),               # this evening
    ("أعلن الجيش اليوم مقتل جندي", [("اليوم", "2024-11-01")]),             # lead: the army announced today
    ("قصفت الطائرات الليلة الماضية", [("الليلة الماضية", "2024-10-31")]),  # last night
    # weeks, months and years relative to publication
    ("قالوا هذا الأسبوع إن", [("هذا الأسبوع", "2024-W44")]),               # this week
    ("زار الوزير الأسبوع الماضي", [("الأسبوع الماضي", "2024-W43")]),       # last week
    ("تبدأ المحادثات الأسبوع المقبل", [("الأسبوع المقبل", "2024-W45")]),   # next week
    ("أجريت الانتخابات الشهر الماضي", [("الشهر الماضي", "2024-10")]),      # last month
    ("تنتهي المهلة الشهر المقبل", [("الشهر المقبل", "2024-12")]),          # next month
    ("تضاعفت الهجمات العام الماضي", [("العام الماضي", "2023")]),           # last year
    ("في مطلع العام الجاري", [("في مطلع العام الجاري", "2024")]),          # early this year
    # N ago / in N
    ("انسحبت القوات منذ أسبوع", [("منذ أسبوع", "2024-W43")]),              # a week ago
    ("وقع الاتفاق قبل أربع سنوات", [("قبل أربع سنوات", "2020")]),          # four years ago
    ("تنتهي الهدنة بعد ستة أيام", [("بعد ستة أيام", "2024-11-07")]),       # in six days
    ("أطلق سراحه قبل يومين", [("قبل يومين", "2024-10-30")]),               # two days ago
    ("قصفت الطائرات القاعدة قبل ساعات", [("قبل ساعات", "2024-11-01")]),    # hours ago
    ("عاد قبل 3 أشهر", [("قبل 3 أشهر", "2024-08")]),                       # three months ago
    # 11-99 take the singular in the accusative (يوما، شهرا، عاما)
    ("انطلق الهجوم قبل 11 يوما", [("قبل 11 يوما", "2024-10-21")]),           # eleven days ago
    ("قتل منذ 15 عاما", [("منذ 15 عاما", "2009")]),                          # fifteen years ago
    ("يحاصرون المدينة منذ أكثر من عشرة أشهر", []),                          # for more than ten months: vague
    ("يعود النزاع إلى عام 1899", [("عام 1899", "1899")]),                    # an old year after عام
    # month names in their regional forms; the publication year when none is written
    ("دخلت القوات في أغسطس", [("في أغسطس", "2024-08")]),                   # in August (Egypt/Gulf)
    ("وقع الهجوم في آب", [("في آب", "2024-08")]),                          # in August (Levant)
    ("بدأ الهجوم في أوت", [("في أوت", "2024-08")]),                        # in August (Maghreb)
    ("اعتقل في جانفي الماضي", [("في جانفي الماضي", "2024-01")]),            # last January (Maghreb)
    ("وصل في شتنبر", [("في شتنبر", "2024-09")]),                           # in September (Morocco)
    ("في 7 تشرين الأول/أكتوبر 2023", [("في 7 تشرين الأول/أكتوبر 2023", "2023-10-07")]),  # paired
    ("أرسلت جيشها في فبراير 2022", [("في فبراير 2022", "2022-02")]),       # in February 2022
    ("وقعت المعاهدة في كانون الثاني 2023", [("في كانون الثاني 2023", "2023-01")]),  # in January 2023
    ("يوم 1 نوفمبر 2024", [("يوم 1 نوفمبر 2024", "2024-11-01")]),          # on 1 November 2024
    ("يوم الأحد الموافق 5 مايو 2024", [("يوم الأحد الموافق 5 مايو 2024", "2024-05-05")]),  # weekday + date
    ("تصاعد العنف منذ منتصف يوليو", [("منذ منتصف يوليو", "2024-07")]),     # since mid-July
    ("بدأت الضربات في 20 يوليو", [("في 20 يوليو", "2024-07-20")]),         # on 20 July
    ("أفرج عنها في الثامن من يوليو", [("في الثامن من يوليو", "2024-07-08")]),  # on the 8th of July
    ("وقعت المجزرة في يوليو الماضي", [("في يوليو الماضي", "2024-07")]),    # last July
    ("في ديسمبر الماضي", [("في ديسمبر الماضي", "2023-12")]),               # last December
    ("يبدأ المؤتمر في مارس المقبل", [("في مارس المقبل", "2025-03")]),      # next March
    ("في 25 مايو (أيار) الماضي", [("في 25 مايو (أيار) الماضي", "2024-05-25")]),  # paired names
    ("في 21 أكتوبر/تشرين الأول 2000", [("في 21 أكتوبر/تشرين الأول 2000", "2000-10-21")]),
    ("بين يناير ومارس 2022", [("يناير", "2022-01"), ("مارس 2022", "2022-03")]),  # both in 2022
    ("قبل نحو أسبوعين", [("قبل نحو أسبوعين", "2024-W42")]),             # about two weeks ago
    ("وقال في وقت سابق اليوم", [("اليوم", "2024-11-01")]),               # earlier today
    # years and numeric dates
    ("أطلق المفاوضات في 2012", [("في 2012", "2012")]),                     # in 2012
    ("تبنت هجوما في العام 2013", [("في العام 2013", "2013")]),             # in the year 2013
    ("قتل 40 ألف شخص منذ 1984", [("منذ 1984", "1984")]),                   # since 1984
    ("صدر القرار بتاريخ 12/04/2024", [("12/04/2024", "2024-04-12")]),      # day first
    ("صدر القرار بتاريخ 2024-04-12", [("2024-04-12", "2024-04-12")]),      # ISO
    ("صدر القرار بتاريخ ١٢/٠٤/٢٠٢٤", [("١٢/٠٤/٢٠٢٤", "2024-04-12")]),      # Eastern digits
    # Hijri dates, converted with hijridate
    ("بدأ الصيام في 15 رمضان 1445", [("في 15 رمضان 1445", "2024-03-25")]),
    ("صدر عام 1445 هـ", [("عام 1445 هـ", "2023")]),
    # the day of this month
    ("تجري الانتخابات في السادس والعشرين من الشهر الجاري",
     [("في السادس والعشرين من الشهر الجاري", "2024-11-26")]),
])
def test_resolves(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "في الساعة 10:30 صباحا",                 # a clock time
    "يعيش الناس اليوم في خوف",               # "today" meaning nowadays
    "وقال: «نحن اليوم أقوى»",                # "today" inside a quote
    "ستشهد الأيام المقبلة تطورات",           # the coming days: vague
    "استمرت الحرب منذ سنوات",                # for years: vague duration
    "خلال الأيام القليلة القادمة",           # in the next few days
    "عاد بعد ثلاثة أيام من الهجوم",          # three days after the attack: not from today
    "في الثمانينيات",                        # in the eighties: a decade
    "أدى صلاة الجمعة في المسجد",             # performed the Friday prayer
    "توجهوا لصلاة الجمعة",                   # went to the Friday prayer
    "مارس الضغط على الحكومة",                # exerted pressure (مارس the verb, not March)
    "قتل 2000 جندي",                         # a count, not a year
    "ضمن رؤية 2030",                         # within Vision 2030 (a programme's name)
    "قبل ساعات من الهجوم",                   # hours before the attack
    "في نهاية الأسبوع",                      # at the weekend
])
def test_not_times(text: str) -> None:
    assert found(text) == []


def test_without_published_only_explicit_years() -> None:
    text = "وصل أمس الخميس، وفي أغسطس الماضي، وفي فبراير 2022، وعام 2013"
    assert found(text, None) == [("في فبراير 2022", "2022-02"), ("عام 2013", "2013")]


def test_published_datetime_and_weekday_before() -> None:
    # a Monday publication: Tuesday is six days back; the same weekday is that day
    assert resolve_date("الثلاثاء", MONDAY + "T08:00:00Z") == "2015-07-28"
    assert resolve_date("الاثنين", MONDAY) == MONDAY
    assert resolve_date("الاثنين الماضي", MONDAY) == "2015-07-27"


def test_resolve_date_api() -> None:
    assert resolve_date("يوم الخميس", FRIDAY) == "2024-10-31"
    assert resolve_date("فبراير 2022", None) == "2022-02"
    assert resolve_date("لا تاريخ هنا", FRIDAY) is None     # no date here
    assert resolve_date("الخميس", "not-a-date") is None
    assert resolve_date("أمس", "0001-01-01") is None         # the day before year 1: no date


def test_step_offsets_and_spans_exclude_clitics() -> None:
    doc = Document(id="t", text="وأمس الخميس قصفت الطائرات، وفي أغسطس انسحبت", published=FRIDAY)
    doc = ResolveTimes()(doc)
    assert [(t.text, t.value) for t in doc.times] == [("أمس الخميس", "2024-10-31"),
                                                      ("في أغسطس", "2024-08")]
    assert_offsets(doc)


WORDS = st.lists(st.sampled_from(
    "أمس اليوم الجمعة الخميس يوم الماضي المقبل قبل منذ بعد سنوات أيام أسبوع يوليو تموز آب "
    "رمضان 1445 هـ 2024 12/04/2024 في منتصف الشهر الجاري الثامن والعشرين 3 ، . و".split()),
    max_size=25).map(" ".join)
ARABIC = st.text(alphabet=st.sampled_from(list("أمساليومالخميسالجمعةقبلمنذبعدسنواتأغسطسآبرمضان0123456789٠١٢ /-:.،هـ")),
                 max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.one_of(ARABIC, WORDS, st.text(max_size=80)),
       st.one_of(st.none(), st.dates().map(str), st.text(max_size=12)))
def test_step_never_raises_and_offsets_hold(text: str, published: str | None) -> None:
    doc = ResolveTimes()(Document(id="h", text=text, published=published))
    assert doc.problems == []
    assert_offsets(doc)


def test_years_outside_iso_range_are_no_dates() -> None:
    """"100,000 years ago" / "in 99,999 years" are not dates an analyst can place (found by fuzzing)."""
    from rasd.annotate.times import find_times
    assert find_times("قبل 100000 سنة", "2024-03-05") == []
    assert find_times("بعد 99999 سنة", "2024-03-05") == []
    assert [t.value for t in find_times("قبل أربع سنوات", "2024-03-05")] == ["2020"]


# Words the date patterns are made of, and glue, in any order: `find_near` must give exactly
# what `finditer` gives (e.g. "قبل نحو 3 أيام", "الأحد، الموافق 5 مايو 2024", "مطلع العام 2023").
_TIME_GLUE = ["يوم", "شهر", "ب", "ل", "ف", "وب", "ول", "_", "x", "ب", "ل", "ف", "وب", "ول", "عام", "العام", "الموافق", "من", "هذا", "هذه", "في", "نحو", "،", "12", "3",
              "2024", "1445", "هـ", "م", "05/11/2023", "و", "الشهر", "عشر", "(", "-"]


def _time_vocab() -> list[str]:
    from rasd.annotate.date_patterns import months, weekdays, words
    return sorted({x for v in words().values() for x in v} | set(months()) | set(weekdays()) | set(_TIME_GLUE))


@pytest.mark.parametrize("text", [
    "وقعت الهجمات في مطلع العام 2023 في المدينة",  # in early 2023: the match starts two words before the year
    "وصل الوفد صباح أمس يوم الخميس الماضي",  # yesterday morning, Thursday: three words before the weekday
    "اجتمع المجلس مساء يوم أمس",  # yesterday evening
    "تتواصل المحادثات منذ مطلع هذا الأسبوع",  # since the start of this week
    "انسحبت القوات قبل نحو ثلاثة أيام",  # about three days ago
])
def test_anchored_search_reaches_back_to_the_match_start(text: str) -> None:
    from rasd.annotate.date_patterns import find_near, patterns, word_starts
    key = fold(text).text
    starts = word_starts(key)
    found = 0
    for name, pattern in patterns():
        full = [(m.span(), m.groupdict()) for m in pattern.finditer(key)]
        assert [(m.span(), m.groupdict()) for m in find_near(name, pattern, key, starts)] == full
        found += len(full)
    assert found


@given(st.lists(st.tuples(st.sampled_from(_time_vocab()), st.sampled_from([" ", "  ", "، ", "\n", "", " - "])),
                max_size=14))
@settings(max_examples=300, deadline=None)
def test_anchored_search_equals_full_scan(parts: list[tuple[str, str]]) -> None:
    from rasd.annotate.date_patterns import find_near, patterns, word_starts
    text = fold("".join(w + sep for w, sep in parts)).text
    starts = word_starts(text)
    for name, pattern in patterns():
        full = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in find_near(name, pattern, text, starts)] == full
