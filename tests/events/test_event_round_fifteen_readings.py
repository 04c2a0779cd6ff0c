"""Readings the fifteenth round of blind sets (145-147) showed missing, each on a sentence of our own: buses that fall,
markets and anger that 'explode', a students' march, an anniversary inside a misread name, and bombs a plane drops."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from tests.events.coding import coded

DAY = datetime(2024, 12, 22, 12, tzinfo=UTC)  # a Sunday

_coded = partial(coded, published=DAY)


def test_a_bus_that_falls_kills_in_an_accident():
    text = ("أفادت وسائل إعلام رسمية اليوم بأن 38 شخصا لقوا حتفهم إثر سقوط حافلة كانت تقلهم في خندق بمنطقة أمهرة "
            "شمالي إثيوبيا.")
    assert _coded(text, "sub_event_type") == []


def test_what_explodes_in_markets_and_crowds_is_no_bomb():
    assert _coded("انفجرت أسواق النفط صعودا اليوم وسط احتمالات تشديد العقوبات على الخام الروسي.", "sub_event_type") == []
    text = ("بعد ليلة الغضب والفوضى التي انفجرت في وسط العاصمة بيروت، عادت الاعتصامات اليوم إلى ساحة رياض الصلح "
            "وسط المدينة.")
    assert "Remote explosive/landmine/IED" not in [r[0] for r in _coded(text, "sub_event_type")]


def test_a_students_march_the_police_stopped_is_no_drone():
    text = ("منعت الشرطة الجزائرية اليوم مسيرة الطلاب الأسبوعية في العاصمة الجزائر. وشوهد انتشار كثيف لقوات الشرطة في "
            "وسط العاصمة، لمنع أي تجمع أو مسيرة، خصوصا في ساحة الشهداء نقطة انطلاق مسيرة الطلاب الاعتيادية.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Protest with intervention"]


def test_an_anniversary_the_tagger_ran_into_a_name_is_still_an_anniversary():
    text = ("خلدت أسرة المقاومة وجيش التحرير وساكنة إقليم الدريوش الذكرى السنوية لمعركة أنوال الخالدة صباح اليوم بعمالة "
            "الدريوش.")
    assert _coded(text, "sub_event_type") == []


def test_shells_a_plane_drops_are_its_air_strike():
    text = ("شن طيران الجيش الحربي أمس السبت غارة ليلية على مدينة نيالا عاصمة ولاية جنوب دارفور. وقال سكان إن الطائرة "
            "ألقت أكثر من 10 قذائف على أحياء متفرقة.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Air/drone strike"]
