"""People of no stated standing counted after a casualty word (قتل ثمانية أشخاص، استشهد فلسطيني) are the civilians a
strike, a raid or a kidnapping hits, as ACLED codes them; the dead of a battle may be its fighters and stay no side."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.model import ActorResolution, Article, MentionKind
from marsad.readers import make_article

DAY = datetime(2025, 5, 10, 9, tzinfo=UTC)


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _run(text: str) -> Article:
    return _pipeline()(make_article(text, "people-test", published=DAY))


def _events(text: str) -> list[tuple[str, list[str]]]:
    article = _run(text)
    by_id = {m.id: m for m in article.mentions}
    return [(e.sub_event_type, [by_id[x].resolution.canonical for x in e.actor2
                                if isinstance(by_id[x].resolution, ActorResolution)])
            for e in article.events]


def test_people_killed_by_shelling_are_civilians() -> None:
    found = _events("قتل ثمانية أشخاص على الأقل في قصف روسي استهدف مدينة أوديسا في جنوب أوكرانيا.")
    assert ("Shelling/artillery/missile attack", ["Civilians (Ukraine)"]) in found


def test_a_national_killed_by_gunfire_is_a_civilian() -> None:
    found = _events("استشهد فلسطيني برصاص قوات الاحتلال الإسرائيلي في مخيم نور شمس شرق طولكرم.")
    assert [actor2 for _, actor2 in found] == [["Civilians (Palestine)"]]


def test_schoolchildren_kidnapped_are_civilians() -> None:
    found = _events("خطف مسلحون 140 تلميذاً من مدرسة داخلية في ولاية كادونا بشمال غرب نيجيريا.")
    assert ("Abduction/forced disappearance", ["Civilians (Nigeria)"]) in found


def test_people_killed_in_a_battle_are_no_side() -> None:
    found = _events("قتل خمسة أشخاص في اشتباكات بين الجيش السوداني وقوات الدعم السريع في مدينة الأبيض.")
    assert found and all(sub == "Armed clash" and "Civilians (Sudan)" not in actor2 for sub, actor2 in found), found


def test_the_people_and_the_children_among_them_are_both_read() -> None:
    # the people word also links the count to the children after it (بينهم سبعة أطفال)
    article = _run("قتل عشرة أشخاص بينهم سبعة أطفال في قصف على بلدة كفرنبل.")
    civilians = [m.text for m in article.mentions if m.kind is MentionKind.ACTOR
                 and isinstance(m.resolution, ActorResolution) and m.resolution.inter == 7]
    assert civilians == ["أشخاص", "أطفال"]


def test_a_shepherd_right_after_his_abductors_is_their_victim_not_their_ally() -> None:
    # subject and object side by side (اختطف مستوطنون راعيا) are no coordinated pair
    found = _events("اختطف مستوطنون راعيا فلسطينيا من أراضي قرية المغير شرق رام الله.")
    assert found == [("Abduction/forced disappearance", ["Civilians (Palestine)"])]
    article = _run("اختطف مستوطنون راعيا فلسطينيا من أراضي قرية المغير شرق رام الله.")
    by_id = {m.id: m for m in article.mentions}
    assert [by_id[x].resolution.canonical for x in article.events[0].actor1] == ["Settlers (Israel)"]


def _actor2(text: str) -> list[str]:
    from marsad.records import event_records

    return [r["actor2"] for r in event_records(_run(text))]


def test_a_strike_on_a_camp_for_the_displaced_or_a_market_targets_civilians():
    assert _actor2("قصفت قوات الدعم السريع بالمدفعية صباح اليوم مخيم زمزم للنازحين قرب مدينة الفاشر.") \
        == ["Civilians (Sudan)"]
    assert _actor2("استهدفت غارة جوية السوق الشعبي في بلدة كاودا بولاية جنوب كردفان اليوم.") == ["Civilians (Sudan)"]


def test_a_strike_on_a_post_names_no_civilians():
    assert _actor2("قصفت قوات الدعم السريع بالمدفعية صباح اليوم مقر الفرقة السادسة في مدينة الفاشر.") \
        != ["Civilians (Sudan)"]


def test_the_force_owning_the_drones_is_who_struck_not_its_target():
    text = ("أطلقت طائرات مسيرة تابعة للجيش المالي صباح اليوم هجوما استهدف السوق الأسبوعي في مدينة موبتي، "
            "ما أسفر عن مقتل أربعة مدنيين.")
    records = _actor2(text)
    assert records and all(a == "Civilians (Mali)" for a in records), records


def test_attacks_on_civilians_named_with_their_weapon_are_that_strike():
    from marsad.records import event_records

    text = ("شهدت مدينة الفاشر صباح اليوم سلسلة من هجمات قوات الدعم السريع بقذائف المدفعية استهدفت أحياء سكنية، "
            "ما أسفر عن مقتل أربعة مدنيين.")
    assert [r["sub_event_type"] for r in event_records(_run(text))] == ["Shelling/artillery/missile attack"]
