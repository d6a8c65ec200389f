"""Event links across sentences and parties: back-references, one act told twice, toll reporters,
portfolio names, missions as targets (rasd.annotate.event_merge, events, event_actors)."""
from __future__ import annotations

import pytest

from rasd.annotate.event_actors import StateResolver
from rasd.annotate.event_merge import continues_story
from rasd.annotate.events import code_events
from rasd.annotate.triggers import find_triggers
from rasd.model import Document, Mention

RUSSIA = ("روسيا", "GPE", "Russia", "Q159")
GROUP = ("التنظيم", "ORG", "The Group", "rasd:group")


def doc_with(text: str, *names: tuple[str, str, str, str]) -> Document:
    """A document with every occurrence of each (text, type, name_en, id) as a mention."""
    ments = []
    for sub, type_, en, id_ in names:
        i = text.find(sub)
        while i >= 0:
            ments.append(Mention(sub, i, i + len(sub), type_, en, id_))
            i = text.find(sub, i + 1)
    return Document(id="t", text=text, entities=sorted(ments, key=lambda m: m.start), published="2024-11-01")


def assaults(d: Document) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.name_en, e.target and e.target.name_en)
            for e in code_events(d) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,gloss,expected", [
    ("قصفت روسيا قرية. كما أدت الغارة إلى تدمير جسر.",
     "Russia shelled a village. The raid also destroyed a bridge: one raid", [("Russia", None)]),
    ("قصفت روسيا قرية. وأسفر هذا القصف عن مقتل خمسة.",
     "Russia shelled a village. This shelling killed five: one shelling", [("Russia", None)]),
])
def test_back_reference_retells_the_last_act(text: str, gloss: str, expected: list) -> None:
    assert assaults(doc_with(text, RUSSIA)) == expected, gloss


@pytest.mark.parametrize("words,gloss,expected", [
    ("كما قصفت طائرات أخرى القرية".split(), "other aircraft also shelled the village", True),
    ("وقصفت طائرات أخرى القرية".split(), "other aircraft shelled the village", True),
    ("من جهة أخرى قصفت الطائرات القرية".split(), "on the other hand, aircraft shelled the village", False),
    ("ومن ناحية أخرى اعتقلت الشرطة رجلا".split(), "on the other hand, police arrested a man", False),
])
def test_continuing_the_story(words: list[str], gloss: str, expected: bool) -> None:
    assert continues_story(words) is expected, gloss


def test_self_claimed_act_without_target_joins_the_one_with_it() -> None:
    """فجر انتحاري نفسه، وأعلن التنظيم مسؤوليته عن التفجير ... أعلن التنظيم مسؤوليته عن استهداف
    روسيا: a bomber blew himself up, the group claimed it ... the group claimed targeting Russia."""
    text = ("فجر انتحاري نفسه في سوق، وأعلن التنظيم مسؤوليته عن التفجير. وقال شاهد إن السوق مزدحم. "
            "وأعلن التنظيم مسؤوليته عن استهداف روسيا.")
    assert assaults(doc_with(text, GROUP, RUSSIA)) == [("The Group", "Russia")]


@pytest.mark.parametrize("text,gloss,expected", [
    ("أعلنت وزارة الصحة مقتل خمسة أشخاص", "the health ministry announced five killed: it reports, it was not hit", []),
    ("لقي قائد التنظيم مصرعه في المعارك", "the group's commander was killed in the fighting: he was hit",
     [(None, "The Group")]),
])
def test_toll_reporter_is_neither_doer_nor_target(text: str, gloss: str, expected: list) -> None:
    ministry = ("وزارة الصحة", "ORG", "Health Ministry", "rasd:moh")
    assert assaults(doc_with(text, ministry, GROUP)) == expected, gloss


@pytest.mark.parametrize("text,gloss,word", [
    ("عين الرئيس وزير الاتصالات الجديد", "the president appointed the new communications minister", "الاتصالات"),
    ("اجتمع وزراء مجلس التعاون", "the ministers of the Cooperation Council met", "التعاون"),
    ("زار الوفد مقر هيئة الدعم", "the delegation visited the support board's office", "الدعم"),
])
def test_act_noun_after_an_office_head_is_a_portfolio(text: str, gloss: str, word: str) -> None:
    assert word not in [t.text for t in find_triggers(text)], gloss
    assert word in [t.text for t in find_triggers("أكد الوزير أهمية " + word)]  # the minister stressed ...


