"""Titles before names: who holds which office, and names the KB does not know.

`وزير الخارجية الكوري الشمالي تشوي سون هوي` (North Korean Foreign Minister Choe
Son Hui): the title (`rasd/lexicon/titles.tsv`), an optional nationality adjective
or named body (`باسم الكرملين`), then 1-4 name words. The title gives the person's
office (`foreign_minister`) and state (North Korea); `title_holders.resolve_title` finds who
held an office on a date when only the title is written (`الرئيس الأمريكي` in 2018).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rasd.annotate.title_lexicon import (FORMER, TitleSpec, name_parts, non_names, possessed, title_at,
                                         title_firsts, title_table)
from rasd.annotate.title_names import name_span
from rasd.arabic import Token
from rasd.clitics import stem_test

if TYPE_CHECKING:
    from rasd.annotate.kb_match import Match
    from rasd.kb import KB

# Words of a minister's portfolio skipped before the name (وزير الاتصالات وتقنية المعلومات).
PORTFOLIO_WORDS = 4
# Qualifiers written after a military rank (العميد الركن، اللواء طيار): skipped before the name.
RANK_QUALIFIERS = frozenset({"ركن", "الركن", "طيار", "الطيار", "بحري", "البحري", "متقاعد", "المتقاعد"})
# Head nouns of a post in a body, read by the event rules around a body's name: a title it stands
# in (رئيس الحكومة المؤقتة X: the interim government's head X, event_roles.TITLE_HEADS) and a post
# given after a person (X، قائد ميليشيات Y: X, commander of the Y militias, event_slots.POST_WORDS).
# Each adds its own; neither is title_firsts(), which holds ranks and honorifics too (العميد).
POST_HEADS = frozenset({"رئيس", "قائد", "زعيم", "نائب", "المتحدث"})
# Offices sent somewhere (titles.tsv roles), the qualifier they take, and the words before the
# place they are sent to (إلى: to; لدى: accredited to).
MISSION_ROLES = frozenset({"envoy", "ambassador"})
MISSION_WORDS = frozenset({"الخاص", "الخاصه"})
MISSION_CUES = frozenset({"الي", "لدي"})


@dataclass(slots=True)
class TitleHit:
    """A title found in the text and what follows it."""

    first: int                 # token index of the title's first word
    last: int                  # token index just after title + adjective/complement
    title_key: str             # folded title (وزير الخارجيه)
    role: str | None
    country: str | None        # state (or body) the office belongs to
    former: bool
    head_end: int = 0          # token index just after the title words themselves
    name: tuple[int, int] | None = None   # token range of a new name (not in the KB)
    person: "Match | None" = None         # a KB person right after the title


def _after_portfolio(kb: "KB", keys: list[str], j: int) -> int:
    """Index of the first word after a minister's portfolio (a known name, a title or an adjective).

    وزير الاتصالات وتقنية المعلومات لطفي ...: the name starts at لطفي; j when none is near."""
    for k in range(j, min(len(keys), j + PORTFOLIO_WORDS + 1)):
        if not keys[k]:
            break
        if nationality(kb, keys, k) or title_at(keys, k) or (
                keys[k] in name_parts() and not keys[k].startswith(("ال", "وال")) and keys[k] not in non_names()):
            return k
    return j


def _joined_portfolio(kb: "KB", keys: list[str], j: int) -> int:
    """Index after a portfolio joined to a minister's title by و (وزير الخارجية والتعاون الدولي،
    وزير الخارجية وشؤون المغتربين: and international cooperation, and expatriates' affairs)."""
    if not (j < len(keys) and keys[j].startswith("و") and len(keys[j]) > 3 and keys[j][1:] not in name_parts()
            and title_at(keys, j) is None  # وزير الإعلام والمتحدث باسم الحكومة: a second title
            and (keys[j][1:].startswith("ال") or j + 1 < len(keys) and keys[j + 1].startswith("ال"))):
        return j
    k = j + 1
    while k < len(keys) and k - j < PORTFOLIO_WORDS and keys[k].startswith("ال") and keys[k] not in name_parts() \
            and not nationality(kb, keys, k):
        k += 1
    return k


