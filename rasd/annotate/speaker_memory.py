"""Earlier speakers of an article: what later cues refer back to.

A short subject (`اللواء التركي` "Maj. Gen. al-Turki", `الجيش` "the army", `المتحدث الأمني`
"the security spokesman") refers back to an earlier speaker or mention sharing its name word,
head noun or title; a speaker introduced by a feminine verb is feminine. What a verb alone
refers to is `clause_subjects.ClauseSubjects`.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rasd.annotate.cues import Cue, Scan
from rasd.annotate.speaker_lexicons import Lexicons
from rasd.annotate.speaker_words import BODY_KINDS, Gender, head_before, noun_gender, strip_al, strip_and
from rasd.annotate.title_lexicon import NAME_PARTICLES
from rasd.arabic import fold_key
from rasd.model import Actor, Document, Mention

if TYPE_CHECKING:
    from rasd.kb import KB

# Name particles that never identify a person on their own (بن "son of", عبد).
# (titles.NAME_PARTICLES, and the second halves of compound names: نور الدين، عبد الله، باسم)
NAME_GLUE = NAME_PARTICLES | {"الدين", "الله", "باسم"}
ISSUER_CHARS = 12  # from a body's name to its "statement" (في بيان لها)
ISSUER_BACK = 400  # how far back (characters) the statement's issuer may be told


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
