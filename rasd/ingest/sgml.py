"""TREC / Gigaword-style SGML: several `<DOC>`s a file → one `RawInput` each, streamed.

    <DOC id="AFP_ARB_20050412.0001" type="story">      (or <DOCNO>…</DOCNO> inside)
    <HEADLINE>…</HEADLINE> <DATE>20050412</DATE> <AUTHOR>…</AUTHOR> <CAT>…</CAT>
    <TEXT><P>…</P><P>…</P></TEXT>
    </DOC>

The body is the `<TEXT>` content, one paragraph a line (a `<DATELINE>` first,
since a dateline belongs to the body); hard-wrapped lines inside a paragraph are
joined. Title, author, section, url and date go to the record's fields; an
`<ABSTRACT>` (a standfirst repeating the lead) and other tags stay out. Entities
(`&amp;`, `&#8220;`) are decoded. Records cite `file#DOCNO`.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterator

from rasd.config import Settings
from rasd.ingest.dates import date_from_doc_id, published_date
from rasd.ingest.decode import DecodeError, LineDecoder, declared_charset, universal_newlines
from rasd.ingest.files import Opened, Source, iter_lines
from rasd.ingest.records import InputProblem, Item
from rasd.model import Problem, RawInput

DOC_START = re.compile(r"<DOC(?=[\s>])[^>]*>", re.I)
DOC_END = re.compile(r"</DOC\s*>", re.I)
ID_ATTR = re.compile(r"""\bid\s*=\s*["']?([^"'\s>]+)""", re.I)
TAG = re.compile(r"<[^>]*>")
PARA = re.compile(r"<P\b[^>]*>(.*?)(?=</?P\b|</TEXT|$)", re.I | re.S)
BLANK_LINE = re.compile(r"\n\s*\n")
# Metadata tags, first match wins, in order of preference.
ID_TAGS = ("DOCNO", "DOCID")
TITLE_TAGS = ("TITLE", "HEADLINE", "HL", "HEAD")
DATE_TAGS = ("DATE_TIME", "DATE", "DATETIME", "PUBDATE", "TIME")
AUTHOR_TAGS = ("AUTHOR", "BYLINE")
SECTION_TAGS = ("CAT", "CATEGORY", "SECTION", "DESK", "TOPIC")
BODY_TAGS = ("TEXT", "BODY")
# Elements that are never body text, removed with their content if found inside one.
META_NAMES = "|".join(ID_TAGS + TITLE_TAGS + DATE_TAGS + AUTHOR_TAGS + SECTION_TAGS
                      + ("DATELINE", "ABSTRACT", "HEADER", "TRAILER", "URL"))
META_ELEMENTS = re.compile(rf"<({META_NAMES})\b[^>]*>.*?</\1\s*>", re.I | re.S)


def _field(block: str, tags: tuple[str, ...]) -> str | None:
    """The first of `tags` present in the block, tags removed, entities decoded, spaces squeezed."""
    for tag in tags:
        m = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}\s*>", block, re.I | re.S)
        if m:
            value = " ".join(html.unescape(TAG.sub(" ", m[1])).split())
            if value:
                return value
    return None


def _paragraph(chunk: str) -> str:
    """One paragraph on one line: tags dropped, entities decoded, wrapped lines joined."""
    return " ".join(html.unescape(TAG.sub(" ", chunk)).split())


def body_of(block: str) -> str:
    """The TEXT content, one paragraph per line (<P>s, else blank-line blocks, else lines)."""
    for tag in BODY_TAGS:  # <TEXT> first: LDC wraps HEADLINE and TEXT in a <BODY>
        m = re.search(rf"<{tag}\b[^>]*>(.*?)(?:</{tag}\s*>|$)", block, re.I | re.S)
        if m:
            return _paragraphs(META_ELEMENTS.sub("\n", m[1]))
    return ""


