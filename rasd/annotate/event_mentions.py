"""Mentions an event sentence offers as parties beyond the recognised names, and the filter
that drops the recognisers' slips.

The article's bodies come back in short forms (التحالف for التحالف العربي: the Arab coalition;
حوثيا for الحوثيين) and anaphors (هذا التنظيم: this organisation), and a state's organs go
unnamed (القوات التركية: the Turkish forces); each becomes a mention at its words, which
event_actors.StateResolver then maps to the state or body acting.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.annotate.function_words import DEMONSTRATIVES
from rasd.annotate.speaker_words import body_heads
from rasd.annotate.word_keys import word_keys
from rasd.arabic import fold_key, word_tokens
from rasd.clitics import clitic_splits
from rasd.lexicon import load_table, load_words
from rasd.model import Document, Mention

if TYPE_CHECKING:
    from rasd.kb import KB

# Folded function words that are never an actor, whatever a recogniser linked them to
# (على "on" is also the name Ali once folded).
NOT_ACTORS: frozenset[str] = frozenset({"علي", "الي", "عن", "من", "في", "مع", "ان", "او", "لا", "ما", "هو", "هي"})
# Platforms a statement is posted on (نشر على موقع تويتر): where words appear, never who acts.
PLATFORMS: frozenset[str] = frozenset({"تويتر", "فيسبوك", "فيس بوك", "تليغرام", "تلغرام", "تيليجرام", "يوتيوب",
                                       "انستغرام", "انستجرام", "واتساب", "تيك توك", "اكس", "منصه اكس"})
# Nouns for a group that a demonstrative points back to (هذه المجموعة: this group) ...
GROUP_NOUNS: frozenset[str] = frozenset({"المجموعه", "الجماعه", "التنظيم", "الحركه", "الجبهه", "الميليشيا",
                                         "المليشيا", "الفصيل", "الحزب"})
# ... and the KB subtypes it may point back to.
GROUP_SUBTYPES: frozenset[str] = frozenset({"armed_group", "party"})


def usable(m: Mention) -> bool:
    """False for mentions that are function words (a recogniser's slip) or posting platforms."""
    return _usable(m.text)


@lru_cache(maxsize=1 << 14)  # asked for every mention of a sentence, several times a sentence
def _usable(text: str) -> bool:
    key = fold_key(text)
    return key not in NOT_ACTORS and not any(key.endswith(p) for p in PLATFORMS)


def _stem(key: str) -> str:
    """A group name's stem for its derived forms: الحوثيين، حوثيا، الحوثية → حوث."""
    key = key[2:] if key.startswith("ال") else key
    for end in ("يون", "يين", "يه", "يا", "ين", "ون", "ي"):
        if key.endswith(end) and len(key) - len(end) >= 3:
            return key[: -len(end)]
    return key


# Heads of organisation names (rasd/lexicon/body_heads.tsv): the `generic` ones are no short
# form of one body (حزب party, جبهة front); after a `group` one (حزب، حركة), "the party"
# (الحزب) names the article's only party.
def doc_aliases(doc: Document) -> dict[str, Mention]:
    """Short forms of the article's organisations: the head of a multiword name (التحالف for
    التحالف العربي) and derived forms of a one-word name (حوثيا for الحوثيين)."""
    out: dict[str, Mention] = _group_heads(doc)
    for m in doc.entities:
        if m.type not in ("PER", "ORG") or not m.name_en:
            continue
        words = fold_key(m.text).split()
        if m.type == "PER" and len(words) > 1 and len(words[-1]) >= 4:
            out.setdefault(words[-1], m)  # مسعود البرزاني → البرزاني
        if m.type != "ORG" or not usable(m):
            continue
        if len(words) > 1 and words[0] not in body_heads("generic") and len(words[0]) >= 4:
            out.setdefault(words[0], m)
        elif len(words) == 1 and len(_stem(words[0])) >= 3:
            out.setdefault("~" + _stem(words[0]), m)
    return out


def _group_heads(doc: Document) -> dict[str, Mention]:
    """The definite head of the article's one group of its kind: الحزب (the party) for حزب
    العمال الكردستاني when no other party is named."""
    by_head: dict[str, dict[str, Mention]] = {}
    for m in doc.entities:
        words = fold_key(m.text).split() if m.type == "ORG" and m.name_en else []
        if len(words) > 1:
            head = words[0].removeprefix("ال")
            if head in body_heads("group"):
                by_head.setdefault(head, {})[m.id or m.name_en] = m
    return {"ال" + h: next(iter(ms.values())) for h, ms in by_head.items() if len(ms) == 1}


def group_anaphors(doc: Document, sent: tuple[int, int], kb: "KB | None") -> list[Mention]:
    """هذه المجموعة، هذا التنظيم (this group, this organisation): the armed group or party named
    last before it, as a mention at the anaphor."""
    if kb is None:
        return []
    words = word_tokens(doc.text, sent[0], sent[1])
    out: list[Mention] = []
    if DEMONSTRATIVES.isdisjoint([w.text for w in words]):  # the common case: no هذه/هذا at all
        return out
    for i in range(1, len(words)):
        if fold_key(words[i - 1].text) not in DEMONSTRATIVES or not ({k for _, k in clitic_splits(fold_key(words[i].text))} & GROUP_NOUNS):
            continue
        prior = [m for m in doc.entities if m.end <= words[i].start and m.id and kb.get(m.id)
                 and kb.get(m.id).subtype in GROUP_SUBTYPES]  # type: ignore[union-attr]
        if prior:
            m, w = prior[-1], words[i]
            out.append(Mention(w.text, w.start, w.end, m.type, m.name_en, m.id, source="anaphor"))
    return out


@lru_cache(maxsize=1 << 16)  # per word: the splits, stems and sorting were ~1/3 of alias_mentions
def _alias_keys(word: str) -> tuple[str, ...]:
    """The `doc_aliases` keys a word may stand for, in the order tried: a group's derived form
    first (الحوثي in صفوف الحوثي is the Houthis, not a surname), then the word and its stems."""
    keys = sorted({k for _, k in clitic_splits(fold_key(word))})
    return tuple("~" + _stem(k) for k in keys) + tuple(keys)


def alias_mentions(doc: Document, sent: tuple[int, int], aliases: dict[str, Mention]) -> list[Mention]:
    """Words of a sentence that are short forms of an organisation named in the article."""
    if not aliases:
        return []
    toks = word_tokens(doc.text, sent[0], sent[1])
    # most words are no alias: one set test per word instead of a generator (with organ_mentions'
    # one pass, 2.5% of the step's instructions, callgrind)
    keyed = [(i, keys) for i, keys in enumerate(map(_alias_keys, [t.text for t in toks]))
             if not aliases.keys().isdisjoint(keys)]
    if not keyed:
        return []
    # only the sentence's own names can cover its words (all of the article's: 25% of the step's time)
    taken = [(m.start, m.end) for m in doc.entities if m.end > sent[0] and m.start < sent[1] and usable(m)]
    out: list[Mention] = []
    for i, keys in keyed:
        t = toks[i]
        hit = next(aliases[k] for k in keys if k in aliases)
        if not any(s < t.end and t.start < e for s, e in taken) \
                and not _other_body(hit, toks[i + 1].text if i + 1 < len(toks) else ""):
            out.append(Mention(t.text, t.start, t.end, hit.type, hit.name_en, hit.id, source="alias"))
    return out


# Words after a body's head that look definite but qualify no name: a day (أعلن التحالف الثلاثاء),
# a preposition or a relative (دعا الحركة إلى، الحركة التي), folded.
_NOT_QUALIFIERS = load_words("body_non_qualifiers")  # rasd/lexicon/body_non_qualifiers.tsv


def _other_body(hit: Mention, following: str) -> bool:
    """True when the head of a multiword name is qualified otherwise: القيادة العامة لقوات
    البيشمركة (the Peshmerga's general command) is not قيادة العمليات المشتركة (the JOC)."""
    name = fold_key(hit.text).split()
    nxt = fold_key(following)
    # an adjective (العامة، الشعبية) or a genitive with لـ qualifies the head; a plural noun after it
    # is a verb's object (واتهمت الجبهة القوات المغربية: the front accused the Moroccan forces)
    qualifier = nxt.startswith("ل") and not nxt.startswith("ال") or nxt.endswith(("ه", "ي"))
    return len(name) > 1 and nxt.startswith(("ال", "ل")) and nxt not in _NOT_QUALIFIERS and nxt != name[1] \
        and qualifier


@lru_cache(maxsize=1)
def organ_words() -> frozenset[str]:
    """Folded nouns of state organs (قوات، الجيش، وزارة، مسؤول ...)."""
    return frozenset(fold_key(r["word"]) for r in load_table("state_organs"))


def organ_mentions(doc: Document, sent: tuple[int, int], kb: "KB | None") -> list[Mention]:
    """Unnamed organs with a nationality (القوات التركية: Turkish forces) as mentions of their state."""
    if kb is None:
        return []
    words = word_tokens(doc.text, sent[0], sent[1])
    organs = organ_words()
    # few sentences hold an organ word: their words' keys are tested in one pass, and the names
    # read only when one does (both were done for every sentence)
    at = [i for i, keys in enumerate(map(word_keys, [t.text for t in words[:-1]])) if not organs.isdisjoint(keys)]
    if not at:
        return []
    # a mention that is only a nationality adjective (السعودية after قوات) yields to the organ
    # (only mentions reaching into the sentence can overlap an organ in it; the nationality test
    # on every mention of the article for every sentence was ~5% of the event step)
    taken = [(m.start, m.end) for m in doc.entities
             if m.end > sent[0] and m.start < sent[1] and not kb.nationality(fold_key(m.text))]
    out: list[Mention] = []
    for i in at:
        by_fi = _organ_in_state(doc, words, i, kb)
        if by_fi is not None:
            out.append(by_fi)
            continue
        # the adjective right after the organ, or after one qualifying word (قوات الطوارئ السعودية)
        for off, n in ((1, 2), (1, 1), (2, 2), (2, 1)):
            span = words[i + off: i + off + n]
            if len(span) < n:
                continue
            sid = kb.nationality(" ".join(fold_key(t.text) for t in span))
            entry = kb.get(sid) if sid else None
            a, b = words[i].start, span[-1].end
            if entry and not any(s < b and a < e for s, e in taken) and not (word_keys(words[i].text) & COUNTERPARTS and _named_after(doc, b)):
                out.append(Mention(doc.text[a:b], a, b, "ORG", entry.name_en, entry.id, source="organ"))
                break
    return out


# A counterpart (نظيره الروسي: his Russian counterpart) named right after is the party himself.
COUNTERPARTS = frozenset({"نظير", "نظيره"})


def _named_after(doc: Document, end: int) -> bool:
    """True when a person's name follows the organ at once (نظيره الروسي سيرغي لافروف: his Russian
    counterpart Sergei Lavrov): the person is the party, not the state."""
    return any(m.type == "PER" and end < m.start <= end + 2 for m in doc.entities)


def _organ_in_state(doc: Document, words: list, i: int, kb: "KB") -> Mention | None:
    """A definite organ placed in a state by في (قوات الأمن في البحرين: the security forces in
    Bahrain; المجلس العسكري في النيجر) as a mention of that state, up to the state's name."""
    for off in (1, 2):
        if i + off + 1 >= len(words) or fold_key(words[i + off].text) != "في":
            continue
        # definite, by its article or its definite qualifier (قوات الأمن): قوات في سوريا (forces
        # in Syria) may be anyone's
        if not fold_key(words[i + off - 1].text).startswith("ال"):
            return None
        at = words[i + off + 1].start
        state = next((m for m in doc.entities if m.start == at and m.id), None)
        entry = kb.get(state.id) if state else None
        if entry is None or entry.subtype != "country":
            return None
        a = words[i].start
        return Mention(doc.text[a:state.end], a, state.end, "ORG", entry.name_en, entry.id, source="organ")
    return None