def test_mission_abroad_is_the_target_itself() -> None:
    """هاجم مسلحون السفارة الأمريكية (gunmen attacked the US embassy): the embassy is hit, the
    United States acts through it."""
    text = "هاجم مسلحون السفارة الأمريكية. والولايات المتحدة دولة كبيرة."
    emb = Mention("السفارة الأمريكية", 10, 27, "ORG", "US embassy", "rasd:org:Q30:embassy")
    us = Mention("الولايات المتحدة", text.index("الولايات"), text.index("الولايات") + 16, "GPE", "United States", "Q30")
    d = Document(id="t", text=text, entities=[emb, us])

    def state_of(kb, m):  # what the entity step's state_of says of an organ id
        return "Q30" if m.id.startswith("rasd:org:Q30") else None

    r = StateResolver(None, d, state_of)
    assert r.actor(emb).name_en == "United States"
    assert r.actor(emb, target=True).name_en == "US embassy"


# --- parties: discourse phrases, relatives, charges, group heads, own losses ---------------

PARTY = ("حزب العمال", "ORG", "Workers Party", "rasd:wp")
TURKEY = ("تركيا", "GPE", "Turkey", "Q43")
ARMY = ("الجيش التركي", "ORG", "Turkish Army", "rasd:army")


def test_preposition_opening_a_discourse_phrase_marks_no_target() -> None:
    """إلى ذلك، نفى الجيش التركي أنه قصف القرية (besides, the Turkish army denied it shelled the
    village): the army is the subject, not a target of إلى."""
    text = "إلى ذلك نفى الجيش التركي أنه قصف القرية"
    (ev,) = [e for e in code_events(doc_with(text, ARMY)) if e.type == "ASSAULT"]
    assert (ev.source.name_en, ev.status) == ("Turkish Army", "denied")


def test_denial_answers_the_allegation_told_elsewhere() -> None:
    """An allegation placed in one town and its denial placed in another are one fact, denied."""
    text = "قصفت تركيا قرية في دهوك. ونفت تركيا أنها قصفت مدنيين في زاخو."
    d = doc_with(text, TURKEY, ("دهوك", "GPE", "Duhok", "Q1"), ("زاخو", "GPE", "Zakho", "Q2"))
    evs = [e for e in code_events(d) if e.type == "ASSAULT"]
    assert [(e.source.name_en, e.status) for e in evs] == [("Turkey", "denied")]


@pytest.mark.parametrize("text,gloss,expected", [
    ("قال إن الجماعات التي تستهدف تركيا ستهزم", "he said the groups that target Turkey will be defeated", []),
    ("الضربات التي نفذتها تركيا استهدفت حزب العمال", "the strikes that Turkey carried out targeted the party",
     [("Turkey", "Workers Party")]),
])
def test_imperfective_after_a_relative_describes(text: str, gloss: str, expected: list) -> None:
    assert assaults(doc_with(text, TURKEY, PARTY)) == expected, gloss


@pytest.mark.parametrize("text,gloss,expected", [
    ("واتهم زعيم معارض أردوغان بشن حرب", "an opposition leader accused Erdogan of waging war: Erdogan is accused",
     [(None, "Erdogan")]),
    ("اتهمت تركيا أردوغان بالفساد", "Turkey accused Erdogan of corruption", [("Turkey", "Erdogan")]),
])
def test_the_name_before_a_charge_is_the_accused(text: str, gloss: str, expected: list) -> None:
    d = doc_with(text, TURKEY, ("أردوغان", "PER", "Erdogan", "Q39723"))
    got = [(e.source and e.source.name_en, e.target and e.target.name_en) for e in code_events(d) if e.type == "ACCUSE"]
    assert got == expected, gloss


def test_definite_group_head_names_the_only_group_of_its_kind() -> None:
    """حزب العمال ... الغارات على معسكرات الحزب (raids on the party's camps): the party named before."""
    text = "هاجم حزب العمال مركزا. وشنت تركيا غارات على معسكرات الحزب."
    assert ("Turkey", "Workers Party") in assaults(doc_with(text, PARTY, TURKEY))


@pytest.mark.parametrize("text,gloss,expected", [
    ("قال الجيش التركي إن جنديين قتلا في هجوم نفذه حزب العمال",
     "the army said two soldiers were killed in an attack by the party: the army was hit", [("Workers Party", "Turkish Army")]),
    ("قال الجيش التركي إن مدنيين قتلا في هجوم نفذه حزب العمال",
     "the army said two civilians were killed in an attack by the party: no side named", [("Workers Party", None)]),
])
def test_force_telling_its_own_losses_is_the_target(text: str, gloss: str, expected: list) -> None:
    assert assaults(doc_with(text, ARMY, PARTY)) == expected, gloss


# --- clauses, group anaphors, result nouns ------------------------------------------------

RESISTANCE = ("المقاومة", "ORG", "Resistance", "rasd:res")
HOUTHIS = ("الحوثيين", "ORG", "Houthis", "rasd:houthis")


