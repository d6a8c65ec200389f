"""Crawl dumps in the page layouts of more Arab outlets (fixtures written for rasd, invented stories).

Each fixture imitates the furniture of one country's or service's sites: vertical menus with
the active item shown again, a site name over the section, Hijri dates between slashes,
outlet-and-reporter bylines, initialled surnames, Latin-lettered brands of Arabic services,
datelines and bylines under a standfirst, editors' initials with wire credits, photo captions
closing on `(أرشيفية: ...)`. The header fields and the body's first and last words must come out.
"""
from __future__ import annotations

import pytest

from rasd.extract.byline import parse_byline
from rasd.extract.dump import parse_dump
from rasd.extract.labels import is_breadcrumb, is_masthead, is_section_name, is_topic_crumb
from rasd.extract.lines import date_line_value, is_desk_code, line_kind
from tests.conftest import assert_dump

OUTLETS = [
    # (fixture, title, author, section, body start, body end, furniture that must be gone)
    ("iraq-menu-dump.txt",  # vertical menu, its active item (أمن: security) again over the headline
     "قيادة العمليات المشتركة تعلن انطلاق عملية لتعقب خلايا داعش في صحراء الأنبار", "السومرية نيوز", "أمن",
     "أعلنت قيادة العمليات", "إعلان النصر عليه عام 2017.",
     ["اقتصاد", "09:12", "مواضيع ذات صلة", "وادي حوران", "تحميل تطبيق", "جميع الحقوق"]),
    ("sudan-site-dump.txt",  # an unknown site name over the section label; a dateline opening the body
     "الجيش السوداني يستعيد مدينة استراتيجية في شمال كردفان", None, "أخبار",
     "الخرطوم 22 سبتمبر 2025 - أعلن", "منذ أشهر.",
     ["سودان تربيون", "(الصورة:", "الوسوم", "التعليقات مغلقة"]),
    ("libya-portal-dump.txt",  # `<place> - <outlet>: <reporter>` byline; caption closing on (أرشيفية: ...)
     "آمر المنطقة العسكرية الغربية يبحث مع وفد أممي ترتيبات وقف إطلاق النار", "هدى الشيخي", "ليبيا",
     "بحث آمر المنطقة", "مجموعات مسلحة متنافسة.",
     ["نشر في", "جنود ليبيون عند نقطة", "أرشيفية", "اقرأ المزيد", "لجنة 5+5", "تابعونا"]),
    ("oman-hijri-dump.txt",  # Hijri date line between slashes, published and updated on one line
     "سلطنة عمان تستضيف جولة جديدة من المحادثات غير المباشرة بين طهران وواشنطن", "العُمانية", "السياسة",
     "استضافت سلطنة عمان", "موعد الجولة المقبلة.",
     ["ربيع الثاني", "آخر تحديث", "شارك هذه الصفحة", "انستغرام"]),
    ("algeria-initial-dump.txt",  # `الوطني` section, surname cut to its initial, one tag a line, visitor comments
     "الجيش يدمر مخبأ للإرهابيين ويسترجع أسلحة بالمدية", "مراد ب.", "الوطني",
     "تمكنت مفرزة للجيش", "تقليدية الصنع.",
     ["الشروق أونلاين", "2025/10/12", "مراد ب.", "\nالمدية", "تعليقات الزوار"]),
    ("tunisia-radio-dump.txt",  # a radio station's name over the section, "topics you may like"
     "وزير الدفاع يؤدي زيارة تفقدية إلى الوحدات المنتشرة على الحدود الجنوبية", "موزاييك أف أم", "أخبار وطنية",
     "أدى وزير الدفاع", "منذ سنوات.",
     ["نشر في", "المصدر:", "مواضيع قد تعجبك", "بضائع مهربة"]),
    ("mauritania-menu-dump.txt",  # site name, menu with an item not in the section list, active item again
     "قائد الأركان الموريتاني يتفقد قطاعات عسكرية على الحدود مع مالي", None, "أخبار",
     "الأخبار (نواكشوط) – تفقد", "عدد من المواطنين.",
     ["مقابلات", "تقارير", "21:10"]),
    ("syria-levant-dump.txt",  # Levantine months, outlet-place byline, caption line, "related articles"
     "تعزيزات تركية جديدة إلى ريف حلب الشمالي", "عنب بلدي", "سياسة",
     "دفع الجيش التركي", "إعداد هذا التقرير.",
     ["تشرين", "الصورة:", "نشرتنا", "المقالات المتعلقة", "قسد"]),
    ("trt-style-dump.txt",  # Latin brand masthead; standfirst, then a lone place and the byline; "your view?"
     "أنقرة تعلن تحييد 12 مسلحاً من \"بي كي كي\" شمالي العراق", "TRT عربي - وكالات", "سياسة",
     "أعلنت وزارة الدفاع التركية", "منظمة إرهابية.",
     ["\nإسطنبول", "TRT", "#تركيا", "ما رأيك"]),
    ("rt-style-dump.txt",  # Latin brand masthead, country section, follow line with icons, topic list
     "الدفاع الروسية: إسقاط 57 مسيرة أوكرانية فوق عدة مقاطعات خلال الليل", "RT", "روسيا",
     "أعلنت وزارة الدفاع الروسية", "العمليات العسكرية.",
     ["تابعوا", "المصدر:", "مواضيع", "الحرب الروسية الأوكرانية"]),
    ("bbc-style-dump.txt",  # Latin brand masthead, skip link, relative stamp, image source and caption labels
     "الصين تجري مناورات عسكرية واسعة حول تايوان", None, None,
     "بدأ الجيش الصيني", "في مضيق تايوان.",
     ["BBC", "تخطى", "Published", "قبل 4 ساعات", "صدر الصورة", "سفينة حربية صينية خلال", "قد يهمك", "قصص"]),
    ("dw-style-dump.txt",  # Latin brand masthead, short link, editors' initials with wires, share row, date
     "ألمانيا تعتزم إرسال منظومات دفاع جوي إضافية إلى أوكرانيا", None, None,
     "أعلن وزير الدفاع الألماني", "بعد الولايات المتحدة.",
     ["DW", "p.dw.com", "ع.ج.م", "Facebook", "التاريخ", "مواضيع"]),
    ("kuwait-desk-dump.txt",  # a desk byline (the local-affairs editor) under the headline
     "رئيس الأركان يستقبل قائد القيادة المركزية الأمريكية", "محرر الشؤون المحلية", None,
     "استقبل رئيس الأركان", "لدى البلاد.",
     ["القبس", "16 أكتوبر", "أقرأ أيضاً", "حمّل تطبيق"]),
    ("alquds-comment-form-dump.txt",  # `الكاتب:` byline, keyword block, a blog's comment-form notice
     "مصادر: القاهرة تقترح هدنة لستين يوما وتبادلا على مراحل", "أشرف الهور", "فلسطين",
     "غزة ـ «القدس العربي»: كشفت", "ضمانات وقف الحرب.",
     ["الكاتب", "نشر في", "الكلمات المفتاحية", "\nهدنة", "اترك تعليق", "بريدك الإلكتروني"]),
    ("france24-next-article-dump.txt",  # channel/agency byline, two date lines, "read more", "next article"
     "اليونيفيل تطالب بوقف الانتهاكات على الخط الأزرق", "فرانس 24", "الشرق الأوسط",
     "طالبت قوة الأمم المتحدة", "إلى التصعيد.",
     ["نشرت في", "آخر تحديث", "قراءة المزيد", "ينتشر في قرى", "المقال التالي"]),
    ("topic-crumb-dump.txt",  # `section|topic` over the headline, a lone bar, Mecca-time update line
     "قصف إسرائيلي يستهدف مخيم النصيرات وسط قطاع غزة", "الجزيرة", "أخبار|الحرب على غزة",
     "استشهد عدد من الفلسطينيين", "بوساطة مصرية وقطرية.",
     ["توقيت مكة", "المصدر:"]),
    ("anadolu-latin-byline-dump.txt",  # comma-separated sections, a reporter in Latin letters, `place/ agency`
     "وزير الدفاع السوري يبحث مع وفد تركي تدريب الجيش الجديد", "Ahmet Karaca", "الدول العربية, سوريا",
     "بحث وزير الدفاع السوري", "والاستقرار في المنطقة.",
     ["Ahmet", "محدث", "دمشق/", "ANKARA", "تعليق"]),
    ("gulf-copyright-notice-dump.txt",  # relative stamp and `بقلم` byline above the headline, protected-content notice
     "مباحثات خليجية لتعزيز منظومة الدفاع الجوي المشترك", "سالم بن حمد الجهوري", "دولي",
     "عقدت لجنة عسكرية خليجية", "من العام.",
     ["منذ 5 دقائق", "بقلم", "محمي بحقوق"]),
    ("irna-style-dump.txt",  # agency masthead, news code, `place/ <Persian-calendar date> / agency` over the headline
     "عراقجي: طهران مستعدة لاستئناف التعاون مع الوكالة الذرية وفق إطار جديد", "إرنا", "السياسة الخارجية",
     "أكد وزير الخارجية الإيراني", "تدرسها بعناية.",
     ["رمز الخبر", "مهر", "انتهى", "2344"]),
    ("xinhua-style-dump.txt",  # domain masthead, date | domain line, the editor's sign-off
     "الصين تدعو إلى ضبط النفس في بحر الصين الجنوبي", None, None,
     "بكين 18 أكتوبر 2025 (شينخوا) دعت", "في النزاعات البحرية.",
     ["news.cn", "16:45", "المحررة"]),
    ("bahrain-issue-dump.txt",  # paper masthead, `<paper> - <section>`, issue number beside the dates
     "القائد العام لقوة دفاع البحرين يستقبل قائد الأسطول الخامس", "بنا", "محليات",
     "استقبل القائد العام", "قوة دفاع البحرين.",
     ["الأيام", "العدد", "المنامة", "مقالات أخرى"]),
    ("cnn-teaser-dump.txt",  # the lead shown above the headline as a teaser, the site's name as footer
     "الإمارات وفرنسا تختتمان تمرينا عسكريا مشتركا في المنطقة الغربية", None, None,
     "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت", "منذ عام 2009.",
     ["بالعربية", "نشر الجمعة", "CNN Arabic"]),
    ("morocco-press-dump.txt",  # `... بريس` masthead, `»` breadcrumb, "what do you think?"
     "القوات المسلحة الملكية تشارك في مناورات \"الأسد الإفريقي\" بطانطان", "هبة بريس", "أخبار وطنية",
     "تشارك وحدات من القوات", "في القارة الإفريقية.",
     ["الرئيسية", "12:00", "ماذا تعتقد", "أضف تعليقك", "جميع الحقوق"]),
    ("lebanon-agency-dump.txt",  # `الوكالة ...` masthead, date over the section, desk initials behind a rule
     "ميقاتي التقى قائد الجيش وعرض معه الوضع الأمني في الجنوب", None, "سياسة",
     "وطنية - استقبل رئيس الحكومة", "من الدول الصديقة.",
     ["الوكالة الوطنية", "10:35", "====", "س.م"]),
    ("beirut-daily-issue-dump.txt",  # a paper named like a section (الأخبار), issue line in Arabic-Indic digits
     "العدوّ يوسّع غاراته إلى البقاع: رسائل بالنار قبل جولة التفاوض", "إبراهيم الأمين", "سياسة",
     "وسّع جيش الاحتلال", "جنوب الليطاني.",
     ["العدد", "إبراهيم الأمين", "يوتيوب"]),
    ("handle-byline-dump.txt",  # subtitle, `<name> مراسل @handle` byline, keywords one a line
     "هل تعود المفاوضات النووية إلى مسقط؟", "طارق الشامي", "الأخبار",
     "تتحدث مصادر دبلوماسية", "العودة للطاولة.",
     ["دبلوماسيون يتحدثون", "@tariq", "7:30", "الكلمات الدالة", "\nإيران"]),
    ("saudi-handle-dump.txt",  # `<paper> (<city>) @handle` byline, one hashtag
     "قوات الدفاع الجوي تعترض مسيّرة أطلقت باتجاه جازان", "عكاظ", "سياسة",
     "اعترضت قوات الدفاع الجوي", "والأعيان المدنية.",
     ["@okaz", "(جدة)", "22:10", "#عكاظ"]),
    ("cairo-byline-date-dump.txt",  # `كتب: <name> <RLM> <weekday> <date> <time>` on one line, subscribe promo
     "مصر تدين الهجوم على قوات حفظ السلام في الكونغو الديمقراطية", "محمد السيد", "أخبار",
     "أدانت جمهورية مصر العربية", "في الكونغو الديمقراطية.",
     ["كتب", "21:05", "اشترك لتصلك", "جميع الأخبار"]),
    ("source-cue-dump.txt",  # site over `أخبار <desk>`, `المصدر: <city> - <paper> التاريخ: <date>` over the headline
     "القوات المسلحة تنظم معرضا للصناعات الدفاعية الوطنية", "الإمارات اليوم", "أخبار الدار",
     "نظمت القيادة العامة", "مع القطاع الخاص.",
     ["المصدر", "التاريخ", "طباعة", "Whats App"]),
    ("sputnik-style-dump.txt",  # `<agency> عربي` masthead, GMT stamp with its update in brackets, "follow us via"
     "الكرملين: بوتين وأردوغان بحثا هاتفيا الوضع في سوريا والبحر الأسود", None, "العالم",
     "موسكو - سبوتنيك. أجرى", "أكويو النووية.",
     ["سبوتنيك عربي", "GMT", "محدثة", "تابعنا", "مواضيع البث"]),
    ("paper-name-with-section-word-dump.txt",  # a paper's name holding a section word (رأي: opinion)
     "الجيش الأردني ينفي تسيير طائرات مسيرة إسرائيلية عبر أجوائه", "رأي اليوم", "أخبار",
     "نفى مصدر عسكري أردني", "سماء شمال المملكة.",
     ["October", "عمان ـ", "Share this", "Facebook", "Related"]),
    ("unlisted-section-dump.txt",  # site token, a section no list knows (سودانية: Sudanese), `<city>: <site>`
     "الدعم السريع تعلن السيطرة على منطقة استراتيجية غرب الأبيض", "الراكوبة", "سودانية",
     "أعلنت قوات الدعم السريع", "معارك عنيفة.",
     ["الخرطوم:", "18 أكتوبر", "شارك الموضوع", "أترك تعليقاً"]),
    ("wire-from-byline-dump.txt",  # `من <name>` wire byline, bracketed staff credit, `مواضيع: ...` topics line
     "مصادر: تركيا تدرس إرسال قوات إضافية إلى شمال سوريا", "ليلى باسم", None,
     "أنقرة (رويترز) - قالت", "طلب للتعليق.",
     ["من ليلى", "(تغطية", "مواضيع"]),
    ("today-clock-dump.txt",  # masthead, `المصدر:` credit, `اليوم 11:20` stamp over the headline, app promo
     "المقاومة العراقية تعلن استهداف هدف حيوي في الجولان المحتل", "الميادين نت", None,
     "أعلنت المقاومة الإسلامية", "حتى الآن.",
     ["11:20", "المصدر:", "حمل تطبيق"]),
    ("masthead-signs-dump.txt",  # lone dateline place, the masthead again as the byline, `التصنيفات:` footer
     "القوات الصومالية تستعيد بلدة من حركة الشباب في إقليم شبيلي الوسطى", "الصومال الجديد", "أخبار",
     "أعلن الجيش الوطني الصومالي", "الاتحاد الأفريقي.",
     ["مقديشو\n", "آخر تحديث", "التصنيفات"]),
    ("midbody-furniture-dump.txt",  # a "read also:" line and a photo caption between paragraphs
     "مسيرة تستهدف حقلا نفطيا في إقليم كوردستان دون إصابات", "شفق نيوز", "أمن",
     "أفاد مصدر أمني", "لم تتبنها أي جهة.",
     ["اقرأ أيضاً", "حكومة الإقليم تطالب", "صورة من موقع"]),
    ("opinion-bio-byline-dump.txt",  # `بقلم: <name> - <description>`, "published on"/"updated" lines, bio footnote
     "الردع البحري في البحر الأحمر: حدود القوة وكلفة الغياب", "د. سامي الخطيب", "آراء",
     "لم تعد معادلة الردع", "في اليمن والمنطقة.",
     ["باحث في", "نشر بتاريخ", "تم التحديث", "كاتب وباحث"]),
    ("interview-cue-dump.txt",  # `حاوره:` (interviewed by) byline, reading time, "more interviews"
     "قائد سابق لقوة أممية: حفظ السلام يحتاج إلى تفويض واضح", "يوسف منصور", "حوارات",
     "قال القائد السابق", "مناطق الانتشار.",
     ["حاوره", "وقت القراءة", "المزيد من"]),
    ("doubled-masthead-dump.txt",  # site name twice, an unlisted section, `إعداد:` desk, link to the original
     "تقرير: واشنطن تدرس سحب جزء من قواتها من العراق وسوريا", "قسم الترجمة", "صحف عالمية",
     "نشرت صحيفة أمريكية", "لم يتخذ بعد.",
     ["عربي21", "إعداد", "حُدّث", "النص الأصلي"]),
    ("two-script-masthead-dump.txt",  # the site in Latin then Arabic letters, `<site> ديجيتال` byline, GMT stamp
     "قوات البيشمركة والجيش العراقي تبدآن دوريات مشتركة في المناطق المتنازع عليها", "روداو ديجيتال", "العراق",
     "أربيل (كوردستان24) - بدأت", "المعلومات الاستخبارية.",
     ["Rudaw", "روداو ديجيتال", "GMT", "\nروداو"]),
]


