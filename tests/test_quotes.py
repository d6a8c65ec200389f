"""Quotes and speakers: short Arabic sentences written for rasd (English glosses beside).

Entities are given by hand (`doc_with`), so these tests check the quotes step alone;
a tiny KB stands in for nationality words and office holders.
"""
from __future__ import annotations

import pytest

from rasd.annotate.quotes import FindQuotes
from rasd.arabic import fold_key
from rasd.kb import Entry, Office
from rasd.model import Document, Mention

TURKEY = Entry("Q43", "GPE", "Turkey", ("تركيا",), (), None, None, None, "test", "country")
PM = Entry("Q1", "PER", "Ahmet Davutoglu", ("أحمد داود أوغلو",), (), "Q43", None, None, "test")


class TinyKB:
    """Just what speaker resolution asks a KB: nationality words, titles, office holders."""

    entries = {"Q43": TURKEY, "Q1": PM}
    max_name_tokens = 4

    def get(self, id: str) -> Entry | None:
        return self.entries.get(id)

    def lookup(self, folded: str) -> list[Entry]:
        return []

    def nationality(self, folded_adj: str) -> str | None:
        return "Q43" if folded_adj in (fold_key("التركي"), fold_key("أتراك"), fold_key("التركية")) else None

    def role_of_title(self, folded_title: str) -> str | None:
        return "head_of_government" if folded_title == fold_key("رئيس الوزراء") else None

    def holders(self, role: str, country: str | None, on: str | None) -> list[Office]:
        if role == "head_of_government" and country == "Q43" and on and "2014-08-28" <= on <= "2016-05-24":
            return [Office("Q1", role, "Q43", "2014-08-28", "2016-05-24", "رئيس الوزراء")]
        return []

    def offices_of(self, person_id: str) -> list[Office]:
        return []

    def metonym(self, entity_id: str) -> str | None:
        return None


@pytest.fixture(scope="module")
def step() -> FindQuotes:
    return FindQuotes(kb=TinyKB())  # type: ignore[arg-type]


def doc_with(text: str, names: tuple[tuple[str, str, str], ...] = (), published: str = "2015-08-01") -> Document:
    """A document whose entities are every occurrence of the given (surface, type, name_en)."""
    doc = Document(id="t", text=text, published=published)
    for surface, type_, name_en in names:
        start = text.find(surface)
        while start >= 0:
            doc.entities.append(Mention(surface, start, start + len(surface), type_, name_en,  # type: ignore[arg-type]
                                        "id:" + name_en))
            start = text.find(surface, start + 1)
    doc.entities.sort(key=lambda m: m.start)
    return doc


def quotes_of(step: FindQuotes, doc: Document) -> list[tuple[str, bool, str | None]]:
    """(text, direct, speaker name_en or text) of each quote, offsets checked."""
    step(doc)
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
    return [(q.text, q.direct, q.speaker and (q.speaker.name_en or q.speaker.text)) for q in doc.quotes]


# --- quotation marks and cue forms ---------------------------------------------

MARKS = [
    # The minister said: «The truce is holding so far».
    ("وقال الوزير: «الهدنة صامدة حتى الآن».", "الهدنة صامدة حتى الآن"),
    # The spokesman said: “We will not go back on our decision”.
    ("وقال المتحدث: “لن نتراجع عن قرارنا”.", "لن نتراجع عن قرارنا"),
    # He added "We will go on working with our partners".
    ('وأضاف الوزير "سنواصل العمل مع شركائنا".', "سنواصل العمل مع شركائنا"),
    # The ambassador said: „We support dialogue“.
    ("وقالت السفيرة: „نحن ندعم الحوار“.", "نحن ندعم الحوار"),
]


@pytest.mark.parametrize("text,quote", MARKS)
def test_each_quotation_mark_style_gives_one_direct_quote(step, text, quote):
    assert [(t, d) for t, d, _ in quotes_of(step, doc_with(text))] == [(quote, True)]


