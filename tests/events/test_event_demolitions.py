"""Blowing up a building (فجرت القوات منزلا، عمليات نسف) demolishes property, ACLED's Looting/property destruction; a bomb
that explodes near a building is still a bomb."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle

DAY = datetime(2025, 10, 19, 12, tzinfo=UTC)
TUBAS = {"text": "طوباس", "name": "Tubas", "country_code": "PS"}
DARAA = {"text": "درعا", "name": "Daraa", "country_code": "SY"}
IDF = {"text": "قوات الاحتلال", "canonical": "Military Forces of Israel (2022-)", "inter": 8}


def _types(text: str, places: list[dict], actors: list[dict] = ()) -> list[str]:
    return [e.sub_event_type for e in code_with_oracle(text, places, actors, published=DAY).events]


def test_forces_blowing_up_a_flat_demolish_it():
    assert _types("فجرت قوات الاحتلال شقة سكنية في طوباس بعد أن أخلت سكانها.", [TUBAS], [IDF]) == [
        "Looting/property destruction"]


def test_a_demolition_by_explosives_told_as_an_operation_is_a_demolition():
    assert _types("نفذت قوات الاحتلال عمليات نسف في طوباس.", [TUBAS], [IDF]) == ["Looting/property destruction"]


def test_a_bomb_that_explodes_near_a_house_is_still_a_bomb():
    assert _types("انفجرت عبوة ناسفة قرب منزل في مدينة درعا.", [DARAA]) == ["Remote explosive/landmine/IED"]


def test_blowing_up_a_bomb_is_a_bomb():
    assert _types("فجرت جماعة مسلحة عبوة ناسفة بدورية في مدينة درعا.", [DARAA]) == ["Remote explosive/landmine/IED"]


def test_a_killing_told_beside_a_demolition_is_still_coded():
    # a bare killing verb (استشهد) gives way to a specific trigger of its sentence, but a demolition is no violent
    # event that could hold the death: the killing is an event of its own beside it
    text = "استشهد شاب اليوم في طوباس، في حين هدمت قوات الاحتلال منزلين في البلدة."
    assert sorted(_types(text, [TUBAS], [IDF])) == ["Attack", "Looting/property destruction"]


def test_what_a_states_forces_demolish_with_no_owner_named_is_civilians_property():
    # هدمت جرافات الاحتلال متنزها في بلدة بدو: ACLED codes the West Bank's demolitions against civilians; Biddu is a
    # town after its cue, though بدو alone is "Bedouins"
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = "هدمت جرافات الاحتلال الإسرائيلي اليوم متنزها في بلدة بدو، شمال غربي القدس."
    records = list(event_records(default_pipeline()(make_article(text, "t", published=DAY))))
    assert [(r["sub_event_type"], r["location"], r["actor2"]) for r in records] == [
        ("Looting/property destruction", "Biddu", "Civilians (Palestine)")]


def test_the_force_settlers_acted_under_the_protection_of_is_no_side():
    # أضرموا النار في مركبتين ... تحت حماية جيش الاحتلال: the army stood by; the cars were civilians'
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = ("اقتحم مستوطنون إسرائيليون فجر اليوم قرية المغير شرق رام الله، وأضرموا النار في مركبتين تعودان لمواطنين "
            "فلسطينيين، تحت حماية جيش الاحتلال الإسرائيلي.")
    records = list(event_records(default_pipeline()(make_article(text, "t", published=DAY))))
    assert [(r["actor1"], r["actor2"]) for r in records] == [("Settlers (Israel)", "Civilians (Palestine)")]
