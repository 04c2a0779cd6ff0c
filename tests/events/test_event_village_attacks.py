"""Attacks by gunmen nobody named on villages, snipers named by their group's adjective, a toll told by a verb of
finishing off, and the words of a report that name no event or place (a front line, shops)."""

from datetime import UTC, datetime
from functools import lru_cache

from marsad.model import Article
from marsad.records import event_records

DAY = datetime(2023, 5, 20, 18, tzinfo=UTC)  # a Saturday


@lru_cache(maxsize=1)
def _pipeline():
    from marsad.extraction import default_pipeline

    return default_pipeline()


def _read(text: str, published: datetime = DAY) -> Article:
    from marsad.readers import make_article

    return _pipeline()(make_article(text, "t", published=published))


def _records(text: str, published: datetime = DAY) -> list[dict]:
    return list(event_records(_read(text, published)))


def test_unnamed_gunmen_attacking_a_village_is_an_attack_on_civilians():
    text = "وقال سكان إن عشرات المسلحين على دراجات نارية هاجموا قرية في شمال بوركينا فاسو مساء الجمعة وأحرقوا مساكن."
    records = _records(text)
    assert [r["sub_event_type"] for r in records] == ["Attack"]
    assert records[0]["actor2"].startswith("Civilians")


def test_a_village_named_before_the_verb_of_undergoing_is_the_target():
    text = (
        "لقي عشرة مدنيين مصرعهم في هجوم مسلح غرب النيجر. "
        "وقال مسؤول محلي إن القرية التي تقع على بعد عشرين كيلومترا من الحدود تعرضت لهجوم شنه مسلحون مجهولون "
        "مساء الجمعة."
    )
    records = _records(text)
    assert [r["sub_event_type"] for r in records] == ["Attack"]
    assert records[0]["fatalities"] == 10
    assert records[0]["event_date"] == "2023-05-19"  # the body's Friday dates the lead's attack


def test_a_named_armed_group_attacking_a_village_is_still_a_battle():
    text = "هاجمت هيئة تحرير الشام قرية في ريف حماة الشمالي يوم الجمعة."
    assert [r["event_type"] for r in _records(text)] == ["Battles"]


def test_a_sniper_named_by_his_group_killed_the_woman_he_shot():
    text = "قضت رصاصة قناص حوثي على امرأة في حي الروضة بمدينة تعز مساء الجمعة."
    records = _records(text)
    assert [(r["sub_event_type"], r["actor1"], r["fatalities"]) for r in records] == [
        ("Attack", "Military Forces of Yemen (2016-) Houthi", 1)]
    assert records[0]["actor2"] == "Civilians (Yemen)"


def test_the_front_line_is_a_place_not_a_clash():
    text = "أصيب طفل برصاص قناص في حي قريب من خط المواجهات شرق مدينة تعز مساء الجمعة."
    assert "Battles" not in [r["event_type"] for r in _records(text)]


def test_the_definite_dual_of_the_bodies_does_not_add_two_dead():
    text = (
        "استشهد مواطن وزوجته في غارة شنتها مسيرة إسرائيلية على سيارة في بلدة شبعا جنوب لبنان الجمعة. "
        "وعملت فرق الدفاع المدني على نقل الجثتين إلى مستشفى في المنطقة."
    )
    assert [r["fatalities"] for r in _records(text)] == [2]


def test_shops_are_no_place():
    article = _read("استهدفت الغارة سيارة قرب محلات تجارية في بلدة شبعا جنوب لبنان.")
    surfaces = [article.raw[m.start:m.end] for m in article.mentions if m.kind.value == "place"]
    assert not any("محلات" in s for s in surfaces)
    assert any("شبعا" in s for s in surfaces)


def test_a_country_wide_lead_is_the_strike_on_a_village_the_gazetteer_lacks():
    text = (
        "يستمر التوتر في الجنوب اللبناني مع تجدد الغارات الإسرائيلية، حيث شنت مسيرة إسرائيلية غارة على سيارة "
        "على طريق بلدة كفرزيتونة."
    )
    records = _records(text)
    assert len(records) == 1 and records[0]["sub_event_type"] == "Air/drone strike"


