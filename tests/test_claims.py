"""Claim status from Arabic reporting: each marker kind, self-claims, speech acts, quotes."""
from __future__ import annotations

import pytest

from rasd.annotate.claims import find_markers
from rasd.annotate.events import code_events
from rasd.model import Actor, Document, Mention, Quote


def mention(text: str, sub: str, type_: str, name_en: str, id_: str) -> Mention:
    start = text.index(sub)
    return Mention(sub, start, start + len(sub), type_, name_en, id_)


def assault_status(text: str, *mentions: Mention) -> tuple[str, Actor | None]:
    d = Document(id="c", text=text, entities=list(mentions))
    evs = [e for e in code_events(d, require_actor=False) if e.type == "ASSAULT"]
    assert evs, text
    return evs[0].status, evs[0].claimed_by


# (sentence, gloss, expected status)
STATUS = [
    ("قصفت الطائرات المدينة", "the aircraft shelled the city", "asserted"),
    ("قال الجيش إن الطائرات قصفت المدينة", "the army said the aircraft shelled the city", "claimed"),
    ("قصفت الطائرات المدينة بحسب مصادر محلية", "the aircraft shelled the city, according to local sources", "claimed"),
    ("قصفت الطائرات المدينة وفقا لشهود", "the aircraft shelled the city, according to witnesses", "claimed"),
    ("قصفت الطائرات المدينة حسب الوكالة", "the aircraft shelled the city, per the agency", "claimed"),
    ("نقلا عن مسؤول فإن الطائرات قصفت المدينة", "quoting an official, the aircraft shelled the city", "claimed"),
    ("زعمت الجماعة أن الطائرات قصفت المدينة", "the group alleged the aircraft shelled the city", "claimed"),
    ("ادعى المتحدث أن الطائرات قصفت المدينة", "the spokesman claimed the aircraft shelled the city", "claimed"),
    ("نفى الجيش أنه قصف المدينة", "the army denied that it shelled the city", "denied"),
    ("نفت الوزارة قصف المدينة", "the ministry denied shelling the city", "denied"),
    ("ينفي الجيش قصف المدينة", "the army denies shelling the city", "denied"),
    ("يعتقد أن الطائرات قصفت المدينة", "it is believed the aircraft shelled the city", "unconfirmed"),
    ("يرجح أن الطائرات قصفت المدينة", "the aircraft probably shelled the city", "unconfirmed"),
    ("قصفت الطائرات المدينة ولم يتسن التحقق من ذلك", "the aircraft shelled the city; it could not be verified", "unconfirmed"),
    ("يشتبه في أن الطائرات قصفت المدينة", "the aircraft are suspected of shelling the city", "unconfirmed"),
    ("لم تنف الحكومة ولم تؤكد قصف المدينة", "the government neither denied nor confirmed shelling the city", "unconfirmed"),
    ("قصفت الطائرات المدينة دون أن يقدم الجيش دليلا", "shelled the city, the army gave no evidence", "no_evidence"),
    ("قصفت الطائرات المدينة بدون دليل", "shelled the city, without evidence", "no_evidence"),
    ("قصفت الطائرات المدينة ولم يقدم الجيش حتى الآن أي إثبات", "shelled the city; the army has given no proof", "no_evidence"),
    ("قصفت الطائرات المدينة، من دون أن يتسنى التحقق من ذلك", "shelled the city, unverifiable", "unconfirmed"),
    ("قصفت الطائرات المدينة، دون أن يصدر أي تأكيد رسمي", "shelled the city, with no official confirmation",
     "unconfirmed"),
    # a denial pointing back at the act told before it (retro scope)
    ("قال الجيش إن الطائرات قصفت المدينة، وهو ما نفته الحكومة", "the army said so, the government denied it",
     "denied"),
    ("قال الجيش إن الطائرات قصفت المدينة، غير أن الوزير نفى ذلك", "the army said so, but the minister denied it",
     "denied"),
    # "did not give" with no evidence noun after it is no marker
    ("قصفت الطائرات المدينة بعد أن لم يقدم المجلس جدولا زمنيا", "shelled the city after the council gave no timetable", "asserted"),
]


@pytest.mark.parametrize("text,gloss,status", STATUS)
def test_status_markers(text: str, gloss: str, status: str) -> None:
    assert assault_status(text)[0] == status, gloss


def test_no_evidence_in_the_next_sentence() -> None:
    """اتهم X Y ... ولم تقدم أي دليل: the accusation came without evidence."""
    text = "اتهمت إيران إسرائيل بقصف المدينة. ولم تقدم أي دليل على ذلك"
    d = Document(id="c", text=text, entities=[mention(text, "إيران", "GPE", "Iran", "Q794"),
                                                mention(text, "إسرائيل", "GPE", "Israel", "Q801")])
    (ev,) = [e for e in code_events(d) if e.type == "ACCUSE"]
    assert (ev.source.name_en, ev.target.name_en, ev.status) == ("Iran", "Israel", "no_evidence")


