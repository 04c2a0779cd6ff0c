"""Places and claims that only frame the news: a town a distance is measured from is no event location, a claim of
regaining "wide areas of the country" is no territory event that swallows the day's ambush, and a unit ambushed
(كمين نصبته لوحدة من الجيش) is the target, with the force coordinated with it."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle
from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 9, 14, 8, tzinfo=UTC)
GROUP = {"text": "الجماعة", "canonical": "JNIM: Jamaah Nusrat al Islam wal Muslimin", "inter": 2}
ARMY = {"text": "الجيش المالي", "canonical": "Military Forces of Mali (2021-)", "inter": 1}
RUSSIANS = {"text": "روسية", "canonical": "Military Forces of Russia (2000-)", "inter": 1}
NIORO = {"text": "نيورو", "name": "Nioro du Sahel", "country_code": "ML"}
KAYES = {"text": "كايس", "name": "Kayes", "country_code": "ML"}
REGION = {"text": "منطقة كايس", "name": "Kayes", "role": "region", "country_code": "ML", "feature": "admin1"}


def _coded(text: str, places: list[dict], actors: list[dict]):
    return code_with_oracle(text, places, actors, published=DAY)


def test_a_town_a_distance_is_measured_from_is_no_event_location():
    text = (
        "قتل خمسة جنود اليوم في هجوم شنته الجماعة على قاعدة في منطقة كايس. "
        "وتقع القاعدة التي تعرضت للهجوم على طريق يبعد 40 كيلومترا عن مدينة نيورو."
    )
    a = _coded(text, [REGION, NIORO], [GROUP])
    assert [a.mention(e.location).text for e in a.events] == ["منطقة كايس"]


def test_the_side_of_a_town_a_distance_is_given_from_is_no_event_location():
    # في صلاح الدين 180 كم شمال بغداد: the region expression after the distance says where Salah ad Din lies
    province = {"text": "صلاح الدين", "name": "Salah ad Din", "role": "region", "country_code": "IQ",
                "feature": "admin1"}
    north = {"text": "شمال بغداد", "name": "Baghdad", "role": "region", "country_code": "IQ", "feature": "admin1"}
    group = {"text": "داعش", "canonical": "Islamic State (Iraq)", "inter": 2}
    a = _coded("قتل ثلاثة من عناصر داعش في هجوم على نقطة للجيش في صلاح الدين 180 كم شمال بغداد.", [province, north],
               [group])
    assert [a.mention(e.location).text for e in a.events] == ["صلاح الدين"]


def test_a_claim_of_wide_areas_regained_leaves_the_ambush_a_battle():
    text = (
        "قتل جنديان اليوم في كمين نصبته الجماعة لوحدة من الجيش المالي قرب مدينة كايس. "
        "يأتي ذلك في وقت يؤكد فيه الجيش المالي استعادة السيطرة على مناطق واسعة من البلاد."
    )
    a = _coded(text, [KAYES], [GROUP, ARMY])
    assert [e.sub_event_type for e in a.events] == ["Armed clash"]


def test_an_ambushed_unit_and_the_force_with_it_are_the_target():
    text = "قالت الجماعة إنها قتلت جنديين في كمين نصبته لوحدة من الجيش المالي وقوات روسية مرافقة لها قرب مدينة كايس."
    a = _coded(text, [KAYES], [GROUP, ARMY, RUSSIANS])
    name = {m.id: m.resolution.canonical for m in a.mentions if m.kind.name == "ACTOR"}
    assert [([name[x] for x in e.actor1], [name[x] for x in e.actor2]) for e in a.events] == [
        (["JNIM: Jamaah Nusrat al Islam wal Muslimin"], ["Military Forces of Mali (2021-)", "Military Forces of Russia (2000-)"])
    ]


def test_gunmen_named_later_as_the_group_are_that_group():
    gunmen = {"text": "مسلحون", "canonical": "Unidentified Armed Group (Mali)", "inter": 3,
              "actor_type": "unidentified armed group"}
    text = (
        "قتل أربعة جنود اليوم في هجوم شنه مسلحون على قاعدة للجيش المالي قرب مدينة كايس. "
        "وهاجمت الجماعة القاعدة قرب مدينة كايس فجر اليوم."
    )
    a = _coded(text, [KAYES], [gunmen, GROUP, ARMY])
    name = {m.id: m.resolution.canonical for m in a.mentions if m.kind.name == "ACTOR"}
    assert [[name[x] for x in e.actor1] for e in a.events] == [["JNIM: Jamaah Nusrat al Islam wal Muslimin"]]



def test_where_a_missile_was_launched_from_is_not_where_it_fell():
    yemen = {"text": "اليمن", "name": "Yemen", "feature": "country", "country_code": "YE"}
    ashkelon = {"text": "عسقلان", "name": "Ashkelon", "country_code": "IL"}
    a = _coded("سقط صاروخ أطلق من اليمن قرب مدينة عسقلان فجر اليوم دون وقوع إصابات.", [yemen, ashkelon], [])
    assert [a.mention(e.location).text for e in a.events] == ["عسقلان"]
    kassala = {"text": "كسلا", "name": "Kassala", "country_code": "SD"}
    gedaref = {"text": "القضارف", "name": "Al Qadarif", "country_code": "SD"}
    a = _coded("قصفت الجماعة مدينة القضارف بمسيرات أطلقتها من مدينة كسلا.", [gedaref, kassala], [GROUP])
    assert [a.mention(e.location).text for e in a.events] == ["القضارف"]


def test_a_towns_apposition_between_commas_keeps_the_town_and_its_clause():
    town = {"text": "الدمازين", "name": "Ad-Damazin", "country_code": "SD"}
    state = {"text": "ولاية النيل الأزرق", "name": "Blue Nile", "role": "region", "country_code": "SD",
             "feature": "admin1"}
    rsf = {"text": "قوات الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2}
    a = _coded("واستهدفت قوات الدعم السريع مدينة الدمازين، عاصمة ولاية النيل الأزرق، بطائرات مسيرة.", [town, state], [rsf])
    assert [(a.mention(e.location).text, e.sub_event_type) for e in a.events] == [("الدمازين", "Air/drone strike")]
    assert [a.mention(x).text for x in a.events[0].actor1] == ["قوات الدعم السريع"]


def test_a_place_after_from_is_where_the_strike_came_from_when_another_is_named():
    haifa = {"text": "حيفا", "name": "Haifa", "country_code": "IL"}
    tehran = {"text": "طهران", "name": "Tehran", "country_code": "IR"}
    iran = {"text": "إيرانية", "canonical": "Military Forces of Iran (1989-)", "inter": 8}
    a = _coded("شهدت مدينة حيفا مساء اليوم سقوط صواريخ إيرانية في رد جديد من طهران.", [haifa, tehran], [iran])
    assert [a.mention(e.location).text for e in a.events] == ["حيفا"]


def test_two_strikes_in_two_named_towns_are_two_events():
    # the dual of ضربة (ضربتين) is a strike noun like its singular and plural
    ashdod = {"text": "أسدود", "name": "Ashdod", "country_code": "IL"}
    ashkelon = {"text": "عسقلان", "name": "Ashkelon", "country_code": "IL"}
    iran = {"text": "إيرانية", "canonical": "Military Forces of Iran (1989-)", "inter": 8}
    a = _coded("وسجلت ضربتان صاروخيتان إيرانيتان في مدينتي أسدود وعسقلان صباح اليوم.", [ashdod, ashkelon], [iran])
    assert sorted(a.mention(e.location).text for e in a.events) == ["أسدود", "عسقلان"]


def test_the_far_end_of_a_road_is_no_second_event_location():
    text = ("نصبت الجماعة كمينا لرتل الجيش المالي قرب نيورو اليوم.\n"
            "وأسفر الهجوم عن إحراق عشرات الشاحنات على الطريق الرابط بين نيورو وكايس.")
    a = _coded(text, [NIORO, KAYES], [GROUP, ARMY])
    assert [a.mention(e.location).text for e in a.events] == ["نيورو"]


GOUNDAM = {"text": "غوندام", "name": "Goundam", "country_code": "ML"}
TIMBUKTU = {"text": "تمبكتو", "name": "Timbuktu", "country_code": "ML"}


def test_a_village_between_two_towns_is_placed_at_the_first():
    text = "نصبت الجماعة كمينا لدورية الجيش المالي اليوم قرب قرية صغيرة الواقعة بين مدينتي تمبكتو وغوندام."
    a = _coded(text, [TIMBUKTU, GOUNDAM], [GROUP, ARMY])
    assert [a.mention(e.location).text for e in a.events] == ["تمبكتو"]


def test_the_second_end_keeps_its_own_cue():
    text = "هاجمت الجماعة موقعا للجيش المالي اليوم عند المعبر الواقع بين مدينة تمبكتو ومدينة غوندام."
    a = _coded(text, [TIMBUKTU, GOUNDAM], [GROUP, ARMY])
    assert [a.mention(e.location).text for e in a.events] == ["تمبكتو"]


def test_a_place_after_an_adjective_of_nearness_only_locates_the_one_before():
    text = ("قصفت جماعة الحوثي قرية الأحكوم بمديرية حيفان، الأحد، وقتل جندي من القوات الحكومية خلال التصدي لهجوم "
            "حوثي في جبهة حيفان المحاذية لمديرية طور الباحة.")
    a = default_pipeline()(make_article(text, "near", published=DAY))
    assert [(r["sub_event_type"], r["location"]) for r in event_records(a)] == [
        ("Shelling/artillery/missile attack", "Hayfan"), ("Armed clash", "Hayfan")]
    # alone in its clause, the town a place is near is where the event is coded
    text = "هاجمت الجماعة موقعا للجيش المالي اليوم في منطقة قريبة من مدينة تمبكتو."
    a = _coded(text, [TIMBUKTU], [GROUP, ARMY])
    assert [a.mention(e.location).text for e in a.events] == ["تمبكتو"]


def test_a_force_named_in_quotes_after_a_target_word_is_the_target():
    # ضربات على مقرات لـ«...»: the quotation marks do not make the force that owns the bases their attacker
    text = "قصفت مسيرات مطار المدينة اليوم، علاوة على تنفيذ ضربات على مقرات لـ«الجيش المالي» قرب نيورو."
    a = _coded(text, [NIORO], [ARMY])
    name = {m.id: m.resolution.canonical for m in a.mentions if m.kind.name == "ACTOR"}
    assert a.events and all("Military Forces of Mali (2021-)" not in [name[x] for x in e.actor1] for e in a.events)


def test_the_group_whose_stronghold_was_taken_lost_it_and_a_province_naming_a_force_places_nothing():
    text = ("أعلنت سلطات ولاية جوبالاند سيطرة قواتها على بلدة بولو حاجي، أحد المعاقل الرئيسية لمقاتلي حركة الشباب، "
            "السبت.")
    a = default_pipeline()(make_article(text, "stronghold", published=DAY))
    records = event_records(a)
    assert [r["actor2"] for r in records] == ["Al Shabaab"] and "Al Shabaab" not in [r["actor1"] for r in records]
    text = ("قصفت طائرات أمريكية مواقع لتنظيم داعش قرب جبال جوليس في شمالي الصومال، حيث تشن قوات ولاية بونتلاند "
            "هجوما واسعا ضد التنظيم، الثلاثاء.")
    a = default_pipeline()(make_article(text, "force-place", published=DAY))
    assert "Puntland" not in [r["location"] for r in event_records(a)]


def test_the_town_a_dead_man_came_from_is_no_place_of_the_strike_but_a_man_arrested_there_was_there():
    text = ("شنت مسيرة إسرائيلية غارة على سيارة في جنوب لبنان، الأحد. وأسفرت الغارة عن مقتل شخص من بلدة مجدل "
            "سلم.")
    a = default_pipeline()(make_article(text, "hometown", published=DAY))
    assert "Majdal Selm" not in [r["location"] for r in event_records(a)]
    text = "اعتقلت قوات الاحتلال شابا من بلدة عزون شرق قلقيلية، فجر اليوم الأحد."
    a = default_pipeline()(make_article(text, "arrested-at-home", published=DAY))
    assert [r["location"] for r in event_records(a)] == ["'Azzun"]


def test_a_road_named_by_its_ends_with_a_dash_yields_to_the_town_after_it():
    # على طريق حمص - طرطوس، قرب بلدة تلكلخ: the road's ends name the road; the town near it is where the ambush was
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = "تعرضت دورية للأمن العام اليوم لاعتداء مسلح على طريق حمص - طرطوس، قرب بلدة تلكلخ في ريف حمص الغربي."
    records = list(event_records(default_pipeline()(make_article(text, "t", published=DAY))))
    assert [(r["sub_event_type"], r["location"]) for r in records] == [("Armed clash", "Tall Kalakh")]


def test_a_when_clause_after_a_recalled_attack_tells_that_attack_not_the_news():
    # حيث كانت القوات قد تعرضت لاعتداء مماثل ...، عندما هاجم مسلحون حاجزا في مدينة بانياس: the earlier attack's
    # town does not place the news told before it
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = ("تعرضت دورية للأمن العام اليوم لاعتداء مسلح قرب بلدة تلكلخ في ريف حمص الغربي. وأفاد مراسل بأن الهجوم يأتي "
            "ضمن سلسلة من الاعتداءات، حيث كانت القوات قد تعرضت لاعتداء مماثل في 3 من شهر آب الماضي، عندما هاجم "
            "مسلحون حاجزا في مدينة بانياس.")
    records = list(event_records(default_pipeline()(make_article(text, "t", published=DAY))))
    assert [(r["sub_event_type"], r["location"]) for r in records] == [("Armed clash", "Tall Kalakh")]


def test_a_city_a_distance_is_measured_from_in_two_units_is_no_event_location():
    # على بعد 700 كيلومتر (435 ميلا) شرقي العاصمة بانغي: the bracketed miles do not hide the distance
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = "قتل أربعة جنود اليوم في هجوم للمتمردين على بلدة زيميو، على بعد 700 كيلومتر (435 ميلا) شرقي العاصمة بانغي."
    records = list(event_records(default_pipeline()(make_article(text, "t", published=DAY))))
    assert records and all(r["location"] != "Bangui" for r in records)
