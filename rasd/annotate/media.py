"""Outlets and groups named by a plain word, read as names only where the text vouches for it.

`الأهرام` (the pyramids), `الشباب` (the youth) and `الشرق الأوسط` (the Middle East) are
also names of a newspaper, a militia and a newspaper. The KB keeps such one-word forms out
of `lookup` (`lookup_common` has them); here they count as names right after a media word
(`صحيفة الأهرام`, the paper al-Ahram) or as the whole of a quotation after لـ or a speech
verb (`قال لـ«الشرق الأوسط»`: told Asharq al-Awsat, the paper, not the region).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.annotate.kb_match import Match
from rasd.arabic import Token
from rasd.lexicon import load_words

if TYPE_CHECKING:
    from rasd.kb import KB, Entry

# Folded words that announce an outlet (newspaper, daily, channel, agency, site, radio, network).
MEDIA_CUES = ("صحيفه", "جريده", "يوميه", "قناه", "وكاله", "موقع", "اذاعه", "شبكه", "مجله")
# Folded speech verbs after which a quoted lone name is the one spoken to or quoted from.
SPEECH_VERBS = load_words("media_speech_verbs")  # rasd/lexicon/media_speech_verbs.tsv
OPENING = ("«", "“", '"', "„")
CLOSING = ("»", "”", '"', "“")
MAX_NAME = 4  # words: outlet names are short (الشرق الأوسط، سكاي نيوز عربية)


@lru_cache(maxsize=1 << 16)  # asked for every word, some twice: ~9% of the entity step without the model
def _bare(key: str) -> str:
    """A folded word without one leading conjunction or preposition (وقالت → قالت, لصحيفة → صحيفة)."""
    for p in ("وب", "ول", "فل", "و", "ف", "ل", "ب"):
        if key.startswith(p) and len(key) - len(p) >= 3:
            rest = key[len(p):]
            if rest in SPEECH_VERBS or rest.startswith(MEDIA_CUES):
                return rest
    return key


@lru_cache(maxsize=1 << 16)  # asked for every word
def _cue(key: str) -> str | None:
    bare = _bare(key)
    return next((c for c in MEDIA_CUES if bare == c), None)


def _resolve(kb: "KB", words: list[str], cue: str | None) -> list["Entry"]:
    """Organisations this name spells: its plain-word reading, or the KB name with a media word."""
    key = " ".join(words)
    found = [e for e in kb.lookup_common(key) + kb.lookup(key) if e.type == "ORG"]
    for c in ((cue,) if cue else ()) + MEDIA_CUES:
        found += [e for e in kb.lookup(f"{c} {key}") if e.type == "ORG" and e not in found]
    return found


def _quoted(tokens: list[Token], keys: list[str], i: int) -> int | None:
    """End (exclusive) of the words of a quotation opening at token i, when it holds only a short name."""
    if tokens[i].text not in OPENING:
        return None
    for j in range(i + 1, min(len(tokens), i + 2 + MAX_NAME)):
        if tokens[j].text in CLOSING:
            return j if j > i + 1 else None
        if not keys[j]:
            return None
    return None


def _spoken_to(keys: list[str], tokens: list[Token], i: int) -> bool:
    """The token before a quotation is لـ (told, to) or a speech verb (قال، نقلت)."""
    if i == 0:
        return False
    prev = tokens[i - 1].text.replace("ـ", "")
    return prev in ("ل", "لل", "ول") or _bare(keys[i - 1]) in SPEECH_VERBS


def find_media(kb: "KB", text: str, tokens: list[Token], keys: list[str]) -> list[Match]:
    """Outlet and group names vouched for by a media word or a quotation after لـ / a speech verb."""
    out: list[Match] = []
    # a name can follow only a media word or an opening mark: those found in one comprehension
    # (the media words among the body's distinct words first: one cue look-up a word, not a token)
    cues = {key for key in set(keys) if key and _cue(key) is not None}
    after = [k + 1 for k, (t, key) in enumerate(zip(tokens[:-1], keys)) if key in cues or t.text in OPENING]
    for i in after:
        cue = _cue(keys[i - 1]) if keys[i - 1] else None
        a = i + 1 if cue and tokens[i].text in OPENING else i
        b = _quoted(tokens, keys, a - 1) if a > i else None
        if cue is None:
            # (the opening mark first: it rules out almost every word before the speech-verb test)
            b = _quoted(tokens, keys, i - 1) if i >= 2 and tokens[i - 1].text in OPENING \
                and _spoken_to(keys, tokens, i - 1) else None
        if b is None and cue is not None:
            b = a
            while b < len(tokens) and keys[b] and b - a < MAX_NAME:
                b += 1
        if b is None or b <= a or (out and out[-1].first + out[-1].ntok > a):
            continue
        quoted = b < len(tokens) and tokens[b].text in CLOSING
        for end in (b,) if quoted else range(b, a, -1):  # a quotation is all name; else the longest first
            entries = _resolve(kb, keys[a:end], cue)
            if entries:
                start, stop = tokens[a].start, tokens[end - 1].end
                out.append(Match(start, stop, text[start:stop], entries, a, end - a, " ".join(keys[a:end])))
                break
    return out
