"""Fetching pages politely and safely: timeouts, size limits, retries, robots.txt, conditional GET.

Nothing is fetched from private, loopback, link-local or reserved addresses unless
allowed (`--allow-private`), and every redirect hop is checked again, so a public
feed cannot redirect rasd into a local network.
"""
from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from rasd import __version__
from rasd.errors import FetchError

USER_AGENT = f"rasd/{__version__} (Arabic news monitor; +https://pypi.org/project/rasd/)"
TIMEOUT_S = 15.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
RETRIES = 3
BACKOFF_S = 0.5  # 0.5 s, 1 s, 2 s between tries
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})

Resolver = Callable[[str], list[str]]


def system_resolver(host: str) -> list[str]:
    """Every address the host resolves to."""
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
    except socket.gaierror as exc:
        raise FetchError(f"{host}: cannot resolve ({exc})") from None


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
                or ip.is_multicast or ip.is_unspecified)


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    status: int
    content: bytes
    headers: dict[str, str]

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Fetcher:
    """An HTTP client with rasd's safety rules; one per run (it caches robots.txt per host)."""

    allow_private: bool | frozenset[str] = False  # True, or the "host:port" origins allowed
    timeout: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES
    retries: int = RETRIES
    backoff: float = BACKOFF_S
    respect_robots: bool = True
    resolver: Resolver = system_resolver
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _client: object | None = None

    def client(self):
        import httpx

        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout, follow_redirects=False,
                                        headers={"User-Agent": USER_AGENT})
        return self._client

    def check_url(self, url: str) -> None:
        """Refuse what rasd must not fetch: other schemes, and private addresses unless allowed."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url}: only http and https URLs are fetched")
        origin = f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"
        if self.allow_private is True or (isinstance(self.allow_private, frozenset) and origin in self.allow_private):
            return
        for address in self.resolver(parts.hostname):
            if not is_public(address):
                raise FetchError(f"{url}: refused, {parts.hostname} is a private or local address ({address}); "
                                 "use --allow-private to fetch from it")

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET with redirects checked hop by hop, retries with back-off, and a size limit."""
        if self.respect_robots and not self.allowed_by_robots(url):
            raise FetchError(f"{url}: disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(MAX_REDIRECTS + 1):
            self.check_url(url)
            resp = self._get_once(url, headers)
            if resp.status in (301, 302, 303, 307, 308) and "location" in resp.headers:
                url = urljoin(url, resp.headers["location"])
                continue
            return resp
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _get_once(self, url: str, headers: dict[str, str]) -> Response:
        import httpx

        last: str = ""
        for attempt in range(self.retries):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                with self.client().stream("GET", url, headers=headers) as r:
                    if r.status_code in RETRY_STATUS:
                        last = f"HTTP {r.status_code}"
                        continue
                    return Response(str(r.url), r.status_code, self._read_capped(url, r),
                                    {k.lower(): v for k, v in r.headers.items()})
            except httpx.TimeoutException:
                last = f"timed out after {self.timeout:g} s"
            except httpx.TransportError as exc:
                last = f"{type(exc).__name__}: {exc}"
        raise FetchError(f"{url}: {last} (after {self.retries} tries)")

    def _read_capped(self, url: str, r) -> bytes:
        declared = r.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"{url}: {int(declared)} bytes is over the {self.max_bytes}-byte limit")
        chunks, size = [], 0
        for chunk in r.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"{url}: body over the {self.max_bytes}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def allowed_by_robots(self, url: str) -> bool:
        """robots.txt of the URL's host, fetched once per run; unreachable robots allow."""
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self._robots:
            self._robots[base] = self._load_robots(base)
        rp = self._robots[base]
        return True if rp is None else rp.can_fetch(USER_AGENT, url)

    def _load_robots(self, base: str) -> urllib.robotparser.RobotFileParser | None:
        try:
            self.check_url(base + "/robots.txt")
            r = self._get_once(base + "/robots.txt", {})
        except FetchError:
            return None
        if r.status >= 400:
            return None
        rp = urllib.robotparser.RobotFileParser()
        rp.parse(r.content.decode("utf-8", "replace").splitlines())
        return rp

    def close(self) -> None:
        if self._client is not None:
            self._client.close()  # type: ignore[attr-defined]
