"""Event triggers: find the words that signal a PLOVER event in a span of text.

The vocabulary is data (`rasd/lexicon/event_triggers.tsv`): one row per form with its
PLOVER type and mode. Matching works on folded keys, so one listed form also finds its
clitic and inflected variants: `قصف` (shelled) matches وقصفت، بالقصف، يقصفون.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeVar

from rasd.annotate.date_patterns import dateish
from rasd.annotate.function_words import RELATIVES
from rasd.annotate.protest_triggers import protester_role
from rasd.annotate.word_keys import PRONOUN_ENDINGS, verb_keys, word_keys
from rasd.arabic import Token, fold_key, folded_words, word_tokens
from rasd.lexicon import load_table

NEEDS_WINDOW = 9  # words after the trigger searched for a `needs` word (شن ... هجوما; a titled subject may
# stand between: حمل رئيس الوزراء التركي أحمد داود أوغلو التنظيم مسؤولية). 7 → 9: blind7 events +0.014, others same
NEEDS_BACK = 3    # and words before it (غارات شنتها: strikes it launched)
BLOCKER = "-"  # lexicon type of fixed phrases that only look like triggers (رفض الكشف: declined to be named)
# Words that negate the trigger right after them: لم يقصف (did not shell).
NEGATORS: frozenset[str] = frozenset({"لم", "لن", "لا", "ما", "ليس", "عدم", "دون", "بدون", "غير", "ولم", "ولا", "ولن"})
# Cooperative acts that, negated, are a refusal: لن تدخل في مفاوضات مع X (will not enter talks
# with X) is REJECT, not CONSULT (PLOVER codes a refused act as REJECT).
REFUSABLE: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "MEDIATE"})
# Heads of an office's name: the act noun after them names a portfolio, not an act (وزير الاتصالات:
# the communications minister; مجلس التعاون: the Cooperation Council; هيئة الدعم: the support board).
PORTFOLIO_HEADS: frozenset[str] = frozenset({"وزير", "وزيره", "وزاره", "وزراء", "مجلس", "هيئه", "مفوضيه", "مديريه"})
NOUN_NEGATION_GAP = 3  # words from a negator to a verbal noun it governs (لن تدخل في مفاوضات)
# Words that end or suspend an agreement (folded keys): انهيار اتفاق، انتهاء العمل باتفاق، الانسحاب من
# المعاهدة، إلغاء الاتفاقية (the deal's collapse, end, withdrawal from it, cancelling it). A deal or truce
# noun governed by one is a rejection of it (PLOVER REJECT), not an agreement; the ending word's own
# trigger (الانسحاب: RETREAT) is no second act. Talks are rejected only by walking out of them
# (علقت مشاركتها في المفاوضات: suspended its part in the talks); talks that end (انتهاء المفاوضات) just end.
_WALKING_OUT: frozenset[str] = frozenset({"الغاء", "الغي", "الغت", "انسحاب", "انسحب", "تعليق", "علق", "تجميد", "جمد"})
ENDING_WORDS: dict[str, frozenset[str]] = {
    "AGREE": _WALKING_OUT | {"انهيار", "انتهاء", "انهاء", "نقض"},  # اتفاق، معاهدة (nouns)
    "CONCEDE": _WALKING_OUT | {"انهيار", "انتهاء", "انهاء", "نقض"},  # هدنة، وقف إطلاق النار
    "CONSULT": _WALKING_OUT,  # مفاوضات، محادثات
}
ENDING_GAP = 4  # words from the ending word to the deal noun (انتهاء العمل باتفاق: 2; علقت الحكومة مشاركتها في المفاوضات: 4)
# Words between that say the act follows the deal (انسحبت القوات بموجب الاتفاق: withdrew under the deal).
BY_DEAL: frozenset[str] = frozenset({"بموجب", "وفق", "وفقا", "حسب", "بحسب", "تنفيذا", "تطبيقا", "ضمن", "اطار", "اثر"})


# Verbs spelt like an unrelated noun that takes the article: الفجر is dawn, not "blew up".
# (Most verb rows also match their own verbal noun, القصف the shelling: that is wanted.)
OTHER_NOUN: frozenset[str] = frozenset({"فجر"})


@dataclass(frozen=True, slots=True)
class TriggerForm:
    """One lexicon row, with its form split into folded word keys."""

    words: tuple[str, ...]
    type: str
    mode: str | None
    verb: bool
    strong: bool
    needs: frozenset[str]
    unless_prev: frozenset[str]
    hal: bool = False  # a circumstantial participle (، متهمة X: accusing X), a trigger only after a comma
    patient: bool = False  # its grammatical subject suffers the act (ستدفع واشنطن الثمن: Washington will pay)


# Not frozen: a frozen dataclass sets each field through object.__setattr__ (~3x the cost of a
# plain one), and a sentence's triggers are built anew on every pass. Hashable and compared by
# value as before (unsafe_hash); nothing assigns to a trigger (`replace` copies one).
@dataclass(slots=True, unsafe_hash=True)
class Trigger:
    """A trigger found in the text: its span, form and event type."""

    type: str
    mode: str | None
    start: int
    end: int
    text: str
    strong: bool
    verb: bool
    index: int  # word index inside the searched span
    hal: bool = False  # a circumstantial participle: the sentence's subject acts, the name after is the object
    patient: bool = False  # the subject is the target and whoever says it the source (kind `patient`)


def _split(cell: str) -> frozenset[str]:
    return frozenset(fold_key(w) for w in cell.split("|") if w)


Form = TypeVar("Form")


def forms_by_first(table: str, build: Callable[[tuple[str, ...], dict[str, str]], Form]) -> dict[str, tuple[Form, ...]]:
    """A phrase lexicon's rows (column `form`) built into forms, indexed by the folded key of their
    first word: each token is then compared with the few forms it may start, in the file's order."""
    index: dict[str, list[Form]] = defaultdict(list)
    for row in load_table(table):
        words = tuple(fold_key(w) for w in row["form"].split())
        if words:
            index[words[0]].append(build(words, row))
    return {k: tuple(v) for k, v in index.items()}


