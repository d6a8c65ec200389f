"""Anaphors that name an event party: بلاده (his country) is the state of the official or body
just named; the bare الميليشيات / الجماعة (the militias, the group) is the article's only armed group.

`نفى المتحدث باسم الخارجية الإيرانية أن تكون بلاده قد زودت الحوثيين بصواريخ` (the Iranian
spokesman denied that his country supplied the Houthis with missiles): بلاده is Iran, the
doer of the denied act. Only the plural-form بلاد is read so: بلده is also "his town".
"""
from __future__ import annotations

from rasd.annotate.event_actors import COALITION, StateResolver
from rasd.annotate.speaker_words import listed_form
from rasd.arabic import fold_key, word_tokens
from rasd.clitics import clitic_splits
from rasd.model import Actor, Document, Mention

COUNTRY_WORDS: frozenset[str] = frozenset({"بلاده", "بلادها", "بلادهم", "بلادنا"})


def _country_word(word: str) -> bool:
    """بلاده or وبلاده (and his country), not ببلاده (in his country: a place)."""
    return listed_form(fold_key(word), COUNTRY_WORDS) is not None


def country_anaphors(doc: Document, sent: tuple[int, int], mentions: list[Mention],
                     resolver: StateResolver) -> list[Mention]:
    """Each بلاده in the sentence as a mention of the state of the closest person or body before it
    that acts for a state the article names."""
    if "بلاد" not in doc.text[sent[0]:sent[1]]:  # the common case: no tokenising
        return []
    out: list[Mention] = []
    for w in word_tokens(doc.text, *sent):
        if not _country_word(w.text):
            continue
        # the closest one that stands for a state: in السفير الروسي لدى الأمم المتحدة إن بلاده (the
        # Russian ambassador to the UN said his country) the UN has no country
        prior = sorted((m for m in mentions if m.end <= w.start and m.type in ("PER", "ORG")), key=lambda m: m.end)
        states = (resolver.actor(m) for m in reversed(prior))
        state = next((s for s in states if s.id in resolver.named), None)
        if state is not None:
            out.append(Mention(w.text, w.start, w.end, "GPE", state.name_en, state.id, source="anaphor"))
    return out


# "The two countries" (دعا البلدين إلى الحوار: called on both countries to talk): the pair of states
# the article is about; its most-named member stands for the pair, as one party can.
PAIR_WORDS: frozenset[str] = frozenset({"البلدين", "الدولتين", "الجارتين", "البلدان", "الدولتان", "الجارتان"})
PAIR_CLITICS = ("", "و", "ل")
# Unfolded substrings that any spelling of a pair word holds (a cheap test before tokenising).
_PAIR_CUES = ("لبلدين", "لبلدان", "لدولتين", "لدولتان", "لجارتين", "لجارتان")


def pair_anaphors(doc: Document, sent: tuple[int, int], mentions: list[Mention],
                  resolver: StateResolver) -> list[Mention]:
    """Each bare البلدين (the two countries) as a mention of the article's most-named state before
    the sentence, other than the states the sentence itself names; on a tie, the state whose
    `resolver.named` mention (its last in the article) comes first."""
    if not any(w in doc.text[sent[0]:sent[1]] for w in _PAIR_CUES):
        return []
    own = {m.id for m in mentions if m.id} | {resolver.actor(m).id for m in mentions}
    counts: dict[str, int] = {}
    for m in doc.entities:
        if m.start >= sent[0]:
            break
        sid = resolver.actor(m).id
        if sid in resolver.named:
            counts[sid] = counts.get(sid, 0) + 1
    # a pair needs two states named before; one of them may be named in the sentence too (أكدت
    # الصين، الحليف الوثيق لباكستان، ... داعية البلدين: the other, India, stands for the pair)
    others = {sid: n for sid, n in counts.items() if sid not in own}
    if len(counts) < 2 or not others:
        return []
    best = resolver.named[max(others, key=lambda sid: (others[sid], -resolver.named[sid].start))]
    out: list[Mention] = []
    for w in word_tokens(doc.text, *sent):
        key = fold_key(w.text)
        if any(p in PAIR_CLITICS and stem in PAIR_WORDS for p, stem in clitic_splits(key)):
            out.append(Mention(w.text, w.start, w.end, "GPE", best.name_en, best.id, source="anaphor"))
    return out


# The armed group's common nouns: alone and definite, they point back to it (قتلت 23 من عناصر الميليشيات).
GROUP_WORDS: frozenset[str] = frozenset({"الميليشيات", "الميليشيا", "المليشيات", "المليشيا", "الجماعه"})
# The proclitics they may carry and stay bare: و، ب، ل (للميليشيات = ل + الميليشيات: of the militias).
BARE_CLITICS = ("", "و", "ب", "ل")


def only_armed_group(doc: Document, kb) -> Mention | None:
    """The article's one armed group (a mention of it), or None when it names none or several."""
    groups = {m.id: m for m in doc.entities if m.id and (e := kb.get(m.id)) is not None and e.subtype == "armed_group"}
    return next(iter(groups.values())) if len(groups) == 1 else None


def _group_word(key: str) -> bool:
    """A folded word that is one of GROUP_WORDS, maybe after و، ب or ل: للميليشيات (of the militias)."""
    return any(p in BARE_CLITICS and stem in GROUP_WORDS for p, stem in clitic_splits(key))


def sole_group(doc: Document, sent: tuple[int, int], mentions: list[Mention], kb) -> list[Mention]:
    """Each bare الميليشيات / الجماعة in the sentence as a mention of the article's only armed group."""
    if kb is None or not any(w in doc.text[sent[0]:sent[1]] for w in ("يشيا", "يليشي", "لجماع")):
        return []
    group = only_armed_group(doc, kb)
    if group is None:
        return []
    taken = [(m.start, m.end) for m in mentions]
    words = word_tokens(doc.text, *sent)
    out: list[Mention] = []
    for i, w in enumerate(words):
        key = fold_key(w.text)
        bare = _group_word(key)
        described = i + 1 < len(words) and fold_key(words[i + 1].text).startswith("ال")  # الميليشيات الحوثية
        if bare and not described and not any(a < w.end and w.start < b for a, b in taken):
            out.append(Mention(w.text, w.start, w.end, "ORG", group.name_en, group.id, source="anaphor"))
    return out


def sole_enemy(doc: Document, resolver: StateResolver, source: Actor | None) -> Actor | None:
    """The article's only armed group, as the target of a state's or coalition's strike that names
    none (قصفت طائرات التحالف قاعدة العند: the coalition struck the base the Houthis hold)."""
    kb = resolver.kb
    if kb is None or source is None or not (source.id in resolver.named or any(w in (source.name_en or "").lower() for w in COALITION)):
        return None
    group = only_armed_group(doc, kb)
    return group.actor() if group is not None and group.id != source.id else None
