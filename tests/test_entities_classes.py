"""Entity classes the KB and patterns cover generally: civil defence bodies, coalitions, brands,
clitic splits of common words."""
from __future__ import annotations

from functools import lru_cache

import pytest

from rasd.annotate.entities import recognise
from rasd.kb import load_kb
from rasd.model import Mention


@lru_cache(maxsize=1)
def _kb():
    return load_kb()


def run(text: str) -> list[Mention]:
    return recognise(_kb(), text, "2025-03-01", None)


def name_of(text: str, surface: str) -> str | None:
    """The English name of the mention with this surface (the last one when it repeats), or None."""
    return {m.text: m.name_en for m in run(text)}.get(surface)


@pytest.mark.parametrize("text, surface, name_en", [
    # "The Jordanian civil defence said the fire was put out."
    ("وقال الدفاع المدني الأردني إن الحريق أخمد.", "الدفاع المدني الأردني", "Jordanian Civil Defence"),
    # "Strikes hit Gaza City and Khan Younis in the Gaza Strip; the civil defence said it recovered bodies."
    ("قصفت الطائرات مدينة غزة وخان يونس في قطاع غزة، وقال الدفاع المدني إنه انتشل جثثا.",
     "الدفاع المدني", "Palestinian Civil Defence"),
])
def test_civil_defence_of_the_story_state(text: str, surface: str, name_en: str) -> None:
    assert name_of(text, surface) == name_en


@pytest.mark.parametrize("text, surface", [
    # "Aircraft of the US-led coalition struck positions in Syria."
    ("قصفت طائرات التحالف بقيادة الولايات المتحدة مواقع في سوريا.", "التحالف بقيادة الولايات المتحدة"),
    # "The coalition that Washington leads announced the strike."
    ("وأعلن التحالف الذي تقوده واشنطن الضربة.", "التحالف الذي تقوده واشنطن"),
])
def test_us_led_coalition_phrases(text: str, surface: str) -> None:
    assert [m.name_en for m in run(text) if m.text == surface] == ["US-led coalition"]


@pytest.mark.parametrize("text, surface", [
    ("نشر التنظيم البيان على تيليجرام.", "تيليجرام"),   # "The group posted the statement on Telegram."
    ("وقالت الحركة في قناتها على تليغرام إن ...", "تليغرام"),  # "The movement said on its Telegram channel"
])
def test_brand_spellings(text: str, surface: str) -> None:
    assert [m.name_en for m in run(text) if m.text == surface] == ["Telegram"]


@pytest.mark.parametrize("text, surface, name_en", [
    # "Clashes in Niamey and Agadez, Niger; the presidential guard said it holds the palace."
    ("اندلعت اشتباكات في نيامي وأغاديز بالنيجر، وقال الحرس الرئاسي إنه يسيطر على القصر.",
     "الحرس الرئاسي", "Nigerien Presidential Guard"),
    # "In Baghdad and Basra, Iraq: the house of representatives voted on the budget."
    ("صوت مجلس النواب على الموازنة بعد جلسة في بغداد، وتظاهر محتجون في البصرة بالعراق.",
     "مجلس النواب", "Iraqi House of Representatives"),
    # "Clashes in Tripoli and Misrata, Libya; the presidential council called for calm."
    ("اندلعت اشتباكات في طرابلس ومصراتة بليبيا، ودعا المجلس الرئاسي إلى التهدئة.",
     "المجلس الرئاسي", "Libyan Presidential Council"),
])
def test_bare_state_body_of_the_story_state(text: str, surface: str, name_en: str) -> None:
    assert name_of(text, surface) == name_en


@pytest.mark.parametrize("text, surface", [
    # "The republican guard took up positions around the palace.": no state named, no body
    ("انتشر الحرس الجمهوري حول القصر.", "الحرس الجمهوري"),
    # "Iraq and Iran ... the house of representatives": two states as often, neither the story's
    ("التقى وفد من العراق وفدا من إيران، وصوت مجلس النواب على الاتفاق.", "مجلس النواب"),
])
def test_bare_state_body_needs_one_story_state(text: str, surface: str) -> None:
    assert surface not in {m.text for m in run(text)}


