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