@pytest.mark.parametrize("name,title,author,section,start,end,furniture", OUTLETS)
def test_outlet_dump(fixtures, name, title, author, section, start, end, furniture):
    assert_dump((fixtures / "extract" / name).read_text(encoding="utf-8"), title, author, section, start, end,
                furniture)


@pytest.mark.parametrize("text,masthead", [
    ("BBC News عربي", True),      # a Latin brand's Arabic service
    ("DW عربية", True),
    ("RT Arabic", True),
    ("موزاييك أف أم", True),      # a radio station (Mosaique FM)
    ("أخبار عربية", False),       # Arab news: a section
    ("قمة عربية طارئة", False),   # an emergency Arab summit: a headline fragment
])
def test_masthead_shapes(text, masthead):
    assert is_masthead(text) is masthead


@pytest.mark.parametrize("text,section", [
    ("السياسة", True),   # politics, with the article
    ("الوطني", True),    # national
    ("الحدود", False),   # the borders: no section word
])
def test_section_word_with_article(text, section):
    assert is_section_name(text) is section


@pytest.mark.parametrize("text,crumb", [
    ("أخبار|الحرب على غزة", True),        # news | the war on Gaza
    ("سياسة > الانتخابات البرلمانية", True),  # politics > the parliamentary elections
    ("الجيش يتقدم|المعارك مستمرة", False),   # the army advances | fighting goes on: no section first
    ("سياسة", False),                      # one label: no crumb
])
def test_topic_crumb(text, crumb):
    assert is_topic_crumb(text) is crumb


