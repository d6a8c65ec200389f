"""Who an event's parties are: attacked cities, platforms, datelines, titles, denials, triggers in context."""
from __future__ import annotations

import pytest

from rasd.annotate.event_facts import facts_only
from rasd.annotate.event_mentions import usable
from rasd.annotate.datelines import dateline_end
from rasd.annotate.event_roles import ACT_ADJECTIVES
from rasd.annotate.event_slots import _glued_in_token, place_word
from rasd.annotate.events import code_events
from rasd.annotate.quotes import FindQuotes
from rasd.annotate.triggers import find_triggers
from rasd.kb import load_kb
from rasd.model import Document, Mention


def mention(text: str, sub: str, type_: str, name_en: str, id_: str) -> Mention:
    start = text.index(sub)
    return Mention(sub, start, start + len(sub), type_, name_en, id_)


def doc_of(text: str, *mentions: Mention, published: str = "2017-11-05") -> Document:
    return Document(id="t", text=text, entities=sorted(mentions, key=lambda m: m.start), published=published)


# Entities the table-driven tests below name: surface → (type, name_en, id).
KNOWN: dict[str, tuple[str, str, str]] = {
    "ولاية سيناء": ("ORG", "Islamic State – Sinai Province", "rasd:org:islamic-state-sinai-province"),
    "داعش": ("ORG", "Islamic State", "Q2429253"), "مصر": ("GPE", "Egypt", "Q79"),
    "حماس": ("ORG", "Hamas", "Q38845"), "إيران": ("GPE", "Iran", "Q794"),
    "الجيش الإسرائيلي": ("ORG", "Israel Defense Forces", "rasd:org:idf"),
    "الجيش المصري": ("ORG", "Egyptian Armed Forces", "rasd:org:egyptian-army"),
    "المرصد السوري لحقوق الإنسان": ("ORG", "Syrian Observatory for Human Rights", "rasd:org:syrian-observatory"),
}


def known_in(text: str) -> list[Mention]:
    """A mention at the first occurrence of every KNOWN entity the text names."""
    return [mention(text, k, *v) for k, v in KNOWN.items() if k in text]


def events_of(text: str, *mentions: Mention) -> list[tuple[str, str | None, str | None]]:
    doc = doc_of(text, *mentions)
    return [(e.type, e.source and e.source.name_en, e.target and e.target.name_en)
            for e in code_events(doc, load_kb())]


def test_a_city_attacked_is_coded_as_its_named_state() -> None:
    # "The Houthis fired a missile towards the city of Abha. Saudi Arabia said it intercepted it."
    text = "أطلق الحوثيون صاروخا باتجاه مدينة أبها. وقالت السعودية إنها اعترضته."
    got = events_of(text, mention(text, "الحوثيون", "ORG", "Houthis", "rasd:org:houthis"),
                    mention(text, "أبها", "GPE", "Abha", "rasd:gn:110690"),
                    mention(text, "السعودية", "GPE", "Saudi Arabia", "Q851"))
    assert ("ASSAULT", "Houthis", "Saudi Arabia") in got


def test_a_city_stays_the_target_when_its_state_is_not_named() -> None:
    # "The Houthis fired a missile towards the city of Abha."
    text = "أطلق الحوثيون صاروخا باتجاه مدينة أبها."
    got = events_of(text, mention(text, "الحوثيون", "ORG", "Houthis", "rasd:org:houthis"),
                    mention(text, "أبها", "GPE", "Abha", "rasd:gn:110690"))
    assert ("ASSAULT", "Houthis", "Abha") in got


def test_a_platform_is_never_a_party() -> None:
    # "The group claimed the attacks on the army in a statement posted on Twitter."
    text = "وتبنى التنظيم الهجمات على الجيش المصري في بيان نشر على موقع تويتر."
    got = events_of(text, mention(text, "التنظيم", "ORG", "Islamic State", "rasd:org:isis"),
                    mention(text, "الجيش المصري", "ORG", "Egyptian Armed Forces", "rasd:org:egyptian-army"),
                    mention(text, "تويتر", "ORG", "Twitter", "rasd:org:twitter"))
    assert all(target != "Twitter" and source != "Twitter" for _, source, target in got)


