"""The record: one Document per article, with spans into its body.

Every span (`Mention`, `Quote`, `Quantity`, `TimeExpr`) carries `start`/`end`
character offsets into `Document.text`, so `doc.text[m.start:m.end] == m.text`.
`Document.to_record()` serialises exactly the keys of the record contract
(`shared/eval/GOLD_SCHEMA.md`) plus a few traceability keys (`source`, `url`,
`lang`, `problems`).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityType = Literal["PER", "ORG", "GPE", "LOC"]
ClaimStatus = Literal["asserted", "claimed", "denied", "unconfirmed", "no_evidence"]
# text: a dump to clean; html: a page; clean: a body a structured source already separated (SGML <TEXT>)
RawKind = Literal["text", "html", "clean"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(slots=True)
class Problem:
    """Something that went wrong with one article; the article is still kept."""

    step: str
    reason: str  # short, stable key used for counting, e.g. "empty-body"
    detail: str = ""


@dataclass(slots=True)
class Actor:
    """Who speaks or acts: the surface text plus the linked entity, if any."""

    text: str
    name_en: str | None = None
    id: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "name_en": self.name_en, "id": self.id}


@dataclass(slots=True)
class Mention:
    """An entity mention: a person, organisation or place named in the body."""

    text: str
    start: int
    end: int
    type: EntityType
    name_en: str | None = None
    id: str | None = None
    # extras not in the contract's minimal shape, kept for the store and dashboard
    source: str = ""          # which recogniser found it: kb, title, model, coref
    role: str | None = None   # office held on the article's date, for people

    def to_record(self) -> dict[str, Any]:
        rec = {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
               "name_en": self.name_en, "id": self.id}
        if self.role:
            rec["role"] = self.role
        return rec

    def actor(self) -> Actor:
        return Actor(self.text, self.name_en, self.id)


@dataclass(slots=True)
class Quote:
    """A direct (in quotation marks) or reported (after a cue verb) quote."""

    text: str
    start: int
    end: int
    direct: bool
    cue: str | None = None
    speaker: Actor | None = None
    anonymous: bool = False  # "a source said": no named speaker, kept as such

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "direct": self.direct,
                "cue": self.cue, "speaker": self.speaker.to_record() if self.speaker else None}


@dataclass(slots=True)
class Quantity:
    """A counted quantity: `نحو 10 آلاف جندي` (about 10000 troops) → 10000, troops, approx."""

    text: str
    start: int
    end: int
    value: float
    unit: str | None = None
    approx: bool = False

    def to_record(self) -> dict[str, Any]:
        v: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"text": self.text, "start": self.start, "end": self.end, "value": v,
                "unit": self.unit, "approx": self.approx}


@dataclass(slots=True)
class TimeExpr:
    """A date expression resolved to ISO at its grain: 2024-11-01, 2024-W44, 2024-08, 2022."""

    text: str
    start: int
    end: int
    value: str

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value}


@dataclass(slots=True)
class Event:
    """A PLOVER event: who did what to whom, where, when, how many, and its claim status."""

    type: str
    source: Actor | None
    target: Actor | None
    evidence: tuple[int, int]
    status: ClaimStatus = "asserted"
    where: Actor | None = None
    when: str | None = None
    quantity: Quantity | None = None
    mode: str | None = None
    claimed_by: Actor | None = None
    trigger: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "type": self.type, "mode": self.mode,
            "source": self.source.to_record() if self.source else None,
            "target": self.target.to_record() if self.target else None,
            "where": self.where.to_record() if self.where else None,
            "when": self.when,
            "quantity": self.quantity.to_record() if self.quantity else None,
            "status": self.status,
            "claimed_by": self.claimed_by.to_record() if self.claimed_by else None,
            "trigger": self.trigger,
            "evidence": {"start": self.evidence[0], "end": self.evidence[1]},
        }


@dataclass(slots=True)
class RawInput:
    """One input record before extraction: raw text or HTML plus what the source told us."""

    id: str
    raw: str
    kind: RawKind = "text"
    url: str | None = None
    published: str | None = None
    lang: str | None = None
    origin: str | None = None  # file path (and line or record) it came from
    # metadata a structured source already gave (SGML <TITLE>, JSONL "title"...)
    title: str | None = None
    author: str | None = None
    section: str | None = None
    # trouble met while reading (a bad date, replaced bytes), carried onto the Document
    problems: list[Problem] = field(default_factory=list)
    # lines known to be furniture of this input's source (learnt across a batch)
    boilerplate: frozenset[str] = frozenset()


@dataclass(slots=True)
class Document:
    """One article as it flows through the pipeline."""

    id: str
    raw: str = ""
    kind: RawKind = "text"
    url: str | None = None
    origin: str | None = None
    lang: str | None = None
    title: str | None = None
    author: str | None = None
    section: str | None = None
    published: str | None = None
    text: str = ""
    entities: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Mentions, quantities and times found only in the headline: their start/end
    # point into `title`, so they are kept apart from the body's spans and
    # serialised with `field: "title"` and `title_start`/`title_end` instead.
    title_spans: list[Mention | Quantity | TimeExpr] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # fields filled so far, for the pipeline's requires/provides check
    boilerplate: frozenset[str] = frozenset()
    provided: set[str] = field(default_factory=set)

    @classmethod
    def from_input(cls, rec: RawInput) -> "Document":
        return cls(id=rec.id, raw=rec.raw, kind=rec.kind, url=rec.url, origin=rec.origin,
                   lang=rec.lang, title=rec.title, author=rec.author, section=rec.section,
                   published=rec.published, problems=list(rec.problems), boilerplate=rec.boilerplate)

    def problem(self, step: str, reason: str, detail: str = "") -> None:
        self.problems.append(Problem(step, reason, detail))

    def _title_records(self, kind: type) -> list[dict[str, Any]]:
        out = []
        for span in self.title_spans:
            if isinstance(span, kind):
                rec = span.to_record()
                rec["field"] = "title"
                rec["title_start"], rec["title_end"] = rec.pop("start"), rec.pop("end")
                out.append(rec)
        return out

    def to_record(self) -> dict[str, Any]:
        """The record contract's keys, in its order, plus traceability keys."""
        return {
            "id": self.id,
            "title": self.title,
            "author": self.author,
            "section": self.section,
            "published": self.published,
            "text": self.text,
            "entities": [m.to_record() for m in self.entities] + self._title_records(Mention),
            "quotes": [q.to_record() for q in self.quotes],
            "quantities": [q.to_record() for q in self.quantities] + self._title_records(Quantity),
            "times": [t.to_record() for t in self.times] + self._title_records(TimeExpr),
            "events": [e.to_record() for e in self.events],
            "url": self.url,
            "source": self.origin,
            "lang": self.lang,
            "problems": [asdict(p) for p in self.problems],
        }
