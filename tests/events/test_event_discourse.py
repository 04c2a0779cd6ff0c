"""Rules about what a whole dispatch says beyond one sentence: purpose clauses, running totals since a past day,
re-mentions of an event already coded, and counts written as ordinals (أصيب ثالث)."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.gold import code_with_oracle
from marsad.model import Article

DAY = datetime(2025, 3, 12, 9, tzinfo=UTC)
POLICE = {"text": "الشرطة", "canonical": "Police Forces", "inter": 1}
ARMY = {"text": "الجيش", "canonical": "Military Forces", "inter": 1}
RSF = {"text": "قوات الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2}
FASHER = {"text": "الفاشر", "name": "El Fasher"}


def _coded(text: str, places: list[dict], actors: list[dict] = ()) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def _types(a: Article) -> list[str]:
    return [e.sub_event_type for e in a.events]


def test_pursuit_for_an_arrest_is_no_arrest():
    text = "وقال مصدر أمني إن دوريات الشرطة تطارد المسلحين لإلقاء القبض عليهم في بلدة الصنمين."
    a = _coded(text, [{"text": "الصنمين", "name": "As Sanamayn"}], [POLICE])
    assert "Arrests" not in _types(a)


def test_an_arrest_that_took_place_is_still_coded():
    text = "اعتقلت الشرطة ثلاثة مسلحين في بلدة الصنمين اليوم الأربعاء."
    a = _coded(text, [{"text": "الصنمين", "name": "As Sanamayn"}], [POLICE])
    assert _types(a) == ["Arrests"]


def test_background_remark_with_a_total_since_a_past_date_is_no_event():
    text = (
        "اعتقل الجيش أربعة شبان في بلدة يعبد اليوم. "
        "يذكر أن الجيش اعتقل منذ مطلع العام أكثر من 2500 شخص في المحافظة."
    )
    a = _coded(text, [{"text": "يعبد", "name": "Ya'bad"}], [ARMY])
    assert [(e.sub_event_type, e.detained) for e in a.events] == [("Arrests", 4)]


@settings(max_examples=15, deadline=None)
@given(total=st.integers(30, 9000), day=st.sampled_from(["يوم الاثنين", "السبت", "مطلع الشهر"]))
def test_a_toll_since_a_past_day_is_no_fatality_figure(total, day):
    text = (
        "قتل شخصان في غارة جوية على بلدة المعيصرة اليوم. "
        f"وقتل أكثر من {total} شخصا في البلاد منذ {day} في أعنف موجة قصف منذ سنوات."
    )
    a = _coded(text, [{"text": "المعيصرة", "name": "Al Maaysra"}, {"text": "البلاد", "name": "Country",
                                                                   "role": "region"}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 2)]


def test_a_toll_since_this_morning_still_counts():
    text = "قتل خمسة أشخاص في غارات جوية على بلدة المعيصرة منذ صباح اليوم."
    a = _coded(text, [{"text": "المعيصرة", "name": "Al Maaysra"}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 5)]


def test_a_sentence_that_refers_back_to_the_strike_is_no_second_event():
    text = (
        "قصفت المدفعية بلدة كفرنبل صباح اليوم، ما أدى إلى مقتل مدني. "
        "ويأتي القصف بعد أيام من تهديد دمشق بتوسيع عملياتها."
    )
    places = [{"text": "كفرنبل", "name": "Kafr Nabl"}, {"text": "دمشق", "name": "Damascus"}]
    a = _coded(text, places)
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Shelling/artillery/missile attack", 1)]


def test_continued_shelling_mentioned_in_passing_is_not_coded_at_the_strike_place():
    text = "قتل ثلاثة أشخاص في غارة جوية على بلدة المعيصرة، بينما تواصل القصف على قرى في الجنوب."
    a = _coded(text, [{"text": "المعيصرة", "name": "Al Maaysra"}])
    assert _types(a) == ["Air/drone strike"]


def test_missile_in_the_accusative_is_a_trigger():
    text = "أطلقت الجماعة صاروخا على مدينة حيفا اليوم."
    a = _coded(text, [{"text": "حيفا", "name": "Haifa"}])
    assert _types(a) == ["Shelling/artillery/missile attack"]


def test_third_wounded_is_one_injured():
    text = "قتل عنصران من الشرطة وأصيب ثالث بجروح في هجوم على حاجز في بلدة الصنمين."
    a = _coded(text, [{"text": "الصنمين", "name": "As Sanamayn"}], [POLICE])
    assert [(e.fatalities, e.injured) for e in a.events] == [(2, 1)]


def test_displacement_since_an_operation_began_is_recorded():
    text = "قالت الأمم المتحدة إن نحو 300 ألف شخص نزحوا من مدينة رفح منذ بدء العملية العسكرية."
    a = _coded(text, [{"text": "رفح", "name": "Rafah"}])
    assert [e.displaced for e in a.events] == [300000]


_SUMMARY = (
    "قتل ثمانية أشخاص الخميس في ضربات جوية استهدفت مواقع في محافظة إدلب. "
    "وقال المرصد إن غارة جوية استهدفت مقرا قرب بلدة سرمدا، ما أسفر عن مقتل خمسة مسلحين، "
    "فيما قتل ثلاثة مدنيين بضربة على سوق في بلدة معرة مصرين."
)
_IDLIB = {"text": "محافظة إدلب", "name": "Idlib", "role": "region", "country_code": "SY", "feature": "admin1"}


def _in_idlib(text: str, name: str) -> dict:
    return {"text": text, "name": name, "country_code": "SY"}


def test_a_region_summary_lead_gives_way_to_the_located_strikes():
    places = [_IDLIB, _in_idlib("سرمدا", "Sarmada"), _in_idlib("معرة مصرين", "Maarrat Misrin")]
    a = _coded(_SUMMARY, places)
    got = sorted((a.mention(e.location).text, e.sub_event_type, e.fatalities) for e in a.events)
    assert got == [("سرمدا", "Air/drone strike", 5), ("معرة مصرين", "Air/drone strike", 3)]


def test_a_region_summary_alone_is_still_an_event():
    a = _coded(_SUMMARY.split(". ")[0] + ".", [_IDLIB])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 8)]


def test_a_later_definite_mention_with_no_place_of_its_own_is_the_same_clash():
    text = (
        "اندلعت اشتباكات مسلحة مساء الأحد بين فصيلين في منطقة عين زارة واستمرت حتى فجر اليوم. "
        "وقال مركز الطوارئ إن الاشتباكات أسفرت عن مقتل شخصين وإصابة خمسة آخرين."
    )
    a = _coded(text, [{"text": "عين زارة", "name": "Ain Zara"}])
    assert [(e.sub_event_type, e.fatalities, e.injured) for e in a.events] == [("Armed clash", 2, 5)]


def test_a_storming_that_kills_is_no_arrest():
    text = "قال ناشطون إن مسلحين اقتحموا قرية ود النورة يوم الجمعة وقتلوا أكثر من ثلاثين من سكانها."
    actors = [{"text": "مسلحين", "canonical": "Unidentified Armed Group", "inter": 3}]
    a = _coded(text, [{"text": "ود النورة", "name": "Wad an Nura"}], actors)
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Attack", 30)]


def test_an_intercepted_missile_is_the_missile_attack_with_no_fatalities():
    text = (
        "أعلنت الجماعة أنها أطلقت صاروخا على قاعدة عسكرية قرب مدينة حيفا اليوم، "
        "وقال الجيش إن دفاعاته الجوية اعترضت الصاروخ."
    )
    actors = [{"text": "الجماعة", "canonical": "Armed Group", "inter": 2}, ARMY]
    a = _coded(text, [{"text": "حيفا", "name": "Haifa"}], actors)
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Shelling/artillery/missile attack", 0)]


def test_an_interception_with_no_reported_launch_stays_disrupted_weapons_use():
    text = "قال الجيش إن دفاعاته الجوية اعترضت طائرة مسيرة فوق مدينة حيفا اليوم."
    a = _coded(text, [{"text": "حيفا", "name": "Haifa"}], [ARMY])
    assert "Disrupted weapons use" in _types(a)


def test_a_definite_numeral_after_its_noun_is_the_toll():
    text = "استهدفت غارة جوية مقرا قرب بلدة سرمدا اليوم، ما أسفر عن مقتل المسلحين الخمسة."
    a = _coded(text, [{"text": "سرمدا", "name": "Sarmada"}])
    assert [e.fatalities for e in a.events] == [5]


def test_monday_after_today_is_no_count():
    text = "قتل شخص في غارة جوية على بلدة سرمدا اليوم الاثنين."
    a = _coded(text, [{"text": "سرمدا", "name": "Sarmada"}])
    assert [e.fatalities for e in a.events] == [1]


def test_two_policemen_killed_at_a_checkpoint_is_a_clash():
    text = "قتل شرطيان في هجوم مسلح على حاجز عند مدخل بلدة الصنمين مساء أمس."
    a = _coded(text, [{"text": "الصنمين", "name": "As Sanamayn"}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Armed clash", 2)]


def test_an_arrest_after_a_pursuit_clause_is_coded():
    text = "تلاحق الشرطة المسلحين الفارين، واعتقلت ثلاثة منهم في بلدة الصنمين اليوم."
    a = _coded(text, [{"text": "الصنمين", "name": "As Sanamayn"}], [POLICE])
    assert _types(a) == ["Arrests"]


def test_a_clause_that_only_tallies_since_a_past_date_is_no_event():
    places = [{"text": "المحافظة", "name": "Governorate", "role": "region"}]
    for text in (
        "واعتقل الجيش منذ بدء الحرب أكثر من 7000 شخص في المحافظة.",
        "واعتقل الجيش أكثر من 7000 شخص في المحافظة منذ مطلع العام.",
    ):
        assert _coded(text, places, [ARMY]).events == ()


def test_a_days_toll_before_the_running_total_is_kept():
    text = "قتل أربعة أشخاص في غارة جوية على بلدة جباليا ليرتفع عدد الشهداء منذ بدء الحرب إلى 34 ألفا."
    a = _coded(text, [{"text": "جباليا", "name": "Jabalia"}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 4)]


def test_a_cause_is_the_report_when_the_article_codes_no_event_of_its_type():
    # the clashes are only named as the cause of the toll; nothing else in the article reports them
    text = "يسود طرابلس هدوء حذر. وأعلنت وزارة الصحة مقتل 23 شخصا جراء الاشتباكات التي اندلعت بين الفصائل."
    a = _coded(text, [{"text": "طرابلس", "name": "Tripoli"}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Armed clash", 23)]
    # when the article reports the event, the cause refers back to it and makes no second one
    text = "اندلعت اشتباكات في طرابلس صباح اليوم. وأعلنت وزارة الصحة مقتل 23 شخصا جراء الاشتباكات."
    assert _types(_coded(text, [{"text": "طرابلس", "name": "Tripoli"}])) == ["Armed clash"]
    # and a cause that explains another event of its own sentence stays a cause
    text = "نزح أكثر من ألف شخص من مدينة طرابلس خلال الأسبوع الماضي جراء القصف المتواصل."
    assert "Shelling/artillery/missile attack" not in _types(_coded(text, [{"text": "طرابلس", "name": "Tripoli"}]))


def test_a_relative_clause_that_places_the_town_is_no_second_location():
    text = ("قتل 18 مدنيا في هجوم على منطقة أم كريدم قرب مدينة الأبيض في ولاية شمال كردفان الواقعة في وسط السودان.")
    places = [{"text": "الأبيض", "name": "El Obeid"}, {"text": "ولاية شمال كردفان", "name": "North Kordofan"},
              {"text": "وسط السودان", "name": "Sudan"}]
    a = _coded(text, places)
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Attack", 18)]


def test_a_toll_given_by_one_report_is_not_lowered_by_another_that_gives_none():
    # the Red Cross counts 50 wounded and names no dead: no toll of 0 against the 3 dead the first report gives
    from marsad.extraction import default_pipeline

    text = ("أعلن المكتب الإعلامي الحكومي في غزة أن قوات الاحتلال الإسرائيلي أطلقت النار على مواطنين في مراكز توزيع "
            "بمدينة رفح، ما أدى إلى استشهاد 3 مواطنين وإصابة 35 آخرين.\n\nمن جهته، أعلن الصليب الأحمر أنه استقبل 50 "
            "مصابا في مستشفاه برفح، مشيرا إلى أن اثنين من المصابين استشهدوا متأثرين بجراحهم.")
    a = default_pipeline()(Article("t", text, published=DAY))
    assert [e.fatalities for e in a.events if e.sub_event_type == "Attack"][0] >= 3


def test_an_administrative_unit_in_the_lead_gives_way_to_the_place_the_next_sentence_gives():
    from marsad.extraction import default_pipeline

    pipeline = default_pipeline()
    # one drone strike: the lead names the governorate, the next sentence the sub-district it hit
    text = ("قتل ثلاثة من عناصر حزب العمال الكردستاني بقصف لمسيرة تركية في محافظة دهوك. وقالت السلطات إن طائرة "
            "مسيرة تركية استهدفت سيارة قرب ناحية كاني ماسي في قضاء العمادية.")
    a = pipeline(Article("t", text, published=DAY))
    assert [a.mention(e.location).text for e in a.events] == ["ناحية كاني ماسي"]
    # a district holds its own villages, not those of the next district of the same governorate
    text = ("قتل مواطن في غارة على سيارة في قضاء النبطية. وأصيب خمسة مواطنين في غارة على بلدة الخيام في قضاء "
            "مرجعيون.")
    a = pipeline(Article("t", text, published=DAY))
    assert len(a.events) == 2


def test_first_time_since_compares_and_leaves_the_next_clause_asserted():
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = ("أصبحت مدينة سراقب خارج سيطرة القوات الحكومية لأول مرة منذ اندلاع النزاع عام 2011، مع سيطرة هيئة "
            "تحرير الشام على كل أحيائها.")
    recs = list(event_records(default_pipeline()(make_article(text, published=datetime(2024, 11, 30, 9, tzinfo=UTC)))))
    assert [(r["sub_event_type"], r["actor1"], r["event_date"]) for r in recs] == [
        ("Non-state actor overtakes territory", "Hayat Tahrir al Sham", "2024-11-30")]
    # a plain منذ + verbal noun still makes the rest of the sentence history
    text = "اعتقلت الشرطة منذ اندلاع النزاع آلاف الشبان في بلدة الصنمين."
    assert "Arrests" not in _types(_coded(text, [{"text": "الصنمين", "name": "As Sanamayn"}], [POLICE]))


def test_preparing_for_an_attack_is_no_attack():
    text = "أعلن الجيش إرسال تعزيزات إلى بلدة الصنمين والتحضير لهجوم مضاد اليوم."
    assert "Armed clash" not in _types(_coded(text, [{"text": "الصنمين", "name": "As Sanamayn"}], [ARMY]))


def test_the_attack_told_again_with_no_place_is_the_strike_just_reported():
    # a definite 'the attack' after a drone strike at sea stays that strike, not a new one placed elsewhere
    text = (
        "قالت الجماعة اليوم إنها استهدفت سفينة تجارية في البحر الأحمر بطائرتين مسيرتين. "
        "ولم تذكر الجماعة توقيت الهجوم. "
        "وتسيطر الجماعة على محافظة الحديدة منذ سنوات."
    )
    a = _coded(text, [{"text": "البحر الأحمر", "name": "Red Sea", "feature": "sea"},
                      {"text": "محافظة الحديدة", "name": "Al Hudaydah", "role": "region", "feature": "admin1",
                       "country_code": "YE"}])
    today = [(a.mention(e.location).text, e.sub_event_type) for e in a.events if e.date == DAY.date()]
    assert today == [("البحر الأحمر", "Air/drone strike")]


def test_the_closing_credit_below_a_byline_reports_nothing():
    # تحرير in an editor's credit is editing, not a liberation, even when the byline above names the agency
    text = ("الخرطوم (رويترز) - قصفت قوات الدعم السريع مدينة الفاشر يوم الأحد.\n"
            "(تغطية صحفية فلان - إعداد فلان للنشرة العربية - تحرير فلان)")
    assert _types(_coded(text, [FASHER], [RSF])) == ["Shelling/artillery/missile attack"]
