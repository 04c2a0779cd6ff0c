"""Years that tell a group's or a war's history (التي تأسست عام 2015، اتفاق السلام لعام 2019، اندلع القتال في
مارس 2021) date no event of the day, neither in their own sentence nor in those that follow."""

from datetime import UTC, date, datetime

from marsad.events.gold import code_with_oracle
from marsad.model import Article

DAY = datetime(2025, 6, 1, 10, tzinfo=UTC)
ARMY = {"text": "الجيش", "canonical": "Military Forces of Chad", "inter": 1}
GROUP = {"text": "الجماعة", "canonical": "Boko Haram", "inter": 2}
TOWN = {"text": "بول", "name": "Bol", "country_code": "TD"}
LAKE = {"text": "ليوا", "name": "Liwa", "country_code": "TD"}


def _coded(text: str) -> Article:
    return code_with_oracle(text, [TOWN, LAKE], [ARMY, GROUP], published=DAY)


def _dated(a: Article) -> list[tuple[str, date | None]]:
    return [(e.sub_event_type, e.date) for e in a.events]


def test_a_founding_year_in_a_relative_clause_dates_no_later_attack():
    text = (
        "وتنتشر الجماعة التي تأسست عام 2015 في منطقة البحيرة. "
        "وقالت إنها نصبت كمينا لدورية من الجيش قرب بلدة بول."
    )
    assert _dated(_coded(text)) == [("Armed clash", date(2025, 6, 1))]


def test_a_founding_year_in_the_attack_sentence_dates_nothing():
    text = "هاجمت الجماعة التي ظهرت عام 2015 موقعا للجيش في بلدة بول."
    events = _coded(text).events
    assert [(e.date, e.time_precision) for e in events] == [(date(2025, 6, 1), 1)]


def test_a_treaty_year_dates_no_event_told_after_it():
    text = (
        "ويأتي ذلك رغم اتفاق السلام لعام 2019 بين الحكومة والجماعة. "
        "واشتبك الجيش مع الجماعة في بلدة بول."
    )
    assert _dated(_coded(text)) == [("Armed clash", date(2025, 6, 1))]


def test_an_old_ambush_recalled_in_another_clause_leaves_the_news_in_the_present():
    text = (
        "قتل تسعة جنود في هجوم شنته الجماعة على بلدة بول، "
        "حيث قتل أربعة جنود في كمين في 2018."
    )
    events = _coded(text).events
    assert [(e.date, e.fatalities) for e in events if e.date == date(2025, 6, 1)] == [(date(2025, 6, 1), 9)]


def test_a_year_in_the_trigger_clause_still_makes_it_history():
    text = "وكانت الجماعة هاجمت بلدة بول في 2018 وقتلت عشرين شخصا."
    assert _coded(text).events == ()


def test_a_paragraph_of_old_history_does_not_date_the_next_paragraph():
    text = (
        "واندلع القتال بين الجيش والجماعة في مارس 2021 في منطقة ليوا.\n"
        "وقال الجيش إنه قتل 40 مسلحا من الجماعة في بلدة بول."
    )
    assert _dated(_coded(text)) == [("Armed clash", date(2025, 6, 1))]


def test_a_month_alone_is_no_day_for_the_next_paragraph_of_an_undated_report():
    text = (
        "واندلع القتال بين الجيش والجماعة في مارس 2021 في منطقة ليوا.\n"
        "وقال الجيش إنه قتل 40 مسلحا من الجماعة في بلدة بول."
    )
    a = code_with_oracle(text, [TOWN, LAKE], [ARMY, GROUP], published=None)
    assert [e.date for e in a.events if e.fatalities == 40] == [None]


def test_a_campaign_since_an_old_date_is_no_event_of_the_day():
    text = (
        "قتل ثلاثة جنود اليوم في كمين نصبته الجماعة قرب بلدة بول. "
        "ومنذ العام 2009، تقاتل الجماعة الجيش وتشن هجمات على القرى قرب بلدة ليوا."
    )
    assert _dated(_coded(text)) == [("Armed clash", date(2025, 6, 1))]


def test_a_campaign_since_a_calendar_date_weeks_ago_is_no_event_of_the_day():
    text = "ويشن الجيش، منذ 3 أبريل الماضي، هجمات على مواقع الجماعة قرب بلدة ليوا."
    assert _dated(_coded(text)) == []


