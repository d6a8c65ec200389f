"""Who an act's parties are beyond word order: a nationality adjective names the doer (الغارات
الإسرائيلية) or the target (على أراض روسية); the person named after a title is the doer, not the
target; a description between commas after the doer is its own."""
from __future__ import annotations

from rasd.annotate.agreement import act_noun_subject
from rasd.annotate.event_actors import StateResolver
from rasd.annotate.event_sides import aimed_at, forces_subject, struck_town
from rasd.annotate.event_slots import OWNED_SITES, Slot
from rasd.annotate.event_status import FORCE_NOUNS, actor_key
from rasd.annotate.speaker_words import listed_form
from rasd.annotate.titles import POST_HEADS
from rasd.annotate.triggers import Trigger
from rasd.annotate.word_keys import word_keys
from rasd.arabic import fold_key
from rasd.clitics import clitic_splits
from rasd.lexicon import load_words
from rasd.model import Actor

# Adjectives of an act that may stand before its doer's nationality (الغارات الجوية الإسرائيلية).
ACT_ADJECTIVES = frozenset({"الجويه", "الجوي", "البريه", "البري", "البحريه", "المدفعي", "المدفعيه", "الصاروخيه",
                            "الصاروخي", "العسكريه", "العسكري", "الاخيره", "الاخير", "الجديده", "المكثفه", "العنيفه"})
# Forces moved, after a deployment noun and before their nationality (تحرك وحدات إثيوبية: Ethiopian
# units' movement; تحركات لقوات فنزويلية; أرتالا عسكرية إيرانية).
MOVED_FORCES = frozenset({"قوات", "لقوات", "وحدات", "لوحدات", "رتل", "ارتال", "جنود", "عناصر", "عسكريه", "عسكري"})
ADJ_TARGET_WORDS = 14  # words after an attack searched for its object's nationality, past munitions and counts (held-out 0.591 → 0.596, blind2 0.562 → 0.557)


def adjective_source(words: list[str], trig: Trigger, resolver: StateResolver, target: Actor | None) -> Actor | None:
    """The state of a nationality adjective right after an act noun is its doer: الغارات الإسرائيلية
    (the Israeli strikes), الغزو الروسي لأوكرانيا (the Russian invasion of Ukraine), when it is named."""
    if trig.verb:  # الضربات الصاروخية الروسية استهدفت (the Russian missile strikes targeted)
        for i in range(trig.index - 1, max(-1, trig.index - 3), -1):
            if (state := resolver.named_state(words[i])) is not None:
                return state if actor_key(state) != actor_key(target) and act_noun_subject(words, trig.index, []) else None
            if words[i] not in ACT_ADJECTIVES:
                return forces_subject(words, trig, resolver, target)
        return forces_subject(words, trig, resolver, target)
    between = ACT_ADJECTIVES | MOVED_FORCES if trig.type == "MOBILIZE" else ACT_ADJECTIVES
    for i in range(trig.index + 1, min(len(words), trig.index + 3)):
        if (state := resolver.named_state(words[i])) is not None:
            return state if actor_key(state) != actor_key(target) else None
        if words[i] not in between:
            return None  # only an act's own adjective (الجوية الإسرائيلية: the Israeli air ...)
            # stands between; المتظاهرون الأعلام الفلسطينية (protesters ... Palestinian flags) is no doer
    return None


# Acts condemned by name (أدان الغارات الإسرائيلية: condemned the Israeli strikes), folded stems as
# `word_keys` leaves them: the nationality after one names whom the condemnation is aimed at.
CONDEMNED_ACTS = load_words("condemned_acts")  # rasd/lexicon/condemned_acts.tsv
CONDEMN_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT"})
CONDEMNED_WITHIN = 8  # words from the trigger to the act it names, past its subject (ندد رئيس الإقليم بالقصف)


