"""The subject noun phrase after a speech cue: where it starts and ends.

`head(a, b)` reads the words between a cue and its complementiser: none when they open with
an adjunct, an object or a prepositional phrase (للافروف "to Lavrov", عليه "on it", نفى ذلك
"denied that"); else up to punctuation, an adjunct, a quotation mark or a ب phrase, and never
cutting a mention in two. A name in quotation marks is a name whatever its words spell.
"""
from __future__ import annotations

from bisect import bisect_left

from rasd.annotate.function_words import DEMONSTRATIVE_PRONOUNS
from rasd.annotate.speaker_words import strip_and
from rasd.annotate.titled_speakers import MARKS as _MARKS
from rasd.annotate.titled_speakers import OBJECT_WORDS as _OBJECT_WORDS
from rasd.annotate.titled_speakers import SUBJECT_END as _PUNCT_END
from rasd.annotate.titled_speakers import TitledSpeakers

MAX_HEAD = 8  # words of a subject noun phrase; longer subjects are clauses
# Quantifiers before a group of speakers: بعض، عدد من، أحد "some, a number of, one of".
QUANTIFIERS = frozenset({"بعض", "عدد", "احد", "احدي", "كثير", "عشرات", "مئات", "غالبيه", "معظم"})


class SubjectHeads(TitledSpeakers):
    """Where a cue's written subject is."""

    def head(self, a: int, b: int, owner: bool = False) -> tuple[int, int]:
        """Token range of the subject noun phrase in tokens[a:b] (empty: a verb alone).

        `owner`: after a speech noun a ل phrase names whose statement it is (بيان للجيش).
        """
        keys, toks = self.sc.keys, self.sc.tokens
        first = a
        while a < b and toks[a].text in _MARKS:
            a += 1
        if a >= b:
            return a, a
        # a name in quotation marks is a name whatever its words spell (قالت «بي بي»: BP, not بي "in me")
        if a > first and keys[a] not in _PUNCT_END:
            return a, self._quoted_end(a, b)
        if keys[a] in self.lex.adjuncts or keys[a] in _PUNCT_END or keys[a] in _BARE_CLITICS or \
                self._object_first(a) or \
                (self._clitic_object(a) and not (owner and keys[a].startswith("ل"))) or \
                (_prep_word(keys[a]) and not self._name_at(a)):  # تعهد بتطهير: "pledged to clear"
            return a, a
        end = a
        while end < b and end - a < MAX_HEAD and keys[end] not in _PUNCT_END:
            of_group = keys[end] == "من" and strip_and(keys[end - 1]) in QUANTIFIERS  # عدد من
            if end > a and not of_group and (keys[end] in self.lex.adjuncts or toks[end].text in _MARKS
                                             or keys[end] in _OBJECT_WORDS
                                             or (_prep_word(keys[end]) and not self._name_at(end))):
                break
            end += 1
        return a, self._through_mention(a, end)

    def _quoted_end(self, a: int, b: int) -> int:
        """The end of a quoted name starting at token a: its closing mark, within MAX_HEAD words."""
        end = a
        while end < b and end - a < MAX_HEAD and self.sc.tokens[end].text not in _MARKS:
            end += 1
        return end

    def _object_first(self, i: int) -> bool:
        """True when token i cannot open a subject: a demonstrative (نفى ذلك: denied that), a
        definite dual or plural in the accusative (دعا الطرفين: called on both sides; the subject
        would read الطرفان; seven letters and more, as الأمين and الحسين are singular), or أول أمس
        (the day before yesterday)."""
        key = self.sc.keys[i]
        if key in DEMONSTRATIVE_PRONOUNS or (key == "اول" and i + 1 < len(self.sc.keys) and self.sc.keys[i + 1] == "امس"):
            return True
        tok = self.sc.tokens[i]
        return key.startswith("ال") and key.endswith("ين") and len(key) >= 7 and key not in self.lex.titles and \
            self.mention_at(tok.start, tok.end) is None

    def _clitic_object(self, i: int) -> bool:
        """True when token i is a prepositional phrase (للافروف "to Lavrov", بالمقابل, عليه)."""
        tok, key = self.sc.tokens[i], self.sc.keys[i]
        if _prep_pronoun(key):
            return True
        if not key.startswith(("ل", "بال")) or len(key) < 4:
            return False
        m = self.mention_at(tok.start, tok.end)
        return m is None or m.start > tok.start

    def _through_mention(self, a: int, end: int) -> int:
        """Extend a head so it does not cut a mention in two (المركز الإعلامي للمقاومة)."""
        toks = self.sc.tokens
        if end <= a:
            return end
        # mentions by start from the head's first character: none before can start inside it, and
        # once one starts past the head's (growing) end no later one does
        for m in self.mentions[bisect_left(self.starts, toks[a].start):]:
            if m.start >= toks[end - 1].end:
                break
            if toks[end - 1].end < m.end:
                while end < len(toks) and toks[end - 1].end < m.end:
                    end += 1
        return end


# A clitic preposition written apart before a quotation (تعهد بـ"...": pledged "..."): no subject.
_BARE_CLITICS = frozenset({"ب", "ل", "ك"})
_PREPOSITIONS = ("علي", "الي", "عن", "من", "في", "مع", "ل", "ب", "لدي")
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "كم")


def _prep_word(key: str) -> bool:
    """A ب word after the subject is an adjunct or object (بتعطيل "of obstructing"), but باسم is a title's."""
    return key.startswith("ب") and len(key) >= 5 and key != "باسم" and not key.startswith("بن")


# every preposition with every pronoun: one set test a word, not a loop over the prepositions
_PREP_PRONOUNS = frozenset(p + s for p in _PREPOSITIONS for s in _PRONOUN_SUFFIXES)


def _prep_pronoun(key: str) -> bool:
    """True for a preposition carrying a pronoun: عليه "on it", له "to him", منها "from her"."""
    return key in _PREP_PRONOUNS
