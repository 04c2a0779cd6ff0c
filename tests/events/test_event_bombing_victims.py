"""Who a bombing hits is its target, not its perpetrator: counted soldiers of a force, those "among" the dead, the
passengers of a bus that was hit; and the forces that cordon off the site afterwards are responders, not attackers."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle

DAY = datetime(2025, 4, 2, 9, tzinfo=UTC)
ARMY = {"text": "الجيش الصومالي", "canonical": "Military Forces of Somalia (2022-)", "inter": 1}
POLICE = {"text": "الشرطة الصومالية", "canonical": "Police Forces of Somalia (2022-)", "inter": 1}
POLICEMEN = {"text": "رجال الشرطة", "canonical": "Police Forces of Somalia (2022-)", "inter": 1}
SECURITY = {"text": "قوات الأمن", "canonical": "Military Forces of Somalia (2022-)", "inter": 1}
TOWN = {"text": "بلدوين", "name": "Beledweyne", "country_code": "SO"}


def _sides(text: str, actors: list[dict]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    article = code_with_oracle(text, [TOWN], actors, published=DAY)
    name = {m.id: m.resolution.canonical for m in article.mentions if m.kind.name == "ACTOR"}
    return [(e.sub_event_type, tuple(name[x] for x in e.actor1), tuple(name[x] for x in e.actor2))
            for e in article.events]  # fmt: skip


def test_soldiers_counted_from_a_force_are_the_bombs_target():
    text = "أسفر انفجار عبوة ناسفة اليوم عن مقتل ستة عشر جنديا من الجيش الصومالي قرب مدينة بلدوين."
    assert _sides(text, [ARMY]) == [("Remote explosive/landmine/IED", (), ("Military Forces of Somalia (2022-)",))]


def test_those_among_the_dead_are_the_target():
    text = "قتل 12 شخصا بينهم خمسة شرطيين من الشرطة الصومالية في تفجير انتحاري استهدف اليوم سوقا في مدينة بلدوين."
    assert _sides(text, [POLICE]) == [("Suicide bomb", (), ("Police Forces of Somalia (2022-)",))]


def test_the_passengers_of_a_bus_that_was_hit_are_the_target():
    text = "فجر انتحاري سيارته المفخخة اليوم بحافلة كانت تقل رجال الشرطة في مدينة بلدوين."
    assert _sides(text, [POLICEMEN]) == [("Suicide bomb", (), ("Police Forces of Somalia (2022-)",))]


def test_forces_at_the_site_afterwards_are_no_perpetrators():
    text = "قتل سبعة أشخاص اليوم في تفجير انتحاري في مدينة بلدوين. وفرضت قوات الأمن طوقا أمنيا حول موقع الانفجار."
    assert _sides(text, [SECURITY]) == [("Suicide bomb", (), ())]


REGION = {"text": "جنوب الصومال", "name": "South Somalia", "role": "region", "country_code": "SO", "feature": "region",
          "geo_precision": 3}
GROUP = {"text": "حركة الشباب", "canonical": "Al Shabaab", "inter": 2}


def test_a_truck_bomb_storming_told_again_with_its_town_is_one_suicide_bombing():
    text = (
        "قتل عشرون شخصا اليوم في هجوم انتحاري تبنته حركة الشباب في جنوب الصومال. "
        "وقال مسؤولون إن مسلحين اقتحموا بشاحنة ملغومة مركزا للشرطة في جنوب الصومال. "
        "وأضاف المسؤولون أن الهجوم وقع في مدينة بلدوين، ويستخدم الجيش الصومالي المركز قاعدة له."
    )
    article = code_with_oracle(text, [REGION, TOWN], [GROUP, POLICEMEN, ARMY], published=DAY)
    name = {m.id: m.resolution.canonical for m in article.mentions if m.kind.name == "ACTOR"}
    assert [(e.sub_event_type, article.mention(e.location).text, [name[x] for x in e.actor1], e.fatalities)
            for e in article.events] == [("Suicide bomb", "بلدوين", ["Al Shabaab"], 20)]  # fmt: skip
