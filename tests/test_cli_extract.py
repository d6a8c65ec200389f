"""`rasd extract`: every input form end to end, error lines, summary, exit codes 0/1/2, workers, stdout."""
from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import main

# "The defence minister said the forces withdrew from the town."
SENTENCE = "قال وزير الدفاع إن القوات انسحبت من البلدة."
# "The army announced a ceasefire in the north."
SECOND = "أعلن الجيش وقف إطلاق النار في الشمال."
ROOT = Path(__file__).resolve().parent.parent
# In-process runs use only the cleaning step: these tests check reading, reporting and
# writing, not the annotators (the subprocess test runs the full default pipeline).
CLEAN_ONLY = ("rasd.extract.clean:CleanArticle",)


@pytest.fixture(autouse=True)
def clean_only(monkeypatch) -> None:
    monkeypatch.setattr("rasd.commands.extract.DEFAULT_STEPS", CLEAN_ONLY)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def jsonl(path: Path, *recs: dict | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in recs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_input_form_in_one_batch(tmp_path: Path, fixtures: Path, capsys) -> None:
    src = fixtures / "ingest"
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "cp.txt").write_bytes(SENTENCE.encode("cp1256"))
    (folder / "iso.txt").write_bytes(SECOND.encode("iso8859-6"))
    (folder / "bom.txt.gz").write_bytes(gzip.compress(b"\xef\xbb\xbf" + SENTENCE.encode()))
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(src / "articles.jsonl"), str(src / "bulletin.sgml"),
                 str(src / "page.html"), str(folder), "-o", str(out)])
    assert code == 0
    recs = records(out)
    assert [r["id"] for r in recs] == [
        "n1", "n2", "3", "XIN_ARB_20240305.0001", "XIN_ARB_20240306.0002", "XIN_ARB_20240307.0003",
        "page", "bom", "iso", "sub/cp"]
    by_id = {r["id"]: r for r in recs}
    assert by_id["n1"]["source"] == f"{src / 'articles.jsonl'}:1"
    assert by_id["XIN_ARB_20240305.0001"]["source"] == f"{src / 'bulletin.sgml'}#XIN_ARB_20240305.0001"
    assert by_id["XIN_ARB_20240305.0001"]["published"] == "2024-03-05"
    assert by_id["sub/cp"]["source"] == str(folder / "sub" / "cp.txt")
    # decoded text reaches the record (whatever the cleaner keeps, it keeps these words)
    assert "انسحبت" in by_id["sub/cp"]["text"] and "انسحبت" in by_id["bom"]["text"]
    assert "إطلاق" in by_id["iso"]["text"]
    assert "bad-date" in [p["reason"] for p in by_id["XIN_ARB_20240307.0003"]["problems"]]
    err = capsys.readouterr().err
    assert "10 articles read, 10 written" in err and "problems: bad-date 1" in err


def test_bad_inputs_are_reported_counted_and_skipped(tmp_path: Path, capsys) -> None:
    inp = jsonl(tmp_path / "in.jsonl", {"id": "a", "text": SENTENCE}, '{"id": "b", "text": "x" "y"}',
                {"text": SECOND}, {"id": "c", "text": SECOND})
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(inp), str(tmp_path / "empty.txt"), str(tmp_path / "bin.txt"),
                 "-o", str(out)])
    assert code == 0  # without --strict, skipped inputs are reported, not fatal
    assert [r["id"] for r in records(out)] == ["a", "c"]
    err = capsys.readouterr().err.splitlines()
    assert f"rasd extract: {inp}:2: invalid JSON (Expecting ',' delimiter at column 25); record skipped" \
        in err
    assert f"rasd extract: {inp}:3: record has no \"id\" (or it is not a string or number); " \
           "record skipped" in err
    assert f"rasd extract: {tmp_path / 'empty.txt'}: empty file; skipped" in err
    assert f"rasd extract: {tmp_path / 'bin.txt'}: binary file (NUL bytes); skipped" in err
    assert err[-1] == ("rasd extract: 6 articles read, 2 written, "
                       "4 skipped (binary-file 1, empty-file 1, invalid-json 1, no-id 1)")


@pytest.mark.parametrize("extra, strict, code", [
    ("good", False, 0),
    ("good", True, 0),
    ("bad-json", False, 0),
    ("bad-json", True, 1),
    ("no-body-html", False, 0),
    ("no-body-html", True, 1),
    ("missing", False, 1),
])
def test_exit_codes(tmp_path: Path, extra: str, strict: bool, code: int, capsys) -> None:
    inputs = [str(jsonl(tmp_path / "ok.jsonl", {"id": "a", "text": SENTENCE}))]
    if extra == "bad-json":
        inputs.append(str(jsonl(tmp_path / "bad.jsonl", "{oops")))
    elif extra == "no-body-html":
        (tmp_path / "blank.html").write_text("<html><head><title>t</title></head><body></body></html>")
        inputs.append(str(tmp_path / "blank.html"))
    elif extra == "missing":
        inputs.append(str(tmp_path / "nowhere.jsonl"))
    argv = ["extract", *inputs, "-o", str(tmp_path / "out.jsonl")] + (["--strict"] if strict else [])
    assert main(argv) == code
    if extra == "no-body-html":
        assert f"{tmp_path / 'blank.html'}: empty-body" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["extract"],                                   # no input
    ["extract", "x.jsonl", "--workers", "0"],
    ["extract", "x.jsonl", "--format", "csv"],
    ["extract", "x.jsonl", "--no-such-option"],
])
def test_usage_errors_exit_2(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_unwritable_output_or_output_over_input_exit_2(tmp_path: Path, capsys) -> None:
    inp = jsonl(tmp_path / "in.jsonl", {"id": "a", "text": SENTENCE})
    assert main(["extract", str(inp), "-o", str(tmp_path / "no" / "dir" / "out.jsonl")]) == 2
    assert main(["extract", str(inp), "-o", str(inp)]) == 2
    assert "is also an input" in capsys.readouterr().err
    assert records(inp) == [{"id": "a", "text": SENTENCE}]  # not truncated


def test_output_to_stdout(tmp_path: Path, capsysbinary) -> None:
    inp = jsonl(tmp_path / "in.jsonl", {"id": "a", "text": SENTENCE}, {"id": "b", "text": SECOND})
    assert main(["extract", str(inp), "-o", "-", "--quiet"]) == 0
    captured = capsysbinary.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.decode("utf-8").splitlines()] == ["a", "b"]
    assert captured.err == b""  # --quiet: no summary


