"""Crawl text dumps: find title, byline, section and the body among the page's leftovers.

The shape of a dump, top to bottom (each part optional):
    ids and menus      7579HJ / الرئيسية | سياسة
    section label      سياسة (politics)
    headline           once, or twice (page title then on-page headline)
    byline             كتب: سامي يوسف / القاهرة - رويترز
    body               whole lines; furniture lines inside it are dropped
    footer             share/follow/tags/copyright/back-to-top
The body is a cut of the source: whole original lines (a repeated byline prefix
or a trailing "link to the story" may be cut off the first/last line), joined by
the source's own line breaks, trimmed at both ends.
"""
from __future__ import annotations

import html
import re

from rasd.arabic import tokenize
from rasd.extract.byline import INITIALS, cue_byline, parse_byline
from rasd.extract.dump_header import HEAD_LINES, DumpParts, header, header_tail, strip_title_prefix  # noqa: F401 (re-exported)
from rasd.extract.labels import (
    RELATED_HEADER_WORDS,
    breadcrumb_leaf,
    is_block_header,
    is_label,
    is_masthead,
    is_related_link,
    is_section_name,
    is_tag_list,
)
from rasd.extract.lines import (
    Line,
    credit_name,
    date_line_value,
    is_bare_link,
    line_kind,
    phrase_kind,
    split_lines,
    tail_cut,
)
from rasd.extract.markup import has_markup, split_markup
from rasd.extract.vocab import agencies, key, places

HEAD_CHARS = 600      # a page's own date line sits above or at the top of the article
STANDFIRST_LINES = 3   # a standfirst sits among the first lines of the body
BYLINE_MAX_WORDS = 6   # `TRT عربي - وكالات`, `القاهرة - رويترز`: a byline line is short
_LABELLED_LIST = re.compile(r"[^:.!؟?]{2,25}:\s*[^:.!؟?\d]{2,60}")  # `<label>: a few words`, no sentence
_CLOSING_AGENCY = re.compile(r"[.!؟?»\"]\s*\(([^()]{2,25})\)\s*$")


def _is_cut_copy(first: str, second: str) -> bool:
    """`قال الوزير إن المحادثات ...` above the full lead: a standfirst cut from it."""
    stem = first.rstrip(" .…")
    return len(stem.split()) >= 5 and len(second) > len(stem) and second.startswith(stem)


def _dedupe(body: list[Line], parts: DumpParts) -> list[Line]:
    """Drop the title repeated in the body and earlier copies of repeated lines (standfirsts)."""
    title_key = key(parts.title or "")
    keys = [key(ln.text) for ln in body]
    out = []
    for i, ln in enumerate(body):
        if title_key and keys[i] == title_key:
            parts.dropped.append(("title-repeat", ln.text))
        elif len(keys[i].split(maxsplit=2)) >= 3 and keys[i] in keys[i + 1:]:  # 3 words or more, not all split
            parts.dropped.append(("repeated-line", ln.text))
        elif i < STANDFIRST_LINES and i + 1 < len(keys) and _is_cut_copy(keys[i], keys[i + 1]):
            parts.dropped.append(("standfirst", ln.text))
        else:
            out.append(ln)
    return out


def _drop_head_credits(body: list[Line], parts: DumpParts) -> list[Line]:
    """A lone dateline place or a byline under a standfirst (`<standfirst>` / `إسطنبول` /
    `TRT عربي - وكالات`) is header furniture, not body; the byline names the author."""
    out = body[:1]
    for i, ln in enumerate(body[1:STANDFIRST_LINES + 1], start=1):
        text = ln.text
        if i < len(body) - 1 and is_label(text) and key(text) in places():
            parts.dropped.append(("dateline", text))
        elif i < len(body) - 1 and len(text.split()) <= BYLINE_MAX_WORDS and (author := parse_byline(text)):
            parts.author = parts.author or html.unescape(author)
            parts.dropped.append(("byline", text))
        else:
            out.append(ln)
    return out + body[STANDFIRST_LINES + 1:]


def _drop_tag_tail(body: list[Line], parts: DumpParts) -> list[Line]:
    """Tag lists under the article (unlabelled keyword lines) are furniture; a byline at the
    foot (`كتب: فلان`, some sites sign there) gives the author."""
    while len(body) > 1:
        text = body[-1].text
        if (is_tag_list(text) or is_label(text) or INITIALS.fullmatch(text.strip(" =*-_/"))  # `الفاشر`، `ع.ف`
                or is_masthead(text)):  # `CNN Arabic`, the site's name as footer
            parts.dropped.append(("tags", body.pop().text))
        elif cue_byline(text) and (author := parse_byline(text)) is not None:
            parts.author = parts.author or html.unescape(author)
            parts.dropped.append(("byline", body.pop().text))
        elif _LABELLED_LIST.fullmatch(text.strip()) and not text.strip().startswith("و") and is_label(
                text.split(":")[0]):  # `التصنيفات: أخبار`، `مواضيع: سوريا تركيا` (categories, topics)
            parts.dropped.append(("tags", body.pop().text))
        else:
            break
    return body