def test_an_act_blamed_on_a_party_is_its_doing() -> None:
    # "The truce collapsed after a suicide attack in the town that the authorities blamed on the group."
    text = "وانهارت الهدنة بعد هجوم انتحاري في البلدة نسبته السلطات إلى تنظيم داعش."
    got = events_of(text, mention(text, "داعش", "ORG", "Islamic State", "rasd:org:isis"))
    assert ("ASSAULT", "Islamic State", None) in got


def test_eliminated_militants_is_an_attack() -> None:
    # "The ministry said an army unit eliminated five terrorists in the mountains."
    assert [t.type for t in find_triggers("قضت على خمسة إرهابيين في الجبال")] == ["ASSAULT"]
    assert find_triggers("قضت على الفساد") == []  # "stamped out corruption": no militants, no attack


def test_an_army_telling_of_its_aircraft_strikes_is_their_doer() -> None:
    # "The Turkish army said 50 warplanes struck positions of the PKK in the mountains."
    text = "قال الجيش التركي إن 50 طائرة حربية قصفت مواقع لحزب العمال الكردستاني في الجبال."
    got = events_of(text, mention(text, "الجيش التركي", "ORG", "Turkish Armed Forces", "o:tr-army"),
                    mention(text, "حزب العمال الكردستاني", "ORG", "Kurdistan Workers' Party", "rasd:org:pkk"))
    assert ("ASSAULT", "Turkish Armed Forces", "Kurdistan Workers' Party") in got


def test_a_rejection_reported_by_the_other_side_is_claimed() -> None:
    # "Minister Sami Adel said that Russia rejected Ukraine's proposal during the talks."
    text = "وقال الوزير سامي عادل إن روسيا رفضت مقترح أوكرانيا خلال المحادثات."
    doc = doc_of(text, mention(text, "سامي عادل", "PER", "Sami Adel", "p1"),
                 mention(text, "روسيا", "GPE", "Russia", "Q159"),
                 mention(text, "أوكرانيا", "GPE", "Ukraine", "Q212"), published="2025-05-16")
    FindQuotes(kb=load_kb())(doc)
    events = code_events(doc, load_kb())
    reject = [e for e in events if e.type == "REJECT"]
    assert reject and reject[0].status == "claimed"


def test_a_platform_named_with_its_kind_is_never_a_party() -> None:
    assert not usable(Mention("موقع تويتر", 0, 10, "ORG", "Twitter", "rasd:org:twitter"))
    # a channel can be hit
    assert usable(Mention("قناة الجزيرة", 0, 12, "ORG", "Al Jazeera", "rasd:org:al-jazeera"))


def test_a_nationality_after_an_act_noun_is_its_doer() -> None:
    # "12 people were killed in the Israeli strikes on Gaza. Israel says it targets Hamas."
    text = "قتل 12 شخصا في الغارات الإسرائيلية على غزة. وتقول إسرائيل إنها تستهدف حماس."
    got = events_of(text, mention(text, "غزة", "GPE", "Gaza", "rasd:gn:281133"),
                    mention(text, "إسرائيل", "GPE", "Israel", "Q801"),
                    mention(text, "حماس", "ORG", "Hamas", "rasd:org:hamas"))
    assert any(t == "ASSAULT" and s == "Israel" for t, s, _ in got)



@pytest.mark.parametrize("text,types", [
    ("أعلن الجيش فجر اليوم الاثنين بدء العملية", []),        # "at dawn today": no blast
    ("أدى المصلون صلاة الفجر في المسجد", []),              # "the dawn prayer"
    ("فجر انتحاري نفسه في السوق", ["ASSAULT", "ASSAULT"]),  # "a suicide bomber blew himself up"
    ("والتقى الوزير نظيره", ["CONSULT"]),                    # a verb whose own form starts with ال
])
def test_dawn_is_no_blast(text: str, types: list[str]) -> None:
    assert [t.type for t in find_triggers(text)] == types


