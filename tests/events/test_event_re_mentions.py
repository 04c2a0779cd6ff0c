"""One strike told across sentences is one event; two strikes told apart stay two; one incident told twice (a lead
placed only in a part of the country and the re-mention that names the village, واستهدف الهجوم قرية ...; a drone
strike and the bombardment, القصف, its toll is given for) is one event."""

from datetime import UTC, date, datetime

from marsad.events.gold import code_with_oracle
from marsad.extraction import default_pipeline
from marsad.model import Article
from marsad.readers import make_article

DAY = datetime(2025, 5, 14, 9, tzinfo=UTC)
HOUTHIS = {"text": "الحوثيون", "canonical": "Military Forces of Yemen (2016-) Houthi", "inter": 2}
RSF = {"text": "قوات الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2}
MARIB_CITY = {"text": "مدينة مأرب", "name": "Marib", "admin1": "Marib"}
MARIB_GOV = {"text": "محافظة مأرب", "name": "Marib governorate", "role": "admin1", "feature": "admin1",
             "geo_precision": 3, "admin1": "Marib"}

JUNE = datetime(2025, 6, 1, 10, tzinfo=UTC)
GROUP = {"text": "بوكو حرام", "canonical": "Boko Haram", "inter": 2}
RSF_SD = {"text": "الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2}
ARMY = {"text": "الجيش", "canonical": "Military Forces of Sudan", "inter": 1}
NORTH_EAST = {"text": "شمال شرق تشاد", "name": "Chad", "country_code": "TD", "role": "region", "geo_precision": 3}
LIWA = {"text": "ليوا", "name": "Liwa", "country_code": "TD", "admin1": "Lac"}
TOWN = {"text": "بارا", "name": "Bara", "country_code": "SD", "admin1": "North Kordofan"}


def _coded(text: str, places: list[dict], actors: list[dict]) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def _coded_on_june(text: str, places: list[dict], actors: list[dict]) -> Article:
    return code_with_oracle(text, places, actors, published=JUNE)


def test_the_missile_placed_again_at_the_governorate_is_the_same_strike():
    text = (
        "قتل أربعة أشخاص اليوم بصاروخ باليستي أطلقه الحوثيون على مدينة مأرب.\n"
        "وقال مصدر عسكري إن الصاروخ سقط قرب موقع عسكري في محافظة مأرب."
    )
    a = _coded(text, [MARIB_CITY, MARIB_GOV], [HOUTHIS])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Shelling/artillery/missile attack", 4)]


def test_a_dated_attack_named_again_is_the_attack_reported():
    text = (
        "قتل عشرة مدنيين في هجوم شنته قوات الدعم السريع الخميس على قرية أم سيالة في ولاية شمال كردفان.\n"
        "وطال هجوم الخميس منازل في ولاية شمال كردفان بحسب شهود."
    )
    places = [{"text": "أم سيالة", "name": "Um Sayala", "admin1": "North Kordofan"},
              {"text": "ولاية شمال كردفان", "name": "North Kordofan", "role": "admin1", "feature": "admin1",
               "geo_precision": 3, "admin1": "North Kordofan"}]
    a = _coded(text, places, [RSF])
    assert len(a.events) == 1 and a.events[0].fatalities == 10


def test_the_attack_whose_perpetrator_nobody_named_is_the_strike_reported():
    text = "قتل سبعة أشخاص في قصف بطائرات مسيرة على سوق بلدة أم سيالة اليوم.\nولم تحدد المصادر الجهة التي تقف وراء الهجوم."
    a = _coded(text, [{"text": "أم سيالة", "name": "Um Sayala"}], [])
    assert [e.sub_event_type for e in a.events] == ["Air/drone strike"]


def test_a_second_strike_on_another_town_stays_its_own_event():
    text = (
        "قتل أربعة أشخاص اليوم بصاروخ أطلقه الحوثيون على مدينة مأرب.\n"
        "وسقط صاروخ آخر على بلدة حريب جنوب المحافظة."
    )
    a = _coded(text, [MARIB_CITY, {"text": "حريب", "name": "Harib"}], [HOUTHIS])
    assert len(a.events) == 2


def test_a_re_mention_that_names_the_village_places_the_lead():
    text = (
        "قتل 30 مدنيا على الأقل في هجوم شنته بوكو حرام في شمال شرق تشاد. "
        "واستهدف الهجوم قرية ليوا قرب الحدود، بحسب مسؤول محلي."
    )
    a = _coded_on_june(text, [NORTH_EAST, LIWA], [GROUP])
    assert [(a.mention(e.location).text, e.fatalities) for e in a.events] == [("ليوا", 30)]


def test_a_lead_in_one_country_is_not_placed_by_an_attack_in_another():
    chad_lead = "قتل 30 شخصا في هجوم شنته بوكو حرام في شمال شرق تشاد. "
    elsewhere = "واستهدف الهجوم قرية بارا."
    a = _coded_on_june(chad_lead + elsewhere, [NORTH_EAST, TOWN], [GROUP])
    assert sorted(a.mention(e.location).text for e in a.events) == ["بارا", "شمال شرق تشاد"]


def test_the_bombardment_that_killed_is_the_drone_strike_just_told():
    text = (
        "قصفت مسيرة تابعة لقوات الدعم السريع منزلا في مدينة بارا اليوم. "
        "وأدى القصف إلى مقتل ستة مدنيين بينهم أطفال."
    )
    events = _coded_on_june(text, [TOWN], [RSF_SD]).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 6)]


