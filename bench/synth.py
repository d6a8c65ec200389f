"""Synthetic stored records for store, search and dashboard benchmarks.

Articles are assembled from sentence templates written for rasd, with actors,
places, numbers and dates varied by a seeded generator, so that 100,000
distinct articles with entities, quotes, quantities and events exist without
running the NLP pipeline 100,000 times. Offsets are computed as text is built.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

ACTORS = [("روسيا", "Russia", "Q159"), ("أوكرانيا", "Ukraine", "Q212"), ("إسرائيل", "Israel", "Q801"),
          ("إيران", "Iran", "Q794"), ("تركيا", "Turkey", "Q43"), ("السودان", "Sudan", "Q1049"),
          ("اليمن", "Yemen", "Q805"), ("الولايات المتحدة", "United States", "Q30"), ("مصر", "Egypt", "Q79"),
          ("قطر", "Qatar", "Q846"), ("حماس", "Hamas", "Q38799"), ("حزب الله", "Hezbollah", "Q41053"),
          ("الحوثيين", "Houthis", "Q1136056"), ("قوات الدعم السريع", "Rapid Support Forces", "Q7293530")]
PLACES = [("غزة", "Gaza", "Q39760"), ("خاركيف", "Kharkiv", "Q42807"), ("الفاشر", "El Fasher", "Q1009370"),
          ("مأرب", "Marib", "Q1247950"), ("حلب", "Aleppo", "Q41183"), ("رفح", "Rafah", "Q208185"),
          ("صنعاء", "Sanaa", "Q2471"), ("بيروت", "Beirut", "Q3820"), ("دونيتسك", "Donetsk", "Q4034")]
VERBS = [("قصفت", "ASSAULT"), ("هاجمت", "ASSAULT"), ("اتهمت", "ACCUSE"), ("هددت", "THREATEN"),
         ("التقت", "CONSULT"), ("دعمت", "SUPPORT"), ("فرضت عقوبات على", "SANCTION")]
SUBJECTS = ["مصادر محلية", "شهود عيان", "منظمات إغاثة", "مسؤولون أمميون", "ناشطون", "سكان المنطقة", "مراقبون",
            "أطباء في المستشفى", "مصادر عسكرية", "دبلوماسيون غربيون", "محللون سياسيون", "صحفيون ميدانيون"]
SAYS = ["أفاد", "ذكر", "أكد", "حذر", "أشار", "أوضح", "رجح", "نقل"]
CLAUSES = ["الوضع الإنساني يزداد سوءا مع نقص الغذاء والدواء", "القصف استمر حتى ساعات الفجر الأولى",
           "عشرات العائلات نزحت نحو القرى المجاورة", "المستشفيات تعاني من انقطاع الكهرباء والوقود",
           "الطرق الرئيسية أغلقت أمام حركة الشاحنات", "المفاوضات تعثرت بسبب الخلاف على الضمانات",
           "الأسعار ارتفعت بشكل غير مسبوق في الأسواق", "فرق الدفاع المدني تواصل البحث تحت الأنقاض",
           "المدارس تحولت إلى مراكز لإيواء النازحين", "الاتصالات انقطعت عن أحياء واسعة",
           "التعزيزات العسكرية وصلت إلى خطوط التماس", "الوسطاء يسعون إلى هدنة مؤقتة قبل العيد",
           "الجرحى نقلوا إلى مستشفيات ميدانية", "منظمات حقوقية طالبت بتحقيق مستقل",
           "الاشتباكات امتدت إلى الأطراف الشرقية", "المساعدات لم تصل منذ أسابيع"]
FILLERS = ["وأفادت مصادر محلية بأن الوضع الإنساني يزداد سوءا مع نقص الغذاء والدواء.",
           "ودعت منظمات دولية إلى حماية المدنيين وفتح ممرات آمنة لإدخال المساعدات.",
           "وتشهد المنطقة توترا متصاعدا منذ أشهر وسط جهود وساطة إقليمية لم تكلل بالنجاح.",
           "ولم يصدر تعليق فوري من الطرف الآخر على هذه الاتهامات حتى ساعة إعداد الخبر.",
           "وأشار محللون إلى أن التصعيد الأخير قد يعرقل المفاوضات الجارية بين الأطراف."]
SOURCES = ["وكالة أ", "صحيفة ب", "موقع ج", "قناة د"]


def vocabulary() -> list[str]:
    """Arabic words from rasd's own lexicons and KB names: thousands of distinct words."""
    import gzip
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "rasd"
    words: set[str] = set()
    for p in [*root.glob("lexicon/*.tsv"), *root.glob("kb/curated/*.tsv")]:
        words.update(re.findall(r"[\u0621-\u064a]{3,}", p.read_text(encoding="utf-8")))
    names = root / "kb" / "data" / "names.tsv.gz"
    if names.exists():
        words.update(re.findall(r"[\u0621-\u064a]{3,}", gzip.open(names, "rt", encoding="utf-8").read()))
    return sorted(words)


