"""HTML pages in four regional styles: the article's own date and byline despite chrome distractors."""
from __future__ import annotations

import pytest

from rasd.extract.html import parse_html

# page, title, author, date, section, body start, body end
CASES = [
    # Egyptian portal: header "today" widget, columnist box and related links carry other dates/names;
    # the section comes from the breadcrumb (الرئيسية » محافظات: home » provinces)
    ("egypt-portal.html", "وزير الري يتفقد محطات الرفع في أسوان", "محمود عبد الحليم", "2024-04-11", "محافظات",
     "تفقد وزير الموارد المائية", "عن مجرى النهر."),
    # Gulf daily: Hijri beside Gregorian under the headline, Hijri-dated header, opinion widget
    ("gulf-daily.html", "افتتاح مركز جديد للدفاع المدني في الدمام", "سارة المنصوري", "2024-03-05", "محليات",
     "افتتح مدير عام الدفاع المدني", "حول السلامة المنزلية."),
    # Levantine site: <time> under the headline, Levantine months, site-wide meta author
    ("levant-site.html", "بلدية طرابلس تطلق ورشة لترميم الأسواق القديمة", "ريما خوري", "2024-01-18", "محليات",
     "أطلقت بلدية طرابلس", "لتسهيل وصول الزوار."),
    # Maghrebi journal: numeric dd/mm/yyyy date, فيفري in the widget, columns block with another name
    ("maghreb-journal.html", "وهران: انطلاق موسم جني الزيتون في القرى الجبلية", "كريم بن علي", "2024-02-03", None,
     "انطلق موسم جني الزيتون", "بأجور يومية مرتفعة."),
]


@pytest.mark.parametrize("page, title, author, date, section, start, end", CASES)
def test_page_metadata_and_body(fixtures, page, title, author, date, section, start, end):
    p = parse_html((fixtures / "extract" / page).read_text(encoding="utf-8"))
    assert (p.title, p.author, p.published, p.section) == (title, author, date, section)
    assert p.text.startswith(start)
    assert p.text.endswith(end)


@pytest.mark.parametrize("page, furniture", [
    ("egypt-portal.html", ["اقرأ أيضا", "الوسوم", "جميع الحقوق", "كتب:", "أخبار ذات صلة"]),
    ("gulf-daily.html", ["تابعونا", "الأكثر قراءة", "عبدالله الزهراني"]),
    ("levant-site.html", ["مواضيع ذات صلة", "شارك"]),
    ("maghreb-journal.html", ["طالع أيضا", "نادية بلقاسم", "نشر في"]),
])
def test_page_furniture_dropped(fixtures, page, furniture):
    text = parse_html((fixtures / "extract" / page).read_text(encoding="utf-8")).text
    for bit in furniture:
        assert bit not in text, bit


def test_agency_dateline_names_the_author():
    page = ("<html><body><h1>الأمطار تغمر شوارع المدينة</h1><div><p>القاهرة (رويترز) - غمرت أمطار غزيرة "
            "شوارع المدينة صباح اليوم وأغلقت السلطات عددا من الطرق الرئيسية أمام حركة السير حتى إشعار آخر."
            "</p><p>وقالت هيئة الأرصاد إن الأمطار ستستمر حتى مساء الغد مع انخفاض في درجات الحرارة في "
            "معظم المحافظات الشمالية والوسطى من البلاد.</p></div></body></html>")
    p = parse_html(page)
    assert p.author == "رويترز"
    assert p.text.startswith("القاهرة (رويترز) -")  # the dateline stays in the body


def test_json_ld_date_wins_over_visible_dates():
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2024-06-02T09:00:00+03:00", "articleSection": "اقتصاد"}</script></head>'
            '<body><div class="today">الأحد 9 يونيو 2024</div><h1>ارتفاع صادرات التمور</h1>'
            "<p>ارتفعت صادرات التمور خلال الربع الأول من العام بنسبة كبيرة مقارنة بالفترة نفسها من العام "
            "الماضي بحسب بيانات رسمية نشرت اليوم.</p></body></html>")
    p = parse_html(page)
    assert (p.published, p.section) == ("2024-06-02", "اقتصاد")


@pytest.mark.parametrize("raw", ["", "<html></html>", "<<<>>>", "\x00\x01", "<p>نص</p>"])
def test_garbage_pages_do_not_crash(raw):
    assert isinstance(parse_html(raw).text, str)


def test_site_name_cut_from_og_title():
    page = ('<html><head><meta property="og:title" content="افتتاح جسر جديد - موقع الأنباء">'
            '<meta property="og:site_name" content="موقع الأنباء"></head><body><h1>افتتاح جسر جديد</h1>'
            "<p>افتتح المحافظ اليوم جسرا جديدا فوق النهر يربط ضفتي المدينة ويخفف الازدحام المروري في "
            "ساعات الذروة بحسب بيان رسمي صدر عن المحافظة.</p></body></html>")
    assert parse_html(page).title == "افتتاح جسر جديد"  # "a new bridge opens", site name dropped


def test_very_deep_nesting_and_xml_declaration_keep_the_body() -> None:
    """Pages 300 divs deep (past libxml2's limit) and XHTML with an encoding declaration (found by fuzzing)."""
    from rasd.extract.html import parse_html
    s = ("قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة بمشاركة الوسطاء "
         "الإقليميين والدوليين. وأضاف أن الوفود ستناقش تبادل الأسرى.")  # talks resume next week in Cairo
    deep = "<html><body>" + "<div>" * 300 + "<p>" + s + "</p>" + "</div>" * 300 + "</body></html>"
    assert "المفاوضات ستستأنف" in parse_html(deep, None).text
    xhtml = '<?xml version="1.0" encoding="windows-1256"?>\n<html><body><article><p>' + s + "</p></article></body></html>"
    assert "المفاوضات ستستأنف" in parse_html(xhtml, None).text
