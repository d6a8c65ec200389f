"""KB sweep 9: conflict geography and bodies of news from other outlets (Ukraine, the Caucasus,
the Great Lakes, the Taiwan Strait, Kosovo, the Korean border, the Gulf), with the press spellings.

Sentences written for these tests (English glosses beside each), run against the committed KB
without the statistical model, so results are deterministic.
"""
from __future__ import annotations

import pytest

from rasd.annotate.entities import recognise
from rasd.kb import load_kb

KB = load_kb()
DAY = "2024-06-01"


@pytest.mark.parametrize("text, surface, name_en", [
    ("سقطت صواريخ على مدينة لفيف غرب البلاد", "لفيف", "Lviv"),                     # missiles fell on Lviv
    ("وصل رئيس الأركان إلى تمنراست أمس", "تمنراست", "Tamanrasset"),               # the chief of staff reached Tamanrasset
    ("دخل المقاتلون مدينة روستوف على الدون", "روستوف على الدون", "Rostov-on-Don"),  # fighters entered Rostov-on-Don
    ("أرسل رئيس جمهورية الشيشان مقاتلين", "جمهورية الشيشان", "Chechnya"),                  # the head of Chechnya sent fighters
    ("تسيطر الحركة على مناطق في شمال كيفو", "شمال كيفو", "North Kivu"),            # the movement holds areas of North Kivu
    ("أطلقت حركة إم 23 هجوما جديدا", "حركة إم 23", "M23"),                              # M23 launched an offensive
    ("نفذ خفر السواحل دوريات حول جزيرتي كينمن وماتسو", "كينمن", "Kinmen"),         # patrols around Kinmen and Matsu
    ("أعلنت قيادة المسرح الشرقي بدء مناورات", "قيادة المسرح الشرقي", "Eastern Theater Command"),  # drills began
    ("عززت قوة كفور دورياتها في الشمال", "قوة كفور", "Kosovo Force"),              # KFOR reinforced its patrols
    ("قالت شرطة كوسوفو إن مسلحين هاجموها", "شرطة كوسوفو", "Kosovo Police"),        # Kosovo Police said gunmen attacked
    ("اشتبك الجنود على خط السيطرة الفعلية", "خط السيطرة الفعلية", "Line of Actual Control"),  # clash on the LAC
    ("عبرت الشاحنات جسر الملك فهد إلى البحرين", "جسر الملك فهد", "King Fahd Causeway"),  # trucks crossed the causeway
    ("دخل المقاتلون الجامع الأموي في دمشق", "الجامع الأموي", "Umayyad Mosque"),    # fighters entered the Umayyad Mosque
    ("تحولت السفن إلى طريق رأس الرجاء الصالح", "رأس الرجاء الصالح", "Cape of Good Hope"),  # ships turned to the Cape
    ("قصفت الطائرات مدينة تسخينفالي", "تسخينفالي", "Tskhinvali"),                  # planes bombed Tskhinvali
    ("أصدرت وزارة التوحيد الكورية الجنوبية بيانا", "وزارة التوحيد الكورية الجنوبية",
     "Ministry of Unification (South Korea)"),                                        # the Unification Ministry said
    ("أعلنت شركة بريتيش بتروليوم سحب موظفيها", "شركة بريتيش بتروليوم", "BP"),           # BP withdrew its staff
    ("أعدمت السلطات الشيخ نمر النمر", "نمر النمر", "Nimr al-Nimr"),                # the authorities executed Nimr al-Nimr
    # a town the KB knows with مدينة (its name alone a plain word) under the other place word
    ("قتل جنود قرب بلدة جلب مساء السبت", "بلدة جلب", "Jilib"),                     # soldiers killed near Jilib
    ("فر النازحون نحو بلدة طويلة", "بلدة طويلة", "Tawila"),                         # the displaced fled to Tawila
    ("استهدفت الغارات صنعاء وتعز وحجة وصعدة", "حجة", "Hajjah"),                     # a plain word in a list of towns
])
def test_sweep9_names_link(text: str, surface: str, name_en: str) -> None:
    found = {m.text: m.name_en for m in recognise(KB, text, DAY, None)}
    assert found.get(surface) == name_en, found


@pytest.mark.parametrize("text, word", [
    ("واعتقل بحجة الانتماء إلى جماعة", "حجة"),   # arrested on the pretext of belonging to a group
    ("بدأت رحلة طويلة إلى الجنوب", "طويلة"),     # a long journey south began
])
def test_sweep9_plain_words_stay_plain(text: str, word: str) -> None:
    assert not [m for m in recognise(KB, text, DAY, None) if word in m.text]
