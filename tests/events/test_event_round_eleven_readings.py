"""Readings the eleventh round of blind sets (133-135) showed missing, each on a sentence of our own: the war an attack
is said to answer, and the marches a protest shows solidarity with."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from tests.events.coding import coded

DAY = datetime(2025, 10, 4, 12, tzinfo=UTC)  # a Saturday

_coded = partial(coded, published=DAY)


def test_the_war_an_attack_answers_is_no_event_and_no_place():
    text = ("أعلنت الحركة مسؤوليتها عن الهجوم على قاعدة عسكرية في مطار كيسمايو. وقالت إن الهجوم كان موجها ضد "
            "الأمريكيين ردا على الحرب الدائرة في قطاع غزة.")
    assert [r[0] for r in _coded(text, "location")] == ["Kismayo"]


def test_the_marches_a_protest_shows_solidarity_with_are_no_drones():
    text = ("فرقت قوات الأمن بالقوة مظاهرة نظمت بوسط العاصمة الرباط ليل الثلاثاء، للتضامن مع مسيرات تشهدها منطقة الريف "
            "بشمال البلاد منذ سبعة أشهر.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Protest with intervention"]
