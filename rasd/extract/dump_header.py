"""The head of a crawl dump: section label, headline (once, twice, or under a menu) and byline.

Read top down (`header`, then `header_tail` for what is left under the headline); the fields go
into a `DumpParts`, which `rasd.extract.dump.parse_dump` completes with the body.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from rasd.extract.byline import parse_byline, starts_with_given_name
from rasd.extract.dates import first_date
from rasd.extract.labels import (
    TITLE_MAX_WORDS,
    is_breadcrumb,
    is_caption,
    is_label,
    is_masthead,
    is_section_name,
    is_site_token,
    is_title_like,
    is_topic_crumb,
    mostly_section_words,
    strip_title_dressing,
)
from rasd.extract.lines import Line
from rasd.extract.page_title import is_site_titled, site_byline, site_name
from rasd.extract.vocab import agencies, key, places, title_prefixes

HEAD_LINES = 8         # where a byline repeated as the body's prefix is looked for
MAX_SECTION_LINES = 2  # section + subsection; more stacked labels are a menu
DOUBLED_WITHIN = 4     # a headline repeated within 4 lines (byline/date between) is the page's title
TEASER_MIN_WORDS = 8  # a lead sentence, not a short label shown twice
MENU_LINES = 10        # one-word menu lines between a page title and its on-page headline


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
    while ci < n - 2 and (is_masthead(content[ci].text) or (ci == 0 and (
            is_site_token(content[0].text) or _site_over_section(content)))
            or _second_site_token(content, ci)):
        parts.dropped.append(("masthead", content[ci].text))
        ci = skip_repeats(content, ci + 1, content[ci].text)  # the site's name twice (logo, then title)
    start = ci
    if ci < n - 2 and (desk := _site_section(content[ci].text, [ln.text for ln in content[:ci]])):
        parts.dropped.append(("section", content[ci].text))  # `الأيام - محليات` (the paper - local news)
        parts.section = given or desk
        ci += 1
        start = ci
    active = _active_menu_item(content, ci)
    if active is not None:  # a vertical menu, its active item shown again over the headline: the section
        parts.dropped += [("menu", ln.text) for ln in content[ci:active]]
        parts.section = given or content[active].text.strip()
        return active + 1
    if ci < n - 2 and (is_breadcrumb(content[ci].text) or is_topic_crumb(content[ci].text)) and is_title_like(
            content[ci + 1].text) and not is_label(content[ci + 1].text):  # `الدول العربية, سوريا`
        parts.section = given or content[ci].text.strip()
        return ci + 1
    while ci < n - 2 and is_label(content[ci].text) and _not_byline_here(content, ci) and (
            is_section_name(content[ci].text)
            or ((mostly_section_words(content[ci].text) or key(content[ci].text) in places())  # `ليبيا`
                and is_title_like(content[ci + 1].text)
                and not is_label(content[ci + 1].text) and _headline_follows(content, ci + 1))):
        parts.section = content[ci].text.strip()
        ci += 1
    if ci - start > MAX_SECTION_LINES:  # a vertical menu (أخبار / سياسة / اقتصاد ...), not the page's section
        parts.dropped += [("menu", ln.text) for ln in content[start:ci]]
        parts.section = None
    parts.section = given or parts.section  # a <CAT> tag outranks a label line
    return ci


def _headline_follows(content: list[Line], ci: int) -> bool:
    """Line `ci` is the headline, or a byline with the headline under it (`المصدر: أبوظبي - ...`)."""
    if parse_byline(content[ci].text) is None:
        return True
    if ci + 1 >= len(content):
        return False
    nxt = content[ci + 1].text
    return is_title_like(nxt) and not is_label(nxt) and parse_byline(nxt) is None


def _site_section(text: str, mastheads: list[str]) -> str | None:
    """The section of a `<site> - <section>` line (`الأيام - محليات`), the site named above or known."""
    m = _SITE_DASH.fullmatch(text.strip())
    if not m or not is_section_name(m.group(2)):
        return None
    site = key(m.group(1))
    known = site in agencies() or is_masthead(m.group(1)) or any(site in key(t) for t in mastheads)
    return m.group(2).strip() if known else None


_SITE_DASH = re.compile(r"([^-–—|]{2,30}?)\s+[-–—|]\s+([^-–—|]{2,30})")


def _site_over_section(content: list[Line]) -> bool:
    """`سودان تربيون` / `أخبار` / headline: a short name over a section label over the headline: the site."""
    top, label, head = (ln.text for ln in content[:3])
    # `الأخبار` names a paper and a section alike; `رأي اليوم` (a paper) has a section word in it:
    # the label under it, not the name, is the section
    site = key(top) in agencies() or (
        not is_section_name(top) and key(top) not in places() and parse_byline(top) is None)
    return (is_label(top) and len(top.split()) <= 3 and site and is_label(label)
            and mostly_section_words(label)
            and ((is_title_like(head) and not is_label(head)) or parse_byline(head) is not None))


def _second_site_token(content: list[Line], ci: int) -> bool:
    """`Rudaw.net` / `روداو` / `العراق`: the site's name in a second script under its first, over a
    section or country label (a lone token over the headline may be the section itself)."""
    if ci == 0 or ci >= len(content) - 2 or not is_site_token(content[ci].text):
        return False
    label = content[ci + 1].text
    return is_label(label) and (is_section_name(label) or key(label) in places())


def _active_menu_item(content: list[Line], ci: int) -> int | None:
    """Index of a vertical menu's item repeated right above the headline (`سياسة / أمن / اقتصاد /
    أمن` then the headline: the page is in أمن, security), None when the top is no such menu."""
    seen: list[str] = []
    for j in range(ci, min(len(content) - 1, ci + MENU_LINES)):
        text = content[j].text
        if not is_label(text) or len(text.split()) > 2:
            return None
        if len(seen) >= 2 and key(text) in seen and is_title_like(content[j + 1].text) and not is_label(
                content[j + 1].text):
            return j
        seen.append(key(text))
    return None


def _not_byline_here(content: list[Line], ci: int) -> bool:
    """Not a byline, or a section name right above a headline (`الشرق الأوسط`: region or newspaper)."""
    text = content[ci].text
    return parse_byline(text) is None or (is_section_name(text) and is_title_like(content[ci + 1].text)
                                          and parse_byline(content[ci + 1].text) is None)


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
    ci, n = _section(content, parts), len(content)
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


def skip_repeats(content: list[Line], ci: int, text: str) -> int:
    """Skip lines that repeat `text` (a headline shown twice)."""
    k = key(html.unescape(text))
    while ci < len(content) and key(html.unescape(content[ci].text)) in (k, key(text)):
        ci += 1
    return ci
