"""`rasd serve`: one ASGI app with server-rendered RTL pages and their JSON twins under /api.

Read-only unless started with a token; the write endpoint (POST /api/ingest) needs
`Authorization: Bearer <token>`. Every error, HTML or JSON, comes from one place
with one JSON shape: {"error": {"status", "code", "message"}}.
"""
from __future__ import annotations

import hmac
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from rasd.kb import KB, load_kb
from rasd.model import PLOVER_TYPES
from rasd.store import SearchQuery, open_store
from rasd.store.sqlite import SqliteStore
from rasd.web import data, params, svg
from rasd.web.highlight import highlight
from rasd.web.i18n import labels
from rasd.web.openapi import openapi_spec

HERE = Path(__file__).resolve().parent
MAX_INGEST_BYTES = 2 * 1024 * 1024
SECURITY_HEADERS = {
    # Nothing from outside the server; no inline script; article markup never runs.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


FACETS_TTL_S = 60.0  # facets group the whole store (~0.3 s at 100,000 articles): refreshed once a minute


@dataclass
class Context:
    """What every endpoint needs: the store, the KB, the write token; and the app's facet cache."""

    store: SqliteStore
    db_path: str
    kb: KB | None
    token: str | None
    _facets: tuple[float, dict[str, Any]] | None = None

    def facets(self) -> dict[str, Any]:
        now = time.monotonic()
        if self._facets is None or now - self._facets[0] > FACETS_TTL_S:
            self._facets = (now, data.facets(self.store))
        return self._facets[1]


def error_response(request: Request, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    body = {"error": {"status": status, "code": code, "message": message}}
    if request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", ""):
        return JSONResponse(body, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})
    t = templates().TemplateResponse(request, "error.html", {"error": body["error"], **_page(request)},
                                     status_code=status)
    t.headers.update({**SECURITY_HEADERS, **(headers or {})})
    return t


_TEMPLATES: list[Jinja2Templates] = []


def templates() -> Jinja2Templates:
    if not _TEMPLATES:  # built once; Jinja2Templates autoescapes .html templates
        _TEMPLATES.append(Jinja2Templates(directory=str(HERE / "templates")))
    return _TEMPLATES[0]


def _page(request: Request) -> dict[str, Any]:
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "ar"
    lang = lang if lang in ("ar", "en") else "ar"
    return {"lang": lang, "dir": "rtl" if lang == "ar" else "ltr", "L": labels(lang)}


def _ctx(request: Request) -> Context:
    return request.app.state.ctx


def render(request: Request, name: str, payload: dict[str, Any]) -> Response:
    """The HTML page, or its JSON twin for /api/ paths."""
    if request.url.path.startswith("/api/"):
        return JSONResponse(payload, headers=SECURITY_HEADERS)
    page = _page(request)
    resp = templates().TemplateResponse(request, name, {**payload, **page, "svg": svg, "highlight": highlight,
                                                        "PLOVER_TYPES": PLOVER_TYPES, "STATUSES": params.STATUSES})
    resp.headers.update(SECURITY_HEADERS)
    if request.query_params.get("lang") in ("ar", "en"):
        resp.set_cookie("lang", page["lang"], samesite="strict", httponly=True)
    return resp


async def home(request: Request) -> Response:
    return RedirectResponse("/search", status_code=302)


async def search(request: Request) -> Response:
    ctx = _ctx(request)
    args = params.search_args(request.query_params)
    hits = ctx.store.search(SearchQuery(**args))
    payload = {"query": args, "count": len(hits), "results": [h.to_json() for h in hits]}
    if not request.url.path.startswith("/api/"):
        payload["facets"] = ctx.facets()
    return render(request, "search.html", payload)


async def document(request: Request) -> Response:
    ctx = _ctx(request)
    doc = ctx.store.get_document(request.path_params["doc_id"])
    if doc is None:
        raise HTTPException(404, f"no document with id {request.path_params['doc_id']!r}")
    if not request.url.path.startswith("/api/"):
        story = ctx.store.db.execute("SELECT id, title FROM documents WHERE story_id = ? AND id != ? LIMIT 20",
                                     (doc.get("story"), doc["id"])).fetchall() if doc.get("story") else []
        copies = ctx.store.db.execute("SELECT id, title, source FROM documents WHERE duplicate_of = ?",
                                      (doc["id"],)).fetchall()
        return render(request, "document.html", {"doc": doc, "story_docs": [dict(r) for r in story],
                                                 "copies": [dict(r) for r in copies]})
    return render(request, "document.html", doc)


async def entity(request: Request) -> Response:
    ctx = _ctx(request)
    page = data.entity_page(ctx.store, ctx.kb, request.path_params["entity_id"])
    if page is None:
        raise HTTPException(404, f"no entity with id {request.path_params['entity_id']!r}")
    return render(request, "entity.html", page)


async def events(request: Request) -> Response:
    ctx, qp = _ctx(request), request.query_params
    rows = data.events_list(ctx.store, event_type=params.choice(qp, "type", PLOVER_TYPES),
                            status=params.choice(qp, "status", params.STATUSES),
                            entity_id=params.text(qp, "entity") or None, date_from=params.date(qp, "from"),
                            date_to=params.date(qp, "to"), limit=params.integer(qp, "limit", 100, 1, 500))
    per_day: dict[str, int] = {}
    for r in rows:
        if r["date"]:
            per_day[r["date"][:10]] = per_day.get(r["date"][:10], 0) + 1
    return render(request, "events.html", {"events": rows, "places": data.places(ctx.kb, rows),
                                           "per_day": [{"date": d, "events": n} for d, n in sorted(per_day.items())]})


async def claims(request: Request) -> Response:
    ctx, qp = _ctx(request), request.query_params
    rows = ctx.store.claims(event_type=params.choice(qp, "type", PLOVER_TYPES),
                            status=params.choice(qp, "status", params.STATUSES),
                            entity_id=params.text(qp, "entity") or None, limit=params.integer(qp, "limit", 50, 1, 500))
    for c in rows:
        c["numbers"] = [{"value": v, "unit": u} for v, u in c["numbers"]]
    return render(request, "claims.html", {"claims": rows})


async def network(request: Request) -> Response:
    ctx, qp = _ctx(request), request.query_params
    graph = data.network(ctx.store, date_from=params.date(qp, "from"), date_to=params.date(qp, "to"))
    return render(request, "network.html", graph)


async def alerts(request: Request) -> Response:
    return render(request, "alerts.html", {"alerts": data.alerts_list(_ctx(request).store)})


async def openapi(request: Request) -> Response:
    return JSONResponse(openapi_spec())


async def ingest(request: Request) -> Response:
    """POST /api/ingest: extract one article and store it (needs the server's token)."""
    ctx = _ctx(request)
    if not ctx.token:
        raise HTTPException(403, "this server is read-only; start it with --token to allow writes")
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), ctx.token.encode()):
        raise HTTPException(401, "missing or wrong bearer token")
    body = await request.body()
    if len(body) > MAX_INGEST_BYTES:
        raise HTTPException(413, f"body over {MAX_INGEST_BYTES} bytes")
    try:
        obj = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise HTTPException(400, f"body is not JSON ({exc})") from None
    from rasd.ingest.jsonl import record_to_input
    item = record_to_input(obj, "request")
    if not hasattr(item, "raw"):
        raise HTTPException(400, item.what)
    result = await run_in_threadpool(_ingest_one, ctx.db_path, item)
    return JSONResponse(result, status_code=201 if result["outcome"] == "added" else 200, headers=SECURITY_HEADERS)


