"""Attributions: who said what, where the speech is, and how it was introduced.

`find_attributions(doc)` reads every speech cue of an article, outside quotation
marks: `وقال وزير الخارجية إن ...` "the foreign minister said that ...", `وأضافت: «...»`
"and she added: «...»", `«...»، قال الجيش` "«...», the army said", `مؤكدا أن ...`
"stressing that ...", `حسب شهود فإن ...` "according to witnesses, ...", `قول المعارضة
بأن ...` "the opposition's saying that ...". Each gives an `Attribution` with the cue,
its resolved speaker (or anonymous), the span of the speech (the complement after
`إن/أن/بأن` or a colon, up to the end of its sentence or the next cue), whether the
cue is negated (`لم يقل` "did not say"), and whether the complementiser belongs to a
noun (`نفى مزاعم بأن` "denied claims that": the claim is denied, not said). The
quotes step and the events step (claim status) both read it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rasd.annotate.cues import CLOSE_MARKS, Cue, Opener, Scan, cue_of, find_cues, find_opener, scan
from rasd.annotate.function_words import RELATIVES
from rasd.annotate.noun_cues import QAWL, noun_cues
from rasd.annotate.speaker_lexicons import Lexicons, load_lexicons
from rasd.annotate.speaker_memory import Resolved
from rasd.annotate.speaker_words import agrees, listed_form
from rasd.annotate.speakers import SpeakerResolver
from rasd.annotate.speech_bounds import Bounds, complement_end, mark_opener
from rasd.annotate.speech_senses import embedded, impersonal, named_complementisers, speech_sense
from rasd.model import Actor, Document

if TYPE_CHECKING:
    from rasd.kb import KB

WINDOW = 30  # words between a cue and its complementiser (subject plus adjuncts)
STRICT_WINDOW = 3  # for cue verbs with other senses (تابع "followed")
PARTICIPLE_WINDOW = 6  # مؤكدا في الوقت نفسه أن "stressing at the same time that"
# Participles of saying proper: the speech may follow them at once (مضيفا لدي ...).
# Present forms read as impersonal passives when أن follows at once (يذكر أن: it is noted that).
SAYING = frozenset({"قال", "أضاف", "تابع", "أردف"})
POST_QUOTE_WORDS = 3  # «...»، قال: a shorter quotation before a cue is a name or a term


@dataclass(frozen=True, slots=True)
class Attribution:
    """One speech cue with its speaker and speech."""

    cue_span: tuple[int, int]  # characters of the cue word in doc.text
    cue_verb: str  # the cue as written (وقالت)
    lemma: str  # its dictionary form (قال)
    kind: str  # speech act: say, confirm, deny, accuse, claim, warn ... (cue_verbs.tsv)
    speaker: Actor | None
    anonymous: bool  # a source that names no one (مصدر، شهود عيان)
    complement_span: tuple[int, int] | None  # characters of the speech, or None
    negated: bool  # لم يقل "did not say", لم ينف "did not deny"
    direct: bool = False  # the speech is in quotation marks or after a colon
    via_noun: bool = False  # the complementiser belongs to a noun: نفى مزاعم بأن


def find_attributions(doc: Document, lex: Lexicons | None = None, kb: "KB | None" = None,
                      sc: Scan | None = None) -> list[Attribution]:
    """Every speech cue of `doc.text`, in text order, with speaker and speech span (kb: default KB).

    `sc`: the text already scanned (`cues.scan(doc.text)`), when the caller has it.
    """
    if not doc.text:
        return []
    sc = sc if sc is not None else scan(doc.text)
    bounds = Bounds.of(sc)
    resolver = SpeakerResolver(doc, sc, lex or load_lexicons(), kb or default_kb(), bounds.sent_start)
    cues = [c for c in _speech_cues(sc, resolver.lex) if not resolver.inside_name(sc.tokens[c.index].start)]
    where = frozenset(c.index for c in cues)
    names = named_complementisers(sc, resolver)
    openers = {c.index: _opener(sc, c, where, names) for c in cues}
    stops = _stops(sc, cues, openers)
    out: list[Attribution] = []
    said: dict[int, Resolved] = {}
    for cue in cues:
        res = _speaker(resolver, sc, cue, openers[cue.index], said, cues)
        if res is None:
            continue
        res = resolver.as_state(res)
        said[cue.index] = res
        opener = openers[cue.index]
        span = _speech(sc, cue, opener, bounds, stops) if opener else None
        out.append(_attribution(sc, cue, res, opener, span))
    return out


def default_kb() -> "KB | None":
    """The entity KB when it loads (cached by `load_kb`); speakers are still found without it."""
    try:
        from rasd.kb import load_kb
        return load_kb()
    except Exception:  # a missing or broken KB costs titles and nationalities, not quotes
        return None


def _speech_cues(sc: Scan, lex: Lexicons) -> list[Cue]:
    """Cues in their speech sense, in text order (not تابع "followed", بين "between", جاء "came")."""
    cues = [c for c in find_cues(sc) if not embedded(sc, c.index) and speech_sense(sc, c)
            and not impersonal(sc, c.index)]
    cues = sorted(cues + noun_cues(sc, lex), key=lambda c: c.index)
    everywhere = frozenset(c.index for c in cues)
    return [c for c in cues if not c.form.strict or _opener(sc, c, everywhere) is not None
            or _participle_follows(sc, c.index)]


def _participle_follows(sc: Scan, i: int) -> bool:
    """وتابع قائلا: "and he went on, saying:" — the strict verb governs the participle."""
    hit = cue_of(sc.keys[i + 1]) if i + 1 < len(sc.keys) else None
    return hit is not None and hit[0].pos == "participle"


def _opener(sc: Scan, cue: Cue, cue_at: frozenset[int], names: frozenset[int] = frozenset()) -> Opener | None:
    """What opens the cue's speech, if anything, skipping names in quotation marks and names
    that begin with a complementiser's spelling (`names`)."""
    pos = cue.form.pos
    window = PARTICIPLE_WINDOW if pos == "participle" else STRICT_WINDOW if cue.form.strict else WINDOW
    stop = cue_at - {cue.index}
    start = cue.index + 1
    opener = find_opener(sc, start, start + window, stop)
    while opener is not None and opener.index in names:
        opener = find_opener(sc, opener.index + 1, start + window, stop)
    rel = relative_clause_end(sc, start, start + window, stop) if opener is None and pos == "verb" else None
    if rel is not None:  # وأبلغ تشوي، الذي قال إن ...، لافروف أن: the speech after the clause
        opener = find_opener(sc, rel + 1, start + window, stop)
    opener = mark_opener(sc, opener, start + window, stop)
    if opener is None and pos == "participle" and cue.form.lemma in SAYING:
        return Opener(cue.index, "colon")  # مضيفا لدي مهمة "adding: I have a mission"
    if opener is None:
        return _quote_before(sc, cue.index) if pos in ("verb", "according") and not cue.form.strict else None
    if pos == "according" and opener.kind != "after" and not sc.keys[opener.index].startswith("فان"):
        return None
    if pos == "participle" and cue.form.lemma not in SAYING and not _clause_initial(sc, cue.index):
        return None
    return opener


