"""Clauses, complements and noun phrases that decide an act's parties: a later clause's head
governs its own complement, a verb row behind the article is a noun, a noun's agent is never
across a complementiser, a direct object before a prepositional topic is the one accused or
asked, "members of X" act for X, and a body's head qualified otherwise is another body."""
from __future__ import annotations

import pytest
from event_cases import Coded, Known, coded

from rasd.annotate.event_mentions import alias_mentions, doc_aliases
from rasd.annotate.triggers import find_triggers
from rasd.kb import load_kb
from rasd.model import Document, Mention

KNOWN: dict[str, tuple[str, str, str]] = {
    "الولايات المتحدة": ("GPE", "United States", "Q30"), "الحوثيين": ("ORG", "Houthis", "rasd:org:houthis"),
    "إيران": ("GPE", "Iran", "Q794"), "ناصر كنعاني": ("PER", "Nasser Kanaani", "Q29581227"),
    "السعودية": ("GPE", "Saudi Arabia", "Q851"), "مجلس الأمن": ("ORG", "UN Security Council", "Q37470"),
    "حركة حماس": ("ORG", "Hamas", "Q38845"), "بايدن": ("PER", "Joe Biden", "Q6279"),
    "طهران": ("GPE", "Tehran", "Q3616"),
}


def events_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events coded in a text whose KNOWN names are its mentions."""
    return [e[:3] for e in coded(text, KNOWN)]


def test_a_later_clauses_head_governs_its_own_complement() -> None:
    # "Saudi Arabia called for restraint, while Iran condemned the strikes." The strikes are what
    # Iran condemned, not a strike by Iran.
    text = "شنت الولايات المتحدة ضربات على الحوثيين. ودعت السعودية إلى ضبط النفس، فيما أدانت إيران الضربات."
    assert not any(t == "ASSAULT" and s == "Iran" for t, s, _ in events_of(text))


@pytest.mark.parametrize("text, verb", [
    ("وجاءت الضربات بعد الهجوم", False),  # the strikes came after the attack: a noun
    ("واستمر القصف على المدينة", False),  # the shelling went on: a noun
    ("ضربت الطائرات المدينة", True),      # the planes struck the city: a verb
    ("التقى الوزير نظيره", True),         # the minister met his counterpart: a verb spelt with ال
])
def test_a_verb_row_behind_the_article_is_its_verbal_noun(text: str, verb: bool) -> None:
    assert find_triggers(text)[0].verb is verb


def test_a_nouns_agent_is_not_across_a_complementiser() -> None:
    # "The strikes came after the Security Council adopted a resolution."
    got = events_of("وجاءت الضربات بعد أن تبنى مجلس الأمن قرارا.")
    assert not any("UN Security Council" in (s, t) for _, s, t in got)


def test_the_direct_object_is_accused_not_the_topic_after_a_preposition() -> None:
    # "Hamas members accused the Biden administration of paying Tehran a ransom."
    got = events_of("واتهم أعضاء من حركة حماس إدارة بايدن بدفع فدية لطهران.")
    assert ("ACCUSE", "Hamas", "Joe Biden") in got


def test_a_bodys_head_qualified_otherwise_is_another_body() -> None:
    # "The Joint Operations Command announced ... The general command of the Peshmerga accused ..."
    text = "أعلنت قيادة العمليات المشتركة السيطرة على المطار. واتهمت القيادة العامة لقوات البيشمركة بغداد."
    jo = Mention("قيادة العمليات المشتركة", 6, 29, "ORG", "Joint Operations Command", "rasd:org:joc")
    doc = Document(id="t", text=text, entities=[jo], published="2017-10-17")
    second = (text.index("واتهمت"), len(text))
    assert alias_mentions(doc, second, doc_aliases(doc)) == []
    # ... while "the command said" alone is the JOC
    text2 = text[:second[0]] + "وقالت القيادة إن القوات تقدمت."
    doc2 = Document(id="t", text=text2, entities=[jo], published="2017-10-17")
    got = alias_mentions(doc2, (second[0], len(text2)), doc_aliases(doc2))
    assert [m.name_en for m in got] == ["Joint Operations Command"]


@pytest.mark.parametrize("surface, name", [
    ("الحزب الجمهوري", "Republican Party (United States)"),
    ("حزب الأمة القومي", "National Umma Party"),
    ("حركة النهضة", "Ennahda Movement"),
])
def test_major_parties_are_in_the_kb(surface: str, name: str) -> None:
    assert [e.name_en for e in load_kb().lookup(surface)] == [name]


@pytest.mark.parametrize("text, retreat", [
    ("وسحبت روسيا قواتها من خيرسون.", True),                 # Russia withdrew its forces from Kherson
    ("قررت البعثة سحب موظفيها الأجانب من ليبيا.", True),     # the mission decided to withdraw its foreign staff
    ("وسحب المودع أمواله من المصرف.", False),               # the depositor withdrew his money from the bank
])
def test_withdrawing_forces_or_staff_is_a_retreat(text: str, retreat: bool) -> None:
    assert any(t.type == "RETREAT" for t in find_triggers(text)) is retreat


@pytest.mark.parametrize("text, kinds", [
    # "Security forces fired tear gas to disperse thousands of protesters": crowd control, and the
    # protesters are acted on, not the security forces protesting
    ("أطلقت قوات الأمن الغاز المسيل للدموع لتفريق آلاف المحتجين.", {"COERCE"}),
    ("وفرقت الشرطة المتظاهرين في الميدان.", {"COERCE"}),          # the police dispersed the protesters
    ("واحتشد آلاف المتظاهرين أمام البرلمان.", {"PROTEST"}),        # thousands of protesters massed
    ("وقال إن الحكومة تحترم حق التظاهر السلمي.", set()),           # the right to protest is no protest
    ("وفض الخلاف بين الطرفين.", set()),                            # the dispute was settled: no dispersal
])
def test_crowd_control_and_the_right_to_protest(text: str, kinds: set[str]) -> None:
    assert {t.type for t in find_triggers(text) if t.strong} == kinds


def test_the_person_after_a_spokesmans_body_is_the_spokesman_not_the_accused() -> None:
    # "The Sudanese army's spokesman, Brigadier Nabil Abdallah, accused the RSF of a massacre."
    text = "واتهم المتحدث باسم الجيش السوداني العميد نبيل عبد الله قوات الدعم السريع بارتكاب مجزرة."
    sudan = {"الجيش السوداني": ("ORG", "Sudanese Armed Forces", "rasd:org:saf"),
             "نبيل عبد الله": ("PER", "Nabil Abdallah", "rasd:per:nabil-abdallah"),
             "قوات الدعم السريع": ("ORG", "Rapid Support Forces", "rasd:org:rsf")}
    coded_events = events_with(text, sudan, "2025-04-14")
    got = [(kind, target) for kind, _, target, _ in coded_events]
    assert got == [("ACCUSE", "Rapid Support Forces")]  # a bare charge: no alleged act (event_allegations)


@pytest.mark.parametrize("text, threat", [
    # "The UN warned that the battle may displace up to a million people": an alarm, no threat
    ("وحذرت الأمم المتحدة من أن المعركة قد تؤدي إلى نزوح مليون شخص.", False),
    # "The army warned that any attack would be met with a harsh response": a threat
    ("وحذر الجيش من أن أي هجوم سيقابل برد قاس.", True),
    # "Trump warned Iran of dire consequences": a threat to the one warned
    ("وحذر ترامب إيران من عواقب وخيمة.", True),
    # "..., warning of a full humanitarian crisis": an alarm, no threat
    ("قالت المفوضية إن آلاف اللاجئين عبروا الحدود، محذرة من أزمة إنسانية شاملة.", False),
    # threat idioms: "will respond with all firmness", "grave consequences", "all options are on the table"
    ('وقالت الوزارة إنها سترد "بكل حزم" على أي استفزاز.', True),
    ('وقال المتحدث إن الهجمات ستكون لها "عواقب وخيمة".', True),
    ("وقال الرئيس إن كل الخيارات مطروحة على الطاولة.", True),
])
def test_a_warning_with_no_one_warned_and_nothing_promised_is_no_threat(text: str, threat: bool) -> None:
    from rasd.annotate.event_facts import facts_only

    assert any(t.type == "THREATEN" for t in facts_only(find_triggers(text), [], text)) is threat


def test_a_condition_set_is_a_demand_on_the_other_side() -> None:
    # "The Russian side rejected the proposal and made the Ukrainian forces' withdrawal a condition."
    text = "ورفض الجانب الروسي المقترح، واشترط انسحاب القوات الأوكرانية من أربع مناطق."
    parties = {"الجانب الروسي": ("GPE", "Russia", "Q159"),
               "القوات الأوكرانية": ("ORG", "Armed Forces of Ukraine", "rasd:org:Q212:armed-forces")}
    coded_events = events_with(text, parties, "2025-05-16")
    got = [(kind, source) for kind, source, _, _ in coded_events]
    assert ("REQUEST", "Russia") in got


def test_of_two_acts_in_a_clause_the_one_with_its_doer_nearest_is_told() -> None:
    # "Abadi ordered the PMF to prepare to join the battles of Anbar, a day after ISIS seized Ramadi."
    text = "أمر حيدر العبادي قوات الحشد الشعبي بالاستعداد للمشاركة في معارك الأنبار، غداة سيطرة تنظيم داعش على مدينة الرمادي."
    parties = {"حيدر العبادي": ("PER", "Haider al-Abadi", "Q57480"),
               "قوات الحشد الشعبي": ("ORG", "Popular Mobilization Forces", "rasd:org:pmf"),
               "الأنبار": ("LOC", "Anbar", "Q209807"), "تنظيم داعش": ("ORG", "Islamic State", "Q2429253"),
               "الرمادي": ("GPE", "Ramadi", "Q207638")}
    coded_events = events_with(text, parties, "2015-05-18")
    got = [(kind, source) for kind, source, _, _ in coded_events]
    assert ("ASSAULT", "Islamic State") in got and ("ASSAULT", "Haider al-Abadi") not in got


def test_an_attack_on_a_partys_fighters_targets_the_party() -> None:
    # "Sources said gunmen of the Popular Resistance managed to kill a number of the Houthis' fighters."
    text = "وكشفت مصادر أن مسلحين تابعين للمقاومة الشعبية تمكنوا من قتل عدد من مسلحي الحوثيين."
    # للمقاومة = ل + المقاومة with the article's alif dropped, so the name's span starts at its lam
    parties = {"لمقاومة الشعبية": ("ORG", "Popular Resistance", "rasd:org:popular-resistance"),
               "الحوثيين": ("ORG", "Houthis", "rasd:org:houthis")}
    coded_events = events_with(text, parties, "2015-08-01")
    got = [(kind, source, target) for kind, source, target, _ in coded_events]
    assert got == [("ASSAULT", "Popular Resistance", "Houthis")]


def test_the_nationality_of_people_counted_is_never_the_doer() -> None:
    # "The movement said its fighters killed 17 Kenyan soldiers in an ambush": كينيا here is
    # "Kenyan", spelt like the country, and Kenya is not the ambusher
    text = "وأعلنت حركة الشباب أن مقاتليها قتلوا 17 جنديا كينيا في كمين."
    parties = {"حركة الشباب": ("ORG", "Al-Shabaab", "rasd:org:al-shabaab"), "كينيا": ("GPE", "Kenya", "Q114")}
    coded_events = events_with(text, parties, "2012-10-01")
    assert not any(source == "Kenya" for _, source, _, _ in coded_events)


def events_with(text: str, parties: Known, published: str = "2022-09-29") -> list[Coded]:
    """(type, source, target, status) of the events coded in a text naming these parties."""
    return coded(text, parties, published)


def test_an_outlet_that_relays_a_statement_does_not_act() -> None:
    # "The Guard said in a statement carried by Tasnim that its forces struck the groups' HQs."
    got = events_with("وأعلن الحرس الثوري في بيان نقلته وكالة تسنيم أن قواته استهدفت مقرات الجماعات.",
                      {"الحرس الثوري": ("ORG", "Islamic Revolutionary Guard Corps", "Q271110"),
                       "وكالة تسنيم": ("ORG", "Tasnim News Agency", "rasd:org:tasnim")})
    assert got and all(source != "Tasnim News Agency" for _, source, _, _ in got)
    assert not any(kind == "MOBILIZE" for kind, *_ in got)  # نقلته (relayed it) moved no troops


def test_a_spokesmans_denial_of_an_attack_is_his_bodys() -> None:
    # "The Houthi spokesman Mohammed Abdulsalam denied launching any attack."
    got = events_with("ونفى المتحدث باسم الحوثيين محمد عبد السلام شن أي هجوم.",
                      {"الحوثيين": ("ORG", "Houthis", "rasd:org:houthis"),
                       "محمد عبد السلام": ("PER", "Mohammed Abdulsalam", "rasd:per:abdulsalam")})
    assert ("ASSAULT", "Houthis", None, "denied") in got


def test_a_condemned_killing_is_not_aimed_at_its_victim() -> None:
    # "Iran condemned the killing of Mahsa Amini" is no accusation against Mahsa Amini
    got = events_with("وأدانت فرنسا مقتل الشابة مهسا أميني.", {"فرنسا": ("GPE", "France", "Q142"),
                                                          "مهسا أميني": ("PER", "Mahsa Amini", "Q114224451")})
    assert not any(target == "Mahsa Amini" for _, _, target, _ in got)


@pytest.mark.parametrize("text", [
    "سقطت صواريخ على أطراف أسمرة، في تصعيد ينذر بتوسع النزاع.",   # an escalation portending a wider war
    "وقال الوزير إن الهجمات تهدد الاتفاق.",                        # the attacks threaten the agreement
])
def test_a_thing_that_threatens_is_no_threat_by_a_party(text: str) -> None:
    from rasd.annotate.event_facts import facts_only

    assert not any(t.type == "THREATEN" for t in facts_only(find_triggers(text), [], text))


def test_a_toll_counted_by_the_un_makes_the_un_no_victim() -> None:
    # "The RSF announced it took the camp, as the UN spoke of more than 300 civilians killed."
    got = events_with("أعلنت قوات الدعم السريع سيطرتها على المخيم، في وقت تحدثت فيه الأمم المتحدة عن مقتل 300 مدني.",
                      {"قوات الدعم السريع": ("ORG", "Rapid Support Forces", "rasd:org:rsf"),
                       "الأمم المتحدة": ("ORG", "United Nations", "Q1065")}, "2025-04-14")
    assert not any(target == "United Nations" for _, _, target, _ in got)


def test_a_leader_after_his_rank_is_no_target_unless_his_body_is() -> None:
    # "The council, led by General Tiani, accused France of violating Niger's airspace."
    got = events_with("واتهم المجلس العسكري، الذي يقوده الجنرال عبد الرحمن تياني، فرنسا بانتهاك الأجواء.",
                      {"عبد الرحمن تياني": ("PER", "Abdourahamane Tiani", "rasd:per:tiani"),
                       "فرنسا": ("GPE", "France", "Q142")}, "2023-08-11")
    assert [(kind, target) for kind, _, target, _ in got] == [("ACCUSE", "France")]
    # "ECOWAS threatened sanctions on the military council led by Colonel Goita": he stands for it
    got = events_with("وهددت إيكواس بفرض عقوبات على المجلس العسكري بقيادة العقيد أسيمي غويتا.",
                      {"إيكواس": ("ORG", "ECOWAS", "Q161549"), "أسيمي غويتا": ("PER", "Assimi Goïta", "Q104185040")},
                      "2021-12-17")
    assert ("THREATEN", "ECOWAS", "Assimi Goïta", "asserted") in got


@pytest.mark.parametrize("text, kinds", [
    ("وتعهد الرئيس بأن بلاده سترد بقوة على المعتدين.", {"THREATEN"}),   # vowed his country would respond
    ("وتعهدت السعودية بتقديم مساعدات لليمن.", {"AID"}),                  # pledged aid: no threat
    ("وتحدث الرئيس خلال تشييع الضحايا عن معاناة الأسر.", set()),         # spoke at the victims' funeral: no new attack
])
def test_a_vow_of_retaliation_and_a_funeral(text: str, kinds: set[str]) -> None:
    assert {t.type for t in find_triggers(text) if t.strong} == kinds


@pytest.mark.parametrize("text, visit", [
    ("سيغادرون الساحة احتراما لزيارة الإمام موسى الكاظم.", False),  # out of respect for the imam's pilgrimage
    ("وصل الوزير في زيارة رسمية إلى بغداد.", True),               # the minister arrived on an official visit
])
def test_a_pilgrimage_is_no_diplomatic_visit(text: str, visit: bool) -> None:
    assert any(t.type == "CONSULT" for t in find_triggers(text)) is visit


@pytest.mark.parametrize("text, doer", [
    # "Pakistan carried out strikes that targeted the group": the strikes are the verb's subject,
    # the group its object
    ("ونفذت باكستان ضربات استهدفت جماعة حافظ غل بهادر.", "Pakistan"),
    # "raids the coalition's planes launched on the Houthis": شنتها carries its object, the planes act
    ("قتل عشرة في غارات شنتها طائرات التحالف على الحوثيين.", "Saudi-led coalition"),
])
def test_an_indefinite_act_noun_before_its_verb(text: str, doer: str) -> None:
    parties = {"باكستان": ("GPE", "Pakistan", "Q843"),
               "جماعة حافظ غل بهادر": ("ORG", "Hafiz Gul Bahadur Group", "rasd:org:hafiz-gul-bahadur"),
               "التحالف": ("ORG", "Saudi-led coalition", "rasd:org:saudi-led-coalition"),
               "الحوثيين": ("ORG", "Houthis", "rasd:org:houthis")}
    got = events_with(text, {k: v for k, v in parties.items() if k in text}, "2024-03-19")
    assert [source for kind, source, _, _ in got if kind == "ASSAULT"] == [doer]


def test_the_nationality_of_the_places_struck_past_the_munitions_counted() -> None:
    # "Ukraine said Russia fired last week more than 800 guided bombs and about 30 missiles at
    # Ukrainian cities": the cities' nationality, 12 words on, names the target
    got = events_with("وقالت أوكرانيا إن روسيا أطلقت الأسبوع الماضي أكثر من 800 قنبلة جوية موجهة وقرابة 30 صاروخا "
                      "على المدن الأوكرانية.", {"أوكرانيا": ("GPE", "Ukraine", "Q212"), "روسيا": ("GPE", "Russia", "Q159")},
                      "2025-01-28")
    assert ("ASSAULT", "Russia", "Ukraine") in [e[:3] for e in got]


@pytest.mark.parametrize("text, kinds", [
    ("وأعلنت القيادة حالة الإنذار القصوى في العاصمة.", ["MOBILIZE"]),  # maximum alert: no ultimatum (إنذار)
    ("واتفق الطرفان على وقف إطلاق النار.", ["AGREE", "CONCEDE"]),      # a ceasefire: no firing (إطلاق)
    ("واستنفر الجيش قواته على الحدود.", ["MOBILIZE"]),                  # the army put its forces on alert
])
def test_a_phrases_own_words_start_no_other_trigger(text: str, kinds: list[str]) -> None:
    assert [t.type for t in find_triggers(text) if t.strong] == kinds


def test_dates_and_numbers_do_not_push_the_object_out_of_reach() -> None:
    # "Iran launched, at dawn today, Sunday 5 Shawwal 1445 AH, more than 300 drones and missiles
    # towards Israel": the weapon (needed by أطلق) and the target stay within reach of the verb.
    text = "أطلقت إيران فجر اليوم الأحد 5 شوال 1445هـ أكثر من 300 طائرة مسيرة وصاروخ باتجاه إسرائيل."
    assert [t.text for t in find_triggers(text) if t.type == "ASSAULT"] == ["أطلقت"]
    known = dict(KNOWN, **{"إسرائيل": ("GPE", "Israel", "Q801")})
    assert ("ASSAULT", "Iran", "Israel") in [e[:3] for e in coded(text, known)]
    # the same words with no date are too far: the window counts words, not dates
    far = "أطلقت إيران من القواعد البعيدة في الجبال الغربية عبر الحدود أكثر من 300 طائرة"
    assert not [t for t in find_triggers(far) if t.type == "ASSAULT"]


def test_a_border_with_a_state_is_a_place() -> None:
    # "Jordanian forces killed 27 smugglers on the border with Syria": Syria is where, not whom.
    text = "قتلت القوات الأردنية 27 مهربا على الحدود مع سوريا."
    known = {"القوات الأردنية": ("ORG", "Jordan Armed Forces", "rasd:org:jordan-armed-forces"),
             "سوريا": ("GPE", "Syria", "Q858")}
    assert [e[:3] for e in coded(text, known)] == [("ASSAULT", "Jordan Armed Forces", None)]


def test_a_threat_against_a_nationals_provocation_is_aimed_at_that_state() -> None:
    # "Azerbaijan's defence ministry said it will respond firmly to any Armenian provocation."
    text = "قصفت أرمينيا قرى. وقالت أذربيجان إنها سترد بكل حزم على أي استفزاز أرمني."
    parties = {"أرمينيا": ("GPE", "Armenia", "Q399"), "أذربيجان": ("GPE", "Azerbaijan", "Q227")}
    assert ("THREATEN", "Azerbaijan", "Armenia") in [e[:3] for e in events_with(text, parties, "2016-04-03")]


def test_military_exercises_around_a_state_mobilize_against_it() -> None:
    # "China's army began wide military exercises around Taiwan" (PLOVER: exercises are MOBILIZE);
    # "political manoeuvres" are none
    parties = {"الجيش الصيني": ("ORG", "People's Liberation Army", "rasd:org:pla"), "تايوان": ("GPE", "Taiwan", "Q865")}
    text = "بدأ الجيش الصيني اليوم مناورات عسكرية واسعة في محيط تايوان."
    assert [e[:3] for e in events_with(text, parties, "2024-05-23")] == [("MOBILIZE", "People's Liberation Army", "Taiwan")]
    assert not events_with("وصف الجيش الصيني الخطوة بأنها مناورة سياسية.", parties, "2024-05-23")


def test_a_bodys_head_before_its_verbs_object_is_the_body() -> None:
    # "The Front announced the end of the truce. The front accused the Moroccan forces of firing":
    # القوات after الجبهة is the verb's object, not a qualifier making it another front
    text = "أعلنت جبهة البوليساريو انتهاء الهدنة. واتهمت الجبهة القوات المغربية بإطلاق النار."
    d = Document(id="t", text=text, published="2020-11-15")
    name = "جبهة البوليساريو"
    d.entities.append(Mention(name, 6, 6 + len(name), "ORG", "Polisario Front", "rasd:org:polisario"))
    sent = (text.index("واتهمت"), len(text))
    assert [m.name_en for m in alias_mentions(d, sent, doc_aliases(d))] == ["Polisario Front"]


def test_sources_relaying_move_no_troops() -> None:
    # "Diplomatic sources reported that the Turkish forces may withdraw": نقلت (relayed) is no
    # transport of troops; "the Turkish army moved extra forces to the border" is
    parties = {"القوات التركية": ("ORG", "Turkish Armed Forces", "rasd:org:tsk"), "الجيش التركي": ("ORG", "Turkish Armed Forces", "rasd:org:tsk")}
    relayed = events_with("ونقلت مصادر دبلوماسية أن القوات التركية قد تنسحب من البلدة.", parties, "2018-07-10")
    assert not [e for e in relayed if e[0] == "MOBILIZE"]
    moved = events_with("نقل الجيش التركي قوات إضافية إلى الحدود.", parties, "2018-07-10")
    assert [e[0] for e in moved] == ["MOBILIZE"]
