"""Readings the nineteenth round of blind sets (157-159) showed missing, each on a sentence of our own: its negatives."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.events.coding import coded

DAY = datetime(2025, 10, 29, 12, tzinfo=UTC)  # a Wednesday


def test_countering_the_threat_of_terrorism_and_surveying_for_mines_are_no_events():
    text = ("تفقد وزير الدفاع أمس الوحدات العسكرية في ولاية قبلي، واطلع على دورها في التصدي لخطر الإرهاب والتهريب عبر "
            "الحدود.")
    assert coded(text, "sub_event_type", published=DAY) == []
    text = "بدأت فرق الهندسة اليوم مسحا ميدانيا للكشف عن الألغام في بلدة معرة النعمان بريف إدلب الجنوبي."
    assert coded(text, "sub_event_type", published=DAY) == []


def test_a_threat_to_take_ground_and_a_past_rule_take_none():
    text = "أعلن وزير الدفاع اليوم أنه أمر الجيش بالاستعداد لتوسيع العمليات في لبنان، مهددا بالسيطرة على أراض في الجنوب."
    assert coded(text, "sub_event_type", published=DAY) == []
    text = "يذكر هذا اليوم العراقيين بسنوات عاشوها في ظل سيطرة تنظيم داعش على مدينة الموصل."
    assert coded(text, "sub_event_type", published=DAY) == []


def test_a_month_named_twice_keeps_its_year():
    # Reuters Arabic writes both names of the month: the year after them dates a battle of 1916, long past
    text = "وبدأت المعركة في الأول من يوليو تموز 1916 حين حاولت القوات البريطانية السيطرة على قرى قرب نهر السوم."
    assert coded(text, "sub_event_type", published=DAY) == []
    text = "نظم مئات المواطنين اليوم الاثنين 4 أيلول سبتمبر 2023 تظاهرة في مدينة كركوك."
    assert coded(text, "event_date", published=datetime(2023, 9, 4, 12, tzinfo=UTC)) == [("2023-09-04",)]


def test_the_hospitals_the_wounded_were_taken_to_place_no_blast():
    day = datetime(2024, 10, 21, 12, tzinfo=UTC)
    text = ("قتل جندي اليوم بانفجار عبوة ناسفة استهدفت طقما عسكريا في مديرية مودية بمحافظة أبين. وذكرت المصادر أن "
            "التفجير أودى بحياة جندي على الفور بينما نقل سبعة جنود إلى مستشفيات عدن.")
    assert coded(text, "sub_event_type", "location", published=day) == [("Remote explosive/landmine/IED", "Mudiyah")]


def test_this_bombardment_after_air_strikes_is_those_strikes():
    day = datetime(2024, 10, 24, 12, tzinfo=UTC)
    text = ("شنت طائرات أمريكية أمس غارتين على مطار الحديدة غربي اليمن. ولم يصدر تعليق على الفور من واشنطن أو لندن "
            "بشأن هذا القصف.")
    assert [r[0] for r in coded(text, "sub_event_type", published=day)] == ["Air/drone strike"]
