"""Bylines: names without their place dateline; agencies and outlets accepted as author."""
from __future__ import annotations

import pytest

from rasd.extract.byline import parse_byline


@pytest.mark.parametrize("line, author", [
    ("كتب: سامي يوسف", "سامي يوسف"),                   # wrote:
    ("كتبت - منى سالم", "منى سالم"),                    # wrote (f.) -
    ("بقلم د. ليلى حسن", "د. ليلى حسن"),                 # by the pen of Dr.
    ("إعداد: فريق التحرير", "فريق التحرير"),             # prepared by
    ("تحرير: عمر نبيل", "عمر نبيل"),                     # edited by
    ("بواسطة: هشام رضا", "هشام رضا"),                    # by
    ("حوار: نور الهدى", "نور الهدى"),                    # interview by
    ("القاهرة - رويترز", "رويترز"),                      # Cairo - Reuters
    ("أ ف ب - بغداد", "أ ف ب"),                          # AFP - Baghdad
    ("الرياض: سعد علي  وخالد عمر", "سعد علي  وخالد عمر"),  # spacing kept as written
    ("منى سالم (عمّان)", "منى سالم"),                     # name (Amman)
    ("بيروت - الوكالات - سكاي :", "الوكالات - سكاي"),     # several outlets, place dropped
    ("وكالات:", "وكالات"),                               # agencies:
    ("By John Smith", "John Smith"),
    ("الرياض - متابعات", "متابعات"),                    # Riyadh - round-up desk
    ("الرياض - وكالة الأنباء السعودية", "وكالة الأنباء السعودية"),  # a "وكالة ..." name
    ("بقلم: سمير عادل | 14 مارس 2024", "سمير عادل"),     # the date beside the name is cut
    ("الرياض - «الأنباء»", "الأنباء"),                   # an outlet in quotes
    ("عواصم - وكالات", "وكالات"),                        # "capitals - agencies"
    ("غزة (الأراضي الفلسطينية) - أ ف ب", "أ ف ب"),       # a place with a bracketed qualifier
    ("كتب: هاني فؤاد | الإثنين 10-03-2025 22:15", "هاني فؤاد"),  # the weekday goes with the date
    ("مراسل وكالة الأنباء الليبية", "وكالة الأنباء الليبية"),   # correspondent of <agency>
    ("«الاقتصادية» من الرياض", "الاقتصادية"),               # <outlet> from Riyadh
    ("محمد العيد من جدة", "محمد العيد"),                     # <name> from Jeddah
    ("الرياض - خاص بـ«الجزيرة»", "الجزيرة"),                 # Riyadh - exclusive to <outlet>
    ("سرت - بوابة الخبر | الثلاثاء 17 يونيو 2025, 11:05 صباحا", "بوابة الخبر"),  # "morning" kept whole
    ("خاص - موقع الخبر اليمني", "موقع الخبر اليمني"),         # exclusive - <outlet>: the desk word goes
    ("WAM", "WAM"),                                          # an agency's Latin acronym
])
def test_parse_byline(line, author):
    assert parse_byline(line) == author


@pytest.mark.parametrize("line", [
    "قال الوزير إن المحادثات ستستمر غدا.",            # a sentence
    "مقتل 5 جنود في هجوم",                             # a headline with a number
    "سياسة",                                           # a section label
    "تركيا: مقتل شرطيين في هجمات",                     # "Turkey: policemen killed": a headline
    "الجزيرة تكشف تفاصيل الصفقة",                      # an outlet as a headline's subject
    "عاد الوزير من الرياض",                            # "the minister returned from Riyadh"
    "",
])
def test_not_a_byline(line):
    assert parse_byline(line) is None


def test_bare_name_only_where_bylines_sit():
    assert parse_byline("سامي يوسف") is None
    assert parse_byline("سامي يوسف", lenient=True) == "سامي يوسف"
    assert parse_byline("عبد الكريم منصور", lenient=True) == "عبد الكريم منصور"  # compound given name
