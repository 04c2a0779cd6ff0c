"""ACLED conventions that records.py applies when it flattens an event: crowd actors, inter codes by place."""

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

PIPELINE = default_pipeline()


def records(text):
    return list(event_records(PIPELINE(make_article(text, "t"))))


def test_unnamed_protesters_are_named_after_the_country():
    [rec] = records(
        "تظاهر مئات الأشخاص في مدينة السويداء جنوب سوريا الجمعة احتجاجا على تردي الأوضاع المعيشية، "
        "وفق ما أفاد المرصد السوري لحقوق الإنسان. أ ف ب 061400 GMT DEC 24"
    )
    assert rec["event_type"] == "Protests"
    assert (rec["actor1"], rec["inter1"]) == ("Protesters (Syria)", 6)
    assert rec["event_date"] == "2024-12-06"


def test_crowds_and_unclaimed_bombers_are_named_after_any_country_acled_covers():
    # Nepal and Colombia lie outside the genre's home regions; ACLED still names their crowds and bombers
    [rec] = records("تظاهر آلاف الطلاب في العاصمة كاتماندو الجمعة احتجاجا على حظر مواقع التواصل.")
    assert rec["actor1"] == "Protesters (Nepal)"
    [rec] = records("انفجرت عبوة ناسفة قرب مركز للشرطة في مدينة كالي الجمعة.")
    assert rec["actor1"] == "Unidentified Armed Group (Colombia)"


def test_every_country_has_its_acled_region():
    import pycountry

    from marsad.records import countries

    assert {c.alpha_2 for c in pycountry.countries} <= set(countries())
    assert all(f.region for f in countries().values())


def test_a_state_force_abroad_is_inter_8_and_at_home_inter_1():
    [abroad] = records(
        "قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي الثلاثاء، ما أسفر عن مقتل ثلاثة مدنيين، "
        "وفق ما أفاد المرصد السوري لحقوق الإنسان. أ ف ب 031200 GMT DEC 24"
    )
    assert abroad["actor1"].startswith("Military Forces of Russia") and abroad["inter1"] == 8
    assert abroad["actor2"] == "Civilians (Syria)" and abroad["inter2"] == 7
    assert abroad["interaction"] == 78
    assert abroad["fatalities"] == 3
    [home] = records(
        "قصف الجيش السوري بالمدفعية بلدة كفرنبل في ريف إدلب الجنوبي الثلاثاء، وفق ما أفاد المرصد السوري "
        "لحقوق الإنسان. أ ف ب 031200 GMT DEC 24"
    )
    assert home["actor1"].startswith("Military Forces of Syria") and home["inter1"] == 1


def test_a_generic_reference_with_no_antecedent_is_no_actor_name():
    # the statement names no perpetrator: "drones" says what struck, not who
    rows = records("قتل 28 شخصا في قصف بطائرات مسيرة على سوق منطقة الصافية في ولاية شمال كردفان، ولم يحدد البيان "
                   "الجهة التي تقف وراء الهجوم.")
    assert rows and all("مسيرة" not in (r["actor1"] + r["actor2"]) for r in rows)


def test_a_demonstration_told_in_steps_is_one_event_and_a_riots_crowd_are_rioters():
    # the protest, the clashes with the riot police and the shooting are one riot, coded once with its toll
    rows = records("خرج العشرات من المتظاهرين وسط مدينة الناصرية مطالبين بالإفراج عن ناشط. وتطورت اشتباكات بين "
                   "المتظاهرين وقوات مكافحة الشغب، حيث استخدمت القوات الأمنية الرصاص الحي، ما أدى إلى مقتل 3 "
                   "متظاهرين وإصابة 22 آخرين.")
    assert len(rows) == 1
    [row] = rows
    assert (row["event_type"], row["fatalities"], row["injured"]) == ("Riots", 3, 22)
    assert (row["actor1"], row["inter1"]) == ("Rioters (Iraq)", 5)
    assert row["actor2"] == "Police Forces of Iraq (2022-)"


def test_the_group_that_says_it_did_it_is_actor1():
    # أعلنت X أنها قنصت / أنه صفى: the announcer is the subject of the verb after أنها / أنه
    [row] = records("أعلنت كتائب القسام أنها قنصت جنديا إسرائيليا شرق مدينة خان يونس.")
    assert (row["actor1"], row["actor2"]) == ("Al Qassam Brigades", "Military Forces of Israel (2022-)")
    [row] = records("أعلن الجيش الإسرائيلي أنه صفى قياديا في حركة حماس بغارة جوية على مدينة غزة.")
    assert (row["actor1"], row["actor2"]) == ("Military Forces of Israel (2022-)", "Hamas Movement")


