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

from collections import Counter
from typing import TYPE_CHECKING

from rasd.annotate.actors import entities_in, resolve_title, state_of  # noqa: F401 (public API)
from rasd.annotate.coref import head_short_forms, index_names, spelled_apart
from rasd.annotate.kb_match import Match, find_kb_matches, word_keys
from rasd.annotate.media import find_media
from rasd.annotate.nicknames import find_nicknames
from rasd.annotate.model_spans import load_model, model_spans
from rasd.annotate.patterns import _modifies_noun, find_patterns, patterns
from rasd.annotate.titles import TitleHit, find_titles, name_parts, non_names
from rasd.annotate.translit import entity_id, romanise
from rasd.annotate.units import find_units
from rasd.arabic import Token, clitic_splits, fold_key, tokenize
from rasd.model import Document, EntityType, Mention

if TYPE_CHECKING:
    from rasd.annotate.ner_model import NerModel
    from rasd.kb import KB, Entry

__all__ = ["RecogniseEntities", "recognise", "entities_in", "state_of", "resolve_title", "entity_type"]

# KB subtypes typed by the gold convention: towns are GPE, regions/bases/fronts are LOC.
LOC_SUBTYPES = frozenset({"region", "province", "state", "governorate", "district", "front", "base",
                          "crossing", "sea", "river", "mountain", "airport", "port", "lake", "island",
                          "peninsula", "desert", "strait", "gulf", "valley", "area"})
GPE_SUBTYPES = frozenset({"country", "city", "capital", "town", "village"})
# Sources that vouch for a name; a one-word place known only to bulk gazetteers may be a
# common word (بيان statement, جنوب south, معسكر camp) and needs a place context.
STRONG_SOURCES = ("curated", "cldr", "pycountry", "mledoze")
# Folded words before a place name of the article's own country (في X، قرب X).
PLACE_PREPS = frozenset({"في", "من", "الي", "نحو", "قرب", "بين", "و", "شمال", "جنوب", "شرق", "غرب", "شمالي",
                         "جنوبي", "شرقي", "غربي", "باتجاه", "داخل", "حول", "محيط", "ضواحي", "،", ""})
# Folded direction words: `شمال X` is mostly the north of X, not a place of its own.
DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"})
# Subtypes that make a direction phrase a unit of its own (South Sudan, North Sinai Governorate).
OWN_UNITS = frozenset({"country", "state", "governorate", "province", "district", "capital", "city"})
# Nunation marks (ميلاً، جنديٌ): indefinite common nouns; a name never carries them.
TANWIN_MARKS = ("\u064b", "\u064c", "\u064d")
# Folded words that announce a place (في مدينة X: in the town of X).
PLACE_CUES = frozenset({"مدينه", "بمدينه", "لمدينه", "ومدينه", "بلده", "ببلده", "قريه", "بقريه",
                        "منطقه", "بمنطقه", "محافظه", "بمحافظه", "مديريه", "بمديريه", "ولايه", "بولايه",
                        "اقليم", "باقليم", "العاصمه", "عاصمه", "بلدات", "مدن", "قري"})


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


def entity_type(entry: "Entry") -> EntityType | None:
    """The record type of a KB entry (None for types the record does not carry)."""
    if entry.type in ("GPE", "LOC"):
        if entry.subtype in LOC_SUBTYPES:
            return "LOC"
        return "GPE" if entry.subtype in GPE_SUBTYPES else entry.type  # type: ignore[return-value]
    return entry.type if entry.type in ("PER", "ORG") else None  # type: ignore[return-value]


def recognise(kb: "KB", text: str, published: str | None, model: "NerModel | None" = None) -> list[Mention]:
    """All entity mentions of a text, linked, in text order."""
    tokens = tokenize(text)
    keys = word_keys(tokens)
    found = [m for m in find_kb_matches(kb, text, tokens, keys) if not _adjective(kb, keys, m) and not _described(keys, m)]
    found = [_name_after_direction(kb, text, _name_after_cue(kb, text, m, keys)) for m in found]
    found = _drop_weak(found, keys, _context_states(found, []))
    media = find_media(kb, text, tokens, keys) + find_nicknames(text, tokens, keys)
    found = [m for m in found if not _overlaps(m, media)] + media
    hits = find_titles(kb, tokens, keys, {m.first: m for m in found})
    titled = _from_titles(text, tokens, hits)
    found = [m for m in found if not _overlaps(m, titled)] + titled
    made = find_patterns(kb, text, tokens, keys, found, _title_tokens(hits))
    found = [m for m in found if not _overlaps(m, made)] + made
    found += _texted(text, find_units(text, tokens, keys, _covered(found)))
    if model is not None:
        found += _from_model(kb, model, text, tokens, _covered(found))
    found += _from_coref(text, tokens, keys, found)
    found += _texted(text, head_short_forms(tokens, keys, found))
    found = _anaphoric(found, keys)
    _place_short_forms(found)
    _choose_entries(found, _context_states(found, hits))
    return [_mention(m) for m in sorted(found, key=lambda m: m.start) if entity_type(m.entries[0])]


