"""Crawl dumps in the chrome styles of other outlets (fixtures written for rasd, invented stories).

Each fixture imitates one family of page furniture: breadcrumbs, `آخر تحديث` lines,
share rows, hashtag lines, "more news" blocks, comment counters, photo captions,
copyright footers. The header fields and the body's first and last words must come out.
"""
from __future__ import annotations

import pytest

from rasd.extract.dump import parse_dump
from tests.conftest import assert_dump

STYLES = [
    # (fixture, title, author, section, body start, body end, furniture that must be gone)
    ("jazeera-style-dump.txt",  # Gulf satellite channel site: breadcrumb, updated line, font size, caption
     "وزراء خارجية دول الجوار يبحثون في عمّان ملف عودة اللاجئين", "الجزيرة نت", "عربي",
     "اجتمع وزراء خارجية", "قبل نهاية الصيف.",
     ["تخطي إلى المحتوى", "آخر تحديث", "حجم الخط", "مشاركة", "(صورة: رويترز)", "المصدر: الجزيرة",
      "مواضيع ذات صلة", "الأمم المتحدة تحذر", "البنك الدولي", "النشرة البريدية", "جميع الحقوق"]),
    ("arabiya-style-dump.txt",  # masthead, "published in: ... GST", one hashtag a line, "more news"
     "الحرس الثوري يجري مناورات بحرية قرب مضيق هرمز", "العربية.نت", "عرب وعالم",
     "أعلن الحرس الثوري", "والزوارق العسكرية.",
     ["نشر في", "آخر تحديث", "#إيران", "#مضيق_هرمز", "المزيد من الأخبار", "السعودية تستضيف", "الكويت تعلن"]),
    ("youm7-style-dump.txt",  # Cairo portal: urgent-news label, `كتب` byline, headline twice, caption
     "وزير الري يتابع استعدادات موسم الفيضان مع محافظي الصعيد", "محمد سعيد", "أخبار مصر",
     "تابع وزير الموارد المائية", "الأكثر عرضة للسيول.",
     ["أخبار عاجلة", "03:45", "كتب محمد", "وزير الري خلال الاجتماع", "اقرأ أيضا", "محافظ أسوان",
      "ارتفاع منسوب", "0 تعليق", "المزيد من أخبار"]),
    ("hespress-style-dump.txt",  # Moroccan site: masthead, bare-name byline, Maghrebi month, counters
     "الرباط ونواكشوط تبحثان ترسيم الحدود البحرية في جولة مشاورات جديدة", "عبد الرحيم العسري", "سياسة",
     "احتضنت العاصمة الرباط", "والربط الكهربائي.",
     ["هسبريس", "10:30", "صورة:", "3 تعليقات", "تعليقات الزوار", "مقالات ذات صلة", "المغرب يوقع"]),
    ("annahar-style-dump.txt",  # Beirut daily: Home breadcrumb, `|` date line, quoted outlet, tags block
     "\"اليونيفيل\" تعزّز دورياتها على الخط الأزرق بعد توتر ليلي", "النهار", "سياسة",
     "عززت قوات الأمم المتحدة", "فوق القطاع الغربي.",
     ["الرئيسية", "14:20", "بيروت - ", "A A", "(أرشيفية)", "كلمات مفتاحية", "الجنوب\n"]),
    ("skynews-style-dump.txt",  # Abu Dhabi channel: outlet-place byline, summary label, share column
     "محادثات أوروبية لتمديد مهمة بحرية في البحر الأحمر", "سكاي نيوز عربية", "العالم",
     "بدأ وزراء دفاع", "بالطائرات المسيّرة.",
     ["بتوقيت", "ملخص", "شارك\n", "واتساب", "المزيد من سكاي", "روسيا تعلن", "ألمانيا ترفع", "جميع الحقوق"]),
    ("maghreb-portal-dump.txt",  # Algerian portal: menu bar, relative time, comment counter, print/font
     "النيجر تعلن استعادة السيطرة على بلدة حدودية بعد هجوم مسلح", "سليمة بن عمر", "دولي",
     "أعلنت وزارة الدفاع", "وأسلحة خفيفة.",
     ["وطني", "منذ 3 ساعات", "0 تعليق", "طباعة", "حجم الخط", "#النيجر", "قناتنا", "للتواصل"]),
]


