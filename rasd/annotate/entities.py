"""The entity step: recognise, type and link every person, organisation and place.

Cascade, in order of precedence (a later source never overrides an earlier span):
1. KB longest match, clitic-aware (`kb_match`): `وموسكو` → Moscow on `موسكو`.
2. Titles (`titles`): the person after `وزير الخارجية الروسي`, with office and state;
   names the KB lacks get a romanised `name_en` and a stable `rasd:per:` id.
3. The NER model (`model_spans`), optional, for confident spans nothing else found.
4. Coreference (`coref`): later short forms (`لافروف`, `تشوي`) link to the full name.
Nationality adjectives alone (`التركية`) are not mentions; they give a title its state.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.actors import entities_in, resolve_title, state_of  # noqa: F401 (public API)
from rasd.annotate.coalitions import bare_coalition
from rasd.annotate.coref import anaphoric, from_coref, head_short_forms, index_names, place_short_forms
from rasd.annotate.cues import hamza_particle
from rasd.annotate.entry_choice import choose_entries, context_states
from rasd.annotate.kb_match import Match, entity_type, find_kb_matches, stem_offset, word_keys
from rasd.annotate.kingdom_anaphor import relink_kingdom
from rasd.annotate.match_readings import name_after_cue, name_after_direction, new_entry, other_bearer
from rasd.annotate.media import find_media
from rasd.annotate.model_spans import load_model, model_spans
from rasd.annotate.nicknames import find_nicknames
from rasd.annotate.pattern_matches import main_state
from rasd.annotate.patterns import ROYAL, find_patterns
from rasd.annotate.plain_names import common_named, common_places
from rasd.annotate.title_lexicon import name_parts, possessed
from rasd.annotate.titles import TitleHit, find_titles
from rasd.annotate.units import find_units
from rasd.annotate.weak_matches import (
    TANWIN_MARKS,
    adjective,
    bank_of,
    common_behind_clitic,
    described,
    descriptive_organ,
    drop_weak,
    idiom,
)
from rasd.arabic import Token, fold_key, tokenize
from rasd.clitics import clitic_splits
from rasd.model import Document, Mention

if TYPE_CHECKING:
    from rasd.annotate.ner_model import NerModel
    from rasd.kb import KB, Entry

__all__ = ["RecogniseEntities", "recognise", "entities_in", "state_of", "resolve_title", "entity_type"]

# Offices a vaguer title may stand for: a state's "leader" (الزعيم) is its head of state or government.
LEADER_OFFICES = {"leader": ("head_of_state", "head_of_government")}


class RecogniseEntities:
    """Pipeline step: fill `doc.entities` with linked mentions."""

    name = "entities"
    requires = ("text", "published")
    provides = ("entities",)

    def __init__(self, kb: "KB | None" = None, model: "NerModel | None" = None, use_model: bool = True):
        from rasd.kb import load_kb

        self.kb = kb if kb is not None else load_kb()
        self.model = model if model is not None or not use_model else load_model()

    def __call__(self, doc: Document) -> Document:
        if doc.text:
            doc.entities = recognise(self.kb, doc.text, doc.published, self.model)
        return doc


def recognise(kb: "KB", text: str, published: str | None, model: "NerModel | None" = None) -> list[Mention]:
    """All entity mentions of a text, linked, in text order."""
    tokens = tokenize(text)
    keys = word_keys(tokens, text)
    found = [m for m in find_kb_matches(kb, text, tokens, keys)
             if not adjective(kb, keys, m) and not described(keys, m) and not idiom(keys, m.first, m.ntok)]
    found = [other_bearer(text, tokens, keys, name_after_direction(kb, text, name_after_cue(kb, text, m, keys)))
             for m in found]
    found = drop_weak(found, keys, context_states(found, []))
    found += _leader_states(kb, text, tokens, keys, found)
    banks = [m for m in found if bank_of(m, found, keys)]  # no name, and no model span either
    found = [m for m in found if m not in banks]
    found += _texted(text, common_places(kb, tokens, keys, found))
    media = [x for x in find_media(kb, text, tokens, keys) + find_nicknames(text, tokens, keys)
             if not _within_org(x, found)]  # وكالة الأنباء الفرنسية: the KB's whole name, cue and all
    found = [m for m in found if not _overlaps(m, media)] + media
    by_first = {m.first: m for m in found}
    hits = find_titles(kb, tokens, keys, by_first)
    titled = [t for t in _from_titles(kb, text, tokens, hits, published, by_first) if not _within_name(t, found)]
    found = [m for m in found if not _overlaps(m, titled)] + titled
    found += _texted(text, common_named(kb, tokens, keys, found, main_state(found)))
    made = find_patterns(kb, text, tokens, keys, found, _title_tokens(hits))
    found = [m for m in found if not _overlaps(m, made) or _place_ending(m, made, keys)] + made
    found += _texted(text, find_units(text, tokens, keys, _covered(found), main_state(found)))
    if model is not None:
        found += _from_model(kb, model, text, (tokens, keys), found, _covered(banks))
    found += from_coref(text, tokens, keys, found)
    found += _texted(text, head_short_forms(tokens, keys, found))
    found += _texted(text, bare_coalition(kb, tokens, keys, found))
    found = anaphoric(found, keys)
    place_short_forms(found)
    choose_entries(found, context_states(found, hits), keys)
    relink_kingdom(kb, found)
    return [_mention(m) for m in sorted(found, key=lambda m: m.start)
            if entity_type(m.entries[0]) and not descriptive_organ(kb, m)]


# Folded words after which a body's name ends on the state that leads it or that it is in or sent to
# (التحالف بقيادة السعودية: the Saudi-led coalition; بعثة الأمم المتحدة للدعم في ليبيا; مكتب المبعوث
# الخاص إلى اليمن): the state is a mention of its own. On the ten tuning sets each such state was
# in the gold (entities F1 summed +0.012, session 9).
STATE_CUES = frozenset({"بقياده", "تقوده", "تقودها", "في", "الي", "لدي"})


def _leader_states(kb: "KB", text: str, tokens: list[Token], keys: list[str], found: list[Match]) -> list[Match]:
    """The state that ends a body's KB name after STATE_CUES, as a mention of its own (the leader is a party)."""
    out: list[Match] = []
    for m in found:
        if m.ntok < 3 or m.entries[0].type != "ORG":
            continue
        for k in range(m.first, m.first + m.ntok - 1):
            if keys[k] in STATE_CUES:
                a, b = k + 1, m.first + m.ntok
                states = [e for e in kb.lookup(" ".join(keys[a:b])) if e.subtype == "country"]
                if states:
                    start, end = tokens[a].start, tokens[b - 1].end
                    out.append(Match(start, end, text[start:end], states, a, b - a, " ".join(keys[a:b])))
    return out


