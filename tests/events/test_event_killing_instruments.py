"""How a killing was carried out decides its kind: by a strike or a bomb it is that strike (remote violence), by
gunmen's bullets an attack, with the gunmen its perpetrators rather than armed victims."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2024, 3, 10, 9, tzinfo=UTC)


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def events(text: str) -> list[tuple]:
    return [(r["sub_event_type"], r["location"], r["fatalities"])
            for r in event_records(_pipeline()(make_article(text, published=DAY)))]


def test_an_assassination_by_air_strike_is_one_strike():
    found = events("اغتيل القيادي في حزب الله علي الحجار في غارة إسرائيلية على بلدة الخيام.")
    assert found == [("Air/drone strike", "Khiam", 1)]


def test_a_massacre_by_shelling_is_the_shelling():
    found = events("ارتكب الاحتلال مجزرة بقصف مدفعي على مخيم جباليا أسفرت عن استشهاد 12 مواطنا.")
    assert found == [("Shelling/artillery/missile attack", "Jabalya", 12)]


def test_a_killing_and_a_strike_in_separate_clauses_stay_two_events():
    found = events("اغتيل مسؤول محلي برصاص مسلحين في درعا، وفي حادث آخر قصفت المدفعية بلدة نوى.")
    assert ("Attack", "Dar'a", 1) in found
    assert ("Shelling/artillery/missile attack", "Nawa", 0) in found


def test_gunmen_after_their_bullets_are_the_shooters_not_armed_victims():
    # an armed noun right after برصاص names who shot: the victim is the official, so the event is an attack
    assert events("اغتيل مسؤول محلي برصاص مسلحين في درعا.") == [("Attack", "Dar'a", 1)]
    # soldiers killed make the attack a clash (the armed-victims refinement still applies)
    assert events("قتل جنديان في هجوم على حاجز في درعا.") == [("Armed clash", "Dar'a", 2)]


def test_a_shooting_takes_no_kind_from_a_strike_elsewhere_that_day():
    found = events("قتل جنديان برصاص مسلحين هاجموا حاجزا في درعا، وفي حادث آخر قصفت المدفعية بلدة نوى.")
    assert ("Armed clash", "Dar'a", 2) in found


def test_an_execution_beside_a_battle_in_its_sentence_is_an_attack_of_its_own():
    # a deliberate killing of civilians (a sect's men, named by their community) is not the battle's toll
    text = ('قال المرصد السوري لحقوق الإنسان إن قوات الأمن "أعدمت" 52 علوياً في محافظة اللاذقية الساحلية، حيث تخوض '
            "عناصرها اشتباكات غير مسبوقة مع مسلحين موالين للرئيس المخلوع بشار الأسد.")
    recs = list(event_records(_pipeline()(make_article(text, published=datetime(2025, 3, 7, 12, tzinfo=UTC)))))
    assert [(r["sub_event_type"], r["actor2"], r["fatalities"]) for r in recs] == [
        ("Attack", "Civilians (Syria)", 52), ("Armed clash", "Assad Loyalists (Syria)", 0)]


def test_a_drones_munitions_are_no_shelling_and_a_bracketed_region_no_place_of_its_own():
    text = ("استهدفت طائرة مسيرة تابعة لجماعة الحوثي، عصر اليوم، منزل مواطن شمال غربي الضالع (جنوبي اليمن) بعدد من "
            "القذائف.")
    assert [(sub, place) for sub, place, _ in events(text)] == [("Air/drone strike", "Ad Dali'")]
    # shells fired in a clause about something else are that clause's shelling
    found = events("قصفت طائرة مسيرة منزلا في الضالع، فيما قصفت المدفعية بلدة قعطبة بعدد من القذائف.")
    assert ("Shelling/artillery/missile attack", "Qa'tabah", 0) in found