@pytest.mark.parametrize("name,title,author,section,start,end,furniture", STYLES)
def test_site_style_dump(fixtures, name, title, author, section, start, end, furniture):
    assert_dump((fixtures / "extract" / name).read_text(encoding="utf-8"), title, author, section, start, end,
                furniture)


def test_read_also_block_ends_where_the_story_goes_on():
    # "read also:" with one linked headline, then the story continues on `و...` lines with no full stop
    raw = ("الجيش يحبط محاولة تهريب عبر الحدود الشمالية\n"
           "عمّان - بترا\n"
           "أعلن الجيش، الأحد، إحباط محاولة تهريب كميات من المخدرات ومقتل اثنين من المهربين.\n"
           "اقرأ أيضا:\n"
           "الحكومة تشدد إجراءات المراقبة على الحدود\n"
           "وأوضح مصدر عسكري أن الدوريات رصدت المهربين تحت جنح الظلام\n")
    d = parse_dump(raw)
    assert d.author == "بترا"                                 # Amman - Petra (the agency)
    assert "الحكومة تشدد" not in d.text                       # the linked headline is dropped
    assert d.text.endswith("تحت جنح الظلام")                   # the story's last line is kept


def test_relative_stamp_between_headline_and_byline():
    raw = ("مقتل ثلاثة جنود في هجوم على نقطة تفتيش - بوابة الأهرام\n"  # site name after the headline
           "منذ ساعتين\n"                                               # two hours ago
           "كتب- أحمد فتحي\n"
           "قتل ثلاثة جنود وأصيب اثنان آخران في هجوم شنه مسلحون على نقطة تفتيش، بحسب مصادر أمنية.\n")
    d = parse_dump(raw)
    assert (d.title, d.author) == ("مقتل ثلاثة جنود في هجوم على نقطة تفتيش", "أحمد فتحي")
    assert d.text.startswith("قتل ثلاثة جنود")


def test_masthead_slash_breadcrumb_and_subtitle():
    raw = ("بوابة الأهرام\n"                                       # the site's name (masthead)
           "أخبار / عربي\n"                                         # news / Arab: a breadcrumb
           "إسرائيل تقصف مواقع في ريف دمشق وسوريا تندد\n"           # headline
           "الجيش الإسرائيلي قال إنه استهدف مواقع عسكرية\n"         # a second headline (subtitle)
           "دمشق - سانا\n"                                          # Damascus - SANA
           "قصفت طائرات إسرائيلية، فجر اليوم السبت، مواقع في ريف دمشق، ما أسفر عن أضرار مادية.\n"
           "التعليقات (0)\n"
           "أضف تعليقا\n")
    d = parse_dump(raw)
    assert (d.title, d.author, d.section) == ("إسرائيل تقصف مواقع في ريف دمشق وسوريا تندد", "سانا", "أخبار / عربي")
    assert d.text == "قصفت طائرات إسرائيلية، فجر اليوم السبت، مواقع في ريف دمشق، ما أسفر عن أضرار مادية."


def test_caption_label_block_region_section_and_closing_credit():
    raw = ("فرانس24\n"                                            # the site's name, one token
           "الشرق الأوسط\n"                                       # Middle East: a region section here
           "مقتل ثمانية أشخاص في غارة على سوق شمال دارفور\n"
           "صادر في: 05/03/2025 - 10:42\n"                        # issued on
           "التعليق على الصورة،\n"                                # "photo caption," label ...
           "مخيم للنازحين في شمال دارفور\n"                       # ... and the caption itself
           "قتل ثمانية أشخاص على الأقل في غارة استهدفت سوقا شعبية، وفق ناشطين محليين.\n"
           "فرانس24/ أ ف ب\n"                                     # closing credit: channel / AFP
           "قصص مقترحة\n"                                         # suggested stories
           "الكويت تعلن تشكيل حكومة جديدة\n")
    d = parse_dump(raw)
    assert (d.title, d.author, d.section) == (
        "مقتل ثمانية أشخاص في غارة على سوق شمال دارفور", "فرانس24/ أ ف ب", "الشرق الأوسط")
    assert d.text == "قتل ثمانية أشخاص على الأقل في غارة استهدفت سوقا شعبية، وفق ناشطين محليين."
    assert d.published == "2025-03-05"


