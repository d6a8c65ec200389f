"""The entity step: KB longest match with clitics, titles, coreference, offices, romanisation.

Short sentences written for these tests (English glosses beside each), run against the
committed KB without the statistical model, so results are deterministic.
"""
from __future__ import annotations

import pytest

from rasd.annotate.actors import entities_in, resolve_title, state_of
from rasd.annotate.entities import RecogniseEntities, recognise
from rasd.annotate.titles import find_titles
from rasd.annotate.kb_match import find_kb_matches, word_keys
from rasd.annotate.translit import entity_id, romanise
from rasd.arabic import fold_key, tokenize
from rasd.kb import load_kb
from rasd.model import Document

KB = load_kb()


def run(text: str, published: str | None = "2024-11-01") -> list:
    mentions = recognise(KB, text, published, None)
    for m in mentions:  # the offset invariant, for every mention of every case
        assert text[m.start:m.end] == m.text, m
    return mentions


def by_name(mentions: list, name_en: str) -> list:
    return [m for m in mentions if m.name_en == name_en]


@pytest.mark.parametrize("text, surface, name_en", [
    ("وصل الوفد إلى بيروت وموسكو أمس", "موسكو", "Moscow"),            # arrived in Beirut and Moscow
    ("تحدث الوزير عن العقوبات على روسيا", "روسيا", "Russia"),          # spoke of sanctions on Russia
    ("وقالت الخارجية إن الوفد في بروسيا", "روسيا", "Russia"),          # the delegation is in Russia
    ("وجه الرئيس رسالة للافروف أمس", "لافروف", "Sergei Lavrov"),       # sent a letter to Lavrov
    ("وأكد حلف شمال الأطلسي دعمه", "حلف شمال الأطلسي", "NATO"),         # NATO affirmed its support
    ("ودعا الناتو إلى التهدئة", "الناتو", "NATO"),                     # NATO called for calm
    ("قصفت الصواريخ القدس وتل أبيب", "تل أبيب", "Tel Aviv"),           # a two-letter stem behind و ...
    ("وصل الوفد إلى وأم درمان", "أم درمان", "Omdurman"),               # ... starts a name of two words
])
def test_clitics_are_outside_the_span(text: str, surface: str, name_en: str) -> None:
    found = by_name(run(text), name_en)
    assert [m.text for m in found] == [surface]


@pytest.mark.parametrize("text", [
    "التقى سيرغي لافروف نظيره",   # Sergei Lavrov met his counterpart (غ spelling)
    "التقى سيرجي لافروف نظيره",   # the same with ج
    "التقى سيرغى لافروف نظيره",   # alif maqsura for ya
])
def test_spelling_variants_link_to_one_entity(text: str) -> None:
    (m,) = run(text)
    assert (m.name_en, m.type, m.text.split()[-1]) == ("Sergei Lavrov", "PER", "لافروف")


@pytest.mark.parametrize("text, country_word, role", [
    ("وقال وزير الخارجية الروسي في مؤتمر صحفي", "روسيا", "foreign_minister"),  # the Russian FM said
    ("وصرح وزير الخارجية الأمريكي للصحفيين", "الولايات المتحدة", "foreign_minister"),  # the US FM
    ("وأعلن الرئيس الفرنسي أمس", "فرنسا", "head_of_state"),                  # the French president
])
def test_nationality_gives_a_title_its_state(text: str, country_word: str, role: str) -> None:
    tokens = tokenize(text)
    keys = word_keys(tokens)
    (hit,) = find_titles(KB, tokens, keys, {})
    assert hit.country == KB.lookup(fold_key(country_word))[0].id
    assert hit.role == role
    assert not run(text)  # a nationality adjective alone is no mention


@pytest.mark.parametrize("text, name, role", [
    # North Korean FM Kim Son Min said, in talks
    ("وقال وزير الخارجية الكوري الشمالي كيم سون مين، خلال محادثات", "كيم سون مين", "foreign_minister"),
    # the army spokesman Samer Naimat said that
    ("وقال المتحدث باسم الجيش سامر نعيمات إن القوات تقدمت", "سامر نعيمات", "spokesperson"),
    # the Minister of Foreign Affairs and International Cooperation Salem Farhan said that: the
    # portfolio joined by و is part of the title, not a name
    ("وقال وزير الخارجية والتعاون الدولي سالم فرحان إن", "سالم فرحان", "foreign_minister"),
    # the Minister of Foreign Affairs and Expatriates Nabil Kassem said
    ("وقال وزير الخارجية وشؤون المغتربين نبيل قاسم إن", "نبيل قاسم", "foreign_minister"),
    # the special UN envoy to Libya, Salem Darwish, said: the mission's place is skipped, not a name
    ("وقال المبعوث الأممي الخاص إلى ليبيا سالم درويش إن", "سالم درويش", "special_envoy"),
    # the ambassador to the United Nations Karim Haddad said
    ("وقال السفير لدى الأمم المتحدة كريم حداد إن", "كريم حداد", "ambassador"),
])
def test_titles_find_names_not_in_the_kb(text: str, name: str, role: str) -> None:
    (m,) = [m for m in run(text) if m.type == "PER"]
    assert (m.text, m.role, m.source) == (name, role, "title")
    assert m.id == entity_id("PER", name)
    assert m.name_en == romanise(name, True)


