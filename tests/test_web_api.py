"""Every API endpoint: shapes of the record contract, one error shape, escaping, the token."""
from __future__ import annotations

import json
import warnings

import pytest

from rasd.web.app import create_app
from web_fixtures import make_store

warnings.filterwarnings("ignore", category=DeprecationWarning)
from starlette.testclient import TestClient  # noqa: E402

CONTRACT_KEYS = {"id", "title", "author", "section", "published", "text", "entities", "quotes", "quantities",
                 "times", "events"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = make_store(tmp_path_factory.mktemp("web") / "w.db")
    return TestClient(create_app(str(db), token="s3cret"), raise_server_exceptions=False)


def test_api_document_is_the_record(client) -> None:
    r = client.get("/api/documents/web-1")
    assert r.status_code == 200
    doc = r.json()
    assert CONTRACT_KEYS <= set(doc)
    assert {"source", "url", "duplicate_of", "story"} <= set(doc)
    for kind in ("entities", "quotes", "quantities"):
        for m in doc[kind]:
            assert doc["text"][m["start"]:m["end"]] == m["text"]
    assert doc["quotes"][0]["speaker"]["name_en"] == "Volodymyr Zelenskyy"


def test_api_search(client) -> None:
    r = client.get("/api/search", params={"q": "بخاركيف"})  # "in Kharkiv": the clitic does not matter
    body = r.json()
    assert r.status_code == 200 and {h["id"] for h in body["results"]} == {"web-1", "web-2"}
    assert all("<mark>" in h["snippet"] for h in body["results"])
    assert [h["id"] for h in client.get("/api/search", params={"q": "خاركيف", "status": "denied"}).json()["results"]] == ["web-2"]


def test_api_entity_events_claims_network_alerts(client) -> None:
    ent = client.get("/api/entities/Q159").json()
    assert ent["name_en"] == "Russia" and ent["events"] and ent["timeline"]
    assert any(c["id"] == "Q212" for c in ent["counterparts"])
    evs = client.get("/api/events", params={"type": "ASSAULT"}).json()["events"]
    assert {e["status"] for e in evs} == {"asserted", "denied"}
    claims = client.get("/api/claims").json()["claims"]
    assert len(claims) == 1 and claims[0]["contested"]
    net = client.get("/api/network").json()
    assert {"source": "Q159", "target": "Q212", "type": "ASSAULT", "quad": "material_conflict", "count": 2} in net["edges"]
    assert client.get("/api/alerts").json() == {"alerts": []}


@pytest.mark.parametrize("url,status", [
    ("/api/documents/nope", 404), ("/api/entities/nope", 404), ("/api/search?from=yesterday", 400),
    ("/api/search?limit=100000", 400), ("/api/events?type=BOMB", 400), ("/api/search?q=" + "x" * 500, 400),
    ("/api/nothing-here", 404),
])
def test_errors_have_one_shape(client, url, status) -> None:
    r = client.get(url)
    assert r.status_code == status
    err = r.json()["error"]
    assert err["status"] == status and err["code"] and err["message"]


def test_html_pages_escape_article_markup(client) -> None:
    for url in ("/documents/web-xss", "/search?q=الخبر", "/entities/rasd%3Aevil%22%3E%3Cscript%3E"):
        html = client.get(url).text
        assert "<script>window.__pwned" not in html, url
        assert "onerror=\"window" not in html and "<svg onload" not in html
    assert "&lt;script&gt;window.__pwned=1" in client.get("/documents/web-xss").text


def test_pages_have_json_twins_and_security_headers(client) -> None:
    for path in ("/search", "/events", "/claims", "/network", "/alerts", "/documents/web-1", "/entities/Q159"):
        page, api = client.get(path), client.get("/api" + path)
        assert page.status_code == 200 and "text/html" in page.headers["content-type"], path
        assert api.status_code == 200 and api.headers["content-type"].startswith("application/json"), path
        assert "default-src 'self'" in page.headers["content-security-policy"]


def test_path_traversal_refused(client) -> None:
    for url in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py"):
        r = client.get(url)
        assert r.status_code == 404 and "create_app" not in r.text


def test_ingest_needs_token(client) -> None:
    body = json.dumps({"id": "new-1", "text": "قال مسؤول إن المفاوضات ستستأنف الأسبوع المقبل في الدوحة بمشاركة الوسطاء."})
    assert client.post("/api/ingest", content=body).status_code == 401
    assert client.post("/api/ingest", content=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.post("/api/ingest", content=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201 and r.json()["outcome"] == "added"
    assert client.get("/api/documents/new-1").status_code == 200
    bad = client.post("/api/ingest", content=b"{not json", headers={"Authorization": "Bearer s3cret"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_request"


def test_read_only_without_token(tmp_path) -> None:
    db = make_store(tmp_path / "ro.db")
    c = TestClient(create_app(str(db)), raise_server_exceptions=False)
    r = c.post("/api/ingest", content=b"{}", headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"


def test_openapi_lists_every_api_endpoint(client) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/search", "/api/documents/{doc_id}", "/api/entities/{entity_id}", "/api/events", "/api/claims",
            "/api/network", "/api/alerts"} <= set(spec["paths"])
