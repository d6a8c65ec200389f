"""Readers: JSONL, JSON arrays, txt, HTML, SGML, gzip, folders; bad inputs become problems, not crashes."""
from __future__ import annotations

import bz2
import gzip
import json
import shutil
from pathlib import Path

import pytest

from rasd.config import Settings
from rasd.ingest import InputProblem, read_inputs
from rasd.ingest.readers import sniff_format
from rasd.model import RawInput

# "The defence minister said the forces withdrew from the town."
SENTENCE = "قال وزير الدفاع إن القوات انسحبت من البلدة."


def read(*paths: Path | str, settings: Settings | None = None) -> list[RawInput | InputProblem]:
    return list(read_inputs([str(p) for p in paths], settings))


def only_records(items: list) -> list[RawInput]:
    assert all(isinstance(i, RawInput) for i in items), items
    return items


def test_jsonl_records_keep_fields_and_cite_their_line(fixtures: Path) -> None:
    path = fixtures / "ingest" / "articles.jsonl"
    n1, n2, n3 = only_records(read(path))
    assert (n1.id, n1.kind, n1.raw, n1.published, n1.lang, n1.url) == (
        "n1", "text", SENTENCE, "2024-03-05", "ar", "https://example.org/n1")
    assert n1.origin == f"{path}:1"
    assert (n2.kind, n2.title, n2.author, n2.section) == ("html", "عنوان الخبر", "مراسلنا", "سياسة")
    assert n2.raw.startswith("<html>")
    assert (n3.id, n3.published, n3.origin) == ("3", "2024-03-07", f"{path}:3")  # Arabic-Indic date


@pytest.mark.parametrize("line, reason, says", [
    ('{"id": "a", "text": "نص" "x"}', "invalid-json", "invalid JSON (Expecting ',' delimiter at column 26)"),
    ('{"text": "نص بلا معرف"}', "no-id", 'no "id"'),                    # text without an id
    ('{"id": "b", "content": "نص"}', "no-text", 'record \'b\' has no "text" or "html" (or it is empty; '
                                              'fields: content, id)'),
    ('{"id": "c", "text": "   "}', "no-text", "empty"),
    ('{"id": "d", "text": 42}', "no-text", '"text" is a int'),
    ('["not", "an", "object"]', "not-a-record", "expected a JSON object, got list"),
])
def test_bad_jsonl_lines_name_file_and_line_and_the_rest_is_read(
        tmp_path: Path, line: str, reason: str, says: str) -> None:
    path = tmp_path / "in.jsonl"
    good = json.dumps({"id": "ok", "text": SENTENCE}, ensure_ascii=False)
    path.write_text(f"{good}\n{line}\n\n{good}\n", encoding="utf-8")
    first, bad, last = read(path)
    assert isinstance(first, RawInput) and isinstance(last, RawInput)
    assert last.origin == f"{path}:4"  # blank lines are not records but still count as lines
    assert isinstance(bad, InputProblem)
    assert (bad.where, bad.reason) == (f"{path}:2", reason)
    assert says in bad.what and bad.what.endswith("record skipped")


def test_bad_date_is_a_problem_on_the_record(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "x", "text": SENTENCE, "published": "2024-02-31"}) + "\n")
    (rec,) = only_records(read(path))
    assert rec.published is None
    assert [p.reason for p in rec.problems] == ["bad-date"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256", "iso8859-6"])
def test_jsonl_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": str(i), "text": SENTENCE}, ensure_ascii=False) for i in range(3)]
    path.write_bytes("\n".join(lines).encode(encoding))
    assert [r.raw for r in only_records(read(path))] == [SENTENCE] * 3


def test_undecodable_jsonl_line_is_skipped_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a", "text": "' + bytes(range(0xA2, 0xC0)) * 3 + b'"}\n'
                     + json.dumps({"id": "b", "text": SENTENCE}).encode() + b"\n")
    bad, good = read(path)
    assert isinstance(bad, InputProblem) and bad.reason == "undecodable" and bad.where == f"{path}:1"
    assert isinstance(good, RawInput) and good.raw == SENTENCE


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256", "iso8859-6"])
def test_txt_file_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "خبر.txt"  # "news item"
    path.write_bytes(f"{SENTENCE}\nوأضاف أن الهدوء عاد.\n".encode(encoding))  # "He added that calm returned."
    (rec,) = only_records(read(path))
    assert (rec.id, rec.kind, rec.origin) == ("خبر", "text", str(path))
    assert rec.raw == f"{SENTENCE}\nوأضاف أن الهدوء عاد.\n"


