"""Who did what to whom in coded events: perpetrators named by nationality, civilian victims as actor2 with ACLED's
civilian_targeting, facility names that are no actors, and unnamed armed groups in ACLED records."""

from datetime import UTC, datetime
from functools import lru_cache

import pytest

from marsad.events.gold import code_with_oracle
from marsad.extraction import default_pipeline
from marsad.model import Article
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2024, 12, 5, 10, tzinfo=UTC)
ISRAEL = "Military Forces of Israel (2022-)"
RUSSIA = "Military Forces of Russia (2000-)"


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def records(text: str, published: datetime = DAY) -> list[dict]:
    article = _pipeline()(make_article(text, published=published))
    return list(event_records(article))


def only(text: str, published: datetime = DAY) -> dict:
    recs = records(text, published)
    assert len(recs) == 1, [(r["sub_event_type"], r["location"]) for r in recs]
    return recs[0]


# perpetrators named by a nationality adjective ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor1", "sub"),
    [
        ("استهدفت غارات جوية روسية بلدة اللطامنة في ريف حماة الشمالي، الخميس.", RUSSIA, "Air/drone strike"),
        ("قصفت طائرة مسيرة إسرائيلية سيارة في مدينة النبطية جنوب لبنان، الخميس.", ISRAEL, "Air/drone strike"),
        ("قصفت طائرة مسيرة تركية سيارة قرب مدينة القامشلي، الخميس.", "Military Forces of Turkey (2002-)",
         "Air/drone strike"),
    ],
)
def test_nationality_adjective_is_actor1(text, actor1, sub):
    rec = only(text)
    assert rec["sub_event_type"] == sub
    assert rec["actor1"] == actor1
    assert rec["inter1"] == 8  # a state's forces acting abroad


def test_coordinated_states_are_actor_and_associate():
    rec = only("استهدفت طائرات حربية روسية وسورية مواقع للفصائل في ريف إدلب الجنوبي، الخميس.")
    assert rec["actor1"] == RUSSIA
    assert rec["assoc_actor_1"] == "Military Forces of Syria (2000-2024)"


def test_a_military_contractor_acting_with_a_states_army_is_its_associate():
    rec = only("قتل نحو 20 مدنيا في شمال مالي الإثنين في هجوم شنه عناصر من مجموعة فاغنر والجيش المالي.")
    assert (rec["actor1"], rec["assoc_actor_1"]) == ("Military Forces of Mali (2021-)", "Wagner Group")


def test_sides_after_between_are_opponents_when_a_force_noun_opens_the_first():
    # the actors stage names قسد alone; قوات before it still follows بين
    rec = only("اندلعت اشتباكات بين قوات قسد والجيش السوري في حي الشيخ مقصود بمدينة حلب، ما أدى إلى مقتل أربعة.",
               datetime(2026, 1, 6, 10, tzinfo=UTC))
    assert (rec["actor1"], rec["assoc_actor_1"], rec["actor2"]) == (
        "QSD: Syrian Democratic Forces", "", "Military Forces of Syria (2024-)")


# civilians as victims --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("وفي ريف حماة الشمالي، استهدفت غارات جوية روسية بلدة اللطامنة، ما أدى إلى مقتل أربعة مدنيين بينهم طفلان.",
         "Syria"),
        ("غزة - استشهد 12 مواطنا، بينهم خمسة أطفال، في قصف لطائرات الاحتلال الإسرائيلي استهدف منزلا في مخيم النصيرات "
         "وسط قطاع غزة.", "Palestine"),
        ("قصفت مسيرة سوقا في مدينة نيالا، ما أسفر عن مقتل 20 مواطنا بينهم نساء وأطفال.", "Sudan"),
        # journalists and drivers are civilians (ACLED)
        ("استشهد إعلامي لبناني في غارة إسرائيلية على بلدة الخيام جنوب لبنان.", "Lebanon"),
        ("قتل 15 سائقا في هجوم شنه مسلحون على قافلة صهاريج قرب مدينة كاي غرب مالي.", "Mali"),
        ("استهدفت طائرة مسيرة إسرائيلية دراجة نارية في مدينة بنت جبيل جنوب لبنان، ما أدى إلى استشهاد مواطن.",
         "Lebanon"),
        # a woman, told with the verb in the feminine (استشهدت امرأة)
        ("استشهدت امرأة جراء قصف مدفعي شنه الحوثيون على حي سكني غرب مدينة تعز.", "Yemen"),
    ],
)
def test_civilians_of_a_casualty_clause_are_actor2(text, country):
    rec = only(text)
    assert rec["actor2"] == f"Civilians ({country})"
    assert rec["inter2"] == 7
    assert rec["civilian_targeting"] == "Civilian targeting"
    assert rec["country"] == country


def test_detained_civilians_are_actor2_without_civilian_targeting():
    rec = only("وفي الضفة الغربية، اعتقلت قوات الاحتلال ستة مواطنين خلال اقتحامها مدينة جنين فجر اليوم.")
    assert rec["sub_event_type"] == "Arrests"
    assert rec["actor2"] == "Civilians (Palestine)"
    # ACLED's civilian_targeting marks political violence, not arrests
    assert rec["civilian_targeting"] == ""


def test_strike_with_a_named_target_keeps_it():
    rec = only("استهدفت طائرات روسية مواقع لهيئة تحرير الشام في ريف إدلب، ما أدى إلى مقتل مدني.")
    assert rec["actor2"] == "Hayat Tahrir al Sham"


