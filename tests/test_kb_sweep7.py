"""KB sweep 7: spokespeople, defence and intelligence chiefs, speakers, envoys, armed groups, state
bodies and conflict geography. A name in a short sentence links to the canonical English name,
press spelling variants included, and dated offices give the holder on a day.

Sentences written for these tests (English glosses beside each), run against the committed KB
without the statistical model, so results are deterministic.
"""
from __future__ import annotations

import pytest

from rasd.annotate.entities import recognise
from rasd.kb import load_kb
from tests.conftest import state_id

KB = load_kb()
DAY = "2024-06-01"


@pytest.mark.parametrize("text, surface, name_en", [
    # people, with the variants the press writes
    ("قال غادي آيزنكوت إن الحرب طويلة", "غادي آيزنكوت", "Gadi Eisenkot"),         # Eisenkot said the war is long
    ("قال جادي أيزنكوت إن الحرب طويلة", "جادي أيزنكوت", "Gadi Eisenkot"),           # ج for g, أ for آ
    ("هدد أفيجدور ليبرمان بالانسحاب", "أفيجدور ليبرمان", "Avigdor Lieberman"),      # Lieberman threatened to quit
    ("وقال ليبرمان إن الحكومة فشلت", "ليبرمان", "Avigdor Lieberman"),              # the surname alone
    ("أعلن محمد الحلبوسي ترشحه", "محمد الحلبوسي", "Mohamed al-Halbousi"),           # Halbousi announced his candidacy
    ("التقى الحلبوسي السفير", "الحلبوسي", "Mohamed al-Halbousi"),                   # the surname alone
    ("صرح نبيل أبو ردينة للصحفيين", "نبيل أبو ردينة", "Nabil Abu Rudeineh"),        # Abu Rudeineh told reporters
    ("قال قوه جيا كون إن بكين تعارض العقوبات", "قوه جيا كون", "Guo Jiakun"),        # Guo Jiakun said Beijing opposes sanctions
    ("وصل زلماي خليلزاد إلى الدوحة", "زلماي خليلزاد", "Zalmay Khalilzad"),           # Khalilzad arrived in Doha (joined form)
    ("وصل زلماي خليل زاد إلى الدوحة", "زلماي خليل زاد", "Zalmay Khalilzad"),         # split form
    ("قال تساحي هنغبي إن المفاوضات مستمرة", "تساحي هنغبي", "Tzachi Hanegbi"),      # Hanegbi said talks go on
    ("التقى أبو زرعة المحرمي قادة الألوية", "أبو زرعة المحرمي", "Abdulrahman al-Muharrami"),  # al-Muharrami met brigade commanders
    ("قال عبدالرحمن المحرمي إن الجبهة مستقرة", "عبدالرحمن المحرمي", "Abdulrahman al-Muharrami"),  # joined عبد
    ("اتهم أبو علي العسكري واشنطن", "أبو علي العسكري", "Abu Ali al-Askari"),         # Abu Ali al-Askari accused Washington
    ("دعا هادي البحرة إلى الحوار", "هادي البحرة", "Hadi al-Bahra"),                  # al-Bahra called for dialogue
    ("قال صلاح النمروش إن القوات جاهزة", "صلاح النمروش", "Salah al-Namroush"),      # al-Namroush said forces are ready
    ("وصف ياسر عرمان الهدنة بالهشة", "ياسر عرمان", "Yasir Arman"),                  # Arman called the truce fragile
    ("قال راجناث سينغ إن الجيش مستعد", "راجناث سينغ", "Rajnath Singh"),            # Rajnath Singh said the army is ready
    ("استقبل عبد اللطيف الحموشي الوفد", "عبد اللطيف الحموشي", "Abdellatif Hammouchi"),  # Hammouchi received the delegation
    ("قال أبو حفص الهاشمي القرشي في تسجيل", "أبو حفص الهاشمي القرشي", "Abu Hafs al-Hashimi al-Qurashi"),  # IS leader in a recording
    ("حذر فلاديمير بادرينو من التدخل", "فلاديمير بادرينو", "Vladimir Padrino López"),  # Padrino warned against intervention
    ("دعا بشارة الراعي إلى الحياد", "بشارة الراعي", "Bechara Boutros al-Rahi"),  # the patriarch called for neutrality
    ("زار أليكسي ليخاتشوف المحطة", "أليكسي ليخاتشوف", "Alexey Likhachev"),          # Likhachev visited the plant
])
def test_person_links(text, surface, name_en):
    found = [m for m in recognise(KB, text, DAY, None) if m.name_en == name_en]
    assert [m.text for m in found] == [surface]


