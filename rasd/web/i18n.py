"""Interface labels in Arabic (default) and English."""
from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "ar": {"app": "رصد", "search": "بحث", "events": "الأحداث", "network": "شبكة الفاعلين", "claims": "سجل الادعاءات",
           "alerts": "التنبيهات", "query": "كلمات البحث", "from": "من", "to": "إلى", "source": "المصدر",
           "section": "القسم", "entity": "الكيان", "event_type": "نوع الحدث", "status": "حالة الادعاء",
           "go": "ابحث", "results": "النتائج", "no_results": "لا نتائج", "author": "الكاتب", "published": "تاريخ النشر",
           "quotes": "الاقتباسات", "speaker": "المتحدث", "mentions": "الإشارات", "offices": "المناصب",
           "counterparts": "أبرز الأطراف المقابلة", "timeline": "الخط الزمني", "map": "الخريطة",
           "story": "تقارير من القصة نفسها", "copies": "نسخ مكررة", "duplicate_of": "نسخة من", "filter": "تصفية",
           "type": "النوع", "actor": "الفاعل", "target": "المستهدف", "where": "المكان", "when": "التاريخ",
           "numbers": "الأرقام", "any": "الكل", "lang": "English", "lang_code": "en", "not_found": "غير موجود",
           "co_mentioned": "يذكر مع", "evidence": "الدليل", "rule": "القاعدة", "other_lang_name": "English"},
    "en": {"app": "rasd", "search": "Search", "events": "Events", "network": "Actor network", "claims": "Claims ledger",
           "alerts": "Alerts", "query": "Search words", "from": "From", "to": "To", "source": "Source",
           "section": "Section", "entity": "Entity", "event_type": "Event type", "status": "Claim status",
           "go": "Search", "results": "Results", "no_results": "No results", "author": "Author",
           "published": "Published", "quotes": "Quotes", "speaker": "Speaker", "mentions": "Mentions",
           "offices": "Offices held", "counterparts": "Most frequent counterparts", "timeline": "Timeline",
           "map": "Map", "story": "Same story", "copies": "Near-duplicate copies", "duplicate_of": "Copy of",
           "filter": "Filter", "type": "Type", "actor": "Actor", "target": "Target", "where": "Where", "when": "When",
           "numbers": "Numbers", "any": "Any", "lang": "العربية", "lang_code": "ar", "not_found": "Not found",
           "co_mentioned": "Mentioned with", "evidence": "Evidence", "rule": "Rule", "other_lang_name": "العربية"},
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["ar"])
