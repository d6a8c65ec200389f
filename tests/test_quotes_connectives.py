"""Quote cues next to connectives; states, long titles and outlets that speak: short sentences written for rasd."""
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


@pytest.mark.parametrize("text,mentions,speaker", [
    # "The spokesman of the coalition forces in Yemen, Col. Turki al-Maliki, said in a statement that ..."
    ("وقال المتحدث الرسمي باسم قوات التحالف لدعم الشرعية في اليمن العقيد الركن تركي المالكي، في بيان، "
     "إن الصاروخ أطلق عمدا.", (("تركي المالكي", "PER", "p1"),), "p1"),
    # "The US ambassador to the UN, Nikki Haley, said that the missile may be an act of war."
    ("وقالت السفيرة الأمريكية لدى الأمم المتحدة نيكي هيلي إن الصاروخ قد يكون عملا حربيا.",
     (("الأمم المتحدة", "ORG", "o1"), ("نيكي هيلي", "PER", "p2")), "p2"),
    # a name that starts with ب is no preposition: "spokesman Bahram Ghasemi denied that ..."
    ("ونفى المتحدث باسم الخارجية بهرام قاسمي أن تكون بلاده قد زودتهم بصواريخ.",
     (("بهرام قاسمي", "PER", "p3"),), "p3"),
    # an outlet named in quotation marks after its kind: "the channel "Al-Masirah" announced that ..."
    ('وأعلنت قناة "المسيرة" أن القوة الصاروخية أطلقت صاروخا على المطار.', (("المسيرة", "ORG", "o2"),), "o2"),
    # the counterpart after مع is not the speaker: "The minister said, at a meeting with Sami Adel, that ..."
    ("وقال الوزير في لقاء مع نظيره سامي عادل إن المحادثات كانت بناءة.", (("سامي عادل", "PER", "p4"),), None),
])
def test_named_after_a_long_title_or_an_outlet_kind(text: str, mentions: tuple, speaker: str | None) -> None:
    found = speakers(doc_with(text, mentions))
    assert len(found) == 1 and found[0][1] == speaker


def test_prepositional_object_after_the_verb_is_no_subject() -> None:
    # "PM Sami Adel had pledged to clear the mountains, and said: "we will not leave an inch"."
    doc = doc_with('وكان رئيس الوزراء سامي عادل قد تعهد بتطهير الجبال من المسلحين، وقال: "لن نترك شبرا للإرهابيين".',
                   (("سامي عادل", "PER", "p1"),))
    assert speakers(doc) == [("لن نترك شبرا للإرهابيين", "p1")]


@pytest.mark.parametrize("text,quoted", [
    # "Sami Adel said dozens were killed, while thousands fled the city."
    ("وقال سامي عادل إن العشرات قتلوا، فيما نزح الآلاف من المدينة.", "العشرات قتلوا"),
    # "... said the talks are going on, whereas the army shelled the town."
    ("وقال سامي عادل إن المحادثات مستمرة، بينما قصف الجيش البلدة.", "المحادثات مستمرة"),
    # "... said the talks are going on, whereas the army denied it."
    ("وقال سامي عادل إن المحادثات مستمرة، في حين قصف الجيش البلدة.", "المحادثات مستمرة"),
    # without the comma, "while" belongs to the speech: "... said the army advanced while they withdrew."
    ("وقال سامي عادل إن الجيش تقدم فيما انسحب المسلحون.", "الجيش تقدم فيما انسحب المسلحون"),
])
def test_comma_while_ends_the_speech(text: str, quoted: str) -> None:
    doc = doc_with(text, (("سامي عادل", "PER", "p1"),))
    assert speakers(doc) == [(quoted, "p1")]


@pytest.mark.parametrize("subject,speaker", [
    ("السلطات في موزمبيق", "Q1029"),  # "the authorities in Mozambique" speak for Mozambique
    ("السلطات الأمنية في موزمبيق", "Q1029"),  # "the security authorities in Mozambique"
    ("السلطات في مابوتو", None),  # a city: whose authorities is not said
    ("دبلوماسي في موزمبيق", None),  # a diplomat posted there is a foreigner
])
def test_authorities_in_a_state_speak_for_it(subject: str, speaker: str | None) -> None:
    # "<subject> announced that dozens were killed."
    doc = doc_with(f"وأعلنت {subject} أن العشرات قتلوا.", (("موزمبيق", "GPE", "Q1029"), ("مابوتو", "GPE", "Q3889")))
    assert speakers(doc) == [("العشرات قتلوا", speaker)]


