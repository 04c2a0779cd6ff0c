"""Readings the tenth round of blind sets (130-132) showed missing, each on a sentence of our own: an ultimatum and
its "or else"; a warning to killers named as such; what a force is said to be able to do; a train derailed; aid
trucks entering a strip; a football league's battles."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest
from tests.events.coding import coded

DAY = datetime(2025, 10, 4, 12, tzinfo=UTC)  # a Saturday

_coded = partial(coded, published=DAY)


@pytest.mark.parametrize(
    "text",
    [
        # an ultimatum, and what follows "or else"
        "أمهلت جماعة مسلحة في بيان حكومة البلاد عشرة أيام لسحب قواتها من مالي وإلا نفذت هجمات داخل أراضيها.",
        # a warning to killers named as such
        "وقال الوزير إن هذا تحذير أخير لقتلة ومغتصبي حماس في غزة وفي الفنادق الفاخرة بالخارج.",
        # what a force is said to be able to do
        "أطلق رئيس الوزراء تهديدا قائلا إن الجيش التركي قادر على دخول حلب خلال ساعة إذا اقتضت الضرورة.",
        # a train derailed
        "قتل 15 شخصا اليوم بعد أن انحرف قطار عن سكته واصطدم بقطار آخر في ولاية بيهار.",
        # aid trucks entering a strip
        "شرعت شاحنات المساعدات الإنسانية ضمن قافلة من مصر اليوم في دخول الفلسطينيين بقطاع غزة عبر معبر كرم أبو سالم.",
        # a football league's battles
        "حسم فريق أبها معركة الصدارة في دوري الدرجة الأولى بعد فوزه على العلا في مباراة كرة القدم أمس.",
    ],
)
def test_news_that_names_no_event_of_the_day(text):
    assert _coded(text, "sub_event_type") == []


def test_a_train_attacked_is_still_an_attack():
    text = "هاجم مسلحون قطار ركاب قرب مدينة كادونا وقتلوا ثمانية من ركابه."
    assert [r[0] for r in _coded(text, "fatalities")] == [8]


def test_people_shot_while_waiting_for_aid_trucks_are_placed():
    text = "قتل 20 فلسطينيا برصاص الجيش الإسرائيلي أثناء انتظارهم شاحنات المساعدات في مدينة غزة اليوم."
    assert [r[0] for r in _coded(text, "location")] == ["Gaza"]
