"""`rasd ingest`, `search`, `claims`, `export` end to end, and resume after SIGKILL."""
from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.cli import main

ROOT = Path(__file__).resolve().parent.parent
CITIES = ["حلب", "الموصل", "عدن", "بنغازي", "درعا", "تعز", "سرت", "الرقة"]


def articles(n: int) -> list[dict]:
    """Distinct short articles written for the tests (a city, a day and a count vary)."""
    out = []
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        out.append({"id": f"t{i}", "published": f"2024-03-{1 + i % 28:02d}", "lang": "ar",
                    "text": f"اشتباكات في {city} رقم {i}\n\nاندلعت اشتباكات عنيفة في مدينة {city} "
                            f"أسفرت عن سقوط {i + 3} قتلى، وقال مسؤول محلي إن المعارك استمرت حتى ساعة "
                            f"متأخرة من الليل في الحي رقم {i}."})
    return out


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_ingest_search_export_roundtrip(tmp_path, capsys) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", articles(6))
    db = str(tmp_path / "r.db")
    assert main(["ingest", str(src), "--db", db]) == 0
    assert main(["ingest", str(src), "--db", db]) == 0  # idempotent
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
    capsys.readouterr()
    assert main(["search", "وحلب", "--db", db, "--json"]) == 0   # "and Aleppo": the clitic does not matter
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {h["id"] for h in hits} == {"t0"}
    assert "<mark>" in hits[0]["snippet"]
    out = tmp_path / "docs.csv"
    assert main(["export", "--db", db, "--what", "documents", "--format", "csv", "-o", str(out),
                 "--from", "2024-03-02", "--to", "2024-03-03"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert sorted(r["id"] for r in rows) == ["t1", "t2"]
    assert {"duplicate_of", "story", "source", "url", "entities"} <= set(rows[0])
    pq = tmp_path / "docs.parquet"
    assert main(["export", "--db", db, "--format", "parquet", "-o", str(pq)]) == 0
    import pyarrow.parquet as papq
    assert papq.read_table(pq).num_rows == 6


def test_claims_command_runs_on_empty_store(tmp_path, capsys) -> None:
    assert main(["claims", "--db", str(tmp_path / "e.db")]) == 0
    assert "no claims" in capsys.readouterr().out


def test_ingest_with_watchlist_writes_alerts(tmp_path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", articles(3))
    wl = tmp_path / "w.toml"
    wl.write_text('[[rule]]\nname = "aleppo"\nkeywords = ["حلب"]\n', encoding="utf-8")
    out = tmp_path / "alerts.jsonl"
    args = ["ingest", str(src), "--db", str(tmp_path / "r.db"), "--watchlist", str(wl), "--alerts-out", str(out)]
    assert main(args) == 0
    assert main(args) == 0
    alerts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(a["rule"], a["ref"]) for a in alerts] == [("aleppo", "t0")]


def test_sigkill_loses_nothing_committed(tmp_path) -> None:
    n = 300
    src = write_jsonl(tmp_path / "big.jsonl", articles(n))
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "rasd", "ingest", str(src), "--db", str(db), "--batch-size", "5", "-q"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    committed = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                committed = sqlite3.connect(db, timeout=1).execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if committed >= 10:
                break
    if proc.poll() is not None:
        pytest.skip("ingest finished before it could be killed")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    after_kill = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert after_kill >= committed  # nothing committed was lost
    con.close()
    subprocess.run(cmd, cwd=ROOT, check=True, timeout=300)
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM documents")]
    assert sorted(ids) == sorted(f"t{i}" for i in range(n))  # every article exactly once
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
