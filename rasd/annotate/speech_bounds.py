"""Where speech ends: sentences, discourse breaks and the next cue.

The gold reading of a reported quote is the complement after the cue and its
complementiser up to the end of the sentence, without the final full stop. Run-on
prose without full stops (common in some outlets) is cut where a new cue starts
(`لكنه قال` "but he said"), where a participle agreeing with the speaker opens a new
statement (`، مؤكدا أن` "..., stressing that"), or at a discourse break (`أما` "as for",
`إلى ذلك` "besides"). Quotation marks are skipped whole: a full stop inside them
does not end the speech.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from rasd.annotate.cues import SENTENCE_END, Cue, Opener, Scan, find_opener
from rasd.arabic import token_start

# Discourse breaks that start a new sentence even without a full stop (folded).
DISCOURSE_BREAKS: tuple[tuple[str, ...], ...] = (
    ("اما",), ("واما",), ("الي", "ذلك"), ("والي", "ذلك"), ("من", "جهه", "اخري"),
    ("ومن", "جهه", "اخري"), ("من", "ناحيه", "اخري"), ("ومن", "ناحيه", "اخري"),
    ("في", "غضون", "ذلك"), ("وفي", "غضون", "ذلك"), ("في", "سياق", "متصل"),
    ("وفي", "سياق", "متصل"), ("في", "المقابل"), ("وفي", "المقابل"), ("في", "الاثناء"),
    ("وفي", "الاثناء"), ("من", "جهته"), ("من", "جهتها"), ("من", "جانبه"), ("من", "جانبها"),
    # the narrator's "which" on what was just said (، وهو ما نفاه الوزير: which the minister denied)
    ("وهو", "ما"), ("وهو", "الامر"), ("الامر", "الذي"),
)
OWN_VERB_REACH = 4  # words: a bare cue verb this close to the speech start is the speech's own
SHORT_QUOTE = 3  # words: a quoted name (لـ«الشرق الأوسط», "يمن برس"), not speech


@dataclass(frozen=True, slots=True)
class Bounds:
    """Sentence starts of a scanned text, and quotations to jump over."""

    starts: frozenset[int]  # token indices that begin a sentence
    sent_start: list[int]  # for each token, the index its sentence begins at
    skip: dict[int, int]  # opening-mark token → first token after the quotation

    @classmethod
    def of(cls, sc: Scan) -> "Bounds":
        """Sentence starts at full stops outside quotations, line breaks and discourse breaks."""
        # Only the few tokens that can start a sentence are visited, not every token (this ran
        # per token of each body: 0.5 → 0.1 ms a bench article, cProfile).
        skip = quotation_skips(sc)
        quoted = _inside_quotations(skip)
        starts = {0}
        for j in [j for j, key in enumerate(sc.keys) if key in _SENTENCE_EDGE]:
            if j in quoted:
                continue
            if sc.keys[j] in SENTENCE_END:
                starts.add(j + 1)
            elif _discourse_break(sc.keys, j):
                starts.add(j)
        starts.update(j for j in sc.breaks if j not in quoted)
        n = len(sc.tokens)
        order = sorted(j for j in starts if j < n)
        sent_start: list[int] = []
        for a, b in zip(order, order[1:] + [n]):
            sent_start += [a] * (b - a)
        return cls(frozenset(starts), sent_start, skip)


def _inside_quotations(skip: dict[int, int]) -> set[int]:
    """Token indices a left-to-right reading jumps over: each quotation from its opening mark on,
    except an opening inside a quotation already jumped."""
    out: set[int] = set()
    pos = 0
    for j in sorted(skip):
        if j >= pos:
            out.update(range(j, skip[j]))
            pos = skip[j]
    return out


def quotation_skips(sc: Scan) -> dict[int, int]:
    """Token index of each opening mark → index of the first token after its quotation."""
    out: dict[int, int] = {}
    for a, end in sc.quoted:
        j = bisect_left(sc.tokens, a, key=token_start)
        if j < len(sc.tokens) and sc.tokens[j].start == a:
            out[j] = _first_from(sc, j + 1, end)
    return out


# The break phrases by first word: في and من open most of them and most sentences too.
_BREAKS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(p for p in DISCOURSE_BREAKS if p[0] == w) for w in {p[0] for p in DISCOURSE_BREAKS}}
_SENTENCE_EDGE = SENTENCE_END | frozenset(_BREAKS_BY_FIRST)


def _discourse_break(keys: list[str], j: int) -> bool:
    """True when a discourse break phrase starts at token j."""
    phrases = _BREAKS_BY_FIRST.get(keys[j])
    return phrases is not None and any(tuple(keys[j:j + len(p)]) == p for p in phrases)


def complement_end(sc: Scan, s: int, cue: Cue, bounds: Bounds, stops: dict[int, Cue]) -> int:
    """Token index where the speech starting at token s ends (exclusive)."""
    keys, starts, skip, n = sc.keys, bounds.starts, bounds.skip, len(sc.tokens)  # locals: a word a turn
    j = s
    while j < n:
        if j > s and j in starts:
            return j
        if keys[j] in SENTENCE_END:
            return j
        if (keys[j] in _WHILE or (keys[j] == "في" and j + 1 < n and keys[j + 1] == "حين")) \
                and j - 1 > s and keys[j - 1] in ("،", ","):
            return j - 1  # ، فيما ... "while ...": the narrator's own parallel fact
        if j in stops and j != cue.index and _ends_speech(sc, stops[j], cue, s):
            return j - 1 if j - 1 > s and keys[j - 1].startswith(_OPENS_CLAUSE) else j
        j = skip.get(j, j + 1)
    return j


# Words that open the clause of the cue after them, left out of the speech before (، فيما زعم: while ... claimed).
_OPENS_CLAUSE = ("لكن", "ولكن", "فيما", "بينما", "حيث", "ثم")
# "While, whereas" after a comma: the narrator sets another fact beside what was said (قال إن
# ... قتلوا، فيما نزح آلاف "said ... were killed, while thousands fled"); 18 of 20 reported
# quotes of the project's annotated sets that meet one end before it.
_WHILE = frozenset({"فيما", "بينما"})
# Words after which a bare verb starts a new statement (لكنه قال "but he said").
_NEW_CLAUSE = ("،", ",", "لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها", "حيث", "ثم", "كما", "فيما")


def _ends_speech(sc: Scan, nxt: Cue, cue: Cue, s: int) -> bool:
    """A later cue ends this speech: a و/ف verb, a verb opening a clause, an agreeing participle.

    A bare verb right after the speech's own subject belongs to the speech (أن الجانب
    المصري أبلغ حماس أن ... "that the Egyptian side told Hamas that ..."): no end.
    """
    if nxt.form.pos in ("noun", "according"):
        return True
    if nxt.form.pos == "verb":
        prev = sc.keys[nxt.index - 1] if nxt.index > 0 else ""
        return nxt.prefixed or prev in _NEW_CLAUSE or nxt.index - s > OWN_VERB_REACH
    same = nxt.form.gender in (cue.form.gender, "-") and nxt.form.number == cue.form.number
    saying = nxt.form.lemma in ("قال", "أضاف", "تابع", "أردف")
    return same and (saying or (nxt.index > 0 and sc.keys[nxt.index - 1] in ("،", ",")))


def mark_opener(sc: Scan, opener: Opener | None, limit: int, stop: frozenset[int]) -> Opener | None:
    """Look past a short quoted name (لـ«الشرق الأوسط») for the real opener after it."""
    while opener is not None and opener.kind == "mark":
        skip = quotation_skips_from(sc, opener.index)
        words = sum(1 for k in range(opener.index + 1, skip) if sc.tokens[k].is_word)
        after = find_opener(sc, skip, limit, stop) if skip < len(sc.tokens) else None
        # speech ends its clause; a quoted name runs on into the sentence (واعلنت «الجبهة» المتطرفة)
        ends_clause = skip >= len(sc.tokens) or not sc.tokens[skip].is_word or skip in sc.breaks \
            or sc.keys[skip - 2] in SENTENCE_END
        if words > SHORT_QUOTE and ends_clause and (after is None or after.kind == "mark"):
            return opener
        opener = after
    return opener


def quotation_skips_from(sc: Scan, j: int) -> int:
    """The first token after the quotation opening at token j."""
    return _first_from(sc, j + 1, dict(sc.quoted).get(sc.tokens[j].start, sc.tokens[j].end))


def _first_from(sc: Scan, k: int, end: int) -> int:
    """The first token from index k on that starts at or after character offset `end`."""
    return max(k, bisect_left(sc.tokens, end, lo=min(k, len(sc.tokens)), key=token_start))
