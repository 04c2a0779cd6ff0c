"""Readings the ninth round of blind sets (127-129) showed missing, each on a sentence of our own: a warning whose
warned party stands between the verb and the attack it is warned against; a death sentence for a link to an old attack,
whose victims the next sentence recalls; a toll of monsoon rains and landslides."""

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
        # the warned party between the verb of warning and the attack
        "حذر قائد الجيش السوداني، عبد الفتاح البرهان، قوات الدعم السريع من شن هجوم بري على مدينة الأبيض.",
        # a death sentence for a link to an old attack, and its victims recalled
        "حكم على رجل يوم الأحد بالإعدام لصلته بهجوم على فندق في مدينة سوسة عام 2015. وقتل 38 سائحا عندما أطلق "
        "المهاجم النار على نزلاء الفندق.",
        # the toll of monsoon rains and landslides, and a region's share of it
        "قتل أكثر من ثلاثين شخصا جراء أمطار موسمية وانزلاقات تربة في نيبال خلال الأسبوع الأخير. وقضى 12 شخصا في "
        "منطقة بوخارا غرب البلاد.",
    ],
)
def test_news_that_names_no_event_of_the_day(text):
    assert _coded(text, "sub_event_type") == []


def test_an_attack_a_force_managed_to_launch_is_coded():
    text = "تمكنت القوات من شن هجوم على مواقع المسلحين في مدينة دوما قتل فيه خمسة مسلحين."
    assert [r[0] for r in _coded(text, "fatalities")] == [5]


def test_the_force_a_checkpoint_belongs_to_is_the_side_attacked():
    text = "واستهدف هجوم إرهابي حاجز تفتيش لقوات دفاع شبوة في مدخل مدينة عتق صباح الأربعاء، ما أسفر عن مقتل خمسة جنود."
    [(actor1, actor2)] = _coded(text, "actor1", "actor2")
    assert actor1 == "Unidentified Armed Group (Yemen)" and actor2 == "Shabwani Elite Forces"


@pytest.mark.parametrize(
    "text",
    [
        "شهدت مدينة ياوندي، الأحد، احتجاجات دامية نظمها أنصار المعارضة، أسفرت عن مقتل ثلاثة أشخاص على الأقل.",
        "خرج أنصار المعارضة في مظاهرات في مدينة ياوندي الأحد، وقتل خلالها ثلاثة أشخاص بالرصاص.",
    ],
)
def test_the_dead_of_a_bloody_or_shot_at_demonstration_are_its_own(text):
    assert _coded(text, "sub_event_type", "fatalities") == [("Excessive force against protesters", 3)]