def test_battle_is_not_given_civilian_victims():
    recs = records("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر أسفرت عن مقتل خمسة مدنيين.")
    battles = [r for r in recs if r["event_type"] == "Battles"]
    assert battles and all(r["actor2"] != "Civilians (Sudan)" for r in battles)
    assert all(r["civilian_targeting"] == "" for r in battles)


def test_armed_attack_on_civilians_is_an_attack():
    rec = only("هاجمت مجموعة مسلحة قرية ود النورة في ولاية الجزيرة وقتلت سبعة من سكان القرية.")
    assert rec["sub_event_type"] == "Attack"
    assert rec["actor1"] == "Unidentified Armed Group (Sudan)"
    assert rec["actor2"] == "Civilians (Sudan)"


# facilities and unnamed groups -----------------------------------------------------------------------------------
def test_hospital_name_is_no_actor():
    recs = records("استشهد 7 مواطنين في قصف إسرائيلي استهدف مستشفى شهداء الأقصى في دير البلح وسط قطاع غزة.")
    assert recs
    for rec in recs:
        assert "Al Aqsa Martyrs Brigade" not in (rec["actor1"], rec["actor2"], rec["assoc_actor_1"], rec["assoc_actor_2"])
    assert recs[0]["actor1"] == ISRAEL and recs[0]["actor2"] == "Civilians (Palestine)"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("أعلن مصدر عسكري أن وحدات من الجيش العربي السوري استعادت السيطرة على مدينة خناصر في ريف حلب الجنوبي الشرقي، "
         "بعد اشتباكات عنيفة مع التنظيمات الإرهابية.", "Unidentified Armed Group (Syria)"),
        ("شنت طائرات أمريكية غارات على مواقع لفصائل مسلحة في القائم غرب العراق.", "Unidentified Armed Group (Iraq)"),
    ],
)
def test_unnamed_group_in_records_has_an_english_name(text, name):
    rec = next(r for r in records(text) if r["actor2"])
    assert rec["actor2"] == name
    assert rec["inter2"] == 3
    assert rec["actor2"].isascii()


def test_unidentified_group_is_not_replaced_by_a_named_foreign_force():
    recs = records("قصفت طائرات روسية ريف إدلب. وفي ريف حماة، استهدفت المدفعية التركية مواقع للمسلحين.")
    shelling = [r for r in recs if r["actor1"] == "Military Forces of Turkey (2002-)"]
    assert shelling and shelling[0]["actor2"] == "Unidentified Armed Group (Syria)"


# oracle mode: the events stage alone ------------------------------------------------------------------------------
def _coded(text: str, places: list[dict], actors: list[dict] = ()) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def test_victims_join_the_nearest_attack_in_the_sentence():
    text = "قصفت المدفعية التركية قرية في ريف منبج، فيما استهدفت غارات روسية بلدة كفرنبل، ما أدى إلى مقتل ثلاثة مدنيين."
    places = [{"text": "ريف منبج", "name": "Menbij", "role": "region"}, {"text": "بلدة كفرنبل", "name": "Kafr Nabl"}]
    actors = [
        {"text": "المدفعية التركية", "canonical": "Military Forces of Turkey", "inter": 8},
        {"text": "روسية", "canonical": "Military Forces of Russia", "inter": 8},
        {"text": "مدنيين", "canonical": "Civilians (Syria)", "inter": 7, "generic": True},
    ]
    a = _coded(text, places, actors)
    by_actor = {a.mention(e.actor1[0]).text: e for e in a.events if e.actor1}
    assert set(by_actor) == {"المدفعية التركية", "روسية"}
    assert by_actor["روسية"].actor2 and a.mention(by_actor["روسية"].actor2[0]).text == "مدنيين"
    assert by_actor["روسية"].civilian_targeting
    assert not by_actor["المدفعية التركية"].actor2


def test_the_speaker_is_not_the_target():
    rec = only("صنعاء (رويترز) - قالت جماعة الحوثي إن غارات جوية أمريكية استهدفت مطار الحديدة يوم الأحد، ما أسفر عن "
               "مقتل ثلاثة مدنيين.", published=datetime(2024, 7, 21, 10, tzinfo=UTC))
    assert rec["actor1"] == "Military Forces of the United States (2021-2025)"
    assert rec["actor2"] == "Civilians (Yemen)"


def test_nationality_after_a_targeted_force_is_the_target():
    rec = only("أعلن حزب الله أن مقاتليه استهدفوا تجمعا لجنود إسرائيليين في مستوطنة المطلة بصلية صاروخية.",
               published=datetime(2024, 10, 20, 10, tzinfo=UTC))
    assert rec["sub_event_type"] == "Shelling/artillery/missile attack"
    assert rec["actor2"] == ISRAEL
    assert rec["actor1"] != ISRAEL


def test_figures_among_the_dead_are_not_added_to_them():
    rec = only("خان يونس (الأناضول) - استشهد 9 فلسطينيين بينهم 4 أطفال وامرأتان، السبت، في غارة إسرائيلية استهدفت "
               "منزلا في مدينة خان يونس جنوبي قطاع غزة.", published=datetime(2024, 11, 2, 10, tzinfo=UTC))
    assert rec["fatalities"] == 9
    assert rec["actor1"] == ISRAEL and rec["actor2"] == "Civilians (Palestine)"


