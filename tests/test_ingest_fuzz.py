"""Readers never raise on arbitrary bytes: every input ends as records or problems."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rasd.ingest import InputProblem, read_inputs
from rasd.ingest.decode import decode_bytes
from rasd.model import RawInput

NAMES = ("in.jsonl", "a.txt", "p.html", "g.sgml", "a.json", "noext", "x.gz")
# Pieces that steer the sniffers into each format, mixed with random bytes.
PIECES = st.sampled_from([b"{", b"}", b'"id": 1', b'"text": "', b"\n", b"<DOC>", b"</DOC>", b"<TEXT>",
                          b"<P>", b"<html>", b"\x1f\x8b", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00",
                          "قال".encode(), "قال".encode("cp1256"), b"[", b"]"])
CONTENT = st.lists(st.one_of(PIECES, st.binary(max_size=20)), max_size=30).map(b"".join)


@settings(max_examples=100, deadline=None)
@given(content=CONTENT, name=st.sampled_from(NAMES))
def test_any_bytes_give_records_or_problems(content: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(content)
        items = list(read_inputs([str(path)]))
    for item in items:
        assert isinstance(item, (RawInput, InputProblem))
        if isinstance(item, RawInput):
            assert item.id and item.raw.strip() and item.origin and item.origin.startswith(str(path))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_utf8_always_round_trips(text: str) -> None:
    assume(not text.startswith("\ufeff"))  # a leading BOM is dropped, by design
    assert decode_bytes(text.encode("utf-8")).text == text
