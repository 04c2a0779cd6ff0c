"""An attack word told with its means: the bomb the article names later is the event, not a battle."""

from datetime import UTC, datetime

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2022, 12, 18, 12, tzinfo=UTC)


def _records(text: str, day: datetime = DAY) -> list[dict]:
    return list(event_records(default_pipeline()(make_article(text, "t", published=day))))


def test_an_attack_the_body_says_was_a_bomb_is_the_bombing():
    text = (
        "قتل ستة من عناصر الشرطة العراقية الأحد في هجوم استهدف دوريتهم في محافظة ديالى، ونسب إلى تنظيم داعش. "
        "وقال مصدر أمني إن الانفجار وقع قرب قرية على طريق بعقوبة، وإن عبوة ناسفة زرعها التنظيم استهدفت الدورية."
    )
    records = _records(text)
    assert [r["sub_event_type"] for r in records] == ["Remote explosive/landmine/IED"]
    assert records[0]["fatalities"] == 6


def test_fighting_told_beside_a_bomb_stays_a_battle():
    text = (
        "اندلعت اشتباكات عنيفة الأحد بين قوات الأمن العراقية ومسلحين من تنظيم داعش في محافظة ديالى. "
        "وقال مصدر أمني إن عبوة ناسفة انفجرت بدورية للشرطة قرب قرية على طريق بعقوبة."
    )
    assert "Armed clash" in [r["sub_event_type"] for r in _records(text)]


def test_the_camps_sheltered_people_fled_from_are_not_where_the_shells_fell():
    text = (
        "قتل ثمانية مدنيين اليوم الثلاثاء في قصف مدفعي نفذته قوات الدعم السريع على مركز لإيواء النازحين في مدينة "
        "الفاشر. وقال شهود إن قذائف سقطت على المركز المكتظ بالنازحين الفارين من مخيمي زمزم وأبوشوك."
    )
    places = {r["location"] for r in _records(text)}
    assert places == {"El Fasher"}


def test_a_span_of_recent_days_does_not_date_the_sentences_after_it():
    text = (
        "استهدفت مسيرات لقوات الدعم السريع مواقع في مدينة كادوقلي، الأحد. "
        "وقالت مصادر إن مسيرات الدعم السريع شنت ضربات على مناطق في جنوب كردفان في اليومين الماضيين. "
        "وفي مدينة الدلنج قتل طفل جراء سقوط قذيفة مدفعية أطلقتها قوات الدعم السريع على سوق المدينة."
    )
    records = _records(text, datetime(2025, 10, 19, 12, tzinfo=UTC))
    dilling = [r for r in records if r["location"] == "Dilling"]
    assert [r["event_date"] for r in dilling] == ["2025-10-19"]


def test_a_lead_near_a_city_is_the_attack_the_body_places_by_that_city():
    text = (
        "أصيب عدد من الفلسطينيين مساء السبت جراء هجمات شنها مستوطنون إسرائيليون قرب مدينة رام الله. "
        "وقالت وكالة وفا إن ثلاثة مواطنين أصيبوا في هجوم للمستوطنين على بلدة بيرزيت، شمال رام الله."
    )
    records = _records(text, datetime(2026, 1, 24, 20, tzinfo=UTC))
    assert [(r["sub_event_type"], r["location"]) for r in records] == [("Attack", "Bir Zayt")]


