"""Heads of state and government in office 2010-2025 that the KB sweep added: a name in a short
sentence links to the person, and the person held the office on a date.

Sentences written for these tests (English glosses beside each), run against the committed KB
without the statistical model, so results are deterministic.
"""
from __future__ import annotations

import pytest

from rasd.annotate.entities import recognise
from rasd.kb import load_kb

KB = load_kb()


def _state(name_en: str) -> str:
    return next(e.id for e in KB.entries.values() if e.subtype == "country" and e.name_en == name_en)


@pytest.mark.parametrize("text, surface, name_en, role, state, on", [
    # Ali Bongo Ondimba was put under house arrest
    ("وُضع علي بونغو أونديمبا قيد الإقامة الجبرية", "علي بونغو أونديمبا", "Ali Bongo Ondimba",
     "head_of_state", "Gabon", "2016-05-01"),
    # General Brice Oligui Nguema was sworn in
    ("أدى الجنرال بريس أوليغي نغيما اليمين", "بريس أوليغي نغيما", "Brice Oligui Nguema",
     "head_of_state", "Gabon", "2024-01-10"),
    # the Djiboutian president Ismail Omar Guelleh received the envoy
    ("استقبل الرئيس الجيبوتي إسماعيل عمر جيله المبعوث", "إسماعيل عمر جيله", "Ismaïl Omar Guelleh",
     "head_of_state", "Djibouti", "2020-03-01"),
    # Moulaye Ould Mohamed Laghdaf chaired the council of ministers
    ("ترأس مولاي ولد محمد الأغظف مجلس الوزراء", "مولاي ولد محمد الأغظف", "Moulaye Ould Mohamed Laghdaf",
     "head_of_government", "Mauritania", "2012-01-01"),
    # Jaber Al-Mubarak submitted his government's resignation (the short press form)
    ("قدم جابر المبارك استقالة حكومته", "جابر المبارك", "Jaber Al-Mubarak Al-Hamad Al-Sabah",
     "head_of_government", "Kuwait", "2016-01-01"),
    # Kamal Ganzouri formed a new government
    ("شكل كمال الجنزوري حكومة جديدة", "كمال الجنزوري", "Kamal Ganzouri",
     "head_of_government", "Egypt", "2012-03-01"),
    # Zine El Abidine Ben Ali fled to Jeddah
    ("فر زين العابدين بن علي إلى جدة", "زين العابدين بن علي", "Zine El Abidine Ben Ali",
     "head_of_state", "Tunisia", "2010-06-01"),
    # Mohamed Hussein Tantawi addressed the officers (SCAF chairman after Mubarak)
    ("خاطب المشير محمد حسين طنطاوي الضباط", "محمد حسين طنطاوي", "Mohamed Hussein Tantawi",
     "head_of_state", "Egypt", "2011-09-01"),
    # Emmerson Mnangagwa won the election
    ("فاز إيمرسون منانغاغوا بالانتخابات", "إيمرسون منانغاغوا", "Emmerson Mnangagwa",
     "head_of_state", "Zimbabwe", "2023-09-01"),
    # Shavkat Mirziyoyev visited Moscow (his surname with ض as the press writes it)
    ("زار شوكت ميرضيائيف موسكو", "شوكت ميرضيائيف", "Shavkat Mirziyoyev",
     "head_of_state", "Uzbekistan", "2019-04-01"),
    # Viktor Yanukovych refused to sign the agreement
    ("رفض فيكتور يانوكوفيتش توقيع الاتفاق", "فيكتور يانوكوفيتش", "Viktor Yanukovych",
     "head_of_state", "Ukraine", "2013-11-21"),
    # Maia Sandu won a second term
    ("فازت مايا ساندو بولاية ثانية", "مايا ساندو", "Maia Sandu", "head_of_state", "Moldova", "2024-11-04"),
    # Kaja Kallas called for more sanctions (Estonia's prime minister then)
    ("دعت كايا كالاس إلى عقوبات إضافية", "كايا كالاس", "Kaja Kallas",
     "head_of_government", "Estonia", "2022-03-01"),
    # Kyriakos Mitsotakis met his Turkish counterpart
    ("التقى كيرياكوس ميتسوتاكيس نظيره التركي", "كيرياكوس ميتسوتاكيس", "Kyriakos Mitsotakis",
     "head_of_government", "Greece", "2023-12-07"),
])
def test_new_head_links_and_held_office(text, surface, name_en, role, state, on):
    found = [m for m in recognise(KB, text, on, None) if m.name_en == name_en]
    assert [m.text for m in found] == [surface]
    holders = KB.holders(role, _state(state), on)
    assert name_en in [KB.get(o.person_id).name_en for o in holders]


@pytest.mark.parametrize("role, state, on, holder", [
    ("head_of_state", "Gabon", "2023-08-29", "Ali Bongo Ondimba"),   # the day before the coup
    ("head_of_state", "Gabon", "2023-08-30", "Brice Oligui Nguema"),  # the day of the coup
    ("head_of_state", "Somaliland", "2020-01-01", "Muse Bihi Abdi"),
    ("head_of_government", "Greece", "2015-10-01", "Alexis Tsipras"),  # his second government
    ("head_of_state", "Vatican City", "2025-06-01", "Pope Leo XIV"),
])
def test_holder_on_a_date(role, state, on, holder):
    sid = "rasd:org:somaliland" if state == "Somaliland" else _state(state)
    names = [KB.get(o.person_id).name_en for o in KB.holders(role, sid, on)]
    assert names == [holder]


@pytest.mark.parametrize("text, name_en", [
    ("قال بونغو إن الانتخابات ستجرى", "Ali Bongo Ondimba"),              # Bongo said the election would be held
    ("وقال أحمد النواف إن الحكومة مستقيلة", "Ahmad Nawaf Al-Ahmad Al-Sabah"),  # the Kuwaiti press short form
    ("استقبل البابا لاوون الرابع عشر الوفد", "Pope Leo XIV"),             # Pope Leo XIV received the delegation
])
def test_short_press_forms(text, name_en):
    assert name_en in [m.name_en for m in recognise(KB, text, "2025-06-01", None)]
