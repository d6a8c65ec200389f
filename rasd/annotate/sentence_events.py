"""The events of one sentence: its triggers by clause, the parties each act places, and the
candidate events (type, source, target, status, place, time, quantity) they make.

`events.code_events` calls `sentence_events` for each sentence and merges the candidates
across the article.
"""
from __future__ import annotations

from bisect import bisect_right

from rasd.annotate.claims import SPEECH_TYPES, Marker
from rasd.annotate.country_anaphors import country_anaphors, pair_anaphors, sole_enemy, sole_group
from rasd.annotate.datelines import dateline_end
from rasd.annotate.event_actors import StateResolver
from rasd.annotate.event_allegations import alleged_acts, charged_act
from rasd.annotate.event_args import OPENING_SUBJECT, pick_place, pick_source_target
from rasd.annotate.event_clauses import clause_starts, sentence_words
from rasd.annotate.event_details import event_quantity, event_when
from rasd.annotate.event_facts import conjoined, facts_only
from rasd.annotate.event_mentions import alias_mentions, group_anaphors, organ_mentions, usable
from rasd.annotate.event_merge import Candidate, back_reference
from rasd.annotate.event_pairs import RECIPROCAL
from rasd.annotate.event_roles import (
    CONDEMN_TYPES,
    adjective_source,
    adjective_target,
    condemned_act,
    condemned_doer,
    detainees_state,
    encircled,
    harmed,
    liberated_from,
    own_phrase,
    protest_target,
    spokesman_body,
    stance_target,
    told_before,
    victims_party,
)
from rasd.annotate.event_slots import Slot, slots
from rasd.annotate.event_status import (
    actor_key,
    casualty_reporter,
    clash_side,
    enemy_toll,
    event_status,
    forces_reporter,
    outsider,
    own_forces_striker,
    reports_toll,
    self_claimer,
)
from rasd.annotate.trigger_context import endangers, purpose
from rasd.annotate.triggers import Trigger, find_triggers
from rasd.arabic import fold_key
from rasd.model import Actor, Document, Event


def _own_officer(resolver: StateResolver, target: Actor, source: Actor | None) -> bool:
    """True when the target is an officer of the source body (عقد الحلف اجتماعا ... أعلن بعده الأمين
    العام للحلف: the alliance met; its secretary general is no second party)."""
    if source is None or source.id is None or target.id is None or resolver.kb is None:
        return False
    entry, body = resolver.kb.get(target.id), resolver.kb.get(source.id)
    # a body's own officer only: a state acting on its own citizen (اعتقلت السلطات X) keeps its target
    return entry is not None and body is not None and entry.type == "PER" and body.type == "ORG" \
        and entry.country == source.id


def sentence_events(doc: Document, sent: tuple[int, int], resolver: StateResolver,
                     marks: tuple[list[Marker], list[Marker]], kb, order: int) -> list[Candidate]:
    """One candidate per PLOVER type found in each clause of a sentence."""
    by_type: dict[tuple[int, str], list[Trigger]] = {}
    trigs = every = find_triggers(doc.text, *sent)  # every: also the acts an accusation alleges
    if not trigs:  # no act (a quarter of the bench sentences): no clauses or names to read
        return []
    names = [(m.start, m.end) for m in doc.entities if sent[0] <= m.start < sent[1]]
    starts = clause_starts(doc.text, sent)
    facts = facts_only(trigs, starts, doc.text)
    joins = [t.start for t in facts if conjoined(t, doc.text)]  # ، ودعت: no object past it
    for t in facts:
        if any(a <= t.start and t.end <= b for a, b in names):
            continue  # a word of a name is no act: قوات الدعم السريع (RSF) is not SUPPORT
        by_type.setdefault((bisect_right(starts, t.start), t.type), []).append(t)
    if not by_type:
        return []
    organs = organ_mentions(doc, sent, kb)
    line = dateline_end(doc.text, doc.entities) if sent[0] == 0 else 0
    mentions = ([m for m in doc.entities if sent[0] <= m.start < sent[1] and usable(m) and m.start >= line
                 and not any(o.start <= m.start and m.end <= o.end for o in organs)]
                + organs + alias_mentions(doc, sent, resolver.aliases) + group_anaphors(doc, sent, kb))
    mentions += country_anaphors(doc, sent, mentions, resolver) + sole_group(doc, sent, mentions, kb) \
        + pair_anaphors(doc, sent, mentions, resolver)
    found = slots(doc.text, sent, mentions, resolver.towns)
    words = sentence_words(doc.text, sent)
    out: list[Candidate] = []
    for (clause, _), trigs in sorted(by_type.items(), key=lambda kv: kv[1][0].start):
        # "according to" (حسب X) vouches for its own clause; "X said that" (قال X إن) for all after it
        here = [m for m in marks[0] if m.scope not in ("sentence", "retro") or bisect_right(starts, m.start) == clause]
        end = starts[clause] if clause < len(starts) else sent[1]  # no party from another clause
        end = min([end] + [j for j in joins if j > trigs[0].end])  # nor from the next joined verb's
        begin = starts[clause - 1] if clause > 0 else sent[0]
        for cand in _candidates(doc, sent, trigs, ([f for f in found if begin <= f.mention.start < end], words), resolver,
                                (here, marks[1]), every):
            cand.order = order + len(out)
            out.append(cand)
    return out


