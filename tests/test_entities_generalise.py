"""Entity patterns found on held-out articles from other outlets (coref spelling, titles, model spans)."""
from __future__ import annotations

from functools import lru_cache

import pytest

from rasd.annotate.coref import spelled_apart
from rasd.annotate.entities import recognise
from rasd.kb import load_kb
from rasd.model import Mention


@lru_cache(maxsize=1)
def _kb():
    return load_kb()


def run(text: str) -> list[Mention]:
    return recognise(_kb(), text, "2025-03-01", None)


@pytest.mark.parametrize("word, names, apart", [
    ("على", ["محمد علي"], True),        # "on" vs the name Ali: spelled apart by the writer
    ("علي", ["محمد علي"], False),       # the name again
    ("موسى", ["عمرو موسى"], False),     # Moussa written the same way
    ("موسي", ["عمرو موسى"], True),
    ("لافروف", ["سيرغي لافروف"], False),  # no final ى/ي: nothing to compare
])
def test_spelled_apart(word: str, names: list[str], apart: bool) -> None:
    assert spelled_apart(word, names) is apart


def test_preposition_is_not_a_short_form_of_a_name() -> None:
    # "Prepared by Mohammed Ali. Its forces control more than..." : على (on) is no mention of him.
    found = run("إعداد محمد علي للنشرة. وقال إن قواته تسيطر على أكثر من ألف كيلومتر.")
    assert [m.text for m in found if m.type == "PER"] == ["محمد علي"]


@pytest.mark.parametrize("text, name", [
    # "President Joseph Aoun made a call": unknown given name, known surname after a strict title.
    ("وقالت الرئاسة إن الرئيس جوزاف عون أجرى اتصالا.", "جوزاف عون"),
    # "The head of the mission, Hanna Tetteh, said": a feminine title.
    ("وقالت رئيسة البعثة هانا تيتيه إنها تشعر بقلق.", "هانا تيتيه"),
    # "Brigadier (staff) Sami Hassan said": the staff qualifier is not part of the name.
    ("وقال العميد ركن سامي حسن إن الهجوم فشل.", "سامي حسن"),
])
def test_names_after_titles(text: str, name: str) -> None:
    assert name in [m.text for m in run(text) if m.type == "PER"]


@pytest.mark.parametrize("text, not_name", [
    # "The head of the National Unity Government, X, announced": الوطنية (national) is no person.
    ("وأعلن رئيس حكومة الوحدة الوطنية سالم المبروك أن العملية انتهت.", "الوطنية"),
    # "The French president said": a nationality, no name.
    ("وقال الرئيس الفرنسي إن الوضع صعب.", "الفرنسي"),
    # "President of the republic, the security situation...": a common noun after a strict title.
    ("وقال الرئيس إن الوضع الأمني مستقر.", "الوضع"),
])
def test_no_person_from_common_words_after_titles(text: str, not_name: str) -> None:
    assert all(not_name not in m.text for m in run(text) if m.type == "PER")


@pytest.mark.parametrize("text, not_name", [
    # "The spokesman of the forces group in the east said": مجموعة (group) is the body, not a person.
    ("وقال المتحدث باسم مجموعة القوات في الشرق إن القرية لم تسقط.", "مجموعة"),
])
def test_body_in_construct_after_a_spokesman_title(text: str, not_name: str) -> None:
    assert all(not_name not in m.text for m in run(text) if m.type == "PER")


@pytest.mark.parametrize("text, place", [
    # "in the area of Jurf al-Sakhar, north of the province": an unknown word and its definite part.
    ("قتل أربعة في منطقة جرف الصخر شمالي المحافظة.", "جرف الصخر"),
])
def test_two_word_place_after_a_place_word(text: str, place: str) -> None:
    assert place in [m.text for m in run(text) if m.type in ("GPE", "LOC")]


@pytest.mark.parametrize("text, not_place", [
    ("وصلت القوات إلى منطقة حدودية شرقي البلاد.", "حدودية"),   # "a border area": an adjective
    ("قصفت الطائرات قرية صغيرة المجاورة للطريق.", "المجاورة"),  # "adjacent": a common word
])
def test_no_place_from_adjectives(text: str, not_place: str) -> None:
    assert all(not_place not in m.text for m in run(text))


@pytest.mark.parametrize("text, body", [
    ("وأعلنت الحركة عبر إذاعة الأندلس الناطقة باسمها أنها هاجمت القاعدة.", "إذاعة الأندلس"),  # Radio Andalus
    ("في بيان نشرته مؤسسة الزلاقة التابعة لها.", "مؤسسة الزلاقة"),  # the az-Zallaqa foundation
])
def test_body_named_by_head_and_proper_word(text: str, body: str) -> None:
    assert body in [m.text for m in run(text) if m.type == "ORG"]


@pytest.mark.parametrize("text", [
    "وصل الجرحى إلى مركز الشرطة في المدينة.",   # "the police station": a description
    "وقالت لجنة التحقيق إن التقرير جاهز.",        # "the investigation committee": no name
])
def test_described_bodies_are_not_names(text: str) -> None:
    assert [m for m in run(text) if m.type == "ORG"] == []


def test_capital_with_its_province_still_names_the_state() -> None:
    # "Damascus condemns a new incursion in the Quneitra countryside": Damascus (city and province,
    # both Syrian) makes القنيطرة the Syrian Quneitra, not Kenitra in Morocco.
    found = {m.text: m.name_en for m in run("دمشق تدين توغلا جديدا في ريف القنيطرة")}
    assert found.get("القنيطرة") == "Quneitra"


