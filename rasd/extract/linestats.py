"""Lines repeated across many articles of one source are page furniture.

A footer or promo line that a site prints under every article (`حمّل تطبيقنا
الآن`: download our app now) may use words no list knows; seen in most
articles of a source, it is boilerplate all the same. `learn_repeated_lines`
counts, per source, in how many articles each line occurs; `CleanArticle`
takes the result and drops those lines from dumps of that source.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import PurePath
from urllib.parse import urlsplit

from rasd.extract.lines import split_lines
from rasd.extract.vocab import key
from rasd.model import RawInput

MIN_DOCS = 3          # a line seen in fewer articles may be a quote shared by two stories
MIN_SHARE = 0.3       # ... and it must be in this share of the source's articles
MIN_SOURCE_DOCS = 5   # below this a source gives no reliable statistics


def source_of(url: str | None, origin: str | None) -> str:
    """The source an article belongs to: its URL's host, else the file it came from
    (records of one JSONL or SGML file), else the folder of a one-article file."""
    if url:
        host = urlsplit(url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    origin = origin or ""
    base = origin.split("#")[0]
    head, sep, line = base.rpartition(":")
    if sep and line.isdigit():
        return head                     # file.jsonl:LINE → the file
    if "#" in origin:
        return base                     # file.sgml#DOCNO → the file
    return str(PurePath(origin).parent)  # a .txt/.html article → its folder


class LineCounter:
    """Counts, per source, in how many text articles each line key occurs; fed one record at a time."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.docs: Counter[str] = Counter()

    def add(self, rec: RawInput) -> None:
        """Count the lines of one record (text articles only)."""
        if rec.kind != "text":
            return
        src = source_of(rec.url, rec.origin)
        self.docs[src] += 1
        self.counts[src].update({k for ln in split_lines(rec.raw) if (k := key(ln.text))})

    def repeated(self) -> dict[str, frozenset[str]]:
        """Per source, the line keys present in at least MIN_DOCS and MIN_SHARE of its text articles."""
        out: dict[str, frozenset[str]] = {}
        for src, n in self.docs.items():
            if n < MIN_SOURCE_DOCS:
                continue
            need = max(MIN_DOCS, MIN_SHARE * n)
            out[src] = frozenset(k for k, c in self.counts[src].items() if c >= need)
        return out


def learn_repeated_lines(records: Iterable[RawInput]) -> dict[str, frozenset[str]]:
    """Per source, the line keys present in at least MIN_DOCS and MIN_SHARE of its text articles."""
    counter = LineCounter()
    for rec in records:
        counter.add(rec)
    return counter.repeated()
