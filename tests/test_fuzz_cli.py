"""`rasd extract` over a folder of broken and mutated files: no traceback, one line per bad file.

The folder holds random bytes, truncated and deeply nested HTML, a corrupt gzip, a
JSON Lines file with broken lines, empty and NUL-only files, bidi-laced text and an
SGML file cut mid-tag, next to one good article. The real CLI runs in a subprocess
with the full default pipeline.
"""
from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# "The army announced a ceasefire in the north." / "The minister said talks go on."
GOOD = "أعلن الجيش وقف إطلاق النار في الشمال.\nوقال الوزير إن المحادثات مستمرة."


def mutated_folder(root: Path) -> dict[str, bytes]:
    """Write the corpus; return bad file name → its bytes."""
    rng = random.Random(7)  # fixed: the same bytes on every run
    page = (ROOT / "samples/sudan-elfasher.html").read_bytes()
    files = {
        "good.txt": GOOD.encode(),
        "random.txt": bytes(rng.randrange(256) for _ in range(2000)),
        "random.html": bytes(rng.randrange(256) for _ in range(2000)),
        "truncated.html": page[: len(page) // 3],
        "nested.html": b"<html><body>" + b"<div>" * 5000 + GOOD.encode() + b"</body>",
        "corrupt.txt.gz": gzip.compress(GOOD.encode())[:25],
        "notgzip.html.gz": b"<html>plain</html>",
        "lines.jsonl": b'{"id": "a", "text": "' + GOOD.encode()[:40]
                       + b'"}\n{"id": \n[1, 2]\n"str"\n\xff\xfe\n'
                       + json.dumps({"id": "b", "text": None}).encode() + b"\n"
                       + json.dumps({"id": "c", "text": GOOD, "published": "2024-13-45"}).encode() + b"\n",
        "array.json": b'[{"id": "x", "text": "' + GOOD.encode()[:30],
        "empty.txt": b"",
        "nul.txt": b"\x00" * 3000,
        "bidi.txt": ("\u202e" + GOOD + "\u2067\u200f").encode(),
        "cp1256-as-utf8.txt": GOOD.encode("cp1256"),
        "cut.sgml": b"<DOC><DOCNO>X1</DOCNO><TEXT>" + GOOD.encode()[:31],
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    return files


@pytest.mark.timeout(300)
def test_extract_over_mutated_folder(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    files = mutated_folder(folder)
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "rasd", "extract", str(folder), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=280)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for rec in recs:
        assert not [p for p in rec["problems"] if p["reason"].endswith("-failed")], rec["problems"]
        for field in ("entities", "quotes", "quantities", "times"):
            for m in rec[field]:  # headline spans carry title offsets (field: title)
                text, a, b = ((rec["title"], m["title_start"], m["title_end"]) if m.get("field") == "title"
                              else (rec["text"], m["start"], m["end"]))
                assert text[a:b] == m["text"], (rec["id"], m)
    assert any(r["id"] == "good" and "الجيش" in r["text"] for r in recs)
    # every unreadable file or line is named on its own stderr line
    lines = proc.stderr.splitlines()
    for name in ("corrupt.txt.gz", "lines.jsonl", "array.json"):
        assert any(name in line for line in lines), (name, proc.stderr)
    assert all(len(line) < 2000 for line in lines)  # one line each, no dumps


@pytest.mark.timeout(300)
def test_extract_jsonl_with_lone_surrogate(tmp_path: Path) -> None:
    # half an emoji ("\ud83d") before "the minister said that talks go on"
    src = tmp_path / "half-emoji.jsonl"
    src.write_text('{"id": "s1", "text": "\\ud83d ' + GOOD.splitlines()[1] + '"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "rasd", "extract", str(src), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=280)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 1