def test_toll_of_a_consequence_clause_goes_to_the_event_before_it():
    recs = records("أفادت الوكالة الوطنية للإعلام بأن مسيرة إسرائيلية استهدفت سيارة على طريق صور، ما أدى إلى سقوط "
                   "شهيدين، فيما قصفت المدفعية الإسرائيلية أطراف بلدة الخيام.",
                   published=datetime(2024, 10, 20, 10, tzinfo=UTC))
    by_type = {r["sub_event_type"]: r for r in recs}
    assert by_type["Air/drone strike"]["fatalities"] == 2
    assert by_type["Shelling/artillery/missile attack"]["fatalities"] in (0, None)


def test_killing_verb_before_its_subject_counts_the_dead():
    rec = only("قتلت القوات الإسرائيلية خمسة مدنيين في غارة على مدينة رفح جنوب قطاع غزة.")
    assert rec["fatalities"] == 5
    assert rec["actor1"] == ISRAEL and rec["actor2"] == "Civilians (Palestine)"


def test_a_clash_counting_losses_on_both_sides_keeps_the_report_order_of_the_sides():
    rec = only("قتل ثلاثة من عناصر الجيش السوري واثنان من مقاتلي هيئة تحرير الشام في اشتباكات بريف إدلب الجنوبي.")
    assert rec["sub_event_type"] == "Armed clash"
    assert rec["actor1"].startswith("Military Forces of Syria") and rec["actor2"] == "Hayat Tahrir al Sham"
    assert rec["fatalities"] == 5


def test_fighters_of_a_named_group_are_that_group_not_a_second_side():
    rec = only("اشتبك مقاتلون من حزب الله مع قوة إسرائيلية حاولت التقدم نحو بلدة العديسة الحدودية فجر الأربعاء.")
    assert rec["actor1"] == "Hezbollah" and rec["actor2"].startswith("Military Forces of Israel")


@pytest.mark.parametrize(
    "text",
    [
        "نفذت قوة كوماندوس إسرائيلية إنزالا بحريا في بلدة البترون شمال بيروت، واختطفت مواطنا لبنانيا، الجمعة.",
        "اقتحمت وحدة خاصة إسرائيلية مخيم جنين واعتقلت ثلاثة شبان، الجمعة.",
    ],
)
def test_a_force_noun_with_descriptors_before_the_nationality_names_the_state(text):
    assert only(text)["actor1"].startswith("Military Forces of Israel")


def test_the_side_that_resisted_is_no_subject_of_the_takeover():
    # the faction that advanced is the verb's subject; the army sits after مقاومة من
    rec = only("قالت مصادر محلية إن الفصائل تقدمت بسرعة دون مقاومة تذكر من قوات الجيش السوري، وسيطرت على بلدة "
               "معرشورين، الخميس.", published=datetime(2024, 11, 29, 10, tzinfo=UTC))
    assert rec["sub_event_type"] == "Non-state actor overtakes territory"
    assert rec["actor1"] != "Military Forces of Syria (2000-2024)"
    # a partitive (عناصر من) still names who acted
    rec = only("قال المرصد إن عناصر من قوات سوريا الديمقراطية سيطروا على بلدة تل رفعت، الخميس.",
               published=datetime(2024, 11, 29, 10, tzinfo=UTC))
    assert rec["actor1"] == "QSD: Syrian Democratic Forces"


def test_actors_in_an_aside_about_a_named_group_take_no_part_in_the_event():
    recs = records("بدأت هيئة تحرير الشام (جبهة النصرة سابقا قبل فك ارتباطها بتنظيم القاعدة) هجوما واسعا على "
                   "مواقع الجيش في ريف حلب الغربي، الأربعاء.", published=datetime(2024, 11, 28, 10, tzinfo=UTC))
    assert recs and all("Al Qaeda" not in (r["actor1"], r["actor2"]) for r in recs)
    assert recs[0]["actor1"] == "Hayat Tahrir al Sham"


def test_a_trigger_word_naming_a_military_college_is_no_event():
    recs = records("سيطرت الفصائل على كلية المدفعية في حي الراموسة جنوب مدينة حلب، الجمعة.",
                   published=datetime(2024, 11, 30, 10, tzinfo=UTC))
    assert [r["sub_event_type"] for r in recs] == ["Non-state actor overtakes territory"]


def test_the_parent_organisation_of_the_attackers_is_no_actor_of_the_attack():
    rec = only("قتل ستة جنود في هجوم شنه مسلحو جماعة نصرة الإسلام والمسلمين التابعة لتنظيم القاعدة على موقع للجيش "
               "قرب بلدة دوينتزا وسط مالي، الأحد.", published=datetime(2025, 6, 2, 10, tzinfo=UTC))
    assert rec["actor1"] == "JNIM: Jamaah Nusrat al Islam wal Muslimin"
    assert "Al Qaeda" not in (rec["actor2"], rec["assoc_actor_1"], rec["assoc_actor_2"])


def test_a_day_set_off_by_commas_does_not_end_the_clause():
    # wire copy dates a sentence between commas; the place after them still belongs to the verb before them
    rec = only("دخلت قوات الدعم السريع، الأحد، إلى مدينة بارا في ولاية شمال كردفان.",
               published=datetime(2025, 7, 28, 10, tzinfo=UTC))
    assert rec["sub_event_type"] == "Non-state actor overtakes territory"
    assert rec["actor1"] == "Rapid Support Forces"


