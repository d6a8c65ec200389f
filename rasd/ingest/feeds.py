"""RSS/Atom feeds, OPML feed lists and sitemaps → the article pages they point to."""
from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from rasd.errors import FetchError
from rasd.ingest.dates import parse_source_date
from rasd.ingest.decode import DecodeError, decode_bytes
from rasd.ingest.fetch import Fetcher
from rasd.ingest.records import InputProblem, Item
from rasd.model import RawInput

MAX_ENTRIES = 500      # per feed or sitemap, newest first as the feed lists them
MAX_SITEMAP_DEPTH = 2  # a sitemap index may point to sitemaps, not further


@dataclass(frozen=True, slots=True)
class Link:
    """An article a feed or sitemap points to."""

    url: str
    published: str | None = None
    title: str | None = None


class FeedState(Protocol):
    """Where conditional-GET validators of each feed are kept between polls."""

    def validators(self, url: str) -> tuple[str | None, str | None]: ...
    def remember(self, url: str, etag: str | None, last_modified: str | None, status: int) -> None: ...


def doc_id_for(url: str) -> str:
    """A stable id for a fetched page: the same URL always gives the same id."""
    return "url:" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def parse_feed(content: bytes, where: str) -> list[Link]:
    """Entries of an RSS/Atom feed; a feed with no entries and a parse error is an error."""
    import feedparser

    parsed = feedparser.parse(content)
    links = []
    for e in parsed.entries[:MAX_ENTRIES]:
        url = e.get("link")
        if url:
            date = e.get("published") or e.get("updated")
            links.append(Link(url, parse_source_date(date) if date else None, e.get("title")))
    if parsed.bozo and not links:
        raise FetchError(f"{where}: not a readable feed ({parsed.get('bozo_exception')})")
    return links


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(content: bytes, where: str) -> tuple[list[Link], list[str]]:
    """(article links, child sitemaps) of a sitemap or sitemap index, news dates included."""
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise FetchError(f"{where}: not a readable sitemap ({exc})") from None
    links, children = [], []
    for node in root:
        fields = {_local(c.tag): (c.text or "").strip() for c in node.iter()}
        if not fields.get("loc"):
            continue
        if _local(root.tag) == "sitemapindex":
            children.append(fields["loc"])
        else:
            date = fields.get("publication_date") or fields.get("lastmod")
            links.append(Link(fields["loc"], parse_source_date(date) if date else None, fields.get("title")))
    return links[:MAX_ENTRIES], children


def is_sitemap(content: bytes) -> bool:
    head = content[:2048].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def feed_urls_from_file(path: Path) -> list[str]:
    """Feed URLs from an OPML file (xmlUrl of every outline) or a text file (one URL a line)."""
    data = path.read_bytes()
    if b"<opml" in data[:4096].lower():
        try:
            root = ET.fromstring(data)
        except ET.ParseError as exc:
            raise FetchError(f"{path}: not a readable OPML file ({exc})") from None
        return [o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")]
    lines = data.decode("utf-8", "replace").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.strip().startswith("#")]


def read_url(url: str, fetcher: Fetcher, seen: Callable[[str], bool] = lambda _: False,
             state: FeedState | None = None) -> Iterator[Item]:
    """A feed or sitemap URL → one RawInput per new article page; failures as problems."""
    try:
        etag, modified = state.validators(url) if state else (None, None)
        resp = fetcher.get(url, etag, modified)
        if state:
            state.remember(url, resp.headers.get("etag"), resp.headers.get("last-modified"), resp.status)
        if resp.not_modified:
            return
        if resp.status >= 400:
            raise FetchError(f"{url}: HTTP {resp.status}")
        links = _links(resp.content, url, fetcher, depth=0)
    except FetchError as exc:
        yield InputProblem(url, str(exc).removeprefix(f"{url}: "), "unreadable")
        return
    for link in links:
        if not seen(link.url):
            yield fetch_page(link, fetcher, origin=url)


def _links(content: bytes, url: str, fetcher: Fetcher, depth: int) -> list[Link]:
    if not is_sitemap(content):
        return parse_feed(content, url)
    links, children = parse_sitemap(content, url)
    for child in children if depth < MAX_SITEMAP_DEPTH else []:
        resp = fetcher.get(child)
        if resp.status < 400:
            links += _links(resp.content, child, fetcher, depth + 1)
    return links[:MAX_ENTRIES]


def fetch_page(link: Link, fetcher: Fetcher, origin: str) -> Item:
    """One article page as an HTML RawInput, or a problem naming the URL."""
    try:
        resp = fetcher.get(link.url)
        if resp.status >= 400:
            raise FetchError(f"{link.url}: HTTP {resp.status}")
        ctype = resp.headers.get("content-type", "text/html")
        if "html" not in ctype and "xml" not in ctype:
            raise FetchError(f"{link.url}: not an HTML page ({ctype})")
        charset = ctype.split("charset=")[-1].strip() if "charset=" in ctype else None
        html = decode_bytes(resp.content, charset).text
    except (FetchError, DecodeError) as exc:
        return InputProblem(link.url, str(exc).removeprefix(f"{link.url}: "), "unreadable")
    return RawInput(id=doc_id_for(link.url), raw=html, kind="html", url=link.url, published=link.published,
                    origin=origin, title=None)