def _name_after_cue(kb: "KB", text: str, m: Match, keys: list[str]) -> Match:
    """`محافظة تعز` (Taiz province) → the mention is `تعز`, linked as the KB links the name alone."""
    words = m.key.split()
    if m.ntok < 2 or words[0] not in PLACE_CUES or not (rest := kb.lookup(" ".join(words[1:]))):
        return m
    start = m.start + len(text[m.start:m.end].split(None, 1)[0])
    while text[start].isspace():
        start += 1
    return Match(start, m.end, text[start:m.end], rest, m.first + 1, m.ntok - 1, " ".join(words[1:]))


def _name_after_direction(kb: "KB", text: str, m: Match) -> Match:
    """`شمال قطاع غزة` (the north of the Gaza Strip) → the Gaza Strip; `جنوب لبنان` → Lebanon.

    A direction phrase stays one name only when the KB has it as a unit of its own: a state
    (جنوب السودان, South Sudan) or an administrative division (شمال سيناء governorate)."""
    words = m.key.split()
    if m.ntok < 2 or words[0] not in DIRECTIONS or any(e.subtype in OWN_UNITS for e in m.entries) \
            or not (rest := kb.lookup(" ".join(words[1:]))):
        return m
    start = m.start + len(text[m.start:m.end].split(None, 1)[0])
    while text[start].isspace():
        start += 1
    return Match(start, m.end, text[start:m.end], rest, m.first + 1, m.ntok - 1, " ".join(words[1:]))


def _texted(text: str, found: list[Match]) -> list[Match]:
    """Matches with their surface filled in from the text."""
    for m in found:
        m.text = text[m.start:m.end]
    return found


def _weak(m: Match) -> bool:
    """A one-word match known only from bulk gazetteers (بيان statement is also a town)."""
    return m.ntok == 1 and all(weak_entry(e) for e in m.entries)


def weak_entry(e: "Entry") -> bool:
    """A town or region that only bulk gazetteers vouch for (no curated or CLDR name)."""
    return e.type in ("GPE", "LOC") and e.subtype not in ("country", "capital") \
        and not any(s in e.source for s in STRONG_SOURCES)


def _drop_weak(found: list[Match], keys: list[str], states: Counter[str]) -> list[Match]:
    """Keep a weak town only when it is no common word and the article is about its state
    or a place word stands before it (في مدينة X)."""
    out: list[Match] = []
    for m in found:
        if _weak(m):
            strong = states.copy()
            strong.subtract(e.country for e in m.entries[:1] if e.country)
            in_state = any(strong.get(e.country or "", 0) > 0 for e in m.entries)
            prev = keys[m.first - 1] if m.first else ""
            prev = prev[1:] if prev[:1] in ("و", "ف") and prev[1:] in PLACE_PREPS else prev  # وفي
            listed = bool(out) and out[-1].first + out[-1].ntok == m.first and m.key != keys[m.first] \
                and entity_type(out[-1].entries[0]) in ("GPE", "LOC")  # في لحج وأبين: a list of places
            if _common(m.key) or m.key in PLACE_PREPS or not (
                    prev in PLACE_CUES or listed or (in_state and prev in PLACE_PREPS)):
                continue
        elif m.ntok == 1 and m.key != keys[m.first] and m.key in non_names():
            continue  # a clitic split that leaves a common word (لنيل: to obtain, not the Nile)
        elif _verbal_noun(m, keys):
            continue
        out.append(m)
    return out


def _verbal_noun(m: Match, keys: list[str]) -> bool:
    """`للنيل من` (to undermine): ل + a definite verbal noun + من, not "to the Nile from".

    The article here exists only as the لل spelling of ل + ال; a town or feature name read
    that way before من is the verbal-noun idiom (للحد من، للنيل من); countries and capitals stay."""
    nxt = keys[m.first + 1] if m.first + 1 < len(keys) else ""
    return m.ntok == 1 and nxt == "من" and m.key.startswith("ال") and keys[m.first].endswith(m.key[2:]) \
        and keys[m.first].removesuffix(m.key[2:]).endswith("لل") \
        and not any(e.subtype in ("country", "capital") for e in m.entries)