def _quote_before(sc: Scan, i: int) -> Opener | None:
    """A quotation just before the cue: «...»، قال الوزير "«...», the minister said"."""
    k = i - 1
    while k >= 0 and sc.keys[k] in ("،", ","):
        k -= 1
    if k < 0 or sc.tokens[k].text not in CLOSE_MARKS:
        return None
    end = sc.tokens[k].end
    start = next((a for a, b in sc.quoted if b == end), None)
    if start is None or len(sc.text[start:end].split()) < POST_QUOTE_WORDS:
        return None
    j = next(j for j in range(k, -1, -1) if sc.tokens[j].start == start)
    return Opener(j, "after")


def _clause_initial(sc: Scan, i: int) -> bool:
    """A participle cue follows a comma or و: ، مؤكدا أن "..., stressing that"."""
    return i > 0 and (sc.keys[i - 1] in ("،", ",") or sc.keys[i].startswith("و"))


def _stops(sc: Scan, cues: list[Cue], openers: dict[int, Opener | None]) -> dict[int, Cue]:
    """Cues that end an earlier speech: a new clause's verb, or any cue with speech of its own.

    The comma closing a relative clause inside a subject (وأبلغ تشوي، الذي قال إن ...، لافروف
    أن ...) also ends the clause's speech: the speech of the main verb follows.
    """
    out = {c.index: c for c in cues
           if openers[c.index] is not None or (c.form.pos == "verb" and c.prefixed)
           or c.form.pos == "participle"}
    for c in cues:
        op = openers[c.index]
        if op is not None and op.index > c.index:
            rel = relative_clause_end(sc, c.index + 1, op.index, frozenset(out) - {c.index})
            if rel is not None:
                out[rel] = c
    return out


def relative_clause_end(sc: Scan, a: int, b: int, stop: frozenset[int]) -> int | None:
    """The comma closing a relative clause (الذي قال ...،) that holds a cue, within tokens[a:b]."""
    j = next((j for j in range(a, min(b, len(sc.keys))) if j in stop), None)
    if j is None or j == 0 or sc.keys[j - 1] not in RELATIVES:
        return None
    return next((k for k in range(j + 1, min(b, len(sc.keys))) if sc.keys[k] in ("،", ",")), None)


