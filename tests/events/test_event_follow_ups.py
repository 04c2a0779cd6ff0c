"""A lead and the sentence after it often tell one incident twice: the attack a force says it repelled is the bombing
told next, an arrest made during a firefight is part of that battle, a bomb someone only tried to set off did not go
off. Also figures a noun carries by its form (the dual in a construct, عنصري أمن) and verbs of dying split from their
object (أودت قذائف بحياة طفلين), and days set off by commas or brackets where wire copy puts them."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 9, 3, 9, tzinfo=UTC)  # a Wednesday


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _records(text: str) -> list[dict]:
    return list(event_records(_pipeline()(make_article(text, "follow-up-test", published=DAY))))


def _coded(text: str, *fields: str) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in _records(text)]


def test_a_dual_in_a_construct_counts_two():
    records = _coded("قتل عنصري أمن بانفجار عبوة ناسفة في محافظة نينوى اليوم.", "sub_event_type", "fatalities")
    assert records == [("Remote explosive/landmine/IED", 2)]


def test_a_verb_of_dying_split_from_its_object_by_the_subject_still_counts():
    # أودت بحياة is one phrase whose subject may stand inside it
    records = _coded("أودت قذيفة أطلقتها قوات الدعم السريع بحياة طفلين في مدينة الأبيض اليوم.", "fatalities")
    assert records == [(2,)]


def test_a_day_set_off_by_commas_between_a_claimed_control_and_its_place():
    records = _coded("أعلنت قوات الدعم السريع سيطرتها، الثلاثاء، على مدينة الدلنج في جنوب كردفان.",
                     "event_date", "sub_event_type", "location")
    assert records == [("2025-09-02", "Non-state actor overtakes territory", "Dilling")]


def test_the_day_that_closes_a_sentence_after_its_locator_dates_the_event():
    records = _coded("هاجم مسلحون حاجزا للشرطة في مدينة مصراتة، شرق طرابلس أمس (الثلاثاء).", "event_date")
    assert records == [("2025-09-02",)]


def test_a_bombing_told_after_an_attack_repelled_is_that_attack():
    text = ("تصدت الشرطة العراقية لهجوم استهدف مركزا أمنيا في مدينة الرمادي أمس. "
            "وقال بيان إن انتحاريا فجر سيارة مفخخة أمام المركز.")
    records = _records(text)
    assert [(r["sub_event_type"], r["location"]) for r in records] == [("Suicide bomb", "Ramadi")]
    assert records[0]["actor2"].startswith("Police Forces of Iraq")
    announced = _coded("أعلنت الشرطة العراقية تصديها لهجوم استهدف مركزا أمنيا في مدينة الرمادي أمس. "
                       "وقال بيان إن انتحاريا فجر سيارة مفخخة أمام المركز.", "sub_event_type")
    assert announced == [("Suicide bomb",)]


def test_a_bomb_only_tried_is_no_explosion():
    text = "حاول مسلح تفجير حزام ناسف كان يرتديه قرب حاجز للجيش في مدينة الرقة اليوم، قبل أن يعتقل."
    assert "Suicide bomb" not in [r["sub_event_type"] for r in _records(text)]


def test_a_cell_of_a_group_dismantled_names_the_detained():
    text = "تمكنت قوات الأمن الداخلي من تفكيك خلية تابعة لتنظيم داعش في مدينة حمص اليوم."
    records = _records(text)
    assert [r["sub_event_type"] for r in records] == ["Arrests"]
    assert records[0]["actor2"].startswith("Islamic State")
    assert not records[0]["actor1"].startswith("Islamic State")


def test_an_arrest_made_in_a_firefight_is_part_of_the_battle():
    text = ("اعتقلت قوات الأمن أحد عناصر خلية لتنظيم داعش في مدينة حمص اليوم، وقتل عنصران آخران خلال اشتباكات "
            "مع القوات في المدينة.")
    assert [r["sub_event_type"] for r in _records(text)] == ["Armed clash"]


def test_people_killed_by_an_attack_read_as_a_drone_strike_are_its_victims():
    records = _records("قتل 12 شخصا في هجوم بطائرة مسيرة لقوات الدعم السريع استهدف سوقا في مدينة الأبيض اليوم.")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in records] == [
        ("Air/drone strike", "Rapid Support Forces", "Civilians (Sudan)", 12)]


def test_men_who_exchanged_fire_fought_a_clash():
    records = _coded("تبادل عناصر من جهاز الردع إطلاق النار مع عناصر من اللواء 444 قتال في طرابلس اليوم، "
                     "وقال شهود إن عناصر الطرفين تبادلوا إطلاق النار لساعة.", "sub_event_type")
    assert records == [("Armed clash",)]


def test_an_armed_group_that_kills_a_policeman_at_a_checkpoint_fought_a_battle():
    # ACLED's Attack is violence against civilians; a force attacked is the other side of a battle
    text = "أفاد مصدر أمني بمقتل عنصر من الشرطة العراقية برصاص مسلحين في قضاء الطارمية اليوم."
    records = _coded(text, "sub_event_type", "actor1", "actor2", "fatalities")
    assert records == [("Armed clash", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2022-)", 1)]


def test_a_toll_repeated_in_the_next_sentence_is_not_added():
    # وإصابة آخرين: the others are the wounded, not more dead than the lead's
    text = ("أفاد مصدر أمني بمقتل عنصر وإصابة اثنين من الشرطة العراقية في قضاء الطارمية اليوم. "
            "وقال المصدر إن مسلحين هاجموا حاجزا في القضاء ما أدى إلى مقتل عنصر وإصابة آخرين.")
    assert [r["fatalities"] for r in _records(text)] == [1]


def test_the_city_that_opens_a_text_is_where_it_was_filed_when_others_are_named():
    filed = _coded("بغداد – قتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء الطارمية شمالي العاصمة اليوم.", "location")
    assert filed == [("Al Tarmia",)]
    alone = _coded("الموصل – قتل جنديان بانفجار عبوة ناسفة اليوم.", "location")
    assert alone == [("Mosul",)]


def test_a_garrison_that_withdrew_after_an_attack_lost_the_place():
    text = ("شن مسلحو حركة الشباب هجوما على قاعدة عسكرية في بلدة بولوبوردي يوم الأحد. "
            "وأكد الجيش الصومالي أنه اضطر للانسحاب من البلدة بعد الهجوم.")
    records = _records(text)
    assert [(r["sub_event_type"], r["actor1"]) for r in records] == [
        ("Non-state actor overtakes territory", "Al Shabaab")]
    assert records[0]["actor2"].startswith("Military Forces of Somalia")


def test_a_raiding_force_that_leaves_gave_up_nothing():
    text = "اقتحمت قوات الاحتلال بلدة عزون، واعتقلت ثلاثة شبان، ثم الانسحاب من البلدة."
    assert "Non-violent transfer of territory" not in [r["sub_event_type"] for r in _records(text)]


def test_an_attack_on_a_group_told_as_the_strike_of_its_sentence_is_that_strike():
    text = ("قال الجيش الإسرائيلي إنه قصف مواقع في ميناء رأس عيسى اليمني خلال أحدث هجوم على جماعة الحوثي. "
            "وجاء هجوم يوم الثلاثاء بعد ساعات من أمر بإخلاء الميناء.")
    # one strike (its kind is the bare قصف's), no battle beside it
    types = [r["sub_event_type"] for r in _records(text)]
    assert len(types) == 1 and types[0] in ("Air/drone strike", "Shelling/artillery/missile attack")


def test_a_bombardment_the_next_sentence_calls_air_strikes_is_one_air_strike_on_their_day():
    text = ("قصف الجيش الأمريكي مواقع حركة الشباب في الصومال. "
            "وقالت القيادة الأمريكية في أفريقيا إن الغارات الجوية نفذت الثلاثاء في الصومال.")
    assert _coded(text, "event_date", "sub_event_type") == [("2025-09-02", "Air/drone strike")]


def test_a_ceasefire_in_force_is_no_agreement_and_ground_under_control_no_conquest():
    text = ("استشهد مواطن بقصف إسرائيلي اليوم في حي الزيتون بمدينة غزة، رغم اتفاق وقف إطلاق النار الساري منذ "
            "أكتوبر. وقال شهود إن مسيرة أطلقت صاروخا باتجاهه في منطقة تقع ضمن سيطرة الجيش الإسرائيلي.")
    records = _coded(text, "sub_event_type", "fatalities")
    assert records == [("Air/drone strike", 1)]


def test_tanzim_al_shabaab_is_al_shabaab():
    text = "أعلنت وزارة الدفاع الصومالية مقتل 20 من عناصر تنظيم الشباب في اشتباكات بإقليم شبيلي السفلى أمس."
    assert "Al Shabaab" in {r["actor1"] for r in _records(text)} | {r["actor2"] for r in _records(text)}


def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_not_the_place():
    text = ("استشهد شاب برصاص الجيش الإسرائيلي في بلدة قباطية جنوب جنين مساء الثلاثاء. "
            "وقالت وزارة الصحة إن الشاب أصيب برصاص الجيش الإسرائيلي ونقل إلى مستشفى طوباس الحكومي.")
    assert _coded(text, "location", "fatalities") == [("Qabatiyah", 1)]
    # a hospital that is itself the target stays the place: its town is where the strike fell
    hit = _coded("قصفت طائرة إسرائيلية مستشفى جنين الحكومي مساء الثلاثاء.", "location")
    assert hit == [("Janin",)]


def test_the_aggression_of_houthi_media_is_the_state_that_strikes_and_the_agent_of_the_toll():
    text = ('وذكرت وزارة الصحة التابعة للحوثيين أن "العدوان الأمريكي استهدف مساء الأحد منزلا في مديرية بني الحارث، '
            'ما أسفر عن استشهاد ثلاثة مدنيين، في حصيلة نهائية للهجوم".')
    records = _records(text)
    assert [(r["actor1"], r["actor2"], r["fatalities"]) for r in records] == [
        ("Military Forces of the United States (2025-)", "Civilians (Yemen)", 3)]


def test_an_undated_lead_told_again_next_with_its_day_takes_that_day():
    # published Wednesday 3 Sep 2025; the body says the strikes came late on Tuesday
    text = ("أصيب 16 شخصا جراء هجوم صاروخي روسي على وسط مدينة خاركيف.\n"
            "وشنت القوات الروسية غارتين على خاركيف، في وقت متأخر مساء يوم الثلاثاء، مما أسفر عن إصابة 16 شخصا.")
    assert {r["event_date"] for r in _records(text)} == {"2025-09-02"}


def test_a_dual_joined_by_and_to_the_next_figure_adds_to_it():
    text = "قتل جنديان وأربعة من المتطوعين في كمين قرب بلدة جيبو في شمال بوركينا فاسو اليوم."
    assert [r["fatalities"] for r in _records(text)] == [6]


def test_a_town_located_by_a_clause_of_lying_in_is_the_place_not_the_country():
    text = "شهدت مدينة جيبو، الواقعة في مقاطعة سوم شمال بوركينا فاسو، هجوما عنيفا يوم الأحد استهدف مواقع للجيش."
    assert [r["location"] for r in _records(text)] == ["Djibo"]


def test_peacekeepers_fired_on_near_a_village_told_next():
    text = ("أعلنت اليونيفيل أن الجيش الإسرائيلي أطلق النار على دورية لليونيفيل في جنوب لبنان اليوم.\n"
            "وذكر بيان لليونيفيل أن جنود حفظ السلام أفادوا عن تعرضهم لإطلاق نار أثناء قيامهم بدورية قرب كفرشوبا.")
    assert _coded(text, "sub_event_type", "location") == [("Armed clash", "Kfar Shouba")]


def test_a_lead_of_killed_and_wounded_gives_way_to_the_body_s_dead():
    text = ("افاد مصدر في الشرطة المحلية بمحافظة ذي قار، يوم الأحد، بمقتل وإصابة ثمانية أشخاص بنزاع عشائري شرقي "
            "مدينة الناصرية.\nوقال المصدر إن شخصين قتلا وأصيب ستة آخرون جراء نزاع عشائري اندلع شرقي الناصرية.")
    records = _records(text)
    assert [r["fatalities"] for r in records] == [2]
    # the police the source belongs to took no part
    assert not records[0]["actor1"].startswith("Police")


def test_a_victim_named_by_nationality_is_one():
    text = "أعلنت وزارة الصحة أن الغارة الإسرائيلية على بلدة دير سريان أسفرت عن استشهاد سوري وإصابة شخصين."
    assert [r["fatalities"] for r in _records(text)] == [1]
    # a country name that spells the accusative is still the country
    assert [r["fatalities"] for r in _records("قتل في سوريا ثلاثة أشخاص بغارة إسرائيلية على مدينة درعا.")] == [3]


def test_the_other_side_of_between_past_a_comma_is_the_opponent():
    text = ("قتل 25 من عناصر حركة الشباب خلال معارك عنيفة اندلعت يوم الجمعة بين مقاتلي الحركة من جهة، "
            "والقوات الحكومية الصومالية من جهة أخرى، في إقليم هيران وسط البلاد.")
    records = _records(text)
    assert [(r["actor1"], r["actor2"]) for r in records] == [("Al Shabaab", "Military Forces of Somalia (2022-)")]


def test_what_a_raiding_force_did_next_after_before_happened():
    text = ("اقتحمت آليات عسكرية إسرائيلية بلدة كفر قدوم وداهمت عدة منازل وفتشتها، قبل اعتقال خمسة شبان "
            "والانسحاب من المكان.")
    coded = [(r["sub_event_type"], r["actor2"]) for r in _records(text)]
    assert ("Arrests", "Civilians (Palestine)") in coded
    assert "Non-violent transfer of territory" not in [t for t, _ in coded]
    # قبل and a verbal noun in construct with a definite noun name a known past event
    history = "اختطف مسلحو الحوثي الخميس مدير مدرسة في مديرية رازح، قبل سيطرة الحوثيين على المحافظة."
    assert "Government regains territory" not in [r["sub_event_type"] for r in _records(history)]


def test_riots_in_two_districts_of_a_city_are_an_event_in_each():
    text = ("شهدت شوارع مديريتي المنصورة ودار سعد في عدن، مساء اليوم، موجة احتجاجات غاضبة تمثلت في قطع الطرقات "
            "وإحراق الإطارات.")
    assert sorted(r["location"] for r in _records(text)) == ["Al Mansurah", "Dar Sad"]


def test_the_casualty_told_next_at_a_village_places_the_lead_and_ongoing_demolitions_are_background():
    text = ("استشهد فلسطيني، صباح اليوم، بعد استهدافه من قبل جنود الاحتلال شرق مدينة خان يونس، في وقت يواصل فيه "
            "جيش الاحتلال عمليات النسف والتدمير شرقي قطاع غزة.\n"
            "وأفاد مصدر طبي بوصول شهيد فلسطيني جراء استهدافه بنيران جيش الاحتلال في بلدة بني سهيلا شرقي خان يونس.")
    assert _coded(text, "sub_event_type", "location", "fatalities") == [("Attack", "Bani Suhayla", 1)]


def test_an_attack_a_force_says_it_repelled_is_a_battle_on_the_weekend_it_was_told():
    # published Wednesday 3 Sep 2025: the weekend before is Saturday 30 and Sunday 31 August
    text = ("أسفر هجوم مسلح استهدف بلدة في شمال بوركينا فاسو خلال عطلة نهاية الأسبوع عن مقتل نحو 10 مدنيين.\n"
            "ورغم تأكيد الجيش البوركيني أنه صدّ الهجوم السبت، ترفع الحصيلة إلى 20 على الأقل عدد قتلى الهجمات التي "
            "شنت بين الخميس والأحد.")
    records = _records(text)
    assert [(r["event_date"], r["sub_event_type"], r["fatalities"]) for r in records] == [
        ("2025-08-30", "Armed clash", 10)]
    assert records[0]["actor2"].startswith("Military Forces of Burkina Faso")


def test_a_defence_ministry_s_fighters_are_its_army():
    text = "أعلنت وزارة الدفاع العراقية، اليوم السبت، إصابة ثلاثة مقاتلين بانفجار عبوة ناسفة في محافظة ديالى."
    records = _records(text)
    assert [r["actor2"] for r in records] == ["Military Forces of Iraq (2022-)"]
    # with no ministry speaking, unnamed fighters are an unidentified armed group
    plain = _records("أصيب ثلاثة مقاتلين بانفجار عبوة ناسفة في محافظة ديالى اليوم.")
    assert [r["actor2"] for r in plain] == ["Unidentified Armed Group (Iraq)"]


def test_a_clash_told_with_one_side_takes_the_other_from_its_re_telling():
    text = ("اندلعت اشتباكات في طرابلس بين القوات الموالية لرئيس الحكومة وقوات جهاز الردع اليوم.\n"
            "وأوضحت المصادر أن عناصر من اللواء 444 قتال تبادلوا إطلاق النار مع عناصر من جهاز الردع.")
    records = _records(text)
    assert [sorted((r["actor1"], r["actor2"])) for r in records] == [["444th Brigade", "Rada Special Deterrence Force"]]


def test_the_positions_fire_came_from_are_not_the_place_it_fell():
    text = ("قتلت المواطنة فاطمة أحمد بقذيفة أطلقتها المليشيا الحوثية من مواقع تمركزها في مديرية خدير على قرية "
            "الأقيوس يوم الثلاثاء.")
    records = _records(text)
    assert [(r["actor1"], r["fatalities"]) for r in records] == [("Military Forces of Yemen (2016-) Houthi", 1)]
    assert records[0]["location"] != "خدير"


def test_air_operations_that_eliminated_fighters_are_an_air_strike_with_its_dead():
    text = ("أعلنت القوات المسلحة الصومالية أنها قضت على 29 مسلحا من حركة الشباب في عمليات جوية بإقليم شبيلي الوسطى "
            "أمس.")
    assert _coded(text, "sub_event_type", "actor1", "actor2", "fatalities") == [
        ("Air/drone strike", "Military Forces of Somalia (2022-)", "Al Shabaab", 29)]


def test_a_village_in_brackets_north_of_a_city_in_brackets_is_one_place():
    text = ("أضرم مستوطنون متطرفون اليوم النار في مركبتين متوقفتين أمام منزل بقرية (عطارة) شمال مدينة (رام الله) "
            "بالضفة الغربية.")
    assert [r["location"] for r in _records(text)] == ["'Atarah"]


def test_a_detention_campaign_called_abductions_and_arrests_is_one_arrest_event():
    text = ("نفذت ميليشيا الحوثي، اليوم الخميس، حملة اختطافات جديدة في صنعاء استهدفت موظفين يعملون لدى منظمات دولية.\n"
            "ونقل مراسل عن مصادر محلية أن الحوثيين اعتقلوا 14 سائقا في صنعاء.")
    assert [r["sub_event_type"] for r in _records(text)] == ["Arrests"]
    # told as abductions alone, it stays an abduction
    alone = _records("نفذت ميليشيا الحوثي، اليوم الخميس، حملة اختطافات جديدة في صنعاء استهدفت موظفين.")
    assert [r["sub_event_type"] for r in alone] == ["Abduction/forced disappearance"]


def test_the_city_a_report_was_filed_from_names_no_country_for_its_armed_men():
    byline = "ابوظبي - سيف اليزيد - أسفر هجوم شنه مسلحون على قاعدة عسكرية في بوركينا فاسو عن مقتل نحو 50 جنديا."
    assert [r["actor1"] for r in _records(byline)] == ["Unidentified Armed Group (Burkina Faso)"]
    dateline = "أبوظبي (وام) - قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز عسكري قرب مدينة مقديشو أمس."
    assert [r["actor1"] for r in _records(dateline)] == ["Unidentified Armed Group (Somalia)"]


def test_a_detachment_after_between_is_that_force_and_its_opponent_is_no_ally():
    text = "اندلعت اشتباكات بين قوة من الجيش العراقي ومجموعة مسلحة في محافظة ميسان اليوم."
    assert _coded(text, "actor1", "assoc_actor_1", "actor2") == [
        ("Military Forces of Iraq (2022-)", "", "Unidentified Armed Group (Iraq)")]


def test_the_seat_of_the_authorities_who_speak_is_not_the_event_place():
    text = ("وقالت السلطات في العاصمة الصومالية مقديشو إن ثمانية جنود و29 مقاتلا قتلوا في هجوم على قاعدة للجيش في "
            "إقليم جلجدود أمس.")
    assert _coded(text, "location", "fatalities") == [("Galguduud", 37)]