def _within_name(x: Match, found: list[Match]) -> bool:
    """A title's name inside a longer KB name (الملك فهد in جسر الملك فهد: the King Fahd Causeway)."""
    return any(m.start <= x.start and x.end <= m.end and m.ntok >= 2 and m.entries[0].type != "PER"
               for m in found)


def _within_org(x: Match, found: list[Match]) -> bool:
    """A name inside a longer KB name of the same organisation (الأنباء الفرنسية in وكالة الأنباء الفرنسية)."""
    return any(m.start <= x.start and x.end <= m.end and (m.start, m.end) != (x.start, x.end)
               and m.entries[0] in x.entries for m in found)


def _place_ending(m: Match, made: list[Match], keys: list[str]) -> bool:
    """A known place that ends a body's name after في, or a governor's office, is named too:
    `المنسقية العامة للنازحين في دارفور` names Darfur, `مكتب حاكم إقليم أغري` Agri province."""
    return m.first > 0 and m.entries[0].type in ("GPE", "LOC") and any(
        o.first < m.first and o.first + o.ntok == m.first + m.ntok
        and (keys[m.first - 1] == "في" or o.entries[0].subtype == "government") for o in made)


def _texted(text: str, found: list[Match]) -> list[Match]:
    """Matches with their surface filled in from the text."""
    for m in found:
        m.text = text[m.start:m.end]
    return found


def _title_tokens(hits: list[TitleHit]) -> set[int]:
    return {i for h in hits for i in range(h.first, h.head_end)}


def _overlaps(m: Match, others: list[Match]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)


def _covered(found: list[Match]) -> set[int]:
    return {i for m in found for i in range(m.first, m.first + m.ntok)}


def _from_titles(kb: "KB", text: str, tokens: list[Token], hits: list[TitleHit], published: str | None,
                 by_first: dict[int, Match]) -> list[Match]:
    """Persons named after titles: roles on KB persons, the office holder a short name stands for,
    new entries for the others."""
    out: list[Match] = []
    for hit in hits:
        role = None if hit.former else hit.role
        if hit.person is not None:
            hit.person.role = hit.person.role or role
        elif hit.name is not None:
            a, b = hit.name
            known = by_first.get(b)
            if known is not None and known.entries[0].type == "PER":
                # الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا: the given names run into the known
                # person's KB name, so the whole run is that person
                start, end = tokens[a].start, known.end
                out.append(Match(start, end, text[start:end], known.entries, a, b - a + known.ntok, "", "title", role))
                continue
            start, end = tokens[a].start, tokens[b - 1].end
            key = " ".join(fold_key(text[start:end]).split())
            entry = office_holder(kb, hit, key, published) or _person_named_before(by_first, key, start) \
                or new_entry("PER", text[start:end], hit.country, "rasd:title")
            out.append(Match(start, end, text[start:end], [entry], a, b - a, "", "title", role))
    return out


def office_holder(kb: "KB", hit: TitleHit, name_key: str, published: str | None) -> "Entry | None":
    """`الزعيم الكوري الشمالي كيم` (the North Korean leader Kim) → Kim Jong Un: the one holder of the
    title's office (on the publication date, when known) whose KB name has every word written."""
    if hit.former or not hit.role or not hit.country:
        return None
    words = set(name_key.split())
    roles = (hit.role, *LEADER_OFFICES.get(hit.role, ()))
    people = {o.person_id for r in roles for o in kb.holders(r, hit.country, published)}
    named = [e for p in sorted(people) if (e := kb.get(p)) is not None
             and any(words <= set(fold_key(n).split()) for n in e.names_ar)]
    return named[0] if len(named) == 1 else None