def _speaker(resolver: SpeakerResolver, sc: Scan, cue: Cue, opener: Opener | None,
             said: dict[int, Resolved], cues: list[Cue]) -> Resolved | None:
    """Resolve (and remember) the speaker; None drops a participle that is part of the speech."""
    if cue.form.pos == "participle":
        gov = _governor(resolver, cue, cues)
        if opener is None or (gov is None and not _clause_initial(sc, cue.index)):
            return None
        # دانت الوزارة التوغل، معتبرة أنه: the participle describes the subject of the clause before
        # its comma (also past a cue further back: دعا X ...، غير أن Y رفض الدعوة، معتبرا → Y)
        subject = resolver.clause_subject(cue, gov.index if gov is not None else -1)
        if subject is not None:
            res = Resolved(subject, False, explicit=False)
            resolver.remember(cue, res, cue.index, cue.index)  # a later bare وأضاف "he added" is this subject
            return res
        if gov is None:
            return Resolved(*resolver.verb_only(cue), explicit=False)
        return said.get(gov.index) or Resolved(*resolver.verb_only(cue), explicit=False)
    if cue.form.lemma == "قوله":
        start = next((k for k in range(cue.index - 1, max(resolver.sent_start[cue.index], cue.index - 10), -1)
                      if sc.keys[k] == "عن"), cue.index)
        return resolver.resolve(cue, start, cue.index)
    after = opener is None or opener.kind == "after"
    end = _subject_end(sc, cue.index) if after else opener.index
    res = resolver.resolve(cue, cue.index + 1, end)
    if cue.form.pos == "verb":
        resolver.remember(cue, res, cue.index + 1, end)
    return res


def _governor(resolver: SpeakerResolver, cue: Cue, cues: list[Cue]) -> Cue | None:
    """The verb of the same sentence a participle agrees with: قال ... مؤكدا."""
    s0 = resolver.sent_start[cue.index]
    for c in reversed([c for c in cues if s0 <= c.index < cue.index and c.form.pos == "verb"]):
        if agrees(cue.form.gender, c.form.gender if c.form.gender in "mf" else "?") and \
                c.form.number == cue.form.number:
            return c
    return None


def _subject_end(sc: Scan, i: int) -> int:
    """Where the subject of a cue without speech ends: punctuation, a line, another cue."""
    j = i + 1
    while j < len(sc.keys) and j - i <= 8 and sc.tokens[j].text.isalnum() and j not in sc.breaks \
            and cue_of(sc.keys[j]) is None and sc.keys[j] not in QAWL:
        j += 1
    return j


def _speech(sc: Scan, cue: Cue, opener: Opener, bounds: Bounds, stops: dict[int, Cue]) -> tuple[int, int] | None:
    """Character span of the speech after its opener, trimmed of punctuation."""
    if opener.kind in ("mark", "after"):
        qa, qb = next(q for q in sc.quoted if q[0] == sc.tokens[opener.index].start)
        return qa + 1, qb - 1
    s = opener.index + 1
    e = complement_end(sc, s, cue, bounds, stops)
    if e <= s:
        return None
    return trim(sc.text, sc.tokens[s].start, sc.tokens[e - 1].end)


def trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A span without surrounding spaces and trailing punctuation (the final full stop)."""
    while a < b and (text[a].isspace() or text[a] in "،,:؛"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".،,؛:…!"):
        b -= 1
    return (a, b) if b > a else None


def _attribution(sc: Scan, cue: Cue, res: Resolved, opener: Opener | None,
                 span: tuple[int, int] | None) -> Attribution:
    """Assemble the attribution of one cue."""
    tok = sc.tokens[cue.index]
    # نفى الجيش تقارير بأن ... "denied reports that": the reports' content is no one's speech; but
    # right after a verb of saying the claim noun is its subject (وأفادت تقارير بأن "reports said")
    subject_noun = opener is not None and opener.index - 2 == cue.index and cue.form.kind in ("say", "report")
    via_noun = opener is not None and opener.kind == "comp" and opener.index - 1 > cue.index and \
        _is_claim_noun(sc, opener.index - 1) and not subject_noun
    direct = opener is not None and opener.kind in ("mark", "colon", "after")
    return Attribution((tok.start, tok.end), tok.text, cue.form.lemma, cue.form.kind, res.actor,
                       res.anonymous, span, cue.negated, direct, via_noun)


def _is_claim_noun(sc: Scan, j: int) -> bool:
    """True when token j is a claim noun (مزاعم "claims") the complementiser follows."""
    return listed_form(sc.keys[j], load_lexicons().claims) is not None
