"""Sides named by their soldiers' nationality or a state's name, and figures that count no one."""

from datetime import UTC, datetime

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records


def _records(text: str, day: datetime) -> list[dict]:
    return list(event_records(default_pipeline()(make_article(text, "t", published=day))))


def test_soldiers_named_by_nationality_and_counted_dead_are_the_side_hit():
    text = "قتل ما لا يقل عن ستة جنود كاميرونيين يوم السبت في هجوم لبوكو حرام في أقصى شمال الكاميرون."
    records = _records(text, datetime(2021, 7, 25, 12, tzinfo=UTC))
    assert records and records[0]["actor2"] == "Military Forces of Cameroon (1982-)"


def test_a_state_that_blew_up_a_house_is_its_forces():
    text = "فجرت إسرائيل منزلا في بلدة ميس الجبل جنوب لبنان، الاثنين."
    records = _records(text, datetime(2025, 8, 19, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"]) for r in records] == [
        ("Looting/property destruction", "Military Forces of Israel (2022-)")]


def test_besieged_militants_who_blew_themselves_up_are_a_suicide_bombing():
    text = ("أعلن جهاز الأمن الوطني العراقي اليوم أن مفارزه حاصرت مضافة لتنظيم داعش في قضاء القائم، وأن الإرهابيين "
            "المحاصرين أقدموا على تفجير أنفسهم خلال عملية المداهمة.")
    records = _records(text, datetime(2026, 2, 6, 12, tzinfo=UTC))
    assert "Suicide bomb" in [r["sub_event_type"] for r in records]


def test_one_of_the_deadliest_attacks_counts_no_one():
    text = ("شنت جماعة بوكو حرام هجوما على قرية في ولاية بورنو أسفر عن مقتل 60 شخصا، في واحدة من أكثر الهجمات دموية "
            "هذا العام. وقال سكان إن المسلحين هاجموا الأهالي العائدين حديثا من مخيمات النزوح.")
    records = _records(text, datetime(2025, 9, 8, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Attack", 60)]


def test_a_force_and_its_ally_firing_on_a_car_of_civilians_attack_them_together():
    text = ('قتل ثمانية مدنيين على الأقل في وسط مالي الأحد، واتهمت مجموعات محلية الجيش المالي وحليفته مجموعة "فاغنر" '
            "الروسية بالوقوف وراء الهجوم.")
    records = _records(text, datetime(2025, 1, 5, 18, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"], r["assoc_actor_1"]) for r in records] == [
        ("Attack", "Military Forces of Mali (2021-)", "Wagner Group")]


def test_an_unknown_village_is_not_put_in_the_country_a_journey_was_heading_for():
    from marsad.model import MentionKind

    text = ("قتل ثمانية مدنيين في وسط مالي. وقال مسؤول محلي إن مركبة في قرية هامبي كانت تقل مدنيين متجهة نحو مخيم "
            "للاجئين في موريتانيا عندما أطلق مسلحون النار عليها.")
    article = default_pipeline()(make_article(text, "t", published=datetime(2025, 1, 5, 18, tzinfo=UTC)))
    village = next(m for m in article.mentions_of(MentionKind.PLACE) if "هامبي" in m.text)
    assert village.resolution is not None and village.resolution.country_code == "ML"


def test_the_latters_forces_are_the_actor_named_last_and_gunmen_of_a_groups_cells_are_that_group():
    text = ('قتل عنصر من قوات سوريا الديمقراطية اليوم في دير الزور، بعد أن فتح مسلحان من خلايا تنظيم "داعش" النار على '
            "سيارته العسكرية، وسط استنفار أمني من قبل قوات الأخيرة بحثا عن المهاجمين.")
    records = _records(text, datetime(2025, 9, 5, 12, tzinfo=UTC))
    assert records and records[0]["actor1"] == "Islamic State (Syria)"
    assert records[0]["actor2"] == "QSD: Syrian Democratic Forces"
    assert not any("الأخيرة" in r["actor1"] + r["actor2"] for r in records)


def test_east_of_jerusalem_is_in_palestine():
    text = "هاجم مستوطنون رعاة أغنام في تجمعين بدويين شرقي القدس، مساء الاثنين."
    records = _records(text, datetime(2025, 11, 17, 20, tzinfo=UTC))
    assert records and records[0]["actor2"] == "Civilians (Palestine)"


def test_a_sit_in_security_forces_broke_up_is_a_protest_with_intervention():
    text = "فرقت قوات الأمن السوري الأحد اعتصاماً في دمشق ضم العشرات ودعا إليه ناشطون في المجتمع المدني."
    records = _records(text, datetime(2025, 3, 9, 18, tzinfo=UTC))
    assert [(r["sub_event_type"], r["location"]) for r in records] == [("Protest with intervention", "Damascus")]


def test_a_regions_protests_told_town_by_town_are_one_event_per_town():
    text = (
        "شارك مئات الأشخاص في مدن وبلدات محافظة درعا، اليوم الجمعة، في مظاهرات مناوئة للنظام دعما لانتفاضة السويداء "
        "السلمية. وخرج العشرات من أبناء مدينة درعا في وقفة احتجاجية عقب صلاة الجمعة. وكذلك، شهدت مدينة طفس غربي "
        "درعا مظاهرة شارك فيها العشرات."
    )
    places = sorted(r["location"] for r in _records(text, datetime(2023, 9, 22, 18, tzinfo=UTC)))
    assert places == ["Dar'a", "Tafas"]


def test_shelling_of_two_towns_with_no_toll_is_an_event_at_each():
    text = ("وأفادت الوكالة الوطنية للإعلام بأن أطراف بلدتي علما الشعب وطير حرفا تعرضت لقصف مدفعي إسرائيلي، "
            "اليوم الأربعاء.")
    places = {r["location"] for r in _records(text, datetime(2024, 1, 24, 12, tzinfo=UTC))}
    assert {"Aalma ech Chaab", "Tayr Harfa"} <= places


def test_a_protest_placed_only_in_a_country_is_coded_there():
    text = "تظاهر مئات الأشخاص في تونس، السبت، دفاعا عن الحريات واحتجاجا على سياسات الرئيس."
    records = _records(text, datetime(2025, 12, 13, 18, tzinfo=UTC))
    assert [(r["sub_event_type"], r["geo_precision"]) for r in records] == [("Peaceful protest", 3)]


def test_the_occupations_aircraft_targeting_a_tent_is_an_israeli_air_strike():
    text = ("استشهد خمسة مواطنين، فجر اليوم الثلاثاء، جراء استهداف طائرات الاحتلال خيمة تؤوي نازحين في منطقة المواصي "
            "غرب مدينة خان يونس جنوب قطاع غزة.")
    records = _records(text, datetime(2025, 8, 5, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"], r["fatalities"]) for r in records] == [
        ("Air/drone strike", "Military Forces of Israel (2022-)", 5)]


def test_people_who_lost_their_lives_are_dead():
    text = "فقد أربعة أشخاص حياتهم في مدينة القامشلي، الثلاثاء، عقب استهداف طائرة مسيرة تركية سيارة قرب المدينة."
    records = _records(text, datetime(2022, 8, 9, 12, tzinfo=UTC))
    assert [r["fatalities"] for r in records if r["sub_event_type"] == "Air/drone strike"] == [4]


def test_wanted_gunmen_a_security_force_killed_are_a_battle_side():
    text = "أعلن الأمن العام الأردني، يوم الأربعاء، قتل مطلوبين اثنين خارجين عن القانون في الرمثا، وإصابة ثلاثة من أفراد الأمن."
    records = _records(text, datetime(2025, 11, 26, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Armed clash"]


def test_a_group_that_claims_an_attack_it_was_read_as_the_target_of_carried_it_out():
    text = ("دوى انفجار هائل، عصر السبت، في مقديشو قرب مركز تابع لأجهزة الاستخبارات الصومالية يتم فيه عادة استجواب "
            "مقاتلين من حركة الشباب. وتبنت الحركة الهجوم.")
    records = _records(text, datetime(2025, 10, 4, 18, tzinfo=UTC))
    assert records and records[0]["actor1"] == "Al Shabaab"


def test_a_group_whose_men_were_counted_dead_past_a_hedge_is_the_side_hit():
    text = ("أعلنت مصادر عسكرية صومالية اليوم الأحد مقتل أكثر من 30 عنصرا من حركة الشباب في بلدة بإقليم جوبا "
            "السفلى. وأضافت أن الجيش اشتبك مع عناصر الشباب وقام بتحييدهم.")
    records = _records(text, datetime(2024, 3, 3, 12, tzinfo=UTC))
    assert records and records[0]["actor2"] == "Al Shabaab"


def test_the_attackers_are_the_group_named_before_them():
    text = ("قتل أربعة أشخاص بعد هجوم مسلحين موالين لداعش على مدينة موتشيمبوا دا برايا في شمال موزمبيق، الأحد. "
            "وخاض المهاجمون معارك ضد قوات موزمبيقية في المدينة.")
    records = _records(text, datetime(2025, 9, 8, 12, tzinfo=UTC))
    clashes = [r for r in records if r["sub_event_type"] == "Armed clash"]
    assert clashes and clashes[0]["actor1"] == "Islamic State (Mozambique)"


def test_a_witness_who_fled_is_no_displacement():
    text = ("وقال تاجر فرّ من المدينة بعد الهجوم إن المسلحين شنوا الهجوم مساء الأحد على مدينة موتشيمبوا دا برايا، "
            "وقتل خلاله اثنان من قوات الأمن الموزمبيقية.")
    records = _records(text, datetime(2025, 9, 8, 12, tzinfo=UTC))
    assert "Other" not in [r["sub_event_type"] for r in records]
    displaced = "نزح 500 شخص من المدينة بعد الهجوم، وفر آلاف آخرون إلى القرى المجاورة في شمال موزمبيق."
    assert "Other" in [r["sub_event_type"] for r in _records(displaced, datetime(2025, 9, 8, 12, tzinfo=UTC))]


def test_a_bombardment_in_an_air_campaign_the_article_tells_is_an_air_strike():
    text = ("قتل أربعة جنود من قوات الدعم السريع، مساء الثلاثاء، في قصف للجيش السوداني استهدف مطار نيالا الدولي "
            "بولاية جنوب دارفور. ومنذ مايو الماضي تزايدت وتيرة الهجمات الجوية للجيش السوداني على معاقل قوات الدعم "
            "السريع في مدينة نيالا.")
    records = _records(text, datetime(2025, 6, 25, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Air/drone strike"]


def test_a_person_said_to_have_died_counts_and_a_pretext_is_no_battle():
    text = ("قالت وزارة الصحة اللبنانية إن شخصا لقي مصرعه في غارة إسرائيلية على بلدة كونين جنوبي البلاد، بينما تدرس "
            'إسرائيل تكثيف هجماتها في لبنان بذريعة التصدي لـ"حزب الله".')
    records = _records(text, datetime(2025, 10, 31, 18, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Air/drone strike", 1)]


def test_gunmen_storming_a_mosque_arrest_no_one():
    text = ("قتل ما لا يقل عن 27 شخصا أمس الثلاثاء، عندما اقتحم مسلحون مسجدا في ولاية كاتسينا شمال نيجيريا أثناء "
            "صلاة الفجر.")
    records = _records(text, datetime(2025, 8, 20, 12, tzinfo=UTC))
    assert "Arrests" not in [r["sub_event_type"] for r in records]


def test_people_killed_in_an_exchange_of_fire_are_no_battles_actor1():
    text = ("قالت وزارة الداخلية المصرية يوم الأحد إنها قتلت شخصين أثناء تبادل لإطلاق النار، فيما قتل أحد المواطنين "
            "وأصيب ضابط من قوات الأمن.")
    records = _records(text, datetime(2025, 7, 20, 18, tzinfo=UTC))
    assert all(not r["actor1"].startswith("Civilians") for r in records if r["event_type"] == "Battles")


def test_a_group_whose_men_a_strike_s_result_clause_counts_dead_is_the_side_hit():
    text = ("وقال الجيش إن طائراته نفذت غارات على مواقع في منطقة نيونو، أدت إلى مقتل نحو 20 عنصرا تابعين لـ«جماعة "
            "نصرة الإسلام والمسلمين»، السبت.")
    records = _records(text, datetime(2025, 9, 13, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor2"]) for r in records] == [
        ("Air/drone strike", "JNIM: Jamaah Nusrat al Islam wal Muslimin")]
    # civilians counted dead in that clause are read as the victims, apart
    text = "قصفت قوات الدعم السريع بالمدفعية معسكر زمزم للنازحين، ما أدى إلى مقتل سبعة مدنيين، السبت."
    records = _records(text, datetime(2025, 2, 1, 12, tzinfo=UTC))
    assert [r["actor2"] for r in records] == ["Civilians (Sudan)"]


def test_a_few_policemen_among_a_larger_toll_of_people_leave_the_attack_on_civilians():
    text = "قتل 18 شخصا على الأقل بينهم شرطي في هجوم شنه مسلحون على حافلة في منطقة تيلابيري غرب النيجر، الأحد."
    records = _records(text, datetime(2023, 5, 7, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor2"], r["fatalities"]) for r in records] == [
        ("Attack", "Civilians (Niger)", 18)]
    # a part with no figure of its own stays the side hit (recruits among the dead of an attack on a camp)
    text = "قتل عشرة أشخاص، بينهم مجندون جدد، في هجوم شنه مسلحون على معسكر للجيش في ولاية بورنو، الأحد."
    records = _records(text, datetime(2023, 5, 7, 12, tzinfo=UTC))
    assert [r["actor2"] for r in records] == ["Military Forces of Nigeria (2015-2023)"]


def test_the_dead_are_the_killing_s_not_the_kidnapping_s_told_beside_it():
    text = ("هاجم مسلحون سوق قرية في منطقة الشمال الغربي بالكاميرون الثلاثاء، وعمدوا إلى إعدام ما لا يقل عن ثمانية تجار "
            "واختطاف أشخاص آخرين.")
    records = _records(text, datetime(2023, 11, 7, 12, tzinfo=UTC))
    tolls = {r["sub_event_type"]: r["fatalities"] for r in records}
    assert tolls["Attack"] == 8 and tolls.get("Abduction/forced disappearance", 0) == 0


def test_people_abducted_and_found_dead_are_one_attack_with_the_bodies_for_its_toll():
    text = ("عثرت القوات الأمنية العراقية على جثث ثلاثة رعاة في صحراء الأنبار، اليوم الثلاثاء. "
            "وأفادت خلية الإعلام الأمني بأن مجموعة من تنظيم داعش أقدمت على اختطاف الرعاة من قرية قرب مدينة الرطبة.")
    records = _records(text, datetime(2021, 3, 9, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Attack", 3)]


def test_a_takeover_told_with_no_subject_goes_on_with_the_last_sentence_s():
    text = ("تقدمت قوات الدعم السريع، الثلاثاء، نحو ولاية النيل الأبيض. كما سيطرت على معسكر الجيش السوداني في منطقة "
            "جبل موية بولاية سنار.")
    records = _records(text, datetime(2024, 7, 23, 12, tzinfo=UTC))
    takeovers = [(r["actor1"], r["actor2"]) for r in records if r["sub_event_type"] == "Non-state actor overtakes territory"]
    assert takeovers == [("Rapid Support Forces", "Military Forces of Sudan (2019-)")]


def test_the_dead_of_both_sides_of_a_statement_s_clash_are_added():
    text = ('قالت وزارة الداخلية إن عناصر إرهابية هاجمت كمينا أمنيا غربي العريش، فجر الأربعاء، "وتم تبادل إطلاق '
            'النيران". وأضاف البيان أن الاشتباك أسفر عن مقتل 4 من العناصر الإرهابية. وتابع: "(قتل) ضابط وعدد 3 '
            'مجندين".')
    records = _records(text, datetime(2019, 6, 5, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Armed clash", 8)]


def test_a_post_taken_and_left_by_the_group_that_stormed_it_is_a_battle_not_a_takeover():
    text = ("تمكن مقاتلو جماعة نصرة الإسلام والمسلمين من السيطرة على ثكنة للجيش المالي في مدينة نيونو، الثلاثاء، بعد "
            "معارك عنيفة، والاستيلاء على معدات عسكرية والانسحاب من المعسكر.")
    records = _records(text, datetime(2025, 8, 19, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in records] == [
        ("Armed clash", "JNIM: Jamaah Nusrat al Islam wal Muslimin", "Military Forces of Mali (2021-)")]


def test_the_attackers_of_the_next_sentence_carried_out_the_attack_told_with_no_agent():
    # قتل ... في هجوم على ... وقال الجيش إن المهاجمين: no group named anywhere, the attackers are ACLED's unidentified
    # armed group, and the attack told first is theirs
    text = ("قتل تسعة أشخاص في هجوم على مركز للشرطة في مدينة بانو بإقليم خيبر بختونخوا. وقال مسؤول إن المهاجمين "
            "استهدفوا المركز من عدة جهات.")
    records = _records(text, datetime(2025, 3, 4, 12, tzinfo=UTC))
    assert records and records[0]["actor1"] == "Unidentified Armed Group (Pakistan)"
    # a group named before them is who they are
    text = ("هاجم مسلحون من حركة طالبان باكستان مركزا للشرطة في مدينة بانو. وقال مسؤول إن المهاجمين فجروا سيارة "
            "أمام المركز.")
    records = _records(text, datetime(2025, 3, 4, 12, tzinfo=UTC))
    assert records and records[0]["actor1"].startswith("TTP")


def test_soldiers_of_an_untold_number_named_by_nationality_are_the_side_hit():
    # مقتل عدد كبير من الجنود التشاديين: no figure, yet the casualty word before "a large number of" the soldiers makes
    # them the side hit, not the attack's perpetrator
    text = ("هاجم مسلحون مجهولون موقعا عسكريا قرب بلدة ليويني غرب تشاد أمس. وأفادت مصادر محلية بأن الهجوم أسفر عن "
            "مقتل عدد كبير من الجنود التشاديين.")
    records = _records(text, datetime(2024, 6, 4, 12, tzinfo=UTC))
    assert [(r["actor1"], r["actor2"]) for r in records] == [
        ("Unidentified Armed Group (Chad)", "Military Forces of Chad (2021-)")]


def test_the_force_that_reports_or_lost_men_is_no_perpetrator():
    # وفق ما أفاد الجيش: the army attributed as source is no side; soldiers killed by a bomb carried out no attack on
    # the civilians of the next clause; an army saying "an incident with an explosive device occurred" reports it
    text = ("قتل خمسة جنود في انفجار عبوة ناسفة في شمال مالي، فيما قتل أربعة مدنيين في هجوم آخر وقع في وسط البلاد، "
            "وفق ما أفاد الجيش. وقال الجيش في بيان إن \"حادثا بعبوة ناسفة وقع على طريق\" قرب بلدة دوينتزا.")
    records = _records(text, datetime(2023, 2, 10, 12, tzinfo=UTC))
    assert sorted((r["sub_event_type"], r["actor1"], r["actor2"]) for r in records) == [
        ("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)")]


def test_an_assault_on_a_post_that_a_force_foiled_is_a_battle_with_that_force():
    # إحباط هجوم لمقاتلي الشباب على مركز عسكري: "al-Shabaab's fighters" name the group, a military post makes the foiled
    # assault a battle, and the army that foiled it is its other side
    text = ("قال مسؤول إن الجيش الصومالي تمكن، بالتعاون مع قوات محلية، من إحباط هجوم لمقاتلي الشباب على مركز عسكري "
            "في بلدة أفمدو بإقليم جوبا السفلى.")
    records = _records(text, datetime(2024, 9, 15, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in records] == [
        ("Armed clash", "Al Shabaab", "Military Forces of Somalia (2022-)")]


def test_soldiers_killed_where_no_actor_names_the_country_are_its_army_and_the_side_a_town_attack_hit():
    # لقي ستة جنود حتفهم في هجوم للمتمردين في جمهورية أفريقيا الوسطى ... هاجم المتمردون بلدة X وقتلوا ستة جنود: the
    # country of the article's places names the soldiers' army, and the attack on the town that killed them is a
    # battle with it, not an attack on the town's people
    text = ("لقي أربعة جنود حتفهم اليوم في هجوم للمتمردين جنوب شرقي جمهورية أفريقيا الوسطى. وقال نائب إن المتمردين "
            "هاجموا بلدة باكوما فجرا، وقتلوا أربعة جنود.")
    records = _records(text, datetime(2022, 4, 29, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor2"]) for r in records] == [
        ("Armed clash", "Military Forces of the Central African Republic (2016-)")]


def test_a_group_that_announces_it_took_a_military_post_carried_out_the_attack_on_it():
    # قتل 9 جنود خلال هجوم استهدف ثكنة ... وأعلنت جماعة نصرة الإسلام والمسلمين، صباح أمس، عن سيطرتها على ثكنة عسكرية
    text = ("أعلن الجيش المالي اليوم مقتل 9 جنود خلال هجوم استهدف ثكنة عسكرية في منطقة موبتي أمس. وأعلنت جماعة نصرة "
            "الإسلام والمسلمين الإرهابية، صباح أمس الاثنين 26 أغسطس 2024، عن سيطرتها على ثكنة عسكرية تابعة للجيش المالي في "
            "المنطقة.")
    records = _records(text, datetime(2024, 8, 27, 12, tzinfo=UTC))
    assert [(r["actor1"], r["actor2"]) for r in records] == [
        ("JNIM: Jamaah Nusrat al Islam wal Muslimin", "Military Forces of Mali (2021-)")]


def test_police_telling_of_its_own_dead_did_not_attack_and_gunmen_who_fled_displaced_no_one():
    # أعلنت الشرطة مقتل خمسة من رجال الشرطة بعدما تعرضت سيارة لهجوم ... أطلق مسلحون النار عليهم وفروا هاربين
    text = ("أعلنت الشرطة الباكستانية اليوم مقتل خمسة من رجال الشرطة بعدما تعرضت سيارة شرطة لهجوم في منطقة بنو بإقليم "
            "خيبر بختونخوا. وقال شرطي إن مسلحين أطلقوا النيران على السيارة وفروا هاربين.")
    records = _records(text, datetime(2025, 12, 23, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in records] == [
        ("Armed clash", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan (2024-)")]


def test_policemen_named_without_the_article_are_the_police_the_gunmen_killed():
    # رجال شرطة (no article) is the police as رجال الشرطة is; counted and then killed, they are the side hit, so a
    # re-mention that counts them does not make them the attackers of the battle it folds into
    text = "قتل مسلحون خمسة رجال شرطة في هجوم على دورية في مدينة زاهدان جنوب شرق إيران اليوم."
    records = _records(text, datetime(2025, 8, 22, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor2"]) for r in records] == [("Armed clash", "Police Forces of Iran (1989-)")]
    text = ("هاجم عشرات المسلحين مركزا للشرطة في مدينة ديرا إسماعيل خان الباكستانية اليوم.\n"
            "وأضاف أن 10 رجال شرطة قتلوا وأصيب 4 في الهجوم الذي استهدف المركز.")
    records = _records(text, datetime(2024, 2, 5, 12, tzinfo=UTC))
    assert [(r["actor1"], r["actor2"], r["fatalities"]) for r in records] == [
        ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan (2022-2024)", 10)]


def test_the_attacks_a_target_is_linked_to_are_its_record_not_news():
    text = ("قال متحدث باسم القوات الجوية النيجيرية اليوم إن القوات قتلت 15 مسلحا في غارة جوية على مخبأ في ولاية "
            "بورنو.\nوقال الضابط إن الغارة استهدفت مقاتلين وقياديين على صلة بهجمات وقعت في الآونة الأخيرة.")
    records = _records(text, datetime(2025, 9, 4, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Air/drone strike"]


def test_terrorists_said_to_be_unknown_are_one_perpetrator_not_a_victim():
    text = "قتل 36 شخصا على يد إرهابيين مجهولين في شمال بوركينا فاسو اليوم."
    records = _records(text, datetime(2020, 1, 22, 12, tzinfo=UTC))
    assert [(r["actor1"], r["actor2"]) for r in records] == [
        ("Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")]


def test_foreign_civilians_a_group_claims_to_have_abducted_are_named_by_their_nationality():
    # the quoted name keeps the group further from its claim than the victims after it; civilians never claim
    text = "أعلنت جماعة “نصرة الإسلام والمسلمين” مسؤوليتها عن اختطاف ثلاثة مواطنين مصريين غربي مالي."
    records = _records(text, datetime(2025, 11, 9, 12, tzinfo=UTC))
    assert [(r["actor1"], r["actor2"]) for r in records] == [
        ("JNIM: Jamaah Nusrat al Islam wal Muslimin", "Civilians (Egypt)")]


def test_a_ministrys_quoted_terrorists_killed_are_counted():
    text = "أعلنت وزارة الداخلية المصرية أن سبعة “إرهابيين” قتلوا في تبادل لإطلاق النار في القاهرة اليوم."
    records = _records(text, datetime(2020, 4, 14, 12, tzinfo=UTC))
    assert [r["fatalities"] for r in records] == [7]


def test_buses_stopped_are_no_arrest_and_passengers_a_band_killed_are_civilians():
    text = ("قتلت مجموعة من المسلحين 14 راكبا، اليوم الخميس، بعدما أوقفت الحافلات في إقليم بلوشستان. وقال المتحدث "
            "إن المسلحين قاموا بإيقاف ثلاث أو أربع حافلات.")
    records = _records(text, datetime(2019, 4, 18, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor2"], r["fatalities"]) for r in records] == [
        ("Attack", "Civilians (Pakistan)", 14)]


def test_moroccos_judicial_police_are_moroccos_police_wherever_the_cell_was():
    text = ("تمكن المكتب المركزي للأبحاث القضائية من إلقاء القبض على أعضاء خلية إرهابية موالية لتنظيم داعش، اليوم "
            "الاثنين، بمدينة تنغير.")
    records = _records(text, datetime(2019, 6, 3, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"]) for r in records] == [("Arrests", "Police Forces of Morocco (1999-)")]


def test_foreign_employees_kidnapped_are_civilians_of_their_nationality():
    text = "خطف موظفان صينيان يعملان في شركة تعدين ليل الأحد الإثنين في منطقة تيلابيري غرب النيجر."
    records = _records(text, datetime(2021, 6, 8, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor2"]) for r in records] == [
        ("Abduction/forced disappearance", "Civilians (China)")]


def test_security_services_arrest_activists_and_a_finder_is_no_side():
    text = "اعتقلت الأجهزة الأمنية ستة نشطاء في بنغازي أمس السبت على خلفية مشاركتهم في مظاهرة."
    records = _records(text, datetime(2020, 10, 11, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor2"]) for r in records][:1] == [("Arrests", "Civilians (Libya)")]
    text = ("عثرت الأجهزة الأمنية العراقية على جثتي مزارعين اليوم بعد اختطافهما وإحراق حقولهما على يد عناصر من تنظيم "
            "داعش في محافظة ديالى.")
    records = _records(text, datetime(2020, 5, 12, 12, tzinfo=UTC))
    assert all(not r["actor2"].startswith("Police") for r in records)


def test_a_terrorist_a_statement_puts_in_quotes_is_counted_killed():
    text = ("تمكنت وحدات مشتركة من الجيش والحرس الوطني من قتل “إرهابي” واعتقال آخر خلال عملية أمنية في جبال القصرين "
            "غرب تونس اليوم.")
    records = _records(text, datetime(2019, 10, 20, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Armed clash", 1)]
