"""Near-duplicates of edited wire copies, stories over days, the claims ledger."""
from __future__ import annotations

import pytest

from rasd.dedup import fingerprint, similarity
from rasd.store import open_store

# A wire story (Russia says it took a village in Donetsk after days of fighting) …
WIRE = ("قالت وزارة الدفاع الروسية إن قواتها سيطرت على بلدة جديدة في منطقة دونيتسك شرقي أوكرانيا "
        "بعد معارك عنيفة استمرت أياما مع القوات الأوكرانية التي انسحبت من مواقعها تحت القصف المدفعي المكثف، "
        "فيما لم يصدر تعليق فوري من الجانب الأوكراني على هذه التصريحات.")
# … the same story as another outlet ran it: dateline added, words changed and dropped.
EDITED = ("موسكو - وقالت وزارة الدفاع الروسية، الأحد، إن قواتها سيطرت على بلدة جديدة في منطقة دونيتسك شرق "
          "أوكرانيا بعد معارك عنيفة استمرت عدة أيام مع القوات الأوكرانية التي انسحبت من مواقعها تحت القصف "
          "المدفعي، فيما لم يصدر أي تعليق فوري من الجانب الأوكراني.")
# A different story (Qatar announces a new round of talks in Doha).
OTHER = ("أعلنت وزارة الخارجية القطرية أن جولة جديدة من المفاوضات غير المباشرة ستعقد في الدوحة الأسبوع المقبل "
         "بمشاركة وفود من مصر والولايات المتحدة، في محاولة للتوصل إلى اتفاق لتبادل الأسرى ووقف القتال.")

RU = {"text": "روسيا", "name_en": "Russia", "id": "Q159"}
UA = {"text": "أوكرانيا", "name_en": "Ukraine", "id": "Q212"}


def rec(doc_id: str, text: str, published: str, events=(), entities=None, url=None) -> dict:
    ents = entities if entities is not None else [
        {"text": "روسيا", "start": 0, "end": 5, "type": "GPE", "name_en": "Russia", "id": "Q159"},
        {"text": "أوكرانيا", "start": 0, "end": 8, "type": "GPE", "name_en": "Ukraine", "id": "Q212"},
        {"text": "خاركيف", "start": 0, "end": 6, "type": "GPE", "name_en": "Kharkiv", "id": "Q42807"},
    ]
    return {"id": doc_id, "title": None, "text": text, "published": published, "url": url, "entities": ents,
            "quotes": [], "quantities": [], "times": [], "events": list(events)}


def assault(status: str, killed: float | None, claimed_by: dict | None = None) -> dict:
    return {"type": "ASSAULT", "source": RU, "target": UA, "where": {"text": "خاركيف", "name_en": "Kharkiv",
            "id": "Q42807"}, "when": "2024-05-17", "status": status, "claimed_by": claimed_by,
            "quantity": {"text": "x", "start": 0, "end": 1, "value": killed, "unit": "killed", "approx": False}
            if killed is not None else None, "evidence": {"start": 0, "end": 10}}


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "t.db")
    yield s
    s.close()


def test_edited_copy_is_similar_and_other_story_is_not() -> None:
    assert similarity(fingerprint(WIRE), fingerprint(EDITED)) >= 0.5
    assert similarity(fingerprint(WIRE), fingerprint(OTHER)) < 0.2
    assert fingerprint("نص قصير جدا") is None  # too short to compare: never marked


def test_copy_marked_duplicate_of_canonical(store) -> None:
    store.add_records([rec("wire", WIRE, "2024-05-17"), rec("other", OTHER, "2024-05-17", entities=[])])
    store.add_records([rec("copy", EDITED, "2024-05-18")])
    assert store.get_document("copy")["duplicate_of"] == "wire"
    assert store.get_document("other")["duplicate_of"] is None
    assert store.get_document("copy")["story"] == store.get_document("wire")["story"]
    from rasd.store import SearchQuery
    assert "copy" not in [h.id for h in store.search(SearchQuery("دونيتسك"))]
    assert "copy" in [h.id for h in store.search(SearchQuery("دونيتسك", include_duplicates=True))]


def test_follow_up_days_later_joins_story_but_not_weeks_later(store) -> None:
    day1 = rec("d1", WIRE, "2024-05-17", events=[assault("asserted", 7)])
    day2 = rec("d2", OTHER + " " + "تجدد القصف على خاركيف.", "2024-05-19", events=[assault("asserted", None)])
    later = rec("d3", "تجدد القصف على خاركيف مرة أخرى بعد أسابيع من الهدوء النسبي في المدينة.", "2024-07-01",
                events=[assault("asserted", None)])
    store.add_records([day1])
    store.add_records([day2])
    store.add_records([later])
    s1, s2, s3 = (store.get_document(d)["story"] for d in ("d1", "d2", "d3"))
    assert s1 == s2 and s3 != s1


def test_ledger_keeps_conflicting_numbers_side_by_side(store) -> None:
    kyiv = {"text": "كييف", "name_en": "Ukraine", "id": "Q212"}
    moscow = {"text": "موسكو", "name_en": "Russia", "id": "Q159"}
    store.add_records([
        rec("a", WIRE, "2024-05-17", events=[assault("claimed", 7, claimed_by=kyiv)]),
        rec("b", OTHER, "2024-05-18", events=[assault("claimed", 12, claimed_by=kyiv)]),
        rec("c", "نفت موسكو استهداف مناطق سكنية في خاركيف وقالت إن ضرباتها طالت منشآت عسكرية فقط وفق بيانها.",
            "2024-05-18", events=[assault("denied", None, claimed_by=moscow)]),
    ])
    claims = store.claims(event_type="ASSAULT")
    assert len(claims) == 1
    c = claims[0]
    assert [s["doc_id"] for s in c["sources"]] == ["a", "b", "c"]
    assert c["numbers"] == [(7.0, "killed"), (12.0, "killed")]   # kept apart, not averaged
    assert c["statuses"] == ["claimed", "denied"] and c["contested"]


def test_events_far_apart_are_separate_claims(store) -> None:
    e1 = assault("asserted", 3)
    e2 = dict(assault("asserted", 3), when="2024-06-30")
    store.add_records([rec("a", WIRE, "2024-05-17", events=[e1]), rec("b", OTHER, "2024-06-30", events=[e2])])
    assert len(store.claims()) == 2


def test_undated_articles_are_stored_and_grouped(store) -> None:
    store.add_records([rec("u1", WIRE, None), rec("u2", OTHER, None)])
    assert store.get_document("u1")["story"] is not None


def test_events_without_actors_never_merge(store) -> None:
    e = dict(assault("asserted", None), source=None, target=None)
    store.add_records([rec("a", WIRE, "2024-05-17", events=[e]), rec("b", OTHER, "2024-05-17", events=[e])])
    assert len(store.claims()) == 2
