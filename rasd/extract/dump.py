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
from dataclasses import dataclass, field

from rasd.arabic import tokenize
from rasd.extract.byline import INITIALS, cue_byline, parse_byline
from rasd.extract.dates import first_date
from rasd.extract.labels import (
    RELATED_HEADER_WORDS,
    TITLE_MAX_WORDS,
    breadcrumb_leaf,
    is_block_header,
    is_breadcrumb,
    is_caption,
    is_label,
    is_masthead,
    is_related_link,
    is_section_name,
    is_site_token,
    is_tag_list,
    is_title_like,
    mostly_section_words,
    strip_title_dressing,
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
from rasd.extract.page_title import is_site_titled, site_byline, site_name
from rasd.extract.vocab import agencies, key, places, title_prefixes

HEAD_CHARS = 600      # a page's own date line sits above or at the top of the article
STANDFIRST_LINES = 3   # a standfirst sits among the first lines of the body
HEAD_LINES = 8         # where a byline repeated as the body's prefix is looked for
MAX_SECTION_LINES = 2  # section + subsection; more stacked labels are a menu
DOUBLED_WITHIN = 4     # a headline repeated within 4 lines (byline/date between) is the page's title
MENU_LINES = 10        # one-word menu lines between a page title and its on-page headline
_CLOSING_AGENCY = re.compile(r"[.!؟?»\"]\s*\(([^()]{2,25})\)\s*$")


@dataclass(slots=True)
class DumpParts:
    """What a dump holds: body text and the header fields found above it."""

    text: str = ""
    title: str | None = None
    author: str | None = None
    section: str | None = None
    published: str | None = None  # from a date line above or in the article (`الخميس 11 أبريل 2024`)
    site: str | None = None  # the site's name, when the page title carries it beside the headline
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (why, line) for inspection


def strip_title_prefix(title: str) -> str:
    """Drop a masthead a crawler glued before the headline: `الخبر <headline>` → `<headline>`."""
    words = title.split()
    for n in (3, 2, 1):
        if len(words) - n >= 4 and key(" ".join(words[:n])) in title_prefixes():
            return title.split(None, n)[n]
    return title


def _section(content: list[Line], parts: DumpParts) -> int:
    """Read the section label(s) off the top; return the index after them."""
    ci, n, given = 0, len(content), parts.section
    while ci < n - 2 and (is_masthead(content[ci].text) or (ci == 0 and is_site_token(content[0].text))):
        parts.dropped.append(("masthead", content[ci].text))
        ci += 1
    start = ci
    while ci < n - 2 and is_label(content[ci].text) and _not_byline_here(content, ci) and (
            is_section_name(content[ci].text)
            or ((mostly_section_words(content[ci].text) or key(content[ci].text) in places())  # `ليبيا`
                and is_title_like(content[ci + 1].text)
                and not is_label(content[ci + 1].text) and parse_byline(content[ci + 1].text) is None)):
        parts.section = content[ci].text.strip()
        ci += 1
    if ci - start > MAX_SECTION_LINES:  # a vertical menu (أخبار / سياسة / اقتصاد ...), not the page's section
        parts.dropped += [("menu", ln.text) for ln in content[start:ci]]
        parts.section = None
    parts.section = given or parts.section  # a <CAT> tag outranks a label line
    return ci


def _not_byline_here(content: list[Line], ci: int) -> bool:
    """Not a byline, or a section name right above a headline (`الشرق الأوسط`: region or newspaper)."""
    text = content[ci].text
    return parse_byline(text) is None or (is_section_name(text) and is_title_like(content[ci + 1].text)
                                          and parse_byline(content[ci + 1].text) is None)


def _header(content: list[Line], parts: DumpParts) -> int:
    """Read section, title (and its repeat) and byline off the top; return the first body index."""
    n = len(content)
    if parts.title is not None:  # from corpus markup (<HEADLINE>)
        ci = _skip_repeats(content, 0, parts.title)
    else:
        ci = _title(content, parts)
    if ci < n - 1:
        author = parse_byline(content[ci].text, lenient=parts.title is not None) or site_byline(
            content[ci].text, parts.site)
        if author and parts.author is None:
            parts.author = html.unescape(author)
            parts.published = parts.published or first_date(content[ci].text)  # `بقلم: فلان | 14 مارس 2024`
        if author:
            ci += 1
            if parts.title:
                ci = _skip_repeats(content, ci, parts.title)
            elif ci < n - 1 and is_title_like(content[ci].text):  # byline above the headline
                parts.title = html.unescape(content[ci].text).strip()
                ci = _skip_repeats(content, ci + 1, content[ci].text)
    return ci


def _header_tail(content: list[Line], ci: int, parts: DumpParts) -> int:
    """Header lines left under the headline (in any order): section, lone place, byline, headline repeat."""
    n, title_key = len(content), key(parts.title or "")
    for _ in range(HEAD_LINES):
        if ci >= n - 1:
            break
        text = content[ci].text
        if key(text) == title_key:
            parts.dropped.append(("title-repeat", text))
        elif is_label(text) and key(text) in places():  # `مقديشو`: a dateline on its own line
            parts.dropped.append(("dateline", text))
        elif (is_label(text) and is_section_name(text)) or is_breadcrumb(text):
            parts.section = parts.section or text.strip()
            parts.dropped.append(("section", text))
        elif (author := parse_byline(text)) is not None:
            parts.author = parts.author or html.unescape(author)
            parts.dropped.append(("byline", text))
        elif parts.title and is_caption(text, content[ci + 1].text):  # `الوزير خلال الاجتماع`
            parts.dropped.append(("caption", text))
        elif parts.title and is_title_like(text) and parse_byline(content[ci + 1].text) is not None:
            parts.dropped.append(("subtitle", text))  # a second headline between headline and byline
        else:
            break
        ci += 1
    return ci


def _doubled_headline(content: list[Line], ci: int) -> int | None:
    """Index of a headline shown twice near the top (page title, then on-page headline), if any."""
    keys = [key(ln.text) for ln in content[ci:ci + HEAD_LINES]]
    for j, k in enumerate(keys[:DOUBLED_WITHIN]):
        if len(k.split()) >= 3 and k in keys[j + 1:j + 1 + DOUBLED_WITHIN] and is_title_like(content[ci + j].text):
            return ci + j
    return None


def _title(content: list[Line], parts: DumpParts) -> int:
    """Read section label(s) and the headline (once or repeated) off the top; the index after."""
    ci, n = _section(content, parts), len(content)
    doubled = _doubled_headline(content, ci)
    if doubled is not None and doubled > ci:  # labels above a doubled headline are menus or the section
        labels = [ln.text.strip() for ln in content[ci:doubled] if is_label(ln.text) and mostly_section_words(ln.text)]
        parts.section = parts.section or (labels[-1] if labels else None)  # the nearest label; menus sit above
        parts.dropped += [("menu", ln.text) for ln in content[ci:doubled]]
        ci = doubled
    headline_like = ci < n - 2 and len(content[ci].text.split()) <= TITLE_MAX_WORDS and parse_byline(
        content[ci + 1].text) is not None  # a headline ending in a full stop, a byline under it
    if (ci < n - 1 and (is_title_like(content[ci].text) or headline_like)
            and parse_byline(content[ci].text) is None):
        page_title = html.unescape(content[ci].text).strip()
        parts.title = strip_title_dressing(strip_title_prefix(page_title))
        ci = _skip_repeats(content, ci + 1, content[ci].text)
        if ci < n - 1 and is_site_titled(parts.title, content[ci].text):
            parts.title = html.unescape(content[ci].text).strip()  # the on-page headline, no site name
            parts.site = site_name(page_title, parts.title)
            ci = _skip_repeats(content, ci + 1, content[ci].text)
        else:
            ci = _headline_under_menu(content, ci, page_title, parts)
    return ci


def _headline_under_menu(content: list[Line], ci: int, page_title: str, parts: DumpParts) -> int:
    """`<headline> - <site>`, a vertical menu, then `<headline>` again: the menu's lines are
    dropped (its last section word is the section), the on-page headline is the title."""
    for j in range(ci, min(len(content) - 1, ci + MENU_LINES)):
        if not is_site_titled(page_title, content[j].text) and key(content[j].text) != key(page_title):
            if is_label(content[j].text) and not _dateline(content[j].text):
                continue
            return ci  # a line that is neither menu nor the headline (a byline, text): no menu here
        if j == ci:
            return ci
        labels = [ln.text.strip() for ln in content[ci:j] if mostly_section_words(ln.text)]
        parts.section = parts.section or (labels[-1] if labels else None)
        parts.dropped += [("menu", ln.text) for ln in content[ci:j]]
        parts.title = html.unescape(content[j].text).strip()
        parts.site = site_name(page_title, parts.title)
        return _skip_repeats(content, j + 1, content[j].text)
    return ci


def _dateline(text: str) -> bool:
    """A byline (الدوحة - قنا، كتب محمد سعيد), not a menu item a byline could read (روسيا، الشرق الأوسط)."""
    return parse_byline(text) is not None and len(text.split()) >= 2 and not is_section_name(text)


def _skip_repeats(content: list[Line], ci: int, text: str) -> int:
    """Skip lines that repeat `text` (a headline shown twice)."""
    k = key(html.unescape(text))
    while ci < len(content) and key(html.unescape(content[ci].text)) in (k, key(text)):
        ci += 1
    return ci


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
        elif len(keys[i].split()) >= 3 and keys[i] in keys[i + 1:]:
            parts.dropped.append(("repeated-line", ln.text))
        elif i < STANDFIRST_LINES and i + 1 < len(keys) and _is_cut_copy(keys[i], keys[i + 1]):
            parts.dropped.append(("standfirst", ln.text))
        else:
            out.append(ln)
    return out


def _drop_tag_tail(body: list[Line], parts: DumpParts) -> list[Line]:
    """Tag lists under the article (unlabelled keyword lines) are furniture; a byline at the
    foot (`كتب: فلان`, some sites sign there) gives the author."""
    while len(body) > 1:
        text = body[-1].text
        if is_tag_list(text) or is_label(text) or INITIALS.fullmatch(text.strip()):  # `الفاشر`، `ع.ف`
            parts.dropped.append(("tags", body.pop().text))
        elif cue_byline(text) and (author := parse_byline(text)) is not None:
            parts.author = parts.author or html.unescape(author)
            parts.dropped.append(("byline", body.pop().text))
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
    if has_markup(raw):
        mk = split_markup(lines)
        pieces, parts.dropped = mk.body, mk.dropped
        parts.title, parts.author = mk.fields.get("title"), mk.fields.get("author")
        parts.section, parts.published = mk.fields.get("section"), mk.fields.get("published")
    content, credits = _classify(pieces, repeated, parts)
    start = _header_tail(content, _header(content, parts), parts)
    body = _drop_tag_tail(_dedupe(content[start:], parts), parts)
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
