"""KB sweep 7b: the Arab Spring and the wars after it (2011-2017): Syrian, Iraqi, Yemeni, Libyan,
Egyptian, Tunisian, Bahraini, Lebanese, Palestinian and Israeli figures, their factions and
parties, and the bases, crossings, camps and towns of those wars. A name in a short sentence links
to the canonical English name, press spelling variants included, and dated offices give the holder
on a day.

Sentences written for these tests (English glosses beside each), run against the committed KB
without the statistical model, so results are deterministic.
"""
from __future__ import annotations

import pytest

from rasd.annotate.entities import recognise
from rasd.kb import load_kb
from tests.conftest import state_id

KB = load_kb()
DAY = "2015-06-01"


def _linked(text: str, name_en: str) -> list[str]:
    return [m.text for m in recognise(KB, text, DAY, None) if m.name_en == name_en]


@pytest.mark.parametrize("text, surface, name_en", [
    ("قال محمد الشعار إن الوضع تحت السيطرة", "محمد الشعار", "Mohammad al-Shaar"),        # al-Shaar said the situation is under control
    # the Front for Change and Concord in Chad said its fighters withdrew (a Chadian armed group)
    ("قالت جبهة التغيير والوفاق في تشاد إن مقاتليها انسحبوا", "جبهة التغيير والوفاق في تشاد",
     "Front for Change and Concord in Chad"),
    ("قال هشام بختيار إن الاجتماع انتهى", "هشام بختيار", "Hisham Ikhtiyar"),              # Ikhtiyar said the meeting ended
    ("قال هشام اختيار إن الاجتماع انتهى", "هشام اختيار", "Hisham Ikhtiyar"),              # the press variant with ا
    ("التقى عبد الباسط سيدا وفدا كرديا", "عبد الباسط سيدا", "Abdulbaset Sieda"),           # Sieda met a Kurdish delegation
    ("أعلن أبو عمشة انسحاب فصيله", "أبو عمشة", "Mohammad al-Jasim"),                      # Abu Amsha announced his faction's withdrawal
    ("قال سعدون الدليمي إن الجيش يتقدم", "سعدون الدليمي", "Saadoun al-Dulaimi"),          # al-Dulaimi said the army advances
    ("قال عزت الدوري في تسجيل صوتي", "عزت الدوري", "Izzat Ibrahim al-Douri"),             # al-Douri said in an audio recording
    ("قال عزة الدوري في تسجيل صوتي", "عزة الدوري", "Izzat Ibrahim al-Douri"),             # the ة spelling the press also uses
    ("استقبل نجم الدين كريم الوزير", "نجم الدين كريم", "Najmaldin Karim"),                # Karim received the minister
    ("رد الشهرستاني على الانتقادات", "الشهرستاني", "Hussain al-Shahristani"),             # the surname alone
    ("قال عارف الزوكا إن الحزب موحد", "عارف الزوكا", "Aref al-Zouka"),                    # al-Zouka said the party is united
    ("وصل أبو زرعة المحرمي إلى عدن", "أبو زرعة المحرمي", "Abdulrahman al-Muharrami"),     # al-Muharrami arrived in Aden
    ("قال أحمد الميسري إن القوات جاهزة", "أحمد الميسري", "Ahmed al-Maisari"),             # al-Maisari said the forces are ready
    ("قال الغويل إن حكومته باقية", "الغويل", "Khalifa al-Ghawil"),                        # al-Ghawil said his government stays
    ("دعا الصادق الغرياني إلى القتال", "الصادق الغرياني", "Sadiq al-Ghariani"),           # al-Ghariani called for fighting
    ("قال مراد موافي إن الحدود مؤمنة", "مراد موافي", "Mourad Mowafi"),                    # Mowafi said the border is secured
    ("اعتقلت السلطات صفوت حجازي", "صفوت حجازي", "Safwat Hegazi"),                         # the authorities arrested Hegazi
    ("قال الهادي مجدوب إن الهجوم أحبط", "الهادي مجدوب", "Hedi Majdoub"),                 # Majdoub said the attack was foiled
    ("قال نهاد المشنوق إن الخطة الأمنية بدأت", "نهاد المشنوق", "Nohad Machnouk"),        # Machnouk said the security plan began
    ("قال أحمد قريع إن المفاوضات توقفت", "أحمد قريع", "Ahmed Qurei"),                     # Qurei said negotiations stopped
    ("حذر مئير داغان من ضرب إيران", "مئير داغان", "Meir Dagan"),                          # Dagan warned against striking Iran
    ("حذر مائير داغان من ضرب إيران", "مائير داغان", "Meir Dagan"),                        # the variant with ا
    ("قال عاموس جلعاد إن الهدنة صامدة", "عاموس جلعاد", "Amos Gilad"),                    # Gilad said the truce holds
    ("قال شاؤول موفاز إن الحرب لم تنته", "شاؤول موفاز", "Shaul Mofaz"),                  # Mofaz said the war is not over
    ("زار طلال البرازي حي الوعر", "طلال البرازي", "Talal al-Barazi"),                     # al-Barazi visited al-Waer
    ("قال ألدار خليل إن الإدارة مستعدة للحوار", "ألدار خليل", "Aldar Khalil"),           # Khalil said the administration is ready to talk
    ("قال صغير بن عزيز إن الجيش يتقدم", "صغير بن عزيز", "Sagheer bin Aziz"),             # bin Aziz said the army advances
    ("قال الدباشي إن المجلس منقسم", "الدباشي", "Ibrahim Dabbashi"),                      # Dabbashi said the council is divided
    ("قال يائير جولان إن الجيش جاهز", "يائير جولان", "Yair Golan"),                       # Golan said the army is ready (ج for g)
    ("التقى حسام زملط وزير الخارجية", "حسام زملط", "Husam Zomlot"),                      # Zomlot met the foreign minister
    ("قال عبد الحكيم الخيواني إن الخلية ضبطت", "عبد الحكيم الخيواني", "Abdulhakim al-Khaiwani"),  # al-Khaiwani said the cell was caught
    ("دعا عدنان العرعور إلى النفير", "عدنان العرعور", "Adnan al-Aroor"),                 # al-Aroor called for mobilisation
    ("قال نبيل قاووق إن المقاومة جاهزة", "نبيل قاووق", "Nabil Qaouk"),                   # Qaouk said the resistance is ready
    ("قال ثامر السبهان إن الرياض لن تتراجع", "ثامر السبهان", "Thamer al-Sabhan"),        # al-Sabhan said Riyadh will not back down
    ("قال فيتالي تشوركين إن القرار منحاز", "فيتالي تشوركين", "Vitaly Churkin"),         # Churkin said the resolution is biased
    ("قال كينو جبرائيل إن الحملة مستمرة", "كينو جبرائيل", "Kino Gabriel"),              # Gabriel said the campaign goes on
    ("قال سعد الحديثي إن الحكومة ماضية", "سعد الحديثي", "Saad al-Hadithi"),             # al-Hadithi said the government presses on
    ("قال رائد صلاح إن الأقصى في خطر", "رائد صلاح", "Raed Salah"),                          # Raed Salah said al-Aqsa is in danger
])
def test_person_links(text: str, surface: str, name_en: str) -> None:
    assert _linked(text, name_en) == [surface]


