"""Build `rasd/lexicon/byline_places.tsv`: place names that open or close a news dateline.

    .venv/bin/python scripts/build_byline_places.py

A dateline (`اسطنبول - رويترز`, `الرياض: فلان`, `أحمد (صنعاء)`) names where the story
was filed; rasd drops that place to keep the byline's names. Sources: CLDR's Arabic
territory names and time-zone exemplar cities (through babel, Unicode licence), plus
the Arab cities and governorates that CLDR lacks, written for rasd, and the states' capitals
from rasd's committed knowledge base.
"""
from __future__ import annotations

from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "rasd" / "lexicon" / "byline_places.tsv"

# Frequent dateline cities of Arabic news missing from CLDR's exemplar cities.
ARAB_CITIES = """
الرياض جدة مكة الدمام الخبر الطائف أبها تبوك جازان نجران حائل بريدة القطيف
دبي أبوظبي الشارقة عجمان الفجيرة العين الدوحة المنامة الكويت مسقط صلالة
صنعاء عدن تعز الحديدة مأرب المكلا حضرموت لحج أبين إب صعدة البيضاء شبوة
القاهرة الإسكندرية الجيزة بورسعيد السويس الإسماعيلية أسوان الأقصر العريش المنصورة طنطا
عمّان عمان الزرقاء إربد العقبة بيروت طرابلس صيدا بعلبك جونية
دمشق حلب حمص حماة اللاذقية طرطوس إدلب الرقة الحسكة القامشلي درعا السويداء
بغداد البصرة الموصل أربيل كركوك النجف كربلاء السليمانية الفلوجة الرمادي تكريت دهوك
القدس غزة الخليل نابلس جنين أريحا حيفا يافا
الخرطوم بورتسودان الفاشر نيالا جوبا
طرابلس بنغازي مصراتة سرت سبها درنة
تونس صفاقس سوسة قابس القيروان بنزرت
الجزائر وهران قسنطينة عنابة البليدة سطيف
الرباط مراكش فاس طنجة أكادير مكناس وجدة العيون
نواكشوط مقديشو جيبوتي موروني
أنقرة اسطنبول إسطنبول إزمير
طهران مشهد أصفهان تبريز شيراز
موسكو كييف واشنطن نيويورك لندن باريس برلين روما مدريد بروكسل جنيف فيينا
بكين طوكيو سيول نيودلهي كابول كراتشي
عواصم العواصم
جيزان القصيم عنيزة الأحساء الظهران الجبيل ينبع عرعر سكاكا الباحة الخرج القريات
الناصرة أسيوط سوهاج المنيا الفيوم دمياط الزقازيق
الحسيمة أغادير تطوان تمنراست بجاية الشلف تلمسان ورقلة غرداية باتنة
""".split()  # not قنا (Qena, also QNA) nor بشار (Béchar, also a given name); عواصم (capitals): the dateline of a story filed from several places
MULTI = ["المدينة المنورة", "رأس الخيمة", "أبو ظبي", "دير الزور", "رام الله", "بيت لحم",
         "تل أبيب", "أم درمان", "الدار البيضاء", "ديار بكر", "غازي عنتاب", "بيونغ يانغ",
         "إسلام آباد", "الأمم المتحدة", "نيويورك", "مكة المكرمة", "حفر الباطن", "خميس مشيط",
         "القدس المحتلة", "القدس الشرقية", "الضفة الغربية", "قطاع غزة", "شرم الشيخ"]


def capitals() -> list[str]:
    """Arabic names of the states' capitals in rasd's committed KB (built from the gazetteers)."""
    from rasd.kb import load_kb

    kb = load_kb()
    return sorted({n for e in kb.entries.values() if e.subtype == "capital" for n in e.names_ar if " " not in n})


def main() -> None:
    ar = Locale("ar")
    names: dict[str, str] = {}
    for name in ARAB_CITIES + MULTI:
        names.setdefault(name, "city")
    for zone in ar.time_zones.values():
        if zone.get("city"):
            names.setdefault(zone["city"], "city")
    for code, name in ar.territories.items():
        if code.isalpha():  # letters = countries; digits = continents/regions
            names.setdefault(name, "country")
    for name in capitals():  # بريشتينا، كاراكاس: capitals CLDR's time-zone cities lack
        names.setdefault(name, "city")
    lines = [
        "# Places that open or close a news dateline (اسطنبول - رويترز: Istanbul - Reuters).",
        "# Source: CLDR Arabic territory names and exemplar cities (via babel, Unicode licence)",
        "# plus Arab cities written for rasd and the capitals of rasd's KB. Built by scripts/build_byline_places.py.",
        "word\tkind",
    ]
    lines += [f"{n}\t{k}" for n, k in sorted(names.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} places → {OUT}")


if __name__ == "__main__":
    main()
