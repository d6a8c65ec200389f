"""Dispatch: each input path (file, folder, `-`) → the reader for its format → records.

The format comes from the name (`.jsonl`, `.json`, `.txt`, `.html`, `.sgml`,
each optionally compressed), else from the first bytes: `{` JSON Lines, `[` a
JSON array, `<DOC>` SGML, `<html>` and friends HTML, anything else text. A
`.txt` that starts with `<DOC>` is SGML (Gigaword dumps are often named so).
Empty, binary and unreadable files become `InputProblem`s; reading goes on.
"""
from __future__ import annotations

import gzip
import lzma
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import Literal

from rasd.config import Settings
from rasd.ingest.decode import sniff_binary
from rasd.ingest.files import HEAD_BYTES, Opened, Source, iter_sources, open_source
from rasd.ingest.jsonl import read_json_array, read_jsonl
from rasd.ingest.pages import read_html, read_text
from rasd.ingest.records import InputProblem, InputReason, Item
from rasd.ingest.sgml import read_sgml

Format = Literal["jsonl", "json", "text", "html", "sgml"]
Reader = Callable[[Opened, Source, Settings], Iterator[Item]]
READERS: dict[Format, Reader] = {
    "jsonl": read_jsonl, "json": read_json_array, "text": read_text, "html": read_html, "sgml": read_sgml,
}
EXT_FORMATS: dict[str, Format] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jl": "jsonl", ".json": "json",
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".sgml": "sgml", ".sgm": "sgml", ".trec": "sgml",
}
SGML_MARK = re.compile(rb"<DOC[\s>]", re.I)
HTML_MARK = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<div[\s>]|<p>", re.I)
COMPRESSION_ERRORS = (EOFError, zlib.error, lzma.LZMAError, gzip.BadGzipFile)


def sniff_format(head: bytes) -> Format:
    """The format the first bytes show: JSON Lines, a JSON array, SGML, HTML or text."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"{":
        return "jsonl"
    if start == b"[":
        return "json"
    if SGML_MARK.search(head[:4096]):
        return "sgml"
    if HTML_MARK.search(head[:4096]):
        return "html"
    return "text"


def detect_format(src: Source, head: bytes) -> Format:
    """The name's format when it has a known extension, else what the bytes show."""
    by_name = EXT_FORMATS.get(src.suffix)
    sniffed = sniff_format(head)
    if by_name is None:
        return sniffed
    if by_name == "text" and sniffed == "sgml":
        return "sgml"
    if by_name == "json" and sniffed == "jsonl":
        return "jsonl"  # `.json` files are often JSON Lines
    return by_name


def _unreadable(opened: Opened) -> tuple[str, InputReason] | None:
    """(what, reason) when the content is empty or binary, else None."""
    if len(opened.head) < HEAD_BYTES and not opened.head.strip(b"\xef\xbb\xbf \t\r\n\f\v"):
        return ("empty file" if not opened.compression else f"empty after {opened.compression} "
                "decompression"), "empty-file"
    why = sniff_binary(opened.head)
    return (why, "binary-file") if why else None


def read_source(src: Source, settings: Settings) -> Iterator[Item]:
    """Every record of one file or stdin; a read error ends that source with a problem."""
    try:
        with open_source(src) as opened:
            bad = _unreadable(opened)
            if bad:
                yield InputProblem(src.name, f"{bad[0]}; skipped", bad[1])
                return
            yield from READERS[detect_format(src, opened.head)](opened, src, settings)
    except COMPRESSION_ERRORS as exc:
        yield InputProblem(src.name, f"corrupt compressed data ({exc}); rest of file skipped",
                           "corrupt-compression")
    except OSError as exc:
        yield InputProblem(src.name, f"cannot read ({exc.strerror or exc}); rest of file skipped",
                           "unreadable")


def read_inputs(specs: Sequence[str], settings: Settings | None = None) -> Iterator[Item]:
    """Records from every path in order (folders recursively, sorted; `-` is stdin)."""
    settings = settings or Settings()
    for src in iter_sources(specs):
        if isinstance(src, InputProblem):
            yield src
        else:
            yield from read_source(src, settings)