CUES = [
    # The army said that the forces repelled an attack.
    ("قال الجيش إن القوات صدت هجوما.", "القوات صدت هجوما"),
    # The ministry confirmed that the crossing is closed.
    ("وأكدت الوزارة أن المعبر مغلق.", "المعبر مغلق"),
    # The official pointed out that the talks will resume tomorrow.
    ("وأشار المسؤول إلى أن المحادثات ستستأنف غدا.", "المحادثات ستستأنف غدا"),
    # The governor stated that the roads were reopened.
    ("وصرح المحافظ بأن الطرق أعيد فتحها.", "الطرق أعيد فتحها"),
    # Analysts say the agreement is fragile.
    ("ويقول المحللون إن الاتفاق هش.", "الاتفاق هش"),
    # The two envoys said the meeting was positive.
    ("وقالا إن اللقاء كان إيجابيا.", "اللقاء كان إيجابيا"),
    # She explained: the situation is under control.
    ("وأوضحت الناطقة: الوضع تحت السيطرة.", "الوضع تحت السيطرة"),
    # The committee warned that the dam could collapse.
    ("فحذرت اللجنة من أن السد قد ينهار.", "السد قد ينهار"),
    # He said that he would travel tomorrow (the pronoun-suffixed إنه is dropped).
    ("وقال الوزير إنه سيسافر غدا.", "سيسافر غدا"),
]


@pytest.mark.parametrize("text,quote", CUES)
def test_reported_speech_after_each_cue_form_and_complementiser(step, text, quote):
    assert [t for t, _, _ in quotes_of(step, doc_with(text))] == [quote]


def test_cue_after_the_quote_attributes_it():
    # «We will answer any attack with force», the army commander said.
    doc = doc_with("«سنرد بقوة على أي اعتداء من أي جهة»، قال قائد الجيش.")
    assert quotes_of(FindQuotes(kb=TinyKB()), doc) == [("سنرد بقوة على أي اعتداء من أي جهة", True, "قائد الجيش")]  # type: ignore[arg-type]


def test_quotation_runs_over_sentences_and_reported_speech_ends_at_the_full_stop(step):
    # The president said: «We will not accept this. We will answer in due time.»
    # The minister said the truce holds. He added that aid will arrive tomorrow.
    text = ("وقال الرئيس: «لن نقبل بهذا. وسنرد في الوقت المناسب».\n"
            "وقال الوزير إن الهدنة صامدة. وأضاف أن المساعدات ستصل غدا.")
    assert [t for t, _, _ in quotes_of(step, doc_with(text))] == [
        "لن نقبل بهذا. وسنرد في الوقت المناسب", "الهدنة صامدة", "المساعدات ستصل غدا"]


def test_partial_quote_inside_reported_speech_is_not_a_quote_of_its_own(step):
    # The minister said the government "will not be lenient" with smugglers and will pursue them.
    text = 'وقال الوزير إن الحكومة "لن تتهاون" مع المهربين وإنها ستلاحقهم.'
    assert quotes_of(step, doc_with(text)) == [
        ('الحكومة "لن تتهاون" مع المهربين وإنها ستلاحقهم', False, "الوزير")]


def test_reported_complement_that_is_one_quotation_is_emitted_once_as_direct(step):
    # He added that his country "took the necessary measures and will go on".
    text = 'وأضاف الوزير أن بلاده "اتخذت الإجراءات اللازمة وستواصل ذلك".'
    assert [(t, d) for t, d, _ in quotes_of(step, doc_with(text))] == [
        ("اتخذت الإجراءات اللازمة وستواصل ذلك", True)]


@pytest.mark.parametrize("text", [
    "وزير الخارجية: الحرب ستنتهي قريبا",          # headline "Foreign minister: the war will end soon"
    "ولم يقل الوزير إن الاتفاق انهار.",            # negated: "the minister did not say the deal collapsed"
    "ونفى الجيش مزاعم بأنه قصف المستشفى.",         # "the army denied claims that it shelled the hospital"
    "وتابع الجنود التقدم نحو المدينة.",            # تابع = "followed": "the soldiers pressed on"
    "ونشرت صحيفة «الأخبار اليومية» تقريرا مطولا.",  # a quoted newspaper name, no speech
])
def test_no_quote(step, text):
    assert quotes_of(step, doc_with(text)) == []


