"""Attacks whose only victims are civilians are ACLED's Attack, not battles; attackers killed by the forces that
answered do not replace the toll of the civilians the attack killed."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle
from marsad.model import Article

DAY = datetime(2025, 6, 1, 10, tzinfo=UTC)
MILITIA = {"text": "الميليشيا", "canonical": "Rapid Support Forces", "inter": 2}
GROUP = {"text": "الجماعة", "canonical": "Al Shabaab", "inter": 2}
POLICE = {"text": "الشرطة", "canonical": "Police Forces of Somalia", "inter": 1}
CIVILIANS = {"text": "مواطنين", "canonical": "Civilians (Sudan)", "inter": 7, "generic": True}
VILLAGE = {"text": "ود النورة", "name": "Wad an Nura", "country_code": "SD"}
CITY = {"text": "كسمايو", "name": "Kismayo", "country_code": "SO"}


def _coded(text: str, places: list[dict], actors: list[dict]) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def test_an_assault_that_killed_only_villagers_is_an_attack_on_civilians():
    text = "شهدت قرية ود النورة اليوم هجوما نفذته الميليشيا، ما أسفر عن مقتل 12 مواطنين وإصابة آخرين."
    events = _coded(text, [VILLAGE], [MILITIA, CIVILIANS]).events
    assert [(e.sub_event_type, e.fatalities, e.civilian_targeting) for e in events] == [("Attack", 12, True)]


def test_fighting_between_two_sides_stays_a_battle():
    text = "اندلعت اشتباكات عنيفة في قرية ود النورة اليوم بين الميليشيا وسكان مسلحين، ما أسفر عن مقتل 12 مواطنين."
    events = _coded(text, [VILLAGE], [MILITIA, CIVILIANS]).events
    assert [e.event_type for e in events] == ["Battles"]


def test_attackers_killed_do_not_replace_the_civilian_toll():
    text = (
        "قتل ثمانية مدنيين في هجوم شنته الجماعة على فندق في مدينة كسمايو اليوم. "
        "وقالت الشرطة إنها أنهت الهجوم، معلنة مقتل ثلاثة عناصر في الجماعة."
    )
    civilians = {"text": "مدنيين", "canonical": "Civilians (Somalia)", "inter": 7, "generic": True}
    events = _coded(text, [CITY], [GROUP, POLICE, civilians]).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 8)]


def test_villagers_gunmen_fired_on_are_civilians_and_the_raid_an_attack():
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article

    pipeline = default_pipeline()
    for text in (
        "قتل 14 قرويا في هجوم نفذه مسلحون على قرية قرب مدينة تيلابيري في غرب النيجر اليوم.",
        "هاجم مسلحون قرية قرب مدينة تيلابيري في غرب النيجر اليوم وأطلقوا النار على قرويين ما أسفر عن مقتل 14 شخصا.",
    ):
        events = pipeline(make_article(text, "villagers", published=DAY)).events
        assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 14)], text


def test_people_killed_in_an_attack_by_gunmen_nobody_names_were_attacked_not_fighting():
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = "قتل 70 شخصا على الأقل في أعقاب هجوم وسط هايتي شنه مسلحون، وفقا لوكالة الهجرة التابعة للأمم المتحدة."
    rows = event_records(default_pipeline()(make_article(text, "t", published=DAY)))
    assert [(r["sub_event_type"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Attack", "Civilians (Haiti)", 70)]
    # soldiers killed by gunmen fought them
    text = "قتل 20 جنديا في هجوم شنه مسلحون على قاعدة عسكرية في شمال بوركينا فاسو اليوم."
    assert [r["sub_event_type"] for r in event_records(default_pipeline()(make_article(text, "t", published=DAY)))] \
        == ["Armed clash"]
