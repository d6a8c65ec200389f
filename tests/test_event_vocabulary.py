"""Trigger vocabulary of general news: each row a short sentence written for rasd, with the
PLOVER types its triggers must give (and must not)."""
from __future__ import annotations

import pytest

from rasd.annotate.event_facts import facts_only
from rasd.annotate.triggers import find_triggers


def types_in(text: str) -> set[str]:
    """The event types of the sentence's triggers that tell facts (a cancelled visit is no meeting)."""
    return {t.type for t in facts_only(find_triggers(text, 0, len(text)), None, text)}


def assert_types(text: str, wanted: set[str], unwanted: set[str]) -> None:
    """The sentence's fact types include every wanted one and none of the unwanted."""
    got = types_in(text)
    assert wanted <= got and not (unwanted & got)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "Guyana said it will not recognise the referendum's results."
    ("وقالت غيانا إنها لن تعترف بنتائج الاستفتاء.", {"REJECT"}, set()),
    # "The front called up hundreds of reservists."
    ("واستدعت الجبهة مئات من جنود الاحتياط.", {"MOBILIZE"}, set()),
    # "The forces seized large quantities of drugs."
    ("وضبطت القوات كميات كبيرة من المخدرات.", {"COERCE"}, set()),
    # "The United States gave Jordan a grant of 20 million dollars."
    ("وقدمت الولايات المتحدة منحة بقيمة 20 مليون دولار للأردن.", {"AID"}, set()),
    # "The colonel agreed to step down."
    ("ووافق العقيد على التنحي عن السلطة.", {"CONCEDE"}, set()),
    # "The ministry announced it was reinforcing the military presence on the northern border."
    ("وأعلنت وزارة الدفاع تعزيز الوجود العسكري على الحدود الشمالية.", {"MOBILIZE"}, set()),
    # "Flights between the two countries will resume."
    ("وتقرر استئناف الرحلات الجوية بين البلدين.", {"COOPERATE"}, {"COERCE"}),
    # "The company halted its flights to the city": flights are no deportation
    ("وعلقت الشركة رحلاتها إلى المدينة.", set(), {"COERCE"}),
    # "The kingdom decided to close its land, sea and air crossings with Qatar."
    ("وقررت المملكة إغلاق منافذها البرية والبحرية والجوية مع قطر.", {"COERCE"}, set()),
    # "Iran closed its airspace to flights from the region."
    ("وأغلقت إيران مجالها الجوي أمام الرحلات القادمة من الإقليم.", {"COERCE"}, set()),
    # "The shop closed its doors early": no border, no coercion
    ("وأغلق المتجر أبوابه مبكرا.", set(), {"COERCE"}),
    # "Macron said before a crowd of angry residents ...": a crowd is no troop build-up
    ("وقال الرئيس أمام حشد من السكان الغاضبين إن البلاد ليست وحدها.", set(), {"MOBILIZE"}),
    # "Aid planes that Qatar sent landed in Beirut": aid, no troops sent
    ("وحطت في المطار طائرات مساعدات أرسلتها قطر إلى لبنان.", {"AID"}, {"MOBILIZE"}),
    # "Washington announced it was suspending $700m of aid to Sudan": a sanction, not aid
    ("وأعلنت واشنطن تعليق مساعدات بقيمة 700 مليون دولار للسودان.", {"SANCTION"}, {"AID"}),
    # "The council declared a state of emergency in the capital" / "the government lifted it"
    ("وأعلن المجلس الأعلى للدفاع حالة الطوارئ في العاصمة.", {"COERCE"}, set()),
    ("وقررت الحكومة رفع حالة الطوارئ.", set(), {"COERCE"}),
    # "The government put the officials under house arrest."
    ("ووضعت الحكومة المسؤولين قيد الإقامة الجبرية.", {"COERCE"}, set()),
    # "The president froze parliament and lifted the MPs' immunity."
    ("وجمد الرئيس عمل البرلمان ورفع الحصانة عن النواب.", {"COERCE"}, set()),
    # "Denmark began withdrawing its force from Mali."
    ("وبدأت الدنمارك سحب قوتها من مالي.", {"RETREAT"}, set()),
    # "The government decided to freeze the company's assets."
    ("وقررت الحكومة تجميد أصول الشركة.", {"SANCTION"}, set()),
    # "The authorities gave the French ambassador 72 hours to leave the country": an expulsion
    ("ومنحت السلطات السفير الفرنسي مهلة 72 ساعة لمغادرة البلاد.", {"SANCTION"}, set()),
    # "Saudi Arabia declared it stands fully by Jordan."
    ("وأعلنت السعودية وقوفها الكامل إلى جانب الأردن.", {"SUPPORT"}, set()),
    # "The police barred the MPs from entering."
    ("ومنعت الشرطة النواب من دخول المبنى.", {"COERCE"}, set()),
    # "The authorities deported hundreds of migrants."
    ("ورحلت السلطات مئات المهاجرين.", {"COERCE"}, set()),
])
def test_general_news_vocabulary(text: str, wanted: set[str], unwanted: set[str]) -> None:
    assert_types(text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "The minister discussed with his Russian counterpart the Syrian crisis."
    ("وبحث الوزير مع نظيره الروسي الأزمة السورية.", {"CONSULT"}, {"REQUEST"}),
    # "He made a phone call with his counterpart, in which the two discussed calming the border":
    # بحثا is "the two discussed", not ب + حث "urged"
    ("وأجرى الوزير اتصالا هاتفيا بنظيره بحثا خلاله تهدئة الوضع على الحدود.", {"CONSULT"}, {"REQUEST"}),
    # "The president urged the parties to show restraint."
    ("وحث الرئيس الأطراف على ضبط النفس.", {"REQUEST"}, set()),
    # "The minister cancelled a visit planned to Turkey": a snub, and no meeting
    ("وألغى الوزير زيارة كانت مقررة إلى تركيا.", {"REJECT"}, {"CONSULT"}),
    # "The minister said in a phone call with his Kuwaiti counterpart that ..." (a call between ministers)
    ("وقال الوزير في اتصال هاتفي مع نظيره الكويتي إن العلاقات متينة.", {"CONSULT"}, set()),
    # "The minister said in a phone call with the agency that ..." (an interview, no consultation)
    ("وقال الوزير في اتصال هاتفي مع الوكالة إن العلاقات متينة.", set(), {"CONSULT"}),
])
def test_meetings_calls_and_snubs(text: str, wanted: set[str], unwanted: set[str]) -> None:
    assert_types(text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "The ministry summoned the Pakistani chargé d'affaires": a diplomatic protest
    ("واستدعت وزارة الخارجية القائم بالأعمال الباكستاني.", {"PROTEST"}, {"SANCTION"}),
    # "Algeria recalled its ambassador to Morocco for consultations"
    ("واستدعت الجزائر سفيرها لدى المغرب للتشاور.", {"SANCTION"}, {"PROTEST"}),
    # "They evacuated the positions" (أخلوا: the final-weak أخلى before وا)
    ("وأخلوا المواقع قبل وصول القوات.", {"RETREAT"}, set()),
    # "The government will not allow any party to violate its sovereignty": a warning (THREATEN),
    # not the refusal of a proposal (REJECT)
    ("وقالت الحكومة إنها لن تسمح لأي طرف بانتهاك سيادتها.", {"THREATEN"}, {"REJECT"}),
    # "The charges are baseless."
    ("وقال المتحدث إن هذه الاتهامات لا أساس لها من الصحة.", {"REJECT"}, set()),
    # "Sirte is a red line."
    ("وقال الرئيس إن سرت خط أحمر.", {"THREATEN"}, set()),
    # "The army will not hesitate to strike back."
    ("وقال الجيش إنه لن يتردد في الرد.", {"THREATEN"}, set()),
    # "Reports spoke of army units moving toward the border."
    ("وتحدثت تقارير عن تحرك وحدات من الجيش نحو الحدود.", {"MOBILIZE"}, set()),
    # "Military columns were seen heading north."
    ("وشوهدت أرتال عسكرية تتجه شمالا.", {"MOBILIZE"}, set()),
    # "The front called up hundreds of reservists."
    ("واستدعت الجبهة المئات من عناصر الاحتياط.", {"MOBILIZE"}, set()),
    # "The party's moves in parliament" (no forces moved)
    ("وتحدث الوزير عن تحرك الحزب في البرلمان.", set(), {"MOBILIZE"}),
    # "The council deemed any intervention a declaration of war."
    ("واعتبر المجلس أي تدخل إعلان حرب.", {"THREATEN"}, set()),
])
def test_envoys_refusals_and_warnings(text: str, wanted: set[str], unwanted: set[str]) -> None:
    assert_types(text, wanted, unwanted)