@pytest.mark.parametrize("text, surface, name_en", [
    # the Syrian National Coalition demanded a ceasefire
    ("طالب الائتلاف الوطني السوري بوقف إطلاق النار", "الائتلاف الوطني السوري",
     "National Coalition of Syrian Revolutionary and Opposition Forces"),
    # Emirates suspended its flights to Tehran
    ("علقت طيران الإمارات رحلاتها إلى طهران", "طيران الإمارات", "Emirates (airline)"),
    # Saraya Awliya al-Dam claimed the attack
    ("تبنت سرايا أولياء الدم الهجوم", "سرايا أولياء الدم", "Saraya Awliya al-Dam"),
    # the Iraqi Federal Supreme Court ratified the results
    ("صادقت المحكمة الاتحادية العليا على النتائج", "المحكمة الاتحادية العليا", "Federal Supreme Court (Iraq)"),
    # the Bundestag approved the aid
    ("وافق البوندستاغ على المساعدات", "البوندستاغ", "Bundestag"),
    # the IRGC Navy seized a tanker
    ("احتجزت بحرية الحرس الثوري ناقلة", "بحرية الحرس الثوري", "IRGC Navy"),
    # the Home Front Command changed its instructions
    ("عدلت قيادة الجبهة الداخلية تعليماتها", "قيادة الجبهة الداخلية", "Home Front Command"),
    # the CARICOM summit opened
    ("افتتحت قمة الجماعة الكاريبية", "الجماعة الكاريبية", "Caribbean Community"),
    # the Gaza Humanitarian Foundation opened a distribution point
    ("فتحت مؤسسة غزة الإنسانية نقطة توزيع", "مؤسسة غزة الإنسانية", "Gaza Humanitarian Foundation"),
])
def test_org_links(text, surface, name_en):
    found = [m for m in recognise(KB, text, DAY, None) if m.name_en == name_en]
    assert [m.text for m in found] == [surface]


@pytest.mark.parametrize("text, surface, name_en", [
    ("قصفت الطائرات محيط مجمع الشفاء الطبي", "مجمع الشفاء الطبي", "Al-Shifa Hospital"),    # planes shelled around al-Shifa
    ("سيطرت القوات على حقل العمر النفطي", "حقل العمر النفطي", "Al-Omar oil field"),         # forces took the al-Omar field
    ("انسحب الجيش من سيفيرودونيتسك", "سيفيرودونيتسك", "Sievierodonetsk"),                  # the army withdrew from Sievierodonetsk
    ("سقطت صواريخ قرب جبل الشيخ", "جبل الشيخ", "Mount Hermon"),                            # rockets fell near Mount Hermon
    ("أغلقت السلطات مطار بن غوريون", "مطار بن غوريون", "Ben Gurion Airport"),              # the authorities closed Ben Gurion airport
    ("عبرت السفن مضيق كيرتش", "مضيق كيرتش", "Kerch Strait"),                               # ships crossed the Kerch Strait
    ("هاجم مستوطنون من يتسهار القرية", "يتسهار", "Yitzhar"),                               # settlers from Yitzhar attacked the village
    ("أغلق محتجون معبر الكركرات", "معبر الكركرات", "Guerguerat"),                          # protesters closed the Guerguerat crossing
    ("جددت القاهرة موقفها من مثلث حلايب", "مثلث حلايب", "Halaib Triangle"),                # Cairo restated its position on Halaib
])
def test_place_links(text, surface, name_en):
    found = [m for m in recognise(KB, text, DAY, None) if m.name_en == name_en]
    assert [m.text for m in found] == [surface]


@pytest.mark.parametrize("role, state, on, holder", [
    ("speaker_of_parliament", "Iraq", "2020-01-01", "Mohamed al-Halbousi"),
    ("speaker_of_parliament", "Iraq", "2016-01-01", "Salim al-Jabouri"),
    ("defence_minister", "Israel", "2017-01-01", "Avigdor Lieberman"),
    ("defence_minister", "Lebanon", "2025-06-01", "Michel Menassa"),
    ("interior_minister", "Lebanon", "2023-01-01", "Bassam Mawlawi"),
    ("national_security_adviser", "United States", "2018-06-01", "John Bolton"),
    ("national_security_adviser", "India", "2020-01-01", "Ajit Doval"),
    ("army_chief", "Israel", "2017-01-01", "Gadi Eisenkot"),
    ("army_chief", "India", "2023-01-01", "Manoj Pande"),
    ("foreign_minister", "United Kingdom", "2012-01-01", "William Hague"),
    ("defence_minister", "Venezuela", "2019-01-01", "Vladimir Padrino López"),
])
def test_office_holder_on_a_date(role, state, on, holder):
    names = [KB.get(o.person_id).name_en for o in KB.holders(role, state_id(KB, state), on)]
    assert holder in names


@pytest.mark.parametrize("word, not_name", [
    ("الواصل", "Abdulaziz Alwasil"),    # "the arriving"
    ("الترابي", "Hassan al-Turabi"),     # "earthen" (ساتر ترابي an earth berm)
    ("البطش", "Khaled al-Batsh"),        # "brutality"
    ("الخنجر", "Khamis al-Khanjar"),     # "the dagger"
    ("القنطار", "Samir Kuntar"),         # "quintal"
    ("دوالي", "Aden Duale"),             # "vine leaves"
])
def test_plain_word_is_no_alias(word, not_name):
    """A surname that is also a plain word is no short form of the person."""
    assert all(e.name_en != not_name for e in KB.lookup(word))