def test_self_claim_of_responsibility() -> None:
    text = "أعلنت الجبهة مسؤوليتها عن الهجوم على القنصلية"  # the front claimed the attack on the consulate
    status, by = assault_status(text, mention(text, "الجبهة", "ORG", "Front", "rasd:front"))
    assert status == "claimed" and by is not None and by.name_en == "Front"


def test_claimed_by_the_named_speaker() -> None:
    text = "قال الجيش إن الطائرات قصفت المدينة"
    status, by = assault_status(text, mention(text, "الجيش", "ORG", "Army", "rasd:army"))
    assert status == "claimed" and by is not None and by.name_en == "Army"


def test_speech_act_by_its_speaker_is_asserted() -> None:
    """قال X إنه سيواصل ملاحقة ...: X vowed (a threat the narrator reports as fact)."""
    text = "قال الرئيس إن قواته ستواصل ملاحقة المسلحين"
    d = Document(id="c", text=text, entities=[mention(text, "الرئيس", "PER", "President", "rasd:p")])
    (ev,) = [e for e in code_events(d) if e.type == "THREATEN"]
    assert ev.status == "asserted"


def test_a_denial_pointing_back_answers_the_quoted_act_not_the_accusation() -> None:
    # "The minister said: «the aircraft shelled the city», which the army denied"
    text = "وقال الوزير: «قصفت الطائرات المدينة»، وهو ما نفاه الجيش"
    q0, q1 = text.index("«"), text.index("»")
    d = Document(id="c", text=text, quotes=[Quote(text[q0 + 1:q1], q0 + 1, q1, True, "قال",
                                                   Actor("الوزير", "Minister", "rasd:m"))])
    (ev,) = [e for e in code_events(d, require_actor=False) if e.type == "ASSAULT"]
    assert ev.status == "denied"


def test_inside_a_quote_is_claimed_by_its_speaker() -> None:
    text = "وأضاف: «قصفت الطائرات المدينة»"
    q0 = text.index("«")
    d = Document(id="c", text=text, quotes=[Quote(text[q0 + 1:-1], q0 + 1, len(text) - 1, True, "أضاف",
                                                   Actor("الوزير", "Minister", "rasd:m"))])
    (ev,) = [e for e in code_events(d, require_actor=False) if e.type == "ASSAULT"]
    assert ev.status == "claimed" and ev.claimed_by.name_en == "Minister"


@pytest.mark.parametrize("text,status", [
    ("أعلنت الحركة مسؤوليتها", "self_claim"),   # the movement claimed responsibility
    ("تبنى التنظيم العملية", "self_claim"),     # the group claimed the operation
    ("لم يتسن التحقق", "unconfirmed"),          # could not be verified
    ("نسبت إلى الحزب", "unconfirmed"),          # attributed to the party
])
def test_marker_table(text: str, status: str) -> None:
    ms = find_markers(text)
    assert any(m.status == status for m in ms)
    assert all(text[m.start:m.end] == m.text for m in ms)


# An anonymous-source noun with no attribution cue is not attribution (it is often a victim).
BARE_SOURCE_NOUNS = [
    ("قصفت الطائرات منزل مسؤول في المدينة", "the aircraft shelled an official's house in the city"),
    ("قصفت الطائرات مصدر المياه الوحيد", "the aircraft shelled the only water source"),
]


@pytest.mark.parametrize("text,gloss", BARE_SOURCE_NOUNS)
def test_bare_source_noun_leaves_the_fact_asserted(text: str, gloss: str) -> None:
    assert assault_status(text)[0] == "asserted", gloss


# (sentence, gloss, type, status): announcing one's own decision is the act; a reported strike is claimed.
OWN_ANNOUNCEMENTS = [
    ("الدولة أعلنت انسحابها من المنظمة", "the state announced its withdrawal from the organisation", "RETREAT", "asserted"),
    ("أعلنت الدولة انسحابها من المنظمة", "the state announced its withdrawal from the organisation", "RETREAT", "asserted"),
]


@pytest.mark.parametrize("text,gloss,type_,status", OWN_ANNOUNCEMENTS)
def test_own_announced_decision_is_asserted(text: str, gloss: str, type_: str, status: str) -> None:
    d = Document(id="c", text=text, entities=[mention(text, "الدولة", "GPE", "State", "rasd:s"),
                                               mention(text, "المنظمة", "ORG", "Organisation", "rasd:o")])
    evs = [e for e in code_events(d) if e.type == type_]
    assert evs and evs[0].status == status, gloss


def test_marker_index_keys_are_first_words() -> None:
    """Each claim marker is filed under its first folded word (أفادت تقارير: reports said → افادت)."""
    from rasd.annotate.claims import marker_index

    index = marker_index()
    assert index and all(form.words[0] == first for first, forms in index.items() for form in forms)