def test_html_respects_its_meta_charset(tmp_path: Path) -> None:
    # "مصر" (Egypt): too short to tell the two legacy codecs apart without the declaration.
    page = '<html><head><meta charset="iso-8859-6"></head><body><p>مصر</p></body></html>'
    path = tmp_path / "p.htm"
    path.write_bytes(page.encode("iso8859-6"))
    (rec,) = only_records(read(path))
    assert (rec.kind, rec.raw, rec.id) == ("html", page, "p")


def test_html_fixture(fixtures: Path) -> None:
    (rec,) = only_records(read(fixtures / "ingest" / "page.html"))
    assert rec.kind == "html" and "انفجار في الميناء" in rec.raw  # "explosion in the port"


def test_sgml_several_documents(fixtures: Path) -> None:
    path = fixtures / "ingest" / "bulletin.sgml"
    first, second, third = only_records(read(path))
    assert first.id == "XIN_ARB_20240305.0001"
    assert first.origin == f"{path}#XIN_ARB_20240305.0001"
    assert (first.title, first.author, first.section, first.published) == (
        "وزير الخارجية يزور عمّان", "مراسل الوكالة", "سياسة", "2024-03-05")
    # dateline first, each <P> on one line (wrapped lines joined), entities decoded, no ABSTRACT
    assert first.raw.split("\n") == [
        "القاهرة 5-3 (شينخوا)",
        "يبدأ وزير الخارجية غدا زيارة إلى عمان تستمر يومين.",
        "وقال المتحدث إن الزيارة “مهمة” & تأتي في وقتها.",
    ]
    assert (second.title, second.published) == ("اجتماع أمني", "2024-03-06")
    assert second.raw == "عقد المسؤولون اجتماعا أمنيا اليوم.\nوناقش الاجتماع الوضع على الحدود."
    assert third.published is None and [p.reason for p in third.problems] == ["bad-date"]


def test_sgml_problems_and_salvage(tmp_path: Path) -> None:
    path = tmp_path / "afp_arb_200501"  # Gigaword files often have no extension
    path.write_text("<DOC id=\"AFP_ARB_20050101.0001\">\n<HEADLINE>عنوان</HEADLINE>\n</DOC>\n"
                    "<DOC id=\"AFP_ARB_20050102.0002\"><TEXT><P>نص مقطوع", encoding="utf-8")
    empty, cut = read(path)
    assert isinstance(empty, InputProblem) and empty.reason == "no-text"
    assert empty.where == f"{path}#AFP_ARB_20050101.0001"
    assert isinstance(cut, RawInput) and cut.raw == "نص مقطوع" and cut.published == "2005-01-02"
    assert [p.reason for p in cut.problems] == ["unterminated-doc"]


def test_sgml_in_windows_1256_declared_by_xml(tmp_path: Path) -> None:
    path = tmp_path / "a.sgm"
    path.write_bytes('<?xml version="1.0" encoding="windows-1256"?>\n<DOC><DOCNO>d1</DOCNO>'
                     '<TEXT>مصر</TEXT></DOC>'.encode("cp1256"))
    (rec,) = only_records(read(path))
    assert rec.raw == "مصر"


@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.gz", "a"])
def test_gzip_by_name_or_by_magic(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(json.dumps({"id": "z", "text": SENTENCE}).encode()))
    (rec,) = only_records(read(path))
    assert (rec.id, rec.raw, rec.origin) == ("z", SENTENCE, f"{path}:1")


def test_compressed_txt_html_sgml(tmp_path: Path, fixtures: Path) -> None:
    src = fixtures / "ingest"
    (tmp_path / "dump.txt.gz").write_bytes(gzip.compress((src / "dump.txt").read_bytes()))
    (tmp_path / "page.html.bz2").write_bytes(bz2.compress((src / "page.html").read_bytes()))
    (tmp_path / "bulletin.sgml.gz").write_bytes(gzip.compress((src / "bulletin.sgml").read_bytes()))
    items = only_records(read(tmp_path))
    assert [(r.id, r.kind) for r in items] == [
        ("XIN_ARB_20240305.0001", "clean"), ("XIN_ARB_20240306.0002", "clean"),
        ("XIN_ARB_20240307.0003", "clean"), ("dump", "text"), ("page", "html")]


