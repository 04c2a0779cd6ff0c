"""One strike told across sentences is one event; two strikes told apart stay two."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle
from marsad.model import Article

DAY = datetime(2025, 5, 14, 9, tzinfo=UTC)
HOUTHIS = {"text": "الحوثيون", "canonical": "Military Forces of Yemen (2016-) Houthi", "inter": 2}
RSF = {"text": "قوات الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2}
MARIB_CITY = {"text": "مدينة مأرب", "name": "Marib", "admin1": "Marib"}
MARIB_GOV = {"text": "محافظة مأرب", "name": "Marib governorate", "role": "admin1", "feature": "admin1",
             "geo_precision": 3, "admin1": "Marib"}


def _coded(text: str, places: list[dict], actors: list[dict]) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def test_the_missile_placed_again_at_the_governorate_is_the_same_strike():
    text = (
        "قتل أربعة أشخاص اليوم بصاروخ باليستي أطلقه الحوثيون على مدينة مأرب.\n"
        "وقال مصدر عسكري إن الصاروخ سقط قرب موقع عسكري في محافظة مأرب."
    )
    a = _coded(text, [MARIB_CITY, MARIB_GOV], [HOUTHIS])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Shelling/artillery/missile attack", 4)]


def test_a_dated_attack_named_again_is_the_attack_reported():
    text = (
        "قتل عشرة مدنيين في هجوم شنته قوات الدعم السريع الخميس على قرية أم سيالة في ولاية شمال كردفان.\n"
        "وطال هجوم الخميس منازل في ولاية شمال كردفان بحسب شهود."
    )
    places = [{"text": "أم سيالة", "name": "Um Sayala", "admin1": "North Kordofan"},
              {"text": "ولاية شمال كردفان", "name": "North Kordofan", "role": "admin1", "feature": "admin1",
               "geo_precision": 3, "admin1": "North Kordofan"}]
    a = _coded(text, places, [RSF])
    assert len(a.events) == 1 and a.events[0].fatalities == 10


def test_the_attack_whose_perpetrator_nobody_named_is_the_strike_reported():
    text = "قتل سبعة أشخاص في قصف بطائرات مسيرة على سوق بلدة أم سيالة اليوم.\nولم تحدد المصادر الجهة التي تقف وراء الهجوم."
    a = _coded(text, [{"text": "أم سيالة", "name": "Um Sayala"}], [])
    assert [e.sub_event_type for e in a.events] == ["Air/drone strike"]


def test_a_second_strike_on_another_town_stays_its_own_event():
    text = (
        "قتل أربعة أشخاص اليوم بصاروخ أطلقه الحوثيون على مدينة مأرب.\n"
        "وسقط صاروخ آخر على بلدة حريب جنوب المحافظة."
    )
    a = _coded(text, [MARIB_CITY, {"text": "حريب", "name": "Harib"}], [HOUTHIS])
    assert len(a.events) == 2