_VOCAB: list[str] = []


class Builder:
    """Text with the spans of what was put into it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[dict] = []

    def add(self, s: str, ent: tuple[str, str, str] | None = None, typ: str = "GPE") -> tuple[int, int]:
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        if ent:
            self.entities.append({"text": s, "start": start, "end": self.pos, "type": typ, "name_en": ent[1], "id": ent[2]})
        return start, self.pos

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _actor(a: tuple[str, str, str]) -> dict:
    return {"text": a[0], "name_en": a[1], "id": a[2]}


def record(i: int, rng: random.Random, day0: date = date(2023, 1, 1)) -> dict:
    """One synthetic article in the record contract's shape."""
    src, tgt = rng.sample(ACTORS, 2)
    place = rng.choice(PLACES)
    verb, etype = rng.choice(VERBS)
    killed = rng.randint(2, 300)
    b = Builder()
    s0 = b.pos
    b.add(src[0], src, "ORG" if src[2] in ("Q38799", "Q41053", "Q1136056", "Q7293530") else "GPE")
    b.add(f" {verb} ")
    b.add(tgt[0], tgt, "GPE")
    b.add(" في ")
    b.add(place[0], place, "GPE")
    b.add(f" يوم {i % 28 + 1}، ما أسفر عن مقتل ")
    qs, qe = b.add(f"{killed} شخصا")
    b.add(" بحسب حصيلة أولية.")
    evidence = (s0, b.pos)
    b.add(" وقال متحدث باسم ")
    b.add(tgt[0], tgt, "GPE")
    b.add(" إن ")
    quote_start = b.pos
    b.add(f"الهجوم رقم {i} لن يمر دون رد وإن كل الخيارات مطروحة")
    quote_end = b.pos
    b.add(". " + " ".join(rng.sample(FILLERS, 1)))
    for _ in range(4):
        b.add(f" و{rng.choice(SAYS)} {rng.choice(SUBJECTS)} أن {rng.choice(CLAUSES)}.")
    if not _VOCAB:
        _VOCAB.extend(vocabulary())
    # a background paragraph of words drawn from a large vocabulary: articles differ as real ones do
    b.add(" وفي سياق متصل " + " ".join(rng.choice(_VOCAB) for _ in range(60)) + ".")
    published = (day0 + timedelta(days=i * 1000 // 100_000 + rng.randint(0, 2))).isoformat()
    return {
        "id": f"syn-{i:06d}", "title": f"{src[0]} {verb} {tgt[0]} في {place[0]} ({i})", "author": None,
        "section": rng.choice(["سياسة", "دولي", "عسكري"]), "published": published,
        "url": f"https://synthetic.example/{i}", "text": b.text, "lang": "ar", "entities": b.entities,
        "quotes": [{"text": b.text[quote_start:quote_end], "start": quote_start, "end": quote_end, "direct": False,
                    "cue": "وقال", "speaker": _actor(tgt)}],
        "quantities": [{"text": b.text[qs:qe], "start": qs, "end": qe, "value": killed, "unit": "killed", "approx": False}],
        "times": [],
        "events": [{"type": etype, "source": _actor(src), "target": _actor(tgt), "where": _actor(place),
                    "when": published, "status": rng.choice(["asserted", "asserted", "claimed", "denied"]),
                    "quantity": None, "claimed_by": None, "evidence": {"start": evidence[0], "end": evidence[1]}}],
        "source": rng.choice(SOURCES),
    }


def records(n: int, seed: int = 7) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(n):
        yield record(i, rng)
