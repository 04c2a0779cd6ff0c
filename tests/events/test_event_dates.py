"""Dates: weekdays, nights, relative expressions and explicit dates against the article's anchor."""

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.dates import DateResolver
from marsad.knowledge import load_table
from marsad.model import Article, MentionKind
from marsad.readers import make_article
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

TUESDAY = datetime(2024, 12, 3, 9, 12, tzinfo=UTC)


def _dates(text: str, published: datetime | None = TUESDAY) -> list:
    a: Article = make_article(text, published=published)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), DateResolver()):
        a = stage(a)
    out = a.mentions_of(MentionKind.DATE)
    for m in out:
        assert a.raw[m.start : m.end] == m.text
    return list(out)


def _one(text: str, published: datetime | None = TUESDAY):
    found = _dates(text, published)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def test_weekday_in_a_dispatch_of_that_day_is_that_day():
    m = _one("تخوض الفصائل الثلاثاء معارك عنيفة.")
    assert m.resolution.value == date(2024, 12, 3) and m.resolution.time_precision == 1


def test_earlier_weekday_and_parts_of_day():
    assert _one("بدأت الفصائل هجوما الأربعاء.").resolution.value == date(2024, 11, 27)
    m = _one("قصفت الطائرات البلدة فجر الأحد.")
    assert (m.resolution.value, m.resolution.part_of_day) == (date(2024, 12, 1), "dawn")
    m = _one("وشاهد مصور صباح الثلاثاء دبابات متروكة.")
    assert (m.resolution.value, m.resolution.part_of_day) == (date(2024, 12, 3), "morning")
    assert _one("جرت الانتخابات يوم الخميس الماضي.").resolution.value == date(2024, 11, 28)
    assert _one("اجتمع الوفدان الثلاثاء الماضي.").resolution.value == date(2024, 11, 26)


def test_night_named_by_two_days_is_the_later_day():
    m = _one("دارت ليل الإثنين الثلاثاء اشتباكات شرسة.")
    assert m.text == "ليل الإثنين الثلاثاء"
    assert (m.resolution.value, m.resolution.part_of_day) == (date(2024, 12, 3), "night")
    assert _one("وقعت غارات ليل الأحد إلى الإثنين.").resolution.value == date(2024, 12, 2)


def test_relative_expressions():
    assert _one("قتل شخصان أمس.").resolution.value == date(2024, 12, 2)
    assert _one("قتل شخصان أول أمس.").resolution.value == date(2024, 12, 1)
    assert _one("تظاهر المئات اليوم في المدينة.").resolution.value == date(2024, 12, 3)
    m = _one("ساهمت التعزيزات خلال اليومين الماضيين في إبطاء التقدم.")
    assert (m.resolution.value, m.resolution.time_precision) == (date(2024, 12, 2), 2)
    m = _one("سيطرت الفصائل خلال الساعات الأخيرة على بلدات.")
    assert (m.resolution.value, m.resolution.time_precision) == (date(2024, 12, 3), 1)
    m = _one("وكانت الفصائل تقدمت إليها قبل أيام.")
    assert m.resolution.time_precision == 2 and m.resolution.value < date(2024, 12, 3)
    assert _one("اعتقل قبل يومين.").resolution.value == date(2024, 12, 1)
    m = _one("قتل ثلاثة الأسبوع الماضي.")
    assert (m.resolution.value, m.resolution.time_precision) == (date(2024, 11, 28), 2)
    m = _one("نزح الآلاف الشهر الماضي.")
    assert (m.resolution.value, m.resolution.time_precision) == (date(2024, 11, 15), 3)
    m = _one("اعتقلتهم قوات الأمن العام الماضي.")
    assert (m.resolution.value, m.resolution.time_precision) == (date(2023, 7, 1), 3)


def test_the_next_day_is_the_day_after_the_one_named_last():
    found = _dates("قصفت الطائرات البلدة يوم 28 نوفمبر. وفي اليوم الموالي اقتحمتها الفصائل، ثم انسحبت في اليوم التالي.")
    assert [m.resolution.value for m in found] == [date(2024, 11, 28), date(2024, 11, 29), date(2024, 11, 30)]
    # with no day named before, "the next day" dates nothing (and is not today)
    assert _dates("اقتحمت الفصائل البلدة في اليوم التالي.") == []


