"""Events a statement implies and event words the vocabulary lacked (session 11): each row a short
sentence written for rasd, with the PLOVER types its triggers must give (and must not)."""
from __future__ import annotations

import pytest

from rasd.annotate.event_facts import facts_only
from rasd.annotate.triggers import find_triggers
from rasd.annotate.word_keys import word_keys


def types_in(text: str) -> set[str]:
    """The event types of the sentence's triggers that tell facts."""
    return {t.type for t in facts_only(find_triggers(text, 0, len(text)), None, text)}


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "The ministry considered the shelling a flagrant aggression on its sovereignty."
    ("واعتبرت الخارجية القصف عدوانا سافرا على سيادتها.", {"ACCUSE"}, set()),
    # "..., considering the step an attack on its sovereignty" / "..., describing the raids as a massacre"
    ("واستدعت الحكومة سفيرها، معتبرة الخطوة اعتداء على سيادتها.", {"ACCUSE"}, set()),
    ("وأدان الوزير الهجوم، واصفا الغارات بالمجزرة.", {"ACCUSE"}, set()),
    # "The minister considered the visit a success": praise, no charge
    ("واعتبر الوزير الزيارة ناجحة.", set(), {"ACCUSE"}),
    # "The minister considered fighting terrorism a priority": a topic, no charge
    ("واعتبر الوزير أن مكافحة الإرهاب أولوية للحكومة.", set(), {"ACCUSE"}),
    # "The mayor called the siege collective punishment of the residents."
    ("ووصف رئيس البلدية الحصار بأنه عقاب جماعي للسكان.", {"ACCUSE"}, set()),
    # "The president said his country can give a fitting response."
    ("وقال الرئيس إن بلاده قادرة على الرد المناسب.", {"THREATEN"}, set()),
    # "The spokesman said the strikes will go on."
    ("وقال المتحدث إن الضربات ستتواصل.", {"THREATEN"}, set()),
    # "The prime minister vowed to cleanse the mountains of gunmen."
    ("وتعهد رئيس الوزراء بتطهير الجبال من المسلحين.", {"THREATEN"}, set()),
    # "The spokesman said both sides must show the utmost restraint."
    ("وقال المتحدث إن على الطرفين ممارسة أقصى درجات ضبط النفس.", {"REQUEST"}, set()),
    # "The government suspended its part in the talks with the rebels."
    ("وعلقت الحكومة مشاركتها في المفاوضات مع المتمردين.", {"REJECT"}, {"CONSULT"}),
    # "The ministry said the memorandum is null and void."
    ("وقالت الوزارة إن المذكرة باطلة ولاغية.", {"REJECT"}, set()),
    # "The president announced he accepts the peace plan."
    ("وأعلن الرئيس موافقته على خطة السلام.", {"AGREE"}, set()),
    # "On Sunday, corresponding to 5 June": a date, no agreement
    ("وصل الوفد يوم الأحد الموافق 5 يونيو.", set(), {"AGREE"}),
    # "The minister held a joint press conference with his counterpart."
    ("وعقد الوزير مؤتمرا صحفيا مشتركا مع نظيره.", {"CONSULT"}, set()),
    # "The king received a written message from the emir."
    ("وتلقى الملك رسالة خطية من الأمير.", {"CONSULT"}, set()),
    # "The army raised its alert level along the border."
    ("ورفع الجيش درجة التأهب على طول الحدود.", {"MOBILIZE"}, set()),
    # "The mission gave the government forces air support."
    ("وقدمت البعثة إسنادا جويا للقوات الحكومية.", {"SUPPORT"}, set()),
    # "Washington announced 25 million dollars to support the security forces."
    ("وأعلنت واشنطن تقديم 25 مليون دولار لقوات الأمن.", {"AID"}, set()),
    # "Lisbon will send 60 officers to train the country's forces."
    ("وستوفد لشبونة 60 ضابطا لتدريب القوات المحلية.", {"AID"}, set()),
    # "Tehran denied reports that it evacuated its diplomats."
    ("ونفت طهران تقارير عن إجلاء دبلوماسييها من العاصمة.", {"RETREAT"}, set()),
    # "The evacuation of the wounded continued": no staff withdrawn
    ("واستمر إجلاء الجرحى من المستشفى.", set(), {"RETREAT"}),
])
def test_implied_event_types(text: str, wanted: set[str], unwanted: set[str]) -> None:
    got = types_in(text)
    assert wanted <= got and not (unwanted & got)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "The front declared the ceasefire agreement no longer in force."
    ("وأعلنت الجبهة انتهاء العمل باتفاق وقف إطلاق النار.", {"REJECT"}, {"AGREE", "CONCEDE"}),
    # "The prime minister declared the disengagement agreement collapsed": no clash either
    ("وأعلن رئيس الوزراء انهيار اتفاق فض الاشتباك.", {"REJECT"}, {"AGREE", "ASSAULT"}),
    # "Washington will withdraw from the treaty": no troops withdrawn
    ("وقالت واشنطن إنها ستنسحب من المعاهدة.", {"REJECT"}, {"AGREE", "RETREAT"}),
    # "The president cancelled the agreement."
    ("وأعلن الرئيس إلغاء الاتفاقية.", {"REJECT"}, {"AGREE"}),
    # "The two sides signed the agreement": still an agreement
    ("ووقع الطرفان الاتفاق في العاصمة.", {"AGREE"}, {"REJECT"}),
    # "The forces withdrew from the town": still a retreat
    ("وانسحبت القوات من المدينة.", {"RETREAT"}, {"REJECT"}),
    # "The forces began withdrawing in implementation of the agreement": a withdrawal under the deal
    ("وبدأت القوات الانسحاب تنفيذا للاتفاق.", {"RETREAT"}, {"REJECT"}),
    # "The talks ended without an agreement": talks that end are no walk-out
    ("وانتهت جولة المفاوضات في العاصمة.", {"CONSULT"}, {"REJECT"}),
])
def test_ended_deal_is_rejection(text: str, wanted: set[str], unwanted: set[str]) -> None:
    got = types_in(text)
    assert wanted <= got and not (unwanted & got)


@pytest.mark.parametrize("word, key", [
    ("لقائه", "لقاء"),      # his meeting
    ("لقاؤها", "لقاء"),     # her meeting (nominative)
    ("اعتدائها", "اعتداء"),  # its attack
])
def test_hamza_seat_before_pronoun(word: str, key: str) -> None:
    assert key in word_keys(word)


def test_meeting_with_pronoun_is_consult() -> None:
    # "during his meeting with the UN envoy"
    assert "CONSULT" in types_in("وقال الوزير خلال لقائه المبعوثة الأممية إن الوضع خطير.")
