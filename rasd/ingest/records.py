"""What a reader yields: an input record, or a problem naming where and what went wrong.

Readers never raise for bad data: one bad line, record or file becomes an
`InputProblem` in the stream, and the records around it still flow.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

from rasd.model import RawInput

# Stable keys for counting skipped inputs in a batch summary.
InputReason = Literal[
    "missing-path", "unreadable", "empty-file", "binary-file", "undecodable", "too-large",
    "invalid-json", "not-a-record", "no-id", "no-text", "no-document", "corrupt-compression",
]


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read: `where` (file, file:LINE or file#DOCNO) and `what`."""

    where: str
    what: str
    reason: InputReason = "unreadable"

    def message(self) -> str:
        """The one-line report, e.g. `in.jsonl:7: invalid JSON (…); record skipped`."""
        return f"{self.where}: {self.what}"


Item: TypeAlias = RawInput | InputProblem