def _best_trigger(trigs: list[Trigger], found: list[Slot], words: list[str]) -> tuple[Trigger, Slot | None, list[Slot]]:
    """The trigger of a type that best places its actors: a source first, strong, verbs."""
    best: tuple[Trigger, Slot | None, list[Slot]] | None = None
    score: tuple[int, ...] = (-1, -1, -1, -1, -999)
    for t in trigs:
        speech = t.type in SPEECH_TYPES
        src, tgts = pick_source_target(found if speech else [s for s in found if not s.relays], t, words, speech)
        # on a tie, the doer nearest its act: سيطرة تنظيم داعش (ISIS's seizure) over معارك (battles)
        # whose doer is the sentence's subject ten words back
        sc = (t.strong and not purpose(words, t), src is not None, bool(tgts), t.verb,
              -abs(t.index - src.word) if src else -999)
        if sc > score:
            best, score = (t, src, tgts), sc
    assert best is not None
    return best


def _candidates(doc: Document, sent: tuple[int, int], trigs: list[Trigger],
                ctx: tuple[list[Slot], list[str]], resolver: StateResolver,
                marks: tuple[list[Marker], list[Marker]], every: list[Trigger] | None = None) -> list[Candidate]:
    """The events of one type in a sentence: one per target (none for a weak trigger without actors)."""
    found, words = ctx
    claimed = [(t, c) for t in trigs if (c := self_claimer(marks[0], t, found, resolver)) is not None]
    trig, src, tgts = _best_trigger([claimed[0][0]] if claimed else trigs, found, words)
    if src is not None and src.word < trig.index and conjoined(trig, doc.text):
        src = _opening_subject(found, trig, src) or src
    if trig.mode == "visit" and src is not None and not tgts:  # وصل X إلى أسمرة في زيارة: Asmara is visited
        tgts = [s for s in found if s.marked and s.mention.type == "GPE" and src.word < s.word < trig.index][-1:]
    if src is not None and tgts:
        src, tgts = own_phrase(doc.text, src, tgts, found, resolver)
    if src is not None and trig.type not in SPEECH_TYPES:  # نفى المتحدث باسم الجماعة X شن هجوم: the group's act
        src = spokesman_body(doc.text, src, found) or src
    if trig.type in CONDEMN_TYPES:  # تظاهروا احتجاجا على مقتل X: not against X
        tgts = [t for t in tgts if not harmed(words, t)]
    # تحرك وحدات إثيوبية (Ethiopian units' movement): the forces' nationality names who moves them
    moved = adjective_source(words, trig, resolver, None) if src is None and trig.type == "MOBILIZE" \
        and not trig.verb else None
    if not trig.strong and src is None and not tgts and moved is None:
        return []
    if trig.type == "THREATEN" and endangers(words, trig):
        return []  # يهدد استقرار المنطقة (threatens the region's stability): a danger described, no threat
    if src is not None and casualty_reporter(trig, src, words) and not enemy_toll(words, trig, src, resolver):  # the victim's side, not the striker ...
        # ... unless it reports the toll (أعلنت وزارة الصحة مقتل 5): then neither (held-out 0.419 → 0.431)
        # لقي X مصرعه: X was hit; a body outside the fight (الأمم المتحدة، المرصد) only counts the dead
        src, tgts = None, (tgts if reports_toll(marks[0], src, trig, words) or outsider(resolver, src) else [src])
    source = resolver.actor(src.mention) if src else moved
    place = pick_place(found, trig.index)
    status, claimed_by = event_status(doc, trig, found, resolver, marks, source)
    if claimed:  # أعلن X مسؤوليته عن الهجوم: X claims to be the doer
        source = claimed_by = claimed[0][1]
        status = "claimed"
    if source is None and trig.type in SPOKEN_ACTS and not trig.patient and _said_act(trig):
        # قال مودي إن الهند قادرة على الرد المناسب (Modi said India can give a fitting response): a
        # threat told in a speaker's own words is the speaker's act, which the narrator reports
        speaker = _speaker_of(doc, trig, resolver)
        if speaker is not None:
            source, status, claimed_by = speaker, "asserted", None
    targets = [a for a in (resolver.actor(t.mention, target=True) for t in tgts)
               if actor_key(a) != actor_key(source) and not _own_officer(resolver, a, source)] or [None]
    if trig.patient:  # قال X إن واشنطن ستدفع الثمن (X said Washington will pay the price): X threatens it
        # the payer is the phrase's own subject, right before it (إن الجنوب سيدفع: not a name further back)
        payer = resolver.actor(src.mention, target=True) if src is not None and trig.index - src.word <= 2 else None
        own = payer is not None and actor_key(payer) == actor_key(claimed_by)  # its own loss: the doer is untold
        source, targets = (None if own else claimed_by), [payer]
        if source is not None and trig.type in SPEECH_TYPES:  # a threat is the speech act the narrator reports
            status, claimed_by = "asserted", None
    if targets == [None] and trig.type == "THREATEN":  # سترد على أي استفزاز أرمني: at Armenia
        targets = [adjective_target(words, trig, resolver, source)]
    if targets == [None] and trig.type in ("SUPPORT", "REJECT"):  # رحب بالموقف المصري: Egypt's
        targets = [stance_target(words, trig, resolver, source)]
    # acts two parties do together (event_pairs.RECIPROCAL): a subject of two joined names is the
    # source and its partner (اتفقت السعودية وإيران: Saudi Arabia agreed with Iran)
    if targets == [None] and trig.type in RECIPROCAL and src is not None:
        targets = [resolver.actor(p.mention, target=True) for p in _partner(doc.text, src, found)] or [None]
    if trig.type in RECIPROCAL and source is None and tgts and _between(doc.text, tgts[0]):
        # صفقة لتبادل السجناء بين الولايات المتحدة وإيران (a swap deal between the US and Iran): the pair
        pair = _partner(doc.text, tgts[0], found)
        # two parties only: بين مصر والسودان وإثيوبيا (among three) leaves no one pair the source and target
        if pair and not _partner(doc.text, pair[0], [f for f in found if f.mention.start > pair[0].mention.start]):
            source, targets = resolver.actor(tgts[0].mention), [resolver.actor(pair[0].mention, target=True)]
    if targets == [None] and trig.type == "AID":  # تقديم 500 مليون دولار مساعدات لقطاع غزة: to Gaza
        targets = [resolver.actor(r.mention, target=True) for r in _recipient(doc.text, trig, found, src)] or [None]
    if targets == [None] and trig.type in ("CONCEDE", "COERCE"):  # أفرجت عن معتقلين أمريكيين: to the US
        targets = [detainees_state(words, trig, resolver, source)]
    if targets == [None] and trig.type == "MOBILIZE":  # مناورات في محيط تايوان: aimed at Taiwan
        targets = [encircled(words, trig, found, resolver, source)]
    if targets == [None] and trig.type in ("ASSAULT", "SEIZE"):  # على المدن الأوكرانية: on Ukrainian cities
        targets = [adjective_target(words, trig, resolver, source) or liberated_from(words, trig, found, resolver)
                   or victims_party(words, trig, found, resolver, source) or forces_reporter(words, trig, claimed_by, source)]
    act = condemned_act(words, trig)
    if act is not None and tgts and tgts[0].word < act:
        act = None  # اتهمت حفتر بالانقلاب على العملية (accused Haftar of ...): the object comes first
    names_doer, condemned = condemned_doer(words, act, found, resolver, source) if act is not None else (False, None)
    condemns = act is not None and not names_doer and told_before(words[act])
    if names_doer or condemns:  # أدان الغارات الإسرائيلية على لبنان: Israel is condemned, not Lebanon;
        targets = [condemned]   # أدان الضربات على اليمن: the strikes' doer (aim_condemnations), not Yemen
    if targets == [None] and trig.type == "PROTEST":  # تنديدا بالحرب الإسرائيلية: against Israel's war
        targets = [protest_target(words, trig, found, resolver)]
    if source is None and len(targets) == 1 and not trig.patient:
        source = clash_side(found, words, trig, targets[0], resolver) or own_forces_striker(
            words, trig, claimed_by, targets[0], resolver) or adjective_source(words, trig, resolver, targets[0])
    if targets == [None] and trig.type == "ASSAULT":  # a state's strike that names no one: the only armed group
        targets = [sole_enemy(doc, resolver, source)]
    out: list[Candidate] = []
    if trig.mode == "visit" and len(tgts) > 1 and all(t.mention.type in ("GPE", "LOC") for t in tgts):
        targets = targets[:1]  # زار الرياض والدوحة وأبوظبي: one trip to several cities is one visit
    for target in targets:
        ev = Event(type=trig.type, source=source, target=target, evidence=sent, status=status,
                   where=place.mention.actor() if place else None, when=event_when(doc, sent),
                   quantity=event_quantity(doc, sent, trig), mode=trig.mode, claimed_by=claimed_by,
                   trigger=trig.text)
        support = (1.0 if trig.strong else 0.5) + (source is not None) + 0.5 * (target is not None)
        out.append(Candidate(ev, support, 0, {actor_key(ev.where) or ""} - {""}, bool(claimed),
                             back_reference(trigs, words), condemns))
    act = charged_act(every or [], words, max(t.word for t in tgts)) if trig.type == "ACCUSE" and tgts else None
    if act is not None:  # اتهم X Y بتمويل Z (X accused Y of funding Z): Y's funding of Z, alleged
        alleged = alleged_acts(doc, sent, act, (found, tgts), resolver, marks, (source, status))
        # an unnamed accuser's charge "without evidence" (اتهم مسؤول ... دون أن يقدم أي دليل): the act
        # alleged is the fact told, not a second one by nobody named
        out = alleged if status == "no_evidence" and source is None else out + alleged
    return out