def _common(key: str) -> bool:
    """A common word, with or without its article (المدينة: the city)."""
    return key in non_names() or (key.startswith("ال") and key[2:] in non_names())


def _title_tokens(hits: list[TitleHit]) -> set[int]:
    return {i for h in hits for i in range(h.first, h.head_end)}


def _overlaps(m: Match, others: list[Match]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)


def _covered(found: list[Match]) -> set[int]:
    return {i for m in found for i in range(m.first, m.first + m.ntok)}


def _adjective(kb: "KB", keys: list[str], m: Match) -> bool:
    """A nationality adjective after a definite noun (الحكومة اليمنية), or an organ named by an
    adjective that describes the noun before it (السياسة الخارجية: foreign policy)."""
    head = m.key.split(" ", 1)[0]
    if m.entries[0].type == "ORG" and head == keys[m.first] and head in patterns() \
            and _modifies_noun(keys, m.first, "", head):
        return True  # السياسة الخارجية الأمريكية: US foreign policy, not the State Department
    if m.ntok != 1 or m.first == 0 or not m.key.startswith("ال") or not m.key.endswith(("ي", "يه")):
        return False
    prev = keys[m.first - 1]
    if not prev.startswith(("ال", "وال", "فال", "بال", "لل", "كال")):
        return False
    return kb.nationality(m.key) is not None or m.entries[0].type != "PER"


def _described(keys: list[str], m: Match) -> bool:
    """A one-word definite region followed by a definite adjective the KB name lacks is a common
    noun described: `الشمال السوري` (the Syrian north), `الضفة الأسيوية` (the Asian bank)."""
    k = m.first + 1
    return m.ntok == 1 and m.key.startswith("ال") and m.key == keys[m.first] and k < len(keys) \
        and keys[k].startswith("ال") and keys[k].endswith(("ي", "يه")) and len(keys[k]) >= 5 \
        and all(e.type in ("GPE", "LOC") and e.subtype in ("region", "area") for e in m.entries)


def new_entry(type_: str, surface: str, country: str | None, source: str) -> "Entry":
    """A KB-shaped entry for a name the KB lacks: romanised name, stable id."""
    from rasd.kb import Entry

    return Entry(entity_id(type_, surface), type_, romanise(surface), (surface,), (), country,
                 None, None, source, None)


def _from_titles(text: str, tokens: list[Token], hits: list[TitleHit]) -> list[Match]:
    """Persons named after titles: roles on KB persons, new entries for the others."""
    out: list[Match] = []
    for hit in hits:
        role = None if hit.former else hit.role
        if hit.person is not None:
            hit.person.role = hit.person.role or role
        elif hit.name is not None:
            a, b = hit.name
            start, end = tokens[a].start, tokens[b - 1].end
            entry = new_entry("PER", text[start:end], hit.country, "rasd:title")
            out.append(Match(start, end, text[start:end], [entry], a, b - a, "", "title", role))
    return out


def _from_model(kb: "KB", model: "NerModel", text: str, tokens: list[Token], covered: set[int]) -> list[Match]:
    """Confident model spans over tokens no KB or title mention covers."""
    out: list[Match] = []
    for s in model_spans(model, text, tokens):
        if any(i in covered for i in range(s.first, s.end)):
            continue
        start, end = tokens[s.first].start, tokens[s.end - 1].end
        first_key = fold_key(tokens[s.first].text)
        if s.end - s.first == 1 and any(_common(stem) for _, stem in clitic_splits(first_key)):
            continue  # وأحد (and one of): a common word behind a clitic
        if s.end - s.first == 1 and not first_key.startswith("ال") and kb.nationality(first_key):
            continue  # شيء روسي (something Russian): an indefinite nationality adjective, no person
        if any(mark in text[start:end] for mark in TANWIN_MARKS):
            continue  # ميلاً (miles, accusative): names take no nunation
        if first_key[:1] in ("و", "ف") and first_key[1:] in name_parts():
            start += 1  # the conjunction is no part of the name (وسامر → سامر)
        surface = text[start:end]
        known = [e for e in kb.lookup(" ".join(fold_key(surface).split())) if e.type == s.type]
        entry = known[0] if known else new_entry(s.type, surface, None, "rasd:model")
        out.append(Match(start, end, surface, [entry], s.first, s.end - s.first, "", "model"))
    return out