@pytest.mark.parametrize("text, surface, name_en", [
    # "The missile was intercepted over King Khalid Air Base in Khamis Mushait."
    ("اعترض الصاروخ فوق قاعدة الملك خالد الجوية في خميس مشيط.", "قاعدة الملك خالد الجوية", "King Khalid Air Base"),
    # "The ships docked at King Abdulaziz Naval Base."
    ("رست السفن في قاعدة الملك عبد العزيز البحرية.", "قاعدة الملك عبد العزيز البحرية", "King Abdulaziz Naval Base"),
    # "Aircraft struck Ain al-Asad base": a base named after a place stays that place's
    ("قصفت الطائرات قاعدة عين الأسد.", "قاعدة عين الأسد", "Ain al-Asad Air Base"),
])
def test_bases_named_after_royals(text: str, surface: str, name_en: str) -> None:
    assert name_of(text, surface) == name_en


@pytest.mark.parametrize("text, surface, name_en", [
    # "He said South America does not need a new war": the continent, not the United States (أمريكا)
    ("وقال إن أمريكا الجنوبية لا تحتاج إلى حرب جديدة.", "أمريكا الجنوبية", "South America"),
    # "The minister toured Europe": a continent
    ("جال الوزير في أوروبا.", "أوروبا", "Europe"),
    # "Violence rose in West Africa": a direction of a continent is a region of its own
    ("تصاعد العنف في غرب أفريقيا.", "غرب أفريقيا", "West Africa"),
    ("تنشط الجماعة في شمال أفريقيا.", "شمال أفريقيا", "North Africa"),
])
def test_continents_and_their_regions(text: str, surface: str, name_en: str) -> None:
    assert name_of(text, surface) == name_en


@pytest.mark.parametrize("text, surface, name_en", [
    # "Gunmen attacked al-Jalaa camp": a camp's name keeps its head, as English does
    ("هاجم مسلحون معسكر الجلاء.", "معسكر الجلاء", "Al-Jalaa camp"),
    ("لجأ النازحون إلى مخيم زمزم.", "مخيم زمزم", "Zamzam camp"),  # "the displaced fled to Zamzam camp"
    # "Forces took al-Anad air base, then fought inside al-Anad camp": the camp is that base
    ("سيطرت القوات على قاعدة العند الجوية. ثم قاتلت داخل معسكر العند.", "معسكر العند", "Al-Anad Air Base"),
])
def test_camps(text: str, surface: str, name_en: str) -> None:
    assert name_of(text, surface) == name_en


@pytest.mark.parametrize("text", [
    "وصلوا إلى معسكر تدريب في المنطقة.",     # "they reached a training camp": a common noun, no name
    "أقيم مخيم للنازحين قرب المدينة.",       # "a camp for the displaced was set up": no name
])
def test_camp_of_a_common_noun_is_no_place(text: str) -> None:
    assert [m.text for m in run(text) if m.type in ("LOC", "GPE")] == []


@pytest.mark.parametrize("text", [
    # "Clashes in El Fasher and Khartoum, Sudan; the army said it repelled an attack": the KB's army
    "اندلعت اشتباكات في الفاشر والخرطوم بالسودان. وقال الجيش إن قواته صدت هجوما.",
    # ... and after its full name, the same one, not a second "Sudanese army"
    "اندلعت اشتباكات في الفاشر بالسودان. وقال الجيش السوداني إنه صد هجوما. وأضاف الجيش أن المهاجمين انسحبوا.",
])
def test_bare_army_is_the_story_state_kb_army(text: str) -> None:
    assert {m.name_en for m in run(text) if m.type == "ORG"} == {"Sudanese Armed Forces"}


def test_bare_army_is_not_another_military_body_named() -> None:
    # "Clashes in Tehran and Isfahan, Iran; the Iranian Revolutionary Guard said ... The army added":
    # the army is Iran's army, not the Guard named before it
    found = run("اندلعت اشتباكات في طهران وأصفهان بإيران. وقال الحرس الثوري الإيراني إن قواته صدت هجوما. "
                "وأضاف الجيش أن المهاجمين انسحبوا.")
    assert [m.name_en for m in found if m.text == "الجيش"] == ["Islamic Republic of Iran Army"]


