"""Line classes of a dump: date lines (Hijri beside Gregorian), staff credits, chrome phrases."""
from __future__ import annotations

import pytest

from rasd.extract.lines import credit_name, date_line_value, is_bare_link, line_kind


@pytest.mark.parametrize("line, value", [
    ("الأحد 3 رجب 1446 هـ - 3 يناير 2025م", "2025-01-03"),       # Hijri and Gregorian: all date
    ("الخميس 7 ذو الحجة 1445هـ - 13 يونيو 2024م", "2024-06-13"),  # Hijri glued to هـ
    ("نُشر: 09:10-5 مايو 2025 م ـ 7 ذو القعدة 1446 هـ", "2025-05-05"),  # voweled نُشر, tatweel dash
    ("نشر في: 02 مارس ,2025: 09:15 ص GST", "2025-03-02"),       # published in ... Gulf time
    ("وقال الوزير في 3 مارس 2025 إن", None),                      # words beyond a date line's
    ("منذ ساعتين", ""),                                         # two hours ago: a stamp, no date
    ("Tue 19 Aug 2025", ""),                                    # an English stamp in the chrome
    ("March 3, 2025 10:20 AM", ""),
    ("نشر في: الأحد 5 يناير 2025 - 3:20 م | آخر تحديث: الأحد 5 يناير 2025 - 4:05 م", "2025-01-05"),  # both
    ("منذ 3 ساعات", ""),                                        # three hours ago
    ("منذ بداية الحرب", None),                                  # "since the war began": not a stamp
])
def test_date_line_value(line, value):
    assert date_line_value(line) == value


@pytest.mark.parametrize("line, kind", [
    ("(تغطية صحفية سامي يوسف - إعداد منى سالم - تحرير عمر نبيل)", "boilerplate"),  # wire staff credit
    ("(صورة: رويترز)", "boilerplate"),                  # photo: Reuters
    ("حمّل تطبيقنا على هواتف أندرويد", "boilerplate"),   # download our app
    ("للتواصل معنا", "boilerplate"),                     # contact us
    ("أخبار عاجلة", "boilerplate"),                      # breaking news (a menu item)
    ("المزيد من أخبار العالم", "boilerplate"),            # more world news
    ("المزيد من القتلى سقطوا في القصف الليلي على أطراف المدينة الشرقية", "content"),  # "more dead"
    ("تحرير الموصل استغرق تسعة أشهر من القتال.", "content"),  # "liberation of Mosul", not "edited by"
    ("//انتهى//", "noise"),                              # end of a wire story
    ("ع ص / ن م", "noise"),                              # an agency desk code
    ("أ ف ب", "credit"),                                 # AFP: a credit, not a code
    ("#عاجل", "boilerplate"),                            # one hashtag alone
    ("قال الوزير إن 10/4 موعد نهائي للمحادثات", "content"),  # a slash inside a sentence
    ("تابع صفحتنا على فيسبوك", "boilerplate"),            # follow OUR page on Facebook
    ("تابعوا الموقع على إكس", "boilerplate"),             # follow (pl.) the site on X
    ("تابع الوزير على تويتر تصريحات نظيره", "content"),   # "the minister followed ... on Twitter"
    ("حمل الجيش مسؤولية الهجوم لجماعة تنشط على تيليجرام", "content"),  # "the army blamed ..."
])
def test_line_kind(line, kind):
    assert line_kind(line) == kind


def test_credit_names_the_first_source():
    assert credit_name("المصدر: RT + وكالات") == "RT"   # source: RT + agencies
    assert credit_name("(رويترز)") == "رويترز"
    assert credit_name("المصدر: Le360") == "Le360"      # a name with digits
    assert credit_name("المصدر: 12 مارس") is None        # a date, not a source


def test_bare_link_is_told_apart():
    assert is_bare_link("https://t.co/abc123") and not is_bare_link("انظر https://t.co/abc123")