def test_those_arrested_in_a_raid_of_settlers_and_soldiers_are_the_armys_arrests():
    text = ("واعتقل ثلاثة شبان في هجوم للمستوطنين والجيش الإسرائيلي على بلدة بيرزيت شمال رام الله مساء السبت.")
    records = _records(text, datetime(2026, 1, 24, 20, tzinfo=UTC))
    arrests = [r for r in records if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["actor1"].startswith("Military Forces of Israel")
    assert "Settlers" not in arrests[0]["actor2"]


def test_the_day_sources_spoke_does_not_date_the_next_sentences():
    text = (
        "لقي 12 مدنيا مصرعهم يوم الخميس الماضي في هجوم شنه مسلحون في شمال بوركينا فاسو، حسبما ذكرت مصادر محلية "
        "اليوم الاثنين. وأوضحت المصادر أن مجموعة من المسلحين هاجمت قرية قرب مدينة واهيغويا."
    )
    records = _records(text, datetime(2023, 3, 6, 12, tzinfo=UTC))
    assert {r["event_date"] for r in records} == {"2023-03-02"}


def test_the_grenade_thrower_named_in_a_relative_clause_is_its_actor():
    text = (
        "ألقت الشرطة الصومالية، صباح اليوم، القبض على رجل يشتبه في انتمائه لحركة الشباب، والذي ألقى قنبلة يدوية "
        "على مركز للشرطة في العاصمة مقديشو. وبعد الانفجار، تمكنت الشرطة من تتبع الرجل واعتقاله."
    )
    records = _records(text, datetime(2023, 5, 14, 12, tzinfo=UTC))
    blasts = [r for r in records if r["event_type"] == "Explosions/Remote violence"]
    assert [(r["sub_event_type"], r["actor1"]) for r in blasts] == [("Grenade", "Al Shabaab")]
    assert blasts[0]["actor2"].startswith("Police Forces of Somalia")


def test_a_general_staff_of_the_armies_speaks_for_its_army():
    text = ("قالت هيئة الأركان العامة للجيوش في مالي إن قواتها نفذت ضربات جوية يوم الجمعة استهدفت مجموعات مسلحة "
            "في منطقة بولاية سيغو.")
    records = _records(text, datetime(2026, 2, 22, 12, tzinfo=UTC))
    assert records and all(r["actor1"].startswith("Military Forces of Mali") for r in records)
    assert all("Military Forces of Mali" in r["source"] for r in records)


def test_car_bombs_used_for_the_suicide_attacks_just_told_are_their_means():
    text = (
        "قتل 12 جنديا في هجمات انتحارية شنها عناصر من حركة الشباب على قاعدة للجيش في منطقة شبيلي الوسطى، الأحد. "
        "وقال مسؤول عسكري إن المهاجمين استخدموا سيارات مفخخة لتنفيذ الهجمات."
    )
    records = _records(text)
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Suicide bomb", 12)]


def test_an_assassination_the_body_tells_as_a_roadside_bomb_is_that_bombing():
    text = (
        "قتل عنصر من قوات النظام بعملية اغتيال في ريف درعا الشرقي، أمس الأحد. "
        "وقال ناشطون إن العنصر قتل إثر انفجار عبوة ناسفة بسيارته قرب بلدة الحراك في ريف درعا الشرقي."
    )
    records = _records(text, datetime(2023, 6, 12, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Remote explosive/landmine/IED", 1)]
    # shot dead, the assassination is no bombing
    text = "اغتال مسلحون مجهولون قياديا سابقا برصاص مباشر في ريف درعا الشرقي، أمس الأحد."
    records = _records(text, datetime(2023, 6, 12, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Attack"]


def test_shelling_that_goes_with_an_assault_is_not_its_means():
    text = ("وقالت الفرقة السادسة مشاة التابعة للجيش إن قوات الدعم السريع شنت هجوما عنيفا على مدينة الفاشر، وسط قصف "
            "مدفعي مكثف على الأحياء السكنية، الخميس.")
    records = _records(text, datetime(2025, 4, 24, 12, tzinfo=UTC))
    # (the shelling of homes, الأحياء السكنية, hits their civilians)
    assert sorted((r["sub_event_type"], r["actor2"]) for r in records) == [
        ("Armed clash", "Military Forces of Sudan (2019-)"), ("Shelling/artillery/missile attack", "Civilians (Sudan)")]
    # a weapon right after the attack word is its means
    text = "شنت قوات الدعم السريع هجوما بالمدفعية على مدينة الفاشر، الخميس."
    records = _records(text, datetime(2025, 4, 24, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Shelling/artillery/missile attack"]


def test_training_in_making_bombs_is_no_bombing():
    text = ("ألقت الشرطة القبض على ثلاثة متهمين في مدينة حمص، بينهم رجل خضع لدورات تدريبية على تصنيع العبوات "
            "الناسفة، السبت.")
    records = _records(text, datetime(2026, 3, 7, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Arrests"]


def test_a_house_blown_up_by_a_force_in_a_raid_is_one_demolition_placed_at_the_village():
    text = ("فجرت قوات الاحتلال الإسرائيلي، اليوم الثلاثاء، منزل الأسير في بلدة بيت أمر شمال مدينة الخليل. "
            "وأفاد مراسلنا أن قوة عسكرية كبيرة اقتحمت بلدة بيت أمر فجرا، وفرضت طوقا حول المبنى. "
            "وأوضح أن قوات الاحتلال زرعت المتفجرات داخل المنزل ومن ثم قامت بتفجيره، ما أدى إلى تدمير المنزل.")
    records = _records(text, datetime(2025, 9, 9, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["location"]) for r in records] == [("Looting/property destruction", "Bayt Ummar")]


def test_a_claimed_suicide_attack_and_the_blast_witnesses_heard_are_one_bombing_by_the_claimant():
    text = ("استهدف هجوم انتحاري -الخميس- معسكرا للجيش في مدينة بيدوا، تبنته حركة الشباب المجاهدين. "
            "وقال شهود عيان إنهم سمعوا دوي انفجار شديد قرب المعسكر.")
    records = _records(text, datetime(2025, 7, 10, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"]) for r in records] == [("Suicide bomb", "Al Shabaab")]


def test_an_attack_with_a_hand_grenade_is_a_grenade_attack_on_the_people_it_killed():
    # قتل مسلحون يشتبه أنهم من جماعة بوكو حرام 9 أشخاص في هجوم بقنبلة يدوية: the gunmen are the group, not a side it
    # hit; the grenade is the means, and the people killed its target
    records = _records("قال مسؤول محلي إن مسلحين يشتبه أنهم من جماعة بوكو حرام قتلوا 9 أشخاص في هجوم بقنبلة يدوية على "
                       "مخيم للنازحين في بلدة كولوفاتا شمال الكاميرون.")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in records] == [
        ("Grenade", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Cameroon)", 9)]
    # another attack told beside a bombing keeps its own kind
    records = _records("قتل أربعة جنود في انفجار عبوة ناسفة شمال مالي، فيما قتل مدنيان في هجوم آخر وسط البلاد.")
    assert sorted(r["sub_event_type"] for r in records) == ["Attack", "Remote explosive/landmine/IED"]


def test_the_force_whose_vehicle_underwent_a_bombing_was_hit_by_the_group_suspected():
    # مجندان قتلا ... وقالت مصادر إن آلية تابعة للجيش تعرضت لتفجير عبوة ناسفة في هجوم يعتقد أنه من مجموعة تابعة لتنظيم
    # "ولاية سيناء": two conscripts dead; the army was hit, and the group suspected set the bomb off
    records = _records("قتل مجندان مصريان في تفجير عبوة ناسفة جنوب مدينة الشيخ زويد في محافظة شمال سيناء. وقالت مصادر "
                       "قبلية إن آلية تابعة للجيش المصري تعرضت لتفجير عبوة ناسفة أثناء سيرها، في هجوم يعتقد أنه من "
                       "مجموعة تابعة لتنظيم \"ولاية سيناء\".")
    assert [(r["actor1"], r["actor2"], r["fatalities"]) for r in records] == [
        ("Islamic State (Egypt)", "Military Forces of Egypt (2014-)", 2)]


def test_an_air_attack_of_special_forces_is_the_armys_strike_and_the_weapons_seized_its_spoils():
    # هجوما جويا (accusative) is an air strike, not an attack nor a place; القوات الخاصة are the country's army;
    # the weapons seized in the strike are no event of their own; في اليوم الموالي is the day after the one named
    text = (
        "أعلن الجيش المالي أن وحدة من القوات الخاصة نفذت يوم 15 ديسمبر هجوما جويا قرب بلدة دوينتزا، أسفر عن مقتل "
        "ثمانية إرهابيين وضبط كميات كبيرة من الأسلحة والذخائر. وأضاف أن قوات الجيش شنت في اليوم الموالي ضربات جوية "
        "على معقل إرهابي في ولاية موبتي."
    )
    records = _records(text)
    assert [(r["event_date"], r["sub_event_type"], r["actor1"], r["fatalities"]) for r in records] == [
        ("2022-12-15", "Air/drone strike", "Military Forces of Mali (2021-)", 8),
        ("2022-12-16", "Air/drone strike", "Military Forces of Mali (2021-)", 0),
    ]


def test_weapons_the_next_sentence_says_the_arrest_seized_are_the_arrests():
    text = (
        "قالت وزارة الداخلية إن وحدات الأمن الداخلي في محافظة طرطوس ألقت القبض مساء الأربعاء على مجموعة مسلحة. "
        "وأفاد مدير الأمن الداخلي بأن العملية نفذت ليلة أمس في ريف المحافظة، وأسفرت عن ضبط كميات كبيرة من الأسلحة "
        "والذخائر."
    )
    records = _records(text, datetime(2025, 11, 13, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Arrests"]


def test_a_states_attacks_the_next_sentence_calls_air_attacks_were_air_strikes_by_it():
    text = (
        "أعلن المتحدث باسم حكومة طالبان أن الهجمات الباكستانية الليلية على ولاية خوست أسفرت عن مقتل 9 أطفال. "
        "وأضاف أن الهجمات الجوية امتدت أيضا إلى ولاية كنر."
    )
    records = _records(text, datetime(2025, 11, 25, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"], r["location"]) for r in records] == [
        ("Air/drone strike", "Military Forces of Pakistan (2024-)", "Khost"),
        ("Air/drone strike", "Military Forces of Pakistan (2024-)", "Kunar"),
    ]


def test_damage_that_went_with_the_raids_is_part_of_the_arrests():
    text = (
        "شنت قوات الاحتلال الإسرائيلي فجر اليوم حملة مداهمات واعتقالات في مدينة نابلس، حيث تخللها تفتيش للمنازل "
        "وتخريب لمحتوياتها."
    )
    records = _records(text, datetime(2026, 2, 9, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Arrests"]


def test_a_force_acting_in_coordination_is_no_side_and_the_toll_told_again_is_one_battle():
    text = (
        "قتل 30 عنصرا من حركة الشباب خلال عملية عسكرية شنها الجيش الصومالي بمحافظة شبيلي السفلى.\n"
        "وأفادت وكالة الأنباء الصومالية بأن الجيش الصومالي نفذ بالتنسيق مع بعثة الاتحاد الإفريقي لدعم الاستقرار في "
        "الصومال عملية عسكرية استهدفت عناصر الحركة بمحافظة شبيلي السفلى، مؤكدة مقتل 30 منهم."
    )
    records = _records(text, datetime(2026, 1, 15, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in records] == [
        ("Armed clash", "Military Forces of Somalia (2022-)", "Al Shabaab", 30)]


def test_a_massacre_in_a_village_the_gazetteer_lacks_is_placed_in_the_country_the_sentence_opens_on():
    text = (
        "شهدت بلدة لابوردي، الواقعة بين أركاهي وكاباريه في هايتي، مجزرة أسفرت عن مقتل 42 شخصا في هجوم شنته "
        "عصابة فيف أنسام."
    )
    records = _records(text, datetime(2025, 9, 14, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"], r["location"], r["fatalities"]) for r in records] == [
        ("Attack", "Viv Ansanm", "Haiti", 42)]


def test_homes_burnt_in_the_attack_are_part_of_it_and_the_wave_it_is_set_in_is_background():
    text = (
        "قال مسؤولون محليون إن مسلحين على متن دراجات نارية قتلوا 32 شخصا وأحرقوا منازل ومتاجر خلال مداهمات استهدفت "
        "ثلاث قرى في ولاية النيجر فجر السبت.\n"
        "وتأتي الهجمات ضمن تصاعد اعتداءات تنسب إلى جماعات متهمة بتنفيذ هجمات دموية وخطف مقابل فدية في شمال البلاد."
    )
    records = _records(text, datetime(2026, 2, 15, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Attack", 32)]


def test_drones_a_force_says_it_repelled_are_brought_down_not_a_strike_and_a_battle():
    text = (
        "قصفت قوات الدعم السريع صباح اليوم بالمسيرات سجن مدينة الأبيض، كما تعرضت مدينة كوستي لهجمات أخرى بالمسيرات "
        "وأكد الجيش السوداني أنه تصدى لها."
    )
    records = _records(text, datetime(2025, 5, 10, 12, tzinfo=UTC))
    assert ("Disrupted weapons use", "Military Forces of Sudan (2019-)", "Rapid Support Forces") in [
        (r["sub_event_type"], r["actor1"], r["actor2"]) for r in records]
    assert "Armed clash" not in [r["sub_event_type"] for r in records]


def test_villages_the_gazetteer_lacks_place_the_attack_rather_than_the_region_beside_them():
    # the villages fall back to the country as the region word does; being named after قريتي, they are no coarse place
    text = ("بدأت بوركينا فاسو، الأربعاء، فترة حداد بعد مقتل 36 شخصا.\n"
            "وقالت الحكومة في بيان إن مسلحين هاجموا قريتي الامو وناجراوجو بشمال البلاد يوم الاثنين.")
    article = default_pipeline()(make_article(text, "t", published=datetime(2020, 1, 22, 12, tzinfo=UTC)))
    attacks = [e for e in article.events if e.trigger.start > text.index("\n")]
    assert [article.mention(e.location).text for e in attacks] == ["الامو"]
