"""Readers: files, folders, gzip and stdin in JSON Lines, text, HTML or SGML → `RawInput` records.

`read_inputs(["corpus/", "more.jsonl.gz", "-"])` yields `RawInput` records and
`InputProblem`s in input order; see `rasd.ingest.readers`.
"""
from __future__ import annotations

from rasd.ingest.readers import read_inputs
from rasd.ingest.records import InputProblem, Item

__all__ = ["InputProblem", "Item", "read_inputs"]
