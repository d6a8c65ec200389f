"""Single-article files: a `.txt` dump or an `.html` page → one `RawInput`.

The whole file is read, so its size is capped (`max_file_mb`); the id is the
file's stem (or its path inside a given folder) and the origin its path. Line
ends become `\n` (as Python's text mode reads files). HTML
honours a declared `<meta charset>`; entities and markup are left for the HTML
extractor.
"""
from __future__ import annotations

from collections.abc import Iterator

from rasd.config import Settings
from rasd.ingest.decode import DecodeError, declared_charset, decode_bytes, universal_newlines
from rasd.ingest.files import Opened, Source
from rasd.ingest.records import InputProblem, Item
from rasd.model import Problem, RawInput, RawKind


def read_page(opened: Opened, src: Source, settings: Settings, kind: RawKind) -> Iterator[Item]:
    """The file as one article of `kind` ("text" or "html")."""
    data = opened.stream.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        yield InputProblem(src.name, f"file larger than {settings.max_file_mb:g} MB (max_file_mb), "
                                     f"too big for one article; skipped", "too-large")
        return
    if b"\x00" in data:
        yield InputProblem(src.name, "binary file (NUL bytes); skipped", "binary-file")
        return
    declared = declared_charset(opened.head) if kind == "html" else None
    try:
        decoded = decode_bytes(data, declared)
    except DecodeError as exc:
        yield InputProblem(src.name, f"undecodable file ({exc}); skipped", "undecodable")
        return
    if not decoded.text.strip():
        yield InputProblem(src.name, "empty file; skipped", "empty-file")
        return
    problems = []
    if decoded.replaced:
        problems.append(Problem("ingest", "bytes-replaced",
                                f"{decoded.replaced} invalid UTF-8 byte(s) replaced by U+FFFD"))
    yield RawInput(id=src.doc_id, raw=universal_newlines(decoded.text), kind=kind, origin=src.name,
                   problems=problems)


def read_text(opened: Opened, src: Source, settings: Settings) -> Iterator[Item]:
    """A plain-text article (a crawl dump with its menus and bylines still in)."""
    return read_page(opened, src, settings, "text")


def read_html(opened: Opened, src: Source, settings: Settings) -> Iterator[Item]:
    """An HTML page."""
    return read_page(opened, src, settings, "html")