@pytest.mark.parametrize("text, surface, name_en", [
    ("أعلن فيلق الرحمن وقف إطلاق النار", "فيلق الرحمن", "Al-Rahman Legion"),              # Faylaq al-Rahman announced a ceasefire
    ("سيطر جيش الفتح على المدينة", "جيش الفتح", "Army of Conquest"),                     # Jaish al-Fatah took the city
    ("اندمجت حركة حزم في فصيل آخر", "حركة حزم", "Harakat Hazm"),                          # Hazm merged into another faction
        ("أعلنت كتائب سيد الشهداء مقتل قائد", "كتائب سيد الشهداء", "Kata'ib Sayyid al-Shuhada"),  # KSS announced a commander's death
    ("قاتل لواء زينبيون في حلب", "لواء زينبيون", "Zainabiyoun Brigade"),                 # Zainebiyoun fought in Aleppo
    ("تبنى جيش رجال الطريقة النقشبندية الهجوم", "جيش رجال الطريقة النقشبندية", "Naqshbandi Army"),  # the Naqshbandi Army claimed the attack
    ("انتشرت قوات الحزام الأمني في عدن", "قوات الحزام الأمني", "Security Belt Forces"),    # the Security Belt deployed in Aden
    ("تقدمت ألوية العمالقة نحو الحديدة", "ألوية العمالقة", "Giants Brigades"),            # the Giants Brigades advanced on Hodeidah
    ("أعلن المجلس الوطني الانتقالي تحرير ليبيا", "المجلس الوطني الانتقالي", "National Transitional Council"),  # the NTC declared Libya liberated
    ("هاجمت قوات فجر ليبيا المطار", "قوات فجر ليبيا", "Libya Dawn"),                           # Libya Dawn forces attacked the airport
    ("فاز حزب الحرية والعدالة بالانتخابات", "حزب الحرية والعدالة", "Freedom and Justice Party"),  # the FJP won the election
    ("تبنت جماعة أنصار بيت المقدس التفجير", "جماعة أنصار بيت المقدس", "Ansar Bait al-Maqdis"),  # Ansar Bait al-Maqdis claimed the bombing
    ("دعا الاتحاد العام التونسي للشغل إلى إضراب", "الاتحاد العام التونسي للشغل", "Tunisian General Labour Union"),  # the UGTT called a strike
    ("قاطعت جمعية الوفاق الوطني الإسلامية الانتخابات", "جمعية الوفاق الوطني الإسلامية", "Al-Wefaq"),  # al-Wefaq boycotted the election
    ("أعلن تيار المستقبل موقفه", "تيار المستقبل", "Future Movement"),                    # the Future Movement stated its position
    ("انشق نواب عن حزب كاديما", "حزب كاديما", "Kadima"),                                 # MPs split from Kadima
    ("نقلت وكالة سمارت عن مصادر محلية", "وكالة سمارت", "SMART News Agency"),             # SMART agency quoted local sources
    ("بثت وكالة أعماق تسجيلا مصورا", "وكالة أعماق", "Amaq News Agency"),                # Amaq broadcast a video
    ("أفادت قناة السومرية بسقوط قذائف", "قناة السومرية", "Alsumaria"),                  # Al Sumaria reported shells falling
    ("قاطع الحزب الإسلامي العراقي الجلسة", "الحزب الإسلامي العراقي", "Iraqi Islamic Party"),  # the Iraqi Islamic Party boycotted the session
    ("انسحبت قوات درع ليبيا من المدينة", "درع ليبيا", "Libya Shield Force"),             # Libya Shield withdrew from the city
    ("اجتمع تكتل لبنان القوي أمس", "تكتل لبنان القوي", "Strong Lebanon bloc"),           # the Strong Lebanon bloc met yesterday
    ("تبنت كتائب المقاومة الوطنية القصف", "كتائب المقاومة الوطنية", "National Resistance Brigades"),  # the NRB claimed the shelling
])
def test_org_links(text: str, surface: str, name_en: str) -> None:
    assert _linked(text, name_en) == [surface]