def test_a_foiled_assault_on_a_camp_is_a_battle_and_the_neutralised_attacker_its_dead():
    text = ("أعلن الجيش المالي الأحد أن قواته أحبطت، فجر اليوم، محاولة هجوم على معسكر للجيش في مدينة موبتي، "
            "وتم تحييد إرهابي.")
    records = _records(text, datetime(2022, 7, 24, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Armed clash", 1)]


def test_a_drone_attack_foiled_over_a_base_stays_disrupted_weapons_use():
    text = "أعلن الجيش الأحد أنه أحبط هجوما بطائرات مسيرة على قاعدة عسكرية في مدينة موبتي."
    records = _records(text, datetime(2022, 7, 24, 12, tzinfo=UTC))
    assert "Armed clash" not in [r["sub_event_type"] for r in records]


def test_a_bomber_who_blew_himself_up_dates_the_lead_he_belongs_to():
    text = (
        "قال الجيش الصومالي إن هجوما انتحاريا تبنته حركة الشباب أدى إلى مقتل خمسة أشخاص في مقديشو. "
        "وقال ضابط إن انتحاريا فجر نفسه صباح الأحد قرب مدخل مركز للشرطة في جنوب العاصمة."
    )
    records = _records(text, datetime(2022, 9, 26, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["event_date"]) for r in records] == [("Suicide bomb", "2022-09-25")]


def test_a_named_group_s_attack_on_a_count_of_villages_that_killed_people_is_an_attack_on_civilians():
    # the group's pledge to the Islamic State names no actor of the attack (ACLED codes the ADF)
    text = ('قتل 20 شخصا على الأقل في هجوم شنه متمردو "القوات الديمقراطية المتحالفة" على قريتين في إقليم إيتوري '
            "شرقي الكونغو الديمقراطية، السبت. والجماعة التي أعلنت ولاءها لتنظيم داعش تنشط في المنطقة منذ سنوات.")
    records = [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in event_records(_read(text))]
    assert records == [("Attack", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)")]


def test_unnamed_gunmen_storming_a_village_attack_it_and_the_attackers_are_they():
    text = ("قتل مسلحون ثلاثة أشخاص وخطفوا عشرات آخرين في هجوم بولاية كاتسينا شمال غربي نيجيريا. "
            "واقتحم المهاجمون قرية كانكارا ظهر الخميس على متن دراجات نارية.")
    records = event_records(_read(text))
    attack = next(r for r in records if r["sub_event_type"] == "Attack")
    assert (attack["actor1"], attack["fatalities"], attack["event_date"]) == (
        "Unidentified Armed Group (Nigeria)", 3, "2023-05-18")
    assert "Arrests" not in {r["sub_event_type"] for r in records}


def test_the_army_that_announces_a_massacre_is_no_side_and_the_flight_it_caused_no_event():
    text = ("أعلن الجيش في جمهورية الكونغو الديمقراطية، اليوم الاثنين، مقتل 15 شخصا في هجوم نفذته جماعة مسلحة على "
            "قرية في إقليم إيتوري. وأضاف أن الهجوم أدى إلى موجة نزوح واسعة للسكان.")
    records = [(r["sub_event_type"], r["actor2"]) for r in event_records(_read(text))]
    assert records == [("Attack", "Civilians (Democratic Republic of Congo)")]


def test_a_gang_of_terrorists_firing_on_a_bus_attacks_its_passengers():
    # the armed men are the gang that shot, not victims that would make the attack a battle
    text = ("قتل ستة أشخاص في هجوم مسلح منسوب إلى انفصاليين ناطقين بالإنجليزية في جنوب غرب الكاميرون، الثلاثاء. "
            "وقالت الحكومة إن عصابة من الإرهابيين المدججين بالسلاح فتحت النار على حافلة نقل.")
    records = [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in event_records(_read(text))]
    assert records == [("Attack", "Ambazonian Separatists", "Civilians (Cameroon)")]


def test_an_attack_word_that_frames_an_abduction_with_no_one_killed_is_the_abduction():
    # اختطف مسلحون ... في هجوم على كنيسة: the attack is how the worshippers were seized, one Abduction
    records = _records("اختطف مسلحون نحو عشرين من المصلين في هجوم على كنيسة في ولاية كادونا شمال غرب نيجيريا، "
                       "الأحد.")
    assert [r["sub_event_type"] for r in records] == ["Abduction/forced disappearance"]
    # people killed in the raid keep an attack of their own beside the abduction
    records = _records("قتل مسلحون ثلاثة أشخاص واختطفوا عشرين آخرين في هجوم على قرية في ولاية كادونا، الأحد.")
    assert "Attack" in [r["sub_event_type"] for r in records]


def test_a_raid_that_killed_and_kidnapped_is_one_attack_dated_by_either_telling():
    # قتل رجل وخطف 15 شخصا خلال هجوم على قرية ... اقتحموا القرية فجر الخميس: ACLED codes the killing, with the
    # kidnapping part of it, on the day the report gives
    records = _records("أقدم مسلحون على قتل رجلين وخطف 15 شخصا خلال هجوم على قرية في ولاية كاتسينا النيجيرية. "
                       "وأفاد سكان بأن المهاجمين اقتحموا القرية فجر الخميس.")
    assert [(r["sub_event_type"], r["fatalities"], r["event_date"]) for r in records] == [
        ("Attack", 2, "2023-05-18")]


def test_gunmen_who_stormed_a_mosque_to_kidnap_made_one_abduction_but_assaulted_families_an_attack_too():
    # هاجموا مسجد القرية وخطفوا 12 من المصلين: the storming is how the worshippers were seized
    records = _records("قال المتحدث باسم الشرطة إن مسلحين هاجموا مسجد قرية في ولاية زامفارا وخطفوا 12 من المصلين.")
    assert [r["sub_event_type"] for r in records] == ["Abduction/forced disappearance"]
    # settlers who attacked families and carried one man off assaulted the families as well
    records = _records("قالت مصادر محلية إن مستوطنين هاجموا عائلات قرب بلدة ترمسعيا، ما أسفر عن إصابات واختطاف أحد "
                       "المواطنين.")
    assert sorted(r["sub_event_type"] for r in records) == ["Abduction/forced disappearance", "Attack"]


def test_people_stopped_and_held_by_unnamed_kidnappers_are_their_abduction():
    # اختطف مسلحون 4 مواطنين ... قاموا بتوقيف المارة ... واحتجزت المجموعة 4 مواطنين وانسحبت: one abduction
    records = _records("اختطف مسلحون محليون أربعة مواطنين في مدينة السويداء اليوم. وقال مراسل إن المجموعة قطعت مدخل "
                       "المدينة وقامت بتوقيف المارة، ثم احتجزت أربعة مواطنين وانسحبت من دوار المدينة.")
    assert [r["sub_event_type"] for r in records] == ["Abduction/forced disappearance"]


def test_the_village_a_retelling_names_inside_the_leads_province_is_the_events_place():
    text = ("قتل 20 شخصا على الأقل في هجوم شنه مسلحون على قرية في ولاية كاتسينا بشمال نيجيريا السبت. "
            "وقال مسؤول محلي إن المسلحين هاجموا قرية \"دانغيدا\" مساء السبت وأطلقوا النار على السكان.")
    article = _read(text)
    places = [article.mention(e.location).text for e in article.events if e.location]
    assert places and all("دانغيدا" in p for p in places), places


def test_what_the_attackers_looted_and_burnt_is_part_of_their_attack():
    text = "هاجم مسلحون ليل السبت مدنيين في بلدة بيني ونهبوا متاجر وأحرقوا منازل، ما أسفر عن مقتل سبعة أشخاص."
    assert [r["sub_event_type"] for r in _records(text)] == ["Attack"]


def test_reinforcements_that_join_a_fight_are_part_of_it():
    text = ("نصب مسلحون كمينا لدورية للشرطة في منطقة بانو اليوم. وعندما وصلت تعزيزات الشرطة، "
            "شن المسلحون هجوما آخر وقتلوا ثلاثة من رجال الشرطة.")
    assert "Change to group/activity" not in [r["sub_event_type"] for r in _records(text)]


def test_fighting_with_no_side_named_that_killed_civilians_stays_a_battle():
    text = "اندلعت اشتباكات خلال الليل في منطقة سبين بولدك الأفغانية، وأفاد مسؤول بمقتل 12 مدنيا."
    assert [r["sub_event_type"] for r in _records(text)] == ["Armed clash"]


def test_a_building_entered_is_no_ground_taken():
    text = "أقدم انتحاري على الدخول إلى كنيسة في حي الدويلعة بدمشق مساء الأحد ثم فجر نفسه بحزام ناسف."
    kinds = [r["sub_event_type"] for r in _records(text)]
    assert "Non-state actor overtakes territory" not in kinds and "Suicide bomb" in kinds, kinds


def test_an_attack_told_as_the_second_this_month_is_the_same_attack():
    text = ("شن مسلحون اليوم السبت هجوما على مدينة بيمبا في شمال موزمبيق.\n"
            "والهجوم هو الثاني خلال هذا الشهر على هذه المدينة.")
    assert len(_records(text)) == 1


def test_civilians_a_later_sentence_counts_dead_make_the_placed_attack_one_on_civilians():
    text = ("شن مسلحون اليوم السبت هجوما على مدينة بيمبا في شمال موزمبيق.\n"
            "وأضاف المسؤول أن المسلحين أجبروا السكان على الخروج من منازلهم.\n"
            "وقال أحد السكان إن ستة مدنيين قتلوا.")
    assert [(r["sub_event_type"], r["location"], r["fatalities"]) for r in _records(text)] == [("Attack", "Pemba", 6)]