def test_the_name_after_a_title_is_the_caller_not_the_called() -> None:
    # "US President Joe Biden called on Israel to stop the fire."
    text = "ودعا الرئيس الأمريكي جو بايدن إسرائيل إلى وقف إطلاق النار."
    got = events_of(text, mention(text, "جو بايدن", "PER", "Joe Biden", "Q6279"),
                    mention(text, "إسرائيل", "GPE", "Israel", "Q801"))
    assert ("REQUEST", "Joe Biden", "Israel") in got


def test_a_description_between_commas_is_the_sources_own() -> None:
    # "Sami Adel, the head of the People's Party, called on the Workers' Party to lay down arms."
    text = "ودعا سامي عادل، رئيس حزب الشعب، حزب العمال إلى إلقاء السلاح."
    got = events_of(text, mention(text, "سامي عادل", "PER", "Sami Adel", "p1"),
                    mention(text, "حزب الشعب", "ORG", "People's Party", "o1"),
                    mention(text, "حزب العمال", "ORG", "Workers' Party", "o2"))
    assert ("REQUEST", "Sami Adel", "Workers' Party") in got
    assert ("REQUEST", "Sami Adel", "People's Party") not in got


def test_the_source_of_a_report_is_no_party() -> None:
    # "25 civilians were killed in strikes that targeted the city's districts, according to the Observatory."
    text = "قتل 25 مدنيا في غارات استهدفت أحياء المدينة، حسبما أفاد المرصد السوري."
    got = events_of(text, mention(text, "المرصد السوري", "ORG", "Syrian Observatory", "o1"))
    assert all(s != "Syrian Observatory" and t != "Syrian Observatory" for _, s, t in got)


def test_condolences_to_victims_are_no_attack() -> None:
    # "the president offered his condolences to the families of the victims"
    assert find_triggers("وقدم الرئيس تعازيه لعائلات الضحايا") == []


def test_no_evidence_in_the_middle_of_the_next_sentence_is_its_own() -> None:
    # "Pakistan vowed to respond to India. India had accused Pakistan of the attack without giving evidence."
    text = "وتوعدت باكستان الهند بالرد. وكانت الهند قد اتهمت باكستان بالهجوم دون أن تقدم دليلا."
    doc = doc_of(text, *(Mention(w, i, i + len(w), "GPE", en, id_) for w, en, id_ in
                         (("باكستان", "Pakistan", "Q843"), ("الهند", "India", "Q668"))
                         for i in (text.index(w), text.rindex(w))), published="2025-05-07")
    status = {e.type: e.status for e in code_events(doc, load_kb())}
    assert status.get("THREATEN") == "asserted"


@pytest.mark.parametrize("text,ends_with", [
    ("الخرطوم - تجددت الاشتباكات", "الخرطوم -"),
    ("نيودلهي، إسلام آباد - وكالات: شنت الهند", "وكالات:"),
    ("قال الجيش إن 50 طائرة - وفق البيان - قصفت", ""),   # a sentence, not a dateline
])
def test_dateline_places_do_not_act(text: str, ends_with: str) -> None:
    places = [Mention(w, text.index(w), text.index(w) + len(w), "GPE", w, w)
              for w in ("الخرطوم", "نيودلهي", "إسلام آباد") if w in text]
    assert text[:dateline_end(text, places)].endswith(ends_with)


def test_a_dateline_town_is_no_party() -> None:
    # "Khartoum - fierce clashes resumed between the army and the Rapid Support Forces in El Fasher."
    text = "الخرطوم - تجددت الاشتباكات العنيفة بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر."
    got = events_of(text, mention(text, "الخرطوم", "GPE", "Khartoum", "rasd:gn:379252"),
                    mention(text, "الجيش السوداني", "ORG", "Sudanese Armed Forces", "rasd:org:saf"),
                    mention(text, "قوات الدعم السريع", "ORG", "Rapid Support Forces", "rasd:org:rsf"))
    assert got and all(s != "Khartoum" for _, s, _ in got)


