"""Text dumps: title (also repeated), byline forms, section label, furniture dropped, body kept as cut."""
from __future__ import annotations

import pytest

from rasd.extract.dump import parse_dump, strip_title_prefix
from rasd.extract.lines import split_lines


def read(fixtures, name: str) -> str:
    return (fixtures / "extract" / name).read_text(encoding="utf-8")


def assert_cut_of(raw: str, body: str) -> None:
    """The body is made of the source's own lines: every body line is a piece of one raw line."""
    raw_lines = [ln.text for ln in split_lines(raw)]
    for line in split_lines(body):
        assert any(line.text in r for r in raw_lines), line.text


def test_portal_dump_header_and_footer(fixtures):
    raw = read(fixtures, "portal-dump.txt")
    d = parse_dump(raw)
    # "Parliament discusses the local administration bill next week", shown twice
    assert d.title == "البرلمان يناقش مشروع قانون الإدارة المحلية الأسبوع المقبل"
    assert d.author == "محمود عبد الحليم"  # كتب: (written by)
    assert d.section == "سياسة"            # politics
    assert d.text.startswith("يبدأ مجلس النواب")
    assert d.text.endswith("الخاصة بالرقابة الشعبية.")
    for furniture in ("A91KX7", "اقرأ أيضا", "تابعنا", "الوسوم", "#البرلمان", "جميع الحقوق", "زر الذهاب"):
        assert furniture not in d.text
    assert d.title not in d.text
    assert_cut_of(raw, d.text)
    assert "\n\n" in d.text  # the source's blank lines between paragraphs are kept


def test_levant_dump_menu_section_dateline_and_standfirst(fixtures):
    raw = read(fixtures, "levant-dump.txt")
    d = parse_dump(raw)
    assert d.section == "عربي ودولي"               # Arab and international
    assert d.author == "منى سالم وخالد عمر"         # بيروت: dateline dropped
    assert d.text.count("وقع وزيرا النقل") == 1     # repeated standfirst kept once
    for furniture in ("الرئيسية", "طالع أيضا", "شارك", "حمل تطبيق"):
        assert furniture not in d.text
    assert d.text.endswith("الشاحنات أياما.")
    assert_cut_of(raw, d.text)


def test_crlf_agency_dateline_and_story_link(fixtures):
    raw = (fixtures / "extract" / "agency-crlf-dump.txt").read_bytes().decode("utf-8")
    assert "\r\n" in raw
    d = parse_dump(raw)
    assert d.title == "ارتفاع أسعار الوقود في الأسواق المحلية"  # no stray \r
    assert d.author == "رويترز"                                  # بغداد - رويترز
    assert "رابط الخبر" not in d.text                            # "link to the story" cut off
    assert d.text.endswith("لتلبية حاجة السوق.")
    assert "\r\n" in d.text and not d.text.endswith("\r")        # source line breaks kept


def test_byline_repeated_as_body_prefix_and_masthead_before_title(fixtures):
    d = parse_dump(read(fixtures, "prefix-dump.txt"))
    assert d.title.startswith("وصول قافلة مساعدات")  # masthead الشروق dropped
    assert d.author == "وكالات"                       # القدس - وكالات: (agencies)
    assert d.text.startswith("وصلت قافلة")            # "القدس - وكالات:" cut at the line start


@pytest.mark.parametrize("byline, author", [
    ("كتب: سامي يوسف", "سامي يوسف"),             # wrote:
    ("كتبت - هدى علي", "هدى علي"),                # wrote (f.)
    ("بقلم: د. ليلى حسن", "د. ليلى حسن"),          # by the pen of
    ("إعداد: فريق التحرير", "فريق التحرير"),       # prepared by
    ("القاهرة - أ ف ب", "أ ف ب"),                  # Cairo - AFP
    ("عمّان: رامي خليل", "رامي خليل"),              # Amman: name
    ("رامي خليل (عمّان)", "رامي خليل"),             # name (Amman)
])
def test_byline_forms_in_a_dump(byline, author):
    raw = f"الحكومة تقر خطة جديدة للنقل العام\n{byline}\n\nأقرت الحكومة اليوم خطة لتطوير النقل العام في المدن الكبرى خلال خمس سنوات."
    d = parse_dump(raw)
    assert (d.title, d.author) == ("الحكومة تقر خطة جديدة للنقل العام", author)
    assert d.text.startswith("أقرت الحكومة")


