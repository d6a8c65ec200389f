"""Header lines of a dump: breadcrumbs, Home-path sections and photo captions."""
from __future__ import annotations

import pytest

from rasd.extract.labels import breadcrumb_leaf, is_breadcrumb, is_caption, strip_title_dressing

LEAD = " ".join(["قال الوزير إن المحادثات ستستمر"] * 5) + "."  # a long lead paragraph


@pytest.mark.parametrize("line, crumb", [
    ("لبنان | أمن وسياسة", True),              # Lebanon | security and politics
    ("عربي ودولي › سياسة", True),              # Arab and international › politics
    ("مقتل 5 جنود | هجوم", False),             # digits: not labels
    ("قال الوزير | إن المحادثات ستستمر", False),  # no section word
])
def test_is_breadcrumb(line, crumb):
    assert is_breadcrumb(line) is crumb


@pytest.mark.parametrize("line, leaf", [
    ("الرئيسية > أخبار > عربي", "عربي"),        # Home > news > Arab
    ("الرئيسية › لبنان › سياسة", "سياسة"),       # Home › Lebanon › politics
    ("الرئيسية | سياسة | اقتصاد", None),        # a menu bar, not a path
    ("أخبار > عربي", None),                    # no Home: not a path read here
])
def test_breadcrumb_leaf(line, leaf):
    assert breadcrumb_leaf(line) == leaf


@pytest.mark.parametrize("line, following, caption", [
    ("الوزير خلال الاجتماع", LEAD, True),                       # the minister at the meeting
    ("جنود في الخرطوم (أ ف ب)", "مراسل الموقع", True),           # soldiers in Khartoum (AFP)
    ("موقع القصف في المدينة (أرشيفية)", "", True),              # the strike site (archive)
    ("الوزير خلال الاجتماع", "كتب: سامي يوسف", False),          # not above a lead
    ("وقال الوزير إن المحادثات ستستمر.", LEAD, False),          # a sentence
    ("أعلن الجيش مقتل جنديين في اشتباك (بيان)", LEAD, True),    # short, above the lead: caption-like
])
def test_is_caption(line, following, caption):
    assert is_caption(line, following) is caption


@pytest.mark.parametrize("title, clean", [
    ("مقتل ثلاثة جنود في هجوم شمال سيناء - بوابة الأهرام", "مقتل ثلاثة جنود في هجوم شمال سيناء"),  # site after a dash
    ("عاجل | الحوثيون يعلنون استهداف سفينة", "الحوثيون يعلنون استهداف سفينة"),  # "urgent |" kicker
    ("روسيا - أوكرانيا: جولة محادثات جديدة", "روسيا - أوكرانيا: جولة محادثات جديدة"),  # not a site
    ("القمة العربية تختتم أعمالها - صور", "القمة العربية تختتم أعمالها - صور"),  # "photos": not a site
])
def test_strip_title_dressing(title, clean):
    assert strip_title_dressing(title) == clean