@pytest.mark.parametrize("text,types", [
    ("أكدت الدولتان وقوفهما إلى جانب مصر", ["SUPPORT"]),   # "stressed they stand by Egypt"
    ("قالت إن بلادها تقف إلى جانب الشعب", ["SUPPORT"]),    # "her country stands by the people"
])
def test_standing_by_is_support(text: str, types: list[str]) -> None:
    assert [t.type for t in find_triggers(text)] == types


def test_keeping_on_an_act_is_that_act() -> None:
    # "the US will keep supporting the Iraqi forces with air strikes": support, not a threat
    kept = [t.type for t in facts_only(find_triggers("ستواصل دعم القوات العراقية بالضربات الجوية"))]
    assert "SUPPORT" in kept and "THREATEN" not in kept
    # "will keep pursuing the terrorists": the vow stays a threat
    assert {t.type for t in facts_only(find_triggers("ستواصل ملاحقة الإرهابيين"))} == {"THREATEN"}


def test_launching_drones_is_an_attack() -> None:
    # "Russian forces launched 30 drones overnight"
    assert [t.type for t in find_triggers("أطلقت القوات الروسية خلال الليل 30 طائرة مسيرة")] == ["ASSAULT"]
    # "the ministry launched a campaign": no weapon, no attack
    assert find_triggers("أطلقت الوزارة حملة توعية") == []


@pytest.mark.parametrize("surface,name_en,id_,glued", [
    ("لبنان", "Lebanon", "Q822", ""),              # Lebanon: its ل is no preposition
    ("باكستان", "Pakistan", "Q843", ""),           # Pakistan: its ب is no preposition
    ("لوزان", "Lausanne", "rasd:gn:2659994", ""),  # Lausanne
    ("بموسكو", "Moscow", "rasd:gn:524901", "ب"),   # "in Moscow" spanned with its clitic
])
def test_a_names_first_letter_is_no_clitic(surface: str, name_en: str, id_: str, glued: str) -> None:
    assert _glued_in_token(Mention(surface, 0, len(surface), "GPE", name_en, id_)) == glued


def test_a_counterpart_is_the_target_of_a_meeting_not_its_city() -> None:
    # "Kerry is to meet his Russian counterpart Sergei Lavrov in Lausanne on Saturday."
    text = "ومن المقرر أن يلتقي جون كيري نظيره الروسي سيرغي لافروف في لوزان السويسرية يوم السبت."
    got = events_of(text, mention(text, "جون كيري", "PER", "John Kerry", "Q22316"),
                    mention(text, "سيرغي لافروف", "PER", "Sergei Lavrov", "Q39666"),
                    mention(text, "لوزان", "GPE", "Lausanne", "rasd:gn:2659994"))
    assert ("CONSULT", "John Kerry", "Sergei Lavrov") in got


@pytest.mark.parametrize("text,types", [
    ("سيطرت القوات على المدينة", ["ASSAULT"]),              # "the forces took the city"
    ("وكان التنظيم قد سيطر على الموصل", ["ASSAULT"]),        # "the group had seized Mosul"
    ("تمكنت القوات من استعادة مواقع", ["ASSAULT"]),          # "the forces retook positions"
    ("أعلنت الحركة سيطرتها على المطار", ["ASSAULT"]),        # "the movement announced it took the airport"
    ("تقع البلدة تحت سيطرة المعارضة", []),                   # "the town is under the opposition's control"
    ("نجحت الشرطة في السيطرة على الوضع", []),               # "the police brought the situation under control"
    ("تمت السيطرة على الحريق", []),                          # "the fire was brought under control"
])
def test_taking_ground_is_an_attack(text: str, types: list[str]) -> None:
    assert [t.type for t in find_triggers(text)] == types


def test_a_nationality_further_in_is_no_doer() -> None:
    # "The protesters raised Palestinian flags": the flags are Palestinian, the protest is no Palestinian act
    assert "الاعلام" not in ACT_ADJECTIVES
    text = "ورفع المتظاهرون الأعلام الفلسطينية في الساحة. وتطالب فلسطين بالدعم."
    got = events_of(text, mention(text, "فلسطين", "GPE", "Palestine", "Q219060"))
    assert all(s != "Palestine" for _, s, _ in got)