def test_title_then_body_without_byline():
    raw = "انفجار في مستودع للوقود\n\nوقع انفجار صباح اليوم في مستودع للوقود قرب الميناء دون أن يسفر عن إصابات."
    d = parse_dump(raw)
    assert (d.title, d.author, d.section) == ("انفجار في مستودع للوقود", None, None)
    assert d.text.startswith("وقع انفجار")


def test_dateline_at_body_head_stays_in_body():
    raw = "عنوان الخبر عن زيارة رسمية\n\nدبي، الإمارات (CNN) -- بدأ وزير الخارجية زيارة رسمية تستمر يومين."
    assert parse_dump(raw).text.startswith("دبي، الإمارات (CNN) --")


def test_masthead_prefix_only_from_the_list_and_long_titles():
    assert strip_title_prefix("الشروق وزير المالية يعلن موازنة العام المقبل") == "وزير المالية يعلن موازنة العام المقبل"
    assert strip_title_prefix("الرياض تستضيف قمة عربية") == "الرياض تستضيف قمة عربية"  # a city, not a masthead
    assert strip_title_prefix("الشروق الجديد") == "الشروق الجديد"                          # too short to cut


@pytest.mark.parametrize("raw", ["", "   \n\n", "7579HJ", "|||\n***", "<<>>", "\r\n\r\n"])
def test_garbage_gives_empty_body_without_crash(raw):
    assert parse_dump(raw).text == ""


def test_date_line_dropped_and_read_as_published():
    raw = ("اقتصاد\nالبنك المركزي يثبت أسعار الفائدة\nالخميس 11 أبريل 2024 - 03:15 م\nكتب: عمر نبيل\n\n"
           "قرر البنك المركزي اليوم تثبيت أسعار الفائدة دون تغيير للمرة الثالثة على التوالي.\n"
           "آخر تحديث: 12/04/2024 10:30")
    d = parse_dump(raw)
    assert (d.section, d.author, d.published) == ("اقتصاد", "عمر نبيل", "2024-04-11")
    assert d.text == "قرر البنك المركزي اليوم تثبيت أسعار الفائدة دون تغيير للمرة الثالثة على التوالي."


def test_page_title_with_site_name_then_headline():
    raw = ("الجيش يعلن انتهاء المناورات البحرية - موقع الأنباء\nالجيش يعلن انتهاء المناورات البحرية\n\n"
           "أعلن الجيش اليوم انتهاء المناورات البحرية التي استمرت أسبوعا في المياه الإقليمية.")
    d = parse_dump(raw)
    assert d.title == "الجيش يعلن انتهاء المناورات البحرية"
    assert d.text.startswith("أعلن الجيش")


def test_subtitle_is_not_taken_for_a_byline():
    # "Sources: the attack happened at dawn" sits under the headline but names nobody
    raw = "هجوم على قافلة عسكرية\nمصادر: الهجوم وقع فجرا\n\nتعرضت قافلة عسكرية لهجوم فجر اليوم على الطريق الدولي."
    assert parse_dump(raw).author is None


def test_short_headline_is_not_taken_for_a_section():
    # "A storm hits the coast" then a subtitle: no category word, so no section
    raw = "عاصفة تضرب الساحل\nأمطار غزيرة وانقطاع للكهرباء في عدة مدن\n\nضربت عاصفة قوية الساحل الشمالي مساء أمس وأدت إلى انقطاع الكهرباء."
    d = parse_dump(raw)
    assert (d.section, d.title) == (None, "عاصفة تضرب الساحل")