def nationality(kb: "KB", keys: list[str], j: int) -> tuple[str, int] | None:
    """A nationality adjective of one or two words at token j: (state id, tokens)."""
    for n in (2, 1):
        words = keys[j:j + n]
        if len(words) == n and all(words):
            state = kb.nationality(" ".join(words))
            if state:
                return state, n
    return None


def find_titles(kb: "KB", tokens: list[Token], keys: list[str], kb_at: dict[int, "Match"]) -> list[TitleHit]:
    """Titles in the text with their office, state and the person named after them."""
    hits: list[TitleHit] = []
    firsts = title_firsts()
    pos = 0  # the first token after the last title read
    # only the words that may start a title, found in one comprehension (see find_patterns)
    starts_title = stem_test(firsts)
    for i in [i for i, key in enumerate(keys) if key and starts_title[key]]:
        found = title_at(keys, i) if i >= pos and i not in kb_at else None
        if not found:
            continue
        key, n = found
        chained = bool(hits) and hits[-1].last == i and hits[-1].name is None and hits[-1].person is None
        hit = _read_after(kb, tokens, keys, kb_at, i, key, n, chained)
        hits.append(hit)
        pos = hit.last + (hit.name[1] - hit.name[0] if hit.name else 0) or i + 1
    return hits


def _read_after(kb: "KB", tokens: list[Token], keys: list[str], kb_at: dict[int, "Match"],
                i: int, key: str, n: int, chained: bool = False) -> TitleHit:
    """Read the adjective/complement and the name after the title at token i.

    A title right after another (وزير الأشغال المهندس ...) surely precedes a name: not strict."""
    spec = title_table()[key]
    if chained:
        spec = TitleSpec(spec.role, False, spec.complement)
    role = kb.role_of_title(key) or spec.role
    j, country, former = i + n, None, False
    if spec.role == "minister":  # وزير الثروة السمكية فهد ...: skip the portfolio
        j = _after_portfolio(kb, keys, j)
    if role and "minister" in role:  # وزير الخارجية والتعاون الدولي: a second portfolio joined by و
        j = _joined_portfolio(kb, keys, j)
    if j < len(keys) and keys[j].startswith("ال") and (nat := nationality(kb, keys, j)):
        # only a definite adjective agrees with a title: العقيد تركي المالكي is Colonel Turki al-Maliki
        country, j = nat[0], j + nat[1]
    elif spec.complement and j in kb_at and kb_at[j].entries[0].type != "PER":
        body = kb_at[j].entries[0]
        country = kb.metonym(body.id) if body.type == "GPE" and body.subtype != "country" else body.id
        j += kb_at[j].ntok
        if body.type in ("GPE", "LOC"):  # رئيس أبخازيا: a title that names its state surely precedes a name
            spec = TitleSpec(spec.role, False, spec.complement)
        for _ in range(2):  # رئيس أبخازيا الانفصالية سيرغي باغابش: the body's adjectives, then the name
            if j < len(keys) and j not in kb_at and keys[j].startswith("ال") and keys[j] not in name_parts() \
                    and keys[j] not in FORMER and keys[j].endswith(("يه", "ي", "ه")) and not title_at(keys, j):
                j += 1
    elif spec.complement and j < len(keys) and possessed(keys[j]):
        j += 1  # المتحدثة باسم حكومتها: the spokeswoman of its government
    elif spec.complement and j + 1 < len(keys) and j not in kb_at and keys[j] not in name_parts() \
            and not keys[j].startswith("ال") and keys[j + 1].startswith("ال") and keys[j + 1] not in name_parts():
        j += 1  # a body in construct (المتحدث باسم مجموعة القوات: the spokesman of the forces group)
        while j < len(keys) and j not in kb_at and keys[j].startswith("ال") and (
                keys[j] not in name_parts() or _adjective_before_fi(keys, j)) and not nationality(kb, keys, j):
            j += 1
        if j < len(keys) and (nat := nationality(kb, keys, j)):
            country, j = nat[0], j + nat[1]
    elif spec.complement and j < len(keys) and keys[j].startswith("ال") and keys[j] not in name_parts():
        j += 1  # a body named by a common noun (المتحدث باسم الجيش: the army spokesman)
        while j < len(keys) and j not in kb_at and keys[j].startswith("ال") and keys[j] not in name_parts() \
                and not nationality(kb, keys, j) and not title_at(keys, j):
            j += 1  # and its adjectives (رئيس حكومة الوحدة الوطنية: head of the national unity government)
        if j < len(keys) and keys[j].startswith("ال") and (nat := nationality(kb, keys, j)):
            country, j = nat[0], j + nat[1]
            while j < len(keys) and j not in kb_at and keys[j].startswith("ال") and keys[j] not in name_parts() \
                    and keys[j] not in FORMER and j - i < n + PORTFOLIO_WORDS:
                j += 1  # قائد الإدارة السورية الجديدة أحمد الشرع: the body's adjectives
    if country is None and (state := _state_by_fi(kb_at, keys, j)) is not None:
        # وزير الإعلام في جنوب السودان برنابا ماريال بنجامين: the minister of information in South
        # Sudan; a title that names its state so surely precedes a name, however foreign
        (country, j), spec = state, TitleSpec(spec.role, False, spec.complement)
    if spec.role in MISSION_ROLES and (past := _past_mission(kb_at, keys, j)) > j:
        # المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ: the special UN envoy to Yemen, Hans
        # Grundberg; a title that names its mission surely precedes a name
        j, spec = past, TitleSpec(spec.role, False, spec.complement)
    if j < len(keys) and keys[j] in FORMER:
        former, j = True, j + 1
    rank = title_at(keys, j) if i + n < j < len(keys) else None
    if rank is not None and not title_table()[rank[0]].role:
        j += rank[1]  # رئيس المرحلة الانتقالية الجنرال X: the holder's rank, then his name
    while j < len(keys) and keys[j] in RANK_QUALIFIERS:
        j += 1  # العميد ركن سامي: the staff qualifier is part of the rank, not of the name
    hit = TitleHit(i, j, key, role, country, former, i + n)
    if j in kb_at and kb_at[j].entries[0].type == "PER":
        hit.person = kb_at[j]
    else:
        hit.name = name_span(tokens, keys, j, spec, kb_at)
    return hit


