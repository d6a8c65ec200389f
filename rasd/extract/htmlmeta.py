"""What an HTML page says about its article: meta tags, JSON-LD, and the lines under the headline.

rasd reads these itself because site chrome misleads generic extractors: a
header "today's date" widget, related-link dates and copyright years carry other
dates; columnist boxes carry other names. Only the article's own metadata and
the lines right under its headline are trusted.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from lxml.html import HtmlElement

# Ancestors whose text is chrome, not the article's head (by class or id).
_CHROME = re.compile(
    r"copyright|footer|related|widget|today|sidebar|comment|(?<![a-z])nav|menu|breadcrumb|"
    r"(?<![a-z])tags?(?![a-z])|share|social|most-?read|trending|popular|site-?header|masthead|"
    r"top-?bar|ticker|"
    r"newsletter|subscribe|advert|(?<![a-z])ads?(?![a-z])|promo|weather|clock",
    re.I)
_BLOCK = frozenset("p div li h1 h2 h3 h4 h5 h6 section header article td figure figcaption ul ol "
                   "blockquote address time table tr body".split())
_SKIP = frozenset(["script", "style", "noscript", "template", "svg", "button", "select", "form"])
NEAR_NODES = 80  # text nodes read after the headline; article heads seen fit in ~30
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished", "published_time",
                   "dc:date", "dc.date.issued", "dc.date", "dcterms.date", "pubdate", "publishdate",
                   "publish-date", "parsely-pub-date", "sailthru.date", "date")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")
_SECTION_KEYS = ("article:section", "articlesection", "section", "parsely-section", "category")


_DATE_PROPS = '//*[@itemprop="datePublished" or @property="dc:date" or @property="datePublished"]'


def meta_values(tree: HtmlElement) -> dict[str, str]:
    """<meta> values keyed by lower-cased property/name/itemprop (first wins)."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        name, value = el.get("property") or el.get("name") or el.get("itemprop"), el.get("content")
        if name and value:
            out.setdefault(name.lower().strip(), value.strip())
    return out


def microdata_date(tree: HtmlElement) -> str | None:
    """A datePublished / dc:date value on a non-meta element (`<span property="dc:date" content=…>`)."""
    for el in tree.xpath(_DATE_PROPS):
        if value := el.get("content") or el.get("datetime"):
            return value.strip()
    return None


def _walk(obj: Any) -> Iterator[dict[str, Any]]:
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from _walk(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v)


def jsonld(tree: HtmlElement) -> dict[str, str]:
    """datePublished, author and articleSection of the page's JSON-LD article, if any."""
    out: dict[str, str] = {}
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "") or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for node in _walk(data):
            if "datePublished" in node or "articleSection" in node:
                _take_jsonld(node, out)
    return out


def _take_jsonld(node: dict[str, Any], out: dict[str, str]) -> None:
    if isinstance(node.get("datePublished"), str):
        out.setdefault("datepublished", node["datePublished"])
    section = node.get("articleSection")
    if isinstance(section, list) and section:
        section = section[0]
    if isinstance(section, str) and section.strip():
        out.setdefault("articlesection", section.strip())
    author = node.get("author")
    if isinstance(author, list) and author:
        author = author[0]
    if isinstance(author, dict):
        author = author.get("name")
    if isinstance(author, str) and author.strip():
        out.setdefault("author", author.strip())