def test_comma_separated_sections_are_a_breadcrumb():
    assert is_breadcrumb("الدول العربية, سوريا")     # Arab countries, Syria
    assert not is_breadcrumb("الجيش, الشرطة")         # the army, the police: no section among them


def test_hijri_date_line_between_slashes():
    # Wednesday / 23 / Rabi' II / 1447 AH - 19:30
    assert date_line_value("الأربعاء / 23 / ربيع الثاني / 1447 هـ - 19:30") == "2025-10-15"
    assert date_line_value("التاريخ 17.10.2025") == "2025-10-17"   # "the date" label


@pytest.mark.parametrize("text,author", [
    ("القاهرة - بوابة الوسط: هدى الشيخي", "هدى الشيخي"),   # Cairo - <outlet>: <reporter>
    ("سبق- وكالات:", "سبق- وكالات"),                        # outlet and wires: both kept
    ("محرر الشؤون الدولية", "محرر الشؤون الدولية"),          # the international-affairs editor (a desk)
    ("محرر يفوز بجائزة الصحافة", None),                    # an editor wins a press prize: a headline
])
def test_outlet_reporter_and_desk_bylines(text, author):
    assert parse_byline(text) == author


@pytest.mark.parametrize("text,author", [
    ("كتب: محمد السيد \u200f السبت 18-10-2025 21:05", "محمد السيد"),      # wrote: <name> Saturday <date>
    ("طارق الشامي مراسل @tariqalshami", "طارق الشامي"),                 # <name> correspondent @handle
    ("عكاظ (جدة) @okaz_online", "عكاظ"),                                # Okaz (Jeddah) @handle
    ("المصدر: أبوظبي - الإمارات اليوم التاريخ: 18 أكتوبر 2025", "الإمارات اليوم"),  # source: Abu Dhabi - <paper>
    ("الجيش يتقدم في الشمال @army", None),                               # the army advances in the north
])
def test_bylines_with_dates_handles_and_source_cue(text, author):
    assert parse_byline(text) == author


