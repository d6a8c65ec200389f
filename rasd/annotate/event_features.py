"""Features of a sentence for the event classifier (event_classifier.py): folded word stems and
bigrams, each trigger's type, form and neighbours, its cues (a call before it, a future verb, a
quote, a crowd as its subject: دعا إلى تظاهرة "called for a demonstration" is no protest told),
and word groups of a report's context; grouped so the model's variants read subsets of them.
"""
from __future__ import annotations

from collections.abc import Iterable

from rasd.annotate.event_merge import back_reference
from rasd.annotate.triggers import Trigger, find_triggers
from rasd.annotate.word_keys import verb_keys, word_keys
from rasd.arabic import fold_key, tokenize
from rasd.clitics import clitic_splits
from rasd.lexicon import load_words

# What a new event's report carries beside its trigger (a crowd's size, a day, people gathering,
# a square, a cause), as word groups the 97 PROTEST positives could not teach word by word.
CONTEXT_WORDS: dict[str, frozenset[str]] = {
    "crowd": frozenset({"الاف", "الالاف", "مئات", "عشرات", "حشود", "ملايين", "الوف"}),
    "day": frozenset({"امس", "اليوم", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"}),
    "gather": frozenset({"تجمع", "احتشد", "خرج", "نزل", "تظاهر", "اعتصم", "سار", "تدفق", "نظم", "شارك"}),
    "where": frozenset({"امام", "ميدان", "ساحه", "شوارع", "الشوارع", "مقر", "وسط", "قرب"}),
    "cause": frozenset({"للمطالبه", "احتجاجا", "تنديدا", "رفضا", "ضد", "للاحتجاج", "تضامنا"}),
}


# Words up to CUE_BACK before a trigger that make it a plan, a call, a ban or a right rather than
# an act told: دعا إلى تظاهرة (called for a demonstration), يعتزم الاعتصام (intends a sit-in), منع
# التظاهر (banned demonstrating), حق التظاهر (the right to demonstrate). General news vocabulary, folded.
CALL_CUES: frozenset[str] = load_words("event_call_cues")  # rasd/lexicon/event_call_cues.tsv
# Speech verbs before a trigger: the protest is told inside someone's words or commentary.
SAID_CUES: frozenset[str] = frozenset({"قال", "قالت", "اكد", "اكدت", "اعتبر", "اعتبرت", "راي", "رات", "اضاف",
                                       "اضافت", "اوضح", "اوضحت", "كتب", "كتبت", "يري", "تري", "يقول", "تقول"})
CUE_BACK = 4  # words before a trigger searched for a call or speech cue
# A crowd or its people right after a verb trigger are its subject (تظاهر آلاف الطلاب: thousands demonstrated).
CROWD_SUBJECTS: frozenset[str] = CONTEXT_WORDS["crowd"] | {"متظاهر", "محتج", "طلاب", "الطلاب", "عمال", "العمال", "سكان"}
# Quotation marks: a trigger inside them is a slogan or someone's words (هتفوا «لا للاحتلال»)
QUOTE_OPEN, QUOTE_CLOSE = "«\"“", "»\"”"

# Feature groups by feature prefix (anything else is a trigger feature).
GROUP_OF: dict[str, str] = {"w": "words", "b": "bigrams", "ctx": "context", "len": "shape", "digit": "shape",
                            "cue": "cues", "tm": "morph", "nw": "near"}
BASE_GROUPS: frozenset[str] = frozenset({"words", "bigrams", "trigger", "context", "shape"})
# The members averaged into one model (name → groups); "base" alone is the model before cues.
# Tried on GSR PROTEST (nested 5-fold, see BENCHMARKS.md): letting each fold's inner CV pick one
# variant moved with the split (0.492-0.542); the mean of all five, 0.546.
VARIANTS: dict[str, frozenset[str]] = {
    "base": BASE_GROUPS,
    "cues": BASE_GROUPS | {"cues", "morph"},
    "lean": frozenset({"words", "trigger", "context", "shape", "cues", "morph"}),
    # fewer, more general features: 97 noisy PROTEST positives teach sentence-wide words poorly
    "near": frozenset({"near", "trigger", "context", "shape", "cues", "morph"}),
    "struct": frozenset({"trigger", "context", "shape", "cues", "morph"}),
}
NEAR = 3  # words either side of a trigger kept as its neighbourhood (`near` group)


def group_of(feat: str) -> str:
    """The feature group of one feature string (`w:قال` → words; trigger features by default)."""
    return GROUP_OF.get(feat.split(":", 1)[0], "trigger")


def select(feats: Iterable[str], groups: frozenset[str]) -> list[str]:
    """The features of the given groups; the bias and the `t:TYPE` gate features are always kept."""
    return [f for f in feats if f == "bias" or f.count(":") == 1 and f.startswith("t:") or group_of(f) in groups]


def _quoted(text: str, pos: int) -> bool:
    """True when text[pos] lies inside an open quotation (more openers than closers before it)."""
    before = text[:pos]
    return sum(before.count(c) for c in QUOTE_OPEN if c != '"') > sum(before.count(c) for c in QUOTE_CLOSE if c != '"') \
        or before.count('"') % 2 == 1


def cue_features(text: str, trig: Trigger, stems: list[str], keys: list[frozenset[str]]) -> list[str]:
    """A trigger's mood and shape: a call or ban before it, a speech verb, a future verb, a quote,
    a crowd right after a verb trigger (تظاهر آلاف), its first and last two letters, its neighbours."""
    typ, i = trig.type, trig.index
    back = keys[max(0, i - CUE_BACK):i]
    stem = stems[i] if i < len(stems) else fold_key(trig.text)  # وتظاهر → تظاهر: the conjunction is no shape
    out = [f"tm:{typ}:p{stem[:2]}", f"tm:{typ}:s{stem[-2:]}"]
    if any(k & CALL_CUES for k in back):
        out.append(f"cue:{typ}:call")
    if any(k & SAID_CUES for k in keys[:i]):
        out.append(f"cue:{typ}:said")
    if trig.verb and fold_key(trig.text).lstrip("وف").startswith(("سي", "ست", "سن")):
        out.append(f"cue:{typ}:future")  # سيتظاهر (will demonstrate)
    if _quoted(text, trig.start):
        out.append(f"cue:{typ}:quote")
    nxt = keys[i + 1] if i + 1 < len(keys) else frozenset()
    if trig.verb and nxt & CROWD_SUBJECTS:
        out.append(f"cue:{typ}:crowd_subject")
    if i < 2:
        out.append(f"cue:{typ}:opens")  # the sentence opens on it (وتظاهر ...): the news itself
    out += [f"nw:{typ}:{s}" for s in stems[max(0, i - NEAR):i] + stems[i + 1:i + 1 + NEAR]]
    return out


def features(text: str) -> list[str]:
    """Folded word stems and bigrams; each trigger's type, form, strength, neighbours, place and cues."""
    words = [fold_key(t.text) for t in tokenize(text) if t.is_word]
    stems = [clitic_splits(w)[-1][1] if len(w) > 3 else w for w in words]
    feats = ["bias"] + [f"w:{s}" for s in stems] + [f"b:{a}_{b}" for a, b in zip(stems, stems[1:])]
    trigs = find_triggers(text)
    wkeys = [word_keys(w) for w in words]
    for t in trigs:
        feats += [f"t:{t.type}", f"t:{t.type}:{'s' if t.strong else 'w'}", f"tf:{t.type}:{fold_key(t.text)}",
                  f"tpos:{t.type}:{min(t.index // 5, 4)}", f"tv:{t.type}:{t.verb}"]
        if 0 < t.index <= len(stems):
            feats.append(f"tp:{t.type}:{stems[t.index - 1]}")   # the word before: لم، في، بعد ...
        if t.index + 1 < len(stems):
            feats.append(f"tn:{t.type}:{stems[t.index + 1]}")   # the word after: its subject or object
        feats += cue_features(text, t, stems, wkeys)
    for typ in {t.type for t in trigs}:  # told only by definite nouns (وردد المتظاهرون): more on a known event
        if back_reference([t for t in trigs if t.type == typ], words):
            feats.append(f"br:{typ}")
    keys = set().union(*(k | verb_keys(k) for k in wkeys)) if words else set()
    feats += [f"ctx:{k}" for k, vocab in CONTEXT_WORDS.items() if vocab & keys]
    feats += [f"ntrig:{min(len(trigs), 4)}", f"len:{min(len(words) // 10, 5)}"]
    if any(c.isdigit() for c in text):
        feats.append("digit")
    return feats
