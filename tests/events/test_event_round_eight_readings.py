"""Readings the eighth round of blind sets (124-126) showed missing, each on a sentence of our own: a trial whose
sessions are dated before the attack it judges is recalled; a brawl between neighbours; a request to hold a protest,
and the protest it asks for named again; the law on the right to protest."""

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
        # a trial's sessions are dated; the attack it judges, recalled in the next paragraph, is no news
        "في اليوم الثالث من محاكمة منفذي اعتداءات بروكسل في آذار 2016، يوم الخميس، سيمثل المتهم الرئيسي أمام المحكمة.\n"
        "ويفترض أن تكون جلسة الخميس مثل تلك التي عقدت الأربعاء، مخصصة للادعاء المدني.\n"
        "وأكد المتهم، العضو الوحيد الباقي على قيد الحياة من المجموعة المسلحة التي قتلت 32 شخصا في بروكسل، أنه نادم.",
        # a brawl between neighbours
        "قتل رجل طعنا بالسكين خلال مشاجرة مع جيرانه في حي الأمين جنوبي بغداد مساء الجمعة.",
        # a request to hold a protest, and that protest named again
        "تقدمت نقابة المحامين بطلب لتنظيم وقفة أمام مقر البرلمان في عمان. وقالت النقابة إن هذه الوقفة تأتي تضامنا مع "
        "غزة.",
        # the law on the right to protest
        "أكد الحزب التزامه بالقانون الخاص بتنظيم الحق في التظاهر والاجتماعات العامة في مصر.",
    ],
)
def test_news_that_names_no_event_of_the_day(text):
    assert _coded(text, "sub_event_type") == []


def test_a_protest_stopped_after_its_plan_is_still_coded():
    text = ("منعت السلطات في الرباط مساء اليوم تجمعا لنشطاء كانوا يعتزمون تنظيم وقفة احتجاجية وسط العاصمة. ومنعت قوات "
            "الأمن العشرات من تنظيم الوقفة الاحتجاجية أمام البرلمان.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Protest with intervention"]


def test_a_strike_timed_against_an_earthquake_is_still_news():
    text = ("قالت حكومة الظل إن 12 تلميذا قتلوا في غارة جوية نفذها المجلس العسكري على مدرسة في وسط ميانمار يوم الاثنين، "
            "رغم سريان وقف إطلاق النار عقب وقوع زلزال مدمر.")
    assert _coded(text, "sub_event_type", "fatalities") == [("Air/drone strike", 12)]


def test_peaceful_protests_are_no_syrian_town():
    text = "اعتقلت الشرطة الصربية نحو 50 شخصا في بلغراد بعد شهور من الاحتجاجات التي كانت سلمية إلى حد كبير."
    assert [r[0] for r in _coded(text, "country")] == ["Serbia"]


@pytest.mark.parametrize(
    "text",
    [
        # the course of a cause, and a vow of what the war goes on until
        "وشددت قوات الدعم السريع على أن \"الانتصار في محور بارا والمحاور الأخرى يؤكد أن قواتنا ماضية في مسيرة التحرير، "
        "ولن تتوقف حتى يتم القضاء على الحركة الإسلامية وتوابعها\".",
        "أكدت القوات أنها لن تتوقف حتى يتم القضاء على الميليشيات المتمردة في البلاد.",
    ],
)
def test_vows_and_the_course_of_a_cause_are_no_events(text):
    assert _coded(text, "sub_event_type") == []


def test_a_strike_hedged_as_the_regimes_and_a_like_one_nearby_are_two():
    text = ("قال ناشطون إن طائرات حربية يرجح أنها للنظام قصفت مدينة جسر الشغور، ما أسفر عن مقتل طفلين وامرأة. وتعرضت "
            "بلدة بداما التابعة لمدينة جسر الشغور لقصف جوي مماثل ما أدى إلى مقتل مدني.")
    assert sorted(r[0] for r in _coded(text, "fatalities")) == [1, 3]


def test_activists_taken_from_a_protesting_crowd_are_its_dispersal():
    text = ("أعلن مصدر بوزارة الداخلية أن شرطة العاصمة تبليسي اعتقلت 60 ناشطا من المحتجين الذين أغلقوا الشوارع "
            "مطالبين باستقالة رئيس الوزراء.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Protest with intervention"]
