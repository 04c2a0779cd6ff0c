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