@pytest.mark.parametrize("text,speaker", [
    # "The Norwegian company «Stat Oil» announced that it withdrew its staff." (not in the KB)
    ("وأعلنت شركة «ستات أويل» النرويجية أنها سحبت موظفيها.", "ستات أويل"),
    # "The organisation "Doctors of Peace" said that the hospital was shelled."
    ('وقالت منظمة "أطباء السلام" إن المستشفى قصف.', "أطباء السلام"),
    # "The «Sons of the Valley» movement said that the truce is over."; a force, a group
    ("وقالت حركة «أبناء الوادي» إن الهدنة انتهت.", "أبناء الوادي"),
    ("وأكدت قوة «درع الجبل» أنها عززت دورياتها.", "درع الجبل"),
    ("وأعلن تنظيم «جند الساحل» أن عناصره نفذوا الهجوم.", "جند الساحل"),
])
def test_body_named_in_quotation_marks_after_its_kind(text: str, speaker: str) -> None:
    doc = doc_with(text, ())
    FindQuotes(kb=load_kb())(doc)
    assert [q.speaker and q.speaker.text for q in doc.quotes] == [speaker]


def test_a_word_inside_a_name_is_no_cue() -> None:
    # "But the Firat news agency, close to it, reported that the strikes hit villages":
    # فرات (Euphrates) reads as فـ + رأت "and she saw" when the name is ignored.
    text = "لكن وكالة أنباء فرات المقربة منه ذكرت أن الغارات أصابت قرى مدنية."
    doc = doc_with(text, (("وكالة أنباء فرات", "ORG", "o1"),))
    assert speakers(doc) == [("الغارات أصابت قرى مدنية", "o1")]


@pytest.mark.parametrize("text,found", [
    # "UN Secretary-General Ban Ki-moon said that the situation is grave": بان is his name, not بأن "that"
    ("وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.", [("الوضع خطير", "p1")]),
    # "Ban Ki-moon called on the government to withdraw its forces": a call, no speech
    ("ودعا بان كي مون الحكومة إلى سحب قواتها.", []),
])
def test_a_name_spelt_as_a_complementiser_opens_no_speech(text: str, found: list) -> None:
    doc = doc_with(text, (("بان كي مون", "PER", "p1"),))
    assert speakers(doc) == found


def test_a_hamza_complementiser_tagged_as_a_name_still_opens_speech() -> None:
    # "TASS reported that Assad arrived in Moscow", with a tagger's bogus name بأن الأسد
    text = "وأفادت الوكالة بأن الأسد وصل إلى موسكو."
    doc = doc_with(text, (("بأن الأسد", "PER", "p2"),))
    assert [q.text for q in (FindQuotes(kb=load_kb())(doc)).quotes] == ["الأسد وصل إلى موسكو"]


def test_a_quoted_name_right_after_the_verb_is_the_subject() -> None:
    # "while the British «BP» said that it follows the situation": بي alone reads بـ + ي "in me"
    doc = doc_with("وقالت «بي بي» البريطانية إنها تتابع الوضع.", (("بي بي", "ORG", "o2"),))
    assert speakers(doc) == [("تتابع الوضع", "o2")]


@pytest.mark.parametrize("text", [
    # "The deal is worth about 6 billion dollars, to be used only for food": يبلغ "amounts to"
    "وتبلغ قيمة الصفقة نحو 6 مليارات دولار، على أن تستخدم للأغذية.",
    # "the mission, whose strength is more than 17,000 soldiers"
    "انضمت إلى البعثة التي يبلغ قوامها أكثر من 17 ألف جندي.",
    # "Frozen funds were moved to accounts in Qatar, provided that they are used for food": نقل "moved"
    "ونقلت أموال مجمدة إلى حسابات مصرفية في قطر، على أن تستخدم للأغذية.",
    # "the next meeting is due in six weeks, provided that technical talks precede it": ، على أن
    "وأعلن الطرفان موعد الاجتماع المقبل، على أن تسبقه لقاءات فنية.",
])
def test_words_that_only_look_like_speech(text: str) -> None:
    assert speakers(doc_with(text, ())) == []