@pytest.mark.parametrize("date, name_en", [
    ("2018-06-01", "Donald Trump"),
    ("2022-03-15", "Joe Biden"),
    ("2014-05-01", "Barack Obama"),
])
def test_dated_offices(date: str, name_en: str) -> None:
    us = KB.lookup(fold_key("الولايات المتحدة"))[0].id
    assert resolve_title(KB, fold_key("الرئيس"), us, date).name_en == name_en
    # the title with its adjective, country taken from the adjective
    assert resolve_title(KB, fold_key("الرئيس الأمريكي"), None, date).name_en == name_en


def test_resolve_title_does_not_guess_without_a_state() -> None:
    assert resolve_title(KB, fold_key("الرئيس"), None, "2018-06-01") is None


@pytest.mark.parametrize("arabic, latin", [
    ("هاني كمال", "Hani Kamal"),           # a common given name and surname
    ("عبد الله", "Abdullah"),              # عبد written apart
    ("منصور التركي", "Mansour al-Turki"),  # the article as al-
])
def test_romanisation_is_deterministic(arabic: str, latin: str) -> None:
    assert romanise(arabic) == latin
    assert romanise(arabic) == romanise(arabic)
    assert entity_id("PER", arabic) == entity_id("PER", arabic.replace("ة", "ه"))


@pytest.mark.parametrize("text, full, short", [
    # Spokesman Samer Naimat said ... Naimat added
    ("وقال المتحدث باسم الحكومة سامر نعيمات إن الوضع هادئ. وأضاف نعيمات أن الحدود مغلقة",
     "سامر نعيمات", "نعيمات"),
    # Sergei Lavrov met ... Lavrov said
    ("التقى سيرغي لافروف نظيره. وقال لافروف إن المحادثات مثمرة", "سيرغي لافروف", "لافروف"),
])
def test_surname_after_full_name_links_to_it(text: str, full: str, short: str) -> None:
    mentions = [m for m in run(text) if m.type == "PER"]
    assert [m.text for m in mentions] == [full, short]
    assert mentions[0].id == mentions[1].id and mentions[0].name_en == mentions[1].name_en


@pytest.mark.parametrize("text, surface, name_en", [
    ("أعلنت الحكومة التركية حالة التأهب", "الحكومة التركية", "Turkish government"),   # Turkish government
    ("وقال الجيش الكيني إنه صد الهجوم", "الجيش الكيني", "Kenyan army"),                 # Kenyan army
    ("ونفت وزارة الخارجية الفرنسية الخبر", "وزارة الخارجية الفرنسية", "French Foreign Ministry"),
    # the plural head قوات takes a feminine adjective: Jordanian border guard forces opened fire
    ("أطلقت قوات حرس الحدود الأردنية النار", "قوات حرس الحدود الأردنية", "Jordanian Border Guard"),
    ("وأعلن خفر السواحل الصيني الخبر", "خفر السواحل الصيني", "Chinese Coast Guard"),        # Chinese coast guard
    ("وقالت البعثة الإيرانية إن الأمر انتهى", "البعثة الإيرانية", "Iranian mission"),        # the Iranian mission
])
def test_state_organs(text: str, surface: str, name_en: str) -> None:
    (m,) = run(text)
    assert (m.text, m.name_en, m.type) == (surface, name_en, "ORG")


@pytest.mark.parametrize("text, surface, name_en", [
    # the Maghreb's "ministry of foreign affairs": Morocco's foreign ministry said
    ("وقالت وزارة الشؤون الخارجية المغربية إن", "وزارة الشؤون الخارجية المغربية", "Moroccan Foreign Ministry"),
    # the Constitutional Court in Burundi ruled: the organ alone is the mention, Burundi's
    ("وقضت المحكمة الدستورية في بوروندي بعدم دستورية القانون", "المحكمة الدستورية",
     "Burundian Constitutional Court"),
    # the transitional military council in Chad announced: with its qualifier
    ("وأعلن المجلس العسكري الانتقالي في تشاد حل الحكومة", "المجلس العسكري الانتقالي", "Chadian Military Council"),
])
def test_an_organ_placed_in_its_state(text: str, surface: str, name_en: str) -> None:
    organs = [m for m in run(text) if m.type == "ORG"]
    assert [(m.text, m.name_en) for m in organs] == [(surface, name_en)]


