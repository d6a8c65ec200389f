"""Write `rasd/lexicon/cue_verbs.tsv`: every form of the verbs that introduce speech.

    .venv/bin/python scripts/build_cue_verbs.py

Each lemma is given by its past 3rd-person masculine singular, its present stem
(without the person prefix) and its active participle stem; regular forms are
derived from those (أكد → أكدت، أكدوا، يؤكد، تؤكد، مؤكدا، مؤكدة ...). Hollow and
defective verbs (قال، أضاف، نفى، دعا ...) list their forms in full, because their
stems change. Written for rasd from standard Arabic grammar and news usage.
"""
from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "rasd" / "lexicon" / "cue_verbs.tsv"

# lemma, kind, present stem, participle stem, strict (1: the complement must follow at once)
# kind is the speech act, used by events for claim status: say, confirm, deny, accuse,
# claim, warn, threaten, call, announce, report, admit, pledge, describe, write, expect.
REGULAR: tuple[tuple[str, str, str, str, int], ...] = (
    ("أكد", "confirm", "ؤكد", "مؤكد", 0),
    ("أوضح", "say", "وضح", "موضح", 0),
    ("صرح", "say", "صرح", "مصرح", 0),
    ("أعلن", "announce", "علن", "معلن", 0),
    ("ذكر", "report", "ذكر", "", 0),
    ("اعتبر", "say", "عتبر", "معتبر", 0),
    ("شدد", "confirm", "شدد", "مشدد", 0),
    ("اتهم", "accuse", "تهم", "متهم", 0),
    ("حذر", "warn", "حذر", "محذر", 0),
    ("تابع", "say", "تابع", "", 1),
    ("لفت", "say", "لفت", "لافت", 0),
    ("كشف", "announce", "كشف", "كاشف", 0),
    ("زعم", "claim", "زعم", "زاعم", 0),
    ("أبلغ", "say", "بلغ", "", 0),  # مبلغا is also "a sum"
    ("كتب", "write", "كتب", "", 1),  # كتب is also "books"
    ("بين", "say", "بين", "مبين", 1),  # بين is also "between"
    ("نوه", "say", "نوه", "منوه", 0),
    ("أردف", "say", "ردف", "مردف", 1),
    ("استطرد", "say", "ستطرد", "مستطرد", 1),
    ("اعترف", "admit", "عترف", "معترف", 0),
    ("أقر", "admit", "قر", "", 0),  # مقرا is also "headquarters"
    ("هدد", "threaten", "هدد", "مهدد", 0),
    ("توعد", "threaten", "توعد", "متوعد", 0),
    ("تعهد", "pledge", "تعهد", "متعهد", 0),
    ("طالب", "call", "طالب", "مطالب", 1),  # طالب is also "student"
    ("رجح", "expect", "رجح", "مرجح", 0),
    ("توقع", "expect", "توقع", "متوقع", 0),
    ("علق", "say", "علق", "", 1),
    ("أفصح", "announce", "فصح", "مفصح", 0),
    ("نقل", "report", "نقل", "", 0),  # نقلت وكالة عن مسؤول أن: the speaker follows عن
    ("جاء", "report", "", "", 0),  # وجاء في البيان أن "the statement read": forms below
    ("أنكر", "deny", "نكر", "", 0),
    ("كذب", "deny", "كذب", "مكذب", 1),
    ("فند", "deny", "فند", "مفند", 0),
    ("نبه", "warn", "نبه", "", 0),
    ("أبرز", "say", "برز", "", 0),
    ("استنكر", "accuse", "ستنكر", "مستنكر", 0),
    ("ادعى", "claim", "", "", 0),  # defective: forms below
)