def test_artillery_named_beside_a_drone_strike_stays_shelling():
    text = (
        "قصفت مسيرة تابعة لقوات الدعم السريع منزلا في مدينة بارا اليوم. "
        "كما قصفت قوات الدعم السريع المدينة بقذائف المدفعية."
    )
    events = _coded_on_june(text, [TOWN], [RSF_SD]).events
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_an_attack_told_as_another_is_not_folded_into_the_one_before():
    # same type, place and day: without آخر the two sentences would be one incident told twice
    places = [{"text": "مدينة حماة", "name": "Hama"}]
    text = ("قتل جنديان في هجوم مسلح قرب مدينة حماة يوم الثلاثاء. "
            "وقتل ثلاثة جنود في هجوم آخر قرب مدينة حماة يوم الثلاثاء.")
    assert sorted(e.fatalities for e in _coded(text, places, []).events) == [2, 3]


STRIP = {"text": "قطاع غزة", "name": "Gaza Strip", "country_code": "PS", "role": "admin1", "feature": "admin1",
         "geo_precision": 3, "admin1": "Gaza Strip"}
KHAN_YUNIS = {"text": "خان يونس", "name": "Khan Yunis", "country_code": "PS", "admin1": "Gaza Strip"}
OCCUPATION_ARMY = {"text": "جيش الاحتلال", "canonical": "Military Forces of Israel (2022-)", "inter": 8}


def test_a_lead_over_the_governorate_is_the_strike_the_headline_places():
    text = (
        "غارات لجيش الاحتلال على خان يونس\n"
        "شن جيش الاحتلال اليوم غارات على قطاع غزة، بحسب مصادر طبية."
    )
    a = _coded(text, [KHAN_YUNIS, STRIP], [OCCUPATION_ARMY])
    assert [a.mention(e.location).text for e in a.events] == ["خان يونس"]


def test_a_strike_told_only_over_the_governorate_stays_an_event():
    text = "شن جيش الاحتلال اليوم غارات على قطاع غزة أسفرت عن مقتل ثلاثة أشخاص."
    a = _coded(text, [STRIP], [OCCUPATION_ARMY])
    assert [(a.mention(e.location).text, e.fatalities) for e in a.events] == [("قطاع غزة", 3)]


def test_a_district_lead_is_the_arrest_in_a_village_near_its_seat_not_one_far_away():
    district = {"text": "محافظة طولكرم", "name": "Tulkarm", "country_code": "PS", "role": "admin2",
                "feature": "admin2", "geo_precision": 3, "admin1": "West Bank", "latitude": 32.31,
                "longitude": 35.03}
    near = {"text": "عتيل", "name": "Attil", "country_code": "PS", "admin1": "West Bank", "latitude": 32.37,
            "longitude": 35.07}
    far = {"text": "الظاهرية", "name": "Adh Dhahiriya", "country_code": "PS", "admin1": "West Bank",
           "latitude": 31.41, "longitude": 34.97}
    lead = "اعتقلت قوات الاحتلال اليوم شبانا في محافظة طولكرم. "
    for village, kept in ((near, ["عتيل"]), (far, ["الظاهرية", "محافظة طولكرم"])):
        body = f"وفي بلدة {village['text']} اعتقلت قوات الاحتلال شابين بعد دهم منزليهما."
        a = _coded(lead + body, [district, village], [{**OCCUPATION_ARMY, "text": "قوات الاحتلال"}])
        assert sorted(a.mention(e.location).text for e in a.events) == kept