def _paragraphs(inner: str) -> str:
    """Paragraphs of a body's markup, one per line."""
    if re.search(r"<P\b", inner, re.I):
        chunks = PARA.findall(inner)
    elif BLANK_LINE.search(inner.strip()):
        chunks = BLANK_LINE.split(inner)
    else:
        chunks = inner.splitlines()
    return "\n".join(p for p in map(_paragraph, chunks) if p)


def _doc_id(block: str, start_tag: str, src: Source, n: int) -> str:
    """DOCNO, else the DOC tag's id attribute, else `<file id>-<n>`."""
    found = _field(block, ID_TAGS)
    if found:
        return found
    m = ID_ATTR.search(start_tag)
    return m[1] if m else f"{src.doc_id}-{n}"


def parse_doc(block: str, src: Source, n: int) -> Item:
    """One `<DOC>…</DOC>` block → RawInput citing `file#DOCNO`, or a problem when it has no text."""
    start = DOC_START.search(block)
    start_tag = start[0] if start else ""
    doc_id = _doc_id(block, start_tag, src, n)
    where = f"{src.name}#{doc_id}"
    body = body_of(block)
    if not body:
        return InputProblem(where, "document has no <TEXT> (or it is empty); skipped", "no-text")
    dateline = _field(block, ("DATELINE",))
    if dateline and not body.startswith(dateline):
        body = f"{dateline}\n{body}"
    problems: list[Problem] = []
    raw_date = _field(block, DATE_TAGS)
    published, bad = published_date(raw_date, day_first=False)  # LDC markup: 07/15/2000
    if bad:
        problems.append(bad)
    if raw_date is None:
        published = date_from_doc_id(doc_id)
    return RawInput(id=doc_id, raw=body, kind="clean", url=_field(block, ("URL",)), published=published,
                    origin=where, title=_field(block, TITLE_TAGS), author=_field(block, AUTHOR_TAGS),
                    section=_field(block, SECTION_TAGS), problems=problems)


def _blocks(opened: Opened, src: Source, settings: Settings) -> Iterator[tuple[str, bool] | InputProblem]:
    """(text from one <DOC> to its </DOC>, whether it was closed), as lines arrive; bad lines as problems."""
    decoder = LineDecoder(declared_charset(opened.head))
    buf, scan_from = "", 0
    for lineno, line in iter_lines(opened.stream, settings.max_file_bytes):
        try:
            text = universal_newlines(decoder.decode(line).text) if line is not None else ""
        except DecodeError as exc:
            yield InputProblem(f"{src.name}:{lineno}", f"undecodable line ({exc}); line skipped",
                               "undecodable")
            continue
        buf += text
        while m := DOC_END.search(buf, scan_from):
            yield buf[: m.end()], True
            buf, scan_from = buf[m.end():], 0
        scan_from = max(0, len(buf) - 8)  # a closing tag may straddle two lines
        if len(buf) > settings.max_file_bytes or line is None:
            yield InputProblem(f"{src.name}:{lineno}", f"document larger than {settings.max_file_mb:g} MB "
                                                       "(max_file_mb); skipped", "too-large")
            buf, scan_from = "", 0
    if DOC_START.search(buf):
        yield buf + "</DOC>", False  # a file cut short: keep what its last document has


def read_sgml(opened: Opened, src: Source, settings: Settings) -> Iterator[Item]:
    """Every <DOC> of an SGML stream, in order."""
    n = 0
    for found in _blocks(opened, src, settings):
        if isinstance(found, InputProblem):
            yield found
            continue
        block, closed = found
        if start := DOC_START.search(block):
            n += 1
            item = parse_doc(block[start.start():], src, n)
            if isinstance(item, RawInput) and not closed:
                item.problems.append(Problem("ingest", "unterminated-doc",
                                             "file ends before </DOC>; the text may be cut short"))
            yield item
    if n == 0:
        yield InputProblem(src.name, "no <DOC> found in this SGML file; skipped", "no-document")