@pytest.mark.parametrize("text, kept", [
    # "The movement attacked a military base ... it took the base": القاعدة is the base, not al-Qaeda.
    ("شنت الحركة هجوما على قاعدة عسكرية. وأعلنت أنها سيطرت على القاعدة.", []),
    # "Al-Qaeda claimed it ... the leader of al-Qaeda said": a repeated name stays linked.
    ("أعلن تنظيم القاعدة مسؤوليته. وقال زعيم القاعدة إن الهجوم مستمر.", ["تنظيم القاعدة", "القاعدة"]),
])
def test_definite_common_noun_repeat_is_no_organisation(text: str, kept: list[str]) -> None:
    assert [m.text for m in run(text) if m.type == "ORG"] == kept


@pytest.mark.parametrize("text, surface", [
    ("وأعلنت وزارة الصحة تعليق الدراسة في الجامعات.", "وزارة الصحة"),   # "the Health Ministry announced"
    ("وقالت وزارة الدفاع إن الهجوم فشل.", "وزارة الدفاع"),              # "the Defence Ministry said"
])
def test_ministry_without_nationality(text: str, surface: str) -> None:
    assert surface in [m.text for m in run(text) if m.type == "ORG"]


@pytest.mark.parametrize("text, places", [
    # "between the two towns of Kfar Tebnit and Arnoun": a dual place word names two places.
    ("عثر الجيش على المنصة بين بلدتي كفرتبنيت وأرنون، وأوقف مشتبها.", ["كفرتبنيت", "أرنون"]),
    # "in the district of Sinjar": قضاء is a place word.
    ("انتشرت القوات في قضاء سنجار أمس.", ["سنجار"]),
])
def test_dual_and_district_place_words(text: str, places: list[str]) -> None:
    found = [m.text for m in run(text) if m.type in ("GPE", "LOC")]
    assert all(p in found for p in places)


@pytest.mark.parametrize("text, body", [
    ("أعلنت المؤسسة الوطنية للنفط استئناف الإنتاج.", "المؤسسة الوطنية للنفط"),  # National Oil Corporation
    ("وقال المجلس الأعلى للدولة إن الاتفاق ملزم.", "المجلس الأعلى للدولة"),       # High Council of State
])
def test_definite_body_with_rank_adjective_and_lam_phrase(text: str, body: str) -> None:
    assert body in [m.text for m in run(text) if m.type == "ORG"]


def test_rank_adjective_alone_is_no_name() -> None:
    # "The international committee said": no ل phrase, no name.
    assert [m for m in run("وقالت اللجنة الدولية إن التحقيق مستمر.") if m.type == "ORG"] == []


@pytest.mark.parametrize("text", [
    "نواصل مهمتنا للقضاء علي اعدائنا.",                 # "to eliminate our enemies": no district
    "من جماعة قاعدة الجهاد. وقتل العديد من قيادات القاعدة.",  # al-Qaeda's formal name, then al-Qaeda
])
def test_no_place_from_verbal_nouns_and_names_in_construct(text: str) -> None:
    found = run(text)
    assert all(m.text not in ("علي", "القضاء") for m in found)
    if "قيادات القاعدة" in text:
        assert "القاعدة" in [m.text for m in found if m.type == "ORG"]


def test_bare_ministry_keeps_its_place_as_a_mention() -> None:
    # "The Interior Ministry in Kabul said": two mentions, the ministry and Kabul.
    texts = [m.text for m in run("وقالت وزارة الداخلية في كابول إن الهجوم فشل.")]
    assert "وزارة الداخلية" in texts and "كابول" in texts


@pytest.mark.parametrize("text, place", [
    # "Sirte, the birthplace of the late colonel Gaddafi" — and "the minister visited Muscat"
    ("سيطر التنظيم على سرت، مسقط رأس القذافي. وزار الوزير مسقط أمس.", "مسقط"),
])
def test_an_idiom_is_no_place(text: str, place: str) -> None:
    found = [(m.start, m.name_en) for m in run(text) if m.text == place]
    assert found == [(text.rindex(place), "Muscat")]  # only the visit's Muscat


@pytest.mark.parametrize("text, surface, name_en", [
    # "The Brazilian president Luiz Inácio Lula da Silva called on ...": the given names after the
    # title run into the KB's shorter name, and the whole run is that one person
    ("ودعا الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا إلى الحوار.", "لويز إيناسيو لولا دا سيلفا",
     "Luiz Inácio Lula da Silva"),
])
def test_given_names_after_a_title_join_the_known_name(text: str, surface: str, name_en: str) -> None:
    people = [m for m in run(text) if m.type == "PER"]
    assert [(m.text, m.name_en) for m in people] == [(surface, name_en)]


@pytest.mark.parametrize("text, surface, name_en", [
    # "The Iraqi navy denied any friction."
    ("ونفت القوة البحرية العراقية وقوع أي احتكاك.", "القوة البحرية العراقية", "Iraqi Navy"),
    # "The Egyptian Supreme Court ruled ..."
    ("وقضت المحكمة الدستورية المصرية بعدم دستورية القانون.", "المحكمة الدستورية المصرية",
     "Egyptian Constitutional Court"),
])
def test_state_organs_named_by_head_and_nationality(text: str, surface: str, name_en: str) -> None:
    assert (surface, name_en) in [(m.text, m.name_en) for m in run(text)]


def test_a_bare_army_is_the_main_states() -> None:
    # "Officers in Gabon announced the end of the regime. The capital of Gabon was calm. The
    # army called on citizens to stay calm": the bare army is Gabon's, the state the story is about
    text = "أعلن ضباط في الغابون إنهاء النظام. وساد الهدوء عاصمة الغابون. ودعا الجيش المواطنين إلى الهدوء."
    armies = [m for m in run(text) if m.text == "الجيش"]
    assert [(m.type, m.name_en) for m in armies] == [("ORG", "Gabonese army")]
