"""Feeds, sitemaps and WARC against a local HTTP server and files: safety rules included."""
from __future__ import annotations

import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rasd.config import Settings
from rasd.errors import FetchError
from rasd.ingest.feeds import read_url
from rasd.ingest.fetch import Fetcher, is_public
from rasd.ingest.records import InputProblem
from rasd.ingest.sources import read_sources
from rasd.model import RawInput
from rasd.store import open_store
from rasd.store.feed_state import StoreFeedState

PAGE = ("<html><head><meta charset='utf-8'><title>{t}</title></head><body><article><h1>{t}</h1>"
        "<p>قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة بمشاركة الوسطاء.</p>"
        "<p>وأضاف أن الوفود ستناقش تبادل الأسرى وإدخال المساعدات إلى المناطق المتضررة.</p></article></body></html>")


def rss(base: str, n: int = 2) -> str:
    items = "".join(f"<item><title>خبر {i}</title><link>{base}/a/{i}</link>"
                    f"<pubDate>Mon, 0{i + 1} Jan 2024 10:00:00 GMT</pubDate></item>" for i in range(n))
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}</channel></rss>"


class Site:
    """A tiny site on loopback: routes map a path to (status, headers, body)."""

    def __init__(self):
        self.routes: dict[str, tuple[int, dict, bytes]] = {}
        self.hits: list[tuple[str, dict]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                site.hits.append((self.path, dict(self.headers)))
                if self.path == "/slow":
                    time.sleep(2)
                status, headers, body = site.routes.get(self.path, (404, {}, b"not found"))
                if headers.get("ETag") and self.headers.get("If-None-Match") == headers["ETag"]:
                    status, body = 304, b""
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def fetcher(self, **kw) -> Fetcher:
        return Fetcher(allow_private=frozenset({f"127.0.0.1:{self.server.server_port}"}),
                       timeout=kw.pop("timeout", 1.0), retries=kw.pop("retries", 2), backoff=0.01, **kw)


@pytest.fixture
def site():
    s = Site()
    html = {"Content-Type": "text/html; charset=utf-8"}
    s.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, rss(s.base).encode())
    for i in range(3):
        s.routes[f"/a/{i}"] = (200, html, PAGE.format(t=f"عنوان الخبر {i}").encode("utf-8"))
    yield s
    s.server.shutdown()


def test_feed_entries_become_html_pages(site) -> None:
    items = list(read_url(site.base + "/feed.xml", site.fetcher()))
    assert all(isinstance(i, RawInput) and i.kind == "html" for i in items)
    assert [i.url for i in items] == [site.base + "/a/0", site.base + "/a/1"]
    assert items[0].published == "2024-01-01"
    assert any("rasd/" in h.get("User-Agent", "") for _, h in site.hits)


def test_loopback_refused_without_allow_private(site) -> None:
    with pytest.raises(FetchError, match="private or local"):
        Fetcher().get(site.base + "/feed.xml")


def test_redirect_to_private_address_refused(site) -> None:
    site.routes["/jump"] = (302, {"Location": "http://10.11.12.13/internal"}, b"")
    with pytest.raises(FetchError, match="10.11.12.13"):
        site.fetcher().get(site.base + "/jump")


def test_redirect_within_allowed_origin_followed(site) -> None:
    site.routes["/old"] = (301, {"Location": "/feed.xml"}, b"")
    assert site.fetcher().get(site.base + "/old").status == 200


def test_timeout_and_retries(site) -> None:
    start = time.time()
    with pytest.raises(FetchError, match="timed out"):
        site.fetcher(timeout=0.3, retries=2).get(site.base + "/slow")
    assert time.time() - start < 5


def test_oversize_body_refused(site) -> None:
    site.routes["/big"] = (200, {"Content-Type": "text/html"}, b"x" * 5000)
    with pytest.raises(FetchError, match="limit"):
        site.fetcher(max_bytes=1000).get(site.base + "/big")


def test_robots_txt_respected(site) -> None:
    site.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /a/1\n")
    items = list(read_url(site.base + "/feed.xml", site.fetcher()))
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [p.where for p in problems] == [site.base + "/a/1"] and "robots" in problems[0].what


def test_malformed_feed_is_a_problem(site) -> None:
    site.routes["/bad.xml"] = (200, {"Content-Type": "application/rss+xml"}, b"<rss><channel><item>")
    items = list(read_url(site.base + "/bad.xml", site.fetcher()))
    assert len(items) == 1 and isinstance(items[0], InputProblem)


def test_conditional_get_and_seen_pages(site, tmp_path) -> None:
    store = open_store(tmp_path / "f.db")
    state = StoreFeedState(store)
    first = list(read_url(site.base + "/feed.xml", site.fetcher(), state.seen, state))
    assert len(first) == 2
    again = list(read_url(site.base + "/feed.xml", site.fetcher(), state.seen, state))
    assert again == []  # 304 Not Modified: nothing fetched
    assert site.hits[-1][1].get("If-None-Match") == '"v1"'


def test_sitemap_with_news_dates(site) -> None:
    sm = (f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
          f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'><url><loc>{site.base}/a/2</loc>"
          f"<news:news><news:publication_date>2024-02-03T08:00:00Z</news:publication_date></news:news></url></urlset>")
    site.routes["/sitemap.xml"] = (200, {"Content-Type": "application/xml"}, sm.encode())
    items = list(read_url(site.base + "/sitemap.xml", site.fetcher()))
    assert [(i.url, i.published) for i in items] == [(site.base + "/a/2", "2024-02-03")]


def _warc(path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for uri, ctype, body in [
            ("https://news.example/a", "text/html; charset=utf-8", PAGE.format(t="خبر").encode("utf-8")),
            ("https://news.example/logo.png", "image/png", b"\x89PNG...."),
            ("https://news.example/b", "text/html; charset=windows-1256", PAGE.format(t="خبر آخر").encode("cp1256")),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
        w.write_record(w.create_warc_record("https://news.example/a", "request", payload=io.BytesIO(b"GET / HTTP/1.0\r\n\r\n")))


def test_warc_html_responses_only(tmp_path) -> None:
    p = tmp_path / "crawl.warc.gz"
    _warc(p)
    items = list(read_sources([str(p)], Settings()))
    assert [i.url for i in items] == ["https://news.example/a", "https://news.example/b"]
    assert "خبر آخر" in items[1].raw  # cp1256 page decoded


def test_damaged_warc_is_a_problem(tmp_path) -> None:
    p = tmp_path / "bad.warc.gz"
    p.write_bytes(b"\x1f\x8b\x08garbage" * 10)
    items = list(read_sources([str(p)], Settings()))
    assert items and isinstance(items[-1], InputProblem)


@pytest.mark.parametrize("addr,public", [("8.8.8.8", True), ("127.0.0.1", False), ("10.0.0.1", False),
                                         ("192.168.1.1", False), ("169.254.169.254", False), ("::1", False)])
def test_is_public(addr, public) -> None:
    assert is_public(addr) is public
