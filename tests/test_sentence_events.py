"""Acts two parties do together (AGREE, CONSULT, COOPERATE): a subject of two joined names, or a
pair after بين (between), gives the source and its counterpart (sentence_events._partner); aid goes
to the party behind the dative لـ (sentence_events._recipient); a threat in a speaker's words is
his (sentence_events._speaker_of)."""
from __future__ import annotations

import pytest

from rasd.annotate.events import code_events
from rasd.annotate.sentence_events import _said_act
from rasd.annotate.triggers import find_triggers
from rasd.model import Actor, Document, Mention, Quote


def doc_of(text: str, *names: tuple[str, str, str]) -> Document:
    """A document whose (surface, name_en, id) names are GPE mentions at their first occurrence."""
    ents = [Mention(s, text.index(s), text.index(s) + len(s), "GPE", en, i) for s, en, i in names]
    return Document(id="t", text=text, entities=ents, published="2024-11-01")


SAUDI, IRAN = ("السعودية", "Saudi Arabia", "Q851"), ("إيران", "Iran", "Q794")
RUSSIA, UKRAINE = ("روسيا", "Russia", "Q159"), ("أوكرانيا", "Ukraine", "Q212")
US = ("الولايات المتحدة", "United States", "Q30")
EGYPT, SUDAN, ETHIOPIA = ("مصر", "Egypt", "Q79"), ("السودان", "Sudan", "Q1049"), ("إثيوبيا", "Ethiopia", "Q115")


def pairs(doc: Document, kind: str) -> set[tuple[str | None, str | None]]:
    """(source, target) English names of the document's events of one type."""
    return {(e.source.name_en if e.source else None, e.target.name_en if e.target else None)
            for e in code_events(doc) if e.type == kind}


@pytest.mark.parametrize("text, names, kind, pair", [
    # "Saudi Arabia and Iran agreed yesterday to resume diplomatic relations."
    ("اتفقت السعودية وإيران أمس على استئناف العلاقات الدبلوماسية بينهما.", (SAUDI, IRAN), "AGREE",
     ("Saudi Arabia", "Iran")),
    # "Prisoners arrived under a swap deal between the United States and Iran."
    ("ووصل السجناء في إطار صفقة لتبادل السجناء بين الولايات المتحدة وإيران.", (US, IRAN), "AGREE",
     ("United States", "Iran")),
    # "Talks between Russia and Ukraine began in Geneva."
    ("وانطلقت في جنيف محادثات بين روسيا وأوكرانيا.", (RUSSIA, UKRAINE), "CONSULT", ("Russia", "Ukraine")),
])
def test_joined_parties_are_source_and_target(text: str, names: tuple, kind: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(doc_of(text, *names), kind)


def test_three_parties_make_no_pair() -> None:
    # "A round of talks between Egypt, Sudan and Ethiopia ended": no one pair talks alone
    doc = doc_of("وانتهت جولة المفاوضات بين مصر والسودان وإثيوبيا دون اتفاق.", EGYPT, SUDAN, ETHIOPIA)
    assert ("Egypt", "Sudan") not in pairs(doc, "CONSULT")


def test_one_sided_act_takes_no_partner() -> None:
    # "Saudi Arabia and Iran condemned the attack": a condemnation is no act between the two
    doc = doc_of("وأدانت السعودية وإيران الهجوم على السفينة.", SAUDI, IRAN)
    assert ("Saudi Arabia", "Iran") not in pairs(doc, "ACCUSE")


QATAR, GAZA = ("قطر", "Qatar", "Q846"), ("قطاع غزة", "Gaza Strip", "Q39760")


@pytest.mark.parametrize("text, names, pair", [
    # "Qatar announced 500 million dollars of humanitarian aid for the Gaza Strip."
    ("وأعلنت قطر تقديم 500 مليون دولار مساعدات إنسانية لقطاع غزة.", (QATAR, GAZA), ("Qatar", "Gaza Strip")),
    # "Washington announced 25 million dollars to support Iran's forces" (an invented pairing)
    ("وأعلنت الولايات المتحدة تقديم 25 مليون دولار لدعم إيران.", (US, IRAN), ("United States", "Iran")),
])
def test_aid_goes_to_the_dative_party(text: str, names: tuple, pair: tuple[str, str]) -> None:
    assert pair in pairs(doc_of(text, *names), "AID")


def quoted(text: str, quote: str, speaker: tuple[str, str, str]) -> Document:
    """A document whose reported quote `quote` is said by the person `speaker` (surface, name_en, id)."""
    doc = doc_of(text)
    s, en, i = speaker
    doc.entities.append(Mention(s, text.index(s), text.index(s) + len(s), "PER", en, i))
    at = text.index(quote)
    doc.quotes.append(Quote(quote, at, at + len(quote), False, "قال", Actor(s, en, i)))
    return doc


MINISTER = ("سالم الحربي", "Salem al-Harbi", "rasd:per:test-minister")


@pytest.mark.parametrize("text, quote", [
    # "Minister Salem al-Harbi said at a press conference he held in the capital this afternoon that
    # the army will respond firmly to any attack": the speaker is far from the threat
    ("وقال الوزير سالم الحربي في مؤتمر صحفي عقده في العاصمة بعد ظهر اليوم الأحد إن الجيش سيرد بحزم على أي اعتداء.",
     "الجيش سيرد بحزم على أي اعتداء"),
    # "..., pointing out that the army keeps the right to respond at the right time"
    ("وقال الوزير سالم الحربي في مؤتمر صحفي عقده في العاصمة إن الهجوم فشل، مشيرا إلى أن الجيش يحتفظ بحق الرد.",
     "الجيش يحتفظ بحق الرد"),
])
def test_threat_in_a_speakers_words_is_his(text: str, quote: str) -> None:
    doc = quoted(text, quote, MINISTER)
    assert any(e.type == "THREATEN" and e.source and e.source.name_en == "Salem al-Harbi" and e.status == "asserted"
               for e in code_events(doc))



def test_a_danger_warned_of_is_no_threat() -> None:
    # "The minister said that continued operations threaten the region's stability": a warning
    text = "وقال الوزير سالم الحربي إن استمرار العمليات العسكرية يهدد استقرار المنطقة."
    doc = quoted(text, "استمرار العمليات العسكرية يهدد استقرار المنطقة", MINISTER)
    assert not [e for e in code_events(doc) if e.type == "THREATEN"]


@pytest.mark.parametrize("text, said", [
    ("إن الجيش سيرد بحزم", True),              # "the army will respond firmly": a verb
    ("قادرة على الرد المناسب", True),          # "able to give a fitting response": a phrase
    ("لن نتفاوض تحت التهديد", False),          # "we will not negotiate under threat": another's threat
    ("في مكافحة الإرهاب وملاحقة عناصره", False),  # "in fighting terror and pursuing its members": a noun
])
def test_said_act_is_a_verb_or_phrase(text: str, said: bool) -> None:
    trig = next(t for t in find_triggers(text) if t.type == "THREATEN")
    assert _said_act(trig) is said


def test_an_act_sought_yields_to_the_act_done() -> None:
    # "He added that Cairo keeps up its contacts with the United States and Qatar to resume the
    # talks": the contacts are the act (Egypt with the US), the talks only their purpose
    from rasd.model import RawInput
    from rasd.pipeline import Pipeline

    text = "وأضاف أن القاهرة تواصل اتصالاتها مع الولايات المتحدة وقطر من أجل استئناف المفاوضات."
    doc = Pipeline.default().process(RawInput(id="t", raw=text))
    assert [(e.type, e.source and e.source.name_en) for e in doc.events] == [("CONSULT", "Egypt")]
