"""Lines repeated across many articles of one source are learnt as boilerplate."""
from __future__ import annotations

from rasd.extract.clean import CleanArticle
from rasd.extract.linestats import learn_repeated_lines, source_of
from rasd.extract.vocab import key
from rasd.model import Document, RawInput

PROMO = "حمّلوا تطبيقنا الجديد واستمتعوا بالقراءة"  # "download our new app and enjoy reading"


def article(i: int, url: str = "https://www.example-news.org/a") -> RawInput:
    raw = (f"خبر رقم {i} عن افتتاح مشروع جديد\n\n"
           f"افتتح المحافظ اليوم المشروع رقم {i} في المنطقة الصناعية بحضور عدد من المسؤولين.\n{PROMO}")
    return RawInput(id=str(i), raw=raw, url=f"{url}/{i}")


def test_repeated_line_learnt_per_source():
    learnt = learn_repeated_lines([article(i) for i in range(6)])
    assert key(PROMO) in learnt["example-news.org"]
    assert not any("المشروع رقم" in k for k in learnt["example-news.org"])


def test_small_sources_learn_nothing():
    assert learn_repeated_lines([article(i) for i in range(2)]) == {}


def test_clean_step_drops_learnt_lines():
    records = [article(i) for i in range(6)]
    step = CleanArticle(repeated=learn_repeated_lines(records))
    doc = step(Document.from_input(records[0]))
    assert PROMO not in doc.text and doc.text.startswith("افتتح المحافظ")


def test_source_of():
    assert source_of("https://www.example.org/x/1", None) == "example.org"
    assert source_of(None, "dumps/site-a.jsonl:12") == "dumps/site-a.jsonl"