WEST_YEMEN = {"text": "غرب اليمن", "name": "Yemen", "country_code": "YE", "role": "region", "geo_precision": 3}
HODEIDAH_GOV = {"text": "محافظة الحديدة", "name": "Al Hudaydah", "country_code": "YE", "role": "admin1",
                "feature": "admin1", "geo_precision": 3, "admin1": "Al Hudaydah"}
SOUTH_LEBANON = {"text": "جنوب لبنان", "name": "South Lebanon", "country_code": "LB", "role": "region",
                 "geo_precision": 3}
BEKAA = {"text": "البقاع", "name": "Bekaa", "country_code": "LB", "role": "admin1", "feature": "admin1",
         "geo_precision": 3, "admin1": "Bekaa"}
ISRAEL = {"text": "إسرائيل", "canonical": "Military Forces of Israel (2022-)", "inter": 8}


def test_a_country_wide_lead_is_the_governorate_strike_told_apart():
    text = "شنت إسرائيل اليوم غارات على غرب اليمن.\nوقالت مصادر محلية إن إسرائيل استهدفت اليوم ميناء في محافظة الحديدة بغارات."
    a = _coded(text, [WEST_YEMEN, HODEIDAH_GOV], [ISRAEL])
    assert [a.mention(e.location).text for e in a.events] == ["محافظة الحديدة"]


def test_places_listed_together_are_several_targets_not_a_summary():
    text = "شنت إسرائيل اليوم غارات على جنوب لبنان والبقاع."
    a = _coded(text, [SOUTH_LEBANON, BEKAA], [ISRAEL])
    assert sorted(a.mention(e.location).text for e in a.events) == ["البقاع", "جنوب لبنان"]


def test_a_bare_strike_in_the_lead_is_the_air_strike_the_body_places():
    text = (
        "أعلن جيش الاحتلال اليوم أنه قتل مسلحا في ضربة على جنوب لبنان.\n"
        "وأوضح بيان جيش الاحتلال أن طائرة مسيرة استهدفت سيارة المسلح في بلدة تبنين."
    )
    tebnine = {"text": "تبنين", "name": "Tebnine", "country_code": "LB", "admin1": "Nabatieh"}
    a = _coded(text, [SOUTH_LEBANON, tebnine], [OCCUPATION_ARMY])
    assert [(e.sub_event_type, a.mention(e.location).text) for e in a.events] == [("Air/drone strike", "تبنين")]


def test_command_and_control_and_a_fire_brought_under_control_are_no_takeover():
    # event_triggers.tsv kind not_trigger: fixed phrases whose السيطرة is no change of territory
    places = [{"text": "مدينة الأبيض", "name": "El Obeid"}]
    for text in ("قصفت مسيرات الجيش مركزا للقيادة والسيطرة في مدينة الأبيض.",
                 "وتمت السيطرة على الحريق الذي اندلع في مدينة الأبيض بعد الغارة."):
        subs = [e.sub_event_type for e in _coded(text, places, []).events]
        assert not any("territory" in s for s in subs), text
    # the verb itself still is one
    subs = [e.sub_event_type for e in _coded("سيطرت الفصائل على مدينة الأبيض.", places, []).events]
    assert subs == ["Non-state actor overtakes territory"]


def test_the_instrument_of_a_strike_verb_is_no_second_strike():
    # قصفت ... بالمسيرات: one drone strike, not a shelling beside a drone strike
    places = [{"text": "مدينة الأبيض", "name": "El Obeid"}]
    for text in ("قصفت قوات الدعم السريع مدينة الأبيض بالمسيرات.", "قصفت القوات مدينة الأبيض بطائرات مسيرة انتحارية."):
        assert [e.sub_event_type for e in _coded(text, places, []).events] == ["Air/drone strike"], text


GUNMEN_SY = {"text": "مسلحون مجهولون", "canonical": "Unidentified Armed Group (Syria)", "inter": 3}
SECURITY_SY = {"text": "الأمن العام", "canonical": "Police Forces of Syria (2024-)", "inter": 1}
HAMA_COUNTRYSIDE = {"text": "ريف حماة", "name": "Hama", "country_code": "SY", "role": "region", "geo_precision": 3,
                    "admin1": "Hama"}
KAFR_NABUDAH = {"text": "كفرنبودة", "name": "Kafr Nabudah", "country_code": "SY", "admin1": "Hama"}


