"""HTML pages: trafilatura for the body, rasd's own reading of date, byline and section.

The cascade, in order of trust:
    title      og:title / twitter:title → the single h1 → <title> without the site name
    published  article metadata (article:published_time, JSON-LD datePublished,
               dc:date) → <time>/visible date under the headline → date in the URL
    author     byline under the headline (كتب:، بقلم، القاهرة - رويترز) → agency in the
               lead's dateline (القاهرة (رويترز) -) → JSON-LD / meta author
    section    article:section / JSON-LD articleSection → category label above the headline
               → the last breadcrumb
The body is trafilatura's text with furniture lines dropped (the dump line rules)
and the headline, byline and date lines removed from its head.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from rasd.extract import htmlmeta as hm
from rasd.extract.byline import parse_byline
from rasd.extract.dates import find_dates, first_date, parse_iso
from rasd.extract.lines import line_kind, split_lines
from rasd.extract.vocab import agencies, key

# favor_precision + no comments: body token F1 0.965 vs 0.948 for trafilatura's defaults
# on the 181 ScrapingHub pages (bench/eval_html.py, 2026-11-29).
# trafilatura's own metadata pass (htmldate, author, categories) is skipped: rasd reads
# those itself, and the pass cost ~30% of the extraction time (bench/bench_extract.py).
# fast: no readability/jusText fallback comparison. Body F1 0.975 → 0.974 on the aeb pages
# (Arabic pages unchanged) while extraction cost falls 21.9 → 14.1 ms an Arabic page and
# 34.1 → 21.1 ms an aeb page, CPU, best of 3 (bench/eval_html.py; /tmp timing, 2026-11-29).
TRAFILATURA_OPTIONS = {"favor_precision": True, "include_comments": False, "with_metadata": False,
                       "fast": True}
HEAD_LINES = 4        # headline/byline/date lines trafilatura may keep at the top of the body
BYLINE_MAX_WORDS = 12
SHORT_BODY_CHARS = 500  # below this, precision mode likely lost the body (2 of 181 aeb pages)
DATELINE_CHARS = 80  # a dateline is the first few words of the lead
_DATELINE_AGENCY = re.compile(r"[(]([^()]{1,20})[)]\s*(?:--|-|–|—|:)")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[-_])")


@dataclass(slots=True)
class HtmlParts:
    """Body and metadata of one HTML page."""

    text: str = ""
    title: str | None = None
    author: str | None = None
    section: str | None = None
    published: str | None = None


# An XML declaration naming an encoding: lxml refuses it on an already decoded string.
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# libxml2 stops at 255 levels of nesting and loses the body (fuzzing found pages that deep).
MAX_DEPTH_FALLBACK = 255
_WRAPPERS = re.compile(r"</?(?:div|span|section|font|center)\b[^>]*>", re.I)


def parse_html(raw: str, url: str | None = None) -> HtmlParts:
    """Body, title, author, section and date of an article page."""
    raw = _XML_DECL.sub("", raw, count=1)
    parts = _parse(raw, url)
    if not parts.text.strip() and raw.lower().count("<div") >= MAX_DEPTH_FALLBACK:
        parts = _parse(_WRAPPERS.sub("\n", raw), url)  # flatten wrapper tags, keep paragraphs
    return parts


def _parse(raw: str, url: str | None) -> HtmlParts:
    tree = load_html(raw)
    if tree is None:
        return HtmlParts()
    values = {**hm.jsonld(tree), **hm.meta_values(tree)}
    # the tree, not the string: trafilatura copies a given tree (its own `load_html` would
    # parse the same string to the same tree), and the copy costs 0.7 ms a page against
    # 3.2 ms for a parse (183 aeb + arabic pages, /tmp timing of load_html vs copy)
    doc = trafilatura.bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)
    if doc is None or len(doc.text or "") < SHORT_BODY_CHARS:
        # precision mode sometimes keeps only a notice; the default mode recovers the body
        retry = trafilatura.bare_extraction(tree, url=url, include_comments=False)
        if retry is not None and (doc is None or len(retry.text or "") > 2 * len(doc.text or "")):
            doc = retry
    if doc is None:
        return HtmlParts()
    title = _clean(hm.title_of(tree, values))
    head = hm.headline(tree, title)
    near = hm.lines_after(head) if head is not None else []
    parts = HtmlParts(title=title)
    parts.published = _published(tree, values, near, url)
    parts.author = _author(near, values, doc.text or "")
    above = hm.category_before(head) if head is not None else None
    parts.section = _clean(hm.section_meta(values)) or above or hm.breadcrumb_section(tree, title)
    parts.text = _body(doc.text or "", parts)
    return parts


def _clean(value: str | None) -> str | None:
    """Entities decoded and spaces collapsed, or None when empty."""
    text = " ".join(html.unescape(value or "").split())
    return text or None


def _published(tree: HtmlElement, values: dict[str, str], near: list[tuple[str, HtmlElement]],
               url: str | None) -> str | None:
    """The article's own date, by the cascade in the module docstring."""
    found = parse_iso(hm.published_meta(values)) or parse_iso(hm.microdata_date(tree))
    for text, el in near if not found else ():
        found = parse_iso(el.get("datetime")) if el.tag == "time" else None
        found = found or first_date(text)
        if found:
            break
    if not found and url and (m := _URL_DATE.search(url)):
        found = parse_iso(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    return found


def _author(near: list[tuple[str, HtmlElement]], values: dict[str, str], body: str) -> str | None:
    """Byline under the headline, else the article's metadata author."""
    for text, _el in near:
        if len(text.split()) > 40:  # the body has begun
            break
        if len(text.split()) <= BYLINE_MAX_WORDS and (name := parse_byline(text)):
            return name
    for line in body.splitlines()[:HEAD_LINES]:
        if len(line.split()) <= BYLINE_MAX_WORDS and (name := parse_byline(line)):
            return name
    if agency := _dateline_agency(body):
        return agency
    meta = _clean(hm.author_meta(values))
    site = key(values.get("og:site_name") or "")
    if meta and len(meta.split()) <= BYLINE_MAX_WORDS and not (site and key(meta) in site):
        return meta
    return None


def _dateline_agency(text: str) -> str | None:
    """The agency named in the body's opening dateline: `القاهرة (رويترز) -` → `رويترز`."""
    m = _DATELINE_AGENCY.search(text[:DATELINE_CHARS])
    return m.group(1).strip() if m and key(m.group(1)) in agencies() else None


def _is_head_line(text: str, parts: HtmlParts) -> bool:
    """A headline, byline or bare date line repeated at the top of the body."""
    k = key(text)
    if parts.title and k == key(parts.title):
        return True
    if len(text.split()) <= BYLINE_MAX_WORDS and parse_byline(text):
        return True
    hits = find_dates(text)
    return bool(hits) and len(text.split()) <= 8


def _body(text: str, parts: HtmlParts) -> str:
    """trafilatura's text without furniture lines and without the head lines at its top."""
    lines = [ln.text for ln in split_lines(text)]
    kept = [ln for ln in lines if line_kind(ln) == "content"]
    head = 0
    while head < min(HEAD_LINES, len(kept) - 1) and _is_head_line(kept[head], parts):
        head += 1
    kept = kept[head:]
    return "\n".join(kept).strip()
