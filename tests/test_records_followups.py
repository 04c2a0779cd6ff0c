"""Whole-pipeline records for readings added from held-out leads: a loser's withdrawal, a march beside tear gas, the
origin of a journey, function-named police, and South Sudan's forces."""

from datetime import UTC, datetime

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

PIPELINE = default_pipeline()


def records(text):
    return [
        (r["sub_event_type"], r["actor1"], r["actor2"], r["location"])
        for r in event_records(PIPELINE(make_article(text, "t")))
    ]


def fields(text: str, published: datetime, *keys: str) -> list[tuple]:
    """The records' ``keys`` for a text published at ``published``."""
    return [tuple(r[k] for k in keys) for r in event_records(PIPELINE(make_article(text, "t", published=published)))]


def test_the_losers_withdrawal_is_the_takeover_told_from_its_side():
    rows = records(
        "استعادت القوات المسلحة لجنوب السودان السيطرة على مدينة ملكال في ولاية أعالي النيل بعد مواجهات مع ميليشيا "
        "الجيش الأبيض. ووصف متحدث باسم الجيش الأبيض العملية بأنها انسحاب تكتيكي."
    )
    assert rows == [
        (
            "Government regains territory",
            "Military Forces of South Sudan (2011-)",
            "Nuer Ethnic Militia (South Sudan)",
            "Malakal",
        )
    ]


def test_the_march_the_police_dispersed_is_no_drone():
    rows = records(
        "أطلقت الشرطة الغاز المسيل للدموع لتفريق محتجين وسط مدينة صفاقس في تونس اليوم. "
        "وطاردت الشرطة بعد تفرق المسيرة، مجموعات من المحتجين بإطلاق الغاز."
    )
    assert rows and all(kind == "Protest with intervention" for kind, *_ in rows)


def test_what_a_march_calls_for_is_no_event():
    rows = records("خرجت مسيرة في مدينة صفاقس في تونس اليوم للدعوة إلى تفكيك وحدات مصنع كيميائي.")
    assert [kind for kind, *_ in rows] == ["Peaceful protest"]


def test_where_the_arrested_man_flew_from_is_not_where_he_was_arrested():
    rows = records(
        "أوقفت السلطات الأحد الكاتب بوعلام صنصال لدى وصوله إلى مطار الجزائر الدولي، قادماً من باريس. "
        "وقالت الصحيفة إن عناصر المديرية العامة للأمن الداخلي قامت بتوقيف الكاتب."
    )
    [(kind, actor1, _, location)] = rows
    assert (kind, actor1) == ("Arrests", "Police Forces of Algeria (2019-)")
    assert location != "Paris"


def test_a_town_fallen_into_the_rebels_hands_is_taken_on_the_day_the_army_withdrew():
    rows = fields(
        "قالت الإذاعة إن بلدة روتشورو شرق الكونغو الديمقراطية سقطت في أيدي متمردي حركة إم 23 بعد قتال ضد الجيش "
        "الكونغولي. "
        "ودخل المتمردون البلدة مساء أمس بعد انسحاب الجيش الكونغولي منها.",
        datetime(2024, 6, 29, 9, tzinfo=UTC),
        "sub_event_type",
        "actor1",
        "actor2",
        "event_date",
    )
    assert rows == [
        (
            "Non-state actor overtakes territory",
            "M23: March 23 Movement",
            "Military Forces of the Democratic Republic of Congo (2019-)",
            "2024-06-28",
        )
    ]


def test_the_attack_said_to_have_taken_place_yesterday_is_the_bombing_just_told():
    rows = fields(
        "أعلن تنظيم انفصالي مسؤوليته عن هجوم بعبوة ناسفة أسفر عن مقتل سبعة جنود في جنوب غربي الكاميرون. "
        "ووقع الهجوم صباح أمس الجمعة بالقرب من بلدة كومبا.",
        datetime(2025, 9, 6, 9, tzinfo=UTC),
        "sub_event_type",
        "event_date",
        "fatalities",
    )
    assert rows == [("Remote explosive/landmine/IED", "2025-09-05", 7)]


