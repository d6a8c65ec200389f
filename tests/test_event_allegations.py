"""The act an accusation alleges (اتهم X Y بتمويل Z): Y's act on Z, with the standing the sentence gives it."""
from __future__ import annotations

import pytest

from rasd.annotate.event_allegations import charged_act
from rasd.annotate.events import code_events
from rasd.annotate.triggers import find_triggers
from rasd.arabic import folded_words
from rasd.model import Document, Mention

STATES = {"إيران": ("Iran", "Q794"), "مصر": ("Egypt", "Q79"), "تركيا": ("Turkey", "Q43"),
          "سوريا": ("Syria", "Q858"), "الأردن": ("Jordan", "Q810"), "اليونان": ("Greece", "Q41")}


def doc_of(text: str, *names: str) -> Document:
    """A document whose entities are the named states, at their first occurrence."""
    ms = [Mention(n, text.index(n), text.index(n) + len(n), "GPE", *STATES[n]) for n in names]
    return Document(id="t", text=text, entities=ms, published="2024-11-01")


# (sentence, gloss, names, (type, source, target, status) of the alleged act)
ALLEGED = [
    ("اتهمت مصر إيران بتسليح سوريا، من دون أن تقدم أي دليل على ذلك.",
     "Egypt accused Iran of arming Syria, without giving any evidence", ("مصر", "إيران", "سوريا"),
     ("AID", "Iran", "Syria", "no_evidence")),
    ("واتهمت مصر تركيا بتمويل سوريا، وهو ما نفته أنقرة.",
     "Egypt accused Turkey of funding Syria, which Ankara denied", ("مصر", "تركيا", "سوريا"),
     ("AID", "Turkey", "Syria", "denied")),
    ("اتهم الأردن سوريا بقصف مواقع تابعة لتركيا، غير أن سوريا نفت ذلك.",
     "Jordan accused Syria of shelling positions belonging to Turkey, but Syria denied it",
     ("الأردن", "سوريا", "تركيا"), ("ASSAULT", "Syria", "Turkey", "denied")),
    ("واتهمت اليونان تركيا بإيواء جماعات مسلحة، دون أن تقدم دليلا.",
     "Greece accused Turkey of sheltering armed groups, without evidence", ("اليونان", "تركيا"),
     ("SUPPORT", "Turkey", None, "no_evidence")),
]


@pytest.mark.parametrize("text,gloss,names,want", ALLEGED)
def test_accusation_tells_the_alleged_act(text: str, gloss: str, names: tuple[str, ...], want: tuple) -> None:
    got = {(e.type, e.source and e.source.name_en, e.target and e.target.name_en, e.status)
           for e in code_events(doc_of(text, *names))}
    assert want in got, gloss
    assert any(e[0] == "ACCUSE" for e in got), gloss  # the accusation itself stays


@pytest.mark.parametrize("text,gloss,names", [
    ("اتهمت مصر إيران بالتدخل في شؤونها.", "Egypt accused Iran of meddling in its affairs (no act in the lexicon)",
     ("مصر", "إيران")),
    ("اتهمت مصر إيران بعد قصف سوريا.", "Egypt accused Iran after the shelling of Syria (بعد opens no charge)",
     ("مصر", "إيران", "سوريا")),
])
def test_no_alleged_act_without_a_charge(text: str, gloss: str, names: tuple[str, ...]) -> None:
    assert {e.type for e in code_events(doc_of(text, *names))} <= {"ACCUSE"}, gloss


def test_charge_is_read_after_the_accused() -> None:
    """بالوقوف وراء الهجوم (of being behind the attack): the attack is the act, not the backing."""
    text = "اتهمت مصر إيران بالوقوف وراء الهجوم"  # Egypt accused Iran of being behind the attack
    words = folded_words(text, 0, len(text))
    act = charged_act(find_triggers(text), words, 2)
    assert act is not None and act.type == "ASSAULT"
    assert charged_act(find_triggers(text), words, 4) is None  # no charge after the last word


@pytest.mark.parametrize("denier,gloss,acts", [
    ("تركيا", "and Turkey denied it: the accused denies", [("Turkey", "denied")]),
    ("مصر", "and Egypt denied it: not the accused, the charge stays uncontested", []),
])
def test_a_later_denial_by_the_accused(denier: str, gloss: str, acts: list) -> None:
    # Jordan accused Turkey of shelling positions belonging to Syria. And <denier> denied it.
    text = f"اتهم الأردن تركيا بقصف مواقع تابعة لسوريا. ونفت {denier} ذلك."
    d = doc_of(text, "الأردن", "تركيا", "سوريا")
    at = text.rindex(denier)
    d.entities.append(Mention(denier, at, at + len(denier), "GPE", *STATES[denier]))
    got = [(e.source.name_en, e.status) for e in code_events(d) if e.type == "ASSAULT"]
    assert got == acts, gloss


def test_a_bare_charge_is_the_accusation_alone() -> None:
    # "Jordan accused Syria of shelling positions belonging to Turkey" (uncontested)
    text = "اتهم الأردن سوريا بقصف مواقع تابعة لتركيا."
    got = {(e.type, e.source.name_en) for e in code_events(doc_of(text, "الأردن", "سوريا", "تركيا"))}
    assert got == {("ACCUSE", "Jordan")}


@pytest.mark.parametrize("text,gloss,type_", [
    ("موّلت الدولة الجماعة", "the state funded the group", "AID"),
    ("بتمويل المتمردين", "of funding the rebels", "AID"),
    ("يسلح الجيش القبائل", "the army arms the tribes", "AID"),
    ("بتسليح الميليشيات", "of arming the militias", "AID"),
    ("بإيواء قادة الحركة", "of sheltering the movement's leaders", "SUPPORT"),
])
def test_charge_vocabulary(text: str, gloss: str, type_: str) -> None:
    assert type_ in {t.type for t in find_triggers(text)}, gloss


def test_an_unnamed_accusers_charge_without_evidence_is_the_act_alone() -> None:
    # "An official accused Turkey of arming Syria, without giving any evidence": no one named
    # accuses, so the fact told is Turkey's arming of Syria (no_evidence), not a second ACCUSE
    text = "واتهم مسؤول رفيع تركيا بتسليح سوريا، من دون أن يقدم أي دليل."
    got = {(e.type, e.source and e.source.name_en, e.status) for e in code_events(doc_of(text, "تركيا", "سوريا"))}
    assert got == {("AID", "Turkey", "no_evidence")}
