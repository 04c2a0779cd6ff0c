"""Goods seized by attackers (استولوا على أسلحة، غنموا رشاشات): part of the attack ACLED codes, never a change of
territory; looting only when the report tells no attack."""

from datetime import UTC, datetime

import pytest

from marsad.events.gold import code_with_oracle
from marsad.model import Article

DAY = datetime(2025, 6, 1, 10, tzinfo=UTC)
ARMY = {"text": "الجيش", "canonical": "Military Forces of Chad", "inter": 1}
GUNMEN = {"text": "المسلحون", "canonical": "Unidentified Armed Group (Chad)", "inter": 3}
GROUP = {"text": "بوكو حرام", "canonical": "Boko Haram", "inter": 2}
TOWN = {"text": "بول", "name": "Bol", "country_code": "TD"}
VILLAGE = {"text": "ليوا", "name": "Liwa", "country_code": "TD"}


def _coded(text: str, places: list[dict], actors: list[dict]) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def _types(a: Article) -> list[str]:
    return [e.sub_event_type for e in a.events]


@pytest.mark.parametrize(
    "seizure",
    [
        "واستولى المسلحون على أسلحة وذخائر قبل أن ينسحبوا.",
        "وأفاد المصدر بأن المسلحون استولوا على 12 دراجة نارية.",
        "وقام المسلحون بالاستيلاء على مركبات عسكرية ومعدات.",
        "وقال المسلحون إنهم غنموا رشاشا وبعض الأغراض العسكرية.",
        "وتمكن المسلحون من السيطرة على صهاريج الوقود التي كان الجيش يرافقها.",
    ],
)
def test_goods_seized_in_an_attack_are_part_of_it(seizure):
    text = f"قتل سبعة جنود في هجوم شنه مسلحون من بوكو حرام على موقع للجيش في بلدة بول اليوم. {seizure}"
    a = _coded(text, [TOWN], [ARMY, GUNMEN, GROUP])
    assert _types(a) == ["Armed clash"]
    assert a.events[0].fatalities == 7


def test_a_seizure_is_no_territory_change_even_where_it_names_the_place():
    text = (
        "هاجمت بوكو حرام ثكنة للجيش في بلدة بول فجر اليوم وقتلت خمسة جنود. "
        "واستولت الجماعة على آليات وأسلحة في ليوا قبل انسحابها."
    )
    a = _coded(text, [TOWN, VILLAGE], [ARMY, GROUP])
    assert not {"Non-state actor overtakes territory", "Government regains territory"} & set(_types(a))


def test_goods_seized_with_no_attack_reported_are_looting():
    text = "استولى المسلحون على شاحنات محملة بالمؤن في بلدة بول اليوم."
    a = _coded(text, [TOWN], [GUNMEN])
    assert _types(a) == ["Looting/property destruction"]


def test_taking_a_town_is_still_a_territory_change():
    text = "استولى المسلحون على بلدة بول بعد معارك مع الجيش اليوم."
    a = _coded(text, [TOWN], [ARMY, GUNMEN])
    assert _types(a) == ["Non-state actor overtakes territory"]


def test_seizing_an_opportunity_is_no_event():
    text = "واغتنم المسلحون الفرصة للتنقل بين القرى قرب بلدة بول."
    a = _coded(text, [TOWN], [GUNMEN])
    assert a.events == ()


def test_a_killing_told_beside_the_seizure_is_still_the_attack():
    text = "وأعلنت بوكو حرام مقتل ثلاثة جنود من الجيش واغتنام أسلحة وذخائر في بلدة بول."
    a = _coded(text, [TOWN], [ARMY, GROUP])
    assert [(e.event_type, e.fatalities) for e in a.events] == [("Battles", 3)]


def test_freeing_captives_is_no_takeover():
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = "هاجم مسلحون قرية الثعلة في ريف السويداء، الأحد، لتحرير عشرة محتجزين لدى عشيرة مجاورة."
    recs = list(event_records(default_pipeline()(make_article(text, published=datetime(2025, 7, 14, 9, tzinfo=UTC)))))
    assert recs and all("territory" not in r["sub_event_type"] for r in recs)


