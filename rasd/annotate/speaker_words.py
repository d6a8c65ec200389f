"""Word-level helpers of speaker resolution: clitics, head nouns and grammatical gender."""
from __future__ import annotations

from collections.abc import Container
from functools import lru_cache
from typing import Literal

from rasd.arabic import fold_key
from rasd.lexicon import load_table

Gender = Literal["m", "f", "?"]

# Kinds of body written before their proper names, folded without the article: شركة ستينا بالك،
# صحيفة نيويورك تايمز (the Stena Bulk company, the New York Times paper). A body named after its
# kind is remembered as its kind (وأوضحت الشركة: the company explained, later); `titled_speakers`
# adds the media and armed-group nouns that name a body in quotation marks (حركة «حماس»).
BODY_KINDS = frozenset({"شركه", "مجموعه", "صحيفه", "قناه", "منظمه", "مؤسسه", "وكاله", "هيئه", "جمعيه"})
# The kinds whose speaker is the name after them, without the kind (شركة ستينا بالك → ستينا بالك),
# and a website (موقع أكسيوس). Not an authority, society or agency: the words after them are often
# a place or a field, not a name (هيئة دبي للطيران المدني is Dubai's civil aviation authority, not
# Dubai; with them, one reserved-set quote went to the place).
NAMED_HEADS = (BODY_KINDS - {"هيئه", "جمعيه", "وكاله"}) | {"موقع"}


def same_word(key: str, word: str) -> bool:
    """A folded token is `word`, maybe with و/ف before it: ومصادر is مصادر (وزارة stays)."""
    return key == word or (key[:1] in ("و", "ف") and key[1:] == word)


def listed_form(key: str, words: Container[str]) -> str | None:
    """The listed word a folded token is, maybe with و/ف before it: وبيان → بيان (None if unlisted).

    Narrower than rasd.clitics.clitic_splits on purpose: ب/ل before a word make it governed
    (ببلاده "in his country" is a place, no actor), and the listed words keep their article."""
    if key in words:
        return key
    return key[1:] if key[:1] in ("و", "ف") and key[1:] in words else None


def strip_and(key: str) -> str:
    """A folded word without a و/ف that stands before its article: والجيش → الجيش."""
    return key[1:] if key[:1] in ("و", "ف") and key[1:3] == "ال" else key


def strip_al(key: str) -> str:
    """A folded word without و and its article: والجيش → جيش."""
    if key[:1] in ("و", "ف") and key[1:3] == "ال":  # strip_and, inlined: ~8,000 calls a bench pass
        key = key[1:]
    if key.startswith("لل") and len(key) > 4:  # للجيش = ل + الجيش "of the army"
        return key[2:]
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def noun_gender(key: str) -> Gender:
    """Grammatical gender of a body's head noun: وزارة f, القوات (a plural in ات) f, الجيش m."""
    return "f" if key.endswith(("ه", "ات")) else "m"


@lru_cache(maxsize=None)
def body_heads(column: str) -> frozenset[str]:
    """Folded words of `rasd/lexicon/body_heads.tsv` marked in a column: `head` (the nouns a body's
    name may follow, which set its gender: تنظيم القاعدة، حركة حماس), `group` or `generic`."""
    return frozenset(fold_key(r["word"]) for r in load_table("body_heads") if r[column] == "1")


def head_before(text: str, start: int) -> str | None:
    """The head noun right before a name, past an opening quotation mark: تنظيم «القاعدة»."""
    words = fold_key(text[max(0, start - 20):start].strip(' «"“„')).split()
    key = strip_and(words[-1]) if words else ""
    return key if key in body_heads("head") else None


def agrees(cue_gender: str, gender: Gender) -> bool:
    """A cue's verb agrees with a speaker of unknown or the same gender."""
    return cue_gender not in ("m", "f") or gender == "?" or cue_gender == gender