def test_participle_agreeing_with_the_speaker_starts_a_new_quote(step):
    # The minister said the situation is stable, stressing that the government follows events.
    # The minister said the residents returned, affirming (pl.) their attachment to their land.
    text = ("وقال الوزير إن الوضع مستقر، مؤكدا أن الحكومة تتابع التطورات.\n"
            "وقال المحافظ إن السكان عادوا إلى منازلهم، مؤكدين تمسكهم بأرضهم.")
    assert [t for t, _, _ in quotes_of(step, doc_with(text))] == [
        "الوضع مستقر", "الحكومة تتابع التطورات", "السكان عادوا إلى منازلهم، مؤكدين تمسكهم بأرضهم"]


# --- speakers ------------------------------------------------------------------

def test_speaker_by_explicit_name_after_a_title(step):
    # Russian Foreign Minister Sergei Lavrov said Moscow is ready for dialogue.
    doc = doc_with("وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار.",
                   (("سيرغي لافروف", "PER", "Sergei Lavrov"), ("موسكو", "GPE", "Moscow")))
    assert quotes_of(step, doc)[0][2] == "Sergei Lavrov"


def test_speaker_by_title_is_the_office_holder_on_the_article_date(step):
    # The Turkish prime minister said his country will continue its operations.
    doc = doc_with("وقال رئيس الوزراء التركي إن بلاده ستواصل عملياتها.", published="2015-07-21")
    q = step(doc).quotes[0]
    assert (q.speaker.name_en, q.speaker.id) == ("Ahmet Davutoglu", "Q1")


def test_short_subject_refers_back_to_the_earlier_speaker(step):
    # Maj. Gen. Mansour Salem, spokesman of the ministry, said ... ; Gen. Salem said ...;
    # the security spokesman pointed out ...
    text = ("قال اللواء منصور سالم، المتحدث باسم الوزارة، إن الهجوم فشل.\n"
            "وقال اللواء سالم إن التحقيق مستمر.\n"
            "وأشار المتحدث الأمني إلى أن المنفذين معروفون.")
    doc = doc_with(text, (("منصور سالم", "PER", "Mansour Salem"),))
    assert [s for _, _, s in quotes_of(step, doc)] == ["Mansour Salem"] * 3


def test_verb_only_cue_agrees_in_gender_with_earlier_speakers(step):
    # Defence Minister Hind Khalil said ... . Chief of staff Omar Nasser said ... .
    # And she said (→ Hind) ... . And he added (→ Omar) ...
    text = ("قالت وزيرة الدفاع هند خليل إن الجيش جاهز. وقال رئيس الأركان عمر ناصر إن القوات منتشرة. "
            "وقالت إن الميزانية ستزيد. وأضاف أن التدريبات ستستمر.")
    doc = doc_with(text, (("هند خليل", "PER", "Hind Khalil"), ("عمر ناصر", "PER", "Omar Nasser")))
    assert [s for _, _, s in quotes_of(step, doc)] == ["Hind Khalil", "Omar Nasser", "Hind Khalil", "Omar Nasser"]


def test_feminine_verb_marks_a_speaker_introduced_by_title_as_feminine(step):
    # The foreign minister Choe said ... ; and she said ...; Lavrov spoke, and he said ...
    text = ("قال وزير الخارجية تشوي سون إن العلاقات قوية. وقالت إن التعاون سيستمر. "
            "وتحدث لافروف عن الزيارة، وقال إن المحادثات مثمرة. وقالت إن بلادها ممتنة.")
    doc = doc_with(text, (("تشوي سون", "PER", "Choe Son"), ("لافروف", "PER", "Lavrov")))
    assert [s for _, _, s in quotes_of(step, doc)] == ["Choe Son", "Choe Son", "Lavrov", "Choe Son"]


def test_bodies_speak_through_statements_and_are_named_again_by_their_head_noun(step):
    # A statement of the Egyptian army said the forces destroyed tunnels. The army added that ...
    text = "وذكر بيان الجيش المصري أن القوات دمرت أنفاقا. وأضاف الجيش أن العملية مستمرة."
    doc = doc_with(text, (("الجيش المصري", "ORG", "Egyptian Army"),))
    assert [s for _, _, s in quotes_of(step, doc)] == ["Egyptian Army", "Egyptian Army"]


