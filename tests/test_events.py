"""Event coding: triggers per PLOVER type, source/target, organ→state, where/when/quantity, merging."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.events import Candidate, CodeEvents, code_events, merge
from rasd.annotate.triggers import find_triggers
from rasd.annotate.word_keys import word_keys
from rasd.model import Actor, Document, Event, Mention, Quantity, TimeExpr


def mention(text: str, sub: str, type_: str, name_en: str, id_: str, nth: int = 0) -> Mention:
    """A mention of `sub` (its nth occurrence) in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Mention(sub, start, start + len(sub), type_, name_en, id_)


def doc_of(text: str, *mentions: Mention, published: str | None = "2024-11-01") -> Document:
    return Document(id="t", text=text, entities=list(mentions), published=published)


# (sentence, gloss, PLOVER type, trigger text)
TRIGGERS = [
    ("قصفت الطائرات القرية", "the aircraft shelled the village", "ASSAULT", "قصفت"),
    ("شنت القوات غارات على المدينة", "the forces launched raids on the city", "ASSAULT", "شنت"),
    ("انفجرت سيارة مفخخة في السوق", "a car bomb exploded in the market", "ASSAULT", "انفجرت"),
    ("تظاهر آلاف الطلاب أمام الوزارة", "thousands of students demonstrated before the ministry", "PROTEST", "تظاهر"),
    ("بدأ العمال إضرابا عن العمل", "the workers began a strike", "PROTEST", "إضرابا"),
    ("عقد الوزيران محادثات في القاهرة", "the two ministers held talks in Cairo", "CONSULT", "محادثات"),
    ("وقع البلدان اتفاقية للتجارة", "the two countries signed a trade agreement", "AGREE", "وقع"),
    ("أعلنت الحكومة أنها ستدعم المزارعين", "the government said it will support farmers", "SUPPORT", "ستدعم"),
    ("أرسلت الدولة ألف جندي إلى الحدود", "the state sent a thousand soldiers to the border", "MOBILIZE", "أرسلت"),
    ("اتهم الوزير جارته بالتدخل", "the minister accused its neighbour of meddling", "ACCUSE", "اتهم"),
    ("هدد الرئيس بالرد", "the president threatened to respond", "THREATEN", "هدد"),
    ("رفض البرلمان المشروع", "parliament rejected the bill", "REJECT", "رفض"),
    ("فرض الاتحاد عقوبات جديدة", "the union imposed new sanctions", "SANCTION", "عقوبات"),
    ("اعتقلت الشرطة خمسة أشخاص", "the police arrested five people", "COERCE", "اعتقلت"),
    ("وصلت مساعدات إنسانية إلى المدينة", "humanitarian aid reached the city", "AID", "مساعدات"),
    ("انسحبت القوات من البلدة", "the forces withdrew from the town", "RETREAT", "انسحبت"),
    ("طالب المحتجون بالإصلاح", "the protesters demanded reform", "REQUEST", "طالب"),
    ("أعلن الطرفان وقف إطلاق النار", "the two sides announced a ceasefire", "CONCEDE", "وقف إطلاق النار"),
    ("اتفق الجانبان على تعزيز التعاون", "the sides agreed to strengthen cooperation", "COOPERATE", "التعاون"),
]


@pytest.mark.parametrize("text,gloss,type_,trigger", TRIGGERS)
def test_trigger_of_each_type(text: str, gloss: str, type_: str, trigger: str) -> None:
    found = [t for t in find_triggers(text) if t.type == type_]
    assert found, gloss
    assert any(text[t.start:t.end] == t.text == trigger for t in found), gloss


@pytest.mark.parametrize("text,gloss", [
    ("لم يقصف الجيش القرية", "the army did not shell the village (negated)"),
    ("وقع الحادث أمس", "the incident occurred yesterday (وقع without an agreement)"),
    ("درس الطلبة في الجامعة", "the students studied at the university (طلبة is not طلب)"),
    ("أطلقت الشركة منتجا جديدا", "the company launched a new product (no weapon after أطلق)"),
])
def test_non_triggers(text: str, gloss: str) -> None:
    assert find_triggers(text) == [], gloss