def test_the_base_the_attackers_burnt_and_looted_is_part_of_their_attack():
    text = ("قتل 12 جنديا في هجوم شنه المسلحون على قاعدة للجيش في بلدة بول.\n"
            "وأحرق المسلحون القاعدة ونهبوها قبل انسحابهم من بلدة بول.")
    a = _coded(text, [TOWN], [GUNMEN, ARMY])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Armed clash", 12)]


IDF = {"text": "قوات الاحتلال", "canonical": "Military Forces of Israel (2022-)", "inter": 8}
TUBAS = {"text": "طوباس", "name": "Tubas", "country_code": "PS"}


def test_land_or_camera_footage_confiscated_is_no_disrupted_weapons_use():
    # a seizing verb needs a weapon after it: land, money or recordings taken put no weapon out of use
    text = "صادرت قوات الاحتلال مزيدا من الأراضي في طوباس، كما صادرت تسجيلات كاميرات المراقبة من المحال."
    assert _types(_coded(text, [TUBAS], [IDF])) == []
    text = "وصادرت قوات الاحتلال أسلحة وذخائر خلال مداهمة منزل في طوباس."
    assert _types(_coded(text, [TUBAS], [IDF])) == ["Disrupted weapons use"]


def test_weapons_listed_among_the_booty_are_taken_not_fired():
    # mortars and a drone named in the list of what the attackers carried off are no shelling and no drone strike
    text = ("هاجم مسلحون من بوكو حرام موقعا للجيش في بلدة بول اليوم وقتلوا خمسة جنود، واغتنموا أسلحة بينها رشاشات "
            "ومدافع هاون، بالإضافة إلى طائرة مسيرة.")
    assert _types(_coded(text, [TOWN], [ARMY, GUNMEN, GROUP])) == ["Armed clash"]
    # a strike told after the booty is a strike of its own
    text = "غنم مسلحون من بوكو حرام أسلحة وذخائر من موقع للجيش، ثم قصفوا بلدة بول بقذائف الهاون اليوم."
    assert "Shelling/artillery/missile attack" in _types(_coded(text, [TOWN], [ARMY, GUNMEN, GROUP]))


def test_weapons_joined_to_a_list_of_goods_are_things_not_a_strike():
    # a cache of rifles, mortar rounds and rockets is no shelling, whoever found it
    text = "عثر الجيش في بلدة بول اليوم على مخبأ يضم بنادق آلية وقذائف هاون وصواريخ محلية الصنع."
    assert "Shelling/artillery/missile attack" not in _types(_coded(text, [TOWN], [ARMY, GUNMEN, GROUP]))
    # shells and rockets that fell are a strike: the list opens with a strike word
    text = "سقطت قذائف وصواريخ على بلدة بول اليوم."
    assert _types(_coded(text, [TOWN], [ARMY, GUNMEN, GROUP])) == ["Shelling/artillery/missile attack"]
    # so is a list opened by aircraft, even when no strike word of its own stands before the drones
    text = "حلقت طائرات حربية ومسيرة فوق بلدة بول اليوم وقتل خمسة مسلحين."
    assert _types(_coded(text, [TOWN], [ARMY, GUNMEN, GROUP])) == ["Air/drone strike"]


POLICE = {"text": "الشرطة", "canonical": "Police Forces of Chad", "inter": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a depot, a hideout or a car holding the weapons stands between the seizing verb and them
        ("ضبطت عناصر الشرطة في مدينة بول مستودعا يحتوي على أسلحة خفيفة.", ["Disrupted weapons use"]),
        ("وضبطت الشرطة في بول سيارة محملة بكميات كبيرة من الذخائر.", ["Disrupted weapons use"]),
        # a depot of food is no weapon taken out of use
        ("ضبطت عناصر الشرطة في مدينة بول مستودعا يحتوي على مواد غذائية.", []),
    ],
)
def test_a_seized_container_of_weapons_is_a_seizure_of_weapons(text, expected):
    assert _types(_coded(text, [TOWN], [POLICE])) == expected
