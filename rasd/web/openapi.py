"""The API's OpenAPI description, written out so that it says exactly what the code returns."""
from __future__ import annotations

from typing import Any

from rasd import __version__
from rasd.model import PLOVER_TYPES

STATUSES = ["asserted", "claimed", "denied", "unconfirmed", "no_evidence"]
_STR_OR_NULL = {"type": ["string", "null"]}
_ACTOR = {"type": ["object", "null"], "properties": {"text": {"type": ["string", "null"]},
                                                     "name_en": _STR_OR_NULL, "id": _STR_OR_NULL}}
# Body spans carry start/end; headline spans carry field "title" and title_start/title_end.
_SPAN = {"type": "object", "required": ["text"],
         "properties": {"text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                        "field": {"type": "string"}, "title_start": {"type": "integer"},
                        "title_end": {"type": "integer"}}}


def _q(name: str, schema: dict[str, Any], description: str = "") -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


# Empty values are accepted as "no filter": HTML forms send them.
_DATE = {"type": "string", "pattern": r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"}
_TYPE = {"type": "string", "enum": ["", *PLOVER_TYPES]}
_STATUS = {"type": "string", "enum": ["", *STATUSES]}
SEARCH_PARAMS = [_q("q", {"type": "string", "maxLength": 200}, "words to find, Arabic-aware"),
                 _q("from", _DATE), _q("to", _DATE), _q("source", {"type": "string", "maxLength": 200}),
                 _q("section", {"type": "string", "maxLength": 200}), _q("entity", {"type": "string", "maxLength": 200}),
                 _q("event_type", _TYPE), _q("status", _STATUS),
                 _q("limit", {"type": "integer", "minimum": 1, "maximum": 100}),
                 _q("offset", {"type": "integer", "minimum": 0, "maximum": 100000})]
ERROR = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["status", "code", "message"],
    "properties": {"status": {"type": "integer"}, "code": {"type": "string"}, "message": {"type": "string"}}}}}
DOCUMENT = {"type": "object", "required": ["id", "text", "entities", "quotes", "quantities", "times", "events"],
            "properties": {
                "id": {"type": "string"}, "title": _STR_OR_NULL, "author": _STR_OR_NULL, "section": _STR_OR_NULL,
                "published": _STR_OR_NULL, "text": {"type": "string"},
                "entities": {"type": "array", "items": {**_SPAN, "properties": {**_SPAN["properties"],
                             "type": {"type": "string"}, "name_en": _STR_OR_NULL, "id": _STR_OR_NULL}}},
                "quotes": {"type": "array", "items": {**_SPAN, "properties": {**_SPAN["properties"],
                           "direct": {"type": "boolean"}, "cue": _STR_OR_NULL, "speaker": _ACTOR}}},
                "quantities": {"type": "array", "items": {**_SPAN, "properties": {**_SPAN["properties"],
                               "value": {"type": "number"}, "unit": _STR_OR_NULL, "approx": {"type": "boolean"}}}},
                "times": {"type": "array", "items": {**_SPAN, "properties": {**_SPAN["properties"],
                          "value": {"type": "string"}}}},
                "events": {"type": "array", "items": {"type": "object", "required": ["type", "status", "evidence"],
                           "properties": {"type": {"type": "string"}, "source": _ACTOR, "target": _ACTOR,
                                          "where": _ACTOR, "when": _STR_OR_NULL, "status": {"type": "string", "enum": STATUSES},
                                          "evidence": {"type": "object"}}}},
                "source": _STR_OR_NULL, "url": _STR_OR_NULL, "duplicate_of": _STR_OR_NULL,
                "story": {"type": ["integer", "null"]}}}


def _get(summary: str, params: list[dict[str, Any]], schema: dict[str, Any], not_found: bool = False) -> dict:
    responses: dict[str, Any] = {
        "200": {"description": "OK", "content": {"application/json": {"schema": schema}}},
        "400": {"description": "bad parameter", "content": {"application/json": {"schema": ERROR}}}}
    if not_found:
        responses["404"] = {"description": "not found", "content": {"application/json": {"schema": ERROR}}}
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


def _path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}


def openapi_spec() -> dict[str, Any]:
    obj = {"type": "object"}
    arr = {"type": "array", "items": {"type": "object"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "rasd API", "version": __version__,
                 "description": "Arabic news records: search, documents, entities, events, claims, network, alerts."},
        "paths": {
            "/api/search": _get("Search articles", SEARCH_PARAMS, {"type": "object", "required": ["results"],
                                "properties": {"query": obj, "count": {"type": "integer"}, "results": arr}}),
            "/api/documents/{doc_id}": _get("One article as a record", [_path_param("doc_id")], DOCUMENT, True),
            "/api/entities/{entity_id}": _get("An entity with its mentions, quotes and events",
                                              [_path_param("entity_id")], {"type": "object", "required": ["id"]}, True),
            "/api/events": _get("Events", [_q("type", _TYPE), _q("status", _STATUS), _q("from", _DATE), _q("to", _DATE),
                                           _q("entity", {"type": "string", "maxLength": 200}),
                                           _q("limit", {"type": "integer", "minimum": 1, "maximum": 500})],
                                {"type": "object", "required": ["events"], "properties": {"events": arr, "places": arr}}),
            "/api/claims": _get("The claims ledger", [_q("type", _TYPE), _q("status", _STATUS),
                                                       _q("entity", {"type": "string", "maxLength": 200}),
                                                       _q("limit", {"type": "integer", "minimum": 1, "maximum": 500})],
                                {"type": "object", "required": ["claims"], "properties": {"claims": arr}}),
            "/api/network": _get("Who acts on whom", [_q("from", _DATE), _q("to", _DATE)],
                                 {"type": "object", "required": ["nodes", "edges"],
                                  "properties": {"nodes": arr, "edges": arr}}),
            "/api/alerts": _get("Raised alerts", [], {"type": "object", "required": ["alerts"],
                                                      "properties": {"alerts": arr}}),
        },
    }