def _ingest_one(db_path: str, item: Any) -> dict[str, Any]:
    from rasd.store.loader import ingest as load

    store = open_store(db_path)
    try:
        report = load([item], store)
        row = store.db.execute("SELECT doc_id FROM inputs_seen ORDER BY seen_at DESC, rowid DESC LIMIT 1").fetchone()
        outcome = next(iter(report.outcomes), "unchanged") if report.outcomes else "unchanged"
        return {"id": row[0] if row else None, "outcome": outcome}
    finally:
        store.close()


async def on_http_error(request: Request, exc: HTTPException) -> Response:
    codes = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
             413: "too_large"}
    return error_response(request, exc.status_code, codes.get(exc.status_code, "error"), str(exc.detail),
                          dict(exc.headers or {}))


async def on_bad_param(request: Request, exc: params.BadParam) -> Response:
    return error_response(request, 400, "bad_request", str(exc))


async def on_error(request: Request, exc: Exception) -> Response:
    return error_response(request, 500, "internal_error", "the server failed to answer this request")


def _twin(path: str, endpoint: Any, name: str) -> list[Route]:
    return [Route(path, endpoint, name=name), Route("/api" + path, endpoint, name=f"api_{name}")]


def create_app(db_path: str | Path, token: str | None = None, kb: KB | None = None) -> Starlette:
    """The dashboard and API over the store at `db_path`."""
    routes = [Route("/", home), *_twin("/search", search, "search"),
              *_twin("/documents/{doc_id:path}", document, "document"),
              *_twin("/entities/{entity_id:path}", entity, "entity"),
              *_twin("/events", events, "events"), *_twin("/claims", claims, "claims"),
              *_twin("/network", network, "network"), *_twin("/alerts", alerts, "alerts"),
              Route("/api/openapi.json", openapi), Route("/api/ingest", ingest, methods=["POST"]),
              Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")]
    app = Starlette(routes=routes, exception_handlers={HTTPException: on_http_error, params.BadParam: on_bad_param,
                                                       Exception: on_error})
    app.state.ctx = Context(open_store(db_path), str(db_path), kb if kb is not None else load_kb(), token)
    return app