def test_common_word_is_not_split_into_clitic_and_town() -> None:
    # "The civil defence said its teams recovered the bodies": فرقه (its teams) is no ف + Raqqa.
    found = run("وقال الدفاع المدني السوري إن فرقه انتشلت الجثث.")
    assert not [m for m in found if m.name_en == "Raqqa"]


@pytest.mark.parametrize("text, surface, name_en", [
    # "The Israeli general staff announced that ..." (the adjective agrees with هيئة, the head noun)
    ("وأعلنت هيئة الأركان الإسرائيلية أن القوات انسحبت.", "هيئة الأركان الإسرائيلية", "Israeli General Staff"),
    # "The army general staff ordered battalions to Lahij, Abyan and Taiz in Yemen": a three-word head,
    # bare, so the story's state
    ("وقال المصدر إن قيادة أركان الجيش أمرت بتحريك كتائب إلى لحج وأبين وتعز في اليمن.",
     "قيادة أركان الجيش", "Yemeni Army General Staff"),
    # "The presidency said the president received the delegation in Beirut and Sidon": bare, the story's state
    ("وأعلنت رئاسة الجمهورية أن الرئيس استقبل الوفد في بيروت وصيدا.", "رئاسة الجمهورية", "Lebanese Presidency"),
])
def test_general_staff(text: str, surface: str, name_en: str) -> None:
    assert name_of(text, surface) == name_en


@pytest.mark.parametrize("text, surface, name_en", [
    # "A suicide bomber struck a mosque of the Special Emergency Forces in Abha."
    ("فجر انتحاري نفسه في مسجد لقوات الطوارئ الخاصة في أبها.", "قوات الطوارئ الخاصة", "Special Emergency Forces"),
    # "Al-Shabaab attacked a base in the Middle Shabelle region." (ISO 3166-2:SO regions, press spelling)
    ("هاجمت حركة الشباب قاعدة في إقليم شبيلي الوسطى.", "شبيلي الوسطى", "Middle Shabelle"),
    ("وقعت اشتباكات في إقليم جوبا السفلى.", "جوبا السفلى", "Lower Juba"),  # clashes in Lower Juba
])
def test_kb_classes(text: str, surface: str, name_en: str) -> None:
    assert name_of(text, surface) == name_en, [(m.text, m.name_en) for m in run(text)]


@pytest.mark.parametrize("published, name_en", [
    ("2024-11-02", "Kim Jong Un"),   # the office holder on the publication date
    ("2005-01-02", "Kim Jong Il"),   # the same title and name, twenty years earlier
])
def test_short_name_after_title_is_the_office_holder(published: str, name_en: str) -> None:
    # "The North Korean leader Kim praised the agreement in a statement."
    found = recognise(_kb(), "وأشاد الزعيم الكوري الشمالي كيم، في بيان، بالاتفاق.", published, None)
    assert [(m.text, m.name_en) for m in found] == [("كيم", name_en)]


def test_bank_of_a_strait_is_no_region() -> None:
    # "The hotel lies on the western bank of the Bosphorus": no West Bank.
    found = run("يقع الفندق على الضفة الغربية للبوسفور.")
    assert "West Bank" not in [m.name_en for m in found]
    # "The army raided towns in the West Bank for the third day": ل + a day is no water.
    assert "West Bank" in [m.name_en for m in run("اقتحم الجيش بلدات في الضفة الغربية لليوم الثالث.")]


def _model():
    from rasd.annotate.model_spans import load_model

    model = load_model()
    if model is None:
        pytest.skip("no NER model built")
    return model


def test_model_short_form_of_a_named_person() -> None:
    # "The North Korean leader Kim Jong Un met the Russian president. Jong Un said the deal matters."
    text = "التقى الزعيم الكوري الشمالي كيم جونغ أون بالرئيس الروسي. وقال جونغ أون إن الاتفاق مهم."
    found = recognise(_kb(), text, "2024-11-02", _model())
    assert {m.name_en for m in found if m.type == "PER"} == {"Kim Jong Un"}


def test_model_does_not_bring_back_a_rejected_region() -> None:
    # "The hotel lies on the western bank of the Bosphorus. Police arrested a man."
    found = recognise(_kb(), "يقع الفندق على الضفة الغربية للبوسفور. وأوقفت الشرطة رجلا.", "2024-11-02", _model())
    assert "West Bank" not in [m.name_en for m in found]