def test_since_dates_are_marked():
    m = _one("تتواصل المعارك منذ الأربعاء.")
    assert m.role == "since" and m.resolution.value == date(2024, 11, 27)
    m = _one("لأول مرة منذ اندلاع النزاع عام 2011.")
    assert (m.resolution.value.year, m.resolution.time_precision) == (2011, 3)


def test_explicit_dates_in_every_regional_month_name():
    for text in ("3 كانون الأول 2024", "3 ديسمبر 2024", "3 كانون الأول/ديسمبر 2024", "3 دجنبر 2024", "3/12/2024",
                 "2024-12-03"):  # fmt: skip
        m = _one(f"وقع الهجوم في {text}.", published=None)
        assert m.resolution.value == date(2024, 12, 3), text
    assert _one("في 15 آذار 2011 خرجت مظاهرات.").resolution.value == date(2011, 3, 15)
    assert _one("في 29 سبتمبر قتل شخص.").resolution.value == date(2024, 9, 29)
    m = _one("في أيلول 2024 تصاعد القصف.", published=None)
    assert (m.resolution.value, m.resolution.time_precision) == (date(2024, 9, 15), 3)


def test_hijri_dates_convert():
    m = _one("وقع الهجوم في 1 رمضان 1445 هـ.", published=None)
    assert m.resolution.value == date(2024, 3, 11)


def test_without_anchor_relative_dates_stay_unresolved():
    assert _one("قتل شخصان أمس.", published=None).resolution is None
    assert _one("تخوض الفصائل الثلاثاء معارك.", published=None).resolution is None


def test_future_weekday_is_marked():
    m = _one("تعقد المحادثات الخميس المقبل.")
    assert m.role == "future" and m.resolution.value == date(2024, 12, 5)


def test_wire_dateline_is_not_a_date_mention():
    text = "قتل شخصان الثلاثاء.\nأ ف ب 030912 GMT DEC 24"
    a = make_article(text)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), DateResolver()):
        a = stage(a)
    assert [m.text for m in a.mentions_of(MentionKind.DATE)] == ["الثلاثاء"]


WEEKDAY_FORMS = [
    f for r in load_table("date_expressions.tsv").rows if r["kind"] == "weekday" for f in r["forms"].split("|")
]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(WEEKDAY_FORMS), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_any_weekday_resolves_within_the_week_up_to_the_anchor(form, anchor):
    published = datetime(anchor.year, anchor.month, anchor.day, 12, tzinfo=UTC)
    found = [m for m in _dates(f"قتل شخصان {form} في المدينة.", published) if m.resolution is not None]
    assert len(found) == 1
    value = found[0].resolution.value
    assert anchor - timedelta(days=6) <= value <= anchor


def test_ordinal_days_of_levantine_dates():
    assert _one("وقع الهجوم في الثالث من كانون الأول 2024.", published=None).resolution.value == date(2024, 12, 3)
    assert _one("في الحادي والعشرين من آذار قتل شخص.").resolution.value == date(2024, 3, 21)
    assert _dates("وقتل الثاني من المسلحين في الاشتباك.") == []


def test_counted_past_days():
    m = _one("قتل 30 شخصا خلال الأيام الخمسة الماضية.")
    assert (m.resolution.value, m.resolution.time_precision) == (date(2024, 11, 30), 2)


def test_day_of_the_current_or_last_month():
    assert _one("قتل شخص في الأول من الشهر الجاري.").resolution.value == date(2024, 12, 1)
    assert _one("وقع الهجوم في 28 من الشهر الماضي.").resolution.value == date(2024, 11, 28)


def test_a_late_evening_dispatch_is_dated_by_the_local_day():
    late = datetime(2024, 12, 3, 22, 30, tzinfo=UTC)  # already Wednesday 01:30 in Damascus
    assert _one("قصفت الطائرات البلدة الأربعاء.", published=late).resolution.value == date(2024, 12, 4)
    assert _one("قصفت الطائرات البلدة الثلاثاء.", published=late).resolution.value == date(2024, 12, 3)