def test_a_bomb_nobody_claims_is_an_unidentified_armed_groups():
    [row] = records("انفجرت عبوة ناسفة بدورية للشرطة على طريق قرب مدينة درعا جنوب سوريا الاثنين، ما أسفر عن مقتل شرطيين "
                    "اثنين، ولم تتبن أي جهة التفجير.")
    assert row["sub_event_type"] == "Remote explosive/landmine/IED"
    assert (row["actor1"], row["inter1"]) == ("Unidentified Armed Group (Syria)", 3)


def test_a_strike_with_no_named_attacker_stays_unnamed():
    rows = records("قتل ثلاثة أشخاص في غارة بطائرة مسيرة على سيارة في بلدة بنت جبيل جنوب لبنان.")
    assert rows and all(not r["actor1"] for r in rows)


def test_the_agency_of_the_byline_is_named_beside_the_sources_it_quotes():
    text = ("بيروت (رويترز) - قال المرصد السوري لحقوق الإنسان إن غارة جوية قتلت أربعة مسلحين قرب مدينة إدلب "
            "يوم الثلاثاء.")
    [record] = [r for r in records(text) if r["sub_event_type"] == "Air/drone strike"]
    assert record["source"] == "Reuters; Syrian Observatory for Human Rights"


def test_violence_against_civilians_with_no_victim_named_hits_the_countrys_civilians():
    # ACLED: violence against civilians is violence upon unarmed non-combatants; they are actor2 even unnamed
    found = records("ارتكبت قوات الدعم السريع مجزرة في مخيم أبو شوك للنازحين قرب مدينة الفاشر، الأحد. "
                    "أ ف ب 101200 GMT AUG 25")
    vac = [r for r in found if r["event_type"] == "Violence against civilians"]
    assert vac and all((r["actor2"], r["inter2"]) == ("Civilians (Sudan)", 7) for r in vac)
    # a battle keeps no civilian side of its own making
    [clash] = records("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في مدينة الأبيض، الأحد. "
                      "أ ف ب 101200 GMT AUG 25")
    assert clash["actor2"] == "Rapid Support Forces"


def test_property_a_mob_destroys_is_civilians_property():
    rows = records("اقتحمت مجموعة من المستوطنين فجر اليوم الأحد مدخل بلدة سنجل شمال رام الله، وحطموا 4 سيارات.")
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("Looting/property destruction", "Settlers (Israel)", "Civilians (Palestine)")]


def test_drivers_the_houthis_detained_are_civilians():
    rows = records("نفذت ميليشيا الحوثي اليوم حملة اختطافات في صنعاء، ونقلت مصادر أن الحوثيين اعتقلوا 14 سائقا.")
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Arrests", "Civilians (Yemen)")]


def test_civilians_killed_by_no_one_named_were_attacked_by_an_unidentified_group():
    rows = records('قتل ما لا يقل عن سبعة قرويين في "هجوم إرهابي" نفذ في قرية بوسط مالي، مساء الأحد.')
    assert [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)", 7)]


def test_present_tense_arrests_of_a_quote_place_the_lead_and_count_civilians():
    rows = records("اعتقلت قوات إسرائيلية 7 سوريين، الأربعاء، في عملية توغل بريف محافظة القنيطرة. وقالت قناة الإخبارية: "
                   "\"قوات الاحتلال الإسرائيلي تتوغل ليلا في بلدة جباتا الخشب بريف القنيطرة الشمالي وتعتقل سبعة شبان\".")
    assert [(r["sub_event_type"], r["actor2"], r["location"]) for r in rows] == [
        ("Arrests", "Civilians (Syria)", "Jubata al-Khashab")]


def test_a_defence_ministry_that_announces_enemies_neutralised_speaks_for_its_military():
    rows = records("أعلنت وزارة الدفاع التركية اليوم تحييد عنصرين من حزب العمال الكردستاني في شمال العراق.")
    assert [(r["actor1"], r["actor2"], r["fatalities"]) for r in rows] == [
        ("Military Forces of Turkey (2002-)", "PKK: Kurdistan Workers Party", 2)]
