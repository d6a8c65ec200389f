"""Verb-subject gender agreement: a state after a verb of the other gender is its object."""
from __future__ import annotations

import pytest

from rasd.annotate.agreement import act_noun_subject, cannot_be_subject, state_gender, verb_gender
from rasd.annotate.events import code_events
from rasd.annotate.triggers import find_triggers
from rasd.arabic import fold_key
from rasd.kb import load_kb
from rasd.model import Document, Mention


@pytest.mark.parametrize("word, gender", [
    ("دعا", "m"), ("ودعا", "m"), ("دعت", "f"), ("ودعت", "f"),  # (and) he / she called
    ("يدعو", "m"), ("سيدعو", "m"), ("تتهم", "f"),                 # he calls, he will call, she accuses
    ("توعد", None),                                              # he threatened (Form V): ت is no prefix
    ("دعوا", None), ("يدعون", None),                             # they called, they call
    ("وقعتها", "f"), ("نفذتها", "f"), ("استهدفتهم", "f"),        # she signed it, carried it out, targeted them
])
def test_verb_gender(word: str, gender: str | None) -> None:
    assert verb_gender(word) == gender


def m(text: str, type_: str = "GPE") -> Mention:
    return Mention(text, 0, len(text), type_, None, None)


@pytest.mark.parametrize("name, gender", [
    ("روسيا", "f"), ("السعودية", "f"), ("موسكو", "f"),  # states and capitals are feminine
    ("العراق", "m"), ("والأردن", "m"), ("لبنان", "m"),  # ... but Iraq, Jordan, Lebanon
])
def test_state_gender(name: str, gender: str) -> None:
    assert state_gender(m(name)) == gender


def test_only_places_have_a_gender_here() -> None:
    assert state_gender(m("حزب الله", "ORG")) is None
    assert not cannot_be_subject("دعا", m("حزب الله", "ORG"))


def test_masculine_verb_and_feminine_state() -> None:
    assert cannot_be_subject("ودعا", m("رواندا"))      # and he called on Rwanda
    assert not cannot_be_subject("ودعت", m("رواندا"))  # and Rwanda called
    assert cannot_be_subject("ودعت", m("العراق"))      # and she called on Iraq


def mention(text: str, sub: str, type_: str, name_en: str, id_: str) -> Mention:
    start = text.index(sub)
    return Mention(sub, start, start + len(sub), type_, name_en, id_)


def test_a_second_verb_keeps_the_first_subject() -> None:
    # "The UN Secretary-General expressed concern, and called on Rwanda to withdraw its forces."
    text = "وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن قلقه، ودعا رواندا إلى سحب قواتها."
    doc = Document(id="t", text=text, published="2025-01-28", entities=[
        mention(text, "أنطونيو غوتيريش", "PER", "António Guterres", "rasd:per:antonio-guterres"),
        mention(text, "رواندا", "GPE", "Rwanda", "Q1037")])
    got = [(e.type, e.source and e.source.name_en, e.target and e.target.name_en)
           for e in code_events(doc, load_kb())]
    assert got == [("REQUEST", "António Guterres", "Rwanda")]


def test_a_definite_noun_is_no_verb() -> None:
    # الأمين (the secretary) once read as ي-less لام (blamed) + ين: no ACCUSE here
    assert [t.type for t in find_triggers("وقال الأمين العام إن الوضع خطير.")] == []


@pytest.mark.parametrize("sentence, verb, expected", [
    # "the Russian missile strikes targeted Kyiv": the strikes are the subject
    ("الضربات الصاروخية الروسية استهدفت كييف", 3, True),
    # "the missiles that the Houthis launched": the name after the verb is its subject
    ("الصواريخ التي أطلقها الحوثيون", 2, False),
])
def test_act_noun_subject(sentence: str, verb: int, expected: bool) -> None:
    assert act_noun_subject([fold_key(w) for w in sentence.split()], verb, []) is expected


def test_a_body_with_its_head_noun_has_that_nouns_gender() -> None:
    assert cannot_be_subject("ودعت", Mention("مجلس الأمن", 0, 10, "ORG", None, None))   # she called on the Council
    assert not cannot_be_subject("ودعت", Mention("حركة حماس", 0, 9, "ORG", None, None))  # Hamas called


def test_a_verb_joined_after_a_comma_is_its_own_act() -> None:
    # "Hamas condemned what it called a massacre, and called on the Security Council to act."
    text = 'ونددت حركة حماس بما وصفته بـ"المجزرة المروعة"، ودعت مجلس الأمن الدولي إلى التحرك.'
    doc = Document(id="t", text=text, published="2024-10-20", entities=[
        mention(text, "حركة حماس", "ORG", "Hamas", "Q38845"),
        mention(text, "مجلس الأمن الدولي", "ORG", "UN Security Council", "Q37470")])
    got = [(e.type, e.source and e.source.name_en, e.target and e.target.name_en) for e in code_events(doc, load_kb())]
    assert got == [("REQUEST", "Hamas", "UN Security Council")]  # the condemnation has no object past ، ودعت
