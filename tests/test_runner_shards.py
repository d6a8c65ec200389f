"""Shards with done markers: planning, resume, and the Dask engine matching the local one."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.runner.shards import plan, read_parts, run_shards_local

ROOT = Path(__file__).resolve().parent.parent
TOWNS = ["حلب", "الموصل", "عدن", "بنغازي", "درعا", "تعز", "سرت", "الرقة", "إدلب", "مأرب"]
# Only cleaning and quantities: enough to compare engines, fast enough for CI.
SPECS = ("rasd.extract.clean:CleanArticle", "rasd.annotate.quantities:FindQuantities")


def corpus(tmp: Path, n: int = 23) -> list[str]:
    """A JSONL file (one bad line inside), a text file and a folder: articles written for the tests."""
    lines = []
    for i in range(n):
        lines.append(json.dumps({"id": f"j{i}", "published": "2024-04-01",
                                 "text": f"خبر {i}\n\nقتل {i + 2} أشخاص في قصف على {TOWNS[i % 10]} وفق مصادر محلية."},
                                ensure_ascii=False))
        if i == 7:
            lines.append("{not json")
    (tmp / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp / "b.txt").write_text("عنوان\n\nأصيب 5 جنود في هجوم على نقطة تفتيش.", encoding="utf-8")
    (tmp / "dir").mkdir()
    (tmp / "dir" / "c.txt").write_text("عنوان آخر\n\nنزح نحو ألفي مدني من البلدة.", encoding="utf-8")
    return [str(tmp / "a.jsonl"), str(tmp / "b.txt"), str(tmp / "dir")]


def local_records(inputs: list[str], tmp: Path) -> list[dict]:
    from rasd.ingest import read_inputs
    from rasd.runner.local import run_local
    from rasd.runner.shards import _row
    return [_row(r) for r in run_local(read_inputs(inputs), specs=SPECS)]


def test_plan_cuts_jsonl_by_lines_and_keeps_files_whole(tmp_path) -> None:
    shards, problems = plan(corpus(tmp_path) + [str(tmp_path / "missing.jsonl")], per_shard=10)
    assert [s.first_line for s in shards[:3]] == [1, 11, 21]
    assert shards[3].end is None and shards[4].name.endswith("c.txt")
    assert [p.reason for p in problems] == ["missing-path"]


def test_sharded_local_run_equals_plain_run_and_resumes(tmp_path) -> None:
    inputs = corpus(tmp_path)
    shards, _ = plan(inputs, per_shard=10)
    out = tmp_path / "out"
    first = run_shards_local(shards, out, SPECS, workers=2)
    assert sum(r["records"] for r in first) == 25 and sum(r["problems"] for r in first) == 1
    assert list(read_parts(out)) == local_records(inputs, tmp_path)
    again = run_shards_local(shards, out, SPECS)
    assert all(r["skipped"] for r in again)  # every shard's marker found: nothing redone


def test_dask_engine_matches_local(tmp_path) -> None:
    pytest.importorskip("dask.distributed")
    from rasd.runner.dask_engine import run_dask
    inputs = corpus(tmp_path)
    shards, _ = plan(inputs, per_shard=6)
    out = tmp_path / "dask-out"
    results = run_dask(shards, out, SPECS, workers=2)
    assert [r["shard"] for r in results] == [s.index for s in shards]
    assert list(read_parts(out)) == local_records(inputs, tmp_path)


def test_parquet_parts(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    shards, _ = plan(corpus(tmp_path), per_shard=10)
    run_shards_local(shards, tmp_path / "pq", SPECS, fmt="parquet")
    tables = sorted((tmp_path / "pq").glob("part-*.parquet"))
    assert len(tables) == len(shards)
    assert sum(pq.read_table(t).num_rows for t in tables) == 26


def test_ingest_engine_dask_loads_every_article_once(tmp_path) -> None:
    pytest.importorskip("dask.distributed")
    inputs = corpus(tmp_path)
    db = tmp_path / "d.db"
    assert main(["ingest", *inputs, "--db", str(db), "--engine", "dask", "--workers", "2", "-q"]) == 0
    assert main(["ingest", *inputs, "--db", str(db), "--engine", "dask", "--workers", "2", "-q"]) == 0
    import sqlite3
    ids = [r[0] for r in sqlite3.connect(db).execute("SELECT id FROM documents")]
    assert len(ids) == len(set(ids)) == 25


KILL_SCRIPT = """
import sys
from pathlib import Path
from rasd.runner.sharded import run_sharded
specs = ("rasd.extract.clean:CleanArticle", "rasd.annotate.quantities:FindQuantities")
run_sharded(sys.argv[2:], Path(sys.argv[1]), engine="dask", workers=2, per_shard=2, specs=specs)
"""


def test_killed_run_is_completed_by_a_rerun(tmp_path) -> None:
    pytest.importorskip("dask.distributed")
    inputs = corpus(tmp_path, n=120)
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(out), *inputs], cwd=ROOT,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None and len(list(out.glob("*.done"))) < 3:
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the run finished before it could be killed")
    os.killpg(proc.pid, signal.SIGKILL)  # scheduler, workers and all
    proc.wait()
    finished = len(list(out.glob("*.done")))
    shards, _ = plan(inputs, per_shard=2)
    assert 0 < finished < len(shards)
    subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(out), *inputs], cwd=ROOT, check=True, timeout=300)
    rows = [r for r in read_parts(out) if "_problem" not in r]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 122  # every article exactly once
    assert not list(out.glob("*.tmp"))


def _big_and_small(tmp: Path) -> str:
    """A JSONL file: one ~4 KB article line between two short ones."""
    small = {"id": "s", "published": "2024-04-01", "text": "عنوان\n\nأصيب 5 جنود في هجوم."}  # 5 soldiers hurt
    big = {"id": "big", "published": "2024-04-01", "text": "عنوان\n\n" + "نزح آلاف المدنيين من البلدة. " * 80}
    rows = [dict(small, id="s1"), big, dict(small, id="s2")]
    path = tmp / "mixed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_shards_read_with_the_given_settings(tmp_path) -> None:
    """--max-file-mb reaches the shards: the over-long line is skipped with a problem, the rest kept."""
    from rasd.config import Settings
    shards, _ = plan([_big_and_small(tmp_path)], per_shard=2)
    out = tmp_path / "out"
    counts = run_shards_local(shards, out, SPECS, settings=Settings(max_file_mb=0.001))
    assert sum(r["records"] for r in counts) == 2 and sum(r["problems"] for r in counts) == 1
    rows = list(read_parts(out))
    assert [r.get("id") or r["_problem"]["reason"] for r in rows] == ["s1", "too-large", "s2"]


def test_extract_engine_dask_honours_max_file_mb(tmp_path) -> None:
    pytest.importorskip("dask.distributed")
    src, out = _big_and_small(tmp_path), tmp_path / "out.jsonl"
    code = main(["extract", src, "-o", str(out), "--engine", "dask", "--workers", "1",
                 "--max-file-mb", "0.001", "-q"])
    assert code == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["s1", "s2"]


def test_ingest_engine_dask_honours_the_configured_file_limit(tmp_path, monkeypatch) -> None:
    """RASD_MAX_FILE_MB reaches the Dask shards of `rasd ingest` too: the over-long line is left out."""
    pytest.importorskip("dask.distributed")
    monkeypatch.setenv("RASD_MAX_FILE_MB", "0.001")
    db = tmp_path / "d.db"
    assert main(["ingest", _big_and_small(tmp_path), "--db", str(db), "--engine", "dask", "--workers", "1", "-q"]) == 0
    import sqlite3
    ids = [r[0] for r in sqlite3.connect(db).execute("SELECT id FROM documents")]
    assert "s1" in ids and "big" not in ids  # s2 repeats s1 word for word: a near-duplicate