def test_drone_is_not_a_march() -> None:
    """طائرة مسيرة (a drone) is no protest march."""
    assert not [t for t in find_triggers("أسقطت الدفاعات طائرة مسيرة") if t.type == "PROTEST"]


def test_clitics_and_suffixes_are_keys() -> None:
    assert "شن" in word_keys("شنتها")          # it launched it
    assert "متظاهر" in word_keys("والمتظاهرون")  # and the protesters
    assert "مسؤوليه" in word_keys("مسؤوليتها")   # its responsibility


# --- source and target --------------------------------------------------------

def test_vso_source_after_verb_target_after_preposition() -> None:
    text = "قصفت روسيا مواقع في أوكرانيا"  # Russia shelled positions in Ukraine
    d = doc_of(text, mention(text, "روسيا", "GPE", "Russia", "Q159"),
               mention(text, "أوكرانيا", "GPE", "Ukraine", "Q212"))
    (ev,) = code_events(d)
    assert (ev.type, ev.source.name_en) == ("ASSAULT", "Russia")
    assert ev.where is not None and ev.where.name_en == "Ukraine"  # after في: a place


def test_svo_subject_before_verb() -> None:
    text = "كوريا الشمالية ستدعم روسيا"  # North Korea will support Russia
    d = doc_of(text, mention(text, "كوريا الشمالية", "GPE", "North Korea", "Q423"),
               mention(text, "روسيا", "GPE", "Russia", "Q159"))
    (ev,) = code_events(d)
    assert (ev.type, ev.source.name_en, ev.target.name_en) == ("SUPPORT", "North Korea", "Russia")


def test_noun_agent_after_light_verb() -> None:
    text = "قتل جنديان في هجوم نفذه التنظيم"  # two soldiers were killed in an attack the group carried out
    d = doc_of(text, mention(text, "التنظيم", "ORG", "Islamic State", "Q2429253"))
    evs = [e for e in code_events(d) if e.type == "ASSAULT"]
    assert evs and evs[0].source.name_en == "Islamic State"


def test_speaker_before_complementiser_is_not_the_attacker() -> None:
    text = "قال الجيش إن جنديين قتلا في هجوم"  # the army said two soldiers were killed in an attack
    d = doc_of(text, mention(text, "الجيش", "ORG", "Army", "rasd:army"))
    (ev,) = [e for e in code_events(d, require_actor=False) if e.type == "ASSAULT"]
    assert ev.source is None and ev.status == "claimed"
    assert not code_events(d)  # an attack with neither doer nor target is no main fact


def test_coordinated_targets_give_one_event_each() -> None:
    text = "اتهمت إيران أمريكا وإسرائيل بالتخطيط"  # Iran accused America and Israel of plotting
    d = doc_of(text, mention(text, "إيران", "GPE", "Iran", "Q794"),
               mention(text, "أمريكا", "GPE", "United States", "Q30"),
               mention(text, "إسرائيل", "GPE", "Israel", "Q801"))
    evs = code_events(d)
    assert {(e.type, e.source.name_en, e.target.name_en) for e in evs} == {
        ("ACCUSE", "Iran", "United States"), ("ACCUSE", "Iran", "Israel")}


def test_organ_with_nationality_acts_for_named_state() -> None:
    """The minister (an organ) acts for the state, since the state is named in the article."""
    from rasd.annotate.event_actors import StateResolver

    text = "التقى وزير الخارجية لافروف نظيره في موسكو. وروسيا دولة كبيرة"
    lav = mention(text, "لافروف", "PER", "Sergei Lavrov", "Q80137")
    rus = mention(text, "روسيا", "GPE", "Russia", "Q159")
    d = doc_of(text, lav, rus)

    def state_of(kb, m):  # what the entity helper's state_of returns for an official
        return Actor("روسيا", "Russia", "Q159") if m.id == "Q80137" else None

    assert StateResolver(None, d, state_of).actor(lav).name_en == "Russia"
    d2 = doc_of(text[: text.index(".")], lav)  # Russia not named: the person stays
    assert StateResolver(None, d2, state_of).actor(lav).name_en == "Sergei Lavrov"


# --- where, when, quantity -------------------------------------------------------

