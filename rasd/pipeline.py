"""The per-document pipeline: steps in one ordered list, checked once.

A step is a small object with `name`, `requires`, `provides` (field names of
`Document`) and `__call__(doc) -> doc`. It never drops a document: trouble goes
into `doc.problems`. Steps that need resources (the KB, a model, lexicons) load
them once in `__init__`, so one built `Pipeline` serves a whole shard.

`DEFAULT_STEPS` is the only place that says in which order the stages run.
"""
from __future__ import annotations

import gc
import importlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from rasd.errors import PipelineError
from rasd.model import Document, RawInput

# Fields an input record already carries before any step runs.
INPUT_FIELDS: frozenset[str] = frozenset({"id", "raw", "kind", "url", "origin", "lang"})

# The order of the stages, written once. Each entry is "module:Class"; modules
# are imported when the pipeline is built, so importing rasd stays cheap.
DEFAULT_STEPS: tuple[str, ...] = (
    "rasd.extract.clean:CleanArticle",            # text, title, author, section, published
    "rasd.extract.script:DetectScript",           # lang: "ar" when the text is Arabic
    "rasd.annotate.entities:RecogniseEntities",    # entities (KB + rules + model, linked)
    "rasd.annotate.quantities:FindQuantities",     # quantities
    "rasd.annotate.times:ResolveTimes",            # times
    "rasd.annotate.quotes:FindQuotes",             # quotes with speakers
    "rasd.annotate.events:CodeEvents",             # events with claim status
    "rasd.annotate.title:AnnotateTitle",           # what only the headline names (title offsets)
)

# Stages that read Arabic: for a text in another script (an English page in a mixed feed)
# they are skipped, their fields left empty, instead of running Arabic rules over English.
ARABIC_STAGES: frozenset[str] = frozenset(DEFAULT_STEPS[2:])


@runtime_checkable
class Step(Protocol):
    """One per-document stage."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


def load_step(spec: str) -> Step:
    """Build a step from its "module:Class" spec."""
    module_name, _, cls_name = spec.partition(":")
    try:
        cls = getattr(importlib.import_module(module_name), cls_name)
    except (ImportError, AttributeError) as exc:
        raise PipelineError(f"cannot load step {spec!r}: {exc}") from exc
    return cls()


def check_order(steps: Sequence[Step]) -> None:
    """Raise PipelineError naming the first step whose needs no earlier step provides."""
    have = set(INPUT_FIELDS)
    for step in steps:
        missing = [f for f in step.requires if f not in have]
        if missing:
            raise PipelineError(
                f"step {step.name!r} requires {', '.join(missing)}, which no earlier step provides"
            )
        have.update(step.provides)


class ArabicOnly:
    """A step that runs only when the document's text is Arabic (`doc.lang == "ar"`)."""

    def __init__(self, step: Step):
        self.step = step
        self.name, self.requires, self.provides = step.name, step.requires, step.provides

    def __call__(self, doc: Document) -> Document:
        return self.step(doc) if doc.lang == "ar" else doc


class Pipeline:
    """Steps built once and run over documents in order."""

    def __init__(self, steps: Sequence[Step]):
        check_order(steps)
        self.steps = list(steps)
        self._frozen = False  # the tables of the Arabic steps are frozen
        self._frozen_once = False  # something was frozen already (after a non-Arabic first document)

    @classmethod
    def default(cls, specs: Iterable[str] = DEFAULT_STEPS) -> "Pipeline":
        return cls([ArabicOnly(load_step(s)) if s in ARABIC_STAGES else load_step(s) for s in specs])

    def run_one(self, doc: Document) -> Document:
        """Run every step; a step that raises is recorded as a problem, not fatal."""
        for step in self.steps:
            try:
                doc = step(doc)
            except Exception as exc:  # one bad article never stops a batch
                doc.problem(step.name, "step-failed", f"{type(exc).__name__}: {exc}")
            doc.provided.update(step.provides)
        if not self._frozen:
            self._freeze(doc)
        return doc

    def _freeze(self, doc: Document) -> None:
        """Move every object alive now out of the cyclic GC's reach (`gc.freeze`) after the
        first document, and once more after the first Arabic one if that came later (the Arabic
        steps build their tables lazily): at most twice, so that a feed of other scripts does
        not freeze, and keep, each document's garbage cycles.

        The KB, models, lexicons and those tables live as long as the pipeline, and every full
        collection walked them again (~53 ms each): GC time over a first pass of the 112 bench
        text inputs 1.1-1.3 → 0.65-0.8 ms an article (`gc.callbacks`). Frozen objects are still
        freed by reference counting; only cycles among them would stay.
        """
        if doc.lang == "ar" or not self._frozen_once:
            gc.freeze()
        self._frozen, self._frozen_once = doc.lang == "ar", True

    def process(self, rec: RawInput) -> Document:
        return self.run_one(Document.from_input(rec))

    def run(self, records: Iterable[RawInput]) -> Iterator[Document]:
        for rec in records:
            yield self.process(rec)
