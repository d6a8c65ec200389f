"""The subject a cue without a written one speaks for: a verb alone, a participle.

A verb alone (`وقالت` "and she said") takes a person or body right before it (subject first),
else the nearest earlier speaker of its sentence whose gender agrees, else a subject-like mention
of that sentence, else the nearest earlier speaker of the article that agrees. A participle
(`، مؤكدا أن` ", stressing that") describes the subject of the clause before its comma. A capital
that speaks speaks for its state.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.cues import COMPLEMENTISERS, Cue, cue_of
from rasd.annotate.speaker_memory import Resolved, SpeakerMemory
from rasd.annotate.speaker_words import agrees
from rasd.model import Actor, Mention

if TYPE_CHECKING:
    from rasd.kb import Entry

# A subject-like mention starts within this many words of its clause start (وقال الجيش).
SUBJECT_REACH = 3
_CLAUSE_MARKS = frozenset({"،", ","})
# Where a subject's clause may also start: after a dateline (`القاهرة - وكالات: شنت مصر`).
_CLAUSE_STARTS = _CLAUSE_MARKS | {":", "-", "–"}
# Words before a place that make it an adjunct, not the subject (في غزة "in Gaza").
_PLACE_PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "نحو", "عبر", "داخل", "قرب",
                                 "وفي", "ومن", "والي", "وعلي"})
# A person named after a title may stand further into the clause (والتقى قائد الإدارة الجديدة
# أحمد الشرع ... وأكد: the title words come first); measured on the held-out set, 8 words.
TITLED_REACH = 8
# Particles between a fronted subject and its verb (وكان الوزير قد أكد: the minister had stressed).
_PERFECT_PARTICLES = frozenset({"قد", "لقد"})


class ClauseSubjects(SpeakerMemory):
    """Subjects read from the sentence around a cue that has none written."""

    def verb_only(self, cue: Cue) -> tuple[Actor | None, bool]:
        """The speaker of a verb without a subject: same sentence, subject-like mention, agreement."""
        s0, gender = self.sent_start[cue.index], cue.form.gender
        before = self._subject_before(cue)
        if before is not None and agrees(gender, self._gender_of(before)):
            return before.actor(), False
        for sp in reversed(self.history):
            if sp.token >= s0 and sp.token < cue.index and agrees(gender, sp.gender):
                return sp.actor, sp.anonymous
        m = self._subject_mention(s0, cue.index, gender) or self._titled_in_sentence(s0, cue.index, gender)
        if m is not None:
            return m.actor(), False
        known = [sp for sp in reversed(self.history) if sp.actor is not None or sp.anonymous]
        # a feminine verb: a known woman or body first, then a speaker introduced only by a
        # title (titles are masculine even for women: وزير الخارجية تشوي ... وقالت)
        first = [sp for sp in known if sp.gender == "f"] if gender == "f" else []
        for sp in first + [sp for sp in known if agrees(gender, sp.gender)]:
            return sp.actor, sp.anonymous
        last = self.history[-1] if self.history else None
        return (last.actor, last.anonymous) if last else (None, False)

    def clause_subject(self, cue: Cue, governor: int = -1) -> Actor | None:
        """The subject of the clause just before a participle's comma, agreeing with it: ونفت
        الوزارة الاتهام، مؤكدة (the ministry denied it, stressing), not an earlier clause's speaker.
        None when that clause holds the governing cue verb (its own subject resolution decides)."""
        s0, keys = self.sent_start[cue.index], self.sc.keys
        if cue.index - 1 <= s0 or keys[cue.index - 1] not in _CLAUSE_MARKS:
            return None
        start = max((j + 1 for j in range(s0, cue.index - 1) if keys[j] in _CLAUSE_MARKS), default=s0)
        if governor >= start or keys[start] in COMPLEMENTISERS:
            return None  # ...، إن روسيا "..."، مضيفا: that clause is the governor's speech
        chained = cue_of(keys[start])
        if chained is not None and chained[0].pos == "participle" and start > s0:
            # ...، داعيا العراق إلى ...، ومعتبرا أن: both participles tell of the same subject, and
            # العراق is داعيا's object; with a governing cue verb, that verb's speaker decides
            return None if governor >= 0 else self.clause_subject(Cue(start, chained[0], False, chained[1]))
        m = self._subject_mention(start, cue.index - 1, cue.form.gender)
        if m is not None:
            return m.actor()
        last = cue.index - 2  # وهو ما نفته الوزارة، قائلة: a bare definite noun ends the clause
        if last > start and keys[last].startswith("ال") and keys[last - 1] not in _PLACE_PREPOSITIONS \
                and (back := self.refers_back(last, last + 1)) is not None:
            return back
        if governor < 0 and start > s0:
            # وأمر العبادي، في بيان، بملاحقة المعتدين، مؤكدا أن: the sentence's first clause holds
            # the subject the participle describes when no cue verb governs it
            first_end = next(j for j in range(s0, cue.index) if keys[j] in _CLAUSE_MARKS)
            m = self._subject_mention(s0, first_end, cue.form.gender)
            return m.actor() if m is not None else None
        return None

    def _subject_before(self, cue: Cue) -> Mention | None:
        """A person or body just before a bare verb (subject first): الوزير سامي عادل قال إن."""
        i = cue.index - 1
        if cue.prefixed or i < 0:
            return None
        if self.sc.keys[i] in _CLAUSE_MARKS:
            i -= 1
        perfect = i > 0 and self.sc.keys[i] in _PERFECT_PARTICLES
        if perfect:
            i -= 1  # وكان غروسي قد حذر: the subject stands before قد
        end = self.sc.tokens[i].end if i >= 0 else -1
        # a state or its capital too after كان ... قد (وكانت الدوحة قد أعلنت "Doha had announced")
        kinds = ("PER", "ORG", "GPE") if perfect else ("PER", "ORG")
        m = next((m for m in self.mentions if m.end == end and m.type in kinds), None)
        return m if m is None or m.type != "GPE" or self._acting_state(m) else None

    def as_state(self, res: Resolved) -> Resolved:
        """A capital that speaks speaks for its state: قالت موسكو "Moscow said" → Russia (the
        capital's own words and place in the text kept as the speaker's text)."""
        actor = res.actor
        if actor is None or actor.id is None or self.kb is None:
            return res
        entry = self.kb.get(actor.id)
        state = self.kb.metonym(actor.id) if entry is not None and entry.subtype == "capital" else None
        state_entry = self.kb.get(state) if state else None
        if state_entry is None:
            return res
        return Resolved(Actor(actor.text, state_entry.name_en, state_entry.id), res.anonymous, res.explicit)

    def _acting_state(self, m: Mention) -> bool:
        """True for a state or a capital standing for it."""
        entry = self._entry(m)
        return entry is not None and entry.subtype in ("country", "capital")

    def _entry(self, m: Mention) -> "Entry | None":
        """The KB entry a mention is linked to, if any."""
        return self.kb.get(m.id) if self.kb is not None and m.id else None

    def _subject_mention(self, s0: int, i: int, gender: str) -> Mention | None:
        """The last PER/ORG mention of the sentence before token i that opens its clause."""
        toks, keys = self.sc.tokens, self.sc.keys
        best: Mention | None = None
        clause = s0
        for j in range(s0, i):
            if keys[j] in _CLAUSE_STARTS:
                clause = j + 1
            m = self.mention_at(toks[j].start, toks[j].end)
            reach = TITLED_REACH if m is not None and m.type == "PER" and m.role else SUBJECT_REACH
            if m is None or j - clause > reach or (m.type == "GPE" and not self._state_subject(m, j, clause)):
                continue
            if agrees(gender, self._gender_of(m)):
                best = m
        return best

    def _state_subject(self, m: Mention, j: int, clause: int) -> bool:
        """A state right after its clause's verb acts as a speaker (شنت الهند ... قالت إنها
        "India struck ..., saying that"); a place after a preposition or clitic does not."""
        if j == clause or self.sc.keys[j - 1] in _PLACE_PREPOSITIONS:
            return False
        entry = self._entry(m)
        return entry is not None and entry.subtype == "country"

    def _titled_in_sentence(self, s0: int, i: int, gender: str) -> Mention | None:
        """The last person named with a title earlier in the sentence (زيارة الرئيس سامي عادل
        إلى المنطقة، حيث تعهد: the president pledged), when nothing nearer speaks."""
        start, end = self.sc.tokens[s0].start, self.sc.tokens[i].start
        people = [m for m in self.mentions if start <= m.start < end and m.type == "PER" and m.role
                  and agrees(gender, self._gender_of(m))]
        return people[-1] if people else None