def test_a_unit_that_underwent_an_attack_is_its_target_and_the_countrys_side_places_it():
    rows = records(
        "أعلنت وزارة الدفاع بالنيجر أن إرهابيين هاجموا الجيش في غرب البلاد. "
        "وأوضحت أن مفرزة من الجيش تعرضت شمال غرب بلدة تاباتول لهجوم نفذه أكثر من مئة مسلح."
    )
    assert rows and all(a2 == "Military Forces of Niger (2023-)" for _, _, a2, _ in rows)
    assert {location for *_, location in rows} == {"Niger"}


def test_the_gendarmerie_is_the_states_force():
    rows = records(
        "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين مركز تدريب لقوات الدرك في العاصمة المالية باماكو اليوم."
    )
    assert [(a1, a2) for _, a1, a2, _ in rows] == [
        ("JNIM: Jamaah Nusrat al Islam wal Muslimin", "Military Forces of Mali (2021-)")
    ]


def test_cattle_looted_in_the_attack_is_part_of_the_attack():
    rows = records(
        "قتل 12 شخصا في هجوم شنه مسلحون على قرية في ولاية جونقلي بجنوب السودان. "
        "وأدى الهجوم أيضا لإصابة 10 أشخاص آخرين إضافة إلى نهب الماشية."
    )
    assert [kind for kind, *_ in rows] == ["Attack"]


def test_a_nationality_after_the_public_security_names_its_state_over_the_refugees_named_beside_it():
    rows = records(
        "أعلنت مديرية الأمن العام الأردنية توقيف عدد من مثيري الشغب في مخيم البقعة للاجئين الفلسطينيين شمال "
        "العاصمة الليلة الماضية."
    )
    assert rows and "Al Baqaa Camp" in {location for *_, location in rows}
    assert all("Jordan" in a1 for _, a1, _, _ in rows)


def test_skirmishes_are_a_clash():
    assert records("اندلعت مناوشات بين الجيش السوري ومسلحين في ريف درعا اليوم.")[0][0] == "Armed clash"


def test_a_network_seized_by_state_security_is_an_arrest_by_the_police():
    rows = records("تمكن جهاز أمن الدولة في الكويت من ضبط شبكة تمويل إرهابي منتمية إلى حزب محظور.")
    assert [(kind, a1) for kind, a1, _, _ in rows] == [("Arrests", "Police Forces of Kuwait (2023-)")]


def test_an_attack_on_positions_foiled_is_a_battle_not_a_disrupted_weapon():
    rows = records(
        "أحبطت القوات الحكومية اليمنية، السبت، هجوماً عنيفاً لميليشيا الحوثي على مواقعها جنوبي مأرب، ما أوقع 4 "
        "عسكريين قتلى."
    )
    assert [kind for kind, *_ in rows] == ["Armed clash"]


def test_what_came_the_day_before_the_news_is_coded_on_its_day_and_a_regular_campaign_is_not():
    rows = fields(
        "قتل 3 أشخاص الخميس في استهداف مسيرة لشاحنة في محافظة السليمانية، حيث يشن الجيش التركي بانتظام "
        "ضربات ضد مقاتلي حزب العمال الكردستاني. ويأتي ذلك غداة مقتل شخصين حين استهدفت مسيرة مركبتهما "
        "في قضاء دوكان.",
        datetime(2024, 9, 5, 12, tzinfo=UTC),
        "sub_event_type",
        "event_date",
        "location",
    )
    assert rows == [
        ("Air/drone strike", "2024-09-05", "As Sulaymaniyah"),
        ("Air/drone strike", "2024-09-04", "Dukan"),
    ]


def test_a_later_sentence_with_no_place_takes_the_district_measured_from_a_city_not_the_province():
    rows = records(
        "أفاد مصدر محلي في ديالى بأن عشرات المواطنين قطعوا طريقا في المحافظة. وقال المصدر إن مواطني ديالى قطعوا "
        "الطريق قرب قضاء المقدادية 40 كم شمال شرقي بعقوبة. وأضاف أن المتظاهرين قطعوا الطريق احتجاجا على سوء الكهرباء."
    )
    assert [(kind, location) for kind, _, _, location in rows] == [("Peaceful protest", "Al-Muqdadiya")]


