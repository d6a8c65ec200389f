"""Who an event is told by: its claim status and claimant, the self-claims of responsibility,
and the reporter of a casualty toll (who is not the attacker)."""
from __future__ import annotations

from rasd.annotate.claims import SPEECH_TYPES, Marker, claim_status
from rasd.annotate.cues import cue_of
from rasd.annotate.event_actors import COALITION, StateResolver
from rasd.annotate.event_args import OWN_FORCES, SELF_COMPLEMENTISERS
from rasd.annotate.event_slots import MEDIA_SUBTYPES, Slot
from rasd.annotate.triggers import Trigger
from rasd.annotate.word_keys import word_keys
from rasd.arabic import fold_key
from rasd.lexicon import load_words
from rasd.model import Actor, Document

COMMAS = ("،", ",")
SELF_CLAIM_GAP = 12  # characters between مسؤوليته and the act it claims (عن الهجوم)
SELF_CLAIM_VERB_GAP = 80  # ... and between تبنت and its object, past the group's name (تبنت جماعة X الهجوم)
# Acts in the field, reported by someone; other acts (withdrawals, decisions) an actor performs by
# announcing them.
PHYSICAL = frozenset({"ASSAULT", "FIGHT", "COERCE", "SEIZE", "MOBILIZE", "PROTEST"})
# Nouns of a toll (killing, dead, wounded): who reports them did not strike (أعلنت الهيئة مقتل أربعة).
CASUALTY_NOUNS = frozenset({"مقتل", "مصرع", "قتلي", "قتيل", "جرحي", "ضحايا", "اصابه", "حصيله", "قتل", "اصيب",
                            "جرح", "استشهد", "استشهاد", "شهداء", "مواجهات"})
# Men of an armed force, counted in a toll (جنديان، ثلاثة عسكريين، شرطيين: soldiers, police).
FORCE_NOUNS = frozenset({"جندي", "جنود", "جنديين", "جنديان", "عسكري", "عسكريين", "عسكريون", "شرطي", "شرطيين",
                         "شرطيا", "ضابط", "ضباط", "عنصر", "عناصر", "افراد"})
FORCE_WORDS = 8
# A toll word with a verb's ending right after a named subject is that subject's act (قتلت، قتلوا).
VERB_ENDINGS = ("ت", "وا")
ACTIVE_SUBJECT_WORDS = 2
# Aircraft and "its forces" that strike for the body telling of them (50 طائرة حربية، قواته).
OWN_STRIKERS = load_words("own_strikers")  # rasd/lexicon/own_strikers.tsv
OWN_FORCE_WORDS = 3  # words before the strike searched for them (50 طائرة حربية قصفت)
ARMED_NAMES = ("army", "armed forces", "military", "air force", "defence", "defense") + COALITION
CLASH_WORDS = 12  # words from a clash noun to its بين (between), and from بين to its last side  # words before an attack searched for its toll of soldiers


def actor_key(a: Actor | None) -> str | None:
    """The identity an actor merges and compares by: its id, else its names."""
    return None if a is None else (a.id or a.name_en or a.text)