def condemned_doer(words: list[str], act: int, found: list[Slot], resolver: StateResolver,
                   source: Actor | None) -> tuple[bool, Actor | None]:
    """Whether a condemnation names the doer of the act it condemns, and the doer when the article
    names it: ندد بالقصف التركي (condemned the Turkish shelling) → Turkey, not the village shelled;
    دان قصف تركيا لقرية (Turkey's shelling of a village: the agent in the genitive before its
    object with لـ) → Turkey. A nationality whose state the article does not name gives (True, None):
    the victim after it (الغزو الروسي لأوكرانيا) is still not the one condemned. `act` is the
    condemned act's word index (`condemned_act`)."""
    for j in range(act + 1, min(len(words), act + 3)):
        agent = next((s for s in found if s.word == j and not s.place), None)
        if agent is not None and j + 1 < len(words) and words[j + 1].startswith("ل") and len(words[j + 1]) > 3:
            doer: Actor | None = resolver.actor(agent.mention, target=True)
        elif resolver.kb is not None and resolver.kb.nationality(words[j]) is not None:
            doer = resolver.named_state(words[j])
        elif words[j] in ACT_ADJECTIVES:
            continue
        else:
            return False, None
        return True, (doer if actor_key(doer) != actor_key(source) else None)
    return False, None


def condemned_act(words: list[str], trig: Trigger) -> int | None:
    """Index of the act a condemnation names (ندد بالقصف: condemned the shelling), past its subject."""
    if trig.type not in CONDEMN_TYPES:
        return None
    return next((i for i in range(trig.index + 1, min(len(words), trig.index + 1 + CONDEMNED_WITHIN))
                 if word_keys(words[i]) & CONDEMNED_ACTS), None)


def told_before(word: str) -> bool:
    """True for a definite act noun (الضربات، بالهجوم): an act the article has told already."""
    return any(clitic.endswith("ال") or clitic == "لل" for clitic, _ in clitic_splits(word))


def adjective_target(words: list[str], trig: Trigger, resolver: StateResolver, source: Actor | None) -> Actor | None:
    """The named state of a nationality adjective in the act's object (على أراض روسية: on Russian land)."""
    for i in range(trig.index + 1, min(len(words), trig.index + 1 + ADJ_TARGET_WORDS)):
        state = resolver.named_state(words[i])
        if state is not None and (aimed_at(words[max(trig.index, i - 3):i])
                                  or not OWNED_SITES.isdisjoint(words[max(trig.index, i - 2):i])):
            # على أراض روسية (on Russian land); مواقع عسكرية إسرائيلية (Israeli military positions)
            return state if actor_key(state) != actor_key(source) else None
    # the victims' nationality: ثلاثين جنديا ماليا (thirty Malian soldiers); the words after a force
    # noun found in one pass over the sentence's keys, not a loop over every word
    forces = [j + 1 for j, keys in enumerate(map(word_keys, words[:-1])) if not FORCE_NOUNS.isdisjoint(keys)]
    # after a verb first: قال إن الجنود الهنود هاجموا العسكريين الصينيين (the Indian soldiers attacked
    # the Chinese troops): the soldiers before it are its subject, those after it its object
    if trig.verb:
        forces = [i for i in forces if i > trig.index] + [i for i in forces if i <= trig.index]
    for i in forces:
        state = resolver.named_state(words[i])
        if state is not None:
            return state if actor_key(state) != actor_key(source) else None
    return None


# People held: released ones are whom a release concedes to (أفرجت عن خمسة معتقلين أمريكيين).
DETAINEES = frozenset({"معتقل", "معتقلين", "اسري", "اسير", "سجناء", "سجين", "محتجزين", "رهائن", "رهينه"})
DETAINEES_WITHIN = 4  # words from the release to the detainees
# Vessels and cargo a state seizes (احتجز الحرس الثوري الناقلة البريطانية: the British tanker).
SEIZED = frozenset({"ناقله", "ناقلات", "سفينه", "سفن", "شحنه", "زورق", "قارب", "طائره"})