def test_an_undated_headline_is_the_killing_the_body_dates_the_day_before():
    # published on Wednesday 14 May: the headline names no day, the body says Tuesday
    text = (
        "اغتيال عنصر في الأمن العام بريف حماة\n\n"
        "اغتال مسلحون مجهولون، يوم الثلاثاء، عنصرا في الأمن العام قرب بلدة كفرنبودة بريف حماة.\n"
    )
    a = _coded(text, [HAMA_COUNTRYSIDE, KAFR_NABUDAH], [GUNMEN_SY, SECURITY_SY])
    assert [(e.date, a.mention(e.location).text) for e in a.events] == [(date(2025, 5, 13), "كفرنبودة")]


def test_an_undated_headline_stays_with_the_days_event_when_the_body_tells_one():
    text = (
        "اغتيال عنصر في الأمن العام بريف حماة\n\n"
        "اغتال مسلحون مجهولون اليوم عنصرا في الأمن العام في ريف حماة.\n"
        "واغتال مسلحون مجهولون يوم الثلاثاء عنصرا آخر في الأمن العام قرب بلدة كفرنبودة.\n"
    )
    a = _coded(text, [HAMA_COUNTRYSIDE, KAFR_NABUDAH], [GUNMEN_SY, SECURITY_SY])
    assert (date(2025, 5, 14), "ريف حماة") in [(e.date, a.mention(e.location).text) for e in a.events]


def test_the_day_a_re_mention_says_the_attack_took_place_is_the_events_day():
    # the lead carries the day the sources spoke (Saturday, 31 May); ووقع الهجوم يوم الخميس dates the attack
    text = ("قتل 20 جنديا في هجوم لجماعة بوكو حرام على قاعدة عسكرية في تشاد، بحسب ما أفادت مصادر أمنية السبت.\n"
            "ووقع الهجوم يوم الخميس في بلدة ليوا.")
    a = _coded_on_june(text, [LIWA], [GROUP])
    assert [(e.date.isoformat(), e.fatalities) for e in a.events] == [("2025-05-29", 20)]
    assert a.mention(a.events[0].location).text == "ليوا"


def test_the_ambush_named_again_with_a_verb_of_taking_place_is_placed_near_its_town():
    # the lead names a country side; ووقع الكمين re-tells the ambush (not only the generic الهجوم does) and the
    # surroundings of a town (قرب بلدة) lie inside the country
    text = ("قتل 20 جنديا في كمين نصبته جماعة بوكو حرام في شمال شرق تشاد، بحسب ما أفادت مصادر أمنية السبت.\n"
            "ووقع الكمين قرب بلدة ليوا.")
    near_liwa = dict(LIWA, text="قرب بلدة ليوا", role="region", geo_precision=2)
    a = _coded_on_june(text, [dict(NORTH_EAST, feature="country"), near_liwa], [GROUP])
    assert [(e.fatalities, a.mention(e.location).text) for e in a.events] == [(20, "قرب بلدة ليوا")]


def test_a_span_of_days_summed_up_in_the_lead_is_the_day_a_later_sentence_tells():
    # the lead sums up "the past two days" of attacks on a town; the next sentence tells the day's attack there, by
    # the same group: one event on that day, with the side hit the lead names
    text = ("شهدت بلدة ليوا خلال اليومين الماضيين قصفا مدفعيا لجماعة بوكو حرام استهدف منازل المدنيين.\n"
            "وقالت مصادر محلية إن مسلحي بوكو حرام قصفوا مساء الجمعة منزلا في ليوا.")
    a = _coded_on_june(text, [LIWA], [GROUP, {"text": "المدنيين", "canonical": "Civilians (Chad)", "inter": 7},
                                      {"text": "مسلحي بوكو حرام", "canonical": "Boko Haram", "inter": 2}])
    assert [(e.date.isoformat(), e.sub_event_type) for e in a.events] == [("2025-05-30", "Shelling/artillery/missile attack")]


def test_the_attack_that_took_place_told_with_a_relative_pronoun_is_the_leads():
    # إن الهجوم الذي وقع خلال الليل: the lead's strike told again, not a second strike where the governor sits
    text = ("قتل ثلاثة أشخاص في هجوم صاروخي شنته جماعة بوكو حرام على بلدة ليوا اليوم.\n"
            "وقال حاكم إقليم البحيرة إن الهجوم الذي وقع خلال الليل ألحق أضرارا بمبان سكنية في بلدة بول.")
    bol = {"text": "بلدة بول", "name": "Bol", "country_code": "TD", "admin1": "Lac"}
    a = _coded_on_june(text, [LIWA, bol], [GROUP])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Shelling/artillery/missile attack", 3)]