@pytest.mark.parametrize("text", [
    "أصدر الجيش بيانا حول الأمان في المنطقة",   # the army issued a statement on safety in the area
    "وقال إنه لا يعرف شيئا عنه",                # he said he knew nothing of it
])
def test_common_words_are_not_gazetteer_towns(text: str) -> None:
    assert run(text) == []


def test_place_word_before_an_unknown_name() -> None:
    # clashes in the district of Wadi Sirhan (name invented for the test)
    (m,) = run("اندلعت اشتباكات في مديرية سرحان الشرقية")
    assert (m.text, m.type) == ("سرحان", "LOC")


def test_state_of_and_entities_in() -> None:
    text = "وقال الكرملين إن سيرغي لافروف سيزور القاهرة"  # the Kremlin said Lavrov will visit Cairo
    doc = Document(id="t", text=text, published="2024-11-01")
    doc = RecogniseEntities(kb=KB, use_model=False)(doc)
    russia = KB.lookup(fold_key("روسيا"))[0]
    kremlin, lavrov = doc.entities[0], doc.entities[1]
    assert state_of(KB, kremlin).name_en == russia.name_en
    assert state_of(KB, lavrov).name_en == russia.name_en
    assert [m.name_en for m in entities_in(doc, 0, text.index("سيزور"))] == [kremlin.name_en, "Sergei Lavrov"]


def test_state_organ_acts_for_its_state() -> None:
    (army,) = run("وقال الجيش الكيني إنه صد الهجوم")  # the Kenyan army said it repelled the attack
    assert state_of(KB, army).name_en == KB.lookup(fold_key("كينيا"))[0].name_en


@pytest.mark.parametrize("text, name, role", [
    # Fisheries Minister Fahd al-Otaibi affirmed: the portfolio stands between title and name
    ("وأكد وزير الثروة السمكية فهد العتيبي أن الموانئ مفتوحة", "فهد العتيبي", "minister"),
    # Public Works Minister, engineer Wahi Nassar: an honorific right after the title and its
    # portfolio; the minister keeps his office
    ("وقال وزير الأشغال العامة المهندس وحي نصار إن العمل مستمر", "وحي نصار", "minister"),
])
def test_names_after_portfolios_and_chained_titles(text: str, name: str, role: str | None) -> None:
    (m,) = run(text)
    assert (m.text, m.type, m.role) == (name, "PER", role)


def test_definite_head_refers_back_to_the_named_place() -> None:
    # reinforcements reached al-Anad base; a source at the base said
    mentions = run("وصلت التعزيزات إلى قاعدة العند. وقال مصدر في القاعدة إن")
    assert mentions[1].text == "القاعدة" and mentions[1].id == mentions[0].id


@pytest.mark.parametrize("text", [
    "اشتدت المعارك في محافظة تعز",    # fighting intensified in Taiz province
    "اشتدت المعارك بمحافظة تعز",      # the same with a clitic on the place word
])
def test_place_word_is_outside_the_mention(text: str) -> None:
    assert [m.text for m in run(text)] == ["تعز"]


def test_places_in_a_list_keep_their_context() -> None:
    # two soldiers were killed in Lahj and Abyan
    assert [m.text for m in run("قتل جنديان في لحج وأبين")] == ["لحج", "أبين"]


def test_state_of_a_titled_person_the_kb_lacks() -> None:
    # North Korean FM Kim Son Min said
    text = "وقال وزير الخارجية الكوري الشمالي كيم سون مين، إن"
    (m,) = run(text)
    assert state_of(KB, m) is None  # without the text there is nothing to go on
    assert state_of(KB, m, text).name_en == KB.lookup(fold_key("كوريا الشمالية"))[0].name_en


def test_step_keeps_empty_documents() -> None:
    doc = RecogniseEntities(kb=KB, use_model=False)(Document(id="e", text=""))
    assert doc.entities == [] and doc.problems == []


def test_longest_match_wins() -> None:
    text = "عقد حلف شمال الأطلسي اجتماعا"  # NATO held a meeting
    (m,) = find_kb_matches(KB, text, tokenize(text))
    assert m.ntok == 3


def test_a_bare_organ_is_the_one_named_before_with_its_nationality() -> None:
    # "The Turkish General Staff announced ... In Damascus Syria condemned it, while the General Staff
    # said ...": the bare رئاسة الأركان is the Turkish one named before, not the story's other state's
    text = ("أعلنت رئاسة الأركان التركية أن المقاتلات أصابت أهدافا. وفي دمشق أدانت سوريا العملية في سوريا، "
            "بينما أكدت رئاسة الأركان أنها لا تستهدف المدنيين.")
    staff = [m for m in run(text) if m.text.startswith("رئاسة الأركان")]
    assert [m.name_en for m in staff] == ["Turkish General Staff", "Turkish General Staff"]
    assert staff[0].id == staff[1].id
