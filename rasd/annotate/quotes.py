"""The quotes step: direct and reported quotes with their speakers.

Built on `find_attributions`: each cue's speech becomes one quote. Reported speech
(`قال الوزير إن الهجوم فشل` "the minister said the attack failed") is the complement
without its complementiser and final full stop. Speech in quotation marks is direct;
when a reported complement is (almost) one quotation (`وأضاف أن بلاده “...”`) it is
emitted once, as the direct quotation. Quotation marks inside reported speech are
part of it, not quotes of their own. A quotation that opens a sentence right after
a quote continues that quote's speaker (`وقال: “...”. “...”`). Quoted words with no
speech cue (names, scare quotes) and headlines `X: ...` are not quotes. Cues that
are negated (`لم يقل`) or whose complementiser belongs to a noun (`نفى مزاعم بأن`
"denied claims that") give no quote.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.attributions import Attribution, default_kb, find_attributions, trim
from rasd.annotate.cues import scan
from rasd.annotate.speaker_lexicons import Lexicons, load_lexicons
from rasd.model import Document, Quote

if TYPE_CHECKING:
    from rasd.kb import KB

DIRECT_SHARE = 0.6  # a complement this much inside one quotation is that quotation
MIN_WORDS = 2  # shorter speech is a fragment, not a quote
CONTINUATION_WORDS = 4  # a quotation continuing the previous quote has at least this many words


class FindQuotes:
    """Pipeline step: fill `doc.quotes`."""

    name = "quotes"
    requires = ("text", "entities", "published")
    provides = ("quotes",)

    def __init__(self, kb: "KB | None" = None):
        self.lex: Lexicons = load_lexicons()
        self.kb = kb if kb is not None else default_kb()

    def __call__(self, doc: Document) -> Document:
        if doc.text:
            doc.quotes = find_quotes(doc, self.lex, self.kb)
        return doc


def find_quotes(doc: Document, lex: Lexicons | None = None, kb: "KB | None" = None) -> list[Quote]:
    """Quotes of `doc.text` in text order, each once."""
    sc = scan(doc.text)  # read once: the attributions and the quotations below share it
    quoted = sc.quoted
    out: list[Quote] = []
    people = [(m.start, m.end) for m in doc.entities if m.type == "PER"]  # once, not once a quote
    for att in find_attributions(doc, lex, kb, sc):
        q = _quote(doc.text, att, quoted)
        if q is not None and not _only_a_name(people, q):
            out.append(q)
    out += _continuations(doc.text, quoted, out)
    return _distinct(sorted(out, key=lambda q: q.start))


def _quote(text: str, att: Attribution, quoted: list[tuple[int, int]]) -> Quote | None:
    """The quote an attribution gives, or None."""
    if att.complement_span is None or att.negated or att.via_noun:
        return None
    a, b = att.complement_span
    direct = att.direct
    inner = _main_quotation(text, a, b, quoted)
    if inner is not None:
        (a, b), direct = inner, True
    span = _balanced(text, *(trim(text, a, b) or (a, a)))
    if span is None or len(text[span[0]:span[1]].split()) < MIN_WORDS:
        return None
    a, b = span
    return Quote(text[a:b], a, b, direct, att.cue_verb, att.speaker, att.anonymous)


def _only_a_name(people: list[tuple[int, int]], q: Quote) -> bool:
    """`كتب: أحمد سالم` (written by: Ahmed Salem) is a byline: the "speech" is one person's name
    (`people`: the spans of the document's PER mentions)."""
    return any(a <= q.start and q.end <= b for a, b in people)


def _balanced(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Drop a quotation mark left open at the start or closed at the end of a span."""
    if a < b and text[a] in "«“„" and not any(c in text[a + 1:b] for c in "»”“"):
        a += 1
    if a < b and text[b - 1] in "»”" and not any(c in text[a:b - 1] for c in "«“„"):
        b -= 1
    return trim(text, a, b)


def _main_quotation(text: str, a: int, b: int, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The inside of a quotation that opens the complement or fills most of it."""
    for qa, qb in quoted:
        if qa < a - 1 or qb > b + 1:
            continue
        opens = not text[a:qa].strip()
        if opens or (qb - qa) >= DIRECT_SHARE * (b - a):
            return qa + 1, qb - 1
    return None


def _continuations(text: str, quoted: list[tuple[int, int]], found: list[Quote]) -> list[Quote]:
    """Quotations opening a sentence right after a quote: the same speaker goes on."""
    out: list[Quote] = []
    for qa, qb in quoted:
        prev = _previous_quote(text, qa, found + out)
        if prev is None or any(q.start <= qa < q.end + 1 for q in found):
            continue
        span = trim(text, qa + 1, qb - 1)
        if span and len(text[span[0]:span[1]].split()) >= CONTINUATION_WORDS:
            out.append(Quote(text[span[0]:span[1]], span[0], span[1], True, prev.cue,
                             prev.speaker, prev.anonymous))
    return out


def _previous_quote(text: str, qa: int, quotes: list[Quote]) -> Quote | None:
    """The quote ending just before a quotation, with only a full stop and spaces between."""
    for q in quotes:
        gap = text[q.end:qa]
        if q.end <= qa and len(gap) <= 4 and "\n" not in gap and gap.strip(" .”»\"") == "":
            return q
    return None


def _distinct(quotes: list[Quote]) -> list[Quote]:
    """Drop quotes inside another quote (a quotation within reported speech)."""
    out: list[Quote] = []
    for q in quotes:
        inside = any(o.start <= q.start and q.end <= o.end and (o.start, o.end) != (q.start, q.end)
                     for o in quotes)
        if not inside and all((o.start, o.end) != (q.start, q.end) for o in out):
            out.append(q)
    return out
