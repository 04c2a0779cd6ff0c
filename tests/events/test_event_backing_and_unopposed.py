"""A force that backs another acts with it (ACLED's associated actor), and ground taken without a fight is a
non-violent transfer of territory (ACLED: territory acquired without a violent interaction with another group)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _records(text: str, published: datetime) -> list[dict]:
    return event_records(_pipeline()(make_article(text, "backing-test", published=published)))


def test_a_backing_force_is_the_associate_not_the_other_side() -> None:
    (rec,) = _records("سيطر الجيش السوري بدعم من الطيران الروسي على بلدة كفرنبودة في ريف حماة.",
                      datetime(2019, 5, 10, tzinfo=UTC))
    assert (rec["actor1"], rec["assoc_actor_1"], rec["actor2"]) == (
        "Military Forces of Syria (2000-2024)", "Military Forces of Russia (2000-)", "")
    (rec,) = _records("شنت قوات سوريا الديمقراطية بمساندة التحالف الدولي هجوما على مواقع داعش في ريف دير الزور.",
                      datetime(2019, 5, 10, tzinfo=UTC))
    assert rec["assoc_actor_1"] == "Coalition Forces" and rec["actor2"].startswith("Islamic State")


def test_ground_taken_without_resistance_is_a_non_violent_transfer() -> None:
    (rec,) = _records("سيطرت القوات الصومالية الوطنية مدعومة بقوات أميصوم على منطقة مرتغو في إقليم شبيلي الوسطى "
                      "دون أية مقاومة.", datetime(2016, 3, 10, tzinfo=UTC))
    assert rec["sub_event_type"] == "Non-violent transfer of territory"
    assert (rec["actor1"], rec["assoc_actor_1"]) == (
        "Military Forces of Somalia (2012-2017)", "AMISOM: African Union Mission in Somalia (2007-2022)")
    # hedged, 'without resistance to speak of' admits some fighting; taken after battles, it is a capture
    (rec,) = _records("سيطرت الفصائل على بلدة معرشورين دون مقاومة تذكر من قوات الجيش السوري.",
                      datetime(2024, 11, 29, tzinfo=UTC))
    assert rec["sub_event_type"] == "Non-state actor overtakes territory"
    (rec,) = _records("سيطرت هيئة تحرير الشام على مدينة حماة بعد معارك عنيفة مع قوات النظام.",
                      datetime(2024, 12, 5, tzinfo=UTC))
    assert rec["sub_event_type"] != "Non-violent transfer of territory"


def test_ground_taken_at_the_expense_of_a_side_names_that_side() -> None:
    # على حساب 'at the expense of': the side that lost the town, not the owner of a (social media) account
    (rec,) = _records("استعاد الجيش السوداني السيطرة على مدينة بارا على حساب قوات الدعم السريع.",
                      datetime(2025, 11, 17, tzinfo=UTC))
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Sudan (2019-)", "Rapid Support Forces")
