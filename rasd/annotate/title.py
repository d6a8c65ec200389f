"""The headline, annotated like the body: what it names that the body does not.

Headlines often carry a fact the body restates differently or not at all
(`مقتل جنديين وإصابة 24 آخرين في هجوم شرقي تركيا`: two soldiers killed, 24
wounded, in an attack in eastern Turkey). The same entity, quantity and time
steps run over the title as a small document of its own; what they find that
the body lacks (another entity id, another value) is kept in `doc.title_spans`,
with offsets into the title. It runs last, so no body step ever sees them.
"""
from __future__ import annotations

from rasd.model import Document, Mention, Quantity, TimeExpr
from rasd.pipeline import load_step

# The body steps re-used on the title, in pipeline order.
TITLE_STEPS: tuple[str, ...] = (
    "rasd.annotate.entities:RecogniseEntities",
    "rasd.annotate.quantities:FindQuantities",
    "rasd.annotate.times:ResolveTimes",
)


class AnnotateTitle:
    name = "title"
    requires = ("title", "entities", "quantities", "times")
    provides = ("title_spans",)

    def __init__(self) -> None:
        self.steps = [load_step(s) for s in TITLE_STEPS]

    def __call__(self, doc: Document) -> Document:
        if not doc.title or not doc.title.strip():
            return doc
        head = Document(id=doc.id, text=doc.title, published=doc.published, lang=doc.lang)
        for step in self.steps:
            head = step(head)
        doc.title_spans = [*_new_entities(doc, head), *_new_values(doc.quantities, head.quantities),
                           *_new_times(doc, head)]
        return doc


def _new_entities(doc: Document, head: Document) -> list[Mention]:
    known = {m.id or m.text for m in doc.entities}
    out, seen = [], set()
    for m in head.entities:
        key = m.id or m.text
        if key not in known and key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _new_values(body: list[Quantity], head: list[Quantity]) -> list[Quantity]:
    known = {(q.value, q.unit) for q in body}
    return [q for q in head if (q.value, q.unit) not in known]


def _new_times(doc: Document, head: Document) -> list[TimeExpr]:
    known = {t.value for t in doc.times}
    return [t for t in head.times if t.value not in known]