def detainees_state(words: list[str], trig: Trigger, resolver: StateResolver, source: Actor | None) -> Actor | None:
    """The named state of the detainees a release frees (عن خمسة معتقلين أمريكيين → United States), or
    of the vessel or cargo a seizure takes (احتجاز الناقلة البريطانية → the United Kingdom)."""
    return _noun_state(words, trig, resolver, source, DETAINEES | SEIZED, DETAINEES_WITHIN)


def _noun_state(words: list[str], trig: Trigger, resolver: StateResolver, source: Actor | None,
                nouns: frozenset[str], within: int) -> Actor | None:
    """The named state whose nationality adjective follows the first of `nouns` within `within`
    words after the trigger, unless it is the source's."""
    for i in range(trig.index + 1, min(len(words) - 1, trig.index + 1 + within)):
        if word_keys(words[i]) & nouns:
            state = resolver.named_state(words[i + 1])
            return state if state is not None and actor_key(state) != actor_key(source) else None
    return None


# Nouns of a stance or step a party is welcomed or rejected for (رحب بالموقف المصري: welcomed the
# Egyptian position; رفض التدخل التركي: rejected the Turkish intervention).
STANCE_NOUNS = frozenset({"موقف", "قرار", "خطوه", "جهود", "مبادره", "اقتراح", "مقترح", "دعوه", "تدخل",
                          "وساطه", "دور", "اعلان", "اجراءات", "تحركات", "شروط", "مطالب"})
STANCE_WITHIN = 3  # words from the trigger to the stance noun


def stance_target(words: list[str], trig: Trigger, resolver: StateResolver, source: Actor | None) -> Actor | None:
    """The state of a stance noun's nationality adjective right after a welcome or a rejection
    (رحب رئيس البرلمان بالموقف المصري: the speaker welcomed Egypt's position → Egypt)."""
    return _noun_state(words, trig, resolver, source, STANCE_NOUNS, STANCE_WITHIN)


# Fighters of a party, in construct before its name: عناصر/مسلحي/مقاتلي الحوثيين (the Houthis' men).
FIGHTERS = FORCE_NOUNS | {"مسلحي", "مقاتلي", "مسلحو", "مقاتلو", "انصار", "قاده", "قيادات"}
VICTIMS_WITHIN = 6  # words from a strike to the fighters it hit


def victims_party(words: list[str], trig: Trigger, found: list[Slot], resolver: StateResolver,
                  source: Actor | None) -> Actor | None:
    """The party an attack hit: the one whose fighters it killed (قتل عدد من مسلحي الحوثيين: killed
    a number of the Houthis' gunmen → the Houthis), else the state of the town it struck."""
    for s in found:
        if trig.index < s.word <= trig.index + VICTIMS_WITHIN and not s.place and s.word > 0 \
                and word_keys(words[s.word - 1]) & FIGHTERS:
            party = resolver.actor(s.mention, target=True)
            return party if actor_key(party) != actor_key(source) else None
    return struck_town(words, trig, found, resolver, source)