def test_folder_recursion_is_sorted_with_relative_ids(tmp_path: Path, fixtures: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref")
    (tmp_path / "z.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b" / "deep" / "x.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    shutil.copy(fixtures / "ingest" / "page.html", tmp_path / "b" / "page.html")
    items = only_records(read(tmp_path))
    assert [r.id for r in items] == ["a", "b/deep/x", "b/page", "z"]
    assert items[1].origin == str(tmp_path / "b" / "deep" / "x.txt")


@pytest.mark.parametrize("content, reason", [
    (b"", "empty-file"),
    (b" \n\t\n", "empty-file"),
    (b"\xef\xbb\xbf\n", "empty-file"),
    (b"text\x00with\x00nul", "binary-file"),
    (b"%PDF-1.4 ...", "binary-file"),
    (bytes(range(0xA2, 0xC0)) * 4, "undecodable"),
    (gzip.compress(b""), "empty-file"),
    (gzip.compress(b"abc")[:12], "corrupt-compression"),
])
def test_unreadable_files_are_problems_naming_the_file(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    problem, rec = read(bad, good)
    assert isinstance(problem, InputProblem), problem
    assert (problem.where, problem.reason) == (str(bad), reason)
    assert isinstance(rec, RawInput) and rec.raw == SENTENCE


def test_missing_path_is_a_problem_and_reading_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    problem, rec = read(tmp_path / "nope.jsonl", good)
    assert isinstance(problem, InputProblem) and problem.reason == "missing-path"
    assert isinstance(rec, RawInput)


def test_size_cap_for_pages_and_jsonl_lines(tmp_path: Path) -> None:
    settings = Settings(max_file_mb=0.001)  # about 1 KB
    big = tmp_path / "big.txt"
    big.write_text(SENTENCE * 40, encoding="utf-8")
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": "long", "text": SENTENCE * 40}) + "\n"
                     + json.dumps({"id": "short", "text": "نص"}) + "\n")
    p1, p2, rec = read(big, lines, settings=settings)
    assert isinstance(p1, InputProblem) and p1.reason == "too-large" and "max_file_mb" in p1.what
    assert isinstance(p2, InputProblem) and p2.reason == "too-large" and p2.where == f"{lines}:1"
    assert isinstance(rec, RawInput) and rec.id == "short" and rec.origin == f"{lines}:2"


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"id": "a", "text": SENTENCE}, {"id": "b"}]), encoding="utf-8")
    rec, problem = read(path)
    assert isinstance(rec, RawInput) and rec.origin == f"{path}#1"
    assert isinstance(problem, InputProblem) and problem.where == f"{path}#2"