def test_shelling_since_yesterday_is_news():
    text = "ويشن الجيش منذ أمس هجمات على مواقع الجماعة قرب بلدة ليوا."
    assert [e.sub_event_type for e in _coded(text).events] == ["Armed clash"]


def test_a_since_date_of_a_relative_clause_leaves_the_fighting_before_it_news():
    text = "وقتل ثلاثة مسلحين اليوم في اشتباكات مع الجيش، الذي ينتشر في بلدة بول منذ عام 2019."
    assert [e.sub_event_type for e in _coded(text).events] == ["Armed clash"]


def test_a_pluperfect_after_where_recalls_an_old_ambush_and_its_sides():
    text = (
        "قتل تسعة جنود اليوم في هجوم شنته الجماعة قرب بلدة بول، "
        "حيث كان قتل جنود من الجيش في كمين نصبه مسلحون قبل سنوات."
    )
    a = _coded(text)
    assert [(e.sub_event_type, e.date) for e in a.events] == [("Armed clash", date(2025, 6, 1))]
    assert [a.mention(x).text for x in a.events[0].actor1] == ["الجماعة"]


def test_a_birth_year_dates_no_event():
    text = "وقتل رجل ولد في عام 1961 في غارة للجيش على بلدة بول."
    assert _dated(_coded(text)) == [("Air/drone strike", date(2025, 6, 1))]


def test_clashes_the_area_saw_in_the_past_are_no_event_of_the_day():
    text = (
        "قتل أربعة جنود اليوم في كمين نصبته الجماعة قرب بلدة بول. "
        "وشهدت بلدة ليوا عدة اشتباكات بين الجيش والجماعة في الماضي."
    )
    assert _dated(_coded(text)) == [("Armed clash", date(2025, 6, 1))]


def test_an_old_date_in_its_own_clause_makes_that_clause_history_beside_the_news():
    # the truce named in a relative clause came into force months ago; the ambush of the day is the only event
    text = (
        "نصبت الجماعة اليوم كمينا لدورية من الجيش قرب بلدة بول، في خرق لاتفاق الهدنة "
        "الذي دخل حيز التنفيذ في 12 يناير 2025."
    )
    assert _dated(_coded(text)) == [("Armed clash", date(2025, 6, 1))]


def test_a_recent_date_in_its_own_clause_still_dates_its_event():
    text = "نصبت الجماعة كمينا لدورية من الجيش قرب بلدة بول في 28 مايو، وقتلت ثلاثة جنود."
    assert _dated(_coded(text)) == [("Armed clash", date(2025, 5, 28))]


def test_an_attack_told_as_an_earlier_one_is_no_event_of_the_day():
    text = ("قتل الجيش 30 من عناصر الجماعة في عملية قرب بلدة بول اليوم. "
            "وأشار الجيش إلى قيام الجماعة بشن هجوم سابق على قواته في ليوا.")
    assert [(t, d) for t, d in _dated(_coded(text)) if d == date(2025, 6, 1)] == [("Armed clash", date(2025, 6, 1))]
    assert len(_coded(text).events) == 1



def test_a_span_after_since_measures_its_clause_and_the_next_clause_is_dated_news():
    # DAY is Sunday 1 June 2025: مساء السبت is 31 May
    text = (
        "يتواصل التوتر في المنطقة منذ ثلاثة أسابيع، حيث نصبت الجماعة مساء السبت كمينا لدورية من الجيش قرب بلدة بول. "
        "وقالت مصادر إن الجيش اشتبك مع مسلحي الجماعة قرب ليوا."
    )
    assert _dated(_coded(text)) == [("Armed clash", date(2025, 5, 31)), ("Armed clash", date(2025, 5, 31))]


def test_a_span_after_since_keeps_a_running_toll_out_of_the_days_events():
    text = "قتل أكثر من مئة شخص في الهجمات على بلدة بول منذ ثلاثة أسابيع."
    assert _dated(_coded(text)) == []


def test_hours_named_by_what_follows_are_a_point_not_a_span():
    text = (
        "يتواصل التوتر في المنطقة منذ ساعات الصباح الأولى، حيث نصبت الجماعة أمس كمينا لدورية من الجيش قرب بلدة بول."
    )
    assert _dated(_coded(text)) == []
