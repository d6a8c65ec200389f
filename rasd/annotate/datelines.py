"""The dateline at the head of a body: its places say where a report was filed; they do not act.

`الخرطوم -`, `نيودلهي، إسلام آباد - وكالات:`, `بغداد (رويترز) -`, and a dated wire's `كييف، 10
أكتوبر/تشرين الأول (د ب أ) -`: the event step reads no party from them.
"""
from __future__ import annotations

import re

from rasd.annotate.count_words import month_words
from rasd.arabic import fold_key

# A dateline opening the body: one to three places (and an agency in brackets or after a dash)
# before a dash or colon: `الخرطوم -`, `نيودلهي، إسلام آباد - وكالات:`, `بغداد (رويترز) -`.
_DATELINE = re.compile(r"\s*[^\s\d.،,:()\-–—][^\n.:()\-–—]{1,30}(?:[،,][^\n.،,:()\-–—]{1,30}){0,2}"
                       r"\s*(?:\([^)\n]{1,25}\)\s*)?[-–—:](?:\s*[^\s\d.،,:()\-–—][^\n.،,:()\-–—]{1,20}\s*:)?")
DATELINE_WORDS = 5  # a dateline's places and agency: more words before the dash is a sentence
DATE_WORDS = 5  # day, month (two names), year
# ... or a dated one (wires: كييف، 10 أكتوبر/تشرين الأول (د ب أ) -): place, day, month name(s), year.
_DATED = re.compile(r"\s*[^\s\d.،,:()\-–—][^\n.:()\-–—\d]{1,30}?[،,]?\s+\d{1,2}\s+([^\s\d()/]+)"
                    r"(?:\s*/\s*[^\s\d()/]+(?:\s+[^\s\d()/]+)?)?(?:\s+\d{4})?\s*(?:\([^)\n]{1,25}\)\s*)?[-–—]")


def dateline_end(text: str, mentions: list) -> int:
    """Where a dateline at the head of the body ends (0 when there is none): its places tell
    where the report was filed, they do not act (الخرطوم - تجددت الاشتباكات ...). It must open
    with a place the entity step found, and hold no digits (قال الجيش إن 50 طائرة - is a sentence)."""
    dated = _dated_dateline(text)
    m = dated or _DATELINE.match(text)
    words = DATELINE_WORDS + 1 + (DATE_WORDS if dated else 0)
    if m is None or len(text[:m.end()].split()) > words or (not dated and any(c.isdigit() for c in text[:m.end()])):
        return 0
    first = len(text) - len(text.lstrip())
    opens = any(x.start <= first + 1 and x.type in ("GPE", "LOC") and x.end <= m.end() for x in mentions)
    return m.end() if opens else 0


def _dated_dateline(text: str) -> "re.Match[str] | None":
    """A dateline with its date, when the word after the day is a month name."""
    m = _DATED.match(text)
    return m if m is not None and fold_key(m.group(1)) in month_words() else None
