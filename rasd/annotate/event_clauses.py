"""The clauses of a sentence for event coding: where a new clause opens, and the sentence's folded words.

قصفت الطائرات X، وفي لودر نصبت المقاومة كمينا (the aircraft shelled X; and in Loder the
resistance set an ambush): two clauses, each with its own doer.
"""
from __future__ import annotations

from rasd.arabic import folded_words, tokenize

# Words opening a clause that tells another fact in the same sentence (while, whereas, where, but) ...
CLAUSE_OPENERS: frozenset[str] = frozenset({"فيما", "بينما", "حيث", "وحيث", "لكن", "ولكن"})
# ... and, after a comma, a new scene: ، وفي مديرية X (, and in district X).
COMMA_CLAUSE_OPENERS: frozenset[str] = frozenset({"وفي"})
COMMAS = frozenset({"،", ",", "؛", ";"})
OPENER_CUES = ("فيما", "بينما", "حيث", "لكن", "وفي")  # unfolded substrings that may open a clause


def clause_starts(text: str, sent: tuple[int, int]) -> list[int]:
    """Where the sentence's clauses begin: a new one opens at فيما، بينما، حيث (while, where) and
    at a comma before وفي (, and in <place>): قصفت الطائرات X، وفي لودر نصبت المقاومة كمينا."""
    out, comma, first = [sent[0]], False, True
    span = text[sent[0]:sent[1]]
    if not any(o in span for o in OPENER_CUES):  # most sentences: one clause, no tokenising
        return out
    # the words' keys, in order, sliced from the body's fold (not each word folded again)
    keys = iter(folded_words(text, sent[0], sent[1]))
    for t in tokenize(text, sent[0], sent[1]):
        if not t.is_word:
            comma = comma or t.text in COMMAS
            continue
        key = next(keys)
        if not first and (key in CLAUSE_OPENERS or (comma and key in COMMA_CLAUSE_OPENERS)):
            out.append(t.start)
        first, comma = False, False
    return out


def sentence_words(text: str, sent: tuple[int, int]) -> list[str]:
    """The sentence's words, folded, in order (word indices match `Slot.word`)."""
    return folded_words(text, sent[0], sent[1])
