"""A small store for the web tests: records written for the project, one with hostile markup."""
from __future__ import annotations

from pathlib import Path

from rasd.store import open_store

XSS_TITLE = '<script>window.__pwned=1</script>عنوان <img src=x onerror="window.__pwned=2">'
XSS_BODY = ('نص الخبر <script>window.__pwned=3</script> و<a href="javascript:alert(1)" onclick="window.__pwned=4">رابط</a>'
            ' <svg onload="window.__pwned=5"></svg> انتهى.')

RU = {"text": "روسيا", "name_en": "Russia", "id": "Q159"}
UA = {"text": "أوكرانيا", "name_en": "Ukraine", "id": "Q212"}
KHARKIV = {"text": "خاركيف", "name_en": "Kharkiv", "id": "Q42807"}


def _ents(text: str, names: list[tuple[str, str, str, str]]) -> list[dict]:
    out = []
    for surface, typ, name_en, eid in names:
        i = text.find(surface)
        if i >= 0:
            out.append({"text": surface, "start": i, "end": i + len(surface), "type": typ, "name_en": name_en, "id": eid})
    return out


def records() -> list[dict]:
    t1 = ("قصفت روسيا مدينة خاركيف في أوكرانيا بعشرات المسيرات، ما أسفر عن مقتل 7 أشخاص. "
          "وقال الرئيس الأوكراني فولوديمير زيلينسكي إن \"الدفاعات الجوية تصدت لمعظمها\".")
    q_start = t1.index("الدفاعات")
    q_end = t1.index("لمعظمها") + len("لمعظمها")
    qty_start = t1.index("7 أشخاص")
    r1 = {"id": "web-1", "title": "قصف روسي على خاركيف", "author": "وكالات", "section": "دولي",
          "published": "2024-05-17", "url": "https://news.example/1", "text": t1,
          "entities": _ents(t1, [("روسيا", "GPE", "Russia", "Q159"), ("خاركيف", "GPE", "Kharkiv", "Q42807"),
                                 ("أوكرانيا", "GPE", "Ukraine", "Q212"),
                                 ("فولوديمير زيلينسكي", "PER", "Volodymyr Zelenskyy", "Q3874799")]),
          "quotes": [{"text": t1[q_start:q_end], "start": q_start, "end": q_end, "direct": True, "cue": "وقال",
                      "speaker": {"text": "فولوديمير زيلينسكي", "name_en": "Volodymyr Zelenskyy", "id": "Q3874799"}}],
          "quantities": [{"text": "7 أشخاص", "start": qty_start, "end": qty_start + 7, "value": 7, "unit": "killed",
                          "approx": False}],
          "times": [],
          "events": [{"type": "ASSAULT", "mode": "aerial", "source": RU, "target": UA, "where": KHARKIV,
                      "when": "2024-05-17", "status": "asserted", "quantity": None, "claimed_by": None,
                      "evidence": {"start": 0, "end": qty_start + 7}}]}
    t2 = "نفت روسيا استهداف مناطق سكنية في خاركيف، وقالت إن ضرباتها طالت منشآت عسكرية فقط، بحسب بيان لوزارة الدفاع."
    r2 = {"id": "web-2", "title": "موسكو تنفي استهداف المدنيين", "author": None, "section": "دولي",
          "published": "2024-05-18", "url": "https://news.example/2", "text": t2,
          "entities": _ents(t2, [("روسيا", "GPE", "Russia", "Q159"), ("خاركيف", "GPE", "Kharkiv", "Q42807")]),
          "quotes": [], "quantities": [], "times": [],
          "events": [{"type": "ASSAULT", "source": RU, "target": UA, "where": KHARKIV, "when": "2024-05-17",
                      "status": "denied", "claimed_by": RU, "evidence": {"start": 0, "end": 20}}]}
    r3 = {"id": "web-xss", "title": XSS_TITLE, "author": "<b>x</b>", "section": None, "published": "2024-05-19",
          "url": None, "text": XSS_BODY, "entities": _ents(XSS_BODY, [("رابط", "ORG", "<i>Evil</i>", "rasd:evil\"><script>")]),
          "quotes": [], "quantities": [], "times": [], "events": []}
    return [r1, r2, r3]


def make_store(path: Path) -> Path:
    store = open_store(path)
    store.add_records(records())
    store.close()
    return path
