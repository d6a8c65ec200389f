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


def _site(tmp_path, n: int = 6):
    folder = tmp_path / "site"
    folder.mkdir()
    for i, town in enumerate(TOWNS[:n]):
        body = f"اشتباكات في {town}\n\nاندلعت اشتباكات عنيفة في مدينة {town} صباح اليوم.\n\n{FOOTER}\n"
        (folder / f"a{i}.txt").write_text(body, encoding="utf-8")
    (folder / "bad.json").write_text("{not json", encoding="utf-8")  # a problem keeps its place
    return folder


def _counting_reads(monkeypatch) -> list[int]:
    """Patch the reader `rasd extract` uses; the list grows by one per pass over the inputs."""
    import rasd.commands.extract as cmd
    passes: list[int] = []
    real = cmd.read_inputs

    def counted(*args, **kwargs):
        passes.append(1)
        return real(*args, **kwargs)
    monkeypatch.setattr(cmd, "read_inputs", counted)
    return passes


def test_batch_read_once_when_it_fits_and_twice_when_not(tmp_path, monkeypatch) -> None:
    """Held in memory, a batch is read once; past the bound it is read twice, with the same records."""
    from rasd.commands.extract import with_repeated_lines
    from rasd.config import Settings
    from rasd.extract.vocab import key
    from rasd.model import RawInput
    folder = _site(tmp_path)
    passes = _counting_reads(monkeypatch)
    once = list(with_repeated_lines([str(folder)], Settings()))
    assert len(passes) == 1
    twice = list(with_repeated_lines([str(folder)], Settings(), hold_chars=100))
    assert len(passes) == 3
    assert [type(i) for i in once] == [type(i) for i in twice] and len(once) == 7
    texts = [i for i in once if isinstance(i, RawInput)]
    assert texts == [i for i in twice if isinstance(i, RawInput)]
    assert all(key(FOOTER) in i.boilerplate for i in texts)  # learnt before the first article went on


def test_extract_reads_its_inputs_once(tmp_path, monkeypatch) -> None:
    folder = _site(tmp_path)
    passes = _counting_reads(monkeypatch)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 0
    assert len(passes) == 1
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 6 and all(FOOTER not in r["text"] for r in recs)