@pytest.mark.parametrize("text,found", [
    # "The agency relayed from the spokesman that the attack failed."
    ("ونقلت الوكالة عن سامي عادل أن الهجوم فشل.", [("الهجوم فشل", "p1")]),
    # "Sami Adel informed his counterpart that the attack failed." (the past أبلغ)
    ("وأبلغ سامي عادل نظيره أن الهجوم فشل.", [("الهجوم فشل", "p1")]),
    # "Sami Adel stressed that the attack failed." (أكد على أن, no comma)
    ("وأكد سامي عادل على أن الهجوم فشل.", [("الهجوم فشل", "p1")]),
])
def test_the_speech_senses_stay(text: str, found: list) -> None:
    assert speakers(doc_with(text, (("سامي عادل", "PER", "p1"),))) == found


@pytest.mark.parametrize("text,mentions,speaker", [
    # "Sami Adel voiced solidarity, calling on Iraq to respect the accord, and deeming that ...":
    # Iraq is the object of the first participle, the speaker is the clause's subject
    ("وأعرب سامي عادل عن تضامنه مع الكويت، داعيا العراق إلى احترام الاتفاقية، ومعتبرا أن الحكم ظالم.",
     (("سامي عادل", "PER", "p1"), ("الكويت", "GPE", "Q817"), ("العراق", "GPE", "Q796")), "p1"),
    # "Prigozhin accused the defence ministry of shelling, which the ministry denied, saying ..."
    ("واتهم سامي عادل وزارة الدفاع بالقصف، وهو ما نفته الوزارة، قائلة إن الاتهام باطل.",
     (("سامي عادل", "PER", "p1"), ("وزارة الدفاع", "ORG", "o1")), "o1"),
    # "Doha had announced that the agency's site was hacked": a capital speaks for its state
    ("وكانت الدوحة قد أعلنت أن موقع الوكالة تعرض لاختراق.", (("الدوحة", "GPE", "rasd:gn:290030"),), "Q846"),
])
def test_participles_and_earlier_subjects(text: str, mentions: tuple, speaker: str) -> None:
    found = speakers(doc_with(text, mentions))
    assert found and found[-1][1] == speaker


def test_a_body_named_after_its_kind_is_its_kind_later() -> None:
    # "The Stena company denied any incident, ... The company said the tanker carries 23 sailors."
    text = "ونفت شركة ستينا المالكة للناقلة وقوع أي حادث، مؤكدة أن السفينة كانت تبحر بشكل قانوني. " \
           "وأوضحت الشركة أن الناقلة تحمل طاقما من 23 بحارا."
    doc = doc_with(text, ())
    FindQuotes(kb=load_kb())(doc)
    assert [q.speaker and q.speaker.text for q in doc.quotes] == ["ستينا", "ستينا"]


def test_residents_of_a_place_are_no_body() -> None:
    # "Residents of the area said families fled": anonymous witnesses, not "the area"
    assert speakers(doc_with("وأوضح سكان المنطقة أن عشرات العائلات نزحت.", ())) == [("عشرات العائلات نزحت", None)]


@pytest.mark.parametrize("text,found", [
    # "Reports said that Iran informed states of the attack's time": reports are the (unnamed) subject
    ("وأفادت تقارير بأن إيران أبلغت دولا بموعد الهجوم.", [("إيران أبلغت دولا بموعد الهجوم", None)]),
    # "Reports Tehran did not confirm said ...": لم is no ل phrase naming whose reports
    ("وأفادت تقارير لم تؤكدها طهران بأن إيران أبلغت دولا بموعد الهجوم.", [("إيران أبلغت دولا بموعد الهجوم", None)]),
    # "The army denied reports that its forces withdrew": the reports are the object, no speech
    ("ونفى سامي عادل تقارير بأن قواته انسحبت.", []),
])
def test_reports_as_subject_and_as_object(text: str, found: list) -> None:
    doc = doc_with(text, (("سامي عادل", "PER", "p1"),))
    FindQuotes(kb=load_kb())(doc)
    assert [(q.text, q.speaker and q.speaker.id) for q in doc.quotes] == found


def test_a_participle_without_a_cue_verb_speaks_for_the_sentence_subject() -> None:
    # "The movement said ... Sami Adel, in a statement from his office, ordered the attackers
    # pursued, stressing that the state's prestige is not negotiable. He added that ..."
    text = "وقال التيار إن المندسين حاولوا تشويه الاحتجاج. وأمر سامي عادل، في بيان صادر عن مكتبه، " \
           "بملاحقة المعتدين، مؤكدا أن هيبة الدولة لن تكون محل مساومة. وأضاف أن الحكومة ماضية في الإصلاحات."
    doc = doc_with(text, (("التيار", "ORG", "o1"), ("سامي عادل", "PER", "p1")))
    assert [sp for _, sp in speakers(doc)] == ["o1", "p1", "p1"]