def _past_mission(kb_at: dict[int, "Match"], keys: list[str], j: int) -> int:
    """Index after an envoy's or ambassador's qualifier (الخاص: special) and destination (إلى سوريا,
    لدى الأمم المتحدة: to Syria, to the UN): the destination is where the office is sent, not
    whose office it is, and stays a mention of its own."""
    while j < len(keys) and keys[j] in MISSION_WORDS:
        j += 1
    if j + 1 < len(keys) and keys[j] in MISSION_CUES and (j + 1) in kb_at \
            and kb_at[j + 1].entries[0].type in ("GPE", "LOC", "ORG"):
        j += 1 + kb_at[j + 1].ntok
    return j


def _adjective_before_fi(keys: list[str], j: int) -> bool:
    """A definite word that is also a surname (الشرقي: eastern; al-Sharqi) right before في closes
    the body's name (قيادة المسرح الشرقي في الجيش الصيني): an adjective, not the holder's name."""
    return j + 1 < len(keys) and keys[j + 1] == "في"


def _state_by_fi(kb_at: dict[int, "Match"], keys: list[str], j: int) -> tuple[str, int] | None:
    """The state (or body) named with في after a title and its portfolio (… في جنوب السودان): (id,
    next token)."""
    k = j
    while k < len(keys) and k - j < PORTFOLIO_WORDS and k not in kb_at and keys[k].startswith("ال") \
            and keys[k] not in name_parts():
        k += 1
    if k + 1 >= len(keys) or keys[k] != "في" or (k + 1) not in kb_at:
        return None
    state = kb_at[k + 1].entries[0]
    # a state, or a government or body the office belongs to (وزير النقل في حكومة إقليم كردستان X)
    if not (state.type == "GPE" and state.subtype == "country") and state.type != "ORG":
        return None
    return state.id, k + 1 + kb_at[k + 1].ntok
