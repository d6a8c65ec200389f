"""WARC and ARC archives (warcio): the HTML responses in them, as pages to extract."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rasd.config import Settings
from rasd.ingest.decode import DecodeError, decode_bytes
from rasd.ingest.feeds import doc_id_for
from rasd.ingest.records import InputProblem, Item
from rasd.model import RawInput

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, settings: Settings) -> Iterator[Item]:
    """HTML response records → RawInput; other records are passed over, damage is a problem."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as f:
            for n, rec in enumerate(ArchiveIterator(f, arc2warc=True), 1):
                item = _record(rec, f"{path}#{n}", settings)
                if item is not None:
                    yield item
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield InputProblem(str(path), f"damaged archive ({type(exc).__name__}: {exc}); records after it skipped",
                           "unreadable")


def _record(rec, where: str, settings: Settings) -> Item | None:
    if rec.rec_type != "response" or rec.http_headers is None:
        return None
    ctype = rec.http_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    status = rec.http_headers.get_statuscode()
    if not status or not status.startswith("2"):
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI") or where
    data = rec.content_stream().read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        return InputProblem(where, f"page over {settings.max_file_mb:g} MB", "too-large")
    charset = ctype.split("charset=")[-1].strip() if "charset=" in ctype else None
    try:
        html = decode_bytes(data, charset).text
    except DecodeError as exc:
        return InputProblem(where, f"undecodable page {url} ({exc})", "undecodable")
    return RawInput(id=doc_id_for(url), raw=html, kind="html", url=url, origin=where)
