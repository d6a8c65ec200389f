"""بلاده (his country) as the state of the official just named, and a denial told as reported speech."""
from __future__ import annotations

import pytest

from rasd.annotate.country_anaphors import _country_word, _group_word
from rasd.model import RawInput
from rasd.pipeline import Pipeline


@pytest.mark.parametrize("word, expected", [
    ("بلاده", True), ("وبلادها", True), ("بلادنا", True),  # his / and her / our country
    ("ببلاده", False),                                   # in his country: a place, not a party
    ("بلده", False),                                     # his town (or country): too ambiguous
])
def test_country_words(word: str, expected: bool) -> None:
    assert _country_word(word) is expected


@pytest.mark.parametrize("key, expected", [
    ("الميليشيات", True), ("والجماعه", True),  # the militias / and the group
    ("للميليشيات", True), ("بالجماعه", True),  # of the militias / with the group
    ("ميليشيات", False),                       # militias: indefinite, no pointer back
    ("الجماعات", False),                       # the groups: a plural points at no one group
])
def test_group_words(key: str, expected: bool) -> None:
    assert _group_word(key) is expected


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def coded(pipeline: Pipeline, text: str, published: str) -> list[tuple]:
    """(type, source, target, status) of each event coded in the text."""
    doc = pipeline.process(RawInput(id="t", raw=text, published=published, lang="ar"))
    return [(e.type, e.source and e.source.name_en, e.target and e.target.name_en, e.status) for e in doc.events]


def test_his_country_is_the_officials_state_and_the_denial_holds(pipeline: Pipeline) -> None:
    # "Iran rejected the charges. The Iranian foreign ministry spokesman denied that his country
    # had supplied the Houthis with any missiles."
    text = ("قالت إيران إنها ترفض الاتهامات. ونفى المتحدث باسم وزارة الخارجية الإيرانية "
            "أن تكون بلاده قد زودت الحوثيين بأي صواريخ.")
    got = coded(pipeline, text, "2017-11-05")
    assert ("AID", "Iran", "Houthis", "denied") in got


def test_the_group_is_the_articles_only_armed_group(pipeline: Pipeline) -> None:
    # "The Houthi militia fired a missile. Tehran denies supplying the group with any missiles."
    text = "أطلقت ميليشيا الحوثي صاروخا باليستيا. فيما تنفي طهران تزويد الجماعة بأي صواريخ."
    got = coded(pipeline, text, "2018-01-14")
    assert ("AID", "Iran", "Houthis", "denied") in got


def test_a_states_strike_with_no_target_hits_the_only_armed_group(pipeline: Pipeline) -> None:
    # "The Houthi militia fired a missile at Marib. The coalition's aircraft destroyed the launch pad."
    text = ("أطلقت ميليشيا الحوثي صاروخا باليستيا باتجاه مأرب في اليمن. "
            "وقال التحالف العربي إن طائراته دمرت منصة الإطلاق في مديرية صرواح.")
    got = [e[:3] for e in coded(pipeline, text, "2018-01-14")]
    assert ("ASSAULT", "Saudi-led coalition", "Houthis") in got


def test_his_country_skips_a_body_that_has_none(pipeline: Pipeline) -> None:
    # "Russia voiced its rejection. The Russian ambassador to the United Nations said his country
    # rejects the decision of Ukraine's government": بلاده is Russia, not the UN named between
    text = ("أعلنت روسيا رفضها. وقال السفير الروسي لدى الأمم المتحدة إن بلاده ترفض قرار أوكرانيا.")
    got = [e[:2] for e in coded(pipeline, text, "2022-03-01")]
    assert ("REJECT", "Russia") in got and ("REJECT", "United Nations") not in got


def test_the_two_countries_when_the_sentence_names_one_of_them(pipeline: Pipeline) -> None:
    # "India struck targets in Pakistan. China, Pakistan's close ally, said it was watching, calling
    # on the two countries to avoid escalation": the pair is India and Pakistan; the sentence names
    # Pakistan, so India stands for the pair
    text = ("قصفت الهند أهدافا في باكستان. وأكدت الصين، الحليف الوثيق لباكستان، أنها تراقب الوضع، "
            "داعية البلدين إلى تجنب التصعيد.")
    got = [e[:3] for e in coded(pipeline, text, "2025-05-07")]
    assert ("REQUEST", "China", "India") in got
