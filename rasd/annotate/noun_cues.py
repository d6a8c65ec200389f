"""Speech nouns that open speech like a verb.

`قول المعارضة بأن ...` "the opposition's saying that ...", `ونشر بيان تابع للتنظيم ... أن ...`
"and a statement of the group published ... said that ...", and `نقلت الوكالة عن الوزير
قوله إن ...` "the agency quoted the minister as saying that ...": each gives a `Cue` of
pos "noun" that the attribution step treats like a verb cue.
"""
from __future__ import annotations

from rasd.annotate.cues import SENTENCE_END, Cue, CueForm, Scan, cue_of, inside
from rasd.annotate.speaker_lexicons import Lexicons, speech_noun

NOUN_WINDOW = 4  # قول المعارضة بأن: words between a speech noun and بأن
STATEMENT_WINDOW = 8  # ونشر بيان تابع للتنظيم على مواقع متطرفة، أن
# و-words that are not clause-opening verbs: وفي، وعلى، وبعد ... "and in", "and on".
_NOT_VERBS = frozenset({"في", "علي", "الي", "عن", "من", "مع", "بعد", "قبل", "حسب", "بحسب", "فق", "ذلك", "هو", "هي"})
# Nouns that begin with و themselves, not with "and": وكالة أنباء "news agency", وزارة.
_WAW_NOUNS = frozenset({"وكاله", "وزاره", "وزير", "وزيره", "وفد", "وسائل", "وثائق", "ولايه", "وحدات", "وقت",
                        "وسط", "وضع", "وصول", "وقف", "ورقه", "وجود", "وكالات", "وزراء"})
# "his/her/their saying": the speaker is the one named after عن before it.
QAWL = {"قوله": ("m", "sg"), "قولها": ("f", "sg"), "قولهم": ("m", "pl"), "قولهما": ("m", "du")}


def noun_cues(sc: Scan, lex: Lexicons) -> list[Cue]:
    """Speech nouns opening speech: قول المعارضة بأن; نقل عن الوزير قوله إن ("quoted him as saying")."""
    out: list[Cue] = []
    nouns = lex.speech_noun_keys  # with و/ف, as listed_form: one set test a word (15 → 5 ms, 112 inputs)
    for i in [i for i, key in enumerate(sc.keys) if key in nouns or key in QAWL]:
        key = sc.keys[i]
        if inside(sc.tokens[i].start, sc.quoted):
            continue
        if key in QAWL:
            gender, number = QAWL[key]
            out.append(Cue(i, CueForm("قوله", "report", "noun", gender, number, "3", False), False, False))
        elif _noun_opens(sc, lex, i):
            out.append(Cue(i, CueForm(key, "say", "noun", "-", "sg", "3", False), False, False))
    return out


def _noun_opens(sc: Scan, lex: Lexicons, i: int) -> bool:
    """قول المعارضة بأن "the opposition's saying that"; ونشر بيان للتنظيم أن "a statement of the group said"."""
    opens = speech_noun(lex, sc.keys[i])
    if opens is None or not (opens or _after_clause_verb(sc, i)):
        return False
    window = NOUN_WINDOW if opens else STATEMENT_WINDOW
    for j in range(i + 2, min(i + 2 + window, len(sc.keys))):
        if sc.keys[j] in SENTENCE_END or cue_of(sc.keys[j]) is not None:
            return False
        if sc.keys[j] in ("بان", "ان"):
            return True
    return False


def _after_clause_verb(sc: Scan, i: int) -> bool:
    """A statement as the subject of a clause-opening verb: ونشر بيان، وصدر تصريح."""
    prev = sc.keys[i - 1] if i > 0 else ""
    return prev[:1] in ("و", "ف") and len(prev) >= 4 and prev[1:] not in _NOT_VERBS and cue_of(prev) is None \
        and prev not in _WAW_NOUNS
