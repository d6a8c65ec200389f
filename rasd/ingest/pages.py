"""Single-article files: a `.txt` dump or an `.html` page → one `RawInput`.

The whole file is read, so its size is capped (`max_file_mb`); the id is the
file's stem (or its path inside a given folder) and the origin its path. Line
ends become `\n` (as Python's text mode reads files). HTML honours a declared
`<meta charset>`, and a saved page's own address (`<link rel="canonical">`,
`og:url`) becomes the record's url; entities and markup are left for the HTML
extractor.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterator

from rasd.config import Settings
from rasd.ingest.decode import DecodeError, declared_charset, decode_bytes, universal_newlines
from rasd.ingest.files import Opened, Source
from rasd.ingest.records import InputProblem, Item
from rasd.model import Problem, RawInput, RawKind


# <link rel="canonical" href="…"> or <meta property="og:url" content="…">, attributes in any order
URL_TAGS = (re.compile(r"<link\b[^>]*\brel=[\"']?canonical\b[^>]*>", re.I),
            re.compile(r"<meta\b[^>]*\bproperty=[\"']?og:url\b[^>]*>", re.I))
URL_ATTR = re.compile(r"""\b(?:href|content)\s*=\s*["']?(https?://[^"'\s>]+)""", re.I)


def page_url(page: str) -> str | None:
    """The address a saved page gives for itself (canonical link, else og:url), or None."""
    head = page[:65536]
    for tag_re in URL_TAGS:
        for tag in tag_re.findall(head):
            if m := URL_ATTR.search(tag):
                return html.unescape(m[1])
    return None


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
    text = universal_newlines(decoded.text)
    url = page_url(text) if kind == "html" else None
    yield RawInput(id=src.doc_id, raw=text, kind=kind, url=url, origin=src.name, problems=problems)


def read_text(opened: Opened, src: Source, settings: Settings) -> Iterator[Item]:
    """A plain-text article (a crawl dump with its menus and bylines still in)."""
    return read_page(opened, src, settings, "text")


def read_html(opened: Opened, src: Source, settings: Settings) -> Iterator[Item]:
    """An HTML page."""
    return read_page(opened, src, settings, "html")