def test_closing_agency_credit_is_dropped_and_names_the_author():
    raw = ("روسيا تعلن إسقاط مسيرات\n\nموسكو (رويترز) - قالت وزارة الدفاع اليوم إنها أسقطت ثلاث طائرات مسيرة.\n"
           "وأضافت أنه لم تقع إصابات.\n(رويترز)\n")
    d = parse_dump(raw)
    assert d.author == "رويترز"
    assert d.text.startswith("موسكو (رويترز) -") and d.text.endswith("لم تقع إصابات.")


def test_source_credit_line():
    raw = "انطلاق معرض الدفاع\n\nانطلقت اليوم فعاليات معرض الدفاع بمشاركة شركات من دول عدة.\nالمصدر: واس"
    d = parse_dump(raw)
    assert (d.author, d.text.endswith("من دول عدة.")) == ("واس", True)  # source: SPA


def test_vertical_menu_is_not_a_section():
    raw = ("أخبار\nسياسة\nاقتصاد\nرياضة\nاتفاق لوقف إطلاق النار في المدينة\nالقاهرة - أ ش أ\n\n"
           "توصلت الأطراف إلى اتفاق لوقف إطلاق النار في المدينة بوساطة إقليمية.")
    d = parse_dump(raw)
    assert (d.section, d.title, d.author) == (None, "اتفاق لوقف إطلاق النار في المدينة", "أ ش أ")


def test_counter_line_and_byline_with_date():
    raw = ("البرلمان يصادق على قانون الانتخابات\n1,234 مشاهدة\nبقلم: سمير عادل | 14 مارس 2024\n\n"
           "صادق البرلمان اليوم على قانون الانتخابات الجديد بأغلبية الأعضاء الحاضرين.")
    d = parse_dump(raw)
    assert (d.author, d.published) == ("سمير عادل", "2024-03-14")
    assert d.text.startswith("صادق البرلمان")


def test_truncated_standfirst_above_the_lead():
    raw = ("المعارضة تقاطع جلسة البرلمان\n\nقاطع نواب المعارضة جلسة البرلمان اليوم احتجاجا على ...\n"
           "قاطع نواب المعارضة جلسة البرلمان اليوم احتجاجا على تعديل قانون الانتخابات.\nوقال رئيس الكتلة إن المقاطعة ستستمر.")
    d = parse_dump(raw)
    assert d.text.startswith("قاطع نواب المعارضة جلسة البرلمان اليوم احتجاجا على تعديل")


def test_corpus_markup_fields_and_body(fixtures):
    raw = read(fixtures, "corpus-doc.txt")
    d = parse_dump(raw)
    # "Phosphate exports rise in the first quarter", category economy, dated by <DATE>
    assert (d.title, d.section, d.published) == ("ارتفاع صادرات الفوسفات في الربع الأول", "اقتصاد", "2024-04-12")
    assert d.text.startswith("الرباط (رويترز) - ارتفعت")   # the dateline stays in the body
    assert d.text.endswith("الأسعار المرتفعة.")
    for furniture in ("<", "DOCNO", "NEWS_ARB", "20240412"):
        assert furniture not in d.text
    assert d.text.count("ارتفعت صادرات الفوسفات") == 1       # the <ABSTRACT> standfirst is out
    assert_cut_of(raw, d.text)


def test_paragraphs_on_one_line():
    raw = "<DOC><HEADLINE>عنوان قصير للخبر</HEADLINE><TEXT><P>الفقرة الأولى من الخبر.</P><P>الفقرة الثانية.</P></TEXT></DOC>"
    d = parse_dump(raw)
    assert (d.title, d.text) == ("عنوان قصير للخبر", "الفقرة الأولى من الخبر. الفقرة الثانية.")