def test_a_protest_is_against_the_party_its_cause_names() -> None:
    # "Thousands demonstrated in the capital, condemning the Israeli war on Gaza. Israel denies ..."
    text = "تظاهر آلاف المواطنين في العاصمة، تنديدا بالحرب الإسرائيلية على غزة. وتنفي إسرائيل ذلك."
    got = events_of(text, mention(text, "إسرائيل", "GPE", "Israel", "Q801"))
    assert ("PROTEST", None, "Israel") in got


@pytest.mark.parametrize("text,mentions,expected", [
    # "The ministry denied that its forces withdrew from the city": the withdrawal stands denied
    ("ونفت وزارة الدفاع انسحاب قواتها من المدينة.", (("وزارة الدفاع", "ORG", "Defence Ministry", "o1"),),
     ("RETREAT", "denied")),
    # "The group denied losing positions and accused the army of shelling": the accusation is made
    ("ونفت الجماعة خسارة مواقعها، واتهمت الجيش بقصف الأسواق.",
     (("الجماعة", "ORG", "The Group", "g1"), ("الجيش", "ORG", "The Army", "a1")), ("ACCUSE", "asserted")),
])
def test_a_denial_governs_what_it_denies(text: str, mentions: tuple, expected: tuple) -> None:
    doc = doc_of(text, *(mention(text, *m) for m in mentions), published="2015-05-18")
    assert expected in [(e.type, e.status) for e in code_events(doc, load_kb())]


def test_a_claimer_described_between_commas_is_the_claimer() -> None:
    # "The 'Sinai Province' group, ISIS's Egyptian branch, claimed responsibility for the attacks."
    text = 'وأعلن تنظيم "ولاية سيناء"، الفرع المصري لتنظيم داعش، مسؤوليته عن الهجمات.'
    doc = doc_of(text, mention(text, "ولاية سيناء", "ORG", "Islamic State – Sinai Province",
                               "rasd:org:islamic-state-sinai-province"),
                 mention(text, "داعش", "ORG", "Islamic State", "Q2429253"))
    got = [(e.type, e.source and e.source.name_en, e.status) for e in code_events(doc, load_kb())]
    assert got == [("ASSAULT", "Islamic State – Sinai Province", "claimed")]


@pytest.mark.parametrize("text", [
    # "The army launched operations to free the city of Mosul from ISIS."
    "وأطلق الجيش العراقي العمليات العسكرية لتحرير مدينة الموصل من تنظيم داعش.",
    # "... to retake Mosul, ISIS's last stronghold in Iraq."
    "وأطلق الجيش العراقي العمليات العسكرية لاستعادة مدينة الموصل، آخر معاقل تنظيم داعش في العراق.",
])
def test_a_place_freed_from_a_party_makes_the_party_the_target(text: str) -> None:
    got = events_of(text, mention(text, "الجيش العراقي", "ORG", "Iraqi Army", "rasd:organ:iq:armed-forces"),
                    mention(text, "الموصل", "GPE", "Mosul", "rasd:gn:99072"),
                    mention(text, "داعش", "ORG", "Islamic State", "Q2429253"))
    assert any(t == "ASSAULT" and tgt == "Islamic State" for t, _, tgt in got)


@pytest.mark.parametrize("text, subject, obj, expected", [
    # "The government said its forces launched a counter-attack, accusing Haftar of a coup."
    ("قالت الحكومة الليبية إن قواتها أطلقت عملية مضادة، متهمة حفتر بالانقلاب.", "الحكومة الليبية", "حفتر",
     ("ACCUSE", "Government of Libya", "Khalifa Haftar")),
    # "The ministry accused Rwanda of sending troops, asking the Security Council to impose sanctions."
    ("اتهمت الوزارة رواندا بإرسال جنود، مطالبة مجلس الأمن الدولي بفرض عقوبات.", "الوزارة", "مجلس الأمن الدولي",
     ("REQUEST", "Government of Libya", "UN Security Council")),
])
def test_a_participle_after_a_comma_is_the_subjects_act(text, subject, obj, expected) -> None:
    got = events_of(text, mention(text, subject, "ORG", "Government of Libya", "rasd:org:gov-ly"),
                    mention(text, obj, "PER" if obj == "حفتر" else "ORG", expected[2], "rasd:x:" + str(len(obj))))
    assert expected in got