def test_unknown_attackers_are_never_a_group_named_before():
    recs = records("سيطرت هيئة تحرير الشام على بلدة خان شيخون. وفي السويداء، استهدف مجهولون مبنى قيادة الشرطة "
                   "بقذيفة صاروخية، الخميس.", published=datetime(2024, 12, 5, 10, tzinfo=UTC))
    strike = next(r for r in recs if r["sub_event_type"] != "Non-state actor overtakes territory")
    assert strike["actor1"] == "Unidentified Armed Group (Syria)"


def test_withdrawing_towards_a_town_happens_where_they_left():
    rec = only("انسحبت قوات الجيش السوري من مدينة حماة باتجاه مدينة حمص، الخميس.",
               published=datetime(2024, 12, 5, 10, tzinfo=UTC))
    assert rec["sub_event_type"] == "Non-violent transfer of territory" and rec["location"] == "Hama"


def test_who_held_a_place_is_no_subject_of_its_takeover():
    recs = records("سيطرت هيئة تحرير الشام على بلدة كفرنبل. وجاء ذلك بعدما سيطرت على قرية حزارين المجاورة، وباتت "
                   "المنطقة خارج سيطرة الجيش السوري.", published=datetime(2024, 11, 30, 10, tzinfo=UTC))
    assert all(r["sub_event_type"] != "Government regains territory" for r in recs)


def test_clashes_between_protesters_and_police_are_a_violent_demonstration():
    recs = records("اندلعت اشتباكات بين المتظاهرين وقوات الشرطة وسط مدينة البصرة، الأربعاء، بعد مسيرة سلمية نظمها "
                   "خريجون عاطلون عن العمل.", published=datetime(2025, 3, 12, 10, tzinfo=UTC))
    assert "Armed clash" not in [r["sub_event_type"] for r in recs]
    assert "Violent demonstration" in [r["sub_event_type"] for r in recs]
    # a peaceful march is no drone (مسيرة)
    assert "Air/drone strike" not in [r["sub_event_type"] for r in recs]


def test_the_owner_of_what_was_taken_is_no_subject_of_the_takeover():
    rec = only("لكن مستشار قائد قوات الدعم السريع سامي الطيب، أعلن السيطرة على مقر اللواء 22 التابع للجيش السوداني في "
               "بابنوسة.",
               published=datetime(2025, 10, 26, 10, tzinfo=UTC))
    assert rec["sub_event_type"] == "Non-state actor overtakes territory"
    assert rec["actor1"] == "Rapid Support Forces"


def test_an_announced_takeover_may_have_a_day_between_its_verb_and_its_noun():
    rec = only("أعلنت حركة الشباب، مساء الأحد، سيطرتها على بلدة مهداي وسط الصومال.",
               published=datetime(2025, 4, 14, 10, tzinfo=UTC))
    assert rec["sub_event_type"] == "Non-state actor overtakes territory" and rec["actor1"] == "Al Shabaab"


def test_any_part_of_the_day_set_off_by_commas_does_not_end_the_clause():
    # the aside's words are date_expressions.tsv's weekdays and parts of the day, the literary ones included
    for day in ("صباحا", "ظهيرة الأحد", "عشية السبت"):
        rec = only(f"دخلت الفصائل المسلحة، {day}، إلى مدينة حماة.", published=datetime(2024, 12, 5, 10, tzinfo=UTC))
        assert rec["sub_event_type"] == "Non-state actor overtakes territory", day
        assert rec["location"] == "Hama", day


# owners, reporting bodies and the side a report blames ---------------------------------------------------------
USA = "Military Forces of the United States (2021-2025)"
HOUTHI = "Military Forces of Yemen (2016-) Houthi"
SUDAN = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces"


def test_a_casualty_headline_before_the_strikes_leaves_their_nationality_as_actor1():
    rec = only("ثلاثة قتلى و14 إصابة في غارات أمريكية على مدينة صعدة")
    assert (rec["actor1"], rec["actor2"], rec["fatalities"], rec["injured"]) == (USA, "", 3, 14)


def test_what_belongs_to_a_group_is_hit_with_it():
    rec = only("وقال مصدر عسكري إن مسيرة انتحارية سقطت قرب مقر اللواء الثالث التابع للجيش السوداني في مدينة كوستي.")
    assert rec["actor1"] != SUDAN
    assert rec["actor2"] == SUDAN


def test_the_group_owning_the_body_that_reports_is_no_side():
    rec = only("وأعلنت وزارة الصحة التابعة للحوثيين مقتل ثلاثة مدنيين في غارات استهدفت مديرية سحار بمحافظة صعدة.")
    assert HOUTHI not in (rec["actor1"], rec["actor2"])


def test_the_state_a_report_lays_the_strikes_on_is_actor1():
    rec = only("قتل مدنيان في غارات على مديرية سحار بمحافظة صعدة، نسبتها قناة المسيرة التابعة للحوثيين إلى الولايات"
               " المتحدة.")
    assert rec["actor1"] == USA
    assert rec["fatalities"] == 2


def test_a_state_that_killed_is_actor1_and_the_group_running_the_target_actor2():
    rec = only("وقتلت إسرائيل الخميس وزيرين في الحكومة التي يديرها الحوثيون بغارة على العاصمة صنعاء.")
    assert (rec["actor1"], rec["actor2"]) == (ISRAEL, HOUTHI)


def test_the_interceptor_is_actor1_and_the_launcher_actor2():
    rec = only("واعترضت منظومات الدفاع الإسرائيلية صواريخ إيرانية فوق مدينة عسقلان فجر الخميس.")
    assert rec["sub_event_type"] == "Disrupted weapons use"
    assert (rec["actor1"], rec["actor2"]) == (ISRAEL, "Military Forces of Iran (1989-)")


