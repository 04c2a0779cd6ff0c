from datetime import UTC, datetime

import pytest

from marsad.datelines import find_dateline


@pytest.mark.parametrize(
    ("text", "agency", "published", "surface"),
    [
        ("قصف على المدينة. أ ف ب 030912 GMT DEC 24", "AFP", datetime(2024, 12, 3, 9, 12, tzinfo=UTC),
         "أ ف ب 030912 GMT DEC 24"),
        ("خبر. ا ف ب 311745 GMT JAN 23", "AFP", datetime(2023, 1, 31, 17, 45, tzinfo=UTC), "ا ف ب 311745 GMT JAN 23"),
        ("بيروت (رويترز) - قال مسؤول أمني", "Reuters", None, "بيروت (رويترز) -"),
        ("دمشق-سانا\nاستشهد مدنيان", "SANA", None, "دمشق-سانا"),
        ("غزة/ الأناضول\nقتل فلسطينيون", "Anadolu Agency", None, "غزة/ الأناضول"),
        ("الدوحة في 12 يناير 2025 /قنا/ أكدت الوزارة", "QNA", datetime(2025, 1, 12, tzinfo=UTC),
         "الدوحة في 12 يناير 2025 /قنا/"),
        ("رام الله 5-3-2024 وفا- اعتقلت قوات الاحتلال", "WAFA", datetime(2024, 3, 5, tzinfo=UTC),
         "رام الله 5-3-2024 وفا-"),
        ("الخرطوم (أ ف ب) - اندلعت اشتباكات", "AFP", None, "الخرطوم (أ ف ب) -"),
    ],
)
def test_wire_datelines(text, agency, published, surface):
    d = find_dateline(text)
    assert d is not None
    assert d.agency == agency
    assert d.published == published
    assert text[d.span.start : d.span.end] == surface


def test_agency_named_in_the_body_is_not_a_dateline():
    assert find_dateline("وقال مسؤول لوكالة رويترز إن القصف استمر") is None
    assert find_dateline("قصفت الطائرات مواقع في ريف حلب") is None