@pytest.mark.parametrize("text, surface, name_en", [
    ("قصفت الطائرات مطار الضمير العسكري", "مطار الضمير العسكري", "Al-Dumayr Military Airport"),  # planes struck Dumayr airbase
    ("تحصن المسلحون في حي بابا عمرو", "حي بابا عمرو", "Baba Amr"),                       # gunmen dug in in Baba Amr
    ("نزح السكان من وادي بردى", "وادي بردى", "Wadi Barada"),                             # residents fled Wadi Barada
    ("فجر التنظيم جامع النوري الكبير", "جامع النوري الكبير", "Great Mosque of al-Nuri"),  # the group blew up the al-Nuri mosque
    ("نقل السجناء إلى سجن أبو غريب", "سجن أبو غريب", "Abu Ghraib prison"),              # the prisoners were moved to Abu Ghraib
    ("استهدف التحالف قاعدة الديلمي", "قاعدة الديلمي", "Al-Dailami Air Base"),            # the coalition struck al-Dailami base
    ("دارت اشتباكات في جبهة كرش", "جبهة كرش", "Kirsh"),                                  # fighting on the Kirsh front
    ("فضت قوات الأمن اعتصام رابعة", "اعتصام رابعة", "Rabaa al-Adawiya Square"),          # security forces broke up the Rabaa sit-in
    ("اندلعت اشتباكات بين باب التبانة وجبل محسن", "باب التبانة", "Bab al-Tabbaneh"),   # clashes between Bab al-Tabbaneh and Jabal Mohsen
    ("دخل الجيش الحر بلدة الراعي", "بلدة الراعي", "Al-Rai, Syria"),                     # the FSA entered al-Rai
    ("حاصرت قوات النظام كفريا والفوعة", "كفريا", "Kafriya"),                             # regime forces besieged Kafriya and Foua
    ("فر الإيزيديون من كوجو", "كوجو", "Kocho"),                                          # the Yazidis fled Kocho
    ("رست السفينة في ميناء أم قصر", "ميناء أم قصر", "Umm Qasr Port"),                   # the ship docked at Umm Qasr port
    ("أغلقت السلطات معبر طابا", "معبر طابا", "Taba Border Crossing"),                    # the authorities closed the Taba crossing
    ("اندلعت اشتباكات في خور مكسر", "خور مكسر", "Khor Maksar"),                         # clashes broke out in Khor Maksar
    ("تقدم الجيش في قنفودة", "قنفودة", "Ganfouda"),                                      # the army advanced in Ganfouda
    ("داهمت القوات مخيم الفوار", "مخيم الفوار", "Al-Fawwar"),                           # troops raided al-Fawwar camp
    ("سقط صاروخ في ناحل عوز", "ناحل عوز", "Nahal Oz"),                                   # a rocket fell in Nahal Oz
])
def test_place_links(text: str, surface: str, name_en: str) -> None:
    assert _linked(text, name_en) == [surface]