# Hollow and defective verbs, form by form: (form, gender, number, person, pos).
IRREGULAR: dict[str, tuple[str, tuple[tuple[str, str, str, str, str], ...]]] = {
    "قال": ("say", (
        ("قال", "m", "sg", "3", "verb"), ("قالت", "f", "sg", "3", "verb"),
        ("قالا", "m", "du", "3", "verb"), ("قالتا", "f", "du", "3", "verb"),
        ("قالوا", "m", "pl", "3", "verb"), ("قلن", "f", "pl", "3", "verb"),
        ("قلت", "-", "sg", "1", "verb"), ("قلنا", "-", "pl", "1", "verb"),
        ("يقول", "m", "sg", "3", "verb"), ("تقول", "f", "sg", "3", "verb"),
        ("يقولان", "m", "du", "3", "verb"), ("تقولان", "f", "du", "3", "verb"),
        ("يقولون", "m", "pl", "3", "verb"), ("يقلن", "f", "pl", "3", "verb"),
        ("أقول", "-", "sg", "1", "verb"), ("نقول", "-", "pl", "1", "verb"),
        ("يقل", "m", "sg", "3", "verb"), ("تقل", "f", "sg", "3", "verb"),
        ("قائلا", "m", "sg", "3", "participle"), ("قائلة", "f", "sg", "3", "participle"),
        ("قائلين", "m", "pl", "3", "participle"), ("قائلات", "f", "pl", "3", "participle"),
    )),
    "أضاف": ("say", (
        ("أضاف", "m", "sg", "3", "verb"), ("أضافت", "f", "sg", "3", "verb"),
        ("أضافا", "m", "du", "3", "verb"), ("أضافتا", "f", "du", "3", "verb"),
        ("أضافوا", "m", "pl", "3", "verb"), ("أضفن", "f", "pl", "3", "verb"),
        ("أضفت", "-", "sg", "1", "verb"), ("أضفنا", "-", "pl", "1", "verb"),
        ("يضيف", "m", "sg", "3", "verb"), ("تضيف", "f", "sg", "3", "verb"),
        ("يضيفون", "m", "pl", "3", "verb"), ("يضيفان", "m", "du", "3", "verb"),
        ("مضيفا", "m", "sg", "3", "participle"), ("مضيفة", "f", "sg", "3", "participle"),
        ("مضيفين", "m", "pl", "3", "participle"), ("مضيفتين", "f", "du", "3", "participle"),
    )),
    "أشار": ("say", (
        ("أشار", "m", "sg", "3", "verb"), ("أشارت", "f", "sg", "3", "verb"),
        ("أشارا", "m", "du", "3", "verb"), ("أشارتا", "f", "du", "3", "verb"),
        ("أشاروا", "m", "pl", "3", "verb"), ("أشرن", "f", "pl", "3", "verb"),
        ("يشير", "m", "sg", "3", "verb"), ("تشير", "f", "sg", "3", "verb"),
        ("يشيرون", "m", "pl", "3", "verb"), ("يشر", "m", "sg", "3", "verb"),
        ("تشر", "f", "sg", "3", "verb"),
        ("مشيرا", "m", "sg", "3", "participle"), ("مشيرة", "f", "sg", "3", "participle"),
        ("مشيرين", "m", "pl", "3", "participle"), ("مشيرتين", "f", "du", "3", "participle"),
    )),
    "أفاد": ("report", (
        ("أفاد", "m", "sg", "3", "verb"), ("أفادت", "f", "sg", "3", "verb"),
        ("أفادا", "m", "du", "3", "verb"), ("أفادوا", "m", "pl", "3", "verb"),
        ("يفيد", "m", "sg", "3", "verb"), ("تفيد", "f", "sg", "3", "verb"),
        ("مفيدا", "m", "sg", "3", "participle"), ("مفيدة", "f", "sg", "3", "participle"),
    )),
    "نفى": ("deny", (
        ("نفى", "m", "sg", "3", "verb"), ("نفت", "f", "sg", "3", "verb"),
        ("نفيا", "m", "du", "3", "verb"), ("نفتا", "f", "du", "3", "verb"),
        ("نفوا", "m", "pl", "3", "verb"), ("نفين", "f", "pl", "3", "verb"),
        ("ينفي", "m", "sg", "3", "verb"), ("تنفي", "f", "sg", "3", "verb"),
        ("ينفون", "m", "pl", "3", "verb"), ("ينف", "m", "sg", "3", "verb"),
        ("تنف", "f", "sg", "3", "verb"), ("ننفي", "-", "pl", "1", "verb"),
        ("نافيا", "m", "sg", "3", "participle"), ("نافية", "f", "sg", "3", "participle"),
        ("نافين", "m", "pl", "3", "participle"),
    )),
    "دعا": ("call", (
        ("دعا", "m", "sg", "3", "verb"), ("دعت", "f", "sg", "3", "verb"),
        ("دعوا", "m", "pl", "3", "verb"), ("دعتا", "f", "du", "3", "verb"),
        ("يدعو", "m", "sg", "3", "verb"), ("تدعو", "f", "sg", "3", "verb"),
        ("يدعون", "m", "pl", "3", "verb"),
        ("داعيا", "m", "sg", "3", "participle"), ("داعية", "f", "sg", "3", "participle"),
        ("داعين", "m", "pl", "3", "participle"),
    )),
    "رأى": ("say", (
        ("رأى", "m", "sg", "3", "verb"), ("رأت", "f", "sg", "3", "verb"),
        ("رأيا", "m", "du", "3", "verb"), ("رأوا", "m", "pl", "3", "verb"),
        ("يرى", "m", "sg", "3", "verb"), ("ترى", "f", "sg", "3", "verb"),
        ("يرون", "m", "pl", "3", "verb"),
    )),
    "وصف": ("describe", (  # وصفه ... بأنه "described it as", with its object pronoun
        ("وصف", "m", "sg", "3", "verb"), ("وصفت", "f", "sg", "3", "verb"),
        ("وصفوا", "m", "pl", "3", "verb"), ("يصف", "m", "sg", "3", "verb"),
        ("تصف", "f", "sg", "3", "verb"), ("وصفه", "m", "sg", "3", "verb"),
        ("وصفها", "m", "sg", "3", "verb"), ("وصفهم", "m", "sg", "3", "verb"),
        ("وصفته", "f", "sg", "3", "verb"), ("وصفتها", "f", "sg", "3", "verb"),
        ("واصفا", "m", "sg", "3", "participle"), ("واصفة", "f", "sg", "3", "participle"),
    )),
    # "according to": حسب شهود فإن "according to witnesses, ..." (speech opens with فإن only)
    "حسب": ("report", (
        ("حسب", "-", "sg", "3", "according"), ("بحسب", "-", "sg", "3", "according"),
        ("وفق", "-", "sg", "3", "according"), ("وفقا", "-", "sg", "3", "according"),
    )),
    "جاء": ("report", (  # only as وجاء في بيان ... أن "and a statement said"
        ("جاء", "m", "sg", "3", "verb"), ("يجيء", "m", "sg", "3", "verb"),
    )),
    "ادعى": ("claim", (
        ("ادعى", "m", "sg", "3", "verb"), ("ادعت", "f", "sg", "3", "verb"),
        ("ادعوا", "m", "pl", "3", "verb"), ("يدعي", "m", "sg", "3", "verb"),
        ("تدعي", "f", "sg", "3", "verb"), ("يدعون", "m", "pl", "3", "verb"),
        ("مدعيا", "m", "sg", "3", "participle"), ("مدعية", "f", "sg", "3", "participle"),
    )),
}