def test_an_attack_on_another_day_without_a_verb_of_taking_place_stays_its_own():
    text = ("قتل 20 جنديا في هجوم لجماعة بوكو حرام على قاعدة عسكرية في بلدة ليوا، اليوم.\n"
            "وكانت الجماعة قد شنت هجوما يوم الخميس على بلدة ليوا.")
    a = _coded_on_june(text, [LIWA], [GROUP])
    assert "2025-06-01" in {e.date.isoformat() for e in a.events}


def test_a_headline_with_no_day_is_the_attack_the_body_dates_days_before():
    text = ("مقتل 20 جنديا في هجوم لبوكو حرام على بلدة ليوا\n"
            "شهدت بلدة ليوا في تشاد هجوما عنيفا لجماعة بوكو حرام يوم الجمعة 30 مايو استهدف مواقع للجيش.")
    a = _coded_on_june(text, [LIWA], [GROUP])
    assert [(e.date.isoformat(), e.fatalities) for e in a.events] == [("2025-05-30", 20)]


def test_a_headline_that_places_nothing_is_the_event_the_body_places():
    text = ("مقتل 17 جنديا في هجوم لبوكو حرام\n"
            "هاجم مسلحون من جماعة بوكو حرام موقعا للجيش في بلدة ليوا، اليوم.")
    a = _coded_on_june(text, [LIWA], [GROUP])
    assert [(a.mention(e.location).text, e.fatalities) for e in a.events] == [("ليوا", 17)]


def test_an_undated_lead_takes_the_day_of_what_the_body_tells_at_its_place():
    # the headline and lead of fighting name no day; the body tells only of Friday's shelling of the same town
    text = (
        "اشتباكات بين الجيش والدعم السريع في بارا\n\n"
        "اندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في مدينة بارا.\n"
        "وقال مصدر عسكري إن الدعم السريع قصف بالمدفعية مساء الجمعة مواقع الجيش في بارا."
    )
    a = _coded_on_june(text, [TOWN], [ARMY, RSF_SD])
    assert sorted((e.sub_event_type, e.date.isoformat()) for e in a.events) == [
        ("Armed clash", "2025-05-30"), ("Shelling/artillery/missile attack", "2025-05-30")]


def test_an_undated_lead_keeps_the_report_day_when_the_body_tells_that_day_too():
    text = (
        "اندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في مدينة بارا.\n"
        "وقال مصدر عسكري إن الدعم السريع قصف بالمدفعية مساء الجمعة مواقع الجيش في بارا.\n"
        "كما قصف الدعم السريع اليوم الأحد أحياء في بارا."
    )
    a = _coded_on_june(text, [TOWN], [ARMY, RSF_SD])
    assert ("Armed clash", "2025-06-01") in [(e.sub_event_type, e.date.isoformat()) for e in a.events]


def test_a_claim_dated_by_the_day_it_was_made_takes_the_day_the_attack_was_carried_out():
    # أعلن ... أمس مسؤوليته عن مقتل: the day is the claim's; ونفذ الهجوم يوم الاثنين is when the attack took place,
    # one attack, not a second one two days after the first (DAY is Wednesday 14 May 2025)
    text = ("أعلنت جماعة بوكو حرام أمس الثلاثاء مسؤوليتها عن مقتل جنديين في هجوم على بلدة ليوا. "
            "وقالت الجماعة إن مقاتليها نفذوا الهجوم يوم الاثنين.")
    a = _coded(text, [LIWA], [GROUP])
    assert [(e.date, e.fatalities) for e in a.events] == [(date(2025, 5, 12), 2)]


def test_an_attack_told_again_in_the_country_only_names_and_dates_the_attack_the_lead_placed():
    # the lead's unnamed armed group attacked in a province; the re-mention names who did it, and when, in the country
    text = ("قالت الحكومة إن جماعة مسلحة في منطقة أوروميا شنت هجوما على المدنيين. "
            "ونفذ مسلحون من جيش تحرير أورومو الهجوم يوم الأحد في منطقة بغرب إثيوبيا.")
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    a = default_pipeline()(make_article(text, "ola", published=datetime(2020, 11, 2, 12, tzinfo=UTC)))
    assert [(r["actor1"], r["location"], r["event_date"]) for r in event_records(a)] == [
        ("OLA: Oromo Liberation Army", "Oromia", "2020-11-01")]