def test_country_label_section_cookie_banner_and_dossier_line():
    raw = ("ليبيا\n"                                                 # Libya: the page's section
           "المجلس الرئاسي يدعو إلى وقف التصعيد في العاصمة\n"
           "نادر فوز\n"                                              # a bare-name byline
           "دعا المجلس الرئاسي، الثلاثاء، جميع الأطراف المسلحة إلى وقف التصعيد والعودة إلى الثكنات.\n"
           "من ملف : الترتيبات الأمنية\n"                            # "from the dossier:"
           "مرتبط\n"                                                 # related
           "افتتاح معبر جديد على الحدود\n"
           "نستخدم ملفات تعريف الارتباط لتحسين تجربتك\n"              # cookie banner
           "موافق\n")                                                # OK
    d = parse_dump(raw)
    assert (d.section, d.author) == ("ليبيا", "نادر فوز")
    assert d.text.endswith("إلى الثكنات.") and "ملف" not in d.text


def test_agency_closing_the_last_paragraph_is_the_author():
    raw = ("محليات\n"                                                       # local news
           "الكويت تدين الهجوم على قافلة إغاثة\n"
           "دانت الكويت الهجوم على قافلة الإغاثة، ودعت إلى حماية العاملين في المجال الإنساني. (كونا)\n"
           "طباعة\n")                                                       # print
    d = parse_dump(raw)
    assert (d.section, d.author) == ("محليات", "كونا")                       # KUNA closes the story
    assert d.text.endswith("الإنساني. (كونا)")                                # and stays in the body


def test_online_masthead_initials_byline_and_editor_initials():
    raw = ("الخبر أونلاين\n"                                     # an "<name> online" masthead
           "الجزائر\n"                                          # Algeria: the section
           "وزارة الدفاع: القضاء على إرهابيين اثنين بالولاية\n"
           "ق.و\n"                                              # the reporter's initials
           "تمكنت مفرزة للجيش، الجمعة، من القضاء على إرهابيين اثنين إثر عملية تمشيط.\n"
           "ع.ف\n")                                             # the editor's initials under the story
    d = parse_dump(raw)
    assert (d.title, d.author, d.section) == ("وزارة الدفاع: القضاء على إرهابيين اثنين بالولاية", "ق.و", "الجزائر")
    assert d.text == "تمكنت مفرزة للجيش، الجمعة، من القضاء على إرهابيين اثنين إثر عملية تمشيط."


def test_page_title_with_site_then_menu_then_headline():
    # "<headline> - <site>", a one-word-a-line menu, the headline again, an Egyptian `كتب:` byline
    raw = ("الجيش يعلن تحرير رهائن في عملية ليلية - بوابة الصعيد\n"
           "الرئيسية\nأخبار مصر\nعرب وعالم\nاقتصاد\nرياضة\nعرب وعالم\n"
           "الجيش يعلن تحرير رهائن في عملية ليلية\n"
           "كتب: سامي يوسف\n"
           "أعلن الجيش تحرير ثلاثة رهائن في عملية ليلية جنوب البلاد، دون وقوع إصابات.\n"
           "حجم الخط\nتكبير\nتصغير\n"
           "وأوضح المتحدث أن العملية استمرت ساعتين.\n"
           "(النهاية)\n")
    d = parse_dump(raw)
    assert (d.title, d.author, d.section) == ("الجيش يعلن تحرير رهائن في عملية ليلية", "سامي يوسف", "عرب وعالم")
    assert d.text.startswith("أعلن الجيش") and d.text.endswith("استمرت ساعتين.")
    assert all(bit not in d.text for bit in ("اقتصاد", "تكبير", "تصغير", "النهاية"))