def own_phrase(text: str, src: Slot, tgts: list[Slot], found: list[Slot],
                resolver: StateResolver) -> tuple[Slot, list[Slot]]:
    """Keep the source's own phrase out of its targets: the person named right after its title is
    the source (دعا وزير الخارجية السعودي الأمير فيصل بن فرحان الطرفين: Faisal called), and a
    description between commas is the source's (دعا دميرطاش، الرئيس المشارك لحزب الشعوب، حزب العمال
    إلى: the party he co-chairs is not the one called on); the target is the name after it."""
    first = tgts[0]
    gap = text[src.mention.end:first.mention.start]
    titled = _in_title(text, src)
    if first.mention.type == "PER" and (adjectival(src, resolver) or titled) and len(gap.split()) <= 1 \
            and not any(c in gap for c in "،,.:"):
        rest = tgts[1:] or [s for s in found if s.mention.start >= first.mention.end and s is not src
                            and (not s.place or (s.marked and s.mention.type == "GPE"))][:1]
        return first, rest
    person = next((s for s in found if s.mention.start >= src.mention.end), None)
    if titled and person is not None and person.mention.type == "PER" and not text[src.mention.end:person.mention.start].strip():
        return person, [t for t in tgts if t is not person]  # رئيس الحكومة المؤقتة عبد الله الثني: the head acts
    if not (gap.lstrip().startswith(("،", ",")) and gap.count("،") + gap.count(",") == 1):
        return src, tgts
    if _inside_parenthesis(text, src):  # المجلس، الذي يقوده الجنرال X، فرنسا: the comma closes X's phrase
        return src, tgts
    end = first.mention.end
    after = [s for s in found if s.mention.start >= end and not s.place and s is not src]
    nxt = next((s for s in after if any(c in text[end:s.mention.start] for c in "،,")), None)
    return src, [nxt] if nxt is not None else []


PARENTHESIS_CHARS = 40  # characters before a source searched for the comma that opens its phrase


def _inside_parenthesis(text: str, src: Slot) -> bool:
    """True when the source sits in a phrase opened by a comma just before it (، الذي يقوده X،)."""
    before = text[max(0, src.mention.start - PARENTHESIS_CHARS):src.mention.start]
    return any(c in before for c in "،,") and not any(c in before for c in ".:؛")


def spokesman_body(text: str, src: Slot, found: list[Slot]) -> Slot | None:
    """The body a spokesman speaks for (المتحدث باسم الجماعة محمد عبد السلام: the group's
    spokesman), when the source is that person: the body, not its spokesman, does its acts."""
    if src.mention.type != "PER":
        return None
    body = next((s for s in reversed(found) if s.mention.end <= src.mention.start), None)
    if body is None or body.mention.type not in ("ORG", "GPE") or len(text[body.mention.end:src.mention.start].split()) > 1:
        return None
    before = fold_key(text[max(0, body.mention.start - 12):body.mention.start]).split()
    return body if before and before[-1] == "باسم" else None


# Nouns of harm done to someone: a name after them is the victim (ندد بمقتل X: condemned X's killing).
HARM_NOUNS = frozenset({"مقتل", "وفاه", "اغتيال", "اعتقال", "احتجاز", "اعدام", "اختطاف", "خطف", "اصابه"})


def harmed(words: list[str], slot: Slot) -> bool:
    """True for a name right after a noun of harm (بمقتل مهسا أميني): the one harmed, whom a
    condemnation or protest is not aimed at."""
    return any(word_keys(w) & HARM_NOUNS for w in words[max(0, slot.word - 2):slot.word])  # بمقتل الشابة X


# Title heads a body's name may follow: رئيس الحكومة المؤقتة X (the interim government's head X):
# titles.POST_HEADS and the heads of offices that take a body in construct (وزير، أمين عام، سفير).
TITLE_HEADS = POST_HEADS | {"وزير", "امين", "الناطق", "مدير", "سفير"}


def _in_title(text: str, src: Slot) -> bool:
    """True when the body is named inside a person's title: أدان رئيس الحكومة المؤقتة عبد الله
    الثني الغارات (the head of the interim government, al-Thinni, condemned the raids)."""
    words = fold_key(text[max(0, src.mention.start - 20):src.mention.start]).split()
    # وزير، ووزير (not زير); باسم: المتحدث باسم الجيش العميد X (the army's spokesman, Brigadier X)
    return bool(words) and (listed_form(words[-1], TITLE_HEADS) is not None or words[-1] == "باسم")


def adjectival(src: Slot, resolver: StateResolver) -> bool:
    """True for a source read off a title and its nationality adjective (وزير الخارجية السعودي,
    الرئيس الأمريكي), not a named state or body (اتهمت تركيا أردوغان: Erdogan is accused)."""
    words = fold_key(src.mention.text).split()
    kb = resolver.kb
    return kb is not None and len(words) >= 2 and kb.nationality(words[-1]) is not None \
        and not kb.lookup(" ".join(words))


