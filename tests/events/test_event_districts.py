"""Strikes placed district by district (Yemen's مديريات): a district is located more precisely than the province a
lead sums the strikes over, and the lead's toll is kept when it cannot be given to one district."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 4, 20, 9, tzinfo=UTC)


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def records(text: str) -> list[dict]:
    return list(event_records(_pipeline()(make_article(text, published=DAY))))


def test_a_district_strike_takes_the_place_of_the_province_lead():
    recs = records(
        "واصلت الطائرات الأمريكية اليوم غاراتها على محافظة صعدة، معقل جماعة الحوثي. "
        "وشنت الطائرات الأمريكية غارتين على منطقة الجرف بمديرية كتاف في محافظة صعدة."
    )
    assert [(r["location"], r["admin2"]) for r in recs] == [("Kitaf wa Al Boqe'e", "Kitaf wa Al Boqe'e")]


def test_a_lead_toll_over_several_districts_is_kept():
    recs = records(
        "قتل شخصان اليوم في غارات أمريكية استهدفت عدة مديريات في محافظة صنعاء. "
        "وشنت الطائرات الأمريكية أربع غارات على مديرية سنحان وثلاث غارات على مديرية بني حشيش."
    )
    assert sum(r["fatalities"] or 0 for r in recs) == 2
    assert {"Sanhan", "Bani Hushaysh"} <= {r["location"] for r in recs}


def test_the_province_of_a_span_shares_no_toll_with_its_town():
    # the ambush lay between a known town and a village the gazetteer lacks, both in the province named after them:
    # the province locates the town, so the four dead are not halved between the town and the province
    recs = records("قتل أربعة سائقين في كمين نصبه مسلحون لقافلة بين كولونديبا وكاديانا بولاية سيكاسو جنوب مالي.")
    assert [(r["location"], r["fatalities"]) for r in recs] == [("Kolondieba", 4)]


def test_a_later_sentence_refers_to_the_town_not_to_the_side_of_the_country_that_locates_it():
    # وسط تونس right after the town says where the town is; the next sentence's riot, with no place of its own, was
    # in that town
    recs = records(
        "شهدت مدينة القيروان وسط تونس مساء أمس مواجهات بين الشرطة وشبان غاضبين. "
        "وأقدم محتجون على رشق قوات الأمن بالحجارة وإشعال إطارات مطاطية لإغلاق الطرق."
    )
    assert recs and all(r["location"] == "Kairouan" for r in recs)