def test_when_where_quantity_from_the_sentence() -> None:
    text = "قتل 12 شخصا اليوم في هجوم على بلدة في حلب"  # 12 people killed today in an attack on a town in Aleppo
    d = doc_of(text, mention(text, "حلب", "GPE", "Aleppo", "Q41183"))
    d.quantities = [Quantity("12 شخصا", 4, 11, 12, "people")]
    (ev,) = [e for e in code_events(d, require_actor=False) if e.type == "ASSAULT"]
    assert ev.when == "2024-11-01"  # اليوم → the publication day
    assert ev.quantity is not None and ev.quantity.value == 12
    assert ev.where is not None and ev.where.name_en == "Aleppo"
    assert text[ev.evidence[0]:ev.evidence[1]] == text


def test_resolved_time_wins_over_today() -> None:
    text = "قصفت الطائرات البلدة يوم الخميس"  # the aircraft shelled the town on Thursday
    d = doc_of(text)
    d.times = [TimeExpr("يوم الخميس", text.index("يوم"), len(text), "2024-10-31")]
    (ev,) = code_events(d, require_actor=False)
    assert ev.when == "2024-10-31"


# --- one event per fact --------------------------------------------------------------

def test_repeated_fact_merges_and_fills_gaps() -> None:
    text = "قصفت روسيا كييف. وقالت أوكرانيا إن روسيا قصفت كييف أمس"
    d = doc_of(text, mention(text, "روسيا", "GPE", "Russia", "Q159"),
               mention(text, "كييف", "GPE", "Kyiv", "Q1899"),
               mention(text, "أوكرانيا", "GPE", "Ukraine", "Q212"),
               mention(text, "روسيا", "GPE", "Russia", "Q159", nth=1),
               mention(text, "كييف", "GPE", "Kyiv", "Q1899", nth=1))
    d.times = [TimeExpr("أمس", text.index("أمس"), text.index("أمس") + 3, "2024-10-31")]
    evs = [e for e in code_events(d) if e.type == "ASSAULT"]
    assert len(evs) == 1
    assert evs[0].when == "2024-10-31"


def test_different_places_stay_distinct_facts() -> None:
    a = Event("ASSAULT", Actor("x", "X", "1"), None, (0, 1), where=Actor("p", "P", "p1"))
    b = Event("ASSAULT", Actor("x", "X", "1"), None, (2, 3), where=Actor("q", "Q", "q1"))
    assert len(merge([Candidate(a, 1, 0, {"p1"}), Candidate(b, 1, 1, {"q1"})])) == 2


def test_cap_keeps_at_most_max_events() -> None:
    text = ". ".join(f"قصفت الطائرات بلدة رقم {i}" for i in range(15))
    places = [Mention(f"بلدة رقم {i}", text.index(f"بلدة رقم {i}"), text.index(f"بلدة رقم {i}") + len(f"بلدة رقم {i}"),
                      "LOC", f"Town {i}", f"t{i}") for i in range(15)]
    d = doc_of(text, *places)
    assert len(code_events(d, max_events=10, require_actor=False)) == 10


def test_statement_needs_a_speaker() -> None:
    """A demand with no one making it is not a codable fact; with a speaker it is."""
    text = "طالب بالإصلاح"  # (someone) demanded reform
    assert code_events(doc_of(text)) == []
    text2 = "طالب الحزب الحكومة بالإصلاح"  # the party demanded reform of the government
    (ev,) = code_events(doc_of(text2, mention(text2, "الحزب", "ORG", "Party", "rasd:party"),
                               mention(text2, "الحكومة", "ORG", "Government", "rasd:gov")))
    assert (ev.type, ev.source.name_en, ev.target.name_en) == ("REQUEST", "Party", "Government")
    text3 = "طالب الحزب بالإصلاح"  # the party demanded reform: a call on nobody named is still one
    (ev3,) = code_events(doc_of(text3, mention(text3, "الحزب", "ORG", "Party", "rasd:party")))
    assert (ev3.type, ev3.source.name_en, ev3.target) == ("REQUEST", "Party", None)
    text4 = "أيد الحزب الإصلاح"  # the party backed reform: support of nobody named is no event
    assert code_events(doc_of(text4, mention(text4, "الحزب", "ORG", "Party", "rasd:party"))) == []


