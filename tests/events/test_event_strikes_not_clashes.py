"""An attack word (هجوم، هاجمت) told of a strike from afar is that strike: ACLED codes an armed clash only when both
sides fight, and a one-sided missile or drone attack is Explosions/Remote violence."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle
from marsad.model import Article

DAY = datetime(2025, 3, 10, 10, tzinfo=UTC)
RUSSIA = {"text": "القوات الروسية", "canonical": "Military Forces of Russia (2000-)", "inter": 1}
UKRAINE = {"text": "القوات الأوكرانية", "canonical": "Military Forces of Ukraine (2019-)", "inter": 1}
NIKOPOL = {"text": "نيكوبول", "name": "Nikopol", "country_code": "UA"}
SUMY = {"text": "سومي", "name": "Sumy", "country_code": "UA"}


def _coded(text: str, places: list[dict], actors: list[dict]) -> list[tuple[str, str, int | None]]:
    article: Article = code_with_oracle(text, places, actors, published=DAY)
    return sorted((article.mention(e.location).text, e.sub_event_type, e.fatalities) for e in article.events)


def test_an_attack_carried_out_with_drones_is_a_drone_strike():
    text = (
        "قتل خمسة أشخاص في بلدة نيكوبول جراء هجوم شنته القوات الروسية فجر اليوم بطائرات مسيرة، "
        "في وقت تتراجع فيه قواتها في ساحة القتال."
    )
    assert _coded(text, [NIKOPOL], [RUSSIA]) == [("نيكوبول", "Air/drone strike", 5)]


def test_an_attack_with_no_weapon_named_takes_the_kind_of_the_days_strikes():
    text = (
        "قتل شخصان اليوم في هجوم شنته القوات الروسية على بلدة نيكوبول. "
        "وقال مسؤولون إن القوات الروسية قصفت مدينة سومي بطائرات مسيرة."
    )
    assert [e[:2] for e in _coded(text, [NIKOPOL, SUMY], [RUSSIA])] == [
        ("سومي", "Air/drone strike"),
        ("نيكوبول", "Air/drone strike"),
    ]


def test_an_attack_that_was_repelled_stays_a_battle():
    text = (
        "تصدت القوات الأوكرانية اليوم لهجوم شنته القوات الروسية على بلدة نيكوبول. "
        "وقال مسؤولون إن القوات الروسية قصفت مدينة سومي بطائرات مسيرة."
    )
    assert ("نيكوبول", "Armed clash") in {e[:2] for e in _coded(text, [NIKOPOL, SUMY], [RUSSIA, UKRAINE])}


def test_kamikaze_drones_are_a_drone_strike_not_a_suicide_bombing():
    text = "قالت السلطات إن القوات الروسية هاجمت مدينة سومي اليوم بطائرات مسيرة انتحارية."
    assert [e[1] for e in _coded(text, [SUMY], [RUSSIA])] == ["Air/drone strike"]


def test_the_explosion_of_a_downed_missile_is_the_strike_not_a_planted_bomb():
    text = (
        "قتل ثلاثة أشخاص في مدينة سومي جراء غارة بطائرات مسيرة شنتها القوات الروسية اليوم. "
        "وقال مسؤولون إن القتلى سقطوا جراء انفجار صاروخ أسقطته الدفاعات الجوية الأوكرانية فوق مدينة سومي."
    )
    assert _coded(text, [SUMY], [RUSSIA, UKRAINE]) == [("سومي", "Air/drone strike", 3)]


def test_rpg_rounds_fired_in_an_assault_are_no_shelling():
    text = "هاجمت القوات الروسية اليوم مواقع القوات الأوكرانية في بلدة نيكوبول مستخدمة رشاشات وقذائف آر بي جي."
    assert [e[1] for e in _coded(text, [NIKOPOL], [RUSSIA, UKRAINE])] == ["Armed clash"]


ISRAEL = {"text": "الإسرائيلي", "canonical": "Military Forces of Israel (2022-)", "inter": 8}
EAST_OF_TOWN = {"text": "شرقي دير البلح", "name": "Deir al-Balah", "country_code": "PS", "role": "region",
                "latitude": 31.417, "longitude": 34.351, "admin1": "Gaza Strip"}
VILLAGE = {"text": "المصدر", "name": "Al Musaddar", "country_code": "PS", "latitude": 31.405,
           "longitude": 34.381, "admin1": "Gaza Strip"}
FAR_CITY = {"text": "مدينة غزة", "name": "Gaza", "country_code": "PS", "latitude": 31.502,
            "longitude": 34.466, "admin1": "Gaza Strip"}


def test_a_headlines_bare_bombardment_is_the_drone_strike_the_body_tells_nearby():
    # قصف in a headline names any bombardment; the body's drone strike of the day before, a few km away, is the one
    text = (
        "قصف للجيش الإسرائيلي شرقي دير البلح\n\n"
        "استشهد مزارعان أمس الثلاثاء إثر غارة شنتها طائرة مسيرة للجيش الإسرائيلي على أرض زراعية في قرية المصدر."
    )
    article = code_with_oracle(text, [EAST_OF_TOWN, VILLAGE], [ISRAEL], published=datetime(2025, 12, 3, 9, tzinfo=UTC))
    assert [(article.mention(e.location).text, e.sub_event_type, e.fatalities, str(e.date)) for e in article.events] == [
        ("المصدر", "Air/drone strike", 2, "2025-12-02")]


def test_a_headlines_bombardment_far_from_the_bodys_strike_stays_its_own_event():
    text = (
        "قصف للجيش الإسرائيلي شرقي دير البلح\n\n"
        "واستشهد مواطنان اليوم في غارة شنتها طائرة مسيرة للجيش الإسرائيلي على حي في مدينة غزة."
    )
    article = code_with_oracle(text, [EAST_OF_TOWN, FAR_CITY], [ISRAEL], published=datetime(2025, 12, 3, 9, tzinfo=UTC))
    assert sorted((article.mention(e.location).text, e.sub_event_type) for e in article.events) == [
        ("شرقي دير البلح", "Shelling/artillery/missile attack"), ("مدينة غزة", "Air/drone strike")]


SARAYA = {"text": "سرايا القدس", "canonical": "Al Quds Brigades", "inter": 2}
QUARTER = {"text": "حي الشجاعية", "name": "Ash Shuja'iyeh", "country_code": "PS", "admin1": "Gaza Strip"}


def _fight(text: str) -> list[tuple[str, int | None]]:
    article = code_with_oracle(text, [QUARTER], [SARAYA, ISRAEL], published=DAY)
    return [(e.sub_event_type, e.fatalities or 0) for e in article.events]


def test_an_anti_armour_round_fired_at_a_tank_is_a_fight_not_shelling():
    # the tandem and Yassin rounds are shoulder-fired at close range: fighters engaging troops, not artillery
    text = "أعلنت سرايا القدس أن مقاتليها استهدفوا اليوم دبابة للجيش الإسرائيلي بقذيفة تاندوم في حي الشجاعية."
    assert _fight(text) == [("Armed clash", 0)]
    text = "وقالت سرايا القدس إنها استهدفت آلية للجيش الإسرائيلي بقذيفة الياسين 105 قرب مستشفى في حي الشجاعية."
    assert _fight(text) == [("Armed clash", 0)]  # a hospital nearby makes no attack on civilians of it


def test_a_bomb_used_in_the_same_fight_is_part_of_the_clash():
    text = (
        "أعلنت سرايا القدس أن مقاتليها استهدفوا اليوم دبابتين للجيش الإسرائيلي بقذيفتي تاندوم وعبوة ناسفة "
        "في حي الشجاعية."
    )
    assert _fight(text) == [("Armed clash", 0)]


def test_an_attack_with_a_drone_and_the_shells_it_dropped_are_one_drone_strike():
    # هاجمت الميليشيا، بطيران مسيّر، مسجدا ... استهدفت بقذيفتين بوابة المسجد: the attack verb takes the drone's kind
    # and the two shells are its munitions, not shelling; its toll is the one the second telling counts
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = ("هاجمت ميليشيا الحوثي، بطيران مسيّر، اليوم مسجدا في مديرية التحيتا بمحافظة الحديدة، ما أسفر عن سقوط ضحايا. "
            "وأوضحت مصادر محلية بأن الميليشيا استهدفت بقذيفتين بوابة المسجد، ما أدى لمقتل مواطن وجرح طفل.")
    records = list(event_records(default_pipeline()(make_article(text, "t", published=DAY))))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Air/drone strike", 1)]


def test_an_explosion_told_where_the_days_drone_strike_hit_is_that_strike():
    text = ("استهدفت طائرة مسيرة للقوات الروسية سيارة في نيكوبول صباح اليوم. "
            "وأكدت مصادر محلية وقوع انفجار طال سيارة في نيكوبول دون أن تكشف عن تفاصيل.")
    assert _coded(text, [NIKOPOL], [RUSSIA]) == [("نيكوبول", "Air/drone strike", None)]


def test_the_explosion_referred_back_to_is_the_strike_wherever_its_sentence_stands():
    # the activists' town is not where the blast was: the definite الانفجار is the strike told before
    text = ("استهدفت طائرة مسيرة للقوات الروسية سيارة في نيكوبول صباح اليوم. "
            "وتداول ناشطون في سومي مشاهد بعد الانفجار الذي نتج عن استهداف السيارة.")
    assert _coded(text, [NIKOPOL, SUMY], [RUSSIA]) == [("نيكوبول", "Air/drone strike", None)]


def test_a_planted_bomb_on_the_day_of_a_strike_stays_a_bomb():
    text = ("قصفت طائرة مسيرة للقوات الروسية مواقع في نيكوبول صباح اليوم. "
            "وانفجرت عبوة ناسفة بسيارة في نيكوبول مساء.")
    assert [k for _, k, _ in _coded(text, [NIKOPOL], [RUSSIA])] == ["Air/drone strike", "Remote explosive/landmine/IED"]


def test_a_missile_a_drone_fired_is_a_drone_strike():
    text = "قتل مسلحان بصاروخ استهدف سيارتهما، صباح اليوم، أطلقته طائرة مسيرة للقوات الروسية في نيكوبول."
    assert _coded(text, [NIKOPOL], [RUSSIA]) == [("نيكوبول", "Air/drone strike", 2)]
