"""The `clean` step: body text and title/author/section/date from the raw page or dump.

HTML goes through `rasd.extract.html` (trafilatura plus rasd's own date and
byline reading); text dumps through `rasd.extract.dump` (line classification).
Metadata a structured source already gave (SGML, JSON Lines) wins; the step
only fills what is missing.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from lxml import etree

from rasd.extract.dump import DumpParts, parse_dump
from rasd.extract.html import HtmlParts, parse_html
from rasd.extract.linestats import source_of
from rasd.model import Document

_FIELDS = ("title", "author", "section", "published")


class CleanArticle:
    """Extract the article body and its header fields; never drops a document."""

    name = "clean"
    requires = ("raw",)
    provides = ("text", "title", "author", "section", "published")

    def __init__(self, repeated: Mapping[str, frozenset[str]] | None = None):
        # repeated lines per source (rasd.extract.linestats), learnt from a batch beforehand
        self.repeated = dict(repeated or {})

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw or ""
        if not raw.strip():
            doc.text = ""
            doc.problem(self.name, "empty-body", "the input has no text")
            return doc
        if doc.kind == "clean":  # the source separated the body already (SGML <TEXT>): keep it whole
            doc.text = raw.strip()
            _cap(doc, self.name)
            return doc
        try:
            if doc.kind == "html" or _looks_like_html(raw):
                parts: HtmlParts | DumpParts = parse_html(raw, doc.url)
            else:
                parts = parse_dump(raw, self._repeated_for(doc))
        except (ValueError, TypeError, LookupError, etree.LxmlError) as exc:  # a page lxml cannot take
            doc.problem(self.name, "unparsable", f"{type(exc).__name__}: {exc}")
            parts = DumpParts()
        found = {f: getattr(parts, f) for f in _FIELDS}
        doc.text = parts.text
        for f, value in found.items():
            if getattr(doc, f) in (None, "") and value:
                setattr(doc, f, value)
        if not doc.text.strip():
            doc.problem(self.name, "empty-body", f"no article text found ({doc.kind})")
        _cap(doc, self.name)
        return doc

    def _repeated_for(self, doc: Document) -> frozenset[str]:
        """Lines learnt as boilerplate for this document's source, if any."""
        return doc.boilerplate or self.repeated.get(source_of(doc.url, doc.origin), frozenset())


# A news article runs to a few thousand characters; 200,000 is ~30,000 words. Beyond
# it an input is a dump of many pages or garbage, and the NLP steps cost about a
# minute per megabyte (bench/fuzz.py), so the body is cut at a line break before it.
MAX_BODY_CHARS = 200_000


def _cap(doc: Document, step: str) -> None:
    """Cut an over-long body at the last line break before MAX_BODY_CHARS, saying so."""
    if len(doc.text) <= MAX_BODY_CHARS:
        return
    cut = doc.text.rfind("\n", 0, MAX_BODY_CHARS)
    cut = cut if cut > MAX_BODY_CHARS // 2 else MAX_BODY_CHARS
    doc.problem(step, "body-truncated", f"body of {len(doc.text):,} characters cut to {cut:,}")
    doc.text = doc.text[:cut].rstrip()


def _looks_like_html(raw: str) -> bool:
    """A text record that is really a page or an HTML fragment (`<html`, many `<p>`/`<div>` tags)."""
    head = raw.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in raw[:5000].lower():
        return True
    if raw.count("<", 0, 20000) < MIN_FRAGMENT_TAGS:  # each tag opens with <: most dumps hold none,
        return False  # and counting them is cheaper than the tag regex over 20,000 characters
    return len(_HTML_TAG.findall(raw[:20000])) >= MIN_FRAGMENT_TAGS


MIN_FRAGMENT_TAGS = 10  # a dump quoting a tag or two stays a dump; a pasted page fragment has many
_HTML_TAG = re.compile(r"<(?:p|div|span|a|li|ul|ol|h[1-6]|br|img|table|tr|td|figure|section|article)\b",
                       re.I)
