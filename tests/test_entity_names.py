"""Names after titles that run into common words, short forms that are only a clitic away from a
common word, and bodies of the Sudanese and Libyan conflicts in the KB."""
from __future__ import annotations

import pytest

from rasd.annotate.entities import recognise
from rasd.kb import load_kb


def people(text: str) -> list[str]:
    return [m.text for m in recognise(load_kb(), text, "2019-01-10") if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    # "the interim government's spokesman Ahmed al-Amin said at a press conference": الأمين is
    # also "the trustworthy / the secretary", a surname after a known given name before في
    ("وقال الناطق باسم الحكومة المؤقتة أحمد الأمين في مؤتمر صحافي إن الحكومة تدرس خيارات.", "أحمد الأمين"),
    # "information minister Bishara Juma Arur said that": جمعة (Juma) folds like جمع + ه, and a
    # third unknown word ends the name before إن
    ("وقال وزير الإعلام بشارة جمعة أرور إن الحكومة تحترم حق التظاهر.", "بشارة جمعة أرور"),
    # "the army spokesman, Colonel al-Sawarmi Khalid Saad, said": a given name with the article,
    # backed by the known given name after it
    ("وقال المتحدث باسم الجيش السوداني العقيد الصوارمي خالد سعد إن الجيش خاض معارك.", "الصوارمي خالد سعد"),
    # "South Sudan's minister of information Barnaba Marial Benjamin said": the title names its
    # state with في, so the unknown foreign name after it is read whole
    ("وقال وزير الإعلام في جنوب السودان برنابا ماريال بنجامين إن قوات بلاده دخلت المنطقة.", "برنابا ماريال بنجامين"),
    # "the agriculture minister in the Kurdistan Regional Government Sami Adel Khalil said": the
    # title names its government with في, so the unknown name after it is read whole
    ("وقال وزير الزراعة في حكومة إقليم كردستان سامي عادل خليل إن المحاصيل تضررت.", "سامي عادل خليل"),
    # "the spokesman of the Eastern Command in the Chinese army, Naval Colonel Li Wei, said":
    # الشرقي (eastern, also a surname) closes the body's name before في; الكولونيل is a rank
    ("وقال المتحدث باسم قيادة المسرح الشرقي في الجيش الصيني الكولونيل البحري لي وي إن المناورات انتهت.", "لي وي"),
])
def test_a_name_after_a_title_keeps_its_common_word_surname(text: str, name: str) -> None:
    assert name in people(text)
    assert "الشرقي" not in people(text)


@pytest.mark.parametrize("text", [
    "وقال الرئيس أحمد اليوم إن الحكومة مستمرة.",        # "President Ahmed said today": اليوم is no surname
    "وقال الوزير أحمد الأمين العام للحزب إن الحزب مستمر.",  # "... Ahmed, the party's secretary-general"
])
def test_a_common_word_that_does_not_end_the_name_is_left_out(text: str) -> None:
    assert not any(name.startswith("أحمد ا") for name in people(text))


def test_the_body_a_title_holder_heads_is_no_name() -> None:
    # "the secretary-general of the Wefaq society, Sheikh Ali Salman, said": لجمعية (of the society)
    # opens the body he heads, not his name
    text = "وقال الأمين العام لجمعية الوفاق الشيخ علي سلمان إن المفاوضات متوقفة."
    assert people(text) == ["علي سلمان"]


def test_a_common_word_is_not_read_as_clitic_plus_a_short_name() -> None:
    # "UN envoy Ján Kubiš said ... The Sadrist movement announced in a statement (بيان) ..."
    text = "وقال المبعوث الأممي يان كوبيش إن الوضع خطير. وأعلن التيار الصدري في بيان أن المعتصمين سيغادرون."
    found = recognise(load_kb(), text, "2016-05-01")
    assert [m.text for m in found if m.name_en == "Ján Kubiš"] == ["يان كوبيش"]


@pytest.mark.parametrize("surface, name", [
    ("تجمع المهنيين السودانيين", "Sudanese Professionals Association"),
    ("حزب المؤتمر الوطني", "National Congress Party (Sudan)"),
    ("حزب المؤتمر الوطني الهندي", "Indian National Congress"),
    ("المؤتمر الوطني العام", "General National Congress"),
    ("كتيبة القعقاع", "Qaqaa Brigade"),
    ("إذاعة الأندلس", "Radio Andalus"),
    ("مطار معيتيقة", "Mitiga International Airport"),
])
def test_conflict_bodies_are_in_the_kb(surface: str, name: str) -> None:
    assert [e.name_en for e in load_kb().lookup(surface)] == [name]


def test_a_rank_after_a_titles_body_leads_to_the_name() -> None:
    # "the police spokesman Colonel Turki al-Otaibi said": العقيد ends the body (الشرطة), and تركي
    # (Turki; also "Turkish") is a given name here, not the title's nationality
    found = recognise(load_kb(), "وقال المتحدث باسم الشرطة العقيد تركي العتيبي إن الوضع هادئ.", "2019-01-10")
    assert [(m.text, m.role) for m in found if m.type == "PER"] == [("تركي العتيبي", "spokesperson")]
    # "the head of the transitional council, General Sami Adel, visited": the holder keeps the office
    found = recognise(load_kb(), "زار رئيس المجلس الانتقالي الجنرال سامي عادل المنطقة.", "2019-01-10")
    assert [m.text for m in found if m.type == "PER" and m.role] == ["سامي عادل"]


@pytest.mark.parametrize("text, name, not_linked", [
    # "Sami Putin said": a known surname after another given name is someone else
    ("وقال سامي بوتين إن الوضع هادئ.", "سامي بوتين", "Vladimir Putin"),
])
def test_a_known_surname_after_another_given_name_is_another_person(text: str, name: str, not_linked: str) -> None:
    found = recognise(load_kb(), text, "2019-01-10")
    assert [m.text for m in found if m.type == "PER"] == [name]
    assert all(m.name_en != not_linked for m in found)


@pytest.mark.parametrize("text, name_en", [
    ("وقال فلاديمير بوتين إن الوضع هادئ.", "Vladimir Putin"),   # the full name
    ("وأفادت الوكالة بأن الأسد غادر دمشق.", "Bashar al-Assad"),  # بأن "that" (folded بان, as Ban Ki-moon) is no given name
    ("والتقى أردوغان بوتين في سوتشي.", "Vladimir Putin"),        # a surname after another person's
    ("والتقى آبي أحمد وأفورقي في أسمرة.", "Isaias Afwerki"),      # "Abiy Ahmed and Afwerki"
    # "the case filed against Putin": the preposition على folds as the given name علي (Ali)
    ("وأسقطت الدعوى المرفوعة على بوتين.", "Vladimir Putin"),
    # "before Putin's meeting with the president": لقاء (a meeting; also the name Liqaa) + his surname
    ("وجاء ذلك قبيل لقاء بوتين الرئيس الفرنسي.", "Vladimir Putin"),
])
def test_a_known_surname_stays_linked_otherwise(text: str, name_en: str) -> None:
    assert name_en in [m.name_en for m in recognise(load_kb(), text, "2019-01-10")]
