"""`rasd extract` learns lines repeated across a source's articles and drops them."""
from __future__ import annotations

import json

from rasd.cli import main
from rasd.extract.linestats import source_of

# A footer no word list knows ("Watch our new programme every Thursday evening"), under every article.
FOOTER = "شاهدوا برنامجنا الجديد كل مساء خميس على الشاشة"
TOWNS = ["حلب", "الموصل", "عدن", "بنغازي", "درعا", "تعز"]


def test_repeated_footer_dropped_from_every_article(tmp_path, capsys) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    for i, town in enumerate(TOWNS):
        body = (f"اشتباكات في {town}\n\nاندلعت اشتباكات عنيفة في مدينة {town} صباح اليوم بين قوات الأمن ومسلحين، "
                f"وأفاد شهود بسماع دوي انفجارات في الأحياء الشمالية من المدينة.\n\n{FOOTER}\n")
        (folder / f"a{i}.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 0
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 6
    assert all(FOOTER not in r["text"] and "اشتباكات عنيفة" in r["text"] for r in recs)


def test_source_of() -> None:
    assert source_of("https://www.example.org/a/1", None) == "example.org"
    assert source_of(None, "/data/in.jsonl:17") == "/data/in.jsonl"
    assert source_of(None, "/data/x.sgml#AFP_001") == "/data/x.sgml"
    assert source_of(None, "/data/site/a1.txt") == "/data/site"
