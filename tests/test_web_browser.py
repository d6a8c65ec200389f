"""End to end in headless Chromium (Debian's, driven by Playwright): the analyst's path.

The suite starts `rasd serve` on loopback over a small store, drives Chromium
through search → article → entity → filtered events, checks that hostile article
markup stays text, that no request leaves the server, and saves screenshots.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from web_fixtures import make_store

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = make_store(tmp_path_factory.mktemp("browser") / "b.db")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("rasd serve did not start: " + proc.stdout.read().decode(errors="replace"))
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("chromium is not installed (make test installs Debian's chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server, request):
    ctx = browser.new_context(locale="ar", viewport={"width": 1200, "height": 900})
    pg = ctx.new_page()
    pg.requested = []  # every URL the page asked for
    pg.on("request", lambda r: pg.requested.append(r.url))
    yield pg
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    outside = [u for u in pg.requested if not u.startswith(server) and not u.startswith("data:")]
    ctx.close()
    assert outside == [], f"requests left the server: {outside}"


def test_search_article_entity_events(page, server) -> None:
    page.goto(server + "/search")
    assert page.get_attribute("html", "dir") == "rtl"
    page.fill("#q", "بخاركيف")  # "in Kharkiv"
    page.press("#q", "Enter")
    page.wait_for_selector(".hit-link")
    assert page.locator(".hit").count() == 2
    page.locator(".hit-link", has_text="قصف روسي على خاركيف").click()
    page.wait_for_selector("#doc-body")
    assert page.locator("#doc-body .m-ent").count() >= 4            # entities highlighted from offsets
    assert page.locator("#doc-body .m-quote").count() == 1           # the quote, with its speaker
    assert page.locator("#doc-body .m-qty").get_attribute("title").startswith("7 killed")
    page.locator("#doc-body a.m-ent", has_text="روسيا").first.click()
    page.wait_for_selector("#entity-name")
    assert "Russia" in page.inner_text("#entity-name")
    page.goto(server + "/events")
    assert page.locator("#events-table tbody tr.ev").count() == 2
    page.select_option("#f-type", "ASSAULT")   # the filter submits on change
    page.wait_for_url("**type=ASSAULT**")
    page.goto(server + "/events?status=denied")
    assert page.locator("#events-table tbody tr.ev").count() == 1


def test_hostile_markup_renders_as_text(page, server) -> None:
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/documents/web-xss")
    page.wait_for_selector("#doc-body")
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>window.__pwned=1</script>" in page.inner_text("#doc-title")
    assert "<svg onload" in page.inner_text("#doc-body")
    page.goto(server + "/search?q=" + "الخبر")
    assert page.evaluate("window.__pwned === undefined") and dialogs == []


def test_english_switch_and_other_pages(page, server) -> None:
    page.goto(server + "/claims?lang=en")
    assert page.get_attribute("html", "dir") == "ltr"
    assert page.locator(".claim.contested").count() == 1
    page.goto(server + "/network")
    assert page.locator("svg.network line.edge").count() >= 1
    page.goto(server + "/alerts")
    page.goto(server + "/entities/no-such-entity")
    assert page.locator("#error").count() == 1
