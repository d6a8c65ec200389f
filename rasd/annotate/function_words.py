"""Closed-class Arabic words that several stages read, folded: one list each, not a copy per module."""
from __future__ import annotations

# Demonstratives (هذا this, هذه this f., ذلك that, تلك that f.): after an act noun or before a
# group noun they point back to one already told (هذا الهجوم: this attack; هذه المجموعة: this group).
DEMONSTRATIVES: frozenset[str] = frozenset({"هذا", "هذه", "ذلك", "تلك"})
# ... and all demonstrative pronouns, also dual, plural and distal (هذين، هؤلاء، ذاك): after a verb
# they are its object, never its subject (نفى ذلك: denied that).
DEMONSTRATIVE_PRONOUNS: frozenset[str] = DEMONSTRATIVES | {"ذاك", "هذين", "هاتين", "هؤلاء", "اولئك"}
# Relative pronouns (الذي who/which, التي f., الذين pl., اللذين/اللتين dual, اللواتي/اللاتي f. pl.):
# an imperfective verb right after one describes its antecedent (a habit or a trait) and reports
# no act; a cue after one belongs to a relative clause, not to the sentence's speaker.
RELATIVES: frozenset[str] = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
# Complementisers: a subject before one is the speaker, not the doer (قال الجيش إن ... هجوم).
COMPLEMENTISERS: frozenset[str] = frozenset({"ان", "بان", "وان", "لان", "انه", "انها", "بانه", "بانها",
                                             "فان", "فانه", "فانها"})  # حسب X فإن: according to X, ...