def _trigger_form(words: tuple[str, ...], row: dict[str, str]) -> TriggerForm:
    return TriggerForm(words, row["type"], row.get("mode") or None, row.get("kind") == "v",
                       row.get("weight", "strong") != "weak", _split(row.get("needs", "")),
                       _split(row.get("unless_prev", "")), row.get("kind") == "hal", row.get("kind") == "patient")


@lru_cache(maxsize=1)
def trigger_index() -> dict[str, tuple[TriggerForm, ...]]:
    """Lexicon forms indexed by the folded key of their first word."""
    return forms_by_first("event_triggers", _trigger_form)


@lru_cache(maxsize=1 << 16)
def _word_forms(word: str) -> tuple[tuple[TriggerForm, bool], ...]:
    """The lexicon forms a word may start, in sorted key order, each with whether it came by a
    verb key only. Cached per word: the sorted keys and index look-ups were ~1/4 of find_triggers."""
    keys = word_keys(word)
    vks = verb_keys(keys)
    index = trigger_index()
    return tuple((form, k in vks) for k in sorted(keys | vks) for form in index.get(k, ()))


def _matches(form: TriggerForm, i: int, keys: list[frozenset[str]], raw: list[str]) -> bool:
    """True when the rest of the phrase, its `needs` and `unless_prev` agree at word i."""
    n = len(form.words)
    if i + n > len(keys) or n > 1 and any(form.words[j] not in keys[i + j] for j in range(1, n)):
        return False
    if form.unless_prev and i > 0 and (raw[i - 1] in form.unless_prev or (
            raw[i - 1][:1] in "وفبل" and len(raw[i - 1]) > 3 and raw[i - 1][1:] in form.unless_prev)):
        return False  # بخرق اتفاق (by breaching an agreement): the word before, behind its clitic too
    if form.needs:
        # a verb with its object pronoun (نقلته: relayed it, غارات شنتها: raids it launched) has its
        # object already: only an antecedent before it can be the needed noun
        ahead = [] if form.verb and n == 1 and _object_suffixed(raw[i], form.words[0]) else _ahead(keys, raw, i + n)
        window = ahead + keys[max(0, i - NEEDS_BACK): i]
        if not any(k & form.needs for k in window):
            return False
    return True


def _ahead(keys: list[frozenset[str]], raw: list[str], start: int) -> list[frozenset[str]]:
    """The keys of the NEEDS_WINDOW words after `start`, dates, times and numbers not counted."""
    out: list[frozenset[str]] = []
    for j in range(start, len(keys)):
        if len(out) == NEEDS_WINDOW:
            break
        if not dateish(raw[j]):  # أطلقت إيران فجر اليوم الأحد 5 شوال 1445هـ أكثر من 300 طائرة
            out.append(keys[j])
    return out


def _object_suffixed(word: str, stem: str) -> bool:
    """True when a folded verb carries an object pronoun after its stem (نقلته، نقلها، أرسلهم)."""
    at = word.find(stem)
    rest = word[at + len(stem):] if at >= 0 else ""
    return rest.endswith(PRONOUN_ENDINGS) and rest not in ("ت", "وا", "ا", "ن", "نا")


def _negated(i: int, raw: list[str]) -> bool:
    """True when the word before (or two before, past a particle) negates the trigger."""
    return (i > 0 and raw[i - 1] in NEGATORS) or (i > 1 and raw[i - 2] in NEGATORS and raw[i - 1] in {"قد", "يتم", "تتم"})


def _negated_noun(i: int, raw: list[str]) -> bool:
    """True when a negator governs the light verb before a verbal noun (لا تجري محادثات)."""
    return any(w in NEGATORS for w in raw[max(0, i - NOUN_NEGATION_GAP):i - 1])