def test_a_lead_the_next_sentence_dates_only_a_few_days_ago_is_that_event():
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = ("تصاعد التوتر في ليبيا بعد اختطاف مسؤول أمني في مدينة مصراتة.\n\n"
            "فقد أثار إقدام مسلحين مجهولين على خطف العقيد من أمام منزله في مصراتة، قبل أيام، موجة قلق.")
    a = default_pipeline()(make_article(text, "days-ago", published=datetime(2024, 11, 9, 12, tzinfo=UTC)))
    records = list(event_records(a))
    assert [(r["sub_event_type"], r["location"]) for r in records] == [
        ("Abduction/forced disappearance", "Misratah")]
    assert records[0]["event_date"] < "2024-11-09"


def test_a_lead_dated_by_the_day_the_police_spoke_is_the_kidnapping_the_body_dates_and_places():
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = ("أكدت قيادة الشرطة في ولاية كاتسينا اليوم الخميس قيام مسلحين مجهولين باختطاف أمير دوتسي بولاية زامفارا "
            "على طريق كاتسينا - كانو.\n\n"
            "وقالت الشرطة في بيان إن مسلحين مجهولين قاموا أمس الأربعاء باختطاف الأمير على طريق كاتسينا - كانو.")
    a = default_pipeline()(make_article(text, "spoke", published=datetime(2021, 9, 16, 12, tzinfo=UTC)))
    assert [(r["event_date"], r["location"]) for r in event_records(a)] == [("2021-09-15", "Katsina")]


def test_a_lead_in_an_unnamed_town_of_the_country_is_the_battle_the_next_sentence_places():
    # هاجم مسلحو داعش مدينة ساحلية شمالي موزمبيق ... خاضوا قتالا مع القوات الموزمبيقية خلال هجوم على مدينة X: one
    # battle at X, with the lead's toll
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = ("هاجم مسلحون تابعون لتنظيم داعش مدينة ساحلية شمالي موزمبيق اليوم مما أسفر عن مقتل خمسة أشخاص بينهم ثلاثة "
            "مدنيين. وأفادت مصادر محلية بأن عناصر داعش خاضوا قتالا عنيفا مع القوات الموزمبيقية خلال هجوم على مدينة "
            "بيمبا.")
    records = list(event_records(default_pipeline()(make_article(text, "t", published=DAY))))
    assert [(r["sub_event_type"], r["location"], r["fatalities"]) for r in records] == [
        ("Armed clash", "Pemba", 5)]


def test_the_blast_of_a_suicide_bombing_told_again_places_it_in_the_town():
    text = ("قتل تسعة أشخاص الأربعاء عندما فجر انتحاري نفسه في تجمع انتخابي في إقليم بلوشستان جنوب غرب باكستان. "
            "وقال مسؤولون إن الانفجار وقع قرب سوق شعبي في كويتا عاصمة الإقليم.")
    a = default_pipeline()(make_article(text, "t", published=DAY))
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Suicide bomb", 9)]
    assert a.mention(a.events[0].location).resolution.name == "Quetta"


def test_missiles_the_aircraft_fire_are_the_air_strike_told_again():
    text = ("قتل خمسة مواطنين مساء اليوم جراء استهداف طائرات الاحتلال الإسرائيلي منزلا في حي الشجاعية شرق مدينة غزة. "
            "وأفادت مصادر محلية بأن طائرات الاحتلال استهدفت المنزل بعدة صواريخ، ما أدى إلى تدميره بشكل كامل.")
    a = default_pipeline()(make_article(text, "t", published=DAY))
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 5)]


def test_a_strike_on_a_car_is_an_air_strike():
    text = "قتل ثلاثة أشخاص الأحد في ضربة إسرائيلية استهدفت سيارة بين قريتي عيناثا وعيترون في جنوب لبنان."
    a = default_pipeline()(make_article(text, "t", published=DAY))
    assert [e.sub_event_type for e in a.events] == ["Air/drone strike"]


def test_the_attack_a_statement_of_a_later_day_tells_again_is_the_lead_not_a_second_attack():
    text = ("أعلنت وزارة الدفاع في النيجر مقتل ثلاثة عسكريين و14 إرهابيا من جماعة مسلحة استهدفت أمس الأول الاثنين "
            "معسكرا للجيش في منطقة تاهوا غرب البلاد. وذكرت الوزارة، في بيان، اليوم الأربعاء، أن الحصيلة الأولية "
            "للهجوم تشير إلى مقتل 3 عسكريين وإصابة 4 آخرين.")
    a = default_pipeline()(make_article(text, "t", published=datetime(2019, 12, 11, 12, tzinfo=UTC)))
    assert [(e.sub_event_type, str(e.date)) for e in a.events] == [("Armed clash", "2019-12-09")]


