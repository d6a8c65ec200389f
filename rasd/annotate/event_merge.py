"""One event per fact: cross-sentence links between an article's candidate events.

A fact is told more than once: a continuing strike (كما شنت طائرات أخرى: other aircraft also
raided) keeps the doer named before; a claim of responsibility names the doer of an attack told
just before; a back-reference (كما أدت الغارة إلى: the raid also led to) retells the last act of
its kind; the same act with and without its target is one act. `merge` then folds candidates of
one type, source and target, and `rank` keeps the best-supported ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rasd.annotate.event_status import actor_key
from rasd.annotate.function_words import DEMONSTRATIVES
from rasd.annotate.triggers import Trigger
from rasd.annotate.word_keys import word_keys
from rasd.arabic import fold_key
from rasd.model import Event

# Sentence openers and words that continue the previous fact's doer: كما (also), أخرى (other).
CONTINUERS = frozenset({"كما", "وكما"})
ANAPHORIC = frozenset({"اخري", "اخر", "مماثله", "مماثلا"})
# ... but "on the other hand" (من جهة أخرى، من ناحية أخرى) turns to another story.
OTHER_HAND = frozenset({"جهه", "ناحيه", "جانب"})
INHERIT_CHARS = 600  # how far back (characters) an inherited doer may be
BACK_REFERENCE_CHARS = 400  # how far back a back-referring act noun's antecedent may be told


@dataclass(slots=True)
class Candidate:
    """An event and how well the article supports it (for merging and ranking)."""

    event: Event
    support: float
    order: int
    places: set[str] = field(default_factory=set)
    self_claim: bool = False  # its doer claimed it (تبنت X الهجوم)
    back_reference: bool = False  # only a definite act noun told it (الغارة: the raid)
    condemns: bool = False  # it condemns an act told before by a definite noun (أدانت إيران الضربات)
    alleged: bool = False  # the act an accusation lays on its doer (اتهم X Y بتمويل: Y's funding), whoever got it


def continues_story(words: list[str]) -> bool:
    """True for a sentence that continues the previous fact (كما شنت طائرات أخرى), not for
    one that turns away from it (من جهة أخرى: on the other hand)."""
    if not words:
        return False
    if fold_key(words[0]) in CONTINUERS:
        return True
    for i, w in enumerate(words[:6]):
        if word_keys(w) & ANAPHORIC and not (i > 0 and fold_key(words[i - 1]) in OTHER_HAND):
            return True
    return False


def inherit_sources(cands: list[Candidate], earlier: list[Candidate], sent_start: int) -> None:
    """An unnamed doer that continues the story is the doer of the previous event of that type."""
    for c in cands:
        if c.event.source is not None:
            continue
        prev = next((o for o in reversed(earlier[-6:]) if o.event.type == c.event.type and o.event.source), None)
        if prev is not None and sent_start - prev.event.evidence[1] < INHERIT_CHARS:
            c.event.source = prev.event.source
            c.support += 0.5


def claims_earlier(c: Candidate, earlier: list[Candidate]) -> bool:
    """A claim of responsibility for an attack told just before with an unnamed doer names that
    doer (هجوم شنه مسلحون ... وتبنت الجماعة الهجوم): fill it in; True when c was folded in."""
    e = c.event
    if not c.self_claim or e.target is not None:
        return False
    prev = next((o for o in reversed(earlier[-6:]) if o.event.type == e.type and o.event.source is None
                 and e.evidence[0] - o.event.evidence[1] < INHERIT_CHARS), None)
    if prev is None:
        return False
    prev.event.source, prev.event.status, prev.event.claimed_by = e.source, "claimed", e.claimed_by
    prev.support += c.support
    return True


def back_reference(trigs: list[Trigger], words: list[str]) -> bool:
    """True when a type's only triggers are definite act nouns (الغارة، الهجوم، هذا القصف):
    the sentence tells more about an act already told, not a new one."""
    strong = [t for t in trigs if t.strong]  # a result noun (أدت الغارة إلى تدمير: led to destroying) is no new act
    if not strong or any(t.verb for t in strong):
        return False
    for t in strong:
        first = fold_key(t.text.split()[0])
        definite = any(k.startswith("ال") for _, k in _splits(first))
        pointed = 0 < t.index and fold_key(words[t.index - 1]) in DEMONSTRATIVES
        if not (definite or pointed):
            return False
    return True


def _splits(word: str) -> list[tuple[str, str]]:
    """The word with a leading و/ف/ب/ل/ك clitic removed or not (والغارة → الغارة)."""
    out = [("", word)]
    if len(word) > 3 and word[0] in "وفبلك":
        out.append((word[0], word[1:]))
        if len(word) > 4 and word[1] in "بلك":
            out.append((word[:2], word[2:]))
    if word.startswith("لل"):  # للهجوم = ل + الهجوم
        out.append(("ل", "ا" + word[1:]))
    return out


def fold_back_reference(c: Candidate, earlier: list[Candidate]) -> bool:
    """A back-referring act (كما أدت الغارة إلى تدمير رتل) is the last act of its type told
    just before, when their parties agree: fill the gaps there; True when c was folded in."""
    if not c.back_reference or c.self_claim:
        return False
    e = c.event
    prev = next((o for o in reversed(earlier[-6:]) if o.event.type == e.type
                 and e.evidence[0] - o.event.evidence[1] < BACK_REFERENCE_CHARS), None)
    if prev is None or not (_agree(prev.event.source, e.source) and _agree(prev.event.target, e.target)):
        return False
    p = prev.event
    p.source, p.target = p.source or e.source, p.target or e.target
    p.where, p.when, p.quantity = p.where or e.where, p.when or e.when, p.quantity or e.quantity
    prev.support += 0.5 * c.support
    prev.places |= c.places
    return True


def _agree(a, b) -> bool:
    """True when two actors are the same or one is unknown."""
    return a is None or b is None or actor_key(a) == actor_key(b)


def merge(found: list[Candidate]) -> list[Candidate]:
    """One candidate per fact: same type, source and target (and no conflicting place) merge;
    an act without a target folds into the same doer's act of that type with one."""
    out: list[Candidate] = []
    for c in found:
        twin = next((o for o in out if _same_fact(o, c)), None)
        if twin is None:
            out.append(c)
            continue
        _fold(twin, c)
    return _fold_untargeted(out)