@pytest.mark.parametrize("role, state, on, holder", [
    ("interior_minister", "Syria", "2015-01-01", "Mohammad al-Shaar"),
    ("defence_minister", "Iraq", "2013-01-01", "Saadoun al-Dulaimi"),
    ("interior_minister", "Lebanon", "2016-01-01", "Nohad Machnouk"),
    ("intelligence_chief", "Egypt", "2012-01-01", "Mourad Mowafi"),
    ("defence_minister", "Israel", "2007-01-01", "Amir Peretz"),
    ("army_chief", "Israel", "2006-07-15", "Dan Halutz"),
    ("defence_minister", "Tunisia", "2016-01-01", "Farhat Horchani"),
    ("prosecutor", "Egypt", "2014-01-01", "Hisham Barakat"),
    ("information_minister", "Syria", "2017-01-01", "Ramez Tarjman"),
    ("oil_minister", "Iraq", "2021-01-01", "Ihsan Abdul Jabbar"),
    ("spokesperson", "Iraq", "2016-01-01", "Saad al-Hadithi"),
])
def test_office_holder_on_a_date(role: str, state: str, on: str, holder: str) -> None:
    names = [KB.get(o.person_id).name_en for o in KB.holders(role, state_id(KB, state), on)]
    assert holder in names


@pytest.mark.parametrize("word, not_name", [
    ("قدسية", "Abdul Fatah Qudsiyeh"),   # "sanctity"
    ("سيجري", "Mustafa Sejari"),         # "will take place"
    ("السفيرة", "Al-Safira"),            # "the (woman) ambassador"
    ("حديثة", "Haditha"),                # "modern"
    ("الدور", "Al-Dour"),                # "the role"
    ("التربة", "Al-Turbah"),             # "the soil"
    ("الحصبة", "Al-Hasabah"),            # "measles"
    ("نصاب", "Nisab"),                   # "quorum"
    ("العظيم", "Al-Udhaim"),             # "the great"
    ("الهضبة", "Al-Hadba"),              # "the plateau"
    ("القربي", "Abu Bakr al-Qirbi"),     # "kinship"
    ("أعماق", "Amaq News Agency"),       # "depths"
    ("سائرون", "Sairoon"),               # "marching on"
])
def test_plain_word_is_no_name(word: str, not_name: str) -> None:
    """A name that is also a plain word is not looked up alone; the press form with its place word is."""
    assert all(e.name_en != not_name for e in KB.lookup(word))
