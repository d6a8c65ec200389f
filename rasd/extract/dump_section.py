"""The top of a crawl dump above the headline: the site's name, a `<site> - <section>` line, a
vertical menu with its active item, breadcrumbs and section labels (`سياسة`, `الدول العربية, سوريا`).

`dump_header.header` calls `read_section` first; the section found goes into `DumpParts.section`.
"""
from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from rasd.extract.byline import parse_byline
from rasd.extract.labels import (
    is_breadcrumb,
    is_label,
    is_masthead,
    is_section_name,
    is_site_token,
    is_title_like,
    is_topic_crumb,
    mostly_section_words,
)
from rasd.extract.lines import Line
from rasd.extract.vocab import agencies, key, places

if TYPE_CHECKING:
    from rasd.extract.dump_header import DumpParts

MAX_SECTION_LINES = 2  # section + subsection; more stacked labels are a menu
MENU_LINES = 10        # one-word menu lines between a page title and its on-page headline


def read_section(content: list[Line], parts: "DumpParts") -> int:
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


def skip_repeats(content: list[Line], ci: int, text: str) -> int:
    """Skip lines that repeat `text` (a headline shown twice)."""
    k = key(html.unescape(text))
    while ci < len(content) and key(html.unescape(content[ci].text)) in (k, key(text)):
        ci += 1
    return ci
