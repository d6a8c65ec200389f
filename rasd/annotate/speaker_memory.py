"""Earlier speakers of an article: what later cues refer back to.

A verb alone (`وقالت` "and she said") takes the nearest earlier speaker of its
sentence whose gender agrees, else a subject-like mention of that sentence, else
the nearest earlier speaker of the article that agrees; a speaker introduced by a
feminine verb is feminine. A short subject (`اللواء التركي` "Maj. Gen. al-Turki",
`الجيش` "the army", `المتحدث الأمني` "the security spokesman") refers back to an
earlier speaker or mention sharing its name word, head noun or title.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rasd.annotate.cues import COMPLEMENTISERS, Cue, Scan, cue_of
from rasd.annotate.speaker_lexicons import Lexicons, load_lexicons, speech_noun  # noqa: F401 (quotes.py reads them here)
from rasd.annotate.speaker_words import (  # noqa: F401 (re-exported)
    Gender,
    agrees,
    head_before,
    listed_form,
    noun_gender,
    same_word,
    strip_al,
    strip_and,
)
from rasd.annotate.titles import NAME_PARTICLES
from rasd.arabic import fold_key
from rasd.model import Actor, Document, Mention

if TYPE_CHECKING:
    from rasd.kb import KB

# Name particles that never identify a person on their own (بن "son of", عبد).
# (titles.NAME_PARTICLES, and the second halves of compound names: نور الدين، عبد الله، باسم)
NAME_GLUE = NAME_PARTICLES | {"الدين", "الله", "باسم"}
# A subject-like mention starts within this many words of its clause start (وقال الجيش).
SUBJECT_REACH = 3
ISSUER_CHARS = 12  # from a body's name to its "statement" (في بيان لها)
ISSUER_BACK = 400  # how far back (characters) the statement's issuer may be told
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


@dataclass(slots=True)
class Speaker:
    """A speaker as remembered in the article, for later cues."""

    actor: Actor | None
    anonymous: bool
    gender: Gender
    token: int  # token index of its cue
    words: frozenset[str] = field(default_factory=frozenset)  # name words, head noun, titles
    subject: tuple[str, ...] = ()  # folded words of its written subject


@dataclass(frozen=True, slots=True)
class Resolved:
    """The speaker found for one cue."""

    actor: Actor | None
    anonymous: bool
    explicit: bool  # a subject was written (not a verb alone)


# Kinds of body named before their proper names, folded without the article.
BODY_KINDS = frozenset({"شركه", "مجموعه", "صحيفه", "قناه", "منظمه", "مؤسسه", "وكاله", "هيئه", "جمعيه"})


class SpeakerMemory:
    """The document's mentions and earlier speakers, and look-ups over them."""

    def __init__(self, doc: Document, sc: Scan, lex: Lexicons, kb: "KB | None", sent_start: list[int]):
        self.doc, self.sc, self.lex, self.kb, self.sent_start = doc, sc, lex, kb, sent_start
        self.mentions = sorted((m for m in doc.entities if m.type in ("PER", "ORG", "GPE")),
                               key=lambda m: m.start)
        # the mentions' starts, ascending: look-ups bisect instead of reading every mention
        self.starts = [m.start for m in self.mentions]
        self.history: list[Speaker] = []
        self.name_words: dict[int, list[str]] = {}  # mention index → its folded words (`_name_words`)

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The first mention starting inside [start, end)."""
        i = bisect_left(self.starts, start)
        return self.mentions[i] if i < len(self.mentions) and self.mentions[i].start < end else None

    def inside_name(self, at: int) -> bool:
        """True when offset `at` falls inside a name after its first character: the فرات of وكالة
        أنباء فرات (the Firat news agency) is no فـ + رأت "and she saw"."""
        i = bisect_left(self.starts, at)
        return i > 0 and self.mentions[i - 1].end > at and self.mentions[i - 1].start < at

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions starting inside [start, end), in text order."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def content_start(self, h0: int, h1: int) -> int:
        """First word after ranks and honorifics: اللواء التركي → التركي."""
        j = h0
        while j < h1 - 1 and self.sc.keys[j] in self.lex.honorifics:
            j += 1
        return j

    def refers_back(self, h0: int, h1: int) -> Actor | None:
        """An earlier speaker or mention this short subject names again (الجيش, التركي)."""
        c = self.content_start(h0, h1)
        word = strip_al(self.sc.keys[c])
        if word in NAME_GLUE or len(word) < 2:
            return None
        head = tuple(strip_al(k) for k in self.sc.keys[c:h1])
        for sp in reversed(self.history):
            if sp.actor is not None and word in sp.words and self._title_fits(head, sp):
                return sp.actor
        return self._earlier_mention(word, self.sc.tokens[h0].start)

    def issuer(self, before: int) -> Actor | None:
        """Who issued the statement a bare البيان (the statement) points back to: the last body or
        person told with بيان right after it (أفادت به وزارة الدفاع في بيان لها ... وأوضح البيان)."""
        for m in reversed([m for m in self.mentions if before - ISSUER_BACK <= m.end <= before and m.type in ("PER", "ORG")]):
            if "بيان" in self.doc.text[m.end:m.end + ISSUER_CHARS]:
                return m.actor()
        return None

    def _title_fits(self, head: tuple[str, ...], sp: Speaker) -> bool:
        """A title subject of 3+ words must not add words the earlier subject lacks."""
        if head[0] not in self.lex.title_heads or len(head) <= 2:
            return True
        return all(w in sp.subject for w in head)

    def _earlier_mention(self, word: str, before: int) -> Actor | None:
        """The nearest earlier PER with this name word, or ORG with this head noun."""
        for i in range(len(self.mentions) - 1, -1, -1):  # nearest first
            m = self.mentions[i]
            if m.end > before or m.type == "GPE":  # a place is neither: not folded
                continue
            words = self._name_words(i)
            if (m.type == "PER" and word in words and word not in NAME_GLUE) or \
                    (m.type == "ORG" and words[:1] == [word]):
                return m.actor()
        return None

    def _name_words(self, i: int) -> list[str]:
        """Folded words of mention i without و and article, each mention folded once a document:
        `_earlier_mention` reads the same earlier mentions again for every short subject."""
        words = self.name_words.get(i)
        if words is None:
            words = self.name_words[i] = [strip_al(k) for k in fold_key(self.mentions[i].text).split()]
        return words

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
        entry = self.kb.get(m.id) if self.kb is not None and m.id else None
        return entry is not None and entry.subtype in ("country", "capital")

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
        entry = self.kb.get(m.id) if self.kb is not None and m.id else None
        return entry is not None and entry.subtype == "country"

    def _titled_in_sentence(self, s0: int, i: int, gender: str) -> Mention | None:
        """The last person named with a title earlier in the sentence (زيارة الرئيس سامي عادل
        إلى المنطقة، حيث تعهد: the president pledged), when nothing nearer speaks."""
        start, end = self.sc.tokens[s0].start, self.sc.tokens[i].start
        people = [m for m in self.mentions if start <= m.start < end and m.type == "PER" and m.role
                  and agrees(gender, self._gender_of(m))]
        return people[-1] if people else None

    def _gender_of(self, m: Mention) -> Gender:
        """A mention's gender: remembered for people, from the head noun for bodies."""
        if m.type == "GPE":
            return "?"  # states take either agreement (قالت الصين، قال العراق)
        if m.type != "PER":  # تنظيم «القاعدة» is masculine whatever القاعدة is: the head before it
            head = head_before(self.doc.text, m.start)
            return noun_gender(head or strip_and(fold_key(m.text).split()[0]))
        for sp in reversed(self.history):
            if sp.actor is not None and sp.actor.id is not None and sp.actor.id == m.id:
                return sp.gender
        return "f" if self.is_female(m.text) else "?"

    def is_female(self, name: str) -> bool:
        """True when a person's name starts with a female given name (هند خليل)."""
        words = [w for w in fold_key(name).split() if w not in self.lex.honorifics]
        return bool(words) and strip_and(words[0]) in self.lex.female

    def remember(self, cue: Cue, res: Resolved, a: int, b: int) -> None:
        """Keep a resolved speaker with its gender and the words that may refer back to it."""
        if res.actor is None and not res.anonymous:
            return
        words, subject = self._words(res.actor, a, b)
        gender = self._gender(cue, res, a)
        if not res.explicit:
            prev = self._previous(res.actor)
            if prev is not None:
                words, subject = words | prev.words, prev.subject
                gender = gender if gender != "?" else prev.gender
        self.history.append(Speaker(res.actor, res.anonymous, gender, cue.index, words, subject))

    def _previous(self, actor: Actor | None) -> Speaker | None:
        """The latest remembered entry for this actor."""
        return next((sp for sp in reversed(self.history) if sp.actor == actor), None)

    def _gender(self, cue: Cue, res: Resolved, a: int) -> Gender:
        """Feminine verbs mark a speaker feminine; a masculine verb before a title says nothing."""
        g = cue.form.gender
        if g == "f" or (res.actor is not None and self.is_female(res.actor.text)):
            return "f"
        if g != "m" or (res.explicit and a < len(self.sc.keys) and self.sc.keys[a] in self.lex.titles):
            return "?"
        return "m"

    def _words(self, actor: Actor | None, a: int, b: int) -> tuple[frozenset[str], tuple[str, ...]]:
        """Name words of a person, the head noun of a body, and title words of the subject."""
        subject = tuple(strip_al(k) for k in self.sc.keys[a:b])
        words = {strip_al(k) for k in self.sc.keys[a:b] if k in self.lex.titles}
        # a body named after its kind (نفت شركة ستينا بالك) is الشركة later (وأوضحت الشركة)
        words |= {w for w in subject[:1] if w in BODY_KINDS}
        if actor is not None:
            names = [strip_al(k) for k in fold_key(actor.text).split()]
            words |= set(names[:1]) if self._is_body(actor) else {w for w in names if w not in NAME_GLUE}
        return frozenset(words), subject

    def _is_body(self, actor: Actor) -> bool:
        """True for an organisation or place; an unlinked "ال..." phrase of 2+ words is a body."""
        m = next((m for m in self.mentions if actor.id is not None and m.id == actor.id), None)
        if m is not None:
            return m.type != "PER"
        words = fold_key(actor.text).split()
        return len(words) >= 2 and strip_and(words[0]).startswith("ال")