def test_site_before_the_headline_and_in_the_byline():
    # "<site> | <headline>", a menu, the headline, then "<site> - <reporter>": the reporter is the author;
    # "Aden - exclusive" names no author
    raw = ("الأطلس نيوز | الحكومة توقع اتفاقا لتبادل المحتجزين\n"
           "سياسة\nمجتمع\nسياسة\n"
           "الحكومة توقع اتفاقا لتبادل المحتجزين\n"
           "الأطلس نيوز - منى سالم\n"
           "وقعت الحكومة اتفاقا لتبادل المحتجزين مع المعارضة برعاية أممية.\n")
    d = parse_dump(raw)
    assert (d.title, d.author) == ("الحكومة توقع اتفاقا لتبادل المحتجزين", "منى سالم")
    assert d.text.startswith("وقعت الحكومة")
    d = parse_dump("الحكومة توقع اتفاقا لتبادل المحتجزين\nعدن - خاص\nوقعت الحكومة اتفاقا لتبادل المحتجزين مع المعارضة.\n")
    assert d.author is None


def test_a_byline_between_the_title_and_its_repeat_is_no_menu():
    # title, "Doha - QNA" byline, date, the title again: the agency stays the author
    raw = ("وصول وفد الوساطة إلى العاصمة لبحث تبادل الأسرى\n"
           "الدوحة - قنا\n"
           "2023-09-19 | 09:41\n"
           "وصول وفد الوساطة إلى العاصمة لبحث تبادل الأسرى\n"
           "وصل وفد الوساطة إلى العاصمة مساء أمس لبحث صفقة تبادل الأسرى بين الطرفين.\n")
    assert parse_dump(raw).author == "قنا"


def test_dateline_from_a_capital_and_a_byline_at_the_foot():
    # "Pristina - Rami Khoury": a capital CLDR's time-zone cities lack still opens a dateline;
    # a "written by" line under the article gives the author and is no body text
    raw = ("مقتل شرطي في هجوم شمال البلاد\nدوليات\nبريشتينا - رامي خوري\n"
           "قتل شرطي أمس في هجوم شنته مجموعة مسلحة على دورية قرب قرية حدودية.\n")
    assert parse_dump(raw).author == "رامي خوري"
    raw = ("مقتل شرطي في هجوم شمال البلاد\n"
           "قتل شرطي أمس في هجوم شنته مجموعة مسلحة على دورية قرب قرية حدودية.\n"
           "وأعلنت الشرطة فتح تحقيق في الحادث.\n"
           "كتب: سامي يوسف\n")
    d = parse_dump(raw)
    assert d.author == "سامي يوسف" and d.text.endswith("فتح تحقيق في الحادث.")


def test_an_app_download_footer_is_furniture():
    # "<Site> on your phone: download the app now" under the article's last line
    raw = ("مقتل شرطي في هجوم شمال البلاد\n"
           "قتل شرطي أمس في هجوم شنته مجموعة مسلحة على دورية قرب قرية حدودية.\n"
           "وأعلنت الشرطة فتح تحقيق في الحادث.\n"
           "الموقع الإخباري على هاتفك: حمل التطبيق الآن\n")
    assert parse_dump(raw).text.endswith("فتح تحقيق في الحادث.")


def test_a_menu_item_repeated_above_the_headline_is_the_section():
    # page title with the site, a vertical menu, one of its items again, then the headline
    raw = ("الحكومة تقر خطة لدعم المزارعين - فجر المدينة\nالرئيسية\nالوطني\nالدولي\nرياضة\nرأي\nالوطني\n"
           "الحكومة تقر خطة لدعم المزارعين\n"
           "أقرت الحكومة أمس خطة لدعم المزارعين المتضررين من الجفاف في عدة ولايات.\n")
    assert parse_dump(raw).section == "الوطني"
