"""Who held the office a title names on a date, from the KB's dated offices."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.title_lexicon import title_table

if TYPE_CHECKING:
    from rasd.kb import KB, Entry


def resolve_title(kb: "KB", title_text_folded: str, country_id: str | None, date: str | None) -> "Entry | None":
    """Who held the office a title names on a date: الرئيس الامريكي, US, 2018-05-01 → Donald Trump."""
    words = title_text_folded.split()
    key, spec = " ".join(words), title_table().get(" ".join(words))
    for n in range(len(words) - 1, 0, -1):  # a title with its adjective: وزير الخارجيه الروسي
        if spec or kb.role_of_title(key):
            break
        head, tail = " ".join(words[:n]), " ".join(words[n:])
        if (head in title_table() or kb.role_of_title(head)) and kb.nationality(tail):
            key, spec, country_id = head, title_table().get(head), country_id or kb.nationality(tail)
    role = kb.role_of_title(key) or (spec.role if spec else None)
    if not role or not date:
        return None
    held = kb.holders(role, country_id, date)
    people = {o.person_id for o in held}
    if len(people) != 1:
        return None  # nobody, or several holders (no country given): do not guess
    return kb.get(people.pop())