# Words giving a protest's cause (تنديدا بـ، احتجاجا على، رفضا لـ، تضامنا مع): what follows is its target.
PROTEST_CAUSES = frozenset({"تنديدا", "احتجاجا", "رفضا", "استنكارا", "للتنديد", "للاحتجاج", "للمطالبه"})
CAUSE_REACH = 4  # words after the cause word searched for the party it names


def protest_target(words: list[str], trig: Trigger, found: list[Slot], resolver: StateResolver) -> Actor | None:
    """The party a protest is against, named after its cause word: تظاهر الآلاف ... تنديدا بالحرب
    الإسرائيلية (against the Israeli war) → Israel, when it is named in the article."""
    cause = next((i for i in range(trig.index + 1, len(words)) if words[i].removeprefix("و") in PROTEST_CAUSES), None)
    if cause is None:
        return None
    for s in found:
        if cause < s.word <= cause + CAUSE_REACH and not s.place and not harmed(words, s):
            return resolver.actor(s.mention, target=True)
    return next((a for i in range(cause + 1, min(len(words), cause + 1 + CAUSE_REACH))
                 if (a := resolver.named_state(words[i])) is not None), None)


# Freeing a place from a party (لتحرير الموصل من تنظيم داعش: to free Mosul from ISIS): the party is the target.
LIBERATION = frozenset({"تحرير", "لتحرير", "وتحرير", "استعاده", "لاستعاده", "حرر", "حررت", "تحرر"})
HOLD_WORDS = frozenset({"قبضه", "سيطره", "ايدي", "يد"})  # من قبضة / سيطرة X (from X's grip / control)
# ... or the place is its stronghold: لاستعادة الموصل، آخر معاقل تنظيم داعش (Mosul, ISIS's last stronghold)
FROM_HOLDER = frozenset({"من", "معقل", "معاقل", "معقلا"})
FROM_REACH = 6  # words from the liberation word to its من


def liberated_from(words: list[str], trig: Trigger, found: list[Slot], resolver: StateResolver) -> Actor | None:
    """The party a place is freed from, when the act is a liberation: `من` (+ قبضة/سيطرة) X
    or `معاقل X` (X's strongholds) after it."""
    free = next((i for i in range(trig.index, min(len(words), trig.index + FROM_REACH)) if words[i] in LIBERATION), None)
    if free is None:
        return None
    frm = next((i for i in range(free + 1, min(len(words), free + 1 + FROM_REACH)) if words[i] in FROM_HOLDER), None)
    if frm is None:
        return None
    gap = 2 if frm + 1 < len(words) and words[frm + 1] in HOLD_WORDS else 1
    for s in found:  # the party's name may carry its head word: من تنظيم داعش
        if frm < s.word <= frm + gap + 1 and not s.place:
            return resolver.actor(s.mention, target=True)
    return None


# Words before a state that put forces around it (في محيط تايوان، حول الجزيرة، على حدود X).
AROUND = frozenset({"محيط", "بمحيط", "حول", "قرب", "بالقرب", "حدود", "بحدود", "مقربه"})
AROUND_WITHIN = 8  # words from the deployment to the state it surrounds


def encircled(words: list[str], trig: Trigger, found: list[Slot], resolver: StateResolver,
              source: Actor | None) -> Actor | None:
    """The state forces are massed or exercise around (مناورات في محيط تايوان: drills around Taiwan)."""
    for s in found:
        if trig.index < s.word <= trig.index + AROUND_WITHIN and s.mention.type == "GPE" \
                and any(w in AROUND for w in words[max(trig.index, s.word - 2):s.word]):
            party = resolver.actor(s.mention, target=True)
            return party if actor_key(party) != actor_key(source) else None
    return None