def test_place_ending_a_body_name_is_named_too() -> None:
    # "The general coordination for the displaced in Darfur said ...": the body and Darfur.
    found = {m.name_en for m in run("وقالت المنسقية العامة للنازحين واللاجئين في دارفور إن القصف استمر.")}
    assert "Darfur" in found and any(n != "Darfur" for n in found)


@pytest.mark.parametrize("text, expected", [
    ("قصفت روسيا العاصمة كيف بالصواريخ.", ["Russia", "Kyiv"]),            # "Russia shelled the capital Kyiv"
    ("سيطرت القوات على بلدة الباب شمالي سوريا.", ["Al-Bab", "Syria"]),     # "Forces took the town of al-Bab"
    ("سقطت قذائف على منبج والباب.", ["Manbij", "Al-Bab"]),                 # in a list after a known place
    ("قصف الطيران مواقع في تدمر والرقة.", ["Palmyra", "Raqqa"]),           # first of a list before a known place
    ("كيف يمكن فتح الباب أمام المفاوضات؟", []),                              # "How can the door be opened to talks?"
    ("وقال إن الباب مفتوح ودمشق تنتظر.", ["Damascus"]),                    # "the door is open": no list of places
])
def test_plain_word_places_in_strong_contexts(text: str, expected: list[str]) -> None:
    assert [m.name_en for m in run(text) if m.type in ("GPE", "LOC")] == expected


@pytest.mark.parametrize("text, published, expected", [
    # "Saleh's militias attacked positions in Sanaa and Aden." (صالح is also "good")
    ("هاجمت مليشيات صالح مواقع في صنعاء وعدن.", "2015-06-01", "Ali Abdullah Saleh"),
    # "The Houthis and Saleh clashed with the tribes in Sanaa and Aden."
    ("اشتبك الحوثيون وصالح مع القبائل في صنعاء وعدن.", "2015-06-01", "Ali Abdullah Saleh"),
    # "Hezbollah and Berri met in Beirut and Sidon." (بري is also "by land")
    ("التقى حزب الله وبري في بيروت وصيدا.", "2024-01-01", "Nabih Berri"),
    # "He said the decision is valid for a year in Yemen and Aden": the plain word stays a word.
    ("قال إن القرار صالح لمدة عام في اليمن وعدن.", "2015-06-01", None),
    # "The road is overland and safe between Sanaa and Aden."
    ("قال إن الطريق بري وآمن بين صنعاء وعدن.", "2016-01-01", None),
])
def test_leader_known_by_a_plain_word(text: str, published: str, expected: str | None) -> None:
    people = [m.name_en for m in recognise(_kb(), text, published, None) if m.type == "PER"]
    assert people == ([expected] if expected else [])


@pytest.mark.parametrize("text, published, expected", [
    # "Al-Shabaab fighters attacked an army base in Mogadishu and Kismayo." (الشباب is also "the youth")
    ("هاجم مسلحو الشباب قاعدة للجيش في مقديشو وكيسمايو.", "2024-01-01", "Al-Shabaab"),
    # "The minister called on Somali youth in Mogadishu and Kismayo to work": a description, no group.
    ("دعا الوزير الشباب الصومالي في مقديشو وكيسمايو إلى العمل.", "2024-01-01", None),
    # "Resistance forces reached the outskirts of Aden and Lahij" (Yemen, 2015): the Popular Resistance
    ("وصلت قوات المقاومة إلى مشارف عدن ولحج.", "2015-08-01", "Popular Resistance"),
    # "PMF factions withdrew from Baghdad and Mosul"
    ("قال إن فصائل الحشد انسحبت من بغداد والموصل.", "2020-01-01", "Popular Mobilization Forces"),
    # "Palestinian resistance sources in Gaza and Rafah": not a Yemeni group, and described
    ("وقالت مصادر المقاومة الفلسطينية في غزة ورفح إن", "2024-01-01", None),
])
def test_group_known_by_a_plain_word(text: str, published: str, expected: str | None) -> None:
    groups = [m.name_en for m in recognise(_kb(), text, published, None) if m.type == "ORG"]
    assert groups == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    ("استهدف الطيران مقر اللواء 17 مشاة في تعز.", "17th Infantry Brigade"),   # "the HQ of the 17th Infantry Brigade"
    ("وصلت الفرقة 4 مدرع إلى المدينة.", "4th Armoured Division"),             # "the 4th Armoured Division arrived"
    ("قتل جنود من الكتيبة ١٢ في الهجوم.", "12th Battalion"),                   # Eastern digits
    ("انسحب الفوج 22 من المنطقة.", "22nd Regiment"),
    ("وقال اللواء أحمد إن القوات تقدمت.", None),                              # اللواء before a name is a rank
])
def test_numbered_formations(text: str, expected: str | None) -> None:
    orgs = [m.name_en for m in run(text) if m.type == "ORG"]
    assert orgs == ([expected] if expected else [])