def test_unlinked_body_keeps_its_own_words(step):
    # The Turkish army said ... . The army said ...
    doc = doc_with("قال الجيش التركي إن جنديين قتلا. وقال الجيش إن الهجوم فشل.")
    assert [s for _, _, s in quotes_of(step, doc)] == ["الجيش التركي", "الجيش التركي"]


ANONYMOUS = [
    "وقال مصدر أمني إن الانفجار وقع ظهرا.",                     # a security source said
    "وقالت مصادر محلية إن القصف استمر طوال الليل.",             # local sources said
    "وأكد مسؤول تركي رفض الكشف عن اسمه أن الحزب هاجم المركز.",  # an official who declined to be named
    "وبحسب شهود عيان فإن القصف طال الحي القديم.",               # according to eyewitnesses
]


@pytest.mark.parametrize("text", ANONYMOUS)
def test_anonymous_sources_have_no_speaker(step, text):
    doc = step(doc_with(text))
    assert len(doc.quotes) == 1 and doc.quotes[0].speaker is None and doc.quotes[0].anonymous


def test_unnamed_officials_of_a_state_are_that_state(step):
    # Turkish officials said the strikes respond to the violence.
    doc = step(doc_with("وقال مسؤولون أتراك إن الغارات تأتي ردا على العنف."))
    assert doc.quotes[0].speaker.name_en == "Turkey"


def test_sources_of_a_named_body_are_that_body(step):
    # Sources of the resistance confirmed that its forces arrived.
    doc = step(doc_with("وأكدت مصادر المقاومة أن قواتها وصلت إلى المدينة."))
    assert doc.quotes[0].speaker.text == "المقاومة"


def test_relayed_speech_belongs_to_the_one_named_after_an(step):
    # The agency quoted the minister Khalid Omar as saying the negotiations continue.
    doc = doc_with("ونقلت الوكالة عن الوزير خالد عمر قوله إن المفاوضات مستمرة.",
                   (("خالد عمر", "PER", "Khalid Omar"),))
    assert quotes_of(step, doc) == [("المفاوضات مستمرة", False, "Khalid Omar")]


def test_a_verb_right_after_the_speech_subject_belongs_to_the_speech(step):
    # The sources explained that the Egyptian side told the delegation that the crossing will open.
    text = "وأوضحت المصادر أن الجانب المصري أبلغ الوفد أن المعبر سيفتح."
    assert [t for t, _, _ in quotes_of(step, doc_with(text))] == ["الجانب المصري أبلغ الوفد أن المعبر سيفتح"]


def test_nested_guillemets_stay_inside_one_quotation(step):
    # He said: «We warned «the group» that the attack is near».
    text = "وقال القائد: «حذرنا «الجماعة» من أن الهجوم قريب»."
    assert [t for t, _, _ in quotes_of(step, doc_with(text))] == ["حذرنا «الجماعة» من أن الهجوم قريب"]


@pytest.mark.parametrize("text,speaker", [
    # A number of residents said the shelling stopped: residents are anonymous witnesses.
    ("وقال عدد من السكان إن القصف توقف.", None),
    # A military statement said the soldiers searched the buildings: no one is named.
    ("وجاء في بيان عسكري أن الجنود فتشوا المباني.", None),
    # The statement of the army said ...: the army.
    ("وجاء في بيان الجيش أن الجنود فتشوا المباني.", "الجيش"),
])
def test_groups_and_statements(step, text, speaker):
    assert [s for _, _, s in quotes_of(step, doc_with(text))] == [speaker]


def test_a_female_given_name_makes_a_titled_speaker_a_woman(step):
    # Foreign Minister Maria Lopez said ... . Defence Minister Omar Nasser said ... . And she added ...
    text = ("قال وزير الخارجية ماريا لوبيز إن الحوار مستمر. وقال وزير الدفاع عمر ناصر إن الجيش جاهز. "
            "وأضافت أن الزيارة ناجحة.")
    doc = doc_with(text, (("ماريا لوبيز", "PER", "Maria Lopez"), ("عمر ناصر", "PER", "Omar Nasser")))
    assert [s for _, _, s in quotes_of(step, doc)] == ["Maria Lopez", "Omar Nasser", "Maria Lopez"]


