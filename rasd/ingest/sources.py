"""Everything `rasd ingest` reads: files (as `rasd extract`), WARC/ARC archives, feed and
sitemap URLs, and OPML or text lists of feeds, in the order given."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from rasd.config import Settings
from rasd.errors import FetchError
from rasd.ingest.feeds import FeedState, feed_urls_from_file, read_url
from rasd.ingest.fetch import Fetcher
from rasd.ingest.readers import read_inputs
from rasd.ingest.records import InputProblem, Item
from rasd.ingest.warc import is_warc, read_warc


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def read_sources(specs: Sequence[str], settings: Settings, fetcher: Fetcher | None = None,
                 seen: Callable[[str], bool] = lambda _: False, state: FeedState | None = None,
                 feed_lists: Sequence[str] = ()) -> Iterator[Item]:
    """Items from every source; network sources need a `fetcher`."""
    urls: list[str] = []
    for lst in feed_lists:
        try:
            urls += feed_urls_from_file(Path(lst))
        except (OSError, FetchError) as exc:
            yield InputProblem(lst, f"cannot read feed list ({exc})", "unreadable")
    files: list[str] = []
    for spec in [*specs, *urls]:
        if is_url(spec) or is_warc(spec) or spec.lower().endswith(".opml"):
            if files:
                yield from read_inputs(files, settings)
                files = []
            yield from _special(spec, settings, fetcher, seen, state)
        else:
            files.append(spec)
    if files:
        yield from read_inputs(files, settings)


def _special(spec: str, settings: Settings, fetcher: Fetcher | None, seen: Callable[[str], bool],
             state: FeedState | None) -> Iterator[Item]:
    if is_warc(spec):
        if not Path(spec).exists():
            yield InputProblem(spec, "no such file", "missing-path")
        else:
            yield from read_warc(Path(spec), settings)
        return
    if spec.lower().endswith(".opml"):
        yield from read_sources([], settings, fetcher, seen, state, feed_lists=[spec])
        return
    if fetcher is None:
        yield InputProblem(spec, "URLs need network access, which this command does not use", "unreadable")
        return
    yield from read_url(spec, fetcher, seen, state)
