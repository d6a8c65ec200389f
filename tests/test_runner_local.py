"""The local runner: input order with any number of workers, problems passed through, dead workers."""
from __future__ import annotations

import os

import pytest

from rasd.errors import RasdError
from rasd.ingest import InputProblem
from rasd.model import Document, RawInput
from rasd.runner.local import run_local

SPECS = ("test_runner_local:Shout",)


class Shout:
    """A tiny step: the body is the raw text plus '!' (and a worker dies on the id 'die')."""

    name = "shout"
    requires = ("raw",)
    provides = ("text",)

    def __call__(self, doc: Document) -> Document:
        if doc.id == "die":
            os._exit(3)  # a worker killed mid-task, as the OOM killer would
        doc.text = doc.raw + "!"
        return doc


def items(n: int) -> list[RawInput | InputProblem]:
    # "خبر" (news item)
    out: list[RawInput | InputProblem] = [RawInput(id=f"d{i}", raw=f"خبر {i}") for i in range(n)]
    out.insert(5, InputProblem("in.jsonl:6", "invalid JSON", "invalid-json"))
    return out


@pytest.mark.parametrize("workers, chunksize", [(1, 8), (2, 1), (2, 3), (3, 8)])
def test_order_and_problems_pass_through(workers: int, chunksize: int) -> None:
    results = list(run_local(items(50), SPECS, workers, chunksize))
    assert isinstance(results[5], InputProblem)
    docs = [r for r in results if isinstance(r, Document)]
    assert [d.id for d in docs] == [f"d{i}" for i in range(50)]
    assert docs[0].text == "خبر 0!"


def test_a_dead_worker_fails_the_run_instead_of_hanging() -> None:
    batch = items(10) + [RawInput(id="die", raw="x")]
    with pytest.raises(RasdError, match="worker process died"):
        list(run_local(batch, SPECS, workers=2, chunksize=2))