def test_a_participle_is_a_trigger_only_after_a_comma() -> None:
    # "She stressed the government's demand for an inquiry": مطالبة is a noun here, no participle
    assert [t.hal for t in find_triggers("وأكدت مطالبة الحكومة بالتحقيق.")] in ([], [False])
    # "..., accusing him of": a participle
    assert [(t.type, t.hal) for t in find_triggers("وانسحبت من الاتفاق، متهمة إياه بالفشل.")
            if t.text == "متهمة"] == [("ACCUSE", True)]


def test_a_killing_verb_after_its_named_subject_is_its_act() -> None:
    # "Sources said the Popular Resistance killed a number of Houthi gunmen."
    text = "وقالت مصادر إن المقاومة الشعبية قتلت عددا من مسلحي الحوثيين."
    got = events_of(text, mention(text, "المقاومة الشعبية", "ORG", "Popular Resistance", "rasd:org:popular-resistance"),
                    mention(text, "الحوثيين", "ORG", "Houthis", "rasd:org:houthis"))
    assert [(t, s) for t, s, _ in got] == [("ASSAULT", "Popular Resistance")]


def test_a_dated_wire_dateline_is_no_party() -> None:
    # "Kyiv, 10 October (dpa) - 11 people were killed in a wave of Russian missile strikes that hit Kyiv."
    text = "كييف، 10 أكتوبر/تشرين الأول (د ب أ) - قتل 11 شخصا في موجة من الضربات الصاروخية الروسية استهدفت كييف."
    kyiv = mention(text, "كييف", "GPE", "Kyiv", "rasd:gn:703448")
    assert dateline_end(text, [kyiv]) == text.index("-") + 1
    assert dateline_end("قال الجيش إن 50 طائرة - قصفت المواقع", []) == 0


def test_a_capital_names_its_state_for_the_states_organs() -> None:
    # "The US Air Force launched five raids on ISIS positions. Washington said it would go on."
    text = "شن سلاح الجو الأمريكي خمس غارات على مواقع تنظيم داعش. وقالت واشنطن إنها ستواصل."
    got = events_of(text, mention(text, "سلاح الجو الأمريكي", "ORG", "US Air Force", "rasd:organ:us:air-force"),
                    mention(text, "داعش", "ORG", "Islamic State", "Q2429253"),
                    mention(text, "واشنطن", "GPE", "Washington", "rasd:gn:4140963"))
    assert ("ASSAULT", "United States", "Islamic State") in got


def test_at_the_request_of_makes_the_requester_the_source() -> None:
    # "The air force launched five raids on ISIS positions, at the request of the Government of National Accord."
    text = "شن سلاح الجو الأمريكي خمس غارات على مواقع تنظيم داعش، بطلب من حكومة الوفاق الوطني."
    got = events_of(text, mention(text, "سلاح الجو الأمريكي", "ORG", "US Air Force", "rasd:organ:us:air-force"),
                    mention(text, "داعش", "ORG", "Islamic State", "Q2429253"),
                    mention(text, "حكومة الوفاق الوطني", "ORG", "Government of National Accord", "rasd:org:gna"))
    assert ("REQUEST", "Government of National Accord", "US Air Force") in got


def test_its_units_second_verb_is_the_speakers_act() -> None:
    # "The Syrian army said its units responded to violations and took the town of Tal Othman."
    text = "وقال الجيش السوري في بيان إن وحداته ردت على الخروقات، وسيطرت على بلدة تل عثمان. وتدعم روسيا سوريا."
    got = events_of(text, mention(text, "الجيش السوري", "ORG", "Syrian Arab Army", "rasd:org:syrian-army"),
                    mention(text, "روسيا", "GPE", "Russia", "Q159"), mention(text, "سوريا", "GPE", "Syria", "Q858"))
    assert any(t == "ASSAULT" and s == "Syria" for t, s, _ in got)


