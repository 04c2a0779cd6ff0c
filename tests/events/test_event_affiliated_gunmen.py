"""Gunmen named by the group they belong to, and attacks whose only dead are people: ACLED's Attack."""

from datetime import UTC, datetime

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records


def _records(text: str, day: datetime) -> list[dict]:
    return list(event_records(default_pipeline()(make_article(text, "t", published=day))))


def test_gunmen_affiliated_to_a_named_group_are_that_group():
    text = ('قتل 20 جنديا على الأقل في هجوم شنه مسلحون تابعون لتنظيم "بوكو حرام" في منطقة بحيرة تشاد، '
            "الأربعاء.")
    records = _records(text, datetime(2021, 8, 5, 12, tzinfo=UTC))
    assert records and records[0]["actor1"].startswith("Boko Haram")
    assert records[0]["actor2"].startswith("Military Forces of Chad")


def test_gunmen_loyal_to_a_group_are_that_group():
    text = "قتل أربعة مدنيين في هجوم مسلحين موالين لداعش على مدينة ساحلية في شمال موزمبيق، الأحد."
    records = _records(text, datetime(2025, 9, 8, 12, tzinfo=UTC))
    assert records and records[0]["actor1"] == "Islamic State (Mozambique)"


def test_an_ambush_by_unknown_gunmen_that_killed_people_is_an_attack():
    text = "قتل 14 شخصا في كمين نصبه مسلحون مجهولون قرب قرية في ولاية بلاتو وسط نيجيريا، مساء الخميس."
    records = _records(text, datetime(2025, 7, 25, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Attack", 14)]


def test_a_named_groups_attack_on_a_town_that_killed_people_is_an_attack():
    text = "قتل 14 شخصا على الأقل الخميس في هجوم نفذته قوات الدعم السريع على بلدة تقع جنوب ولاية الجزيرة."
    records = _records(text, datetime(2024, 11, 14, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"]) for r in records] == [("Attack", "Rapid Support Forces")]


def test_recruits_among_the_dead_are_their_army():
    from marsad.model import MentionKind

    text = "أسفر الهجوم الانتحاري عن مقتل عشرة أشخاص، بينهم مجندون جدد، في قاعدة عسكرية في مقديشو."
    article = default_pipeline()(make_article(text, "t", published=datetime(2025, 5, 19, 12, tzinfo=UTC)))
    names = {m.text: m.resolution.canonical for m in article.mentions_of(MentionKind.ACTOR) if m.resolution}
    assert names.get("مجندون", "").startswith("Military Forces of Somalia")


def test_attacks_a_demonstrative_points_back_to_in_a_campaign_are_background():
    text = (
        "قتل 14 شخصا على الأقل الخميس في هجوم نفذته قوات الدعم السريع على بلدة جنوب ولاية الجزيرة. "
        "ومنذ 21 أكتوبر المنصرم، بدأت قوات الدعم السريع في تنفيذ حملات انتقامية على عشرات القرى في شرق الجزيرة. "
        "وتسببت هذه الهجمات في مقتل عشرات المدنيين وتهجير الآلاف."
    )
    records = _records(text, datetime(2024, 11, 14, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Attack", 14)]


def test_the_group_the_next_sentence_lays_the_bombing_on_set_it_off():
    text = (
        "قتل تسعة أشخاص وأصيب عشرون في انفجار سيارة مفخخة مساء الأحد أمام مقهى في العاصمة الصومالية مقديشو، بحسب "
        "حصيلة جديدة أعلنتها مصادر أمنية لوكالة فرانس برس. ونسبت السلطات الاعتداء إلى حركة الشباب."
    )
    records = _records(text, datetime(2024, 7, 15, 12, tzinfo=UTC))
    assert [(r["actor1"], r["source"]) for r in records] == [("Al Shabaab", "AFP")]


def test_sinai_province_is_islamic_states_egyptian_branch():
    text = ('قتل مجندان مصريان، مساء اليوم الثلاثاء، في اشتباكات وقعت بين الجيش المصري وتنظيم "ولاية سيناء" في مدينة '
            "الشيخ زويد بمحافظة شمال سيناء. وقالت مصادر طبية في مستشفى العريش العسكري إن اثنين قتلا.")
    records = _records(text, datetime(2019, 3, 19, 20, tzinfo=UTC))
    assert [(r["actor2"], r["location"]) for r in records] == [("Islamic State (Egypt)", "Ash Shaykh Zuwayd")]


def test_a_bombardment_of_a_car_is_an_air_strike():
    text = "قتل 4 لبنانيين في قصف إسرائيلي، الثلاثاء، استهدف سيارة مدنية قرب بلدة القليلة جنوبي لبنان."
    records = _records(text, datetime(2023, 11, 21, 18, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Air/drone strike"]


def test_the_ends_of_a_journey_are_not_where_the_bus_was_stopped():
    text = ("أفاد إعلام محلي، اليوم الأحد، باختطاف 8 أشخاص من حافلة متجهة من محافظة درعا إلى محافظة السويداء، بعد أن "
            "اعترضها مسلحون قرب بلدة المسيفرة بريف درعا الشرقي.")
    records = _records(text, datetime(2025, 8, 17, 12, tzinfo=UTC))
    assert "As-Sweida" not in [r["location"] for r in records]


def test_security_forces_attacking_protesters_break_up_a_protest():
    text = ("قال شهود إن قوات أمنية شنت صباح اليوم هجوما على متظاهرين يتجمعون عند بوابات ميناء أم قصر، وأطلقت "
            "الغازات المسيلة للدموع لتفريقهم.")
    records = _records(text, datetime(2019, 11, 2, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"]) for r in records] == [("Protest with intervention", "Protesters (Iraq)")]


def test_arrests_in_a_list_of_towns_closed_by_comma_and_wa_are_one_per_town():
    text = ("اعتقلت قوات الاحتلال الإسرائيلي 16 فلسطينيا مساء أمس في الضفة الغربية. وأوضحت الهيئة أن الاعتقالات "
            "شملت عدة مناطق، بما في ذلك الخليل، جنين، قلقيلية، ونابلس.")
    records = _records(text, datetime(2024, 11, 22, 18, tzinfo=UTC))
    arrests = {r["location"] for r in records if r["sub_event_type"] == "Arrests"}
    assert {"Hebron", "Nablus"} <= arrests and len(arrests) >= 4


def test_an_ambush_to_kidnap_is_the_abduction_and_the_stopped_car_no_interception():
    text = ("اختطف مسلحون في كمين وسط نيجيريا 28 شخصا كانوا في طريقهم إلى احتفال ديني، بينهم نساء وأطفال. "
            "وأضاف التقرير أن المجموعة كانت في طريقها إلى الاحتفال عندما تم اعتراض مركبتهم قرب قرية في ولاية بلاتو.")
    records = _records(text, datetime(2025, 12, 22, 20, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Abduction/forced disappearance"]



def test_gunmen_suspected_of_belonging_to_a_group_are_that_group():
    text = ("قتل 20 شخصا في هجوم شنه مسلحون يشتبه في انتمائهم إلى جماعة بوكو حرام على بلدة في ولاية بورنو، "
            "الخميس.")
    records = _records(text, datetime(2026, 1, 30, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"][:10]) for r in records] == [("Attack", "Boko Haram")]


def test_eliminating_terrorists_is_a_killing_in_a_fight():
    text = ("أعلنت وزارة الدفاع الجزائرية اليوم عن القضاء على ثلاثة إرهابيين خلال عملية نفذتها قوات الجيش في ولاية "
            "تيبازة.")
    records = _records(text, datetime(2026, 2, 1, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor1"], r["fatalities"]) for r in records] == [
        ("Armed clash", "Military Forces of Algeria (2019-)", 3)]