def event_status(doc: Document, trig: Trigger, found: list[Slot], resolver: StateResolver,
            marks: tuple[list[Marker], list[Marker]], source: Actor | None) -> tuple[str, Actor | None]:
    """Claim status and claimant: a quote around the trigger, else the sentence's markers."""
    quote = next((q for q in doc.quotes if q.start <= trig.start and trig.end <= q.end), None)
    if quote is not None and quote.speaker is not None:
        speaker = quote.speaker
        if trig.type in SPEECH_TYPES and not _of_another(doc, resolver, speaker, source):
            return "asserted", None  # the speaker's own demand or accusation: saying it is the act
        if trig.type not in SPEECH_TYPES and (_denial(quote.cue) or any(
                m.scope == "retro" and m.start > trig.end for m in marks[0])):
            # نفى X أن تكون بلاده قد زودت ... (X denied his country supplied ...); قال X إن الصاروخ
            # أصاب القاعدة، وهو ما نفاه التحالف (X said the missile hit the base, which the coalition denied)
            return "denied", None
        return "claimed", speaker  # its own act too: a self-claim is still attributed (GOLD_SCHEMA)
    here, after = marks
    status, cue = claim_status(here, after, trig.start, trig.type)
    if cue is None or status in ("asserted", "unconfirmed", "no_evidence"):
        return status, None
    if cue.status == "self_claim":
        return status, source or speaker_near(found, cue, resolver)
    # X announces its own decision (أعلنت X انسحابها): asserted; a denial governs only what is
    # denied (نفت الوزارة انسحاب قواتها: denied), not the speaker's next speech act (ونفت ... واتهمت)
    own = status == "claimed" or (status == "denied" and trig.type in SPEECH_TYPES)
    if own and cue.speaker and (trig.type not in PHYSICAL or _decision(trig)) and source is not None \
            and _announces_own(found, cue, resolver, source):
        return "asserted", None  # X أعلنت انسحابها: the announcement is the act (a decision, not a report)
    return status, speaker_near(found, cue, resolver) if cue.speaker else None


# Verbal nouns of a decision, which announcing performs (أعلن الجيش فرض حصار بحري: the army announced
# a naval blockade; أعلن الرئيس تجميد البرلمان), unlike a reported outcome (القبض على 30: 30 arrested).
DECISION_NOUNS = frozenset({"فرض", "تجميد", "حاله", "حظر", "تعليق", "قطع", "وقف", "انطلاق", "بدء", "اغلاق", "حصار",
                            "الغاء", "رفع", "اعفاء", "حل", "تمديد"})


def _decision(trig: Trigger) -> bool:
    """True for an act named by a decision noun (not a verb): its announcement is the act."""
    first = trig.text.split()[0]
    return not trig.verb and bool(word_keys(first) & DECISION_NOUNS)


def _denial(cue: str | None) -> bool:
    """True when a quote's cue verb is a denial (نفى، نفت، ينفي، نافيا)."""
    found = cue_of(fold_key(cue)) if cue else None
    return found is not None and found[0].kind == "deny"


def _of_another(doc: Document, resolver: StateResolver, speaker: Actor, source: Actor | None) -> bool:
    """True when a speech act inside a quote is someone else's (وأضاف أن الجانب الروسي رفض المقترح:
    he said the Russian side rejected it): the speaker reports it, so it is claimed."""
    if source is None or actor_key(source) == actor_key(speaker):
        return False
    said_by = next((m for m in doc.entities if speaker.id and m.id == speaker.id), None)
    return said_by is None or actor_key(resolver.actor(said_by)) != actor_key(source)


def own_forces_striker(words: list[str], trig: Trigger, claimed_by: Actor | None, target: Actor | None,
                       resolver: StateResolver) -> Actor | None:
    """An armed force telling of its own aircraft's strikes is their doer: قال الجيش إن 50 طائرة
    حربية قصفت مواقع X (the army said 50 warplanes struck X's positions) → the army struck X."""
    if claimed_by is None or trig.type != "ASSAULT" or not trig.verb or actor_key(claimed_by) == actor_key(target):
        return None  # a verb: قواتنا تصد الهجمات (our forces repel the attacks) strikes no one
    span = words[max(0, trig.index - OWN_FORCE_WORDS):trig.index]
    armed = claimed_by.id in resolver.named or any(w in (claimed_by.name_en or "").lower() for w in ARMED_NAMES)
    return claimed_by if armed and any(word_keys(w) & OWN_STRIKERS for w in span) else None


def _announces_own(found: list[Slot], cue: Marker, resolver: StateResolver, source: Actor) -> bool:
    """True when the doer itself is the cue's subject (X أعلنت ... or أعلنت X ...)."""
    before = [s for s in found if s.mention.end <= cue.start and cue.start - s.mention.end <= 3 and not s.place]
    if before and actor_key(resolver.actor(before[-1].mention)) == actor_key(source):
        return True
    # VSO: أعلنت X; a title and its holder are one subject (أعلن الرئيس الأميركي دونالد ترامب)
    after = [s for s in found if s.mention.start >= cue.end and s.mention.start - cue.end <= 40 and not s.place][:2]
    if len(after) == 2 and after[1].mention.start - after[0].mention.end <= 2 \
            and actor_key(resolver.actor(after[1].mention)) == actor_key(source):
        return True
    return actor_key(speaker_near(found, cue, resolver)) == actor_key(source)


