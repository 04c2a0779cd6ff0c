"""Readings the sixth round of blind sets (118-120) showed missing, each on a sentence of our own: threats, warnings
and plans that name attacks, a charge, a quarrel between spouses, fighting a place saw over past years, the danger of
mines, a man's past duties; a lone martyr counted before the wounded, two boys in the dual, the dead a lead counts
before the sentence that tells their clash; words that are no places (a car model, a colonel's name); the forces of
states the tables lacked; and a crowd held back with pepper spray."""

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
        # an evacuation order before an offensive still to come
        "أمر الجيش الإسرائيلي سكان حي الشجاعية بالإخلاء فورا قبل أن يشن هجوما واسعا على الحي.",
        # threats of assassinations answered with words
        "قال قيادي في حركة حماس إن التهديدات الإسرائيلية بالاغتيالات لن تخيف الحركة.",
        # a warning against new attacks
        "حذر وزير الخارجية الإيراني، في مؤتمر صحفي عقده اليوم في طهران، واشنطن من شن هجمات جديدة على المنشآت "
        "النووية.",
        # talks that open the door to an exchange
        "بدأت في القاهرة اليوم جولة جديدة من المحادثات تفتح الباب أمام تبادل الأسرى بين الطرفين.",
        # a sentence for a past bombing, named as the charge
        "قضت المحكمة اليوم بسجن أربعة متهمين عشر سنوات عن تهمة إحداث تفجير في مدينة المنامة.",
        # a quarrel between spouses
        "توفيت سيدة في مدينة فاس إثر ضربة عنيفة تلقتها خلال شجار بين الزوجين داخل منزلهما.",
        # the danger of mines, and the clashes a district saw over past years
        "يهدد خطر الألغام المدنيين العائدين إلى حي الليثي في بنغازي، الذي شهد اشتباكات مسلحة خلال السنوات الماضية.",
        # a man's past duties
        "قال الجيش الإسرائيلي إن القيادي كان مسؤولا عن إطلاق صواريخ باتجاه مدينة نهاريا خلال الحرب.",
    ],
)
def test_news_that_names_no_event_of_the_day(text):
    assert _coded(text, "sub_event_type") == []


def test_the_worst_attack_in_years_is_still_news():
    text = "قتل 12 جنديا في أعنف هجوم خلال السنوات الماضية على قاعدة للجيش في مدينة تمبكتو فجر السبت."
    assert [r[0] for r in _coded(text, "fatalities")] == [12]


def test_a_lone_martyr_counted_before_the_wounded_is_one_dead():
    text = "أعلنت وزارة الصحة سقوط شهيد وخمسة جرحى إثر غارة إسرائيلية بطائرة مسيرة على بلدة الخيام اليوم."
    assert [r[0] for r in _coded(text, "fatalities")] == [1]


def test_two_boys_in_the_dual_are_two_dead():
    text = "أعلنت وزارة الصحة الفلسطينية مقتل فتيين برصاص الجيش الإسرائيلي في مخيم جنين اليوم."
    assert [r[0] for r in _coded(text, "fatalities")] == [2]


def test_the_dead_a_lead_counts_belong_to_the_clash_the_next_sentence_names_again():
    text = ("أعلن متحدث باسم الجيش الفلبيني اليوم مقتل خمسة جنود ومسلحين اثنين جنوب البلاد. وقال المتحدث إن "
            "الاشتباكات وقعت قرب بلدة موناي في جزيرة مينداناو.")
    assert [r[0] for r in _coded(text, "fatalities")] == [7]


def test_a_car_model_and_a_colonels_name_are_no_places():
    text = ("انفجرت سيارة مفخخة نوع كورلا قرب سوق في مدينة كركوك صباح اليوم، وقال الكولونيل لوي إن الانفجار "
            "لم يسفر عن ضحايا.")
    places = {r[0] for r in _coded(text, "location")}
    assert places == {"Kirkuk"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("اشتبك الجيش الفلبيني مع مسلحين في جزيرة مينداناو اليوم.", "Military Forces of the Philippines (2022-)"),
        ("اشتبك الجيش المكسيكي مع مسلحين من عصابة في ولاية سينالوا اليوم.", "Military Forces of Mexico (2024-)"),
        ("اشتبكت القوات الإندونيسية مع مسلحين في إقليم بابوا اليوم.", "Military Forces of Indonesia (2024-)"),
    ],
)
def test_the_forces_of_states_beyond_the_arab_theatres(text, actor):
    assert actor in [r[0] for r in _coded(text, "actor1")]


def test_a_crowd_held_back_with_pepper_spray_and_water_cannon_is_a_protest_with_intervention():
    text = ("استخدمت الشرطة في جورجيا رذاذ الفلفل ومدافع المياه لإبعاد المحتجين عن مبنى البرلمان في العاصمة تفليس "
            "اليوم السبت.")
    assert _coded(text, "sub_event_type", "actor2") == [("Protest with intervention", "Police Forces of Georgia (2012-)")]