def test_continuing_strike_inherits_the_doer() -> None:
    """كما قصفت طائرات أخرى ...: other aircraft (of the same doer) also shelled."""
    text = "قصفت روسيا بلدة. كما قصفت طائرات أخرى قرية"
    d = doc_of(text, mention(text, "روسيا", "GPE", "Russia", "Q159"))
    evs = [e for e in code_events(d, require_actor=False) if e.type == "ASSAULT"]
    assert [e.source.name_en for e in evs] == ["Russia"]  # the two strikes merge: no place tells them apart


def test_question_reports_no_fact() -> None:
    assert code_events(doc_of("هل قصفت الطائرات البلدة؟")) == []


# --- the step never crashes ---------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قصفتهجومعلىفيوالأإآةى .،؟«»\"0123456789ab\n")), max_size=200))
def test_step_never_raises(text: str) -> None:
    step = CodeEvents(classifier=None)
    d = step(Document(id="h", text=text))
    for e in d.events:
        assert 0 <= e.evidence[0] <= e.evidence[1] <= len(text)
    assert not [p for p in d.problems if p.step == "events"]


def test_organ_with_nationality_is_its_state() -> None:
    """القوات التركية (the Turkish forces), even with a qualifier between, act as Turkey."""
    from rasd.annotate.event_actors import load_kb_or_none
    from rasd.annotate.event_mentions import organ_mentions

    kb = load_kb_or_none()
    if kb is None or kb.nationality("التركيه") is None:
        pytest.skip("KB data not built")
    for text in ("قصفت القوات التركية مواقع الحزب", "قصفت قوات الطوارئ التركية مواقع الحزب"):
        found = organ_mentions(Document(id="o", text=text), (0, len(text)), kb)
        assert [m.name_en for m in found] == [kb.get(kb.nationality("التركيه")).name_en], text
        assert all(text[m.start:m.end] == m.text for m in found)


# (sentence, gloss, expected trigger type): a negated cooperation is a refusal.
REFUSALS = [
    ("قالت الحكومة إنها لن تدخل في مفاوضات مع المعارضة", "will not enter talks with the opposition", "REJECT"),
    ("لن يدعم البرلمان الخطة", "parliament will not support the plan", "REJECT"),
    ("عقد الوزيران محادثات في القاهرة", "the ministers held talks in Cairo (not negated)", "CONSULT"),
]


@pytest.mark.parametrize("text,gloss,type_", REFUSALS)
def test_negated_cooperation_is_reject(text: str, gloss: str, type_: str) -> None:
    assert type_ in {t.type for t in find_triggers(text)}, gloss


def test_word_of_a_name_is_no_trigger() -> None:
    text = "قال قائد قوات الدعم السريع إن قواته تقدمت"  # the RSF commander said his forces advanced
    d = doc_of(text, mention(text, "قوات الدعم السريع", "ORG", "Rapid Support Forces", "Q28"))
    assert not [e for e in code_events(d, require_actor=False) if e.type == "SUPPORT"]


def test_toll_reporter_is_not_the_attacker() -> None:
    text = "أعلنت وزارة الصحة ارتفاع حصيلة القتلى"  # the health ministry announced the death toll rose
    d = doc_of(text, mention(text, "وزارة الصحة", "ORG", "Ministry of Health", "rasd:moh"))
    evs = [e for e in code_events(d, require_actor=False) if e.type == "ASSAULT"]
    assert all(e.source is None for e in evs)


# (sentence, gloss, speaker/doer): a complementiser carrying the speaker makes it the doer.
SELF_REPORTS = [
    ("زعمت الجماعة أنها استهدفت سفينة", "the group claimed that it targeted a ship", "الجماعة"),
    ("قالت الوزارة إن قواتها قصفت القرية", "the ministry said its forces shelled the village", "الوزارة"),
]