def forces_reporter(words: list[str], trig: Trigger, claimed_by: Actor | None, source: Actor | None) -> Actor | None:
    """An armed force telling its own losses to an attack is its target: قال الجيش إن جنديين قتلا
    في هجوم نفذه X (the army said two soldiers were killed in an attack by X) → X attacked it."""
    if claimed_by is None or source is None or actor_key(claimed_by) == actor_key(source) or trig.type != "ASSAULT":
        return None
    span = words[max(0, trig.index - FORCE_WORDS):trig.index]
    return claimed_by if any(word_keys(w) & FORCE_NOUNS for w in span) else None


def clash_side(found: list[Slot], words: list[str], trig: Trigger, target: Actor | None,
               resolver: StateResolver) -> Actor | None:
    """The other side of a clash its victims died in: قتل 15 حوثيا في مواجهات بين الحوثيين
    والمقاومة (15 Houthis killed in clashes between the Houthis and the resistance) → the resistance."""
    if target is None or trig.type != "ASSAULT":
        return None
    at = next((i for i in range(trig.index, min(len(words), trig.index + CLASH_WORDS)) if words[i] == "بين"), None)
    if at is None:
        return None
    sides = [resolver.actor(s.mention) for s in found if at < s.word <= at + CLASH_WORDS and not s.place]
    others = [a for a in sides if actor_key(a) != actor_key(target)]
    return others[-1] if others else None  # بين X وY وZ: the last named faces the first ones


# Verbs of succeeding at an act (تمكنوا من قتل، نجحت في تدمير): the noun after is the subject's act.
CAPABLE_VERBS = frozenset({"تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا", "استطاع", "استطاعت", "استطاعوا",
                           "وتمكن", "وتمكنت", "وتمكنوا", "ونجح", "ونجحت", "ونجحوا"})


def casualty_reporter(trig: Trigger, src: Slot, words: list[str] | None = None) -> bool:
    """A subject before a toll noun reported it, it did not strike: أعلنت الوزارة ارتفاع
    حصيلة القتلى (the ministry announced the death toll rose) is no attack by the ministry;
    مسلحون تمكنوا من قتل عدد (gunmen managed to kill a number) is one by the gunmen."""
    if trig.type != "ASSAULT" or trig.verb or src.word >= trig.index:
        return False
    if words and any(w in CAPABLE_VERBS for w in words[max(0, trig.index - 3):trig.index]):
        return False
    if words and any(w in SELF_COMPLEMENTISERS or w in OWN_FORCES for w in words[src.word + 1:trig.index]):
        return False  # قال الجيش إنه قتل 300 متمرد، أعلن التنظيم أن عناصره قتلوا 55 جنديا: its own act
    first = fold_key(trig.text.split()[0])
    if first.endswith(VERB_ENDINGS) and trig.index - src.word <= ACTIVE_SUBJECT_WORDS:
        return False  # المقاومة قتلت عددا (the resistance killed a number): a verb after its subject
    return bool(word_keys(first) & CASUALTY_NOUNS)  # not تدمير (destroying): an act


def self_claimer(here: list[Marker], trig: Trigger, found: list[Slot], resolver: StateResolver) -> Actor | None:
    """The group claiming responsibility for the act right after its claim (مسؤوليته عن الهجوم)."""
    for m in here:
        if m.status != "self_claim":
            continue
        gap = SELF_CLAIM_VERB_GAP if "تبن" in fold_key(m.text) else SELF_CLAIM_GAP
        if m.start < trig.start and trig.start - m.end <= gap:
            before = [s for s in found if s.mention.end <= m.start and not s.place]
            after = [s for s in found if s.mention.start >= m.end and s.mention.end <= trig.start and not s.place]
            pick = _before_apposition(resolver.doc.text, before, m.start) if before else (after[0] if after else None)
            return resolver.actor(pick.mention) if pick else None
    return None