def test_the_group_right_after_a_clause_opening_verb_of_aim_is_its_subject():
    rec = only("وفي تطور آخر، استهدفت قوات الدعم السريع مدينة كوستي بطائرة مسيرة انتحارية.")
    assert (rec["actor1"], rec["actor2"]) == (RSF, "")
    # after the strike noun, the verb's subject is that strike, and the group after it is what was hit
    rec = only("قتل خمسة عناصر في غارة استهدفت قوات الدعم السريع قرب مدينة كوستي.")
    assert rec["actor2"] == RSF


@pytest.mark.parametrize(
    ("text", "actor1", "sub"),
    [
        # descriptors of the missile or drone between it and the nationality
        ("صواريخ باليستية إيرانية تسقط على مدينة حيفا.", "Military Forces of Iran (1989-)",
         "Shelling/artillery/missile attack"),
        ("ضربت مسيرات انتحارية روسية مدينة أوديسا الليلة الماضية.", RUSSIA, "Air/drone strike"),
        ("رشقة صاروخية إيرانية جديدة تصيب مدينة بئر السبع.", "Military Forces of Iran (1989-)",
         "Shelling/artillery/missile attack"),
    ],
)
def test_a_missile_or_drone_described_before_its_nationality_keeps_its_actor(text, actor1, sub):
    rec = only(text)
    assert (rec["actor1"], rec["sub_event_type"]) == (actor1, sub)


@pytest.mark.parametrize(
    "text",
    [
        "خلال يوم الأربعاء، استهدف الجيش الإسرائيلي بلدة عرسال ما أسفر عن مقتل شخصين.",
        "استهدف الجيش الإسرائيلي بلدة عرسال ما أسفر عن مقتل شخصين.",
        "وعاد الهدوء إلى بلدة كفر كلا، فيما استهدف الجيش الإسرائيلي بلدة عرسال ما أسفر عن مقتل شخصين.",
    ],
)
def test_the_force_right_after_a_verb_that_opens_its_clause_is_its_subject(text):
    hit = [r for r in records(text) if r["location"] == "Aarsal"]
    # the two people the strike killed are its civilian victims (test_event_people_victims.py), not its subject
    assert [(r["actor1"], r["actor2"]) for r in hit] == [(ISRAEL, "Civilians (Lebanon)")]


def test_after_a_pronoun_subject_the_force_is_still_the_target():
    text = "وقال حزب الله إنه استهدف الجيش الإسرائيلي قرب بلدة كفر كلا ما أسفر عن مقتل جنديين."
    assert [(r["actor1"], r["actor2"]) for r in records(text)] == [("Hezbollah", ISRAEL)]


def test_a_drone_of_unknown_origin_is_flown_by_an_unidentified_armed_group():
    text = "هاجمت طائرتان مسيرتان مجهولتا المصدر حقلا نفطيا في قضاء زاخو بمحافظة دهوك العراقية مساء الإثنين."
    assert [r["actor1"] for r in records(text)] == ["Unidentified Armed Group (Iraq)"]


# who acted and who was hit, post-2024 Syria -----------------------------------------------------------------------
MARCH_2025 = datetime(2025, 3, 10, 10, tzinfo=UTC)


def test_men_counted_after_a_word_of_aim_are_the_side_aimed_at():
    rec = only("وقال مصدر أمني إن مجموعة من فلول النظام المخلوع أقدمت على استهداف ثلاثة عناصر من وزارة الدفاع "
               "السورية بكمين مسلح قرب مدينة بانياس، مساء السبت، ما أدى إلى مقتلهم.", MARCH_2025)
    assert (rec["actor1"], rec["actor2"]) == ("Assad Loyalists (Syria)", "Military Forces of Syria (2024-)")


def test_the_subject_of_an_intransitive_casualty_verb_is_the_victim():
    rec = only("استشهد عنصران من الشرطة جراء هجوم شنته مجموعة مسلحة على حاجز عند مدخل مدينة الصنمين، مساء الأحد.",
               MARCH_2025)
    assert (rec["actor1"], rec["actor2"]) == ("Unidentified Armed Group (Syria)", "Police Forces of Syria (2024-)")


def test_the_crowd_not_the_group_it_denounces_is_the_protests_actor():
    recs = records("خرجت مظاهرات غاضبة في مدينة طرطوس مساء الأحد، حيث طالب المحتجون بمحاسبة فلول النظام البائد.",
                   MARCH_2025)
    protests = [r for r in recs if r["event_type"] == "Protests"]
    assert protests and protests[0]["actor1"] == "Protesters (Syria)"
    assert all(r["actor1"] != "Assad Loyalists (Syria)" for r in protests)


def test_fighting_in_two_neighbourhoods_of_a_city_is_one_event_at_the_city():
    recs = records("اندلعت اشتباكات مساء الاثنين بين الجيش السوري وقوات سوريا الديمقراطية في حيي الشيخ مقصود "
                   "والأشرفية بمدينة حلب.", MARCH_2025)
    clashes = [r for r in recs if r["sub_event_type"] == "Armed clash"]
    assert [r["location"] for r in clashes] == ["Aleppo"]


def test_the_province_a_district_belongs_to_only_locates_it():
    # منطقة جبلة التابعة لمحافظة اللاذقية: the province after التابعة لـ says where the district is
    rec = only("شهدت منطقة جبلة التابعة لمحافظة اللاذقية اشتباكات عنيفة بين مسلحين وقوات الأمن العام مساء الخميس.",
               MARCH_2025)
    assert rec["location"] == "Jablah"