def test_each_clause_tells_its_own_act() -> None:
    """قصفت روسيا القرية، وفي بلدة أخرى نصبت المقاومة كمينا للجيش (Russia shelled the village, and
    in another town the resistance ambushed the army): two attacks in one sentence."""
    text = "قصفت روسيا مواقع المقاومة، وفي بلدة أخرى نصبت المقاومة كمينا ضد الحوثيين."
    got = assaults(doc_with(text, RUSSIA, RESISTANCE, HOUTHIS))
    assert ("Russia", "Resistance") in got and ("Resistance", "Houthis") in got


def test_according_to_vouches_for_its_own_clause_only() -> None:
    """قصفت روسيا القرية، فيما قتل ثلاثة في بلدة أخرى حسب شهود (Russia shelled the village, while
    three were killed elsewhere according to witnesses): the shelling stays asserted."""
    text = "قصفت روسيا مواقع المقاومة، فيما قتل ثلاثة في بلدة أخرى حسب الجيش."
    (ev,) = [e for e in code_events(doc_with(text, RUSSIA, RESISTANCE)) if e.source and e.source.name_en == "Russia"]
    assert ev.status == "asserted"


def test_this_group_points_back_to_the_group_named_before() -> None:
    """... تبنت هذه المجموعة هجوما على السفارة (this group claimed an attack on the embassy)."""
    from rasd.annotate.event_mentions import group_anaphors

    class KB:  # a KB that knows the group is an armed group
        def get(self, id_):
            return type("E", (), {"subtype": "armed_group"})() if id_ == "rasd:g" else None

    text = "هاجمت الجبهة الشعبية مركزا. وفي العام الماضي تبنت هذه المجموعة هجوما."
    d = doc_with(text, ("الجبهة الشعبية", "ORG", "Popular Front", "rasd:g"))
    (m,) = group_anaphors(d, (0, len(text)), KB())
    assert (m.text, m.name_en) == ("المجموعة", "Popular Front")


def test_result_noun_does_not_make_a_new_act() -> None:
    """كما أدت الغارة إلى تدمير جسر (the raid also led to destroying a bridge): still the raid told before."""
    text = "قصفت روسيا قرية. كما أدت الغارة إلى تدمير جسر."
    assert assaults(doc_with(text, RUSSIA)) == [("Russia", None)]


def test_destroying_by_a_named_force_is_an_attack() -> None:
    """نجحت المقاومة في تدمير مواقع الحوثيين (the resistance destroyed Houthi positions)."""
    text = "نجحت المقاومة في تدمير مواقع الحوثيين"
    assert assaults(doc_with(text, RESISTANCE, HOUTHIS)) == [("Resistance", "Houthis")]


def test_but_opens_a_clause_with_its_own_doer() -> None:
    """أيد الحلف روسيا لكن كثيرين حثوا أوكرانيا (the alliance backed Russia but many urged Ukraine):
    the alliance is not the one urging."""
    text = "أيد الحلف قرار روسيا لكن كثيرين حثوا أوكرانيا على الحوار"
    d = doc_with(text, RUSSIA, ("الحلف", "ORG", "Alliance", "rasd:al"), ("أوكرانيا", "GPE", "Ukraine", "Q212"))
    assert not [e for e in code_events(d) if e.type == "REQUEST"]


@pytest.mark.parametrize("text,gloss", [
    ("قال إن الوضع قد يصبح “قابلا للانفجار” في أي لحظة", "he said the situation could become explosive"),
    ("حذر من أن المنطقة قابلة للانفجار", "he warned the region is explosive"),
])
def test_blocker_phrase_covers_all_its_words(text: str, gloss: str) -> None:
    assert not [t for t in find_triggers(text) if t.type == "ASSAULT"], gloss


def test_claim_names_the_doer_of_an_attack_with_no_party_yet() -> None:
    """قتل عشرة جنود في هجوم شنه مسلحون. وتبنت الجماعة الهجوم (ten soldiers were killed in an
    attack by gunmen. The group claimed the attack): the group did it, and claims it."""
    text = "قتل عشرة جنود في هجوم شنه مسلحون على قاعدة. وتبنت الجماعة الهجوم في بيان."
    d = doc_with(text, ("الجماعة", "ORG", "The Group", "rasd:grp"))
    evs = [e for e in code_events(d) if e.type == "ASSAULT"]
    assert [(e.source.name_en, e.status, e.evidence[0]) for e in evs] == [("The Group", "claimed", 0)]