def test_txt_that_is_really_sgml(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("<DOC>\n<DOCNO>g1</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n", encoding="utf-8")
    (rec,) = only_records(read(path))
    assert (rec.id, rec.raw) == ("g1", "نص")


@pytest.mark.parametrize("head, fmt", [
    (b'{"id": 1}', "jsonl"),
    (b'\xef\xbb\xbf  {"id": 1}', "jsonl"),
    (b"[{}]", "json"),
    (b"<DOC>\n<DOCNO>1</DOCNO>", "sgml"),
    (b'<DOC id="x" type="story">', "sgml"),
    (b"<!DOCTYPE html><html>", "html"),
    (b"<div><p>x</p></div>", "html"),
    ("خبر عاجل\nنص".encode(), "text"),  # "breaking news"
])
def test_sniff_format(head: bytes, fmt: str) -> None:
    assert sniff_format(head) == fmt


def test_jsonl_streams_without_reading_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": "نص"}) + "\n" for i in range(5000)))
    items = read_inputs([str(path)])
    first = next(items)
    assert isinstance(first, RawInput) and first.id == "0"
    items.close()


def test_windows_line_ends_become_newlines(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    # "He added that calm returned."
    path.write_bytes(f"{SENTENCE}\r\nوأضاف أن الهدوء عاد.\r\n".encode("cp1256"))
    sgml = tmp_path / "crlf.sgml"
    sgml.write_bytes("<DOC>\r\n<DOCNO>c1</DOCNO>\r\n<TEXT>\r\nسطر أول\r\n\r\nسطر ثان\r\n</TEXT>\r\n"
                     "</DOC>\r\n".encode())
    page, doc = only_records(read(path, sgml))
    assert page.raw == f"{SENTENCE}\nوأضاف أن الهدوء عاد.\n"
    assert doc.raw == "سطر أول\nسطر ثان"  # "first line", "second line"


def test_folder_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "a" / "up").symlink_to(tmp_path)
    assert [r.id for r in only_records(read(tmp_path))] == ["a/x"]


def test_utf16_files_with_bom_are_read_as_text(tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    lines.write_bytes((json.dumps({"id": "u", "text": SENTENCE}, ensure_ascii=False) + "\n").encode("utf-16"))
    page = tmp_path / "notepad.txt"
    page.write_bytes(SENTENCE.encode("utf-16"))
    rec, doc = only_records(read(lines, page))
    assert rec.raw == SENTENCE and doc.raw == SENTENCE


def test_nul_bytes_after_the_head_still_make_a_page_binary(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(SENTENCE.encode() * 5000 + b"\x00\x00")
    (problem,) = read(path)
    assert isinstance(problem, InputProblem) and problem.reason == "binary-file"


def test_ldc_newswire_layout(tmp_path: Path) -> None:
    # LDC Arabic Newswire: HEADER, a BODY holding HEADLINE and TEXT, month-first DATE_TIME, TRAILER.
    path = tmp_path / "20000715_AFP_ARB"
    path.write_text(
        "<DOC>\n<DOCNO> 20000715_AFP_ARB.0001 </DOCNO>\n<DATE_TIME> 07/04/2000 09:51:00 </DATE_TIME>\n"
        "<HEADER>\nرسالة\n</HEADER>\n<BODY>\n<HEADLINE>\nقمة في القاهرة\n</HEADLINE>\n"  # summit in Cairo
        "<TEXT>\nتبدأ القمة غدا.\n</TEXT>\n</BODY>\n<TRAILER>\nاف ب\n</TRAILER>\n</DOC>\n", encoding="utf-8")
    (rec,) = only_records(read(path))
    assert (rec.id, rec.title, rec.published) == ("20000715_AFP_ARB.0001", "قمة في القاهرة", "2000-07-04")
    assert rec.raw == "تبدأ القمة غدا."  # "the summit starts tomorrow"


def test_sgml_body_without_text_keeps_metadata_out(tmp_path: Path) -> None:
    path = tmp_path / "b.sgml"
    path.write_text("<DOC><DOCNO>b1</DOCNO><BODY><HEADLINE>عنوان</HEADLINE>\nنص الخبر\n</BODY></DOC>",
                    encoding="utf-8")
    (rec,) = only_records(read(path))
    assert (rec.title, rec.raw, rec.published) == ("عنوان", "نص الخبر", None)


def test_a_named_pipe_is_read_like_a_file(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    line = json.dumps({"id": "p", "text": SENTENCE}) + "\n"
    writer = threading.Thread(target=lambda: fifo.write_text(line, encoding="utf-8"))
    writer.start()
    (rec,) = only_records(read(fifo))
    writer.join(timeout=5)
    assert (rec.id, rec.origin) == ("p", f"{fifo}:1")


@pytest.mark.parametrize("head, url", [
    ('<link rel="canonical" href="https://example.org/a?x=1&amp;y=2">', "https://example.org/a?x=1&y=2"),
    ("<link href='https://example.org/b' rel='canonical'>", "https://example.org/b"),
    ('<meta property="og:url" content="https://example.org/c">', "https://example.org/c"),
    ('<link rel="canonical" href="/relative">', None),
    ("<title>بلا رابط</title>", None),  # "no link"
])
def test_saved_page_url(tmp_path: Path, head: str, url: str | None) -> None:
    path = tmp_path / "p.html"
    path.write_text(f"<html><head>{head}</head><body><p>{SENTENCE}</p></body></html>", encoding="utf-8")
    (rec,) = only_records(read(path))
    assert rec.url == url