def test_the_bare_army_a_state_force_attacks_is_not_that_force_itself():
    # ACLED codes the Houthis as state forces (inter 1) too; the army whose post they stormed is the government's,
    # not an earlier inter-1 actor, which is the attacker on the other side of the same event
    for text in ("هاجم الحوثيون، الأحد، موقعا للجيش في محافظة مأرب.",
                 "شن الحوثيون هجوما على مواقع الجيش في مأرب، صباح الأحد."):
        r = only(text)
        assert r["actor1"].endswith("Houthi") and r["actor2"] == "Military Forces of Yemen (2022-)", text


# the body in a killed person's title is the victim's side ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("أكدت مصادر محلية الخميس مقتل قيادي ميداني في حركة الشباب بمدينة بلدوين.", "Al Shabaab"),
        ("أعلن مسؤول عسكري الخميس مقتل محمد سالم المتحدث باسم كتائب القسام في مدينة غزة.", "Al Qassam Brigades"),
        ("وذكرت المصادر أن قياديا بارزا في حركة الشباب قتل بغارة في بلدة جلب، الخميس.", "Al Shabaab"),
    ],
)
def test_victims_title_body_is_not_actor1(text, victim):
    recs = records(text)
    assert recs
    assert all(r["actor1"] != victim for r in recs)
    assert any(r["actor2"] == victim for r in recs)


def test_the_striker_named_after_a_killed_leaders_body_stays_actor1():
    # the title's body (حزب الله) is the victim's side; the nisba of the strike after it is who struck
    for text in ("قتل قيادي في حزب الله بغارة إسرائيلية على سيارة في جنوب لبنان، الخميس.",
                 "قتل أبو محمد المتحدث باسم الجناح العسكري لحماس بغارة إسرائيلية على مدينة غزة."):
        (r,) = records(text)
        assert r["actor1"] == ISRAEL and r["actor2"] in ("Hezbollah", "Hamas Movement"), text


@pytest.mark.parametrize(
    "text",
    [
        # verb, subject, object: the subject acts although the army's name stands nearer the drones
        "استهدفت قوات الدعم السريع صباح الأحد مخزنا للجيش بمسيرات في مدينة كوستي.",
        # the weapon that is the trigger itself is no actor; the named subject before it is
        "هاجمت قوات الدعم السريع فجر اليوم ثكنة للجيش بطائرات مسيرة في مدينة كوستي.",
    ],
)
def test_the_subject_of_a_verb_of_armed_action_is_actor1(text):
    event = only(text, published=datetime(2026, 3, 2, 10, tzinfo=UTC))
    assert event["actor1"] == "Rapid Support Forces"
    assert event["actor2"] == "Military Forces of Sudan (2019-)"


def test_a_force_after_the_verb_with_the_weapon_after_it_is_the_side_hit():
    # استُهدفت قوات الجيش بمسيرة: the verb is passive, the army is hit and nobody is named as striking
    event = only("استهدفت قوات الجيش السوداني بطائرة مسيرة في مدينة كوستي.", published=datetime(2026, 3, 2, 10, tzinfo=UTC))
    assert event["actor1"] in ("", None)
    assert event["actor2"] == "Military Forces of Sudan (2019-)"


def test_a_dual_verb_of_aim_marks_what_follows_as_the_side_hit():
    text = "نفذت حركة الشباب هجومين استهدفا الجيش الصومالي في مدينة بلدوين يوم الأحد."
    event = only(text, published=datetime(2026, 3, 2, 10, tzinfo=UTC))
    assert (event["actor1"], event["actor2"]) == ("Al Shabaab", "Military Forces of Somalia (2022-)")


def test_a_force_that_repelled_a_suicide_bombing_was_its_target():
    text = "قوات الأمن العراقية تتصدى لهجوم انتحاري استهدف نقطة تفتيش في مدينة الرمادي يوم الأحد."
    event = only(text, published=datetime(2026, 3, 2, 10, tzinfo=UTC))
    assert event["sub_event_type"] == "Suicide bomb"
    assert event["actor1"] == "Unidentified Armed Group (Iraq)"
    assert event["actor2"] == "Military Forces of Iraq (2022-)"


def test_a_state_force_reporting_its_enemys_dead_is_who_killed_them():
    text = ("قال الجيش النيجيري في بيان يوم الأحد إن قواته نفذت عملية في ولاية بورنو. "
            "وأشار البيان إلى مقتل ثمانية من عناصر جماعة بوكو حرام في غابة سامبيسا.")
    events = records(text, published=datetime(2026, 3, 2, 10, tzinfo=UTC))
    dead = [e for e in events if e["actor2"].startswith("Boko Haram")]
    assert dead and all(e["actor1"] == "Military Forces of Nigeria (2023-)" for e in dead)


def test_a_date_between_the_verb_of_aim_and_the_force_leaves_the_force_the_side_hit():
    text = "قال الجيش إن مسلحين من تنظيم الدولة الإسلامية نفذوا هجوما استهدف الأحد قوات الأمن السورية في ريف حمص."
    event = only(text, published=datetime(2026, 3, 2, 10, tzinfo=UTC))
    assert event["actor1"] == "Islamic State (Syria)"
    assert event["actor2"] == "Military Forces of Syria (2024-)"


