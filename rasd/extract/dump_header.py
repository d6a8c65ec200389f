"""The head of a crawl dump: section label, headline (once, twice, or under a menu) and byline.

Read top down (`header`, then `header_tail` for what is left under the headline); the fields go
into a `DumpParts`, which `rasd.extract.dump.parse_dump` completes with the body.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from rasd.extract.byline import parse_byline, starts_with_given_name
from rasd.extract.dates import first_date
from rasd.extract.dump_section import MENU_LINES, read_section, skip_repeats
from rasd.extract.labels import (
    TITLE_MAX_WORDS,
    is_breadcrumb,
    is_caption,
    is_label,
    is_section_name,
    is_title_like,
    mostly_section_words,
    strip_title_dressing,
)
from rasd.extract.lines import Line
from rasd.extract.page_title import is_site_titled, site_byline, site_name
from rasd.extract.vocab import agencies, key, places, title_prefixes

HEAD_LINES = 8         # where a byline repeated as the body's prefix is looked for
DOUBLED_WITHIN = 4     # a headline repeated within 4 lines (byline/date between) is the page's title
TEASER_MIN_WORDS = 8  # a lead sentence, not a short label shown twice


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


def header(content: list[Line], parts: DumpParts) -> int:
    """Read section, title (and its repeat) and byline off the top; return the first body index."""
    n = len(content)
    if parts.title is not None:  # from corpus markup (<HEADLINE>)
        ci = skip_repeats(content, 0, parts.title)
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
                ci = skip_repeats(content, ci, parts.title)
            elif ci < n - 1 and is_title_like(content[ci].text):  # byline above the headline
                parts.title = html.unescape(content[ci].text).strip()
                ci = skip_repeats(content, ci + 1, content[ci].text)
    return ci


def header_tail(content: list[Line], ci: int, parts: DumpParts) -> int:
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
        elif ((author := parse_byline(text)) is not None or (author := _latin_name(text)) is not None
              or (author := _masthead_again(text, parts)) is not None):
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


def _teaser_above_headline(content: list[Line], ci: int) -> bool:
    """A lead paragraph shown above the headline and again as the body's first line (a teaser)."""
    text = content[ci].text
    k = key(text)
    return (not is_title_like(text) and len(k.split()) >= TEASER_MIN_WORDS
            and any(key(ln.text) == k for ln in content[ci + 2:ci + HEAD_LINES]))


def _unlisted_section(content: list[Line], ci: int) -> bool:
    """A one- or two-word label under the site's masthead and over the headline: the section,
    though no section list names it. A person's name (a byline over the headline) is not."""
    if not (0 < ci < len(content) - 2):  # only once a masthead was read off the top
        return False
    text, head = content[ci].text, content[ci + 1].text
    return (is_label(text) and len(text.split()) <= 2 and key(text) not in agencies()
            and not starts_with_given_name(text) and is_title_like(head) and not is_label(head)
            and parse_byline(head) is None)


def _masthead_again(text: str, parts: DumpParts) -> str | None:
    """The site's name read off the top shown again under the headline: the site signs the story."""
    k = key(text)
    words = k.split()
    sites = {key(t) for why, t in parts.dropped if why == "masthead"}
    signed = k in sites or (1 < len(words) <= 3 and words[0] in sites)  # `روداو ديجيتال` (<site> digital)
    return text.strip() if k and signed else None


def _latin_name(text: str) -> str | None:
    """`Ahmet Karaca` under an Arabic headline: a reporter's name in Latin letters."""
    s = text.strip()
    words = s.split()
    ok = 2 <= len(words) <= 4 and all(
        w.isalpha() and w.isascii() and w[0].isupper() and not w.isupper() for w in words)
    return s if ok else None


def _doubled_headline(content: list[Line], ci: int) -> int | None:
    """Index of a headline shown twice near the top (page title, then on-page headline), if any."""
    keys = [key(ln.text) for ln in content[ci:ci + HEAD_LINES]]
    for j, k in enumerate(keys[:DOUBLED_WITHIN]):
        if len(k.split()) >= 3 and k in keys[j + 1:j + 1 + DOUBLED_WITHIN] and is_title_like(content[ci + j].text):
            return ci + j
    return None


def _title(content: list[Line], parts: DumpParts) -> int:
    """Read section label(s) and the headline (once or repeated) off the top; the index after."""
    ci, n = read_section(content, parts), len(content)
    while ci < n - 2 and _teaser_above_headline(content, ci):
        parts.dropped.append(("teaser", content[ci].text))
        ci += 1
    doubled = _doubled_headline(content, ci)
    if doubled is not None and doubled > ci:  # labels above a doubled headline are menus or the section
        labels = [ln.text.strip() for ln in content[ci:doubled] if is_label(ln.text) and mostly_section_words(ln.text)]
        parts.section = parts.section or (labels[-1] if labels else None)  # the nearest label; menus sit above
        parts.dropped += [("menu", ln.text) for ln in content[ci:doubled]]
        ci = doubled
    if _unlisted_section(content, ci):  # `سودانية` (Sudanese) over the headline: a section no list knows
        parts.section = parts.section or content[ci].text.strip()
        ci += 1
    headline_like = ci < n - 2 and len(content[ci].text.split()) <= TITLE_MAX_WORDS and parse_byline(
        content[ci + 1].text) is not None  # a headline ending in a full stop, a byline under it
    if (ci < n - 1 and (is_title_like(content[ci].text) or headline_like)
            and parse_byline(content[ci].text) is None):
        page_title = html.unescape(content[ci].text).strip()
        parts.title = strip_title_dressing(strip_title_prefix(page_title))
        ci = skip_repeats(content, ci + 1, content[ci].text)
        if ci < n - 1 and is_site_titled(parts.title, content[ci].text):
            parts.title = html.unescape(content[ci].text).strip()  # the on-page headline, no site name
            parts.site = site_name(page_title, parts.title)
            ci = skip_repeats(content, ci + 1, content[ci].text)
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
        menu = {key(ln.text) for ln in content[ci:j - 1]}
        if j - ci >= 2 and key(content[j - 1].text) in menu:  # the menu, then one of its items again: the section
            labels.append(content[j - 1].text.strip())
        parts.section = parts.section or (labels[-1] if labels else None)
        parts.dropped += [("menu", ln.text) for ln in content[ci:j]]
        parts.title = html.unescape(content[j].text).strip()
        parts.site = site_name(page_title, parts.title)
        return skip_repeats(content, j + 1, content[j].text)
    return ci


def _dateline(text: str) -> bool:
    """A byline (الدوحة - قنا، كتب محمد سعيد), not a menu item a byline could read (روسيا، الشرق الأوسط)."""
    return parse_byline(text) is not None and len(text.split()) >= 2 and not is_section_name(text)