def first_of(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The first non-empty value among `keys`."""
    return next((values[k] for k in keys if values.get(k)), None)


def published_meta(values: dict[str, str]) -> str | None:
    """The publication timestamp the page's metadata declares."""
    return first_of(values, _PUBLISHED_KEYS)


def author_meta(values: dict[str, str]) -> str | None:
    """The metadata author, unless it is a profile URL or a social handle."""
    value = first_of(values, _AUTHOR_KEYS)
    return None if value is None or "://" in value or value.startswith("@") else value


def section_meta(values: dict[str, str]) -> str | None:
    """The section the page's metadata declares (article:section, JSON-LD articleSection)."""
    return first_of(values, _SECTION_KEYS)


_TITLE_SITE = re.compile(r"\s+[|\-–—:»]\s+[^|\-–—:»]{2,40}$")


def title_of(tree: HtmlElement, values: dict[str, str]) -> str | None:
    """The headline: og:title or twitter:title, else the single h1, else <title> minus the site name."""
    for k in ("og:title", "twitter:title", "headline", "title"):
        if values.get(k):
            return strip_site_name(values[k], values.get("og:site_name"))
    h1s = list(tree.iter("h1"))
    if len(h1s) == 1 and h1s[0].text_content().strip():
        return h1s[0].text_content()
    el = tree.find(".//title")
    text = el.text_content().strip() if el is not None else ""
    return _TITLE_SITE.sub("", text) or None


def strip_site_name(title: str, site: str | None) -> str:
    """`وزير يزور المعبر - موقع الأنباء` → `وزير يزور المعبر` when the tail is the site's name."""
    m = _TITLE_SITE.search(title)
    if site and m and m.group().strip(" |-–—:»").strip() == site.strip():
        return title[: m.start()]
    return title


def headline(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The article's headline element: an h1 sharing words with the title, else the first h1."""
    h1s = list(tree.iter("h1"))
    if title:
        words = set(title.split())
        for h in h1s:
            if len(words & set(h.text_content().split())) >= max(1, len(words) // 2):
                return h
    return h1s[0] if h1s else None


def _is_chrome(el: HtmlElement, seen: dict[HtmlElement, bool] | None = None) -> bool:
    """True inside script/style or an element whose class/id names page furniture."""
    seen = {} if seen is None else seen
    path: list[HtmlElement] = []
    node: HtmlElement | None = el
    verdict = False
    while node is not None and node.tag != "body":
        if node in seen:
            verdict = seen[node]
            break
        path.append(node)
        if node.tag in _SKIP or not isinstance(node.tag, str) or _chrome_name(
                f"{node.get('class', '')} {node.get('id', '')}"):
            verdict = True
            break
        node = node.getparent()
    for n in path:  # every node walked shares the verdict of the first decided ancestor
        seen[n] = verdict
    return verdict


# Pages repeat a few class names on every node: the regex ran 22k times for 183 pages
# (a third of the headline-to-body walk, cProfile); each distinct name is tried once.
@lru_cache(maxsize=4096)
def _chrome_name(class_and_id: str) -> bool:
    return _CHROME.search(class_and_id) is not None


_CATEGORY = re.compile(r"categ|section|kicker|rubri|label", re.I)


@lru_cache(maxsize=4096)
def _category_name(class_and_id: str) -> bool:
    return _CATEGORY.search(class_and_id) is not None


def category_before(anchor: HtmlElement, limit: int = 12) -> str | None:
    """A category label printed just above the headline (`<div class="category">محليات</div>`)."""
    for node in reversed(anchor.xpath(f"preceding::text()[normalize-space()][position() <= {limit}]")):
        el = node.getparent()
        while el is not None and el.tag != "body":
            if _category_name(f"{el.get('class', '')} {el.get('id', '')}") and not _is_chrome(el):
                text = " ".join(str(node).split())
                return text if 0 < len(text.split()) <= 4 else None
            el = el.getparent()
    return None


_CRUMBS = '//*[contains(@class, "breadcrumb") or contains(@id, "breadcrumb")]'
_HOME = frozenset({"الرئيسية", "الصفحة الرئيسية", "home", "accueil"})


def breadcrumb_section(tree: HtmlElement, title: str | None) -> str | None:
    """The last breadcrumb before the article (`الرئيسية » أخبار مصر » محافظات` → `محافظات`)."""
    for trail in tree.xpath(_CRUMBS)[:1]:
        items = [" ".join(a.text_content().split()) for a in trail.iter("a", "span", "li")]
        items = [i for i in items if i and i.lower() not in _HOME and i != (title or "").strip()
                 and len(i.split()) <= 4]
        return items[-1] if items else None
    return None


def lines_after(anchor: HtmlElement, limit: int = NEAR_NODES) -> list[tuple[str, HtmlElement]]:
    """Text lines (grouped by block element) that follow the headline, chrome skipped."""
    lines: list[tuple[str, HtmlElement]] = []
    keys: dict[int, int] = {}
    seen: dict[HtmlElement, bool] = {}
    for node in anchor.xpath(f"following::text()[normalize-space()][position() <= {limit}]"):
        el = node.getparent()
        if el is None or _is_chrome(el, seen):
            continue
        block = el  # a classed span is its own line (`<span class="writer">كتب: …</span>`)
        while block.getparent() is not None and block.tag not in _BLOCK and not block.get("class"):
            block = block.getparent()
        text = " ".join(str(node).split())
        if id(block) in keys:
            i = keys[id(block)]
            lines[i] = (lines[i][0] + " " + text, lines[i][1])
        else:
            keys[id(block)] = len(lines)
            lines.append((text, el))
    return lines
