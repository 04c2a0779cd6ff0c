"""Events are per day (ACLED), and on the right day: fighting or strikes told over two consecutive days are one event on
each day, a toll given for both days is shared between them so that the two add up to the reported figure, and the day
a source spoke bounds the event it reports. An attack only warned of is no event."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 11, 19, 9, tzinfo=UTC)  # a Wednesday


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _days(text: str) -> list[tuple[str, str, int]]:
    records = event_records(_pipeline()(make_article(text, "days-test", published=DAY)))
    return sorted((r["event_date"], r["sub_event_type"], r["fatalities"]) for r in records)


def test_fighting_from_one_evening_to_the_next_morning_is_an_event_on_each_day():
    assert _days("تشهد العاصمة الليبية طرابلس منذ مساء أمس الثلاثاء وحتى صباح اليوم الأربعاء اشتباكات عنيفة بين "
                 "اللواء 444 وقوات جهاز الردع.") == [("2025-11-18", "Armed clash", 0), ("2025-11-19", "Armed clash", 0)]


def test_two_days_joined_by_and_share_the_toll():
    assert _days("اندلعت اشتباكات بين الجيش وقوات الدعم السريع في مدينة الأبيض يومي الأحد والاثنين، قتل فيها 11 "
                 "شخصا.") == [("2025-11-16", "Armed clash", 6), ("2025-11-17", "Armed clash", 5)]
    assert _days("قتل 12 شخصا في غارات روسية على مدينة إدلب يومي 14 و15 نوفمبر.") == [
        ("2025-11-14", "Air/drone strike", 6), ("2025-11-15", "Air/drone strike", 6)]


def test_an_ongoing_fight_since_a_day_is_one_event():
    # منذ without an end is when the fighting began, not a second event day
    found = _days("تتواصل منذ أمس الثلاثاء اشتباكات عنيفة بين الجيش وقوات الدعم السريع في مدينة الأبيض.")
    assert len(found) <= 1


def test_the_day_a_source_spoke_bounds_the_event_it_reports():
    # published on Friday; the governor spoke late on Thursday night, so the strike was no later than Thursday
    records = event_records(_pipeline()(make_article(
        "قتل خمسة أشخاص على الأقل في مدينة زابوريجيا جنوب شرقي أوكرانيا بعد غارة روسية، حسبما قال الحاكم على تطبيق "
        "تيلجرام في وقت متأخر من ليل الخميس.", "days-test", published=datetime(2025, 11, 21, 9, tzinfo=UTC))))
    assert [(r["event_date"], r["sub_event_type"]) for r in records] == [("2025-11-20", "Air/drone strike")]


def test_an_attack_warned_of_is_no_event():
    records = event_records(_pipeline()(make_article(
        "قتل خمسة أشخاص في مدينة زابوريجيا بعد غارة روسية. وكانت السلطات قد أصدرت في وقت سابق تحذيرات بشأن هجوم "
        "بقنبلة انزلاقية على المدينة.", "days-test", published=DAY)))
    assert [r["sub_event_type"] for r in records] == ["Air/drone strike"]


def test_a_lead_dated_by_its_announcement_takes_the_day_the_next_sentence_gives():
    # published on Monday: the army spoke today, the ambush it announced was on Sunday evening
    records = event_records(_pipeline()(make_article(
        "أعلن الجيش الصومالي، اليوم الإثنين، عن مقتل 4 عناصر من حركة الشباب في عملية أمنية بإقليم هيران. وأفادت وكالة "
        "الأنباء الصومالية، مساء الأحد، أن قوات الجيش نصبت كمينا لعناصر الحركة في إقليم هيران.", "days-test",
        published=datetime(2026, 2, 16, 10, tzinfo=UTC))))
    assert [(r["event_date"], r["sub_event_type"], r["fatalities"]) for r in records] == [
        ("2026-02-15", "Armed clash", 4)]


def test_another_event_told_after_also_keeps_its_own_day():
    records = event_records(_pipeline()(make_article(
        "قتل خمسة أشخاص في غارة على مدينة إدلب، كما قتل شخصان أمس في قصف على بلدة سرمين.", "days-test",
        published=DAY)))
    assert sorted((r["location"], r["event_date"]) for r in records) == [("Idleb", "2025-11-19"), ("Sarmin", "2025-11-18")]


def test_the_day_spoken_yields_to_the_earlier_day_the_same_sentence_gives_the_deed():
    # أعلن الجيش اليوم مقتل ... في هجوم ... استهدف موقعا يوم أمس الثلاثاء: today is when the army spoke; the attack
    # was on the day the sentence names for it
    assert _days("أعلن الجيش المالي اليوم مقتل خمسة جنود في هجوم بمنطقة موبتي استهدف موقعا عسكريا يوم أمس "
                 "الثلاثاء.") == [("2025-11-18", "Armed clash", 5)]
    # with no other day in the sentence, the report's day stands
    assert _days("أعلن الجيش المالي اليوم مقتل خمسة جنود في هجوم استهدف موقعا عسكريا بمنطقة موبتي.") == [
        ("2025-11-19", "Armed clash", 5)]


def test_a_day_inside_a_movements_name_dates_nothing():
    # حركة 23 مارس is M23, not 23 March: the takeover is the report's news, not a background event of March
    records = event_records(_pipeline()(make_article(
        "استولى متمردو حركة 23 مارس على بلدة كاليهي في إقليم جنوب كيفو بعد معارك مع جيش البلاد.", "days-test",
        published=DAY)))
    assert [(r["event_date"], r["actor1"], r["actor2"]) for r in records] == [
        ("2025-11-19", "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo (2019-)")]


def test_the_day_the_incident_occurred_with_the_verb_first_dates_the_attack_and_the_fds_are_the_army():
    # هاجم إرهابيون مفرزة من قوات الدفاع والأمن ... وقع الحادث في 16 نوفمبر: the Sahel's defence and security forces
    # are the army, and the incident's day, told verb first, dates the attack the report announced today
    records = event_records(_pipeline()(make_article(
        "أعلن الحداد الوطني في بوركينا فاسو بعد أن هاجم إرهابيون مفرزة من قوات الدفاع والأمن في إقليم الساحل وقتلوا "
        "15 جنديا. ووقع الحادث في 16 نوفمبر قرب بلدة جيبو.", "days-test", published=DAY)))
    assert [(r["event_date"], r["actor2"]) for r in records] == [
        ("2025-11-16", "Military Forces of Burkina Faso (2022-)")]


def _events(text: str) -> list[tuple[str, str, str, str, int]]:
    records = event_records(_pipeline()(make_article(text, "days-test", published=DAY)))
    return sorted((r["event_date"], r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in records)


def test_an_event_told_some_days_before_the_news_is_coded_on_its_own_day():
    # بعد ثلاثة أيام من هجوم مماثل أودى بحياة 9 من عناصر الشرطة: a second bombing, three days before the news, whose
    # dead are the police; the soldiers of the news are not its side
    found = _events("قتل أربعة جنود عراقيين بانفجار عبوة ناسفة في محافظة ديالى، أمس الثلاثاء، بعد ثلاثة أيام من هجوم "
                    "مماثل أودى بحياة 9 من عناصر الشرطة الاتحادية.")
    assert found == [
        ("2025-11-15", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2022-)",
         9),
        ("2025-11-18", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2022-)",
         4)]
    # a frame that dates an earlier takeover two days before the news codes it too
    found = _events("استعاد الجيش السوداني اليوم السيطرة على مدينة بارا في ولاية شمال كردفان. وتأتي هذه التطورات بعد "
                    "يومين من استعادة الجيش مدينة أم روابة بنفس الولاية.")
    assert [(day, sub) for day, sub, *_ in found] == [
        ("2025-11-17", "Government regains territory"), ("2025-11-19", "Government regains territory")]
    # weeks before, the earlier deed is history
    assert _events("أفرجت السلطات في بنغازي عن ناشط سياسي بعد أسبوعين من اعتقاله.") == []


def test_a_day_inside_an_outlets_name_dates_nothing():
    # وكالة (بغداد اليوم): the outlet's name holds "today", which is not the day of the bombing it reports
    found = _events("قتل جنديان بانفجار عبوة ناسفة في قضاء الحويجة بمحافظة كركوك أمس الثلاثاء. وذكرت وكالة (بغداد "
                    "اليوم) أن العبوة استهدفت دورية للجيش قرب الحويجة.")
    assert [day for day, *_ in found] == ["2025-11-18"]


def test_an_agreement_announced_a_day_before_the_news_is_dated_that_day():
    # وتأتي حملة الاعتقالات بعد يوم من إعلان لجنة الفصائل التوصل لاتفاق: the agreement was announced the day before
    found = _events("نفذت الأجهزة الأمنية الفلسطينية اعتقالات في صفوف شبان من مدينة جنين، فجر اليوم. وتأتي حملة "
                    "الاعتقالات بعد يوم من إعلان لجنة المتابعة التوصل لاتفاق مع السلطة لإنهاء الأزمة في المدينة.")
    assert [(day, sub, a2) for day, sub, _, a2, _ in found] == [
        ("2025-11-18", "Agreement", ""), ("2025-11-19", "Arrests", "Civilians (Palestine)")]


def test_the_day_closing_an_attribution_is_when_the_source_spoke_not_when_the_deed_was_done():
    # the report is Wednesday's: the ambush was on Tuesday, the report that told of it came out today, and the
    # sentence after the lead goes on with Tuesday's ambush
    assert _days("قتل مسلحون خمسة جنود في كمين شمال مالي أمس الثلاثاء، وفق ما أفاد مصدر أمني، اليوم الأربعاء. "
                 "ووقع الكمين قرب بلدة غاو.") == [("2025-11-18", "Armed clash", 5)]
    # with no day told with the deed, the closing day still dates it
    assert _days("قتل مسلحون خمسة جنود في كمين شمال مالي، وفق ما أفاد مصدر أمني، أمس الثلاثاء.") == [
        ("2025-11-18", "Armed clash", 5)]


def test_protests_after_friday_prayers_are_on_that_friday():
    # published on a Wednesday: the stands held "right after Friday prayers" were last Friday, the 14th
    assert _days("نظمت وقفات احتجاجية في مدن الدار البيضاء وطنجة ومراكش، مباشرة بعد صلاة الجمعة تضامنا مع غزة.") \
        == [("2025-11-14", "Peaceful protest", 0)] * 3


def test_a_day_a_verb_of_carrying_out_gives_later_in_the_sentence_dates_the_deed():
    # published on a Wednesday: the operations were carried out on Monday, the army announced them today
    assert _days("أعلن الجيش مقتل 48 مسلحا خلال عمليات منسقة في ولاية أمهرة نفذت يوم الاثنين 17 نوفمبر.") == [
        ("2025-11-17", "Armed clash", 48)]
    # the strike that took place last night, told again after a comma and a relative pronoun
    assert _days("قتل 18 شخصا في غارة جوية شنها الجيش على مدرستين في ولاية راخين، أفادت تقارير اليوم. وأصيب 20 آخرون "
                 "في الغارة، التي وقعت ليلة أمس على قرية في ولاية راخين.")[0][0] == "2025-11-18"


def _placed(text: str) -> list[tuple[str, str, str]]:
    records = event_records(_pipeline()(make_article(text, "days-test", published=DAY)))
    return sorted((r["event_date"], r["sub_event_type"], r["location"]) for r in records)


def test_an_earlier_event_a_frame_dates_days_before_is_placed_where_it_was():
    # بعد يومين من tells when, not how far: the town after it is the earlier strike's, not a distance's reference
    assert _placed("قتل ثلاثة مدنيين اليوم الأربعاء في غارة إسرائيلية على بلدة عيترون، ويأتي ذلك بعد يومين من غارة "
                   "أخرى على مدينة بنت جبيل.") == [("2025-11-17", "Air/drone strike", "Bent Jbail"),
                                                 ("2025-11-19", "Air/drone strike", "Aitaroun")]


def test_violence_a_frame_tells_hours_before_the_news_is_news_of_that_day():
    assert _placed("قتل ثلاثة مدنيين اليوم الأربعاء في غارة إسرائيلية على بلدة عيترون، ويأتي ذلك بعد ساعات من غارة "
                   "أخرى على مدينة بنت جبيل.") == [("2025-11-19", "Air/drone strike", "Aitaroun"),
                                                 ("2025-11-19", "Air/drone strike", "Bent Jbail")]


def test_a_withdrawal_hours_before_a_clash_is_no_event_of_its_own():
    # the force that left after mediating handed nothing over, and the fighting it had stopped is not taken ground
    assert [k for _, k, _ in _placed(
        "اندلعت اشتباكات قبلية اليوم في مديرية عسيلان بمحافظة شبوة، بعد ساعات من انسحاب قوة عسكرية قادت وساطة بين "
        "الطرفين.")] == ["Armed clash"]


def test_the_place_after_an_earlier_event_is_not_the_news_events():
    # the bomb went off in Daraa; Jasim is where the killing hours before it happened
    assert _placed("انفجرت عبوة ناسفة في مدينة درعا اليوم بعد ساعات من حادثة اغتيال شهدتها مدينة جاسم في الريف "
                   "الشمالي للمحافظة.") == [("2025-11-19", "Remote explosive/landmine/IED", "Dar'a")]


def test_a_weekday_in_brackets_after_today_names_the_writers_day():
    # copy filed on Tuesday evening and published on Wednesday: every اليوم of the report is the Tuesday
    assert _days("قالت الجماعة مساء اليوم (الثلاثاء) إن غارات أمريكية استهدفت مديرية المنصورية بمحافظة الحديدة.\n"
                 "كما شنت مقاتلات أمريكية مساء اليوم ثلاث غارات جوية استهدفت مديرية وشحة في محافظة حجة.") == [
        ("2025-11-18", "Air/drone strike", 0), ("2025-11-18", "Air/drone strike", 0)]


def test_a_lead_placed_in_a_part_of_the_country_takes_the_day_of_its_retelling_at_the_village():
    records = event_records(_pipeline()(make_article(
        "قال شاهد عيان اليوم الأربعاء إن مجموعة كبيرة من المسلحين اختطفت 50 شخصا، معظمهم من النساء والأطفال، من قرية "
        "شمال غربي نيجيريا.\n"
        "وقال أحد السكان إن نحو 100 مسلح هاجموا قرية في ولاية كاتسينا مساء الاثنين، ثم اختطفوا عددا من السكان.",
        "days-test", published=DAY)))
    assert [(r["event_date"], r["location"]) for r in records if r["sub_event_type"].startswith("Abduction")] == [
        ("2025-11-17", "Katsina")]
