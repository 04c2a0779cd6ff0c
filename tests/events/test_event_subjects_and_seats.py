"""Who struck and where, when the copy puts them where the lead's trigger does not look: the subject of a verb that
comes first (استهدفت قوات الاحتلال جرافة ... بواسطة طائرة مسيرة), the town a later sentence names inside the region
the lead gave, and the base of the correspondent who reports it (مراسل عنب بلدي في دير الزور)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 10, 18, 12, tzinfo=UTC)  # a Saturday


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _coded(text: str, *fields: str, published: datetime = DAY) -> list[tuple]:
    records = event_records(_pipeline()(make_article(text, "subjects-test", published=published)))
    return [tuple(r[f] for f in fields) for r in records]


def test_the_subject_after_a_verb_of_striking_is_who_struck():
    text = "استهدفت قوات الاحتلال الإسرائيلي جرافة في بلدة الخيام جنوبي لبنان، بواسطة طائرة مسيرة حربية."
    assert _coded(text, "sub_event_type", "actor1", "location") == [
        ("Air/drone strike", "Military Forces of Israel (2022-)", "Khiam")]


def test_a_weapon_after_the_actor_makes_the_verb_passive_and_the_actor_the_one_hit():
    text = "استهدفت قوات الجيش بعبوة ناسفة في بلدة الخيام جنوبي لبنان."
    assert _coded(text, "sub_event_type", "actor1", "actor2") == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Lebanon)", "Military Forces of Lebanon (2016-)")]


def test_a_re_mention_names_the_town_inside_the_region_of_the_lead():
    text = ("أصيب شخصان جراء انفجار عبوة ناسفة في ريف دير الزور الشرقي، اليوم السبت. وقال مصدر محلي إن الانفجار "
            "استهدف سيارة في مدينة البوكمال.")
    assert _coded(text, "sub_event_type", "location", "event_date") == [
        ("Remote explosive/landmine/IED", "Albu Kamal", "2025-10-18")]


def test_the_correspondents_base_is_not_where_the_event_happened():
    text = ("أصيب شخصان جراء انفجار عبوة ناسفة في ريف دير الزور الشرقي، اليوم السبت. وأفاد مراسل عنب بلدي في دير "
            "الزور بأن الانفجار، الذي استهدف سيارة قرب دوار الهجانة في مدينة البوكمال، أسفر عن إصابات طفيفة.")
    assert [r[0] for r in _coded(text, "location")] == ["Albu Kamal"]


def test_the_correspondents_base_places_the_event_when_no_other_place_is_named():
    text = "وأفاد مراسل الجزيرة في مدينة غزة بأن غارة إسرائيلية استهدفت منزلا صباح اليوم."
    assert [r[0] for r in _coded(text, "location")] == ["Gaza"]


def test_a_filing_city_with_its_outlet_in_brackets_is_no_event_place():
    text = ("أربيل (كوردستان24)- شهدت منطقة \"الشعب\" في العاصمة بغداد، ليلة أمس، اشتباكات مسلحة بين القوات الأمنية "
            "ومسلحين.")
    assert [r[0] for r in _coded(text, "location")] == ["Baghdad"]


def test_a_filing_city_with_its_country_is_no_event_place():
    text = ("بيروت ، لبنان – نفذت طائرة مسيرة إسرائيلية صباح اليوم السبت، 8 نوفمبر 2025، غارة جوية استهدفت سيارة مدنية "
            "قرب مدخل مدينة بنت جبيل في جنوب لبنان.")
    assert [r[0] for r in _coded(text, "location", published=datetime(2025, 11, 8, 12, tzinfo=UTC))] == ["Bent Jbail"]


def test_the_region_after_a_villages_holding_unit_locates_it_and_is_no_second_place():
    text = ("قصف الطيران الإسرائيلي مساء الأحد موقعا في بلدة الحفير التابعة لقضاء بعلبك شرق لبنان. وأسفر القصف عن مقتل "
            "شخص.")
    assert _coded(text, "location", "fatalities") == [("Baalbek", 1)]


def test_a_downing_one_side_charges_another_with_is_no_part_of_the_strike():
    text = ("قتل شقيقان، الاثنين، في غارة إسرائيلية بطائرة مسيرة استهدفت منشرة أخشاب في بلدة الخيام جنوب لبنان، بينما "
            "اتهم جيش الاحتلال قوات اليونيفيل بإسقاط مسيرة إسرائيلية.")
    assert _coded(text, "sub_event_type", "actor1", "actor2", "fatalities") == [
        ("Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Lebanon)", 2)]


def test_people_an_unnamed_armed_group_detains_are_abducted():
    text = "احتجز جهاديون مشتبه بهم في وسط مالي أكثر من 110 مدنيين اختطفوا قبل ستة أيام."
    assert _coded(text, "sub_event_type", "actor1", "actor2") == [
        ("Abduction/forced disappearance", "Unidentified Armed Group (Mali)", "Civilians (Mali)")]


def test_named_victims_count_one_each_across_a_comma_and_a_time_aside():
    text = ("وقال مراسلنا إن الانفجار وقع في مدينة جاسم بريف درعا، وأودى بحياة المدعو محمد اليتيم، وابنه فراس، كما "
            "أصيب أربعة أطفال.")
    assert [r[0] for r in _coded(text, "fatalities")] == [2]
    text = ("استشهد، صباح اليوم السبت، الفتى محمد أحمد خميس من مخيم عسكر الجديد شرق نابلس، متأثرا بجروحه التي أصيب بها "
            "برصاص قوات الاحتلال.")
    assert [r[0] for r in _coded(text, "fatalities")] == [1]


def test_a_utc_time_is_read_as_the_local_day_of_the_country_the_report_places():
    # 21:42 UTC is still the evening in Libya (UTC+2), past midnight in Baghdad (UTC+3)
    late = datetime(2025, 12, 4, 21, 42, tzinfo=UTC)
    libya = "أفادت وسائل إعلام ليبية بسقوط قتيلين في اشتباكات مسلحة شهدتها مدينة الزاوية غرب طرابلس، مساء اليوم."
    iraq = "قتل شخصان في اشتباكات مسلحة شهدتها مدينة الفلوجة في محافظة الأنبار غرب العراق، مساء اليوم."
    for text, day in ((libya, "2025-12-04"), (iraq, "2025-12-05")):
        records = event_records(_pipeline()(make_article(text, "tz-test", published=late)))
        assert [r["event_date"] for r in records] == [day]


def test_a_witness_retelling_the_lead_with_less_detail_adds_no_event():
    text = ("قتلت مجموعة إرهابية 14 مدنيا في بلدة «ليري» بوسط مالي خلال الأيام الأخيرة، على ما أفادت مصادر محلية. وقال "
            "مسؤول محلي أمس: «شنت جماعة إرهابية هجوما الاثنين، وخطفت 12 شخصا ثم قتلتهم».")
    published = datetime(2025, 11, 6, 21, 29, tzinfo=UTC)
    assert _coded(text, "sub_event_type", "location", "event_date", published=published) == [
        ("Attack", "Léré", "2025-11-03")]


def test_one_nights_attack_told_by_either_day_and_pointed_back_to_is_one_strike():
    text = ("أدان رئيس إقليم كوردستان الهجوم الإرهابي الذي وقع الليلة الماضية على حقل كورمور، وقال إن هذا الهجوم يستهدف "
            "البنية التحتية في العراق وإقليم كوردستان.\n\nواستهدفت طائرة مسيرة حقل كورمور للغاز في إقليم كوردستان "
            "ليلة الأربعاء.")
    published = datetime(2025, 11, 27, 9, tzinfo=UTC)
    assert _coded(text, "sub_event_type", "event_date", published=published) == [("Air/drone strike", "2025-11-26")]


def test_news_announced_with_an_is_a_change_of_ground_not_a_state():
    text = ("أعلنت وزارة الدفاع الصومالية، اليوم السبت، عن استعادة الجيش الصومالي مدينة أوطيغلي الواقعة في إقليم شبيلي "
            "السفلى من قبضة حركة الشباب.")
    assert _coded(text, "sub_event_type", "actor1") == [
        ("Government regains territory", "Military Forces of Somalia (2022-)")]


def test_the_side_holding_the_ground_a_shelling_came_from_fired_it():
    text = ("قتل مدني، مساء اليوم، بقصف مدفعي استهدف حيا سكنيا في مدينة تعز. وقالت مصادر محلية إن قصفا مدفعيا من مناطق "
            "سيطرة جماعة الحوثي استهدف الحي السكني بالمدينة.")
    assert _coded(text, "sub_event_type", "actor1", "fatalities") == [
        ("Shelling/artillery/missile attack", "Military Forces of Yemen (2016-) Houthi", 1)]


def test_a_foiled_plot_is_placed_where_it_was_aimed():
    text = ("أفادت الداخلية السورية، الخميس، بإلقاء القبض على خلية إرهابية كانت تخطط لاغتيال ناشطين إعلاميين في محافظة "
            "اللاذقية.")
    assert [r[0] for r in _coded(text, "location")] == ["Lattakia"]


def test_the_day_the_sources_spoke_leaves_the_lead_to_the_day_the_body_gives():
    text = ("قتل 22 قرويا في غرب النيجر في هجوم نفذه مسلحون على متن دراجات نارية في منطقة تيلابيري، بحسب ما أفادت مصادر "
            "محلية أمس.\n\nوقال أحد سكان تونديكيويندي إنه صباح الاثنين الماضي هاجم مسلحون على متن دراجات نارية القرية "
            "وأطلقوا النار على قرويين.")
    published = datetime(2025, 9, 17, 12, tzinfo=UTC)
    assert _coded(text, "sub_event_type", "event_date", published=published) == [("Attack", "2025-09-15")]


def test_a_toll_reached_later_with_a_part_of_it_gives_the_whole():
    text = ("ارتكبت قوات الدعم السريع مجزرة جديدة بحق مواطنين مدنيين في محلية الرهد بشمال كردفان صباح اليوم السبت. "
            "وبلغت الحصيلة الأولية للمجزرة سقوط 23 شهيدا من الأبرياء، منهم 11 شهيدا من قرية واحدة.")
    assert _coded(text, "sub_event_type", "actor1", "fatalities") == [("Attack", "Rapid Support Forces", 23)]


def test_a_lead_dated_by_the_report_is_the_attack_a_later_sentence_places_and_dates():
    text = ("قتل ما لا يقل عن سبعة قرويين في هجوم إرهابي نفذ في وسط مالي. وقالت منظمة محلية إنها علمت بالهجوم الإرهابي "
            "الذي استهدف قرية في دائرة بانكاس مساء الأحد.")
    published = datetime(2024, 12, 16, 11, 48, tzinfo=UTC)
    assert _coded(text, "sub_event_type", "location", "event_date", "fatalities", published=published) == [
        ("Attack", "Bankass", "2024-12-15", 7)]


def test_weapons_an_attack_used_are_its_means_and_a_set_off_day_dates_it():
    text = ("شن إرهابيون هجوما على قاعدة عسكرية في شمال نيجيريا، مستخدمين قنابل وطائرات مسيرة، ما أسفر عن مقتل سبعة "
            "جنود، وفق ما أفادت به مصادر عسكرية اليوم السبت.\n\nوهاجم الإرهابيون، القاعدة العسكرية في قرية \"نغامدو\"، "
            "قرب مدينة مايدوغوري، فجر أمس الجمعة، مستخدمين قذائف صاروخية وطائرات مسيرة محملة بالمتفجرات.")
    published = datetime(2025, 10, 11, 12, tzinfo=UTC)
    assert _coded(text, "sub_event_type", "event_date", "fatalities", published=published) == [
        ("Armed clash", "2025-10-10", 7)]


def test_young_men_shot_in_a_raid_that_turned_into_a_firefight_are_its_toll():
    text = ("أعلنت وزارة الصحة الفلسطينية، الخميس، استشهاد شابين برصاص الجيش الإسرائيلي خلال اقتحام بلدة طمون جنوب مدينة "
            "طوباس.\n\nوأفادت وكالة وفا بأن قوة خاصة إسرائيلية تسللت إلى البلدة، قبل أن تحاصر منزلا في الأطراف الشرقية "
            "لطمون، ما أدى إلى اندلاع اشتباكات مع مسلحين فلسطينيين، واستهداف المنزل المحاصر بعدة قذائف.")
    assert _coded(text, "sub_event_type", "actor1", "fatalities", published=datetime(2025, 9, 25, 12, tzinfo=UTC)) == [
        ("Armed clash", "Military Forces of Israel (2022-)", 2)]


def test_last_nights_clashes_described_and_stopped_this_morning_are_one_battle_of_the_day_before():
    text = ("ساد هدوء حذر صباح اليوم الأحد، مدينة العجيلات غرب ليبيا بعد اشتباكات مسلحة وصفت بالعنيفة شهدتها الليلة "
            "الماضية عدة مناطق من المدينة.\n\nوذكرت وسائل إعلام ليبية محلية أن الاشتباكات توقفت صباح اليوم.")
    published = datetime(2025, 1, 12, 12, tzinfo=UTC)
    assert _coded(text, "sub_event_type", "event_date", "actor1", "actor2", published=published) == [
        ("Armed clash", "2025-01-11", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")]


def test_killers_named_as_such_keep_their_killing_and_the_police_who_report_it_are_no_side():
    text = ("قتل 38 شخصا على الأقل، السبت، على يد مسلحين في قرية نائية بولاية زامفارا شمال غربي نيجيريا، وفق ما أعلنت "
            "الشرطة المحلية.\nوأفاد مسؤولون بأن الهجوم جاء عشوائيا، مستهدفا كل من حاول الفرار.\nذكرت الشرطة في زامفارا "
            "أن القرية تعرضت لهجوم مسلح أسفر عن سقوط عشرات القتلى.")
    published = datetime(2026, 2, 22, 12, tzinfo=UTC)
    assert _coded(text, "sub_event_type", "actor1", "actor2", "fatalities", published=published) == [
        ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 38)]


def test_a_missile_attack_on_civilians_is_shelling_not_an_attack_on_the_ground():
    text = "شن الحوثيون، اليوم الأحد، هجوما صاروخيا على محافظة مأرب، ما أسفر عن إصابة عدد من المدنيين."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Shelling/artillery/missile attack"]


def test_a_quoted_district_places_a_tribal_fight_and_the_lead_is_its_summary():
    text = ("افاد مصدر في الشرطة المحلية بمحافظة ذي قار جنوبي العراق، يوم الأحد، بمقتل واصابة ثمانية اشخاص بنزاع عشائري "
            "شرقي مدينة الناصرية مركز المحافظة.\nوقال المصدر إن شخصين قتلا وأصيب ستة آخرون بجروح بليغة جراء نزاع عشائري "
            "\"عنيف\" اندلع في قضاء \"سيد دخيل\" شرقي الناصرية.")
    published = datetime(2025, 10, 26, 12, tzinfo=UTC)
    article = _pipeline()(make_article(text, "district-test", published=published))
    [event] = article.events
    assert article.mention(event.location).text == "سيد دخيل" and event.fatalities == 2


def test_people_who_met_their_death_are_civilians():
    text = "لقي 11 شخصا على الأقل مصرعهم، الخميس، في انفجار عبوة ناسفة لدى مرور حافلة ركاب قرب مدينة باندياغارا."
    assert _coded(text, "actor2", "fatalities") == [("Civilians (Mali)", 11)]


def test_an_attack_on_a_patrol_is_a_battle_though_civilian_auxiliaries_died_in_it():
    text = "أعلن جيش بوركينا فاسو، اليوم الأحد، مقتل جنديين ومعاونين مدنيين في هجوم لمسلحين على دورية شرقي البلاد."
    assert _coded(text, "sub_event_type", "actor2", published=datetime(2022, 9, 25, 12, tzinfo=UTC)) == [
        ("Armed clash", "Military Forces of Burkina Faso (2022-)")]


def test_the_side_whose_member_was_killed_is_the_one_the_attack_hit():
    text = ("قتل عنصر من قوات سوريا الديمقراطية \"قسد\"، يوم أمس الإثنين، إثر هجوم مسلح نفذته خلايا تنظيم \"داعش\" في "
            "ريف محافظة دير الزور.")
    assert _coded(text, "actor1", "actor2") == [("Islamic State (Syria)", "QSD: Syrian Democratic Forces")]


def test_soldiers_counted_among_the_dead_are_the_army_an_attack_hit():
    text = ("أسفر هجوم شنه مسلحون على قاعدة عسكرية في بلدة بولسا شمالي بوركينا فاسو عن مقتل نحو 50 جنديا، يوم "
            "الثلاثاء.")
    assert _coded(text, "sub_event_type", "actor1", "actor2") == [
        ("Armed clash", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)")]
    # the nationality after the soldiers names their force already
    text = "قتل ثلاثة جنود أمريكيين وأصيب العشرات في هجوم بطائرة مسيرة على قاعدة في الأردن، الأحد."
    assert "Military Forces of Jordan (1999-)" not in {v for r in _coded(text, "actor1", "actor2") for v in r}


def test_soldiers_of_a_named_force_leave_that_force_the_side():
    text = "قتل ثلاثة جنود من القوات الحكومية في هجوم شنه الحوثيون على مواقعهم في جبهة حيفان جنوبي تعز، الأحد."
    article = _pipeline()(make_article(text, "partitive-test", published=DAY))
    [event] = article.events
    assert [article.mention(x).text for x in event.actor2] == ["القوات الحكومية"]


def test_an_outlet_named_after_a_city_and_a_blast_on_an_army_patrol():
    text = ("أفاد مصدر أمني، اليوم الثلاثاء (9 كانون الثاني 2024)، بإعلان حالة الاستنفار في محافظة ديالى عقب تفجير عبوة "
            "ناسفة على دورية للجيش العراقي.\n\nوقال المصدر في حديث لـ\"بغداد اليوم\"، إن \"عبوة ناسفة استهدفت في ساعة "
            "متأخرة من مساء يوم أمس دورية للجيش قرب قرية الرواجح الثانية شرق ناحية بني سعد جنوب غرب بعقوبة\".")
    published = datetime(2024, 1, 9, 12, tzinfo=UTC)
    assert _coded(text, "actor1", "actor2", "event_date", published=published) == [
        ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2022-)", "2024-01-08")]


def test_olives_picked_are_no_gaza_quarter_and_calls_to_denounce_code_no_protest():
    text = ("أصيب عشرة فلسطينيين، السبت، إثر اعتداءات شنها مستوطنون على مزارعين خلال قطفهم للزيتون. ففي قرية دير نظام "
            "شمال غربي رام الله، هاجمت مجموعة من المستوطنين ثلاث عائلات كانت تقطف الزيتون في أراضيها.")
    assert "Zeitoun" not in {r[0] for r in _coded(text, "location")}
    text = ("أطلقت قوات الأمن السودانية الغاز المسيل للدموع، اليوم الأحد، لمنع وصول المحتجين إلى القصر الرئاسي وسط "
            "الخرطوم.\n\nوخرج آلاف السودانيين اليوم لإدانة سقوط قتلى في احتجاجات الأسبوع الماضي.")
    assert len(_coded(text, "sub_event_type")) == 1


def test_gunmen_attacking_a_bus_attack_civilians_and_a_quarter_abroad_is_the_towns():
    text = ("لقي 31 شخصا مصرعهم وسط مالي أمس الجمعة، اثر هجوم نفذه مسلحون على حافلة في قرية سونجو تنقل ركابا كانوا "
            "متجهين إلى إحدى الأسواق المحلية.")
    assert _coded(text, "sub_event_type", "actor2") == [("Attack", "Civilians (Mali)")]
    text = ("انفجرت عبوة ناسفة في مدينة درعا مساء الإثنين. وقال موقع تجمع أحرار حوران إن انفجارا عنيفا هز مدينة درعا، "
            "ناجما عن عبوة ناسفة قرب مسجد موسى بن نصير في حي القصور.")
    assert {r[0] for r in _coded(text, "location")} == {"Dar'a"}


def test_air_traffic_mortars_drones_overhead_and_a_militia_that_arrests():
    text = ("شهد مطار آدم عدي الدولي في العاصمة الصومالية مقديشو، أمس الأحد، اضطرابا في حركة الطيران، عقب سقوط قذائف "
            "هاون أطلقتها عناصر من حركة الشباب من مناطق في ضواحي العاصمة.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Shelling/artillery/missile attack"]
    text = ("اندلعت مواجهات عنيفة في مدينة الزاوية، الإثنين. وتحدثت وسائل إعلام محلية عن سقوط قتيلين من المدنيين جراء "
            "إطلاق النار الكثيف، بينما بدأت طائرات مسيرة في التحليق بسماء المنطقة.")
    assert "Air/drone strike" not in {r[0] for r in _coded(text, "sub_event_type")}
    text = ("أفاد إعلام الحشد الشعبي بأن قوة من اللواء 30 نفذت عملية أمنية في عدد من مناطق نينوى، وتمكنت من إلقاء القبض "
            "على تسعة إرهابيين من تنظيم داعش.")
    assert "Abduction/forced disappearance" not in {r[0] for r in _coded(text, "sub_event_type")}


def test_an_outlets_dateline_a_belt_worn_drones_ahead_of_a_raid_and_a_national_march():
    # التيار (نواكشوط) -: the outlet and the city it filed from, no place of the events
    text = ("التيار (نواكشوط) - قالت هيئة الأركان في مالي إن قواتها نفذت ضربة جوية يوم الجمعة جنوب منطقة سونغا ماركا "
            "بولاية سيغو.")
    assert "Nouakchott" not in {r[0] for r in _coded(text, "location")}
    text = ("أعلن جهاز الأمن الوطني العراقي، اليوم، القبض على أحد مسلحي تنظيم داعش بينما كان يرتدي حزاما ناسفا في "
            "محافظة الأنبار.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Arrests"]
    text = ("اقتحمت قوات الاحتلال الإسرائيلي صباح اليوم مخيم بلاطة قرب مدينة نابلس، واعتقلت شابا. وأشار الشهود إلى أن "
            "طائرات مسيرة كانت تحلق فوق المخيم في وقت سابق للاقتحام.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Arrests"]
    text = ("انطلقت مسيرة وطنية في العاصمة الرباط صباح اليوم، حيث تجمع الآلاف تضامنا مع الشعب الفلسطيني. المسيرة التي "
            "نظمتها الجبهة المغربية شهدت مشاركة واسعة، ورفع المتظاهرون شعارات تدين العدوان الإسرائيلي.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Peaceful protest"]


def test_a_foiled_attack_that_was_launched_a_missile_dropped_and_the_day_the_incident_occurred():
    text = ("أفادت مصادر عسكرية بإحباط هجوم شنه عناصر من حركة الشباب على مواقع عسكرية في محافظة شبيلي الوسطى، الخميس "
            "الفجر.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Armed clash"]
    text = ("قال شهود إن طائرة مسيرة تابعة لقوات الدعم السريع أسقطت صاروخا على مستشفى السلاح الطبي بمدينة الأبيض، ما "
            "أدى إلى مقتل أربعة من المرضى.")
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Air/drone strike"]
    text = ("قالت منظمة حقوقية إن مسلحين مجهولين قاموا باختطاف شخص بالقرب من منزله بمدينة اجدابيا.\nوأشارت المنظمة في "
            "بيان أصدرته أمس السبت إلى أن الحادثة وقعت بتاريخ 6 سبتمبر الماضي.")
    published = datetime(2023, 9, 10, 12, tzinfo=UTC)
    assert _coded(text, "event_date", published=published) == [("2023-09-06",)]


def test_a_force_right_after_a_verb_of_killing_with_a_count_after_it_is_the_killer():
    # قتل الجيش الصومالي 15 مسلحا: active, the army killed; قتل جنديان من الجيش: passive, the army's men were killed
    text = "قتل الجيش الصومالي 15 مسلحا في غارة جوية على مواقع حركة الشباب في إقليم شبيلي الوسطى."
    assert _coded(text, "actor1", "actor2", "fatalities") == [
        ("Military Forces of Somalia (2022-)", "Al Shabaab", 15)]
    text = "قتل جنديان من الجيش الصومالي في غارة على مواقع في إقليم شبيلي الوسطى."
    assert [r[0] for r in _coded(text, "actor2")] == ["Military Forces of Somalia (2022-)"]


def test_gunmen_counted_after_a_verb_of_killing_are_its_victims_whoever_killed_them():
    # 15 مسلحا من حركة الشباب: the group's men the army killed; the army, named before the verb, struck
    text = ("أعلنت وزارة الدفاع الصومالية أن الجيش الوطني الصومالي قتل 15 مسلحا من حركة الشباب في غارة جوية استهدفت "
            "مواقع للمسلحين في إقليم شبيلي الوسطى.")
    assert _coded(text, "actor1", "actor2") == [("Military Forces of Somalia (2022-)", "Al Shabaab")]


def test_a_state_force_telling_of_another_forces_dead_is_no_side_of_their_fight():
    # the Revolutionary Guard announces the police's dead; an army telling of the enemy it killed stays the striker
    text = ("أعلن الحرس الثوري الإيراني، صباح الثلاثاء، مقتل ثلاثة عناصر من الشرطة خلال اشتباك مسلح وقع في مدينة "
            "زاهدان.")
    assert [(r["actor1"], r["actor2"]) for r in event_records(_pipeline()(make_article(
        text, "subjects-test", published=DAY)))] == [("Unidentified Armed Group (Iran)", "Police Forces of Iran (1989-)")]
    text = "أعلن الجيش العراقي مقتل 20 من مسلحي داعش في غارة على مواقع في كركوك."
    assert _coded(text, "actor1") == [("Military Forces of Iraq (2022-)",)]