def test_a_month_named_as_past_is_the_last_such_month_before_the_report():
    # the report is dated 3 December 2024
    m = _one("وفي أكتوبر الماضي اندلعت اشتباكات في المدينة.")
    assert (m.resolution.value, m.resolution.time_precision) == (date(2024, 10, 15), 3)
    m = _one("وكانت المعارك قد بدأت في ديسمبر المنصرم.")
    assert m.resolution.value == date(2023, 12, 15)  # this December is not over: the one before
    # a day of that month keeps its own reading
    m = _one("وقع الاتفاق في 10 مارس الماضي.")
    assert (m.resolution.value, m.resolution.time_precision) == (date(2024, 3, 10), 1)


def test_a_weekday_before_a_full_date_is_one_date_and_the_date_wins():
    # the report is dated Tuesday 3 December 2024: the Saturday is not last week's but the one the date names
    m = _one("بدأت المعارك يوم السبت 15 يونيو الماضي.")
    assert m.text == "يوم السبت 15 يونيو" and m.resolution.value == date(2024, 6, 15)
    # some papers put a slash between the day and the month's name
    assert _one("بدأت المعارك يوم السبت 15/ يونيو الماضي.").resolution.value == date(2024, 6, 15)
    # a weekday alone keeps its reading
    assert _one("بدأت المعارك يوم السبت.").resolution.value == date(2024, 11, 30)


def test_yesterday_with_a_weekday_is_one_date_and_the_weekday_wins():
    # published on a Tuesday: أمس is Monday, but the writer names Sunday (the copy was held a day)
    m = _one("اندلعت مواجهات في البلدة مساء أمس الأحد.")
    assert m.text == "مساء أمس الأحد"
    assert (m.resolution.value, m.resolution.part_of_day) == (date(2024, 12, 1), "evening")
    m = _one("سقطت قذائف على الحي أمس الإثنين.")
    assert m.text == "أمس الإثنين" and m.resolution.value == date(2024, 12, 2)


def test_today_named_by_its_weekday_sets_the_day_of_the_whole_report():
    # filed on Monday, published on Tuesday: the writer's "today, Monday" is Monday, and so is a later bare اليوم
    found = _dates("تجددت صباح اليوم الإثنين المواجهات في القرية. وانسحبت الدورية ظهر اليوم بعد الهجوم.")
    assert [m.resolution.value for m in found] == [date(2024, 12, 2), date(2024, 12, 2)]
    # a today named as the anchor's own day changes nothing
    found = _dates("قصفت المدفعية البلدة اليوم الثلاثاء. وأصيب مدني أمس.")
    assert [m.resolution.value for m in found] == [date(2024, 12, 3), date(2024, 12, 2)]


def test_a_day_told_in_gmt_beside_the_local_time_is_no_date():
    # local time 01,30 on Tuesday is 22,30 GMT on Monday night: only the local day is a date
    found = _dates("أسقطت الدفاعات مسيرة فجر الثلاثاء عند الساعة 01,30 (22,30 ت غ مساء الإثنين) قرب المطار.")
    assert [m.text for m in found] == ["فجر الثلاثاء"]
    found = _dates("وقع الانفجار في الساعة الثالثة فجر الثلاثاء (منتصف ليل الإثنين بتوقيت غرينتش).")
    assert [m.text for m in found] == ["فجر الثلاثاء"]


def test_a_date_after_as_of_is_a_start_like_since():
    # اعتبارا من / ابتداء من + a date: the start of what goes on, not the day of the next sentences' events
    m = _one("وتشهد المنطقة غارات يومية اعتبارا من الثاني والعشرين من تشرين الثاني.")
    assert m.role == "since" and m.resolution.value == date(2024, 11, 22)
    m = _one("وفرضت السلطات حظر التجول ابتداء من الأحد.")
    assert m.role == "since"
    assert [m.role for m in _dates("استمرت الغارات من الأحد إلى الاثنين.")] == ["", ""]


def test_a_weekday_naming_a_market_is_no_date():
    # سوق الجمعة: Tripoli's quarter, named after its Friday market; the dawn of Thursday is the date
    assert [m.text for m in _dates("خرج المتظاهرون فجر الخميس في منطقة سوق الجمعة بطرابلس.")] == ["فجر الخميس"]
    assert [m.text for m in _dates("أغلقت المحال التجارية يوم الجمعة في السوق.")] == ["يوم الجمعة"]


