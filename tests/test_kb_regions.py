"""KB coverage of the conflicts it covered thinly: Sudan & South Sudan, Ethiopia/Eritrea/Tigray,
Armenia/Azerbaijan, Iran (with its Kurdish parties), Pakistan/Afghanistan, the Sahel and ECOWAS,
Yemen, Syria, Libya and Somalia: towns, fronts, armed groups, bodies, office holders."""
from __future__ import annotations

import pytest

from rasd.arabic import fold_key
from rasd.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _first(kb, name: str) -> str | None:
    hits = kb.lookup(fold_key(name))
    return hits[0].name_en if hits else None


@pytest.mark.parametrize("name, english", [
    # Sudan & South Sudan
    ("هجليج", "Heglig"),                                    # Heglig, the border oil town
    ("حقول هجليج النفطية", "Heglig oil field"),              # the Heglig oil fields
    ("الجيش الشعبي لتحرير السودان", "Sudan People's Liberation Army"),  # SPLA
    ("سلفا كير", "Salva Kiir Mayardit"),                     # South Sudan's president
    ("بانتيو", "Bentiu"),
    ("وزارة النفط السودانية", "Ministry of Petroleum (Sudan)"),
    # Ethiopia, Eritrea, Tigray
    ("مقلي", "Mekelle"), ("ميكيلي", "Mekelle"),               # two press spellings of Mekelle
    ("غوندار", "Gondar"),
    ("ألاماطا", "Alamata"),
    ("مفوضية الاتحاد الأفريقي", "African Union Commission"),
    ("مجلس السلم والأمن الأفريقي", "African Union Peace and Security Council"),
    ("يماني جبر مسقل", "Yemane Gebremeskel"),                # Eritrea's information minister
    # Armenia / Azerbaijan
    ("مارتاكيرت", "Martakert"),
    ("خانكندي", "Stepanakert"),                              # the Azerbaijani name of Stepanakert
    ("مجموعة مينسك", "OSCE Minsk Group"),
    ("إلمار محمدياروف", "Elmar Mammadyarov"),                 # Azerbaijan's foreign minister to 2020
    ("ممر لاتشين", "Lachin corridor"),
    # Iran and its Kurdish parties
    ("كويسنجق", "Koya"),                                    # Koya in Iraqi Kurdistan (Koysinjaq)
    ("الحزب الديمقراطي الكردستاني الإيراني", "Democratic Party of Iranian Kurdistan"),  # PDKI
    ("كومله", "Komala"),
    ("شرطة الأخلاق", "Guidance Patrol"),                     # the "morality police"
    ("غلام حسين محسني إجئي", "Gholam-Hossein Mohseni-Ejei"),   # Iran's judiciary chief
    # Pakistan / Afghanistan
    ("شمال وزيرستان", "North Waziristan"),
    ("منطقة كرم", "Kurram District"),                         # with its place word only (كرم "generosity")
    ("برمل", "Barmal District"),
    ("خط دوراند", "Durand Line"),
    ("جماعة حافظ غل بهادر", "Hafiz Gul Bahadur Group"),
    ("ممتاز زهرة بلوش", "Mumtaz Zahra Baloch"),               # Pakistan's Foreign Office spokeswoman
    # Niger, Mali, Burkina Faso, ECOWAS
    ("المجلس الوطني لحماية الوطن", "National Council for the Safeguard of the Homeland"),  # CNSP
    ("مفوضية إيكواس", "ECOWAS Commission"),
    ("عمر عليو توراي", "Omar Alieu Touray"),
    ("أغاديز", "Agadez"),
    ("غرب أفريقيا", "West Africa"),
    # Yemen
    ("لجنة شؤون الأسرى", "National Committee for Prisoners' Affairs (Houthi)"),
    ("عبد القادر المرتضى", "Abdulqader al-Murtada"),
    ("مكتب المبعوث الأممي الخاص إلى اليمن", "Office of the UN Special Envoy for Yemen"),
    # Syria
    ("حركة رجال الكرامة", "Men of Dignity"),
    ("جرمانا", "Jaramana"),
    ("حمزة المصطفى", "Hamza al-Mustafa"),                    # information minister from March 2025
    # Libya
    ("حكومة الاستقرار الوطني", "Government of National Stability"),
    ("بني وليد", "Bani Walid"),
    ("مارتن كوبلر", "Martin Kobler"),                         # UN envoy to Libya 2015-17
    # Somalia
    ("جوبالاند", "Jubaland"),
    ("محمد حسين روبلي", "Mohamed Hussein Roble"),
    ("لواء داناب", "Danab Brigade"),
])
def test_region_names_link(kb, name, english):
    assert _first(kb, name) == english


@pytest.mark.parametrize("word", [
    "حميرا",   # "little donkeys"; also Humera, Ethiopia
    "ربك",     # "your Lord"; also Rabak, Sudan
    "كتم",     # "he concealed"; also Kutum, Sudan
])
def test_plain_word_town_names_stay_out_of_lookup(kb, word):
    assert kb.lookup(fold_key(word)) == []
    assert kb.lookup_common(fold_key(word))  # still reachable after a place word (مدينة حميرا)


@pytest.mark.parametrize("word", [
    "كرم",      # generosity (Kurram)
    "الحزم",    # firmness (Al Hazm, Yemen)
    "نهم",      # greed (Nihm, Yemen)
    "بانه",     # بأنه "that he", folded (Baneh, Iran)
    "وانا",     # "and I" (Wana, Pakistan)
    "طويلة",    # long (Tawila, Darfur)
    "جوهر",     # essence (Jowhar, Somalia)
])
def test_plain_words_name_no_place(kb, word):
    assert kb.lookup(fold_key(word)) == []


def test_multiword_form_of_a_plain_word_town(kb):
    assert _first(kb, "مدينة حميرا") == "Humera"   # "the city of Humera"
    assert _first(kb, "مدينة طويلة") == "Tawila"   # "the town of Tawila"


@pytest.mark.parametrize("role, country, day, english", [
    ("foreign_minister", "AZ", "2016-04-05", "Elmar Mammadyarov"),
    ("foreign_minister", "AZ", "2023-09-20", "Jeyhun Bayramov"),
    ("defence_minister", "AM", "2016-04-05", "Seyran Ohanyan"),
    ("head_of_government", "ET", "2016-01-01", "Hailemariam Desalegn"),
    ("head_of_state", "ET", "2020-11-15", "Sahle-Work Zewde"),
    ("head_of_government", "NE", "2023-09-01", "Ali Lamine Zeine"),
    ("army_chief", "PK", "2015-01-01", "Raheel Sharif"),
    ("head_of_state", "SS", "2012-04-20", "Salva Kiir Mayardit"),
    ("special_envoy", "LY", "2016-06-01", "Martin Kobler"),
])
def test_dated_office_holders(kb, role, country, day, english):
    cid = kb.lookup(fold_key({"AZ": "أذربيجان", "AM": "أرمينيا", "ET": "إثيوبيا", "NE": "النيجر",
                              "PK": "باكستان", "SS": "جنوب السودان", "LY": "ليبيا"}[country]))[0].id
    holders = kb.holders(role, cid, day)
    assert [kb.get(o.person_id).name_en for o in holders][:1] == [english]