@pytest.mark.parametrize("text,gloss,doer", SELF_REPORTS)
def test_speaker_of_its_own_attack_is_the_doer(text: str, gloss: str, doer: str) -> None:
    d = doc_of(text, mention(text, doer, "ORG", "Group", "rasd:g"))
    d.quotes = []
    evs = [e for e in code_events(d, require_actor=False) if e.type == "ASSAULT"]
    assert evs and evs[0].source is not None and evs[0].source.name_en == "Group", gloss
    assert evs[0].status == "claimed", gloss  # a self-claim is attributed, not asserted


def test_second_coordinated_verb_keeps_the_opening_subject() -> None:
    # the group denied in a statement published on its channel any losses, and accused the army
    text = "نفت الجماعة في بيان نشرته على قناتها في تطبيق المراسلة خسارة أي من مواقعها واتهمت الجيش بالكذب"
    d = doc_of(text, mention(text, "الجماعة", "ORG", "Group", "rasd:g"),
               mention(text, "الجيش", "ORG", "Army", "rasd:army"))
    evs = [e for e in code_events(d) if e.type == "ACCUSE"]
    assert evs and (evs[0].source.name_en, evs[0].target.name_en) == ("Group", "Army")


def test_claim_of_responsibility_names_the_earlier_unnamed_doer() -> None:
    # gunmen attacked a base in the north of Mali. The group claimed the attack in a statement
    # published by its outlet.
    text = "هاجم مسلحون قاعدة عسكرية على الجيش المالي. وتبنت الجماعة المسلحة الهجوم في بيان نشرته مؤسسة الإعلام"
    d = doc_of(text, mention(text, "الجيش المالي", "ORG", "Malian Armed Forces", "rasd:faMa"),
               mention(text, "الجماعة المسلحة", "ORG", "Group", "rasd:g"),
               mention(text, "مؤسسة الإعلام", "ORG", "Outlet", "rasd:o"))
    evs = [e for e in code_events(d) if e.type == "ASSAULT"]
    assert len(evs) == 1
    assert (evs[0].source.name_en, evs[0].target.name_en, evs[0].status) == ("Group", "Malian Armed Forces", "claimed")


def test_sanctions_on_unnamed_targets_are_a_fact() -> None:
    text = "فرضت وزارة الخزانة الأمريكية عقوبات جديدة على 4 ناقلات نفط"  # the US Treasury imposed new sanctions on 4 oil tankers
    d = doc_of(text, mention(text, "وزارة الخزانة الأمريكية", "ORG", "United States Department of the Treasury", "rasd:ust"))
    evs = [e for e in code_events(d) if e.type == "SANCTION"]
    assert evs and evs[0].source is not None and evs[0].target is None


def test_person_after_a_long_title_is_the_subject() -> None:
    # the leader of the new administration X met a UN delegation last week
    text = "والتقى قائد الإدارة الجديدة للبلاد زيد الأسبوع الماضي وفداً من الأمم المتحدة"
    d = doc_of(text, mention(text, "زيد", "PER", "Zaid", "rasd:zaid"),
               mention(text, "الأمم المتحدة", "ORG", "United Nations", "Q1065"))
    evs = [e for e in code_events(d) if e.type == "CONSULT"]
    assert evs and (evs[0].source.name_en, evs[0].target.name_en) == ("Zaid", "United Nations")


# (sentence, gloss, victim-side mention): before a toll noun, a subject is the victim's side.
VICTIM_SIDE = [
    ("أعلنت الهيئة مقتل أربعة من منتسبيها", "the authority announced the killing of four of its members", "الهيئة"),
    ("لقي القائد مصرعه في مواجهات", "the commander met his death in clashes", "القائد"),
]


@pytest.mark.parametrize("text,gloss,victim", VICTIM_SIDE)
def test_subject_before_a_toll_is_the_target(text: str, gloss: str, victim: str) -> None:
    d = doc_of(text, mention(text, victim, "ORG", "Victim", "rasd:v"))
    evs = [e for e in code_events(d) if e.type == "ASSAULT"]
    assert evs and evs[0].source is None and evs[0].target.name_en == "Victim", gloss