def test_unlisted_label_over_headline_is_a_section_but_a_name_is_not():
    head = "الجيش يستعيد السيطرة على بلدة حدودية بعد معارك عنيفة"     # the army retakes a border town
    lead = "أعلن الجيش، السبت، استعادة السيطرة على البلدة بعد معارك استمرت ثلاثة أيام مع المسلحين.\n"
    d = parse_dump(f"الراكوبة\nسودانية\n{head}\n{lead}")        # site / "Sudanese" / headline
    assert (d.section, d.title) == ("سودانية", head)
    d = parse_dump(f"الراكوبة\nمحمد عثمان\n{head}\n{lead}")      # site / a reporter's name / headline
    assert d.section is None


@pytest.mark.parametrize("text,author", [
    ("من ليلى باسم", "ليلى باسم"),        # by Layla Bassem
    ("من الرياض", None),                   # from Riyadh: a place
    ("من جهة أخرى", None),                 # on the other hand
])
def test_wire_from_byline(text, author):
    assert parse_byline(text) == author


@pytest.mark.parametrize("text,author", [
    ("بقلم: د. سامي الخطيب - باحث في الشؤون الاستراتيجية", "د. سامي الخطيب"),  # <name> - researcher in ...
    ("بقلم: ليلى حسن - القاهرة", "ليلى حسن"),                                 # <name> - Cairo (a place)
    ("حاوره: يوسف منصور", "يوسف منصور"),                                     # interviewed by
])
def test_writer_description_and_interview_cue(text, author):
    assert parse_byline(text) == author


