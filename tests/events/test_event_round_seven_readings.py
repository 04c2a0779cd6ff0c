"""Readings the seventh round of blind sets (121-123) showed missing, each on a sentence of our own: an anniversary
whose remembered attack is told after a comma, a bracketed year or in a relative clause; a strike called for
tomorrow; combat units and reinforcements, which are no events; a march broken up, which is no drone; a count of
days back from another event; the weapons a clash was fought with; past years said before what a place saw; what a
deed seems to have been; and no one arrested."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest
from tests.events.coding import coded, pipeline

from marsad.events.dates import resolve_dates
from marsad.readers import make_article

DAY = datetime(2025, 10, 4, 12, tzinfo=UTC)  # a Saturday


_coded = partial(coded, published=DAY)


@pytest.mark.parametrize(
    "text",
    [
        # the remembered attack after a comma, and the relative clause that tells it
        "تحل اليوم الذكرى السنوية الخامسة، للهجوم على مسجدين في مدينة كرايستشيرش، الذي قتل فيه مسلح 51 مصليا.",
        # the year of the remembered bombings in brackets, then the relative clause
        "أحيت إسبانيا اليوم السبت ذكرى تفجيرات قطارات مدريد (2004) التي قتل فيها 191 شخصا.",
        # a general strike called for tomorrow
        "أعلنت النقابات يوم غد الأحد إضرابا عاما في كافة المدن غضبا على مقتل ثلاثة عمال.",
        # combat units named by their role
        "وتضم القوة الجديدة جنودا من وحدات القتال في الجيش الفرنسي.",
        # reinforcements sent to a town
        "ودفعت قوات الأمن بتعزيزات عسكرية إلى محيط مدينة القامشلي.",
    ],
)
def test_news_that_names_no_event_of_the_day(text):
    assert _coded(text, "sub_event_type") == []


def test_tomorrow_and_its_weekday_are_one_day_ahead():
    article = make_article("تبدأ الإضرابات غدا الأحد في المدارس.", "t", published=DAY)
    tokens = pipeline()(article).tokens
    [hit] = resolve_dates(tokens, DAY.date())
    assert hit.resolution.value == date(2025, 10, 5)
    assert hit.role == "future"


def test_reinforcements_leave_the_arrests_they_follow():
    text = "اعتقلت القوات الإسرائيلية خمسة فلسطينيين في مدينة نابلس، ودفعت بتعزيزات عسكرية إلى البلدة القديمة."
    assert _coded(text, "sub_event_type") == [("Arrests",)]


def test_a_march_broken_up_is_no_drone():
    text = "فرقت الشرطة بالقوة مسيرة نادرة للمعارضة في العاصمة مينسك اليوم السبت."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Protest with intervention"]


def test_days_counted_back_from_another_event_date_nothing():
    text = "تظاهر مئات الطلاب في الجزائر العاصمة اليوم السبت قبل أيام من الانتخابات الرئاسية."
    assert _coded(text, "event_date") == [("2025-10-04",)]


def test_days_counted_back_from_the_news_still_date_it():
    text = ("قالت القناة إن طائرات التحالف قصفت مواقع للحوثيين في صنعاء اليوم. ولم يعلق التحالف، الذي شن غارات على "
            "موقعين في صنعاء قبل يوم من ذلك.")
    assert sorted(r[0] for r in _coded(text, "event_date")) == ["2025-10-03", "2025-10-04"]


def test_the_weapons_of_a_clash_are_no_shelling_of_their_own():
    text = "اندلعت اشتباكات بين الجيش ومسلحين في مدينة طرابلس، يستخدم فيها المسلحون القذائف الصاروخية."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Armed clash"]


def test_past_years_before_what_a_state_saw_are_its_record():
    text = ("قتل مسلحون خمسة أشخاص في بلدة بولاية تاماوليباس، التي شهدت في السنوات القليلة الماضية معارك ضارية بين "
            "العصابات.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Attack"]


def test_what_a_deed_seems_to_have_been_is_no_second_event():
    text = "قتل مسلحون ثلاثة أشخاص في حانة بمدينة مونتيري. وقال مسؤول: يبدو أنه كان هجوما انتقاميا."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Attack"]


def test_no_one_arrested_is_no_arrest():
    text = "قتل مسلحون أربعة أشخاص في مدينة كالي، ولم يلق القبض على أي مشتبه به حتى الآن."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Attack"]


def test_a_toll_read_past_the_aside_of_its_children():
    text = ("قال المتحدث باسم الدفاع المدني: \"ستة مواطنين، بينهم ثلاثة أطفال، قتلوا جراء قصف إسرائيلي\" في مدينة "
            "دير البلح.")
    assert [r[0] for r in _coded(text, "fatalities")] == [6]


def test_the_town_a_lead_measures_from_does_not_replace_its_place():
    text = ("قتل أربعة فلسطينيين في قصف إسرائيلي على منطقة المواصي غرب خان يونس. وأضافت المصادر أن القصف وقع قرب "
            "مستشفى ميداني في خان يونس.")
    assert [r[0] for r in _coded(text, "location")] == ["Al-Mawasi"]