def _before_apposition(text: str, before: list[Slot], claim: int) -> Slot:
    """The claimer, past a description between commas: أعلن تنظيم "ولاية سيناء"، الفرع المصري
    لتنظيم داعش، مسؤوليته (Sinai Province, ISIS's Egyptian branch, claimed it) → Sinai Province."""
    last = before[-1]
    if not text[last.mention.end:claim].rstrip().endswith(COMMAS):
        return last
    opening = max(text.rfind(c, 0, last.mention.start) for c in COMMAS)
    earlier = [s for s in before[:-1] if s.mention.end <= opening and "." not in text[s.mention.end:opening]]
    return earlier[-1] if earlier else last


def speaker_near(found: list[Slot], cue: Marker, resolver: StateResolver) -> Actor | None:
    """Who a cue introduces: the actor right after it (قال الجيش), else the one just before."""
    after = [s for s in found if s.mention.start >= cue.end and s.mention.start - cue.end <= 40 and not s.place]
    before = [s for s in found if s.mention.end <= cue.start and cue.start - s.mention.end <= 40 and not s.place]
    pick = after[0] if after else (before[-1] if before else None)
    return resolver.actor(pick.mention) if pick else None


# The enemy's dead (ستة عشر عنصرا تكفيريا، إرهابيين، مسلحين): an armed force telling of them killed them.
ENEMIES = frozenset({"تكفيري", "ارهابي", "مسلح", "متمرد", "حوثي", "داعشي", "انتحاري", "مرتزق"})  # word_keys strips ين/ون/ا
ENEMY_REACH = 4  # words after the toll word searched for the enemy noun


def enemy_toll(words: list[str], trig: Trigger, src: Slot, resolver: StateResolver) -> bool:
    """True when an army or a state announces its enemies' dead: أعلن الجيش المصري مقتل 16 عنصرا
    تكفيريا (the Egyptian army announced 16 takfiri militants killed) → the army's attack."""
    span = words[trig.index + 1: trig.index + 1 + ENEMY_REACH]
    if not any(word_keys(w) & ENEMIES for w in span):
        return False
    actor = resolver.actor(src.mention)
    return actor.id in resolver.named or any(w in (actor.name_en or "").lower() for w in ARMED_NAMES)


OWN_LOSS_WORDS, OWN_SUFFIXES = 4, ("ها", "ه", "هم")  # من منتسبيها، من جنوده: of its members, of its soldiers
REPORT_GAP = 40  # characters between a speaker cue and the subject it introduces (أعلنت وزارة الصحة)
# KB subtypes of bodies that count a war's dead without fighting it (the UN, aid and rights groups, media).
OUTSIDERS = frozenset({"igo", "ngo"}) | MEDIA_SUBTYPES


def outsider(resolver: StateResolver, src: Slot) -> bool:
    """True for an intergovernmental body, an NGO or an outlet: never the victim's side of a toll it reports."""
    entry = resolver.kb.get(src.mention.id) if resolver.kb is not None and src.mention.id else None
    return entry is not None and entry.subtype in OUTSIDERS


def reports_toll(here: list[Marker], src: Slot, trig: Trigger, words: list[str]) -> bool:
    """True when a speaker cue stands by the subject before the toll (أعلنت الوزارة مقتل) and
    the dead are not its own (مقتل أربعة من منتسبيها: four of its members)."""
    after = words[trig.index + 1: trig.index + 1 + OWN_LOSS_WORDS]
    if any(w.endswith(OWN_SUFFIXES) and i > 0 and after[i - 1] == "من" for i, w in enumerate(after)):
        return False
    return any(m.speaker and m.start < trig.start and abs(m.start - src.mention.start) <= REPORT_GAP for m in here)