def test_men_counted_from_a_force_after_an_attack_word_subject_are_the_side_hit():
    text = "استهدفت غارة إسرائيلية عنصرين من حزب الله في بلدة عيتا الشعب جنوب لبنان، الخميس."
    event = only(text)
    assert (event["actor1"], event["actor2"]) == (ISRAEL, "Hezbollah")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("قتل مدني في استهداف إسرائيلي لدراجة نارية على طريق بلدة الخيام، الخميس.", ISRAEL),
        ("أصيب جنديان في استهداف حوثي بطائرة مسيرة لمواقعهم في مديرية قعطبة بالضالع، الخميس.",
         "Military Forces of Yemen (2016-) Houthi"),
    ],
)
def test_an_adjective_after_the_word_for_targeting_names_who_targeted(text, actor1):
    event = only(text)
    assert event["actor1"] == actor1


def test_a_counted_group_before_its_verb_of_dying_is_the_side_hit():
    # "five of the Islamic State's militants were killed in a clash with its forces": the group's men died
    rec = only("وقال الجيش السوري إن خمسة من مسلحي تنظيم داعش قتلوا في اشتباك مع قواته قرب مدينة الميادين.")
    assert rec["actor2"] == "Islamic State (Syria)"
    assert rec["actor1"] != "Islamic State (Syria)"


# the coalition named only as التحالف ----------------------------------------------------------------------------
def test_coalition_strikes_keep_the_coalition_as_actor1_beside_the_group_hit():
    rec = only("قتل أربعة من مسلحي داعش بغارات التحالف على وادي الثرثار شمال محافظة الأنبار العراقية.")
    assert (rec["actor1"], rec["actor2"]) == ("Coalition Forces", "Islamic State (Iraq)")


# a campaign told with a verb of continuing ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("وتواصل قوات الدعم السريع قصف أحياء مدينة الأبيض بالمدفعية، ما أسفر عن مقتل طفلين.", "Rapid Support Forces"),
        ("ويستمر الجيش الإسرائيلي في قصف بلدة بيت حانون شمال قطاع غزة منذ فجر اليوم.", ISRAEL),
    ],
)
def test_the_actor_after_a_verb_of_continuing_is_who_goes_on_striking(text, actor1):
    assert only(text)["actor1"] == actor1


# the side a blast hit, counted dead in an earlier clause ----------------------------------------------------------
def test_men_counted_dead_before_a_blast_are_the_side_it_hit():
    rec = only("لقي ستة من أفراد الجيش الباكستاني مصرعهم، فيما أصيب أربعة آخرون في انفجار عبوة ناسفة بمدينة "
               "بانو شمال غرب باكستان.", datetime(2025, 9, 3, 8, tzinfo=UTC))
    assert rec["actor2"].startswith("Military Forces of Pakistan")


def test_a_clash_between_the_houthis_and_government_forces_has_both_sides():
    rec = only("أعلنت جماعة الحوثي التعبئة العامة في صنعاء. وفي مأرب دارت اشتباكات عنيفة بين القوات الحكومية "
               "ومسلحي الحوثي في مديرية صرواح غرب مأرب.", datetime(2025, 6, 1, 8, tzinfo=UTC))
    assert {rec["actor1"], rec["actor2"]} == {"Military Forces of Yemen (2022-)", "Military Forces of Yemen (2016-) Houthi"}


# the side hit named in an earlier clause of the sentence -----------------------------------------------------------
def test_the_patrol_hit_told_before_the_ambush_clause_is_the_side_hit():
    recs = records("تبنت جماعة نصرة الإسلام والمسلمين هجومين على الجيش في وسط مالي. أما الهجوم الثاني، فاستهدف دورية "
                   "للجيش المالي في محيط مدينة دوينتزا، حيث نصب مسلحو جماعة نصرة الإسلام كمينا للدورية.",
                   datetime(2025, 6, 1, 8, tzinfo=UTC))
    assert [(r["actor1"], r["actor2"]) for r in recs] == [
        ("JNIM: Jamaah Nusrat al Islam wal Muslimin", "Military Forces of Mali (2021-)")]


def test_civilians_counted_dead_stay_the_side_hit_after_a_headline_naming_the_attacker():
    recs = records("هجوم للدعم السريع في شمال كردفان\n\nأعلنت شبكة أطباء السودان اليوم مقتل سبعة مواطنين، وإصابة 13 "
                   "في هجوم شنته قوات الدعم السريع على قرية قرب مدينة بارا.", datetime(2025, 6, 1, 8, tzinfo=UTC))
    attack = next(r for r in recs if r["sub_event_type"] == "Attack")
    assert (attack["actor1"], attack["actor2"]) == ("Rapid Support Forces", "Civilians (Sudan)")


# subject, verb, object ------------------------------------------------------------------------------------------
def test_the_actor_right_after_the_strike_verb_is_hit_when_its_subject_stands_before_it():
    rec = only("وأكد المرصد أن الطائرات التركية قصفت قوات سوريا الديمقراطية قرب بلدة عين عيسى شمال الرقة.")
    assert (rec["actor1"], rec["actor2"]) == ("Military Forces of Turkey (2002-)", "QSD: Syrian Democratic Forces")