def test_today_clock_stamp():
    assert date_line_value("اليوم 11:20") == ""          # today 11:20: a stamp, its value left to others
    assert date_line_value("اليوم يوم حاسم") is None      # today is a decisive day


def test_initialled_surname_is_a_byline_only_under_the_headline():
    assert parse_byline("مراد ب.", lenient=True) == "مراد ب."   # Mourad B.
    assert parse_byline("مراد ب.") is None


def test_wire_end_mark_and_date_line_with_site_address():
    assert is_desk_code("انتهى ** 2344")                                    # "end", then the serial
    assert date_line_value("2025-10-18 16:45:20 | arabic.news.cn") == "2025-10-18"
    assert date_line_value("العدد 13012 السبت 18 أكتوبر 2025") == "2025-10-18"   # issue number, Saturday
    assert parse_byline("طهران/ 26 مهر 1404 / إرنا") == "إرنا"             # Tehran / <Persian date> / IRNA


def test_editors_initials_with_wire_credit_and_archive_caption():
    assert is_desk_code("ع.ج.م/ ف.ي (د ب أ، رويترز)")          # editors' initials (dpa, Reuters)
    assert not is_desk_code("الجيش (رويترز)")                   # the army (Reuters)
    assert line_kind("جنود عند نقطة تفتيش. (أرشيفية: الإنترنت)") == "boilerplate"  # soldiers at a checkpoint (archive)
    assert line_kind("تابعوا RT على") == "boilerplate"           # "follow RT on" + icons