def _from_model(kb: "KB", model: "NerModel", text: str, words: tuple[list[Token], list[str]], found: list[Match],
                blocked: set[int]) -> list[Match]:
    """Confident model spans over tokens no KB or title mention covers; a span of two or more words
    that is the short form of a person the article named (جونغ أون of كيم جونغ أون) is that person."""
    tokens, keys = words
    covered = _covered(found) | blocked
    people = index_names((m.entries[0], name) for m in found if m.entries[0].type == "PER"
                         for name in (m.entries[0].names_ar[:1] if m.source != "model" else ()))
    out: list[Match] = []
    for s in model_spans(model, text, tokens):
        if any(i in covered for i in range(s.first, s.end)) or idiom(keys, s.first, s.end - s.first):
            continue
        first = s.first + (s.type == "PER" and s.end - s.first >= 2 and (possessed(fold_key(tokens[s.first].text))
                                                                         or hamza_particle(tokens[s.first].text)))
        start, end = tokens[first].start, tokens[s.end - 1].end
        first_key = fold_key(tokens[first].text)
        if s.end - first == 1 and common_behind_clitic(first_key):
            continue
        if s.end - first == 1 and not first_key.startswith("ال") and kb.nationality(first_key):
            continue  # شيء روسي (something Russian): an indefinite nationality adjective, no person
        if any(mark in text[start:end] for mark in TANWIN_MARKS):
            continue  # ميلاً (miles, accusative): names take no nunation
        if first_key[:1] in ("و", "ف") and first_key[1:] in name_parts():
            start += 1  # the conjunction is no part of the name (وسامر → سامر)
        start, known = _model_span_entries(kb, text, tokens[first], start, end, s.type)
        surface = text[start:end]
        key = " ".join(fold_key(surface).split())
        known = known or (people.lookup(key) if " " in key or _royal_before(keys, first) else []) or (
            _surname_of(found + out, key, start) if s.type == "PER" and " " not in key else [])
        entry = known[0] if known else new_entry(s.type, surface, None, "rasd:model")
        out.append(Match(start, end, surface, [entry], first, s.end - first, "", "model"))
    return out



def _person_named_before(by_first: dict[int, Match], key: str, before: int) -> "Entry | None":
    """The one person named in full earlier whose first or last word(s) a name after a title is
    (الأمير تميم after تميم بن حمد آل ثاني: Emir Tamim)."""
    named = [(m.entries[0], m.text) for m in by_first.values()
             if m.entries[0].type == "PER" and m.end <= before and m.ntok >= 2]
    if not named or key.count(" ") > 1:  # a short form is one or two words; most articles name no one before
        return None
    found = index_names(named).lookup(key)
    return found[0] if found else None


def _royal_before(keys: list[str], i: int) -> bool:
    """A royal title right before token i: royals are named by the given name alone (الأمير تميم:
    Emir Tamim, after تميم بن حمد آل ثاني)."""
    prev = keys[i - 1] if i > 0 else ""
    return prev in ROYAL or (prev[:1] == "و" and prev[1:] in ROYAL)


def _surname_of(found: list[Match], key: str, before: int) -> list["Entry"]:
    """The person named in full earlier whose last name this single word is (فلاديمير ميدينسكي
    ... ميدينسكي: Vladimir Medinsky, also when neither is in the KB)."""
    bare = key.removeprefix("ال")
    for m in sorted((m for m in found if m.start < before and m.entries[0].type == "PER"), key=lambda m: -m.start):
        words = fold_key(m.text).split()
        if len(words) >= 2 and words[-1].removeprefix("ال") == bare and len(bare) >= 3:
            return [m.entries[0]]
    return []


def _model_span_entries(kb: "KB", text: str, first: Token, start: int, end: int,
                        type_: str) -> tuple[int, list["Entry"]]:
    """KB entries a model span spells, the span's start moved past a proclitic when only the
    stem is a name (ببنغازي "in Benghazi": ب + بنغازي). GPE and LOC are one kind here: the
    corpus the model learnt from tags cities LOC, the KB types them GPE."""
    places = ("GPE", "LOC")
    rest = " ".join(fold_key(text[first.end:end]).split())
    for clitic, stem in _model_splits(fold_key(text[start:first.end])):
        key = f"{stem} {rest}".strip()
        found = kb.lookup(key)
        same = [e for e in found if e.type == type_] or [e for e in found if type_ in places and e.type in places]
        if same:
            return (start if not clitic else stem_offset(first, clitic)), same
    return start, []


def _model_splits(key: str) -> list[tuple[str, str]]:
    """The word whole, then without one proclitic (not ال, which KB names keep)."""
    return [(c, st) for c, st in clitic_splits(key) if c != "ال" and (not c or len(st) >= 3)]


def _mention(m: Match) -> Mention:
    e = m.entries[0]
    return Mention(m.text, m.start, m.end, entity_type(e) or "ORG", e.name_en, e.id, m.source, m.role)
