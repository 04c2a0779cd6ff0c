"""Readings the sixteenth round of blind sets (148-150) showed missing, each on a sentence of our own: arrests counted
town by town."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.events.coding import coded

DAY = datetime(2022, 8, 11, 12, tzinfo=UTC)  # a Thursday


def test_arrests_counted_town_by_town_are_an_arrest_in_each():
    text = ("اعتقلت القوات الإسرائيلية اليوم الخميس 15 مواطنا فلسطينيا من الضفة، شملت خمسة من بيت لحم، وأربعة من "
            "الخليل، وثلاثة من طولكرم.")
    rows = coded(text, "sub_event_type", "location", published=DAY)
    assert sorted(rows) == [("Arrests", "Bethlehem"), ("Arrests", "Hebron"), ("Arrests", "Tulkarm")]
    # one toll from a list of towns is not divided: the killed are counted once
    text = "قتل خمسة من بيت لحم، وأربعة من الخليل، في غارة إسرائيلية على مخيم في قطاع غزة اليوم."
    assert len(coded(text, "sub_event_type", published=DAY)) == 1