def regular_forms(past: str, pres: str, part: str) -> list[tuple[str, str, str, str, str]]:
    """Past, present and participle forms of a sound verb: (form, gender, number, person, pos)."""
    out = [
        (past, "m", "sg", "3", "verb"), (past + "ت", "f", "sg", "3", "verb"),
        (past + "ا", "m", "du", "3", "verb"), (past + "تا", "f", "du", "3", "verb"),
        (past + "وا", "m", "pl", "3", "verb"), (past + "ن", "f", "pl", "3", "verb"),
        (past + "نا", "-", "pl", "1", "verb"),
        ("ي" + pres, "m", "sg", "3", "verb"), ("ت" + pres, "f", "sg", "3", "verb"),
        ("ي" + pres + "ان", "m", "du", "3", "verb"), ("ت" + pres + "ان", "f", "du", "3", "verb"),
        ("ي" + pres + "ون", "m", "pl", "3", "verb"), ("ي" + pres + "ن", "f", "pl", "3", "verb"),
        ("أ" + pres, "-", "sg", "1", "verb"), ("ن" + pres, "-", "pl", "1", "verb"),
    ]
    if part:
        out += [
            (part + "ا", "m", "sg", "3", "participle"), (part + "ة", "f", "sg", "3", "participle"),
            (part + "ين", "m", "pl", "3", "participle"), (part + "ات", "f", "pl", "3", "participle"),
            (part + "تين", "f", "du", "3", "participle"),
        ]
    return out


HEADER = """# Verbs that introduce reported or direct speech, in every form news uses:
# past and present, 3rd person (1st person for quoted first-person speech), singular,
# dual and plural, masculine and feminine, the jussive after لم (يقل، يشر، ينف), and
# the active participle in the accusative (مؤكدا، موضحة: "stressing", "explaining"),
# and "according to" (حسب، بحسب، وفق: pos according, speech opens only with فإن).
# Forms are unvowelled and match on rasd.arabic.fold_key, with an optional و/ف prefix.
# kind: the speech act (say, confirm, deny, accuse, claim, warn, threaten, call,
# announce, report, admit, pledge, describe, write, expect); events reads it for claim status.
# strict: 1 when the verb has other common senses (تابع "followed", علق "hung"), so a
# complementiser or colon must follow within two words.
# Source: generated by scripts/build_cue_verbs.py from standard Arabic conjugation,
# verbs chosen from common Arabic news usage; written for rasd.
"""


def rows() -> list[str]:
    """All rows of the table, lemma by lemma, duplicates dropped."""
    seen: set[str] = set()
    out = ["form\tlemma\tkind\tpos\tgender\tnumber\tperson\tstrict"]
    specs = [(lem, kind, regular_forms(lem, pres, part), strict)
             for lem, kind, pres, part, strict in REGULAR if lem not in IRREGULAR]
    specs += [(lem, kind, list(forms), 0) for lem, (kind, forms) in IRREGULAR.items()]
    for lemma, kind, forms, strict in specs:
        for form, gender, number, person, pos in forms:
            if form in seen:
                continue
            seen.add(form)
            out.append(f"{form}\t{lemma}\t{kind}\t{pos}\t{gender}\t{number}\t{person}\t{strict}")
    return out


def main() -> None:
    OUT.write_text(HEADER + "\n".join(rows()) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows()) - 1} forms)")


if __name__ == "__main__":
    main()