@pytest.mark.parametrize("text, agree", [
    ("وقع الطرفان اتفاقا لوقف إطلاق النار.", True),          # the two sides signed an agreement
    ("وندد الجانبان بخرق اتفاق وقف إطلاق النار.", False),     # condemned the breach of the ceasefire agreement
    ("وانسحبت القوات بموجب اتفاق سابق.", False),              # withdrew under an earlier agreement
])
def test_an_existing_agreement_is_no_new_one(text: str, agree: bool) -> None:
    assert any(t.type == "AGREE" for t in find_triggers(text)) is agree


@pytest.mark.parametrize("text, accused", [
    # "The authorities accuse the 'Sinai Province' group, loyal to ISIS, of carrying it out."
    ('غير أن السلطات المصرية تتهم تنظيم «ولاية سيناء» الموالي لـ«داعش» بتنفيذه.', "Islamic State – Sinai Province"),
    # "The army accused Hamas, which is backed by Iran, of firing the rockets."
    ("واتهم الجيش الإسرائيلي حركة حماس المدعومة من إيران بإطلاق الصواريخ.", "Hamas"),
])
def test_the_accused_is_the_direct_object(text: str, accused: str) -> None:
    got = events_of(text, *known_in(text))
    assert [tgt for t, _, tgt in got if t == "ACCUSE"] == [accused]


@pytest.mark.parametrize("text, reporter, doer", [
    # "The Egyptian army announced 16 takfiri militants killed": the army's attack
    ("أعلن الجيش المصري مقتل 16 عنصرا تكفيريا في شمال سيناء. وقالت مصر إن العملية مستمرة.", "الجيش المصري", "Egypt"),
    # "The Observatory reported 20 gunmen killed": a monitor tells, it does not strike
    ("أعلن المرصد السوري لحقوق الإنسان مقتل 20 مسلحا في إدلب.", "المرصد السوري لحقوق الإنسان", None),
])
def test_an_army_announcing_its_enemies_dead_killed_them(text: str, reporter: str, doer: str | None) -> None:
    got = events_of(text, *known_in(text))
    assert [s for t, s, _ in got if t == "ASSAULT"] == ([doer] if doer else [])


def test_a_later_clause_is_no_complement_of_a_demand() -> None:
    # "Guterres called for de-escalation, while Scholz announced Germany will deliver Ukraine an air defence system."
    text = ("ودعا غوتيريش إلى وقف التصعيد، فيما أعلن المستشار الألماني أولاف شولتس أن ألمانيا ستسلم أوكرانيا "
            "منظومة الدفاع الجوي.")
    kept = {t.type for t in facts_only(find_triggers(text), [0, text.index("فيما")])}
    assert {"REQUEST", "AID"} <= kept
    assert "AID" not in {t.type for t in facts_only(find_triggers(text), [0])}  # one clause: a complement


@pytest.mark.parametrize("text, kind", [
    ("وقال إن ألمانيا ستسلم أوكرانيا منظومة دفاع جوي.", "AID"),       # will deliver Ukraine an air-defence system
    ("وأكد أن التحالف يحتفظ بحق الرد.", "THREATEN"),                  # the coalition reserves the right to respond
    ("وسلم نفسه للشرطة.", "CONCEDE"),                                  # he gave himself up: no delivery of arms
    ("وكبدت القوات المهاجمين خسائر فادحة.", "ASSAULT"),                # the forces inflicted heavy losses
])
def test_delivery_and_response_triggers(text: str, kind: str) -> None:
    assert {t.type for t in find_triggers(text)} == {kind}


