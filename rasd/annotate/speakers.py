"""Who speaks: the speaker of a speech cue, from its written subject.

An explicit subject (`وقال وزير الخارجية الروسي سيرغي لافروف` "and Russian Foreign
Minister Sergei Lavrov said") resolves, in order, to: no one when the speaker
declined to be named; an anonymous source (`مصدر` "a source": no speaker, but
`مصادر المقاومة` "sources of the resistance" → the resistance); unnamed officials
of a state (`مسؤولون أتراك` → Turkey); a person or body named at its head (also
through `بيان الجيش` "a statement of the army"); the holder of the office its title
names on the article's date; an earlier speaker or mention it names again
(`اللواء التركي` → Mansour al-Turki, `الجيش` → the Turkish army); a state; a KB
name; else its own words. A verb alone falls back to `SpeakerMemory.verb_only`.
"""
from __future__ import annotations

from rasd.annotate.cues import Cue
from rasd.annotate.event_slots import COMMAND_NOUNS
from rasd.annotate.speaker_lexicons import anonymous_word, speech_noun
from rasd.annotate.speaker_memory import Resolved
from rasd.annotate.speaker_words import NAMED_HEADS, listed_form, strip_and
from rasd.annotate.subject_heads import QUANTIFIERS, SubjectHeads
from rasd.arabic import fold_key
from rasd.model import Actor, Mention

MAX_OWN_WORDS = 5  # words kept when a subject links to nothing (الخارجية الفرنسية)
_SPEECH_LINKS = frozenset({"تابع", "تابعه", "صادر", "صادره", "عن"})  # بيان صادر عن الجيش


