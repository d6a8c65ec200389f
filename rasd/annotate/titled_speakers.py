"""Speakers named by title: the holder of an office, a name after a long title, an outlet.

`وقال رئيس الوزراء التركي` "the Turkish PM said" → the holder of that office on the
article's date; `المتحدث باسم قوات التحالف في اليمن العقيد تركي المالكي` → the person
named after the title even past the subject's first words; `قناة "المسيرة"` → the
outlet named in quotation marks after its kind.
"""
from __future__ import annotations

from rasd.annotate.clause_subjects import ClauseSubjects
from rasd.annotate.cues import COMPLEMENTISERS
from rasd.annotate.function_words import DEMONSTRATIVES
from rasd.annotate.speaker_words import BODY_KINDS, strip_and
from rasd.model import Actor, Mention

NAME_AHEAD = 10  # words past a cut title phrase where its holder's name may still stand
# Prepositions inside a title (المتحدث باسم، السفيرة لدى الأمم المتحدة، القائد في المنطقة).
_TITLE_LINKS = frozenset({"في", "لدي", "ل", "لـ"})
# Kinds of outlet whose name follows in quotation marks: قناة "المسيرة", صحيفة "الوطن".
_MEDIA_NOUNS = BODY_KINDS | frozenset({"اذاعه", "تلفزيون", "مجله", "شبكه", "منصه",
                                       # … and armed and political bodies: حركة «حماس»، قوة «كفور»
                                       "حركه", "جماعه", "تنظيم", "قوه", "قوات", "جبهه", "ميليشيا", "فصيل",
                                       "حزب", "تيار", "كتائب", "جيش", "تحالف"})
QUOTED_NAME_WORDS = 4  # a name in quotation marks after its kind; more words are speech
# What ends a subject noun phrase; quotation marks; demonstratives that are objects (ونفت القوات ذلك).
SUBJECT_END = frozenset({"،", ",", "(", ")", ":", "؛", ";", "-", "–", "."})
MARKS = frozenset({"«", "»", "“", "”", '"', "„", "‘", "’", "'"})
OBJECT_WORDS = DEMONSTRATIVES | {"هؤلاء", "ذاك"}


class TitledSpeakers(ClauseSubjects):
    """Look-ups of speakers named through a title or an outlet's kind."""

    def _name_at(self, i: int) -> bool:
        """True when a person's name starts at token i (بهرام قاسمي, not بتعطيل "of obstructing")."""
        m = self.mention_at(self.sc.tokens[i].start, self.sc.tokens[i].end)
        return m is not None and m.type == "PER" and m.start == self.sc.tokens[i].start

    def _quoted_name(self, j: int) -> Actor | None:
        """The body named in the quotation opening at token j: its mention, or the quoted words
        themselves when it is not in the KB (شركة «ستات أويل» النرويجية → ستات أويل)."""
        toks = self.sc.tokens
        end = dict(self.sc.quoted).get(toks[j].start)
        if end is None:
            return None
        k = j + 1
        while k < len(toks) and toks[k].end < end and k - j <= QUOTED_NAME_WORDS:
            k += 1
        words = range(j + 1, k)
        if not words or k - j > QUOTED_NAME_WORDS or any(self.sc.keys[i] in COMPLEMENTISERS for i in words):
            return None
        a, b = toks[j + 1].start, toks[k - 1].end
        m = self.mention_at(a, b)
        return m.actor() if m is not None and m.type == "ORG" else Actor(self.sc.text[a:b])

    def _named_ahead(self, h0: int, h1: int) -> Actor | None:
        """A person named after a long title (المتحدث باسم قوات التحالف في اليمن العقيد تركي
        المالكي), or a body named in quotation marks after its kind (قناة "المسيرة")."""
        keys, toks = self.sc.keys, self.sc.tokens
        titled = keys[h0] in self.lex.titles
        media = strip_and(keys[h1 - 1]) in _MEDIA_NOUNS
        if not (titled or media):
            return None
        for j in range(h1, min(len(toks), h1 + NAME_AHEAD)):
            if keys[j] in SUBJECT_END or keys[j] in COMPLEMENTISERS or (titled and keys[j] in OBJECT_WORDS):
                return None
            if toks[j].text in MARKS:
                if media and j == h1 and (name := self._quoted_name(j)) is not None:
                    return name
                continue
            m = self.mention_at(toks[j].start, toks[j].end)
            if m is not None and titled and m.type == "PER":
                return m.actor()
            if m is not None and media and m.type == "ORG" and j <= h1 + 1:
                return m.actor()
            if keys[j] in self.lex.adjuncts and keys[j] not in _TITLE_LINKS:
                return None  # مع نظيره ...: the name that follows is someone else's
        return None

    def _nationality(self, a: int, b: int) -> Actor | None:
        """The state a nationality word names (أتراك → Turkey), or None."""
        if self.kb is None:
            return None
        for j in range(a, min(b, a + 3)):
            for n in (2, 1):
                if j + n > b:
                    continue
                state_id = self.kb.nationality(" ".join(self.sc.keys[j:j + n]))
                entry = self.kb.get(state_id) if state_id else None
                if entry is not None:
                    return Actor(entry.names_ar[0] if entry.names_ar else entry.name_en, entry.name_en, entry.id)
        return None

    def _by_title(self, h0: int, h1: int) -> Actor | None:
        """The holder of the office a title names: رئيس الوزراء التركي → the Turkish PM then.

        Only a title with its state (a nationality word) is looked up in the KB's office
        holders; a bare title (المتحدث "the spokesman") refers back within the article.
        """
        if self.sc.keys[h0] not in self.lex.titles or self.kb is None:
            return None
        state = self._nationality(h0 + 1, h1)
        if state is None:
            return self._role_mention(h0, h1, None)
        try:
            from rasd.annotate.actors import resolve_title
        except ImportError:
            return self._role_mention(h0, h1, state.id)
        for n in range(min(h1 - h0, 5), 0, -1):
            entry = resolve_title(self.kb, " ".join(self.sc.keys[h0:h0 + n]), state.id, self.doc.published)
            if entry is not None:
                return Actor(entry.names_ar[0] if entry.names_ar else entry.name_en, entry.name_en, entry.id)
        return self._role_mention(h0, h1, state.id)

    def _role_mention(self, h0: int, h1: int, state_id: str | None) -> Actor | None:
        """An earlier mention of a person holding the office this title names (of that state)."""
        if self.kb is None:
            return None
        for n in range(min(h1 - h0, 3), 0, -1):
            role = self.kb.role_of_title(" ".join(self.sc.keys[h0:h0 + n]))
            if role:
                before = self.sc.tokens[h0].start
                m = next((m for m in reversed(self.mentions)
                          if m.end <= before and m.role == role and self._of_state(m, state_id)), None)
                return m.actor() if m is not None else None
        return None

    def _of_state(self, m: Mention, state_id: str | None) -> bool:
        """True unless the KB says the mentioned person belongs to another state."""
        entry = self._entry(m) if state_id else None
        return entry is None or entry.country in (None, state_id)