def test_the_first_of_two_days_takes_the_month_named_after_the_second():
    found = _dates("قتل 12 شخصا في غارات على مدينة إدلب يومي 14 و15 نوفمبر.", datetime(2025, 11, 19, tzinfo=UTC))
    assert [(m.text, m.resolution.value) for m in found] == [("14", date(2025, 11, 14)), ("15 نوفمبر", date(2025, 11, 15))]


def test_the_same_day_is_the_day_named_last():
    found = _dates("وقع الكمين الأول قرب بلدة جيبو الخميس، فيما قتل خمسة في كمين آخر في نفس اليوم في منطقة دوري.",
                   datetime(2022, 5, 7, tzinfo=UTC))
    assert [(m.text, m.resolution.value) for m in found] == [("الخميس", date(2022, 5, 5)), ("نفس اليوم", date(2022, 5, 5))]
    # with no day named before it, it dates nothing
    assert _dates("قتل خمسة في كمين في اليوم نفسه.", datetime(2022, 5, 7, tzinfo=UTC)) == []


def test_days_before_or_after_the_day_named_last():
    # the report's Tuesday is 3 Dec 2024; وقبل ذلك بيومين is two days before the day the text named last
    found = _dates("قتل طفل في قصف على البلدة يوم الأحد. وقبل ذلك بيومين، استهدفت قذائف قرية أخرى.")
    assert [(m.text, m.resolution.value) for m in found] == [
        ("يوم الأحد", date(2024, 12, 1)), ("قبل ذلك بيومين", date(2024, 11, 29))]
    later = _dates("قتل طفل في قصف على البلدة يوم الأحد، وبعد ذلك بثلاثة أيام قتل آخر.")
    assert later[-1].resolution.value == date(2024, 12, 4)
    # with no day named before, nothing to count from
    assert _dates("وقبل ذلك بيومين استهدفت قذائف القرية.") == []


def test_the_weekend_is_the_last_saturday_at_week_precision():
    # the report's Tuesday is 3 Dec 2024: the weekend before is Saturday 30 November
    m = _one("قتل عشرة مدنيين خلال عطلة نهاية الأسبوع في هجوم على البلدة.")
    assert (m.resolution.value, m.resolution.time_precision) == (date(2024, 11, 30), 2)


def test_the_anchor_reads_a_utc_time_in_the_zone_of_the_articles_country():
    from marsad.events.dates import anchor_date
    from marsad.extraction import default_pipeline

    late = datetime(2024, 4, 22, 23, 30, tzinfo=UTC)
    stages = default_pipeline()
    mali = stages(make_article("قتل خمسة مدنيين في هجوم على قرية قرب مدينة موبتي وسط مالي.", "m", published=late))
    gaza = stages(make_article("قتل خمسة مدنيين في غارة على مخيم جباليا شمال قطاع غزة.", "g", published=late))
    nowhere = stages(make_article("قتل خمسة مدنيين في هجوم.", "n", published=late))
    assert (anchor_date(mali), anchor_date(gaza), anchor_date(nowhere)) == (date(2024, 4, 22), date(2024, 4, 23),
                                                                             date(2024, 4, 23))


def test_a_day_of_the_month_of_a_named_month():
    # في 22 من شهر كانون الأول الفائت: "the month of" between the day and the month's name
    # (published on 3 December 2024: "last December" is December 2023)
    m = _one("وقع الاعتداء في 22 من شهر كانون الأول الفائت.")
    assert (m.text, m.resolution.value) == ("22 من شهر كانون الأول", date(2023, 12, 22))


def test_days_of_a_feast_are_the_hijri_days_before_the_report():
    # ثاني أيام عيد الأضحى: 11 Dhu al-Hijjah, the last before the report (Umm al-Qura: 17 June 2024); يوم عيد الفطر:
    # 1 Shawwal (10 April 2024); a feast named in passing (بمناسبة عيد الأضحى) dates nothing
    published = datetime(2024, 6, 22, 12, tzinfo=UTC)
    assert _one("هاجم مسلحون القرية ثاني أيام عيد الأضحى المبارك.", published).resolution.value == date(2024, 6, 17)
    assert _one("قتل شاب يوم عيد الفطر في المدينة.", published).resolution.value == date(2024, 4, 10)
    assert _dates("هنأ الرئيس المواطنين بمناسبة عيد الأضحى.", published) == []