def _from_coref(text: str, tokens: list[Token], keys: list[str], found: list[Match]) -> list[Match]:
    """Short forms and repeats of names this article introduced, where nothing else matched."""
    names = index_names((m.entries[0], m.text) for m in found
                        if m.source != "kb" or (m.entries[0].type == "PER" and m.ntok > 1))
    if not len(names):
        _definite_heads(found, keys)
        return []
    covered = _covered(found)
    surfaces: dict[str, list[str]] = {}
    for m in found:
        surfaces.setdefault(m.entries[0].id, []).append(m.text)
    out = []
    for m in find_kb_matches(names, text, tokens, keys):  # type: ignore[arg-type]
        if m.ntok == 1 and spelled_apart(m.text, surfaces.get(m.entries[0].id, [])):
            continue  # على (on) is not the علي of محمد علي
        if not any(i in covered for i in range(m.first, m.first + m.ntok)):
            m.source = "coref"
            out.append(m)
    # a KB short form shared by several entities takes the one this article named in full
    for m in found:
        if m.ntok == 1 and len(m.entries) > 1 and (own := names.lookup(m.key)):
            m.entries = own + [e for e in m.entries if e not in own]
    _definite_heads(found + out, keys)
    return out


def _anaphoric(found: list[Match], keys: list[str]) -> list[Match]:
    """Drop a one-word definite organisation that repeats a common noun the article used before:
    after `هجوما على قاعدة عسكرية` (an attack on a military base), `القاعدة` is the base, not al-Qaeda."""
    seen: dict[str, int] = {}
    for i, k in enumerate(keys):
        if i + 1 < len(keys) and keys[i + 1].startswith("ال"):
            continue  # قاعدة الجهاد: a noun in construct starts a name, it is no common noun
        for clitic, stem in clitic_splits(k):
            if not clitic.endswith("ال") and clitic != "لل":  # the indefinite noun, not a name's repeat
                seen.setdefault(stem, i)
    return [m for m in found if not (m.ntok == 1 and m.entries[0].type == "ORG" and m.key.startswith("ال")
                                     and seen.get(m.key[2:], len(keys)) < m.first)]


def _definite_heads(found: list[Match], keys: list[str]) -> None:
    """After `قاعدة العند` (al-Anad base), `القاعدة` alone is that base, not al-Qaeda."""
    heads: dict[str, "Entry"] = {}
    for m in found:
        head = keys[m.first]
        if m.ntok >= 2 and m.entries[0].type != "PER" and not head.startswith("ال") and len(head) >= 3:
            heads.setdefault("ال" + head, m.entries[0])
    for m in found:
        own = heads.get(m.key)
        if m.ntok == 1 and own is not None and own.type != m.entries[0].type \
                and not any(e.subtype == "country" for e in m.entries):  # اليمن after يمن برس: still Yemen
            m.entries = [own]
            m.source = "coref"


def _context_states(found: list[Match], hits: list[TitleHit]) -> Counter[str]:
    """States the article is about: unambiguous places and organisations, title states."""
    states: Counter[str] = Counter(h.country for h in hits if h.country)
    for m in found:
        owners = {e.id if e.subtype == "country" else (e.country or "") for e in m.entries}
        if len(owners) == 1:  # one entry, or a city and its province (دمشق) in one state
            states[owners.pop()] += 1
    states.pop("", None)
    return states


def _place_short_forms(found: list[Match]) -> None:
    """An ambiguous one-word place after a longer name that starts with it is that place's short
    form: `كردستان` after `كردستان العراق` is the Kurdistan Region, not Iran's Kurdistan Province."""
    firsts: dict[str, tuple[int, "Entry"]] = {}
    for m in sorted(found, key=lambda m: m.start):
        e = m.entries[0]
        if m.ntok >= 2 and e.type in ("GPE", "LOC"):
            firsts.setdefault(m.key.split(" ", 1)[0], (m.end, e))
        elif m.ntok == 1 and len(m.entries) > 1 and (own := firsts.get(m.key)) and own[0] <= m.start:
            m.entries = [own[1]]


def _choose_entries(found: list[Match], states: Counter[str]) -> None:
    """An ambiguous name takes the entry tied to the article's states (كيم in a Korea story);
    between a town and the province named after it, the town (عدن: Aden, not Aden Governorate)."""
    for m in found:
        if len(m.entries) > 1:
            best = max(range(len(m.entries)),
                       key=lambda k: (states.get(m.entries[k].country or m.entries[k].id, 0),
                                      m.entries[k].subtype in ("city", "capital"), -k))
            m.entries.insert(0, m.entries.pop(best))


def _mention(m: Match) -> Mention:
    e = m.entries[0]
    return Mention(m.text, m.start, m.end, entity_type(e) or "ORG", e.name_en, e.id, m.source, m.role)
