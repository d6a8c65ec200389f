"""World coverage of the KB: heads of state and government, foreign ministers, spokespeople, agencies.

Rows from rasd/kb/curated (people.tsv, offices.tsv, orgs.tsv); each case is a short phrase or a
name as Arabic news prints it, with an English gloss.
"""
from __future__ import annotations

import pytest

from rasd.annotate.actors import resolve_title
from rasd.annotate.entities import recognise
from rasd.arabic import fold_key
from rasd.kb import load_kb

KB = load_kb()


def first_name_en(surface: str) -> str | None:
    hits = KB.lookup(fold_key(surface))
    return hits[0].name_en if hits else None


@pytest.mark.parametrize("surface, name_en", [
    ("سيريل رامافوزا", "Cyril Ramaphosa"),              # President of South Africa
    ("رامافوسا", "Cyril Ramaphosa"),                    # surname, other spelling
    ("ويليام روتو", "William Ruto"),                    # President of Kenya
    ("فيليكس تشيسيكيدي", "Félix Tshisekedi"),           # President of DR Congo
    ("بول كاغامي", "Paul Kagame"),                      # President of Rwanda
    ("يويري موسيفيني", "Yoweri Museveni"),              # President of Uganda
    ("محمد ولد الغزواني", "Mohamed Ould Ghazouani"),     # President of Mauritania
    ("عزيز أخنوش", "Aziz Akhannouch"),                  # head of Morocco's government
    ("أحمد عطاف", "Ahmed Attaf"),                       # Algeria's foreign minister
    ("فوميو كيشيدا", "Fumio Kishida"),                  # Japanese prime minister
    ("تساي إنغ وين", "Tsai Ing-wen"),                   # President of Taiwan
    ("سوبرامانيام جايشانكار", "S. Jaishankar"),         # India's foreign minister
    ("الشيخة حسينة", "Sheikh Hasina"),                  # Bangladesh's prime minister
    ("برابوو سوبيانتو", "Prabowo Subianto"),            # President of Indonesia
    ("مين أونغ هلاينغ", "Min Aung Hlaing"),             # head of Myanmar's junta
    ("خافيير ميلي", "Javier Milei"),                    # President of Argentina
    ("كلاوديا شينباوم", "Claudia Sheinbaum"),           # President of Mexico
    ("ألكسندر فوتشيتش", "Aleksandar Vučić"),            # President of Serbia
    ("قاسم جومارت توكاييف", "Kassym-Jomart Tokayev"),   # President of Kazakhstan
    ("بيتر سيارتو", "Péter Szijjártó"),                 # Hungary's foreign minister
    ("فرحان حق", "Farhan Haq"),                         # UN deputy spokesperson
    ("يو بي آي", "United Press International"),         # UPI news agency
    ("أ ش أ", "Middle East News Agency"),               # MENA, Egypt's agency
    ("التلفزيون المركزي الصيني", "China Central Television"),  # CCTV
])
def test_lookup(surface: str, name_en: str) -> None:
    assert first_name_en(surface) == name_en


@pytest.mark.parametrize("title, date, name_en", [
    ("الرئيس الصيني", "2020-05-01", "Xi Jinping"),                 # the Chinese president, 2020
    ("رئيس الوزراء الياباني", "2018-06-01", "Shinzo Abe"),          # Japan's prime minister, 2018
    ("رئيس الوزراء الياباني", "2022-06-01", "Fumio Kishida"),       # ... and in 2022
    ("الرئيس الكيني", "2015-03-01", "Uhuru Kenyatta"),              # the Kenyan president, 2015
    ("رئيس الحكومة التونسية", "2017-05-01", "Youssef Chahed"),      # head of Tunisia's government, 2017
    ("الوزير الأول الجزائري", "2018-01-01", "Ahmed Ouyahia"),       # Algeria's prime minister, 2018
    ("وزير الخارجية الهندي", "2021-01-01", "S. Jaishankar"),        # India's foreign minister, 2021
    ("الرئيس البرازيلي", "2020-01-01", "Jair Bolsonaro"),           # the Brazilian president, 2020
    ("وزيرة الخارجية الكندية", "2018-01-01", "Chrystia Freeland"),  # Canada's foreign minister, 2018
])
def test_dated_offices(title: str, date: str, name_en: str) -> None:
    entry = resolve_title(KB, fold_key(title), None, date)
    assert entry is not None and entry.name_en == name_en


def test_name_after_title_is_linked() -> None:
    # "Japanese PM Shinzo Abe said Tokyo is worried"
    text = "وقال رئيس الوزراء الياباني شينزو آبي إن طوكيو قلقة"
    names = {m.text: m.name_en for m in recognise(KB, text, "2018-05-01", None)}
    assert names["شينزو آبي"] == "Shinzo Abe"