def _portfolio(i: int, raw: list[str], keys: list[frozenset[str]], form: TriggerForm) -> bool:
    """True for an act noun naming an office's portfolio (وزير الاتصالات، مجلس التعاون)."""
    if i == 0:
        return False
    prev = raw[i - 1]
    heads = {prev, prev[1:]} if prev[:1] in "وف" else {prev}  # ووزير: and the minister of
    return bool(heads & PORTFOLIO_HEADS) and (not form.verb or raw[i].startswith("ال"))


def _rank(form: TriggerForm) -> tuple[int, bool, bool, bool, bool]:
    """Preference among forms matching one word: longer phrase, a blocker over a trigger of its
    length, a participle after its comma, then strong, then with needs."""
    return len(form.words), form.type == BLOCKER, form.hal, form.strong, bool(form.needs)


def _with_article(word: str, stem: str) -> bool:
    """True when a folded word is `stem` behind the article (والضربات، للقصف): a noun, whatever
    verb shares its letters. التقى (met) and ألغى (cancelled) are verbs that only start with ال."""
    word = word[1:] if word[:1] in "وف" and len(word) > len(stem) + 2 else word
    word = word[1:] if word[:1] in "بك" and len(word) > len(stem) + 2 else word
    return word.startswith(("ال" + stem, "لل" + stem))


def after_comma(text: str, start: int) -> bool:
    """True when the word at `start` follows a comma (، متهمة: , accusing)."""
    return text[max(0, start - 3):start].rstrip().endswith(("،", ","))


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Triggers in text[start:end], longest phrase first at each word, negated ones left out."""
    words = word_tokens(text, start, end)
    texts = [t.text for t in words]
    # Only the words that start a lexicon form (about one in six of the bench sentences' words)
    # are visited, not every word (0.5% of the step's instructions, callgrind).
    starting = [(i, forms) for i, forms in enumerate(map(_word_forms, texts)) if forms]
    if not starting:
        return []
    raw = folded_words(text, start, end)
    keys = list(map(word_keys, texts))  # map: no Python frame per word
    found: list[Trigger] = []
    blocked = -1  # the last word of a blocker phrase: its words are no triggers (قابل للانفجار)
    for i, forms in starting:
        if i <= blocked:
            continue
        word = words[i]
        best: TriggerForm | None = None
        for form, by_verb_key in forms:  # sorted keys: the same choice on every run
            if by_verb_key and (not form.verb or (i > 0 and raw[i - 1] in RELATIVES)):
                continue  # المنظمات التي تستهدف البلاد (groups that target the country): a description
            if form.hal and not after_comma(text, word.start):
                continue  # مطالبة as a noun (the demand), not "demanding"
            if _matches(form, i, keys, raw) and (best is None or _rank(form) > _rank(best)):
                best = form
        if best is not None and (best.type == BLOCKER or len(best.words) > 1):
            blocked = i + len(best.words) - 1  # a phrase's own words start no other trigger (حالة الإنذار: no الإنذار)
        if best is None or best.type == BLOCKER or _portfolio(i, raw, keys, best):
            continue
        if best.verb and best.words[0] in OTHER_NOUN and "ال" + best.words[0] in raw[i]:
            continue  # صلاة الفجر (the dawn prayer) is no فجر (blew up)
        kind, mode = best.type, best.mode
        # a verb row behind the article is its verbal noun (الضربات، القصف: the strikes, the shelling)
        verb = best.verb and not _with_article(raw[i], best.words[0])
        negated = best.words[0] not in NEGATORS and (
            _negated(i, raw) or (not best.verb and kind in REFUSABLE and _negated_noun(i, raw)))
        if negated and kind not in REFUSABLE:
            continue
        if negated:  # a refused cooperation is a rejection
            kind, mode = "REJECT", None
        last: Token = words[i + len(best.words) - 1]
        found.append(Trigger(kind, mode, word.start, last.end,
                             text[word.start:last.end], best.strong, verb or best.hal, i, best.hal, best.patient))
    found = _ended_deals(found, keys)
    return [t for t in (protester_role(t, raw, keys) for t in found) if t is not None]


def _ended_deals(found: list[Trigger], keys: list[frozenset[str]]) -> list[Trigger]:
    """A deal or truce noun after a word that ends it becomes REJECT (أعلنت انتهاء العمل باتفاق
    وقف إطلاق النار: declared the ceasefire deal over); the ending word's own trigger is dropped."""
    if not any(t.type in ENDING_WORDS and not t.verb for t in found):
        return found
    enders: set[int] = set()
    out: list[Trigger] = []
    for t in found:
        enders_of = ENDING_WORDS.get(t.type) if not t.verb else None
        at = next((j for j in range(t.index - 1, max(-1, t.index - 1 - ENDING_GAP), -1)
                   if (keys[j] | verb_keys(keys[j])) & enders_of), None) if enders_of else None
        if at is not None and any(keys[j] & BY_DEAL for j in range(at + 1, t.index)):
            at = None
        if at is None:
            out.append(t)
            continue
        enders.add(at)
        out.append(replace(t, type="REJECT", mode=None))
    return [t for t in out if t.index not in enders]