@pytest.mark.parametrize("word, lemma", [
    ("استدعت", "استدعي"),  # she summoned → استدعى (folded ى → ي)
    ("أخلوا", "اخلي"),     # they evacuated → أخلى
    ("دعت", "دعا"),        # she called → دعا
])
def test_final_weak_pasts_reach_their_lexicon_form(word: str, lemma: str) -> None:
    from rasd.annotate.word_keys import verb_keys, word_keys
    assert lemma in verb_keys(word_keys(word))


def test_a_plural_noun_in_aat_is_no_final_weak_verb() -> None:
    from rasd.annotate.word_keys import verb_keys, word_keys
    # دعوات (calls, a plural noun) is not دعوا (they called)
    assert "دعا" not in verb_keys(word_keys("دعوات"))


@pytest.mark.parametrize("text, wanted, unwanted", [
    # "The army's forces deployed in the capital's streets."
    ("وانتشرت قوات الجيش في شوارع العاصمة.", {"MOBILIZE"}, set()),
    # "The police closed the channel's office."
    ("وأغلقت الشرطة مكتب القناة في العاصمة.", {"COERCE"}, set()),
])
def test_deployments_and_closed_offices(text: str, wanted: set[str], unwanted: set[str]) -> None:
    assert_types(text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    # "The Turkish prime minister Ahmet Davutoglu held the organisation responsible for the attack":
    # the needed word comes after a long titled subject
    ("وحمل رئيس الوزراء التركي أحمد داود أوغلو التنظيم مسؤولية الهجوم.", {"ACCUSE"}),
    # "The country will keep fighting the organisation": a vow
    ("وقال إن بلاده ستواصل محاربة التنظيم.", {"THREATEN"}),
])
def test_blame_and_vows_to_keep_fighting(text: str, wanted: set[str]) -> None:
    assert wanted <= types_in(text)


def test_asking_not_to_be_named_is_no_demand() -> None:
    # "an official said, asking not to be named, that ...": anonymity, no REQUEST
    assert "REQUEST" not in types_in("وقال مسؤول عسكري طالبا عدم كشف اسمه إن القوات انسحبت.")


def test_a_side_that_suffered_losses_was_hit() -> None:
    from rasd.annotate.triggers import find_triggers
    # "the Chinese side suffered similar losses": تكبد (suffered) is no كبد (inflicted); its subject is hit
    (t,) = find_triggers("إن الجانب الصيني تكبد خسائر مماثلة.")
    assert (t.type, t.patient) == ("ASSAULT", True)
