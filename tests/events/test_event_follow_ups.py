"""A lead and the sentence after it often tell one incident twice: the attack a force says it repelled is the bombing
told next, an arrest made during a firefight is part of that battle, a bomb someone only tried to set off did not go
off. Also figures a noun carries by its form (the dual in a construct, عنصري أمن) and verbs of dying split from their
object (أودت قذائف بحياة طفلين), and days set off by commas or brackets where wire copy puts them."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 9, 3, 9, tzinfo=UTC)  # a Wednesday


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _records(text: str) -> list[dict]:
    return list(event_records(_pipeline()(make_article(text, "follow-up-test", published=DAY))))


def _coded(text: str, *fields: str) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in _records(text)]


def test_a_dual_in_a_construct_counts_two():
    records = _coded("قتل عنصري أمن بانفجار عبوة ناسفة في محافظة نينوى اليوم.", "sub_event_type", "fatalities")
    assert records == [("Remote explosive/landmine/IED", 2)]


def test_a_verb_of_dying_split_from_its_object_by_the_subject_still_counts():
    # أودت بحياة is one phrase whose subject may stand inside it
    records = _coded("أودت قذيفة أطلقتها قوات الدعم السريع بحياة طفلين في مدينة الأبيض اليوم.", "fatalities")
    assert records == [(2,)]


def test_a_day_set_off_by_commas_between_a_claimed_control_and_its_place():
    records = _coded("أعلنت قوات الدعم السريع سيطرتها، الثلاثاء، على مدينة الدلنج في جنوب كردفان.",
                     "event_date", "sub_event_type", "location")
    assert records == [("2025-09-02", "Non-state actor overtakes territory", "Dilling")]


def test_the_day_that_closes_a_sentence_after_its_locator_dates_the_event():
    records = _coded("هاجم مسلحون حاجزا للشرطة في مدينة مصراتة، شرق طرابلس أمس (الثلاثاء).", "event_date")
    assert records == [("2025-09-02",)]


def test_a_bombing_told_after_an_attack_repelled_is_that_attack():
    text = ("تصدت الشرطة العراقية لهجوم استهدف مركزا أمنيا في مدينة الرمادي أمس. "
            "وقال بيان إن انتحاريا فجر سيارة مفخخة أمام المركز.")
    records = _records(text)
    assert [(r["sub_event_type"], r["location"]) for r in records] == [("Suicide bomb", "Ramadi")]
    assert records[0]["actor2"].startswith("Police Forces of Iraq")
    announced = _coded("أعلنت الشرطة العراقية تصديها لهجوم استهدف مركزا أمنيا في مدينة الرمادي أمس. "
                       "وقال بيان إن انتحاريا فجر سيارة مفخخة أمام المركز.", "sub_event_type")
    assert announced == [("Suicide bomb",)]


def test_a_bomb_only_tried_is_no_explosion():
    text = "حاول مسلح تفجير حزام ناسف كان يرتديه قرب حاجز للجيش في مدينة الرقة اليوم، قبل أن يعتقل."
    assert "Suicide bomb" not in [r["sub_event_type"] for r in _records(text)]


def test_a_cell_of_a_group_dismantled_names_the_detained():
    text = "تمكنت قوات الأمن الداخلي من تفكيك خلية تابعة لتنظيم داعش في مدينة حمص اليوم."
    records = _records(text)
    assert [r["sub_event_type"] for r in records] == ["Arrests"]
    assert records[0]["actor2"].startswith("Islamic State")
    assert not records[0]["actor1"].startswith("Islamic State")


def test_an_arrest_made_in_a_firefight_is_part_of_the_battle():
    text = ("اعتقلت قوات الأمن أحد عناصر خلية لتنظيم داعش في مدينة حمص اليوم، وقتل عنصران آخران خلال اشتباكات "
            "مع القوات في المدينة.")
    assert [r["sub_event_type"] for r in _records(text)] == ["Armed clash"]
