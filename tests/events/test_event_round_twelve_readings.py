"""Readings the twelfth round of blind sets (136-138) showed missing, each on a sentence of our own: the country that
strikes named after a complementizer or charged with the strikes, the Sahel's Al Qaeda, a riot whose sides are named
far apart, and a town in a dual area cue."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from tests.events.coding import coded

DAY = datetime(2025, 11, 25, 12, tzinfo=UTC)  # a Tuesday

_coded = partial(coded, published=DAY)


def test_a_country_said_to_have_struck_is_the_attacker():
    text = ("اتهمت حكومة طالبان في أفغانستان اليوم الثلاثاء، باكستان بشن غارات جوية على إقليم خوست، مما أسفر عن مقتل "
            "10 مدنيين.")
    assert _coded(text, "sub_event_type", "actor1") == [("Air/drone strike", "Military Forces of Pakistan (2024-)")]
    text = "وقال المتحدث باسم الحكومة الأفغانية إن باكستان قصفت منزلا في إقليم خوست ما أسفر عن مقتل تسعة أطفال."
    assert [r[0] for r in _coded(text, "actor1")] == ["Military Forces of Pakistan (2024-)"]


def test_al_qaeda_attacking_in_mali_is_coded_as_jnim():
    text = "لقي 49 مدنيا حتفهم الخميس في هجومين مسلحين إرهابيين لتنظيم القاعدة على زورق ركاب في شمال مالي."
    assert _coded(text, "sub_event_type", "actor1", "actor2") == [
        ("Attack", "JNIM: Jamaah Nusrat al Islam wal Muslimin", "Civilians (Mali)")]


def test_clashes_between_riot_police_and_protesters_named_far_apart_are_a_riot():
    text = ("اندلعت اشتباكات عنيفة في إندونيسيا اليوم بين قوات مكافحة الشغب والمحتجين المطالبين بإلغاء الامتيازات "
            "المالية للنواب.")
    assert _coded(text, "sub_event_type", "actor1") == [("Violent demonstration", "Rioters (Indonesia)")]


def test_the_towns_of_a_dual_area_cue_place_the_attack_in_the_country_of_the_report():
    text = ("أعلنت حكومة بنين مقتل 54 جنديا في هجوم نفذته جماعة نصرة الإسلام والمسلمين على مركزين للجيش في منطقتي "
            "بانيكوارا (Banikoara) وكودو (Koudou) شمال البلاد.")
    rows = _coded(text, "location", "actor2")
    assert rows and rows[0] == ("Banikoara", "Military Forces of Benin (2016-)")


def test_the_day_closing_a_sentence_dates_the_deed_the_source_spoke_of_today():
    text = ("أفادت مصادر طبية سودانية، الأحد، بمقتل 10 أشخاص جراء قصف نفذته طائرة مسيرة استهدفت سوقا في منطقة "
            "المالحة بولاية شمال دارفور، مساء السبت.")
    assert [str(r[0]) for r in coded(text, "event_date", published=datetime(2025, 12, 21, 12, tzinfo=UTC))] == [
        "2025-12-20"]
