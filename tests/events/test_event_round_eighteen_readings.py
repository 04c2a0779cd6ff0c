"""Readings the eighteenth round of blind sets (154-156) showed missing, each on a sentence of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.events.coding import coded

DAY = datetime(2023, 4, 25, 12, tzinfo=UTC)  # a Tuesday


def test_a_holiday_named_after_a_liberation_takes_no_ground():
    text = ("وضع محافظ شمال سيناء اليوم إكليلا من الزهور على النصب التذكاري للشهداء بمدينة العريش، بمناسبة احتفالات عيد "
            "تحرير سيناء.")
    assert coded(text, "sub_event_type", published=DAY) == []


def test_calls_to_strike_tomorrow_are_no_protest():
    text = "انطلقت دعوات فلسطينية اليوم إلى الإضراب العام غدا في مدن الضفة الغربية تضامنا مع الأسرى."
    assert coded(text, "sub_event_type", published=DAY) == []


def test_continuing_killings_named_as_background_are_no_event():
    text = ("تتصاعد المخاوف في العراق مع استمرار عمليات اغتيال واختطاف الناشطين في التظاهرات العراقية، وفق ما قال "
            "ناشطون في البصرة اليوم.")
    assert coded(text, "sub_event_type", published=DAY) == []