# Names built on a trigger word are no act, even when no entity covers them.
@pytest.mark.parametrize("text,gloss,not_type", [
    ("تقدمت قوات الدعم السريع نحو المدينة", "the Rapid Support Forces advanced on the city", "SUPPORT"),
    ("قالت قوات الحشد الشعبي إنها مستعدة", "the Popular Mobilization Forces said they were ready", "MOBILIZE"),
    ("اجتمع وزراء مجلس التعاون الخليجي", "the Gulf Cooperation Council ministers met", "COOPERATE"),
])
def test_name_phrases_block_triggers(text: str, gloss: str, not_type: str) -> None:
    assert not_type not in {t.type for t in find_triggers(text)}, gloss


def test_verb_with_object_pronoun_has_its_object() -> None:
    # the ministry sanctioned ten people whom it accuses of moving oil to China
    text = "عاقبت الوزارة عشرة أشخاص تتهمهم بنقل النفط إلى الصين"
    d = doc_of(text, mention(text, "الوزارة", "ORG", "Ministry", "rasd:m"),
               mention(text, "الصين", "GPE", "China", "Q148"))
    assert not [e for e in code_events(d) if e.type == "ACCUSE" and e.target is not None
                and e.target.name_en == "China"]


def test_nationality_of_the_attacked_object_is_the_target() -> None:
    # Russia launched missiles at Ukrainian cities
    text = "أطلقت روسيا صواريخ على المدن الأوكرانية وقالت أوكرانيا إنها صدتها"
    d = doc_of(text, mention(text, "روسيا", "GPE", "Russia", "Q159"),
               mention(text, "أوكرانيا", "GPE", "Ukraine", "Q212", nth=0))
    evs = [e for e in code_events(d, kb=_kb()) if e.type == "ASSAULT"]
    assert evs and (evs[0].source.name_en, evs[0].target.name_en) == ("Russia", "Ukraine")


def _kb():
    from rasd.annotate.event_actors import load_kb_or_none
    kb = load_kb_or_none()
    if kb is None or kb.nationality("الاوكرانيه") != "Q212":
        pytest.skip("KB without Ukrainian nationality")
    return kb


# (sentence, gloss, is a PROTEST trigger there, strong)
PROTESTER_ROLES = [
    ("احتشد آلاف المتظاهرين أمام البرلمان", "thousands of protesters massed before parliament", True, True),
    ("تجمع عدد من المتظاهرين في الساحة", "a number of protesters gathered in the square", True, True),
    ("وأغلق المحتجون الطريق", "and the protesters closed the road", True, True),
    ("وأصيب المتظاهرون بجروح", "and the protesters were wounded", True, False),
    ("فرقت الشرطة المتظاهرين بالغاز", "the police dispersed the protesters with gas", False, False),
    ("أطلق الجنود النار على المحتجين", "the soldiers fired on the protesters", False, False),
    ("قتل الجيش ثلاثة معتصمين", "the army killed three sit-in protesters", False, False),
    ("فرقت الشرطة المظاهرة بالقوة", "the police broke up the demonstration by force", False, False),
    ("نظم الطلاب مظاهرة أمام السفارة", "the students held a demonstration before the embassy", True, True),
    ("وتجمع مئات العمال أمام المصنع", "and hundreds of workers gathered before the factory", True, True),
    ("تجمع الوزراء في القاعة", "the ministers met in the hall (no crowd: no protest)", False, False),
]


@pytest.mark.parametrize("text,gloss,found,strong", PROTESTER_ROLES)
def test_protesters_protest_only_as_doers(text: str, gloss: str, found: bool, strong: bool) -> None:
    trigs = [t for t in find_triggers(text) if t.type == "PROTEST"]
    assert bool(trigs) == found
    assert all(t.strong == strong for t in trigs)


def test_pick_model_chooses_strength_and_cut_from_the_given_examples() -> None:
    pytest.importorskip("scipy")
    from rasd.annotate.event_classifier import CUTS, LAMBDAS, pick_model
    # separable toy data: "w:تظاهر" (demonstrated) marks every positive
    examples = [(["bias", "t:PROTEST", "w:تظاهر"], True)] * 8 + [(["bias", "t:PROTEST", "w:قال"], False)] * 8
    lam, cut = pick_model(examples, "PROTEST")
    assert lam in LAMBDAS and cut in CUTS
