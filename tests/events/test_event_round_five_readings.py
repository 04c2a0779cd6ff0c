"""Readings the fifth round of blind sets (115-117) showed missing, each on a sentence of our own: news that names no
event (a missile test, an attack said not to be imminent, an army's readiness, a war of words, a massacre remembered),
figures that count the attackers or restate a toll, the day a bracket restates, the dead of the day before, forces that
only stood by or that count their own dead, the town a camp lies in, and the group a place's copy names by a local
name."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest
from tests.events.coding import coded

DAY = datetime(2025, 11, 25, 12, tzinfo=UTC)  # a Tuesday


_coded = partial(coded, published=DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a weapons test that blew up in flight, told again after the lead named the test
        "قال مسؤول أمريكي إن كوريا الشمالية أجرت أمس تجربة صاروخية جديدة. وأضاف أن المعلومات تفيد بأن بيونغ يانغ "
        "أجرت، أمس الأحد، اختبارا جديدا لصاروخ باليستي متوسط المدى وانفجر بعد أن قطع مسافة 900 كيلومتر.",
        # an attack a leader says is not imminent
        "قال الرئيس الفرنسي إن هجوما روسيا على دول البلطيق ليس وشيكا، لكنه لا يستبعد حدوثه في السنوات المقبلة.",
        # an army that declares itself ready to take a city back
        "أعلنت القوات المسلحة السودانية جاهزيتها لتحرير ولاية الجزيرة من قوات الدعم السريع واستعادة مدينة ود مدني.",
        # a war of words between two coaches
        "تجددت الحرب الكلامية بين مدربي الهلال والنصر قبل مواجهة الفريقين في الرياض، بعد أن هاجم مدرب النصر "
        "التحكيم في المباراة الماضية.",
        # a massacre remembered, named again by its definite noun
        "أحيا الفلسطينيون في بلدة الطنطورة أمس الذكرى السابعة والسبعين للمجزرة التي ارتكبتها عصابات الهاغاناه، "
        "وقتل خلال المجزرة أكثر من مئتي شخص من سكان القرية.",
    ],
)
def test_news_that_names_no_event_of_the_day(text):
    assert _coded(text, "sub_event_type") == []


def test_a_figure_after_a_verb_of_launching_counts_the_attackers_not_the_dead():
    text = ("قالت وزارة الدفاع في مالي إن 9 جنود قتلوا بعد هجوم شنه مئات المسلحين على معسكر للجيش في بلدة بوليكيسي "
            "فجر الاثنين.")
    assert [r[0] for r in _coded(text, "fatalities")] == [9]


def test_a_bracketed_breakdown_is_part_of_the_toll_and_a_victim_after_it_adds_one():
    text = ("قتل 7 أطفال (4 فتيان و3 فتيات) وامرأة في غارة جوية استهدفت منزلا في بلدة بنش بريف إدلب مساء "
            "الاثنين.")
    assert [r[0] for r in _coded(text, "fatalities")] == [8]


def test_a_toll_told_as_they_are_names_the_parts_of_the_figure():
    text = "قتل 9 أشخاص هم أربعة قرويين وخمسة جنود في هجوم شنه مسلحون على قرية في ولاية بورنو يوم الاثنين."
    assert [r[0] for r in _coded(text, "fatalities")] == [9]


def test_a_day_a_bracket_restates_does_not_displace_the_writers_own_day():
    text = ("قال المتحدث إنه قرابة منتصف ليل أمس (الاثنين، 5 جمادى الآخرة)، شنت طائرات حربية غارات على بلدة "
            "سراقب بريف إدلب.")
    assert [str(r[0]) for r in _coded(text, "event_date")] == ["2025-11-24"]


def test_the_dead_of_the_day_before_the_news_are_not_its_toll():
    text = ("أضرم محتجون النار في مبنى البلدية في مدينة سوسة، خلال تظاهرات أمس، وذلك بعد يوم من مقتل شخصين في "
            "أعمال عنف.")
    coded = _coded(text, "sub_event_type", "fatalities")
    assert coded and {r[0] for r in coded} == {"Violent demonstration"} and {r[1] for r in coded} == {0}


def test_the_dead_of_the_event_a_day_after_frame_tells_are_its_own():
    text = ("ويأتي ذلك غداة مقتل 3 أشخاص حين استهدفت مسيرة سيارتهم في قضاء دوكان بمحافظة السليمانية، وفق مسؤول "
            "محلي.")
    assert [r[0] for r in _coded(text, "fatalities")] == [3]


def test_clashes_said_to_have_declined_over_the_years_are_no_event():
    text = ("ووقع الهجوم على الحافلة في مدينة سريناغار، بعد تراجع الاشتباكات مع الجماعات المسلحة في السنوات "
            "الأخيرة.")
    assert "Armed clash" not in [r[0] for r in _coded(text, "sub_event_type")]


def test_forces_deployed_despite_whom_an_attack_happened_are_no_side_of_it():
    text = ("تعرضت بلدة ماكوميا في موزمبيق لهجوم مسلح جديد، رغم انتشار وحدات من الجيش الرواندي في المنطقة، "
            "وقتل المهاجمون 3 مدنيين يوم الأحد.")
    sides = _coded(text, "actor1", "actor2")
    assert sides and all("Rwanda" not in str(side) for row in sides for side in row)


def test_the_local_name_of_cabo_delgados_insurgents_is_the_islamic_state_branch():
    text = "هاجم مسلحو جماعة الشباب قرية في إقليم كابو ديلغادو شمال موزمبيق يوم الأحد، وقتلوا 4 مدنيين."
    assert [r[0] for r in _coded(text, "actor1")] == ["Islamic State (Mozambique)"]


def test_kurdish_forces_in_iraq_are_the_peshmerga():
    text = "قتل ثلاثة من القوات الكردية في هجوم شنه تنظيم داعش على قرية في قضاء مخمور شمال العراق يوم الجمعة."
    assert ("Military Forces of Iraq (2022-) Peshmerga",) in _coded(text, "actor2")


def test_a_force_that_announces_its_own_members_killed_was_the_side_hit():
    text = ("أعلنت الشرطة الباكستانية، اليوم الثلاثاء، مقتل ثلاثة من أفرادها إثر هجوم مسلح استهدف دورية تابعة "
            "للشرطة في مدينة بانو.")
    assert _coded(text, "actor1", "actor2") == [
        ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan (2024-)")]


def test_a_member_of_a_force_named_with_its_plural_head_is_the_victim():
    text = "قتل عنصر من قوى الأمن العام السوري وأصيب آخر، إثر هجوم استهدف حاجزا عند مدخل بلدة تلبيسة بريف حمص."
    assert _coded(text, "actor1", "actor2") == [("Unidentified Armed Group (Syria)", "Police Forces of Syria (2024-)")]


def test_a_killing_told_with_no_day_of_its_own_takes_the_day_of_the_attack_that_caused_it():
    text = "قتل جندي إثر هجوم استهدف حاجزا للجيش في بلدة عرسال مساء الاثنين."
    assert [(r[0], str(r[1])) for r in _coded(text, "location", "event_date")] == [("Aarsal", "2025-11-24")]


def test_a_strike_hours_before_likened_to_the_news_is_of_its_kind():
    text = ("قتل شخص في غارة إسرائيلية على بلدة الخيام جنوب لبنان صباح الثلاثاء، بعد ساعات من مقتل آخر في ضربة "
            "مشابهة على بلدة كفركلا.")
    kinds = {r[0] for r in _coded(text, "sub_event_type")}
    assert kinds == {"Air/drone strike"}


def test_strikes_stepped_up_in_recent_times_are_no_event_of_the_day():
    text = "كثفت إسرائيل في الآونة الأخيرة ضرباتها في أنحاء عدة من جنوب لبنان."
    assert _coded(text, "sub_event_type") == []


def test_palestinian_factions_fighting_in_a_camp_in_lebanon():
    text = ("اندلعت اشتباكات مساء الاثنين في مخيم عين الحلوة للاجئين الفلسطينيين قرب مدينة صيدا، بين حركة فتح "
            "وعناصر من جند الشام.")
    assert _coded(text, "sub_event_type", "location", "actor1", "actor2") == [
        ("Armed clash", "Ain al-Hilweh", "Fatah Movement", "Jund al Sham")]


def test_the_town_named_after_a_camp_is_where_the_camp_lies_not_a_second_place():
    text = ("قتل 5 أشخاص في غارة إسرائيلية استهدفت مخيم عين الحلوة للاجئين الفلسطينيين في مدينة صيدا جنوبي "
            "لبنان مساء الاثنين.")
    assert _coded(text, "location", "fatalities") == [("Ain al-Hilweh", 5)]


def test_barrels_dropped_from_helicopters_are_a_strike_not_a_downing():
    text = "قال ناشطون إن المروحيات الحربية أسقطت براميل متفجرة على حي الشعار في مدينة حلب ما أسفر عن مقتل 6 أشخاص."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Air/drone strike"]


def test_a_second_sources_count_of_the_same_dead_is_not_added():
    text = ("قال ناشط إن غارة على حي الشعار في مدينة حلب اليوم الثلاثاء قتلت ما لا يقل عن عشرة أشخاص، فيما قال "
            "المرصد السوري لحقوق الإنسان إن 18 شخصا قتلوا.")
    assert [r[0] for r in _coded(text, "fatalities")] == [10]


def test_the_force_that_guards_settlers_is_no_side_of_their_attack():
    text = ("وثقت كاميرات اعتداء مستوطنين يحرسهم الجيش الإسرائيلي على مزارعين فلسطينيين في بلدة المغير شرق رام "
            "الله، وإحراقهم مركبتين.")
    assert _coded(text, "actor1", "actor2") == [("Settlers (Israel)", "Civilians (Palestine)")]


def test_a_verb_of_driving_is_no_turkish_town():
    text = "اقتحمت قوات الاحتلال بلدة قباطية جنوب جنين فجر اليوم، وسيرت آلياتها العسكرية في عدة أحياء وسط مواجهات."
    assert "Siirt" not in [r[0] for r in _coded(text, "location")]