def test_the_mayors_words_for_the_strike_with_its_toll_are_the_strike_told_again():
    text = ("قال مسؤولون أوكرانيون إن القوات الروسية شنت هجوما ضخما بطائرات مسيرة على خاركيف، مما أسفر عن مقتل أربعة "
            "أشخاص. وقال رئيس بلدية خاركيف على تطبيق تيليغرام: هناك هجوم ضخم على خاركيف، مشيرا إلى مقتل أربعة أشخاص.")
    a = default_pipeline()(make_article(text, "t", published=DAY))
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 4)]


def test_a_boy_shot_by_the_force_that_fired_on_a_protest_there_is_its_dead():
    text = ("استشهد فتى وأصيب خمسة آخرون اليوم الجمعة برصاص قوات الاحتلال الإسرائيلي شرقي خان يونس جنوبي قطاع غزة. "
            "وأصيب خمسة مواطنين بالرصاص الحي في اعتداء قوات الاحتلال على نحو 100 مواطن تظاهروا عصر الجمعة شرقي خان "
            "يونس.")
    a = default_pipeline()(make_article(text, "t", published=datetime(2019, 11, 29, 18, tzinfo=UTC)))
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Excessive force against protesters", 1)]


def test_the_protest_that_turned_violent_keeps_the_day_of_the_lead_not_of_what_it_recalls():
    # the lead's day is Sunday; the coup it recalls was "last week": the next line goes on with Sunday's protest
    text = ("قامت احتجاجات مناهضة لفرنسا أمام السفارة الفرنسية في نيامي يوم الأحد في أعقاب الانقلاب العسكري الذي وقع "
            "الأسبوع الماضي\nتحولت المظاهرة السلمية لاحقا إلى أعمال عنف")
    a = _coded(text, [{"text": "نيامي", "name": "Niamey", "country_code": "NE"}], [])
    assert [(e.sub_event_type, e.date) for e in a.events] == [("Violent demonstration", date(2025, 5, 11))]


def test_two_air_strikes_in_the_dual_and_their_retelling_are_one_strike():
    text = ("قتل عشرة أشخاص اليوم في ضربتين جويتين على ميكيلي عاصمة إقليم تيغراي.\n"
            "واستهدفت غارتان بطائرتين مسيرتين منطقة سكنية في الصباح، والحصيلة هي عشرة قتلى.")
    a = _coded(text, [{"text": "ميكيلي", "name": "Mek'ele", "country_code": "ET"}], [])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 10)]


def test_a_massacre_the_regimes_warplanes_committed_is_their_air_strike():
    text = ("ارتكبت طائرات النظام الحربية اليوم مجزرة في مدينة إدلب.\n"
            "وقال مسؤول في مشفى المدينة إن طائرات النظام الحربية شنت غارات على المنطقة الصناعية في المدينة، ما أسفر عن "
            "مقتل 16 مدنيا.")
    planes = {"text": "طائرات النظام الحربية", "canonical": "Military Forces of Syria (2000-2024)", "inter": 1}
    a = _coded(text, [{"text": "مدينة إدلب", "name": "Idleb", "country_code": "SY"}], [planes])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 16)]


def test_a_count_replaces_a_word_of_quantity_for_the_same_dead():
    text = ("قتل العشرات اليوم في هجوم نفذته قوات الدعم السريع استهدف سوق مدينة مأرب.\n"
            "وأفادت مصادر طبية أن نحو 20 مدنيا قتلوا جراء استهداف قوات الدعم السريع للسوق الرئيسية لمدينة مأرب "
            "بالمدفعية الثقيلة.")
    a = _coded(text, [MARIB_CITY], [RSF])
    assert [e.fatalities for e in a.events] == [20]


def test_the_city_militias_belong_to_is_no_second_battlefield():
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = ("اندلعت مجددا اشتباكات مسلحة اليوم على طريق مطار طرابلس القديم بين ميليشيات مسلحة تتبع مدينة مصراتة، وأخرى "
            "من مدينة الزاوية.")
    rows = event_records(default_pipeline()(make_article(text, "t", published=DAY)))
    assert [r["location"] for r in rows] == ["Tripoli"]


