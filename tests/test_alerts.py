"""Watch-list rules: parsing errors, matching articles and claims, firing once, sinks."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from rasd.alert_sinks import post_webhook, write_jsonl
from rasd.alerts import load_watchlist, matches_article, parse_rule, raise_new
from rasd.errors import ConfigError
from rasd.store import open_store

KILLED = {"text": "12 قتيلا", "start": 0, "end": 8, "value": 12, "unit": "killed", "approx": False}


def article(doc_id: str, text: str, events=(), quantities=(), entities=(), published="2024-06-14") -> dict:
    return {"id": doc_id, "title": None, "text": text, "published": published, "entities": list(entities),
            "quotes": [], "quantities": list(quantities), "times": [], "events": list(events)}


def assault(qty=None, status="asserted") -> dict:
    return {"type": "ASSAULT", "source": {"text": "قوات", "name_en": "RSF", "id": "rasd:rsf"},
            "target": None, "where": None, "when": "2024-06-14", "status": status, "quantity": qty,
            "evidence": {"start": 0, "end": 5}}


@pytest.mark.parametrize("raw,message", [
    ({"on": "article"}, "needs a name"),
    ({"name": "x", "event_types": ["BOMB"]}, "unknown event type"),
    ({"name": "x", "status": ["rumour"]}, "unknown status"),
    ({"name": "x", "quantity": {"unit": "killed"}}, "quantity needs"),
    ({"name": "x", "colour": "red"}, "unknown field"),
    ({"name": "x", "on": "tweet"}, "on must be"),
])
def test_bad_rules_are_named(raw, message) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_rule(raw, "w.toml: rule 1")


def test_bad_toml_names_the_file(tmp_path) -> None:
    p = tmp_path / "w.toml"
    p.write_text("[[rule]\nname=", encoding="utf-8")
    with pytest.raises(ConfigError, match="w.toml"):
        load_watchlist(p)


@pytest.mark.parametrize("rule,rec,expected", [
    # ASSAULT with killed >= 10: the event's own number counts
    ({"name": "r", "event_types": ["ASSAULT"], "quantity": {"unit": "killed", "min": 10}},
     article("a", "هجوم", events=[assault(KILLED)]), True),
    ({"name": "r", "event_types": ["ASSAULT"], "quantity": {"unit": "killed", "min": 20}},
     article("a", "هجوم", events=[assault(KILLED)]), False),
    # keywords are folded and may carry a clitic: بالفاشر matches الفاشر (in El Fasher)
    ({"name": "r", "keywords": ["الفاشر"]}, article("a", "اشتباكات عنيفة بالفاشر"), True),
    ({"name": "r", "keywords": ["الفاشر"]}, article("a", "اشتباكات في الخرطوم"), False),
    ({"name": "r", "entities": ["Q159"]},
     article("a", "روسيا", entities=[{"text": "روسيا", "start": 0, "end": 5, "type": "GPE", "id": "Q159"}]), True),
    ({"name": "r", "status": ["denied"]}, article("a", "نفى", events=[assault(status="denied")]), True),
    ({"name": "r", "status": ["denied"]}, article("a", "هجوم", events=[assault()]), False),
])
def test_article_matching(rule, rec, expected) -> None:
    assert matches_article(parse_rule(rule, "t"), rec) is expected


def test_alert_fires_once_for_article_and_claim(tmp_path) -> None:
    store = open_store(tmp_path / "a.db")
    rules = [parse_rule({"name": "deadly", "event_types": ["ASSAULT"],
                         "quantity": {"unit": "killed", "min": 10}}, "t"),
             parse_rule({"name": "contested", "on": "claim", "status": ["denied"]}, "t")]
    store.add_records([article("a", "قتل 12 شخصا في هجوم على سوق شعبي وسط المدينة صباح اليوم حسب شهود",
                               events=[assault(KILLED)])])
    first = raise_new(store, rules, ["a"])
    assert [(a.rule, a.kind, a.ref) for a in first] == [("deadly", "article", "a")]
    assert raise_new(store, rules, ["a"]) == []   # never twice
    store.add_records([article("b", "نفت قوات الدعم السريع مسؤوليتها عن الهجوم على السوق وقالت إنه مفبرك",
                               events=[assault(status="denied")])])
    second = raise_new(store, rules, ["b"])
    assert [(a.rule, a.kind) for a in second] == [("contested", "claim")]


def test_jsonl_sink(tmp_path) -> None:
    from rasd.alerts import Alert
    out = tmp_path / "alerts.jsonl"
    write_jsonl([Alert("r", "article", "a", {"title": "عنوان"})], out)
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["rule"] == "r" and row["title"] == "عنوان"


def test_webhook_posts_to_local_server() -> None:
    from rasd.alerts import Alert
    got: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            got.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *a):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/hook"
        assert post_webhook([Alert("r", "article", "a", {"title": "t"})], url) == []
        assert got and got[0]["ref"] == "a"
    finally:
        server.shutdown()
    errors = post_webhook([Alert("r", "article", "a", {})], url)  # server gone
    assert errors and "r/a" in errors[0]