def test_byline_above_the_headline_and_trailing_tag_list():
    raw = ("كتب: عمر نبيل\nالحكومة تقر خطة جديدة للنقل العام\n\n"
           "أقرت الحكومة اليوم خطة لتطوير النقل العام في المدن الكبرى خلال خمس سنوات.\n"
           "النقل العام، الحكومة، المدن الكبرى")  # a keyword line: "public transport, government, big cities"
    d = parse_dump(raw)
    assert (d.author, d.title) == ("عمر نبيل", "الحكومة تقر خطة جديدة للنقل العام")
    assert d.text == "أقرت الحكومة اليوم خطة لتطوير النقل العام في المدن الكبرى خلال خمس سنوات."


def test_headline_with_full_stop_above_a_byline():
    raw = "انتهاء المناورات البحرية في الخليج.\nالمنامة - بنا\n\nأعلنت القوات البحرية انتهاء المناورات المشتركة اليوم."
    d = parse_dump(raw)
    assert (d.title, d.author) == ("انتهاء المناورات البحرية في الخليج.", "بنا")  # Manama - BNA


@pytest.mark.parametrize("furniture", [
    "فيسبوك تويتر واتساب",                  # share bar
    "Facebook | Twitter | Email",
    "A+ A-",                                 # font-size buttons
    "انضم إلى قناتنا على تيليجرام",          # join our Telegram channel
    "قد يهمك أيضا: ارتفاع أسعار الذهب",      # you may also like
    "1,234 مشاهدة",                          # view counter
    "الصفحة الرئيسية",                       # home page
    "موضوعات متعلقة",                        # related topics (Egyptian portals)
])
def test_furniture_line_dropped_from_body(furniture):
    raw = f"عنوان الخبر المحلي اليوم\n\nالفقرة الأولى من الخبر تتحدث عن افتتاح المشروع.\n{furniture}\nوالفقرة الثانية تكمل الحديث."
    d = parse_dump(raw)
    assert furniture not in d.text and d.text.endswith("تكمل الحديث.")


@pytest.mark.parametrize("sentence", [
    "شارك الآلاف في المظاهرة",         # "thousands took part in the demonstration"
    "فيسبوك تعلن أرباحها الفصلية",      # "Facebook announces its quarterly profits"
])
def test_sentences_with_furniture_words_are_kept(sentence):
    raw = f"عنوان الخبر المحلي اليوم\n\nالفقرة الأولى من الخبر.\n{sentence}\nوالفقرة الثانية."
    assert sentence in parse_dump(raw).text


def test_section_label_repeated_across_a_batch_is_still_the_section() -> None:
    from rasd.extract.vocab import key
    # "International" atop every article of the batch, a headline, the lead, a comments footer.
    raw = ("صحيفة المساء\nدولي\nالجيش يعلن السيطرة على مطار المدينة بعد معارك عنيفة\n"
           "أعلن الجيش اليوم سيطرته الكاملة على مطار المدينة بعد يومين من المعارك مع المسلحين.\n"
           "الكلمات المتعلقة\nالمطار\nلا توجد تعليقات على الخبر\n")
    d = parse_dump(raw, frozenset({key("دولي"), key("صحيفة المساء")}))
    assert d.section == "دولي"
    assert d.text == "أعلن الجيش اليوم سيطرته الكاملة على مطار المدينة بعد يومين من المعارك مع المسلحين."


def test_byline_repeated_across_a_batch_is_still_the_author() -> None:
    from rasd.extract.vocab import key
    # one reporter wrote many articles of the batch: "Written by: Mahmoud Mohie"
    raw = ("بوابة الأخبار\nعنوان الخبر عن تطورات الأحداث في المنطقة اليوم\nكتب: محمود محيي\n"
           "أعلن الجيش اليوم سيطرته الكاملة على مطار المدينة بعد يومين من المعارك مع المسلحين.\n")
    d = parse_dump(raw, frozenset({key("كتب: محمود محيي"), key("بوابة الأخبار")}))
    assert d.author == "محمود محيي"
