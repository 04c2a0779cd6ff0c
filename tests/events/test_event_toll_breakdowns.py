"""A toll broken down after its total (ثمانية أشخاص، ستة من رجال الأمن واثنين من المدنيين) counts each person once,
and a suicide attacker told in the accusative (مهاجما انتحاريا فجر سيارته المفخخة) makes one suicide bombing."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle

DAY = datetime(2025, 2, 8, 12, tzinfo=UTC)
TOWN = {"text": "بلدوين", "name": "Beledweyne", "country_code": "SO"}


def _events(text: str) -> list[tuple[str, int | None, int | None]]:
    article = code_with_oracle(text, [TOWN], [], published=DAY)
    return [(e.sub_event_type, e.fatalities, e.injured) for e in article.events]


def test_the_parts_of_a_toll_are_not_added_to_it():
    text = (
        "قال مسؤول إن مهاجما انتحاريا فجر سيارته المفخخة اليوم قرب حاجز في مدينة بلدوين، ما أدى إلى مقتل "
        "تسعة أشخاص، سبعة من الجنود واثنين من المدنيين، وإصابة ستة أشخاص، أربعة منهم في حالة حرجة."
    )
    assert _events(text) == [("Suicide bomb", 9, 6)]


def test_a_second_group_joined_by_and_adds_to_the_first():
    text = "انفجرت عبوة ناسفة اليوم في مدينة بلدوين، ما أدى إلى مقتل خمسة جنود، وثلاثة مدنيين."
    assert _events(text) == [("Remote explosive/landmine/IED", 8, None)]