def test_rockets_heard_during_a_clash_are_its_weapons():
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article

    text = ("أفيد اليوم السبت عن وقوع اشتباك مسلح بين الجيش اللبناني ومطلوبين في حي الشراونة في مدينة بعلبك.\n"
            "كما سمع دوي إطلاق نار كثيف واستخدام للقذائف الصاروخية.")
    a = default_pipeline()(make_article(text, "t", published=DAY))
    assert [e.sub_event_type for e in a.events] == ["Armed clash"]


def test_the_scene_of_the_attack_told_with_its_day_dates_the_attack():
    # مكان الهجوم alone is the scene of the attack, told after it; with a relative clause that gives the day
    # (الذي وقع قبل يومين), the re-mention dates the lead dated only by the report
    text = ("قتل ثمانية جنود في هجوم لبوكو حرام على رتل عسكري في بلدة ليوا.\n"
            "وأوضحت مصادر أمنية أن المسلحين وصلوا على دراجات نارية إلى مكان الهجوم الذي وقع قبل يومين.")
    a = _coded_on_june(text, [LIWA], [GROUP])
    assert [(e.sub_event_type, str(e.date)) for e in a.events] == [("Armed clash", "2025-05-30")]
    # a relative clause that gives the place, not the day, leaves the lead's day
    text = ("قتل ثمانية جنود اليوم في هجوم لبوكو حرام على رتل عسكري في بلدة ليوا.\n"
            "وقال شاهد يوم الجمعة إن الجثث ملقاة في مكان الهجوم الذي وقع في بلدة ليوا.")
    a = _coded_on_june(text, [LIWA], [GROUP])
    assert [str(e.date) for e in a.events] == ["2025-06-01"]


def test_a_strike_that_hit_no_one_does_not_erase_the_dead_of_the_days_other_strikes():
    text = ("قالت الشبكة إن الهجوم بالمسيرات على مدينة مأرب اليوم أوقع ضحايا.\n"
            "وقالت الشبكة إن المسيرات واصلت استهداف الأحياء، مشيرة إلى مقتل 7 مواطنين في مدينة مأرب.\n"
            "وأشارت إلى أن المسيرة استهدفت مركزا صحيا في مدينة مأرب كما استهدفت المسيرة حيا آخر دون وقوع إصابات.")
    a = _coded(text, [MARIB_CITY], [RSF])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 7)]


def test_a_village_the_gazetteer_lacks_named_again_places_the_district_lead():
    from marsad.records import event_records

    text = ("قصفت الطائرات التركية، اليوم الأربعاء، إحدى القرى التابعة لقضاء زاخو في محافظة دهوك، وفق ما ذكر مصدر "
            "عسكري.\nوقال المصدر، إن طائرات حربية تركية شنت هجوما على قرية بهيرا في زاخو؛ ما أسفر عن إصابة ثلاثة "
            "مدنيين بجروح.")
    a = default_pipeline()(make_article(text, "t", published=datetime(2021, 5, 26, 12, tzinfo=UTC)))
    assert [a.mention(e.location).text for e in a.events] == ["بهيرا"]
    assert [r["sub_event_type"] for r in event_records(a)] == ["Air/drone strike"]


def test_the_town_a_village_belongs_to_is_no_second_place_and_the_groups_men_no_second_side():
    text = ("قال العقيد إن مسلحين ينتمون إلى تنظيم داعش اختطفوا فجر اليوم اثنين من رعاة الأغنام من قرية أدعيرات "
            "شرق منطقة ربيضة التابعة لبلدة العلم في محافظة صلاح الدين.")
    a = default_pipeline()(make_article(text, "t", published=datetime(2021, 8, 10, 12, tzinfo=UTC)))
    assert [a.mention(e.location).text for e in a.events] == ["أدعيرات"]
    assert all(not e.actor2 or a.mention(e.actor2[0]).text != "مسلحين" for e in a.events)


def test_the_taking_of_a_place_told_again_is_one_event_whatever_side_a_later_clause_names():
    from marsad.records import event_records

    text = ("أعلنت قوات الدعم السريع يوم الاثنين سيطرتها على مدينة بابنوسة آخر معاقل الجيش بولاية غرب كردفان.\n"
            "وقالت في بيان إن السيطرة على بابنوسة تمثل محطة مفصلية في مواجهة المجموعات التي تسللت إلى الجيش السوداني.")
    a = default_pipeline()(make_article(text, "t", published=datetime(2025, 12, 1, 12, tzinfo=UTC)))
    assert [(r["sub_event_type"], r["actor1"]) for r in event_records(a)] == [
        ("Non-state actor overtakes territory", "Rapid Support Forces")]
