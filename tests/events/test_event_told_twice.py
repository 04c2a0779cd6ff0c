"""One incident told twice is one event: a lead placed only in a part of the country and the re-mention that names
the village (واستهدف الهجوم قرية ...)، a drone strike and the bombardment (القصف) its toll is given for."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle
from marsad.model import Article

DAY = datetime(2025, 6, 1, 10, tzinfo=UTC)
GROUP = {"text": "بوكو حرام", "canonical": "Boko Haram", "inter": 2}
RSF = {"text": "الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2}
ARMY = {"text": "الجيش", "canonical": "Military Forces of Sudan", "inter": 1}
NORTH_EAST = {"text": "شمال شرق تشاد", "name": "Chad", "country_code": "TD", "role": "region", "geo_precision": 3}
LIWA = {"text": "ليوا", "name": "Liwa", "country_code": "TD", "admin1": "Lac"}
TOWN = {"text": "بارا", "name": "Bara", "country_code": "SD", "admin1": "North Kordofan"}


def _coded(text: str, places: list[dict], actors: list[dict]) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def test_a_re_mention_that_names_the_village_places_the_lead():
    text = (
        "قتل 30 مدنيا على الأقل في هجوم شنته بوكو حرام في شمال شرق تشاد. "
        "واستهدف الهجوم قرية ليوا قرب الحدود، بحسب مسؤول محلي."
    )
    a = _coded(text, [NORTH_EAST, LIWA], [GROUP])
    assert [(a.mention(e.location).text, e.fatalities) for e in a.events] == [("ليوا", 30)]


def test_a_lead_in_one_country_is_not_placed_by_an_attack_in_another():
    chad_lead = "قتل 30 شخصا في هجوم شنته بوكو حرام في شمال شرق تشاد. "
    elsewhere = "واستهدف الهجوم قرية بارا."
    a = _coded(chad_lead + elsewhere, [NORTH_EAST, TOWN], [GROUP])
    assert sorted(a.mention(e.location).text for e in a.events) == ["بارا", "شمال شرق تشاد"]


def test_the_bombardment_that_killed_is_the_drone_strike_just_told():
    text = (
        "قصفت مسيرة تابعة لقوات الدعم السريع منزلا في مدينة بارا اليوم. "
        "وأدى القصف إلى مقتل ستة مدنيين بينهم أطفال."
    )
    events = _coded(text, [TOWN], [RSF]).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 6)]


def test_artillery_named_beside_a_drone_strike_stays_shelling():
    text = (
        "قصفت مسيرة تابعة لقوات الدعم السريع منزلا في مدينة بارا اليوم. "
        "كما قصفت قوات الدعم السريع المدينة بقذائف المدفعية."
    )
    events = _coded(text, [TOWN], [RSF]).events
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Shelling/artillery/missile attack"]
