"""A page title and its on-page headline: which is the site's name, and bylines that open with it.

Crawled pages often title themselves `<headline> - <site>` or `<site> | <headline>` and show the
headline again below their menu; the difference between the two is the site's name, which may
also open the byline (`الأطلس بريس - يوسف بنعلي`: the site, then its reporter).
"""
from __future__ import annotations

from rasd.extract.byline import parse_byline
from rasd.extract.vocab import key


def site_name(page_title: str, headline: str) -> str | None:
    """What the page title adds to the headline, separators aside: the site's name."""
    at = page_title.find(headline)
    if at < 0:
        return None
    rest = (page_title[:at] + " " + page_title[at + len(headline):]).strip(" -–—|:")
    return rest if 0 < len(rest.split()) <= 4 else None


def site_byline(text: str, site: str | None) -> str | None:
    """The author of a byline that opens with the site's name: `الأطلس بريس - يوسف بنعلي`."""
    if not site or not key(text).startswith(key(site) + " "):
        return None
    rest = text.strip()[len(site):].lstrip(" -–—|:،,") if text.strip().startswith(site) else ""
    return parse_byline(rest, lenient=True) if rest else None


def is_site_titled(page_title: str, headline: str) -> bool:
    """`<headline> - <site>` or `<site> | <headline>` then `<headline>`: the page title carries the
    site's name."""
    a, b = key(page_title), key(headline)
    if len(b.split()) < 3 or len(a) <= len(b):
        return False
    return (a.startswith(b) and not a[len(b)].isalnum()) or (a.endswith(b) and not a[-len(b) - 1].isalnum())