def test_workers_keep_input_order(tmp_path: Path, capsys) -> None:
    inp = jsonl(tmp_path / "in.jsonl", *({"id": f"r{i:02d}", "text": f"{SENTENCE} {i}"} for i in range(40)))
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.txt").write_text(f"{SECOND} {i}", encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(inp), str(folder), "-o", str(one), "--workers", "1"]) == 0
    assert main(["extract", str(inp), str(folder), "-o", str(two), "--workers", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert [r["id"] for r in records(two)][-6:] == ["0", "1", "2", "3", "4", "5"]


def test_progress_bar_only_on_a_terminal(tmp_path: Path, capsys, monkeypatch) -> None:
    inp = jsonl(tmp_path / "in.jsonl", {"id": "a", "text": SENTENCE})
    assert main(["extract", str(inp), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "articles/s" not in capsys.readouterr().err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["extract", str(inp), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert " articles" in capsys.readouterr().err.split("\n")[0]


def test_stdin_jsonl_via_python_m(tmp_path: Path) -> None:
    data = "\n".join(json.dumps({"id": i, "text": SENTENCE}, ensure_ascii=False) for i in ("s1", "s2"))
    proc = subprocess.run([sys.executable, "-m", "rasd", "extract", "-", "-o", "-"], cwd=ROOT,
                          input=gzip.compress(data.encode()), capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    recs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [(r["id"], r["source"]) for r in recs] == [("s1", "<stdin>:1"), ("s2", "<stdin>:2")]


def test_stdin_text_detected(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SENTENCE.encode("cp1256"))))
    out = tmp_path / "o.jsonl"
    assert main(["extract", "-", "-o", str(out)]) == 0
    (rec,) = records(out)
    assert (rec["id"], rec["source"]) == ("stdin", "<stdin>")
    assert "انسحبت" in rec["text"]
    assert "1 article read, 1 written" in capsys.readouterr().err


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "rasd"
    if not script.exists():
        pytest.skip("rasd console script not installed in this environment")
    proc = subprocess.run([str(script), "extract", "--help"], capture_output=True, timeout=60)
    assert proc.returncode == 0 and b"--workers" in proc.stdout


def test_dask_engine_writes_what_the_local_engine_writes(tmp_path: Path, monkeypatch, capsys) -> None:
    from rasd.runner import shards

    def local_stand_in(todo, out_dir, specs, fmt="jsonl", scheduler=None, workers=2, settings=None):  # no cluster
        return shards.run_shards_local(todo, out_dir, specs, fmt, settings=settings)

    monkeypatch.setattr("rasd.runner.dask_engine.run_dask", local_stand_in)
    inp = jsonl(tmp_path / "in.jsonl", {"id": "a", "text": SENTENCE}, "{bad", {"id": "b", "text": SECOND})
    (tmp_path / "one.txt").write_text(SECOND, encoding="utf-8")
    local, sharded = tmp_path / "local.jsonl", tmp_path / "sharded.jsonl"
    inputs = [str(inp), str(tmp_path / "one.txt")]
    assert main(["extract", *inputs, "-o", str(local)]) == 0
    assert main(["extract", *inputs, "-o", str(sharded), "--engine", "dask"]) == 0
    assert sharded.read_bytes() == local.read_bytes()
    assert (tmp_path / "sharded.jsonl.parts" / "part-00000.done").exists()
    assert f"{inp}:2: invalid JSON" in capsys.readouterr().err
    assert main(["extract", *inputs, "-o", "-", "--engine", "dask"]) == 2  # part files need a folder


def test_parquet_output(tmp_path: Path, capsys) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    inp = jsonl(tmp_path / "in.jsonl", {"id": "a", "text": SENTENCE, "published": "2024-03-05"},
                {"id": "b", "text": SECOND})
    out = tmp_path / "out.parquet"
    assert main(["extract", str(inp), "-o", str(out), "--format", "parquet"]) == 0
    rows = pq.read_table(out).to_pylist()
    assert [(r["id"], r["published"], r["source"]) for r in rows] == [
        ("a", "2024-03-05", f"{inp}:1"), ("b", None, f"{inp}:2")]
    assert json.loads(rows[0]["problems"]) == []
    assert main(["extract", str(inp), "-o", "-", "--format", "parquet"]) == 2


def test_gzipped_output(tmp_path: Path, capsys) -> None:
    inp = jsonl(tmp_path / "in.jsonl", {"id": "a", "text": SENTENCE})
    out = tmp_path / "out.jsonl.gz"
    assert main(["extract", str(inp), "-o", str(out)]) == 0
    assert [json.loads(line)["id"] for line in gzip.decompress(out.read_bytes()).splitlines()] == ["a"]
