"""Counted quantities: value, unit, approx and offsets; measures that are never counts."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rasd.annotate.quantities import FindQuantities, classify, find_quantities
from rasd.model import Document
from tests.conftest import assert_offsets


def found(text: str) -> list[tuple[str, float, str | None, bool]]:
    return [(q.text, q.value, q.unit, q.approx) for q in find_quantities(text)]


@pytest.mark.parametrize("text,expected", [
    # about 10 thousand soldiers were sent
    ("أرسلت نحو 10 آلاف جندي", [("نحو 10 آلاف جندي", 10000, "troops", True)]),
    # more than 3 million voters cast their ballots; the jets hit 108 targets; thousands of foreigners
    ("أدلى أكثر من 3 ملايين ناخب بأصواتهم", [("أكثر من 3 ملايين ناخب", 3_000_000, "people", True)]),
    ("أصابت المقاتلات 108 أهداف", [("108 أهداف", 108, "other", False)]),
    ("غادر آلاف الأجانب البلاد", [("آلاف الأجانب", 1000, "people", True)]),
    # 1.5 million dollars in aid
    ("قدمت 1.5 مليون دولار مساعدات", [("1.5 مليون دولار", 1_500_000, "USD", False)]),
    # 250 million euros
    ("خصص الاتحاد ٢٥٠ مليون يورو", [("٢٥٠ مليون يورو", 250_000_000, "EUR", False)]),
    # a year-like number before a counted noun is a count: the death of more than 2,000 people
    ("أسفرت عن مقتل أكثر من 2000 شخص", [("أكثر من 2000 شخص", 2000, "killed", True)]),
    # three launchers and four machine guns destroyed or seized
    ("دمرت ثلاث منصات إطلاق", [("ثلاث منصات", 3, "weapons", False)]),
    ("استرجعت أربعة رشاشات", [("أربعة رشاشات", 4, "weapons", False)]),
    # the death of more than 1,400 Palestinians: a nisba after hundreds/thousands, with or without -ا
    ("أسفر عن مقتل أكثر من 1400 فلسطيني", [("أكثر من 1400 فلسطيني", 1400, "killed", True)]),
    ("أسفر عن مقتل 1400 فلسطينيا", [("1400 فلسطينيا", 1400, "killed", False)]),
    # the death of 28 people: the verb context makes them killed
    ("أعلنت الشرطة مقتل 28 شخصا", [("28 شخصا", 28, "killed", False)]),
    # 31 were wounded: a bare number right after the cue
    ("وأصيب 31 في الهجوم", [("31", 31, "wounded", False)]),
    # the toll rose to about 780: the new total, read back past the approximator
    ("وقال إن حصيلة القتلى ارتفعت إلى نحو 780", [("نحو 780", 780, "killed", True)]),
    # its fighters are estimated at about 1,500: a possessed plural after عدد, بنحو
    ("ويقدر عدد مقاتليها بنحو 1500", [("بنحو 1500", 1500, "fighters", True)]),
    # about 50 MPs signed a request; two MPs at least were beaten (a dual)
    ("وقع نحو 50 نائبا طلبا", [("نحو 50 نائبا", 50, "people", True)]),
    ("اعتدى متظاهرون على نائبين", [("نائبين", 2, "people", False)]),
    # 15 Houthis met their death (cue after the noun)
    ("لقي 15 حوثيا مصرعهم", [("15 حوثيا", 15, "killed", False)]),
    # five policemen were killed
    ("قتل 5 شرطيين في الانفجار", [("5 شرطيين", 5, "killed", False)]),
    # more than 20 missiles were fired
    ("أطلقت أكثر من عشرين صاروخا", [("أكثر من عشرين صاروخا", 20, "missiles", True)]),
    # at least 12 civilians (approximator after the noun)
    ("قتل 12 مدنيا على الأقل", [("12 مدنيا", 12, "killed", True)]),
    # dozens of wounded: a vague lower bound
    ("سقط عشرات الجرحى", [("عشرات الجرحى", 10, "wounded", True)]),
    # hundreds of detainees
    ("أفرج عن مئات المعتقلين", [("مئات المعتقلين", 100, "detainees", True)]),
    # thousands of displaced people
    ("فر آلاف النازحين", [("آلاف النازحين", 1000, "displaced", True)]),
    # tens of thousands of troops
    ("حشد عشرات الآلاف من الجنود", [("عشرات الآلاف من الجنود", 10000, "troops", True)]),
    # two soldiers were killed: the dual counts two
    ("مقتل جنديين في كمين", [("جنديين", 2, "killed", False)]),
    # two missiles hit the base
    ("سقط صاروخان على القاعدة", [("صاروخان", 2, "missiles", False)]),
    # three of the workers were wounded (partitive)
    ("أصيب ثلاثة من العمال", [("ثلاثة من العمال", 3, "wounded", False)]),
    # 16 of them were killed
    ("أسفرت الغارة عن مقتل 16 منهم", [("16 منهم", 16, "killed", False)]),
    # and 24 others were wounded
    ("وإصابة 24 آخرين", [("24 آخرين", 24, "wounded", False)]),
    # the four strikes hit the camp (number after its noun)
    ("استهدفت الغارات الأربع المعسكر", [("الغارات الأربع", 4, "strikes", False)]),
    # 3 battalions arrived
    ("وصلت 3 كتائب إلى الجبهة", [("3 كتائب", 3, "troops", False)]),
    # eight artillery brigades were put on alert (the broken plural of لواء, brigade)
    ("ووضعت ثمانية ألوية مدفعية في حالة تأهب", [("ثمانية ألوية", 8, "troops", False)]),
    # 10 tanks and 20 armoured vehicles
    ("ومعها 10 دبابات و20 مدرعة", [("10 دبابات", 10, "tanks", False),
                                   ("20 مدرعة", 20, "vehicles", False)]),
    # 40 drones were shot down
    ("أسقطت الدفاعات 40 طائرة مسيرة", [("40 طائرة مسيرة", 40, "drones", False)]),
    # seven candidates (a participle plural names people)
    ("رفض سبعة مترشحين المقاطعة", [("سبعة مترشحين", 7, "people", False)]),
    # the toll rose to 60 at least
    ("ارتفعت حصيلة القتلى إلى 60 على الأقل", [("60", 60, "killed", True)]),
    # the police arrested dozens (a definite vague plural after its cue)
    ("اعتقلت الشرطة العشرات", [("العشرات", 10, "detainees", True)]),
    # the police arrested dozens of protesters (after a definite word)
    ("اعتقلت الشرطة عشرات المحتجين", [("عشرات المحتجين", 10, "detainees", True)]),
    # hundreds of soldiers (definite vague plural + من)
    ("انتشر المئات من الجنود", [("المئات من الجنود", 100, "troops", True)]),
    # 75 thousand and 800 wounded
    ("وإصابة 75 ألفا و800 آخرين", [("75 ألفا و800 آخرين", 75800, "wounded", False)]),
    # half a million displaced
    ("نزح نصف مليون شخص", [("نصف مليون شخص", 500_000, "displaced", False)]),
    # each approximator makes the count approximate
    ("قتل حوالى 50 شخصا", [("حوالى 50 شخصا", 50, "killed", True)]),            # about 50
    ("أصيب حوالي 50 شخصا", [("حوالي 50 شخصا", 50, "wounded", True)]),           # about 50
    ("نشر قرابة 400 جندي", [("قرابة 400 جندي", 400, "troops", True)]),           # nearly 400
    ("فر ما يقرب من 3 آلاف نازح", [("ما يقرب من 3 آلاف نازح", 3000, "displaced", True)]),
    ("أطلق ما لا يقل عن 12 صاروخا", [("ما لا يقل عن 12 صاروخا", 12, "missiles", True)]),
    ("قتل على الأقل 7 مدنيين", [("على الأقل 7 مدنيين", 7, "killed", True)]),    # at least 7
    # duals: two killed, two missiles
    ("سقط قتيلين في الاشتباك", [("قتيلين", 2, "killed", False)]),
    ("أطلق الحوثيون صاروخين", [("صاروخين", 2, "missiles", False)]),
    # some 300 fighters
    ("انسحب زهاء ثلاثمائة مقاتل", [("زهاء ثلاثمائة مقاتل", 300, "fighters", True)]),
])
def test_counts(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # in the year 1400 of the Hijra: an era word, not a nisba noun of people
    "أعلن في 2016 رسميا انسحابه",  # "announced officially in 2016": a year before an adverb
    "وقع ذلك في عام 1400 هجري",
    "بلغ الرئيس سن السادسة والثمانين",       # reached the age of eighty-six (ordinal, age)
    "الرجل البالغ 42 عاما",                 # the man aged 42 years
    "تبعد البلدة 10 كيلومترات عن الحدود",   # the town is 10 kilometres from the border
    "على بعد 5 كلم",                        # 5 km away
    "توغلت أكثر من كيلو مترين",             # advanced more than two kilometres
    "استمر القصف ثلاثة أيام",               # the shelling lasted three days
    "خلال 24 ساعة",                         # within 24 hours
    "منذ خمس سنوات",                        # for five years
    "ارتفع التضخم 15%",                     # inflation rose 15%
    "نما الاقتصاد 3 في المئة",              # the economy grew 3 percent
    "قتل 20 في المائة من السكان",           # 20 percent of the population were killed
    "دمر مدفع بي 10",                       # a B-10 gun was destroyed (model number)
    "نشرت طائرات إف-16",                    # F-16 jets were deployed
    "نشرت طائرات اف-16",                    # F-16 jets (other spelling)
    "قصف مقر اللواء 17",                    # the 17th brigade's base (unit number)
    "وقع الهجوم عام 2022",                  # the attack happened in 2022 (a year)
    "في 24 يوليو",                          # on 24 July (a date)
    "في الساعة 10:30 صباحا",                # at 10:30 in the morning (clock time)
    "اتصلوا على 0501234567",                # a phone number
    "نصت المادة 5 على ذلك",                 # article 5 says so
    "قتل جندي واحد",                        # one soldier was killed (a single one is not counted)
    "تبنت حركة طالبان الهجوم",              # the Taliban claimed the attack (a name, not a dual)
    "عند الساعة الثانية عشرة ظهرا",         # at twelve noon (ordinal teen)
    "في يوم 12 من هذا الشهر",               # on the 12th of this month
    "طفل في الـ12 من عمره",                 # a child aged 12
    "فتاة في الثانية عشرة من العمر",        # a girl of twelve years of age
    "في الذكرى الـ50 للحرب",                # on the war's 50th anniversary
    "عشرات ال",                             # a vague plural before a bare article (cut text)
])
def test_not_counts(text: str) -> None:
    assert found(text) == []


def test_each_fact_once() -> None:
    # title and lead repeat the same fact: killed 12 twice → one quantity
    text = "مقتل 12 جنديا في هجوم.\nوقال الجيش إن الهجوم أسفر عن مقتل 12 جنديا."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(12, "killed")]


def test_role_given_later_is_the_same_fact() -> None:
    # 12 soldiers arrived ... 12 soldiers were killed: one fact, counted as killed
    text = "وصل 12 جنديا إلى القاعدة. ثم قتل 12 جنديا في القصف."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(12, "killed")]


def test_same_value_different_facts_kept() -> None:
    # three killed and three wounded are two facts
    text = "قتل ثلاثة جنود. وأصيب ثلاثة مدنيين."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(3, "killed"), (3, "wounded")]
    # two activists killed, two women opened fire: different people
    text = "وقتل ناشطان. وفتحت امرأتان النار."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(2, "killed"), (2, "civilians")]
    # dozens of tanks and 10 tanks: a vague plural and an exact count are two facts
    text = "ترافقها عشرات الدبابات. وهي مزودة بـ 10 دبابات."
    assert [(q.value, q.approx) for q in find_quantities(text)] == [(10, True), (10, False)]


@pytest.mark.parametrize("word,unit,role,dual", [
    ("والجنود", "troops", "count", False),    # and the soldiers
    ("جنديين", "troops", "count", True),      # two soldiers (dual: جندي has a broken plural)
    ("مدنيين", "civilians", "count", False),  # civilians (sound plural, not a dual)
    ("امرأتان", "civilians", "count", True),  # two women
    ("كيلومترات", "distance", "exclude", False),
    ("عاما", "time", "exclude", False),       # years (accusative)
    ("وأصيب", "wounded", "cue", False),       # and ... were wounded
])
def test_classify(word: str, unit: str, role: str, dual: bool) -> None:
    from rasd.arabic import fold_key
    noun = classify(fold_key(word))
    assert noun is not None and (noun.unit, noun.role, noun.dual) == (unit, role, dual)


def test_step_fills_document_with_offsets() -> None:
    doc = Document(id="t", text="قتل نحو ٣٠ شخصا وأصيب عشرات آخرون")  # about 30 killed, dozens wounded
    doc = FindQuantities()(doc)
    assert [(q.value, q.unit, q.approx) for q in doc.quantities] == [(30, "killed", True),
                                                                    (10, "wounded", True)]
    assert_offsets(doc)
    assert doc.problems == []


WORDS = st.lists(st.sampled_from(
    "قتل مقتل جنديين عشرات آلاف الآلاف من منهم آخرين نحو أكثر على الأقل 10 ٢٥ 1.5 مليون ألف "
    "ثلاثة عشر وعشرون إف - 16 % : ، . و ب ال".split()), max_size=25).map(" ".join)
ARABIC = st.text(alphabet=st.sampled_from(list("قتلجنديمصرعأصيبعشراتآلافمنهمنحو٠١٢٣٤٥0123456789 .,،%-:/")),
                 max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.one_of(ARABIC, WORDS, st.text(max_size=80)))
def test_step_never_raises_and_offsets_hold(text: str) -> None:
    doc = FindQuantities()(Document(id="h", text=text))
    assert doc.problems == []
    assert_offsets(doc)


@pytest.mark.parametrize("text, value", [
    ("وأعلن الجيش تحييد 12 إرهابيا.", 12),          # "the army announced it neutralised 12 terrorists"
    ("تصدت القوات للهجوم وحيدت العشرات منهم.", 10),  # "the forces repelled it and neutralised dozens of them"
])
def test_neutralised_is_a_casualty_cue(text: str, value: float) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, "killed")]


# Number words, unit nouns (with their duals: جنديين two soldiers), digits and glue, in any
# order: skipping the sentences `_can_count` rules out must not lose a quantity.
_COUNT_GLUE = ["قتل", "أصيب", "نحو", "من", "في", "و", "،", ".", "10", "٣", "1,500", "2.5", "جنديين",
               "دبابتين", "دولارين", "مليون", "دولار", "عشرات", "الآلاف", "قالت", "الوزارة", "إن", "\n"]


def _count_vocab() -> list[str]:
    from rasd.annotate.count_words import unit_table
    from rasd.annotate.numbers import number_words
    return sorted(set(list(number_words())[:40]) | set(list(unit_table())[:60]) | set(_COUNT_GLUE))


@given(st.lists(st.tuples(st.sampled_from(_count_vocab()), st.sampled_from([" ", "", "، ", ". ", "\n"])),
                max_size=16))
@settings(max_examples=300, deadline=None)
@example([("دفع", " "), ("دولارين", ". ")])  # a dual of money alone (paid two dollars)
@example([("قتل", " "), ("جنديين", ". ")])  # a dual of people alone (two soldiers killed)
@example([("قتل", " "), ("10", " "), ("جنود", ". ")])  # digits and no number word (10 soldiers killed)
def test_sentences_skipped_hold_no_quantity(parts: list[tuple[str, str]]) -> None:
    from rasd.annotate.numbers import tokens
    from rasd.annotate.quantities import _add_fact, _sentence_quantities
    from rasd.arabic import sentences
    text = "".join(w + sep for w, sep in parts)
    facts: dict = {}
    for s, e in sentences(text):  # every sentence tokenised, as before the skip
        for q, vague in _sentence_quantities(text, tokens(text, s, e)):
            _add_fact(facts, q, vague)
    assert find_quantities(text) == sorted(facts.values(), key=lambda q: q.start)