@pytest.mark.parametrize("n, english", [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (13, "13th"),
                                        (17, "17th"), (21, "21st"), (112, "112th")])
def test_ordinal_en(n: int, english: str) -> None:
    from rasd.annotate.units import ordinal_en

    assert ordinal_en(n) == english


def test_gazetteer_name_of_plain_words_needs_a_place_context() -> None:
    # "Lebanon called for pressure on Israel to withdraw from the five points" (also a Libyan district)
    found = run("دعا لبنان إلى الضغط على إسرائيل للانسحاب من النقاط الخمس في الجنوب.")
    assert [m.name_en for m in found] == ["Lebanon", "Israel"]


def test_clitic_country_in_a_common_word_list_stays() -> None:
    # "Putin will continue his visit to Germany": لالمانيا is a frequent token, still ل + Germany.
    assert "Germany" in [m.name_en for m in run("وسيواصل بوتين زيارته لالمانيا حيث يزور بافاريا.")]


def test_bare_region_name_that_is_a_given_name() -> None:
    # "The Australian scientist Barry Marshall won the prize": باري is no Somali region here.
    assert "Bari" not in [m.name_en for m in run("فاز العالم الأسترالي باري مارشال بالجائزة.")]
    # "Clashes broke out in the Bari region in northern Somalia."
    assert "Bari" in [m.name_en for m in run("وقعت اشتباكات في إقليم باري شمال الصومال.")]


def test_clitic_organisation_in_a_common_word_stays() -> None:
    # "Hamas leader Ismail Radwan said": بحماس is also "with enthusiasm", yet ب + Hamas here.
    assert "Hamas" in [m.name_en for m in run("وقال القيادي بحماس إسماعيل رضوان إن الخلاف انتهى.")]


@pytest.mark.parametrize("text, name_en", [
    ("نشرت مؤسسة الزلاقة بيانا.", "Al-Zalaqa Foundation"),     # "The al-Zallaqa foundation published a statement"
    # "The group claimed it on al-Furqan radio": radio names put Radio first (إذاعة الأندلس is in the KB)
    ("أعلنت الجماعة عبر إذاعة الفرقان مسؤوليتها.", "Radio Al-Furqan"),
])
def test_body_names_in_english_order(text: str, name_en: str) -> None:
    assert name_en in [m.name_en for m in run(text)]


@pytest.mark.parametrize("text, surface, name_en", [
    ("نقلت وكالة الأنباء الفرنسية عن مصدر أمني.", "وكالة الأنباء الفرنسية", "Agence France-Presse"),  # AFP quoted a source
    ("وقال لشبكة رووداو إن القصف توقف.", "شبكة رووداو", "Rudaw"),       # "He told Rudaw the shelling stopped"
    ("ذكرت صحيفة اليوم السابع أن الوفد وصل.", "صحيفة اليوم السابع", "Youm7"),
])
def test_outlet_keeps_its_whole_kb_name(text: str, surface: str, name_en: str) -> None:
    assert [(m.text, m.name_en) for m in run(text) if m.type == "ORG"] == [(surface, name_en)]


@pytest.mark.parametrize("text, office, place", [
    # "The governor's office of Agri province said in a statement"
    ("وقال مكتب حاكم إقليم أغري في بيان إن الهجوم أسفر عن قتلى.", "Agri Governor's Office", "Agri"),
    ("أعلن مكتب والي الخرطوم حظر التجول.", "Khartoum Governor's Office", "Khartoum"),  # the Khartoum governor's office
])
def test_governors_office_and_its_place(text: str, office: str, place: str) -> None:
    names = [m.name_en for m in run(text)]
    assert office in names and place in names