def _byline_prefix_end(text: str, byline: str) -> int:
    """End of a byline repeated at the start of the first body line (`سبق- وكالات: قال...`), else 0."""
    want = [key(t.text) for t in tokenize(byline) if t.is_word]
    toks = [t for t in tokenize(text) if t.is_word][: len(want)]
    if not want or [key(t.text) for t in toks] != want:
        return 0
    end = toks[-1].end
    while end < len(text) and (text[end].isspace() or text[end] in ":-–—ـ,،"):
        end += 1
    return end


def _join(raw: str, lines: list[Line], body: list[Line], first_cut: int, last_end: int) -> str:
    """Body lines joined by the source's own breaks, with the first/last line cuts applied."""
    pieces: list[str] = []
    for j, ln in enumerate(body):
        a = ln.start + (first_cut if j == 0 else 0)
        b = ln.start + last_end if j == len(body) - 1 else ln.end
        pieces.append(raw[a:b])
        if j == len(body) - 1:
            break
        nxt = body[j + 1]
        if nxt.index == ln.index:  # two <P> paragraphs on one source line
            pieces.append(" ")
            continue
        k = ln.index + 1
        while k < nxt.index and not lines[k].text.strip():
            k += 1
        pieces.append(raw[lines[ln.index].end:lines[k].start])
    return "".join(pieces).strip()


def _classify(lines: list[Line], repeated: frozenset[str], parts: DumpParts) -> tuple[list[Line], list[str]]:
    """Content lines and credit names; furniture is logged, a top date line read as published."""
    content, credits = [], []
    in_related = False  # under a bare `اقرأ أيضا:` header: the linked headlines follow, one a line
    after_caption_label = False
    for ln in lines:
        kind = line_kind(ln.text, repeated)
        if kind == "boilerplate" and ln.start < HEAD_CHARS and _repeated_header(ln.text, repeated):
            kind = "content"  # `دولي`, `كتب: فلان` atop many articles of a batch repeat by nature
        if kind == "content" and is_bare_link(ln.text):
            kind = "noise"
        if kind == "credit" and ln.start < HEAD_CHARS and is_section_name(ln.text):
            kind = "content"  # `الشرق الأوسط` over the headline: the region section, not the newspaper
        if kind == "content" and in_related and is_related_link(ln.text):
            kind = "related"
        if kind == "content" and after_caption_label and is_related_link(ln.text):
            kind = "caption"  # `التعليق على الصورة،` then the caption itself
        after_caption_label = kind == "boilerplate" and len(ln.text.split()) <= RELATED_HEADER_WORDS and (
            phrase_kind(ln.text) == "caption")
        in_related = kind != "blank" and (
            (kind == "related" and in_related) or (kind == "boilerplate" and is_block_header(ln.text)))
        if kind == "content":
            content.append(ln)
        elif kind != "blank":
            parts.dropped.append((kind, ln.text))
        if kind == "boilerplate" and parts.section is None and ln.start < HEAD_CHARS:
            parts.section = breadcrumb_leaf(ln.text)  # `الرئيسية > لبنان > سياسة`
        if kind == "date" and parts.published is None and ln.start < HEAD_CHARS:
            parts.published = date_line_value(ln.text) or None
        if kind == "credit" and (name := credit_name(ln.text)):
            credits.append(name)
    return content, credits


def _repeated_header(text: str, repeated: frozenset[str]) -> bool:
    """A section label or a byline that is furniture only because it repeats across the batch
    (one desk, one reporter: many articles of a source share them)."""
    if not (repeated and key(text) in repeated and line_kind(text) == "content"):
        return False
    return (is_label(text) and is_section_name(text)) or parse_byline(text) is not None


def parse_dump(raw: str, repeated: frozenset[str] = frozenset()) -> DumpParts:
    """Split a text dump into body, title, author and section (see the module docstring)."""
    parts = DumpParts()
    lines = split_lines(raw)
    pieces = lines
    if "<" in raw[:5000] and has_markup(raw):  # its tags need a <: the line-start regex skipped when none
        mk = split_markup(lines)
        pieces, parts.dropped = mk.body, mk.dropped
        parts.title, parts.author = mk.fields.get("title"), mk.fields.get("author")
        parts.section, parts.published = mk.fields.get("section"), mk.fields.get("published")
    content, credits = _classify(pieces, repeated, parts)
    start = header_tail(content, header(content, parts), parts)
    body = _drop_tag_tail(_drop_head_credits(_dedupe(content[start:], parts), parts), parts)
    if parts.author is None and credits:  # a closing credit `(رويترز)` / `المصدر: واس` names the source
        parts.author = credits[-1]  # the last: a site name atop the page is a masthead, not a credit
    if not body:
        return parts
    byline_line = next((ln.text for ln in content[:HEAD_LINES]
                        if parts.author and parse_byline(ln.text, True) == parts.author), "")
    first_cut = _byline_prefix_end(body[0].text, byline_line) if byline_line else 0
    last_end = tail_cut(body[-1].text)
    if len(body) == 1 and last_end <= first_cut:
        last_end = len(body[0].text)
    parts.text = _join(raw, lines, body, first_cut, last_end)
    if parts.author is None and (m := _CLOSING_AGENCY.search(parts.text)) and key(m.group(1)) in agencies():
        parts.author = m.group(1).strip()  # `... المساعدات. (كونا)`: the agency closing the story
    return parts
