"""Quote cues next to discourse connectives, and states that speak: short sentences written for rasd."""
from __future__ import annotations

import pytest

from rasd.annotate.quotes import FindQuotes
from rasd.kb import load_kb
from rasd.model import Document, Mention


def doc_with(text: str, mentions: tuple[tuple[str, str, str], ...]) -> Document:
    """A document with the given (surface, type, id) mentions at every occurrence."""
    doc = Document(id="t", text=text, published="2025-05-07")
    for surface, type_, id_ in mentions:
        start = text.find(surface)
        while start >= 0:
            doc.entities.append(Mention(surface, start, start + len(surface), type_, surface, id_, "kb", None))
            start = text.find(surface, start + 1)
    doc.entities.sort(key=lambda m: m.start)
    return doc


def speakers(doc: Document) -> list[tuple[str, str | None]]:
    FindQuotes(kb=load_kb())(doc)
    return [(q.text, q.speaker and q.speaker.id) for q in doc.quotes]


@pytest.mark.parametrize("connective", ["غير أن", "إلا أن", "بيد أن", "كما أن"])
def test_connective_after_a_cue_opens_no_speech(connective: str) -> None:
    # "Sami Adel called on his counterpart to meet him; however, the Kremlin sent a delegation."
    text = f"ودعا سامي عادل نظيره إلى لقائه، {connective} الكرملين أرسل وفدا."
    doc = doc_with(text, (("سامي عادل", "PER", "p1"),))
    assert speakers(doc) == []


def test_complementiser_still_opens_speech() -> None:
    # "Sami Adel said that the talks are going on."
    doc = doc_with("وقال سامي عادل إن المحادثات مستمرة.", (("سامي عادل", "PER", "p1"),))
    assert speakers(doc) == [("المحادثات مستمرة", "p1")]


@pytest.mark.parametrize("text,speaker", [
    # "India struck sites in Pakistan at dawn, saying they were "terrorist infrastructure"."
    ("شنت الهند فجرا ضربات على مواقع في باكستان، قالت إنها «بنى تحتية إرهابية».", "Q668"),
    # after a dateline: "New Delhi - agencies: India struck sites, saying they were camps."
    ("نيودلهي - وكالات: شنت الهند ضربات على مواقع، قالت إنها معسكرات لتدريب المسلحين.", "Q668"),
    # a place after a preposition is no speaker: "In India, (someone) said the talks failed."
    ("وفي الهند، قالت إن المحادثات فشلت.", None),
])
def test_state_subject_of_the_clause_speaks(text: str, speaker: str | None) -> None:
    doc = doc_with(text, (("الهند", "GPE", "Q668"), ("باكستان", "GPE", "Q843"), ("نيودلهي", "GPE", "g1")))
    found = speakers(doc)
    assert len(found) == 1 and found[0][1] == speaker