# Acts done by saying them: with no doer named in the clause, the speaker whose words tell it does it.
SPOKEN_ACTS = frozenset({"THREATEN"})


def _partner(text: str, src: Slot, found: list[Slot]) -> list[Slot]:
    """The party joined to the source by و alone, after it or before it (السعودية وإيران: Iran;
    الحكومة وجماعة الحوثيين, the source the second: the government), if any."""
    after = [s for s in found if not s.place and s.mention.start >= src.mention.end
             and text[src.mention.end:s.mention.start].strip() == "و"]
    before = [s for s in found if not s.place and s.mention.end <= src.mention.start
              and text[s.mention.end:src.mention.start].strip() == "و"]
    return (after + before)[:1]


RECIPIENT_REACH = 8  # words after an aid trigger searched for the party given to (، مساعدات إنسانية لقطاع غزة)


def _recipient(text: str, trig: Trigger, found: list[Slot], src: Slot | None) -> list[Slot]:
    """The party an aid goes to: the first name after the trigger behind the dative لـ, on it or on
    the word before it (مساعدات لقطاع غزة: aid for Gaza; 25 مليون دولار لدعم قوات الأمن الصومالية)."""
    for s in found:
        if s is src or not 0 < s.word - trig.index <= RECIPIENT_REACH:  # a place too: aid for Gaza
            continue
        before = text[max(0, s.mention.start - 12):s.mention.start].split()
        glued = s.mention.start > 0 and text[s.mention.start - 1] == "ل"
        if glued or (before and fold_key(before[-1]).lstrip("و").startswith("ل") and not fold_key(before[-1]).startswith("لدي")):
            return [s]
    return []


