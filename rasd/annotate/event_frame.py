"""Frame features of each trigger for the event classifier: who is beside it, what is done to it,
its mood and place in the sentence.

A protest told as news has its crowd for subject (احتشد آلاف المتظاهرين: thousands of
protesters gathered); one mentioned in passing sits beside a state organ that speaks or acts
(قالت الشرطة إن المتظاهرين ...: the police said the protesters ...), under a negation or a
modal (قد يتظاهر: may demonstrate), or late in a long sentence. These features say so per
trigger, from word lists the project already keeps (the crowd words of `event_features`, the
state organs of `state_organs.tsv`) and the other triggers around it (a COERCE or ASSAULT
trigger next to a protest: the crowd was dispersed or fired on).
"""
from __future__ import annotations

from rasd.annotate.event_features import CROWD_SUBJECTS
from rasd.annotate.event_mentions import organ_words
from rasd.annotate.triggers import Trigger
from rasd.annotate.word_keys import word_keys
from rasd.arabic import fold_key

SPAN = 5  # words either side of a trigger searched for a crowd, a state organ or another trigger
# Negations and modals up to 3 words before a trigger (folded): لم، لن، لا (not), قد، ربما (may),
# إذا، لو (if). Not إن: folded it is أن (that), which opens any reported clause.
NEGATIONS: frozenset[str] = frozenset({"لم", "لن", "لا", "ما", "ليس", "دون", "بدون", "عدم", "غير", "ولم", "ولا", "ولن"})
MODALS: frozenset[str] = frozenset({"قد", "ربما", "يمكن", "سوف", "محتمل", "احتمال", "يتوقع", "متوقع", "اذا", "لو",
                                    "يجب", "ينبغي"})


def _near(keys: list[frozenset[str]], lo: int, hi: int, vocab: frozenset[str]) -> bool:
    """Whether a word of `vocab` lies in keys[lo:hi] (bounds clipped)."""
    return any(k & vocab for k in keys[max(0, lo):max(0, hi)])


def frame_features(words: list[str], stems: list[str], trigs: list[Trigger]) -> list[str]:
    """Per trigger: a crowd or state organ before/after it, another type's trigger near it, a
    negation or modal before it, its quarter of the sentence, its exact neighbour pairs; per
    sentence: its length in fives and the set of trigger types (`fr:`, `fs:` features)."""
    if not words:
        return []
    keys = [word_keys(w) | {w, s} for w, s in zip(words, stems)]
    organs = organ_words()  # الشرطة، القوات، الحكومة (police, forces, government)
    out = [f"fs:len{min(len(words) // 5, 12)}", "fs:types:" + "_".join(sorted({t.type for t in trigs}))]
    for t in trigs:
        typ, i = t.type, t.index
        form = fold_key(t.text)
        for side, lo, hi in (("after", i + 1, i + 1 + SPAN), ("before", i - SPAN, i)):
            if _near(keys, lo, hi, CROWD_SUBJECTS):
                out.append(f"fr:{typ}:crowd_{side}")   # تجمع آلاف المتظاهرين: the crowd is its subject
            if _near(keys, lo, hi, organs):
                out.append(f"fr:{typ}:organ_{side}")   # فرقت الشرطة المتظاهرين: a state acts or speaks
        out += sorted({f"fr:{typ}:with_{o.type}" for o in trigs if o.type != typ and abs(o.index - i) <= SPAN})
        if _near(keys, i - 3, i, NEGATIONS):
            out.append(f"fr:{typ}:neg")
        if _near(keys, i - 3, i, MODALS):
            out.append(f"fr:{typ}:modal")
        out.append(f"fr:{typ}:q{min(4 * i // len(words), 3)}")  # its quarter of the sentence
        before = stems[i - 1] if 0 < i <= len(stems) else "^"
        after = stems[i + 1] if i + 1 < len(stems) else "$"
        out += [f"fr:{typ}:pp:{before}_{form}", f"fr:{typ}:pn:{form}_{after}"]  # exact pairs: نزل_المتظاهرون
    return out
