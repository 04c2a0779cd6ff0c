"""The gold scorer's pipeline mode: sides compared by their Arabic surface, and a battle's sides in either order."""

from marsad.events.gold import GoldItem, Score, by_surface

ITEM = GoldItem(
    id="t",
    text="اشتباكات بين اللواء 444 وجهاز دعم الاستقرار في أبو سليم",
    published=None,
    places=({"text": "أبو سليم", "name": "Abu Salim"},),
    actors=(
        {"text": "اللواء 444", "canonical": "444th Brigade"},
        {"text": "جهاز دعم الاستقرار", "canonical": "Stability Support Apparatus"},
    ),
    events=(),
)
GOLD = {"sub_event_type": "Armed clash", "event_type": "Battles", "location": "Abu Salim",
        "actor1": "444th Brigade", "actor2": "Stability Support Apparatus"}


def _predicted(sub: str, first: str, second: str) -> dict:
    return {"sub_event_type": sub, "event_type": "Battles", "location": "Tripoli", "location_text": "أبو سليم",
            "actor1": "x", "actor1_text": first, "actor2": "y", "actor2_text": second,
            "date": None, "fatalities": 0}


def _score(predicted: dict) -> Score:
    score = Score()
    gold, pred = by_surface(ITEM, [GOLD], [predicted])
    score.add("t", gold, pred)
    return score


def test_a_battles_sides_in_the_other_order_are_both_right():
    score = _score(_predicted("Armed clash", "جهاز دعم الاستقرار", "اللواء 444"))
    assert (score.field_right["actor1"], score.field_right["actor2"]) == (1, 1)


def test_an_attacks_sides_in_the_other_order_are_both_wrong():
    score = _score(_predicted("Attack", "جهاز دعم الاستقرار", "اللواء 444"))
    assert (score.field_right["actor1"], score.field_right["actor2"]) == (0, 0)


def test_sides_in_the_gold_order_are_right():
    score = _score(_predicted("Armed clash", "اللواء 444", "جهاز دعم الاستقرار"))
    assert (score.field_right["actor1"], score.field_right["actor2"], score.field_right["location"]) == (1, 1, 1)


def test_a_village_named_in_quotes_matches_its_unquoted_name():
    from marsad.events.gold import _same_surface
    from marsad.text.normalize import normalize

    assert _same_surface(normalize("تونجان دوتسي"), normalize('قرية "تونجان دوتسي"'), "location")
    # a word other than a cue is still another place
    assert not _same_surface(normalize("عدن"), normalize("عدن يابال"), "location")
