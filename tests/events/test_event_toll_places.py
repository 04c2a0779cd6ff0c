"""A toll told with the place where it fell: one figure over a strike on several places goes to the place the text
names right after it, and is divided evenly only when the text does not say where."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2024, 3, 10, 9, tzinfo=UTC)


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def tolls(text: str) -> dict[str, int | None]:
    return {r["location"]: r["fatalities"] for r in event_records(_pipeline()(make_article(text, published=DAY)))}


def test_a_toll_followed_by_its_place_is_that_places_alone():
    assert tolls("استهدفت غارات إسرائيلية مدينتي رفح وخان يونس، ما أدى إلى استشهاد ثلاثة فلسطينيين في خان يونس.") \
        == {"Rafah": 0, "Khan Yunis": 3}
    assert tolls("قصفت قوات النظام بالمدفعية بلدتي كفرنبل ومعرة النعمان، ما أدى إلى مقتل مدنيين اثنين في كفرنبل.") \
        == {"Kafr Nobol": 2, "Al Ma'ra": 0}


def test_a_toll_whose_place_is_the_strikes_own_list_is_divided():
    # the places follow the strike, not the figure: the text does not say where each died
    assert tolls("استشهد خمسة فلسطينيين في غارات إسرائيلية على رفح وخان يونس.") == {"Rafah": 3, "Khan Yunis": 2}