def _same_fact(o: Candidate, c: Candidate) -> bool:
    """Same type and parties, and places that agree; a denial (نفى الجيش أنه قصف القرية: the
    army denied shelling the village) answers the allegation told before, wherever it was placed."""
    e, f = o.event, c.event
    return (e.type == f.type and actor_key(e.source) == actor_key(f.source)
            and actor_key(e.target) == actor_key(f.target) and (_places_agree(o, c) or f.status == "denied"))


def _places_agree(o: Candidate, c: Candidate) -> bool:
    return not (o.places and c.places and not (o.places & c.places))


def _fold(twin: Candidate, c: Candidate) -> None:
    """Fold c into twin: support adds up, gaps fill, a denial wins."""
    e, t = c.event, twin.event
    twin.support += 0.5 * c.support
    twin.places |= c.places
    if e.status == "denied":  # alleged in one place, denied in another: the fact stands denied
        t.status, t.claimed_by = e.status, t.claimed_by or e.claimed_by
    elif e.status == "asserted" and t.status == "claimed":  # attributed in one place, told by the narrator in another
        t.status, t.claimed_by = "asserted", None
    t.target = t.target or e.target
    t.where = t.where or e.where
    t.when = t.when or e.when
    t.quantity = t.quantity or e.quantity


def _fold_untargeted(cands: list[Candidate]) -> list[Candidate]:
    """An act with a doer and no target (فجر انتحاري نفسه ... أعلن داعش مسؤوليته) is the same
    doer's act of that type with a target, when one was told in the same place or both were
    claimed by the doer (a group claims the attack it made)."""
    out: list[Candidate] = []
    for c in cands:
        e = c.event
        if e.target is None and e.source is not None:
            twin = next((o for o in cands if o is not c and o.event.type == e.type and o.event.target is not None
                         and actor_key(o.event.source) == actor_key(e.source) and _one_act(o, c)), None)
            if twin is not None:
                _fold(twin, c)
                continue
        out.append(c)
    return out


def _one_act(o: Candidate, c: Candidate) -> bool:
    """True when two acts of one doer are told as one: a shared place, or both self-claimed."""
    if o.places & c.places:
        return True
    claimers = {actor_key(o.event.claimed_by), actor_key(c.event.claimed_by)}
    return len(claimers) == 1 and claimers != {None} and claimers == {actor_key(o.event.source)}


def rank(found: list[Candidate], cap: int) -> list[Event]:
    """The best-supported candidates, at most `cap`, in text order."""
    best = sorted(found, key=lambda c: (-c.support, c.order))[:cap]
    return [c.event for c in sorted(best, key=lambda c: c.order)]