def test_an_attack_said_after_it_to_have_taken_place_on_a_day_is_the_grenade_just_told():
    rows = fields(
        "قتل عنصران من الحرس الثوري الإيراني في هجوم بقنبلة يدوية قرب مدينة سروآباد غرب إيران. "
        "وذكرت وكالة إرنا أن الهجوم وقع مساء الاثنين.",
        datetime(2025, 10, 7, 12, tzinfo=UTC),
        "sub_event_type",
        "event_date",
        "fatalities",
    )
    assert rows == [("Grenade", "2025-10-06", 2)]


def test_a_bombing_a_source_then_calls_a_suicide_attack_is_a_suicide_bomb():
    rows = records(
        "قتل تسعة أفراد من الشرطة في هجوم بقنبلة في منطقة كاتشي جنوب غرب باكستان اليوم. "
        "وذكرت مصادر أمنية أن الانفجار وقع قرب جسر في المنطقة، وأن الأدلة الأولية تشير إلى أنه كان هجوما انتحاريا."
    )
    assert [kind for kind, *_ in rows] == ["Suicide bomb"]


def test_settlers_raid_that_burns_cars_and_hurts_nobody_is_property_destruction():
    rows = records(
        "أضرم مستوطنون النار في عدد من المركبات الفلسطينية فجر اليوم في بلدة دير دبوان شرق رام الله. "
        "وذكرت مصادر محلية أن مجموعة من المستوطنين هاجمت المنطقة وأقدمت على إحراق عدة سيارات."
    )
    assert [(kind, a1, a2) for kind, a1, a2, _ in rows] == [
        ("Looting/property destruction", "Settlers (Israel)", "Civilians (Palestine)")
    ]


def test_what_the_protesters_slogans_call_for_is_no_event():
    rows = records("نظمت جبهة معارضة وقفة احتجاجية في تونس العاصمة اليوم، رافعين شعارات منادية بإسقاط الحكومة.")
    assert [kind for kind, *_ in rows] == ["Peaceful protest"]


def test_a_campaign_of_abductions_is_an_abduction_and_cadres_are_no_pakistani_port():
    rows = records(
        "شنت جماعة الحوثي حملة مداهمات واختطافات واسعة في صنعاء اليوم، طالت موظفين وكوادر محلية في منظمات دولية."
    )
    assert [(kind, a1, location) for kind, a1, _, location in rows] == [
        ("Abduction/forced disappearance", "Military Forces of Yemen (2016-) Houthi", "Sanaa")
    ]


def test_the_burning_a_riot_report_tells_next_is_part_of_the_riot():
    rows = records(
        "شهدت مدينة إنزكان مساء اليوم أعمال شغب وعنف واسعة خلال احتجاجات شبابية. "
        "وتضمنت أبرز أعمال العنف تخريب وحرق مركبات الأمن."
    )
    assert [(kind, a1) for kind, a1, _, _ in rows] == [("Violent demonstration", "Rioters (Morocco)")]


def test_a_convoy_between_two_towns_is_one_battle_at_the_first():
    rows = records(
        "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم استهدف قافلة عسكرية للجيش المالي بين مدينتي كاتي "
        "وكوليكورو اليوم."
    )
    assert [(kind, location) for kind, _, _, location in rows] == [("Armed clash", "Kati")]


def test_the_police_who_tell_where_and_what_the_bombing_was_did_not_set_it_off():
    rows = records(
        "قتل تسعة أفراد من الشرطة في هجوم بقنبلة في منطقة كاتشي جنوب غرب باكستان اليوم. "
        "وذكرت الشرطة أن الانفجار وقع قرب جسر في المنطقة. "
        "وقال مفتش الشرطة إن الأدلة الأولية تشير إلى أنه كان هجوما انتحاريا."
    )
    assert [(kind, a1) for kind, a1, _, _ in rows] == [("Suicide bomb", "Unidentified Armed Group (Pakistan)")]


def test_a_provinces_police_counted_dead_are_the_bombings_target():
    rows = records("قتل تسعة أفراد من شرطة إقليم بلوشستان في هجوم بقنبلة في منطقة كاتشي جنوب غرب باكستان اليوم.")
    assert [(a1, a2) for _, a1, a2, _ in rows] == [
        ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan (2024-)")
    ]
