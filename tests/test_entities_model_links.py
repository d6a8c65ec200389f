"""Model spans linked to the KB through a proclitic and across GPE/LOC; a state over its namesake capital."""
from __future__ import annotations

import pytest

from rasd.annotate.entities import RecogniseEntities, _model_span_entries
from rasd.annotate.weak_matches import common_behind_clitic
from rasd.arabic import fold_key, tokenize
from rasd.kb import load_kb
from rasd.model import Document


@pytest.mark.parametrize("text,type_,name_en,surface", [
    ("ببنغازي", "LOC", "Benghazi", "بنغازي"),      # "in Benghazi": ب + a city the model tagged LOC
    ("السعودية", "LOC", "Saudi Arabia", "السعودية"),  # a country the model tagged LOC
    ("لوزان", "GPE", "Lausanne", "لوزان"),
])
def test_model_span_links_through_clitic_and_place_types(text: str, type_: str, name_en: str, surface: str) -> None:
    tok = tokenize(text)[0]
    start, entries = _model_span_entries(load_kb(), text, tok, tok.start, tok.end, type_)
    assert entries and entries[0].name_en == name_en and text[start:tok.end] == surface


def test_model_span_of_another_type_is_not_linked() -> None:
    tok = tokenize("بنغازي")[0]  # a city is no person
    assert _model_span_entries(load_kb(), "بنغازي", tok, tok.start, tok.end, "PER")[1] == []


@pytest.mark.parametrize("text,name_en", [
    ("وأكد أن الجزائر ستواصل جهودها.", "Algeria"),          # "Algeria will continue": the state
    ("وصل الوزير إلى الكويت أمس.", "Kuwait"),              # "arrived in Kuwait": the state
    ("وصل الوزير إلى مدينة الكويت.", "Kuwait City"),        # "the city of Kuwait": the capital
    ("انفجرت سيارة في العاصمة الجزائر.", "Algiers"),        # "in the capital Algiers"
])
def test_state_over_namesake_capital(text: str, name_en: str) -> None:
    doc = RecogniseEntities(use_model=False)(Document(id="t", text=text, published="2017-11-05"))
    assert [m.name_en for m in doc.entities] == [name_en]


def test_a_surname_alone_is_the_person_named_in_full_before() -> None:
    from rasd.annotate.entities import _surname_of
    from rasd.annotate.kb_match import Match
    from rasd.annotate.entities import new_entry
    # "... delegation head Vladimir Medinsky said ... Medinsky added ..."
    full = new_entry("PER", "فلاديمير ميدينسكي", None, "rasd:model")
    found = [Match(10, 27, "فلاديمير ميدينسكي", [full], 2, 2, "", "model")]
    assert _surname_of(found, "ميدينسكي", 60) == [full]
    assert _surname_of(found, "ميدينسكي", 5) == []      # only a person named earlier
    assert _surname_of(found, "فلاديمير", 60) == []     # a first name alone is no surname


@pytest.mark.parametrize("text,surface,name_en", [
    # "landed at King Khalid International Airport"
    ("هبطت الطائرة في مطار الملك خالد الدولي.", "مطار الملك خالد الدولي", "King Khalid International Airport"),
    # "the wounded were taken to King Fahd Hospital"
    ("نقل المصابون إلى مستشفى الملك فهد.", "مستشفى الملك فهد", "King Fahd Hospital"),
    # a university named after a king: "King Abdulaziz University", not "University of ..."
    ("تخرج من جامعة الملك عبد العزيز.", "جامعة الملك عبد العزيز", "King Abdulaziz University"),
    # named after a place it stays "Port of Aden"
    ("وصلت السفينة إلى ميناء عدن.", "ميناء عدن", "Port of Aden"),
])
def test_facility_named_after_a_royal(text: str, surface: str, name_en: str) -> None:
    doc = RecogniseEntities()(Document(id="t", text=text, published="2017-11-05"))
    assert (surface, name_en) in [(m.text, m.name_en) for m in doc.entities]
    assert not any(m.type == "PER" for m in doc.entities)  # خالد/فهد is no person here


@pytest.mark.parametrize("key,expected", [
    ("حكومتها", True),    # its government
    ("بلاده", True),      # his country
    ("وزارتهم", True),    # their ministry
    ("حمزه", False),      # Hamza (a name ending in ه)
    ("فاطمه", False),     # Fatima
])
def test_possessed_common_noun(key: str, expected: bool) -> None:
    from rasd.annotate.title_lexicon import possessed
    assert possessed(key) is expected


def test_name_after_a_possessed_body_of_a_title() -> None:
    # "the spokeswoman of its government, Yolande Makolo, said ..."
    text = "وقالت المتحدثة باسم حكومتها يولاند ماكولو إن البلاد ليست طرفا."
    doc = RecogniseEntities()(Document(id="t", text=text, published="2025-01-28"))
    assert [m.text for m in doc.entities if m.type == "PER"] == ["يولاند ماكولو"]


@pytest.mark.parametrize("text,names", [
    ("شنت الطائرات غارات على حلب.", ["Aleppo"]),            # a big city named bare: "raids on Aleppo"
    ("وعقد مؤتمرا صحفيا ببنغازي.", ["Benghazi"]),           # "held a press conference in Benghazi"
    ("التقى فلاديمير بوتين نظيره.", ["Vladimir Putin"]),     # Vladimir the given name, not the city
    ("وجده الجنود مصابا في الشارع.", []),                    # "the soldiers found him": no Oujda
])
def test_major_cities_match_bare(text: str, names: list[str]) -> None:
    doc = RecogniseEntities(use_model=False)(Document(id="t", text=text, published="2016-10-13"))
    assert [m.name_en for m in doc.entities] == names


def test_a_body_named_with_a_place_word_stays_the_body() -> None:
    # "the "Sinai Province" group claimed the attacks": the KB names the phrase as a group
    text = 'وأعلن تنظيم "ولاية سيناء" مسؤوليته عن الهجمات.'
    doc = RecogniseEntities(use_model=False)(Document(id="t", text=text, published="2015-07-02"))
    assert [(m.text, m.type) for m in doc.entities] == [("ولاية سيناء", "ORG")]


@pytest.mark.parametrize("word, common", [
    ("وريف", True),     # and the countryside (of Hama): no place called Warif
    ("وشمال", True),    # and the north of
    ("وأحد", True),     # and one of
    ("وبنغازي", False),  # and Benghazi
])
def test_one_word_model_spans_that_are_common_words(word: str, common: bool) -> None:
    assert common_behind_clitic(fold_key(word)) is common