def _said_act(trig: Trigger) -> bool:
    """True for a verb (سترد: will respond) or a phrase (الرد المناسب), not a bare noun: لن نتفاوض تحت
    التهديد (we will not talk under threat) and ملاحقة عناصرها (pursuing its members) name another's act."""
    return " " in trig.text.strip() or (trig.verb and not trig.text.endswith("ة"))


def _speaker_of(doc: Document, trig: Trigger, resolver: StateResolver) -> Actor | None:
    """The named speaker of the quote a trigger lies in, coded as his state when it is named."""
    speaker = next((q.speaker for q in doc.quotes if q.start <= trig.start and trig.end <= q.end and q.speaker), None)
    said_by = next((m for m in doc.entities if speaker is not None and speaker.id and m.id == speaker.id), None)
    return resolver.actor(said_by) if said_by is not None else speaker


def _between(text: str, slot: Slot) -> bool:
    """True when the word right before a mention is بين (between), clitics aside (وبين)."""
    before = text[max(0, slot.mention.start - 8):slot.mention.start].split()
    return bool(before) and fold_key(before[-1]).lstrip("و") == "بين"


def _opening_subject(found: list[Slot], trig: Trigger, src: Slot) -> Slot | None:
    """The sentence's opening subject, for a verb joined after a comma (أعلنت الحكومة الصومالية أن
    المذكرة التي وقعتها إثيوبيا باطلة، واستدعت سفيرها: the government recalled, not Ethiopia)."""
    first = next((s for s in found if not s.place and not s.marked and s.word < trig.index), None)
    return first if first is not None and first.word <= OPENING_SUBJECT and first.word < src.word else None