def test_according_to_after_a_quotation_and_authorities_of_a_state(step):
    # «The operation ended successfully», according to the Turkish authorities.
    doc = step(doc_with("«انتهت العملية بنجاح وعاد الجنود إلى قواعدهم»، بحسب السلطات التركية."))
    assert [(q.text, q.speaker.name_en) for q in doc.quotes] == [("انتهت العملية بنجاح وعاد الجنود إلى قواعدهم", "Turkey")]


def test_a_statement_of_a_body_named_earlier_speaks_for_it(step):
    # The Islamic State claimed the attack, and a statement of the group published online
    # said the attacker wore a belt.
    text = "وأعلن تنظيم داعش مسؤوليته عن الهجوم. ونشر بيان تابع للتنظيم على الإنترنت، أن المهاجم ارتدى حزاما."
    doc = doc_with(text, (("تنظيم داعش", "ORG", "Islamic State"),))
    assert quotes_of(step, doc) == [("المهاجم ارتدى حزاما", False, "Islamic State")]


def test_speech_inside_a_relative_clause_and_the_main_verbs_speech_are_two_quotes(step):
    # Nasser, who said the border is calm, told the envoy that the talks will resume.
    text = "وأبلغ عمر ناصر، الذي قال إن الحدود هادئة، المبعوث أن المحادثات ستستأنف."
    doc = doc_with(text, (("عمر ناصر", "PER", "Omar Nasser"),))
    assert quotes_of(step, doc) == [("الحدود هادئة", False, "Omar Nasser"),
                                    ("المحادثات ستستأنف", False, "Omar Nasser")]


def test_went_on_saying_and_said_in_a_statement(step):
    # He said: "We will not stop". He went on, saying: "They will pay a high price".
    # The forces denied that, and said in a statement that their fighters hold the building.
    text = ('وقال القائد: "لن نتوقف الآن". وتابع قائلا: "سيدفعون ثمنا باهظا".\n'
            "ونفت القوات ذلك، وقالت في بيان إن مقاتليها يسيطرون على المبنى.")
    assert [(t, s) for t, _, s in quotes_of(step, doc_with(text))] == [
        ("لن نتوقف الآن", "القائد"), ("سيدفعون ثمنا باهظا", "القائد"),
        ("مقاتليها يسيطرون على المبنى", "القوات")]


def test_short_quotation_before_a_cue(step):
    # "The situation is very dangerous", says Ahmed, a resident.
    doc = doc_with('"الوضع خطير جدا"، يقول أحمد، وهو أحد السكان.')
    assert quotes_of(step, doc) == [("الوضع خطير جدا", True, "أحمد")]


def test_subject_before_a_bare_verb(step):
    # The spokesman of the foreign ministry Matthew Miller said that the talks continue.
    text = "المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر قال إن المحادثات مستمرة."
    doc = doc_with(text, (("وزارة الخارجية الأمريكية", "ORG", "US State Department"),
                          ("ماثيو ميلر", "PER", "Matthew Miller")))
    assert quotes_of(step, doc)[0][2] == "Matthew Miller"


def test_possessive_sources_are_anonymous_and_agency_names_are_not_verbs(step):
    # Its sources told the paper that the forces will deal with the resignation.
    # The Anadolu news agency reported that Turkey plays an active role.
    text = ("قالت مصادرها للصحيفة إن هذه القوى ستتعامل مع الاستقالة.\n"
            "وذكرت وكالة أنباء الأناضول أن تركيا تلعب دورا فعالا.")
    doc = step(doc_with(text))
    assert [(q.speaker is None, q.anonymous) for q in doc.quotes] == [(True, True), (False, False)]
    assert doc.quotes[1].speaker.text == "وكالة أنباء الأناضول"


def test_a_descriptor_before_a_linked_name(step):
    # The military expert Fayez Salem said the resistance can still manoeuvre.
    doc = doc_with("قال الخبير العسكري فايز سالم إن المقاومة قادرة على المناورة.",
                   (("فايز سالم", "PER", "Fayez Salem"),))
    assert quotes_of(step, doc)[0][2] == "Fayez Salem"