def test_after_that_it_the_names_are_objects() -> None:
    # "The Qassam Brigades announced that they shelled the cities of Tel Aviv and Ashdod."
    text = "وأعلنت كتائب القسام أنها قصفت مدينتي تل أبيب وأسدود بعشرة صواريخ. وقالت إسرائيل إنها اعترضتها."
    got = events_of(text, mention(text, "كتائب القسام", "ORG", "Al-Qassam Brigades", "rasd:org:qassam"),
                    mention(text, "تل أبيب", "GPE", "Tel Aviv", "rasd:gn:293397"),
                    mention(text, "إسرائيل", "GPE", "Israel", "Q801"))
    assert ("ASSAULT", "Al-Qassam Brigades", "Israel") in got


def test_artillery_with_a_nationality_acts_for_its_state() -> None:
    # "... which the Israeli artillery answered by shelling the outskirts of two villages."
    text = "أطلق مجهولون صاروخين باتجاه إسرائيل، ردت عليهما المدفعية الإسرائيلية بقصف أطراف بلدتين."
    got = events_of(text, mention(text, "إسرائيل", "GPE", "Israel", "Q801"))
    assert any(t == "ASSAULT" and s == "Israel" for t, s, _ in got)


def test_a_group_named_in_a_persons_post_is_not_the_subject() -> None:
    # "Sources said Brig. Gen. Sami Adel, commander of the Houthi and Saleh militias, fled the base."
    text = "وأفادت مصادر بأن العميد سامي عادل؛ قائد ميليشيات الحوثيين وصالح هرب من القاعدة."
    got = events_of(text, mention(text, "سامي عادل", "PER", "Sami Adel", "rasd:per:sami-adel"),
                    mention(text, "الحوثيين", "ORG", "Houthis", "rasd:org:houthis"),
                    mention(text, "صالح", "PER", "Ali Abdullah Saleh", "rasd:per:ali-abdullah-saleh"))
    assert [(t, s) for t, s, _ in got] == [("RETREAT", "Sami Adel")]


@pytest.mark.parametrize("text, seized", [
    ("وسيطر التنظيم على المدينة أمس.", True),             # the group took the city yesterday
    ("ويسيطر التنظيم على المدينة منذ 2015.", False),      # the group has controlled the city since 2015
])
def test_control_in_the_present_is_no_seizure(text: str, seized: bool) -> None:
    assert any(t.type == "ASSAULT" for t in find_triggers(text)) is seized


def test_a_bodys_general_command_speaks_for_it() -> None:
    # "The general command of the Peshmerga forces accused a wing of the PUK of collusion."
    text = "واتهمت القيادة العامة لقوات البيشمركة جناحا في الاتحاد الوطني الكردستاني بالتواطؤ."
    got = events_of(text, mention(text, "قوات البيشمركة", "ORG", "Peshmerga", "rasd:org:peshmerga"),
                    mention(text, "الاتحاد الوطني الكردستاني", "ORG", "Patriotic Union of Kurdistan", "rasd:org:puk"))
    assert ("ACCUSE", "Peshmerga", "Patriotic Union of Kurdistan") in got


def test_a_body_inside_a_persons_title_is_not_the_doer() -> None:
    # "Egypt launched raids. The head of the interim government, Abdullah al-Thinni, condemned the
    # raids on Libya." (the raids condemned are Egypt's, told before: not Libya, where they fell)
    text = "شنت مصر غارات. وأدان رئيس الحكومة المؤقتة عبد الله الثني الغارات على ليبيا."
    got = events_of(text, mention(text, "مصر", "GPE", "Egypt", "Q79"),
                    mention(text, "الحكومة المؤقتة", "ORG", "Interim Government", "rasd:org:ly-interim"),
                    mention(text, "عبد الله الثني", "PER", "Abdullah al-Thani", "rasd:per:thinni"),
                    mention(text, "ليبيا", "GPE", "Libya", "Q1016"))
    assert [(s, t) for e, s, t in got if e == "ACCUSE"] == [("Abdullah al-Thani", "Egypt")]


@pytest.mark.parametrize("word, place", [
    ("في", True),       # in
    ("وفي", True),      # and in: the clitic is read off
    ("بمدينه", True),   # in the city of
    ("شمالي", True),    # northern (the final ي dropped)
    ("ضد", False),      # against: a target, not a place
])
def test_place_word(word: str, place: bool) -> None:
    assert place_word(word) is place