def test_the_group_after_an_arrest_word_is_the_detained_side():
    # no arresting body named: the group named after القبض على is who was arrested, never actor1
    rec = only("أعلن مصدر أمني القبض على 15 إرهابيا ينتمون إلى تنظيم داعش في نينوى.", datetime(2021, 2, 8, tzinfo=UTC))
    assert (rec["actor1"], rec["actor2"]) == ("", "Islamic State (Iraq)")
    # an intelligence service with a nationality is that state's police forces (ACLED: law enforcement), which arrest
    rec = only("أعلنت الإستخبارات العراقية القبض على 15 إرهابيا ينتمون إلى تنظيم داعش في نينوى.",
               datetime(2021, 2, 8, tzinfo=UTC))
    assert (rec["actor1"], rec["actor2"]) == ("Police Forces of Iraq (2020-2022)", "Islamic State (Iraq)")
    # the subject right after an arrest verb still arrests
    rec = only("اعتقلت حركة الشباب ثلاثة جنود في مقديشو.", datetime(2021, 2, 8, tzinfo=UTC))
    assert rec["actor1"] == "Al Shabaab"


def test_the_group_those_arrested_formed_is_not_the_arresting_side():
    text = ("أعلنت وزارة الداخلية السورية القبض على ثلاثة أشخاص متورطين في تشكيل مجموعة مسلّحة مرتبطة بفلول النظام "
            "البائد في محافظة حماة. وقال قائد الأمن الداخلي في حماة إن مديرية الأمن الداخلي نفذت عملية أمنية أسفرت عن "
            "إلقاء القبض على المتهمين.")
    recs = records(text, datetime(2026, 1, 7, 12, tzinfo=UTC))
    assert all(r["actor1"] != "Unidentified Armed Group (Syria)" for r in recs)


def test_an_arrest_an_interior_ministry_announces_is_its_polices():
    # (suspects of an armed attack: a drug dealers' arrest is no event ACLED codes, see test_event_non_events.py)
    rec = only("أعلنت وزارة الداخلية العراقية القبض على خمسة متهمين بإطلاق النار على دورية في البصرة.",
               datetime(2024, 3, 10, tzinfo=UTC))
    assert (rec["sub_event_type"], rec["actor1"], rec["source"]) == (
        "Arrests", "Police Forces of Iraq (2022-)", "Ministry of Interior (Iraq)")


def test_weapons_found_on_those_arrested_are_part_of_the_arrest():
    # the ministry's arrest of a cell with its weapons is an arrest; the group they formed is who was arrested
    rec = only("أعلنت وزارة الداخلية السورية، اليوم الأحد، اعتقال سبعة أشخاص في منطقة داريا بريف دمشق، قالت إنهم يشكلون "
               "خلية لتنظيم داعش وجرى ضبط أسلحة وذخائر بحوزتهم.", datetime(2025, 12, 21, 10, tzinfo=UTC))
    assert (rec["sub_event_type"], rec["actor1"], rec["actor2"]) == (
        "Arrests", "Police Forces of Syria (2024-)", "Islamic State (Syria)")


def test_a_cell_dismantled_in_a_list_of_towns_is_arrested_in_each():
    found = records("نجحت قوات الأمن السورية السبت في تفكيك \"خلية إرهابية\"، خلال عمليات أمنية نفذت في مدن الحفة "
                    "والقرداحة وجبلة بمحافظة اللاذقية.", datetime(2026, 1, 24, 10, tzinfo=UTC))
    assert sorted(r["location"] for r in found) == ["Al-Haffa", "Al-Qardaha", "Jablah"]
    assert {(r["sub_event_type"], r["actor2"]) for r in found} == {("Arrests", "Unidentified Armed Group (Syria)")}
    # the subject after a finite verb dismantles, the cell after it is dismantled
    rec = only("فككت قوات الأمن خلية إرهابية في مدينة جبلة.", datetime(2026, 1, 24, 10, tzinfo=UTC))
    assert (rec["sub_event_type"], rec["actor2"]) == ("Arrests", "Unidentified Armed Group (Syria)")
    assert rec["actor1"].startswith("Military Forces of Syria")


def test_a_force_attacked_by_men_no_source_names_fought_the_unidentified_armed_group():
    # أسفر تعرض إرهابي عن استشهاد خمسة من الجيش: Iraqi copy's "terrorist assault", by no one named
    rec = only("أسفر تعرض إرهابي في قرية البوعجيل بمحافظة صلاح الدين عن استشهاد خمسة أفراد من الجيش العراقي.")
    assert (rec["sub_event_type"], rec["actor1"], rec["actor2"]) == (
        "Armed clash", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2022-)")


def test_people_killed_by_an_attack_inside_a_barracks_are_not_its_civilians():
    # مقتل 10 أشخاص بهجوم انتحاري داخل ثكنة عسكرية: the people in a barracks are no civilian target
    rec = only("أعلنت الحكومة مقتل ما لا يقل عن 10 أشخاص بهجوم انتحاري داخل ثكنة عسكرية في مدينة بيدوا.")
    assert rec["sub_event_type"] == "Suicide bomb" and not rec["actor2"].startswith("Civilians")
    # people killed by a suicide attack on a market are
    rec = only("أعلنت الحكومة مقتل ما لا يقل عن 10 أشخاص بهجوم انتحاري داخل سوق شعبي في مدينة بيدوا.")
    assert rec["actor2"] == "Civilians (Somalia)"


def test_a_body_whose_building_marks_the_place_is_no_side():
    # اختطف مسلحون 3 مواطنين قرب قسم المخابرات الجوية: the intelligence branch is where, not who
    rec = only("اختطف مسلحون محليون ثلاثة مواطنين قرب قسم المخابرات الجوية في مدينة السويداء اليوم.")
    assert (rec["sub_event_type"], rec["actor2"]) == ("Abduction/forced disappearance", "Civilians (Syria)")