@pytest.mark.parametrize("text,gloss,expected", [
    ("زار ترامب الرياض والدوحة وأبوظبي", "Trump visited Riyadh, Doha and Abu Dhabi: one trip", 1),
    ("اتهم ترامب الرياض والدوحة", "Trump accused Riyadh and Doha: two accusations", 2),
])
def test_one_trip_to_several_cities_is_one_visit(text: str, gloss: str, expected: int) -> None:
    d = doc_with(text, ("ترامب", "PER", "Donald Trump", "Q22686"), ("الرياض", "GPE", "Riyadh", "Q3692"),
                 ("الدوحة", "GPE", "Doha", "Q3861"), ("أبوظبي", "GPE", "Abu Dhabi", "Q1519"))
    assert len([e for e in code_events(d) if e.type in ("CONSULT", "ACCUSE")]) == expected, gloss


def test_the_city_that_saw_clashes_is_a_place() -> None:
    """شهدت طرابلس اشتباكات عنيفة (Tripoli saw heavy clashes): Tripoli is where, not who."""
    text = "شهدت طرابلس اشتباكات عنيفة بين مجموعات مسلحة"
    ev = [e for e in code_events(doc_with(text, ("طرابلس", "GPE", "Tripoli", "Q3579")), require_actor=False)
          if e.type == "ASSAULT"]
    assert ev and ev[0].source is None and ev[0].where.name_en == "Tripoli"


def test_affiliated_gunmen_act_for_their_group() -> None:
    """هاجم مسلحون تابعون لحماس مواقع الحوثيين (gunmen belonging to Hamas attacked Houthi positions)."""
    text = "هاجم مسلحون تابعون لحماس مواقع الحوثيين"
    d = doc_with(text, ("حماس", "ORG", "Hamas", "Q38799"), HOUTHIS)
    assert assaults(d) == [("Hamas", "Houthis")]


def test_an_instrument_noun_has_no_subject_before_it() -> None:
    """استهدفوا مواقع الحوثيين بقذيفة صاروخية (they targeted Houthi positions with a rocket shell):
    the Houthis before بقذيفة are not its doer."""
    from rasd.annotate.event_args import pick_source_target
    from rasd.annotate.event_clauses import sentence_words
    from rasd.annotate.event_slots import slots

    text = "استهدفوا مواقع الحوثيين بقذيفة صاروخية"
    d = doc_with(text, HOUTHIS)
    found = slots(text, (0, len(text)), d.entities)
    for t in find_triggers(text):
        if t.text in ("بقذيفة", "صاروخية"):
            assert pick_source_target(found, t, sentence_words(text, (0, len(text))))[0] is None, t.text


def test_victims_of_a_clash_face_its_other_side() -> None:
    """قتل 15 حوثيا في مواجهات بين الحوثيين والمقاومة (15 Houthis killed in clashes between the
    Houthis and the resistance): the resistance hit the Houthis."""
    text = "لقي 15 حوثيا مصرعهم في مواجهات عنيفة بين الحوثيين والمقاومة"
    d = doc_with(text, RESISTANCE, HOUTHIS, ("حوثيا", "ORG", "Houthis", "rasd:houthis"))
    assert assaults(d) == [("Resistance", "Houthis")]


@pytest.mark.parametrize("text,gloss,is_protest", [
    ("أكد أهمية المضي في مسيرة السلام", "stressed pressing on with the peace process", False),
    ("أثر الجدار على المسيرة التعليمية للطلبة", "the wall's effect on the pupils' schooling", False),
    ("خرج الآلاف في مسيرة احتجاجية أمس", "thousands went out in a protest march yesterday", True),
    ("شارك المئات في مسيرة الغضب", "hundreds took part in the march of anger", True),
    ("تحدث الكاتب عن ثورة الشعب في القرن الماضي", "the writer spoke of the people's revolution last century", False),
    ("اندلعت ثورة في الشوارع أمس", "a revolt broke out in the streets yesterday", True),
])
def test_march_as_a_course_and_revolution_as_history(text: str, gloss: str, is_protest: bool) -> None:
    assert bool([t for t in find_triggers(text) if t.type == "PROTEST"]) is is_protest, gloss


@pytest.mark.parametrize("text,gloss,feature,present", [
    ("وردد المتظاهرون هتافات ضد الحكومة", "the protesters chanted against the government: more on a known protest",
     "br:PROTEST", True),
    ("تظاهر آلاف الطلاب أمس أمام البرلمان", "thousands of students demonstrated yesterday before parliament",
     "br:PROTEST", False),
    ("تظاهر آلاف الطلاب أمس أمام البرلمان", "a crowd's size", "ctx:crowd", True),
    ("تظاهر آلاف الطلاب أمس أمام البرلمان", "a day", "ctx:day", True),
    ("احتشد المحتجون في الميدان", "people gathering (احتشد)", "ctx:gather", True),
])
def test_classifier_features_for_a_new_event(text: str, gloss: str, feature: str, present: bool) -> None:
    from rasd.annotate.event_classifier import features

    assert (feature in features(text)) is present, gloss
