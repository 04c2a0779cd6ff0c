"""Targeted killings by strikes: the body a titled victim serves is the side hit, the assassination a strike carries
out is that strike, an officer's title names no event, and the striking side's own account is the strike again."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2024, 10, 3, 12, tzinfo=UTC)
ISRAEL = "Military Forces of Israel (2022-)"


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _events(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["location"])
            for r in event_records(_pipeline()(make_article(text, "t", published=DAY)))]


def test_an_assassination_a_strike_carries_out_is_that_strike_and_hits_the_victims_body():
    # منفذة عملية اغتيال لـ"قيادي" في "حماس": one air strike on the movement, not an attack by the movement
    found = _events('شن الطيران الحربي الإسرائيلي غارة على شقة سكنية في مدينة صيدا جنوب لبنان، منفذا عملية اغتيال '
                    'لـ"قيادي بارز" في "حركة حماس".')
    assert found == [("Air/drone strike", ISRAEL, "Hamas Movement", "Sidon")]


def test_an_officers_title_names_his_unit_not_a_strike():
    # مسؤول المسيرات في الحزب: the head of the drone unit travelling is no drone strike
    assert _events("وصل مسؤول المسيرات في حزب الله إلى طهران أمس في زيارة رسمية.") == []


def test_the_striking_sides_own_account_of_its_strike_is_the_strike_told_again():
    # وقال الجيش الإسرائيلي إنه "نفذ ضربة في غزة" after its strike on a quarter of Gaza city: one strike
    text = ("شن الطيران الحربي الإسرائيلي غارة على حي الشجاعية في مدينة غزة اليوم. وقال الجيش الإسرائيلي إنه "
            '"نفذ ضربة محددة الهدف في غزة".')
    assert [(sub, a1) for sub, a1, _, _ in _events(text)] == [("Air/drone strike", ISRAEL)]
    # another side's strike told after it is its own event
    text = ("شن الطيران الحربي الإسرائيلي غارة على حي الشجاعية في مدينة غزة اليوم. وقالت كتائب القسام إنها "
            "قصفت بالصواريخ موقعا عسكريا إسرائيليا قرب مدينة غزة.")
    assert len(_events(text)) == 2
