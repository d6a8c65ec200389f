"""Which side a name or a nationality stands on when the sentence does not say it with a name:
a town an attack takes as its object stands for its state (قصف مدينة غوري → Georgia), soldiers
and their nationality opening a clause are its doer (إن الجنود الهنود هاجموا → India), and a
nationality after a target preposition is aimed at (على أراض روسية), but not after "at the same
time as" (بالتزامن مع الهجوم الإيراني). Read by `event_roles`."""
from __future__ import annotations

from rasd.annotate.date_patterns import dateish
from rasd.annotate.event_actors import StateResolver
from rasd.annotate.event_slots import TARGET_PREPS, Slot
from rasd.annotate.event_status import FORCE_NOUNS, actor_key
from rasd.annotate.function_words import COMPLEMENTISERS
from rasd.annotate.triggers import Trigger
from rasd.annotate.word_keys import word_keys
from rasd.arabic import fold_key
from rasd.model import Actor

FORCES_SUBJECT_BEFORE = 12  # words from the complementiser to the verb its forces are subject of
# Toll words: a verb of killing after its victims is passive as often as not (إن الجنود قتلوا: were killed).
TOLL_VERBS = frozenset({"قتل", "قتلوا", "قتلا", "اصيب", "اصيبوا", "جرح", "جرحوا", "استشهد", "استشهدوا"})


def forces_subject(words: list[str], trig: Trigger, resolver: StateResolver, target: Actor | None) -> Actor | None:
    """The named state of soldiers opening the clause a verb is in: قال إن الجنود الهنود عبروا الخط
    وهاجموا العسكريين الصينيين (he said the Indian soldiers crossed the line and attacked the Chinese
    troops) → India; not for a toll verb, which may be passive (قتلوا: were killed)."""
    t = trig.index
    if t >= len(words) or COMPLEMENTISERS.isdisjoint(words[max(0, t - FORCES_SUBJECT_BEFORE):t]) \
            or word_keys(words[t].removeprefix("و")) & TOLL_VERBS:
        return None
    comp = next((c for c in range(t - 1, max(-1, t - 1 - FORCES_SUBJECT_BEFORE), -1) if words[c] in COMPLEMENTISERS), None)
    if comp is None or comp + 2 >= t or FORCE_NOUNS.isdisjoint(word_keys(words[comp + 1])):
        return None
    state = resolver.named_state(words[comp + 2])
    return state if state is not None and actor_key(state) != actor_key(target) else None


# Words that make مع mean "at the same time as", not "against": بالتزامن مع الهجوم الإيراني.
ALONG_WITH = frozenset({"بالتزامن", "تزامنا", "بالتوازي", "بالموازاه", "جنبا"})


def aimed_at(before: list[str]) -> bool:
    """True when a target preposition governs the words up to a nationality (على أراض روسية), not
    مع after "at the same time" (بالتزامن مع الهجوم الإيراني: along with the Iranian attack)."""
    return any(w in TARGET_PREPS and not (w == "مع" and k > 0 and before[k - 1] in ALONG_WITH)
               for k, w in enumerate(before))


# Head nouns of a town named as an attack's object (قصفت مدينة غوري: shelled the town of Gori).
TOWN_HEADS = frozenset({"مدينه", "بلده", "قريه", "بلدات", "قري", "مدن", "بلدتي", "قريتي", "مدينتي", "ضاحيه"})
STRUCK_WITHIN = 3  # words from the act to the town it struck, dates not counted (قصفت أمس مدينة X)


def struck_town(words: list[str], trig: Trigger, found: list[Slot], resolver: StateResolver,
                source: Actor | None) -> Actor | None:
    """The named state of a town an attack takes as its object, not as its place: قصفت الطائرات أمس
    مدينة غوري (the planes shelled the town of Gori yesterday) → Georgia; قصف على بلدة X (shelling on
    the town of X) too; never في مدينة X (in the town of X), where the act only happened."""
    for s in found:
        if s.word <= trig.index or not s.place or s.mention.type != "GPE":
            continue
        between = [w for w in words[trig.index + len(trig.text.split()):s.word] if not dateish(w)]
        if len(between) > STRUCK_WITHIN or any(w not in TOWN_HEADS and w not in ("علي", "ضد") for w in between) \
                or _in_town(words, s):
            return None  # the first place after the act decides
        party = resolver.actor(s.mention, target=True)
        return party if party.id != s.mention.id and actor_key(party) != actor_key(source) else None
    return None


def _in_town(words: list[str], s: Slot) -> bool:
    """True when the town's own word carries ب (بغوري: in Gori): where, not what is struck."""
    word = words[s.word] if s.word < len(words) else ""
    return word.startswith("ب") and not fold_key(s.mention.text).startswith("ب")