class SpeakerResolver(SubjectHeads):
    """Resolves the speakers of one document, cue after cue; `remember` keeps each."""

    def resolve(self, cue: Cue, a: int, b: int) -> Resolved:
        """The speaker of `cue` whose subject words are tokens[a:b]."""
        a = self._source_of_report(cue, a, b)
        if b - 1 > a and self._claim_noun(b - 1):
            b -= 1  # نفى الجيش مزاعم بأنه: the claim is the object, not the subject
        h0, h1 = self.head(a, b, owner=cue.form.pos == "noun")
        if h1 > h0 and self._veiled(a, b):
            return Resolved(None, True, True)
        noun = self._skip_speech_noun(h0, h1)
        if noun > h0 and (noun >= h1 or not self._definite(noun)) and not self.sc.keys[h0].startswith("ال"):
            return Resolved(None, False, True)  # بيان عسكري "a military statement": no one named
        if h1 <= noun:  # وأكد البيان "the statement stressed": the last speaker, else who issued one
            actor, anonymous = self.verb_only(cue)
            if actor is None and not anonymous:
                actor = self.issuer(self.sc.tokens[cue.index].start)
            return Resolved(actor, anonymous, explicit=False)
        return self.subject(self._skip_quantifier(noun, h1), h1)

    def _definite(self, j: int) -> bool:
        """A definite noun or a ل/لل phrase: a body's name after a speech noun (بيان الجيش، بيان للجيش)."""
        key = strip_and(self.sc.keys[j])
        # لم/لن/لا/لكن "not, but" open no ل phrase (تقارير لم تؤكدها طهران: reports Tehran did not confirm)
        lam = key.startswith("ل") and len(key) >= 4 and key not in _LAM_WORDS
        return key.startswith("ال") or lam or self.mention_at(self.sc.tokens[j].start, self.sc.tokens[j].end) is not None

    def _skip_quantifier(self, h0: int, h1: int) -> int:
        """Skip "some of", "a number of" before a group: عدد من السكان → السكان."""
        keys = self.sc.keys
        if h1 - h0 > 1 and strip_and(keys[h0]) in QUANTIFIERS:
            return h0 + 2 if keys[h0 + 1] == "من" and h1 - h0 > 2 else h0 + 1
        return h0

    def _claim_noun(self, j: int) -> bool:
        """True when token j is a claim noun (مزاعم "claims")."""
        return listed_form(self.sc.keys[j], self.lex.claims) is not None

    def _source_of_report(self, cue: Cue, a: int, b: int) -> int:
        """Where a relayed source is written: after عن (نقلت الوكالة عن مسؤول), after في (جاء في بيان)."""
        keys = self.sc.keys
        if cue.form.lemma in ("نقل", "قوله"):
            return next((k + 1 for k in range(a, b) if keys[k] == "عن"), a)
        if cue.form.lemma == "جاء" and a < b and keys[a] == "في":
            return a + 1
        while cue.form.pos == "noun" and a < b and keys[a] in _SPEECH_LINKS:  # بيان تابع للتنظيم
            a += 1
        return a

    def subject(self, h0: int, h1: int) -> Resolved:
        """Resolve an explicit subject noun phrase tokens[h0:h1]."""
        anon = self._anonymous(h0, h1)
        if anon is not None:
            return anon
        for step in (self._named, self._named_ahead, self._by_title, self.refers_back, self._place, self._kb_name, self._named_elsewhere):
            actor = step(h0, h1)
            if actor is not None:
                return Resolved(actor, False, True)
        body = self._spokesman_body(h0, h1)
        if body is not None:
            return Resolved(body, False, True)
        return Resolved(Actor(self._own_words(h0, self._body_end(h0, h1))), False, True)

    def _veiled(self, a: int, b: int) -> bool:
        """True when the subject says the speaker declined to be named."""
        veil, keys = self.lex.veil_keys, self.sc.keys  # only a word opening a veil phrase is read on
        if veil.isdisjoint(keys[a:b]):
            return False
        return any(cls == "veil" for j in range(a, b) if keys[j] in veil for _, cls in self._phrases_at(j))

    def _phrases_at(self, j: int) -> list[tuple[int, str]]:
        """(length, class) of anonymous-source phrases starting at token j, longest first."""
        keys = self.sc.keys
        first = self._anonymous_word(keys[j])
        if first is None:
            return []
        out = [(len(p), cls) for p, cls in self.lex.anonymous_by_first.get(first, ())
               if len(keys) >= j + len(p) and tuple(keys[j + 1:j + len(p)]) == p[1:]]
        return sorted(out, reverse=True)

    def _anonymous_word(self, key: str) -> str | None:
        """The anonymous-source word a token is, with و/ف or a possessive: مصادرها "its sources"."""
        return anonymous_word(key, self.lex.anonymous_first, self.lex.possessed_sources)

    def _skip_speech_noun(self, h0: int, h1: int) -> int:
        """Skip "statement of" before a body: بيان الجيش المصري → الجيش المصري."""
        keys = self.sc.keys
        if h0 >= h1 or speech_noun(self.lex, keys[h0]) is None:
            return h0
        j = h0 + 1
        while j < h1 and keys[j] in _SPEECH_LINKS:
            j += 1
        return j

    def _anonymous(self, h0: int, h1: int) -> Resolved | None:
        """Anonymous sources (None), unnamed officials of a state (the state), sources of a body."""
        found = self._phrases_at(h0)
        if not found:
            return None
        n, cls = found[0]
        rest = h0 + n
        if cls == "official":
            state = self._nationality(rest, h1) or self._authorities_in(h0, rest, h1)
            return Resolved(state, state is None, True)
        if cls == "source" and rest < h1 and self._is_body_of(h0, rest):  # سكان المنطقة: residents, not the area
            actor = self.refers_back(rest, h1) or self._named(rest, h1) or Actor(self._own_words(rest, h1))
            return Resolved(actor, False, True)
        return Resolved(None, True, True)

    def _authorities_in(self, h0: int, rest: int, h1: int) -> Actor | None:
        """The state whose authorities speak: السلطات في موزمبيق "the authorities in Mozambique"
        are Mozambique's, as السلطات الموزمبيقية are. Only authorities and a state: a diplomat in
        a capital is a foreigner there, an official in a province may be local."""
        keys = self.sc.keys
        # the subject's head stops before في, so the place stands just past h1; one adjective
        # may come between (السلطات الأمنية في ...)
        if strip_and(keys[h0]) not in _AUTHORITIES or h1 - rest > 1 or h1 + 1 >= len(keys) or keys[h1] != "في":
            return None
        tok = self.sc.tokens[h1 + 1]
        m = self.mention_at(tok.start, tok.end)
        entry = self._entry(m) if m is not None and m.type == "GPE" else None
        return m.actor() if m is not None and entry is not None and entry.subtype == "country" else None

    def _is_body_of(self, h0: int, rest: int) -> bool:
        """مصادر المقاومة "sources of the resistance": an indefinite source before a definite noun."""
        src, nxt = strip_and(self.sc.keys[h0]), strip_and(self.sc.keys[rest])
        return not src.startswith("ال") and nxt.startswith("ال") and not nxt.endswith(("يه", "ي"))

    def _named(self, h0: int, h1: int) -> Actor | None:
        """A person or body named at the head, or after a title: وزير الخارجية ... لافروف."""
        toks = self.sc.tokens
        span = self.mentions_in(toks[h0].start, toks[h1 - 1].end)
        start = toks[self.content_start(h0, h1)].start
        titled = self.sc.keys[h0] in self.lex.titles
        for m in span:
            if m.type == "PER" and (m.start <= start + 1 or titled):
                return m.actor()
        # قيادة القوات المشتركة لتحالف دعم الشرعية (the joint forces command of the coalition): a
        # command speaks for the body it heads
        command = strip_and(self.sc.keys[self.content_start(h0, h1)]) in COMMAND_NOUNS
        return next((m.actor() for m in span if m.type == "ORG" and (m.start <= start + 1 or command)), None)

    def _place(self, h0: int, h1: int) -> Actor | None:
        """A state or place speaking as itself: وقالت روسيا "Russia said"."""
        m = self.mention_at(self.sc.tokens[h0].start, self.sc.tokens[h0].end)
        return m.actor() if m is not None and m.type == "GPE" else None

    def _kb_name(self, h0: int, h1: int) -> Actor | None:
        """A person or body the KB knows by the subject's words (longest first)."""
        if self.kb is None:
            return None
        c = self.content_start(h0, h1)
        for n in range(min(h1 - c, self.kb.max_name_tokens, 6), 0, -1):
            key = " ".join(self.sc.keys[c:c + n])
            entries = self.kb.lookup(key) or (self.kb.lookup(key[1:]) if key[:1] in ("و", "ف") else [])
            entry = next((e for e in entries if e.type in ("PER", "ORG")), None)
            if entry is not None:
                return Actor(self._text(c, c + n), entry.name_en, entry.id)
        return None

    def _named_elsewhere(self, h0: int, h1: int) -> Actor | None:
        """A name ending the subject that is linked elsewhere in the article (الخبير فايز الدويري)."""
        keys = self.sc.keys
        linked: dict[str, Mention] = {}  # each linked person folded once, not once per tail tried
        for m in self.mentions:
            if m.type == "PER" and m.id:
                linked.setdefault(fold_key(m.text), m)  # the first in text order, as before
        for k in range(h0, h1):
            m = linked.get(" ".join(keys[k:h1]))
            if m is not None:
                return Actor(self._text(k, h1), m.name_en, m.id)
        return None

    def _spokesman_body(self, h0: int, h1: int) -> Actor | None:
        """An unnamed spokesman speaks for the body he is named after: الناطق باسم لجنة المرحلة
        الانتقالية (the transition committee's spokesman) → the committee; a named one is found
        before this step."""
        keys = self.sc.keys
        at = next((k for k in range(h0, min(h1, h0 + 3)) if keys[k] == "باسم"), None)
        if at is None or at + 1 >= h1:
            return None
        tok = self.sc.tokens[at + 1]
        m = self.mention_at(tok.start, tok.end)
        if m is not None and m.type in ("ORG", "GPE"):
            return m.actor()
        return Actor(self._own_words(at + 1, self._body_end(at + 1, h1)))

    def _body_end(self, h0: int, h1: int) -> int:
        """A body named by its state ends there: شرطة كوسوفو اعتقال ... (Kosovo's police [announced]
        the arrest ...), القوة البحرية العراقية ما ... (the Iraqi navy [denied] what ...); the words
        after the state's name or adjective are what it said or did, not its name."""
        toks, keys = self.sc.tokens, self.sc.keys
        for k in range(h0 + 1, h1 - 1):
            m = self.mention_at(toks[k].start, toks[k].end)
            place = m is not None and m.type == "GPE" and m.end <= toks[k].end
            nationality = self.kb is not None and keys[k].startswith("ال") and self.kb.nationality(keys[k]) is not None
            if place or nationality:
                return k + 1
        return h1

    def _own_words(self, h0: int, h1: int) -> str:
        """The subject's own words, without ranks: اللواء منصور التركي → منصور التركي; after a
        description or a title and its body, the name that ends it (المعارض سيكسيه ماسرا → سيكسيه
        ماسرا, رئيس المجلس إلفيس أموروسو → إلفيس أموروسو)."""
        c = self.content_start(h0, h1)
        end = min(h1, c + MAX_OWN_WORDS)
        keys = self.sc.keys
        k = end
        while k > c and not keys[k - 1].startswith(("ال", "وال", "ل", "ب")) and keys[k - 1] not in self.lex.titles \
                and self.sc.tokens[k - 1].text.isalpha():
            k -= 1
        if end - k >= 2 and k > c and keys[k - 1].startswith(("ال", "وال")):
            c = k  # a name of two words or more after a definite description
        if strip_and(keys[c]) in NAMED_HEADS and c + 1 < end and not keys[c + 1].startswith("ال"):
            # شركة ستينا بالك المالكة للناقلة (the Stena Bulk company, owner of the tanker) is
            # ستينا بالك: the name ends before the description that follows it
            end = next((j for j in range(c + 2, end) if keys[j].startswith("ال")), end)
            c += 1  # ... and the name is the body's, without its head noun
        return self._text(c, end)

    def _text(self, a: int, b: int) -> str:
        """Original text from token a to the end of token b-1, without a leading و."""
        toks = self.sc.tokens
        start = toks[a].start + (1 if self.sc.keys[a] != strip_and(self.sc.keys[a]) else 0)
        return self.sc.text[start:toks[b - 1].end]


# "Authorities": السلطات في X speak for the state X (speakers._authorities_in).
_AUTHORITIES = frozenset({"السلطات", "سلطات"})
# Words beginning with ل that are no ل + noun phrase.
_LAM_WORDS = frozenset({"لكن", "لكنه", "لكنها", "لكنهم", "لقد", "لدي", "لذلك", "لهذا", "لاحقا", "لماذا", "لعل"})
__all__ = ["Resolved", "SpeakerResolver"]
