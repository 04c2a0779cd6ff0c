"""Demonstrations in 2025-26 copy (Morocco's GenZ 212, Iraq, Syria's coast, Aden, Tel Aviv): who is on which side of a
protest or riot, and the words that make it a riot, a dispersed protest or neither."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle
from marsad.extraction import default_pipeline
from marsad.model import Article
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 10, 2, 9, tzinfo=UTC)
HAMAS = {"text": "حركة حماس", "canonical": "Hamas Movement", "inter": 2}
HEZBOLLAH = {"text": "حزب الله", "canonical": "Hezbollah", "inter": 3}
POLICE = {"text": "الشرطة", "canonical": "Police Forces of Iraq (2022-)", "inter": 1, "actor_type": "state forces"}


def _coded(text: str, places: list[dict], actors: list[dict] = ()) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def _sides(a: Article) -> list[tuple[str, list[str], list[str]]]:
    return [(e.sub_event_type, [a.mention(x).text for x in e.actor1], [a.mention(x).text for x in e.actor2])
            for e in a.events]


def test_a_group_the_crowd_speaks_of_is_no_side_of_the_protest():
    text = "تظاهر المئات في مدينة حيفا مساء السبت للمطالبة بإبرام صفقة تبادل مع حركة حماس."
    a = _coded(text, [{"text": "مدينة حيفا", "name": "Haifa"}], [HAMAS])
    assert _sides(a) == [("Peaceful protest", [], [])]


def test_the_group_whose_supporters_protest_stays_with_the_crowd():
    text = "احتشد المئات من أنصار حزب الله على طريق المطار في بيروت احتجاجا على قرار الحكومة، السبت."
    a = _coded(text, [{"text": "بيروت", "name": "Beirut"}], [HEZBOLLAH])
    assert _sides(a) == [("Peaceful protest", ["حزب الله"], [])]


def test_the_police_of_an_arrest_told_beside_the_protest_are_its_actor2():
    text = "تظاهر العشرات في مدينة الحلة، الأحد، واعتقلت الشرطة خمسة منهم في المدينة."
    a = _coded(text, [{"text": "مدينة الحلة", "name": "Al Hillah"}], [POLICE])
    protest = [s for s in _sides(a) if s[0] != "Arrests"]
    assert protest == [("Protest with intervention", [], ["الشرطة"])]


def test_burning_tyres_to_block_roads_is_a_violent_demonstration():
    for text in (
        "قطع محتجون غاضبون الشوارع بالإطارات المشتعلة في مديرية المنصورة، مساء الأحد، احتجاجا على انقطاع الكهرباء.",
        "شهدت مديرية المنصورة مساء اليوم احتجاجات غاضبة تمثلت في قطع الطرقات وإحراق الإطارات.",
        "وفي مديرية المنصورة أظهرت مقاطع مصورة متظاهرين يقلبون سيارات الشرطة.",
    ):
        a = _coded(text, [{"text": "مديرية المنصورة", "name": "Al Mansurah"}])
        assert [e.sub_event_type for e in a.events] == ["Violent demonstration"], text


def test_police_that_did_not_intervene_leave_the_protest_peaceful():
    text = "تجمع عشرات المحتجين في حي أكدال ورددوا شعارات ضد الحكومة، وشكروا قوات الأمن التي لم تتدخل، الخميس."
    a = _coded(text, [{"text": "حي أكدال", "name": "Agdal"}])
    assert [e.sub_event_type for e in a.events] == ["Peaceful protest"]


def test_shots_fired_in_the_air_to_disperse_a_sit_in_are_an_intervention():
    text = "نفذ خريجون وقفة احتجاجية أمام مبنى الشركة في مدينة البصرة، قبل أن يطلق مسلحون النار في الهواء لتفريقهم."
    a = _coded(text, [{"text": "مدينة البصرة", "name": "Basra"}])
    assert [e.sub_event_type for e in a.events] == ["Protest with intervention"]


def test_a_slogan_to_bring_down_the_regime_is_no_downing():
    text = "ورفع المتظاهرون في مدينة صفاقس لافتات تطالب بإسقاط النظام وإسقاط الحكومة، السبت."
    a = _coded(text, [{"text": "مدينة صفاقس", "name": "Sfax"}])
    assert [e.sub_event_type for e in a.events] == ["Peaceful protest"]


def test_records_name_the_crowd_first_and_its_group_as_associate():
    pipeline = default_pipeline()
    text = "احتشد المئات من أنصار حزب الله على طريق المطار في بيروت احتجاجا على قرار الحكومة، السبت."
    [rec] = event_records(pipeline(make_article(text, "t")))
    assert (rec["actor1"], rec["assoc_actor_1"], rec["inter1"]) == ("Protesters (Lebanon)", "Hezbollah", 6)
    text = "فضت قوات حفظ النظام اعتصام الخريجين أمام مبنى شركة النفط في مدينة البصرة، الخميس."
    [rec] = event_records(pipeline(make_article(text, "t")))
    assert (rec["sub_event_type"], rec["actor1"], rec["actor2"]) == (
        "Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq (2022-)")


def test_the_dead_of_what_the_crowd_protests_are_not_the_protests_toll():
    text = "خرج المئات في مدينة حمص، الأحد، في تظاهرة تأتي بعد يومين من تفجير مسجد أسفر عن مقتل ثمانية أشخاص."
    a = _coded(text, [{"text": "مدينة حمص", "name": "Homs"}])
    assert [(e.sub_event_type, e.fatalities or 0) for e in a.events] == [("Peaceful protest", 0)]


def test_protesters_killed_at_the_protest_make_it_excessive_force():
    text = "تظاهر المئات في مدينة البصرة، الأحد، وقتل ثلاثة من المتظاهرين خلال التظاهرة."
    a = _coded(text, [{"text": "مدينة البصرة", "name": "Basra"}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Excessive force against protesters", 3)]
    text = "أطلقت قوات الأمن الرصاص الحي على تظاهرة في مدينة البصرة، الأحد، ما أدى إلى مقتل ثلاثة."
    a = _coded(text, [{"text": "مدينة البصرة", "name": "Basra"}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Excessive force against protesters", 3)]


FES, TANGIER, TETOUAN, OUJDA = ({"text": t, "name": n} for t, n in (
    ("فاس", "Fes"), ("طنجة", "Tangier"), ("تطوان", "Tetouan"), ("وجدة", "Oujda")))


def _places(a: Article) -> list[str]:
    return sorted(a.mention(e.location).text for e in a.events)


def test_towns_listed_by_commas_up_to_a_closing_wa_are_each_a_protest():
    text = "تجمع مئات المتظاهرين، معظمهم من الشباب، في مدن مثل فاس، طنجة، تطوان ووجدة، الخميس."
    a = _coded(text, [FES, TANGIER, TETOUAN, OUJDA])
    assert _places(a) == sorted(["فاس", "طنجة", "تطوان", "وجدة"])


def test_a_list_told_before_its_protest_is_all_of_its_places():
    text = "وفي مدن أخرى مثل فاس ووجدة، شهدت الاحتجاجات مشاركة واسعة للشباب، الخميس."
    assert _places(_coded(text, [FES, OUJDA])) == sorted(["فاس", "وجدة"])


def test_towns_where_the_police_tried_to_disperse_a_riot_are_each_a_riot():
    text = "رشق مئات الشبان قوات الشرطة بالحجارة أثناء محاولتها تفريق التجمعات في مدن فاس ووجدة، الثلاثاء."
    a = _coded(text, [FES, OUJDA])
    assert sorted((e.sub_event_type, a.mention(e.location).text) for e in a.events) == [
        ("Violent demonstration", "فاس"), ("Violent demonstration", "وجدة")]


def test_a_town_after_a_comma_with_no_list_closed_by_wa_only_locates():
    text = "تظاهر العشرات في مدينة فاس، تطوان الخميس."
    assert _places(_coded(text, [FES, TETOUAN])) == ["فاس"]


def test_a_crowd_that_throws_stones_at_the_police_that_disperse_it_riots():
    text = "أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين في مدينة البصرة بعدما رشقوها بالحجارة، الأحد."
    a = _coded(text, [{"text": "مدينة البصرة", "name": "Basra"}])
    assert [e.sub_event_type for e in a.events] == ["Violent demonstration"]


ISRAELI_POLICE = {"text": "الشرطة", "canonical": "Police Forces of Israel (2022-)", "inter": 1, "actor_type": "state forces"}
TEL_AVIV = {"text": "مدينة تل أبيب", "name": "Tel Aviv"}
GAZA = {"text": "غزة", "name": "Gaza"}


def test_the_war_a_crowd_wants_ended_is_not_where_it_protests():
    for text in (
        "خرج مئات المتظاهرين في مدينة تل أبيب مساء السبت مطالبين بوقف الحرب على غزة.",
        "هتف المحتجون في مدينة تل أبيب مساء السبت نفديك يا غزة.",
        "شارك المئات في احتجاج في مدينة تل أبيب ضد حرب غزة، السبت.",
    ):
        a = _coded(text, [TEL_AVIV, GAZA])
        assert [(e.sub_event_type, a.mention(e.location).text) for e in a.events] == [
            ("Peaceful protest", "مدينة تل أبيب")], text


def test_police_arresting_and_scuffling_with_the_crowd_are_its_dispersal():
    text = "تظاهر المئات في مدينة تل أبيب، السبت، واعتقلت الشرطة عددا منهم بعد اشتباكات بالأيدي معهم."
    a = _coded(text, [TEL_AVIV], [ISRAELI_POLICE])
    assert _sides(a) == [("Protest with intervention", [], ["الشرطة"])]


def test_a_crowd_asking_for_intervention_or_rejecting_a_capital_is_not_dispersed_there():
    text = "خرج عشرات المواطنين في مدينة السويداء، اليوم، وجدد المحتجون رفضهم لسلطة دمشق مطالبين المجتمع الدولي بالتدخل."
    a = _coded(text, [{"text": "مدينة السويداء", "name": "As-Sweida"}, {"text": "دمشق", "name": "Damascus"}])
    assert [(e.sub_event_type, a.mention(e.location).text) for e in a.events] == [
        ("Peaceful protest", "مدينة السويداء")]
    text = "تظاهر العشرات في مدينة البصرة، الأحد، وسرعان ما تدخل الجيش لفتح الطريق."
    a = _coded(text, [{"text": "مدينة البصرة", "name": "Basra"}])
    assert [e.sub_event_type for e in a.events] == ["Protest with intervention"]


def _records(text: str) -> list[tuple[str, str, str]]:
    a = default_pipeline()(make_article(text, "t", published=DAY))
    return [(r["sub_event_type"], r["location"], r["actor2"]) for r in event_records(a)]


def test_a_crowd_in_the_centre_of_a_neighbouring_town_is_a_protest_of_its_own():
    # the centre of Omdurman is Omdurman (precision 1), which holds no other town of Khartoum state
    text = "خرج مئات المحتجين، الجمعة، في مدينة الخرطوم. كما تجمع عشرات المتظاهرين وسط مدينة أم درمان رافعين الأعلام."
    assert sorted(_records(text)) == [("Peaceful protest", "Khartoum", ""), ("Peaceful protest", "Omdurman", "")]


def test_the_police_dispersing_a_crowd_are_not_the_army_of_a_war_told_as_background():
    text = ("تظاهر العشرات في مدينة عطبرة، السبت، بعد أشهر من القتال بين الجيش السوداني وقوات الدعم السريع. "
            "وفرقت قوات الشرطة المحتجين بالغاز المسيل للدموع.")
    assert _records(text) == [("Protest with intervention", "Atbara", "Police Forces of Sudan (2019-)")]


def _exported(text: str, published: datetime = DAY) -> list[tuple]:
    article = default_pipeline()(make_article(text, "demo-sides", published=published))
    return [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in event_records(article)]


def test_fires_lit_in_the_road_make_a_road_block_a_riot():
    # ACLED's violent demonstration includes road-blocking with burning tyres or other material
    text = ("أفاد شهود بأن الطريق السريع شرقي العاصمة طرابلس قد تم إغلاقه من قبل متظاهرين غاضبين في منطقة تاجوراء. "
            "وأشار الشهود إلى أن المحتجين أوقفوا الحركة المرورية في الاتجاهين، وأشعلوا النيران وسط الطريق.")
    assert _exported(text) == [("Violent demonstration", "Rioters (Libya)", "")]


def test_a_crowd_is_not_the_foreign_force_its_protest_speaks_of():
    # the generic المحتجين refers back to a crowd, never to the state the crowd denounced in the sentence before
    text = ("شهدت اليوم الجمعة احتجاجات غاضبة في عدة مدن ليبية، رفضا لسياسة التطبيع مع الكيان الصهيوني. وأشار الشهود "
            "إلى أن المحتجين أوقفوا الحركة المرورية في منطقة تاجوراء، وأشعلوا النيران وسط الطريق.")
    assert all(side != "Military Forces of Israel (2022-)" for e in _exported(text) for side in e[1:])


def test_civilians_named_in_a_protests_demands_are_not_its_actor():
    text = ("نظمت اللجان المدنية يوم أمس مظاهرة حاشدة بأم درمان للمطالبة بانهاء الحرب ووقف القصف المتعمد لمساكن "
            "المدنيين.")
    assert _exported(text) == [("Peaceful protest", "Protesters (Sudan)", "")]


def test_riots_in_a_citys_districts_are_the_citys_one_demonstration():
    text = ("اندلعت احتجاجات شعبية غاضبة، مساء الأربعاء، في شوارع مدينة عدن جنوبي اليمن. وقطع المحتجون الشوارع بالإطارات "
            "المشتعلة والحجارة في مديريات المنصورة والشيخ عثمان وخور مكسر.")
    article = default_pipeline()(make_article(text, "aden", published=DAY))
    assert [(r["sub_event_type"], r["location"]) for r in event_records(article)] == [
        ("Violent demonstration", "Aden")]


def test_protests_placed_nowhere_and_the_days_a_call_named_are_the_placed_demonstration():
    text = ("شهدت عدد مدن مغربية مساء السبت 27 شتنبر 2025 تدخلات أمنية لمنع وقفات ومسيرات احتجاجية، أسفرت عن توقيف عدد "
            "من النشطاء والمتظاهرين الذين خرجوا استجابة لدعوات عبر مواقع التواصل الاجتماعي يومي 27 و28 شتنبر.\n\n"
            "وعاينت الصحيفة تطويقا أمنيا مكثفا لساحة البرلمان بالعاصمة الرباط، حيث قامت السلطات بتفريق المتظاهرين "
            "فيما أوقفت عددا كبيرا منهم.")
    published = datetime(2025, 9, 27, 12, tzinfo=UTC)
    article = default_pipeline()(make_article(text, "unplaced", published=published))
    assert [(r["sub_event_type"], r["location"], r["event_date"]) for r in event_records(article)] == [
        ("Protest with intervention", "Rabat", "2025-09-27")]


def test_security_forces_chasing_protesters_in_hit_and_run_is_one_dispersed_protest():
    text = ("أفاد مصدر أمني، اليوم الأحد، بأن القوات الأمنية تحاول تفريق متظاهري ذكرى تشرين في ساحة التحرير وسط العاصمة "
            "بغداد.\nوذكر المصدر أن \"القوات الامنية تطارد مجاميع من المتظاهرين ويحدث الآن اعمال كر وفر\".")
    article = default_pipeline()(make_article(text, "kar-w-far", published=DAY))
    assert [(r["sub_event_type"], r["location"]) for r in event_records(article)] == [
        ("Protest with intervention", "Baghdad")]


def test_a_crowd_only_attacked_in_a_scuffle_is_a_protest_broken_up_not_a_riot():
    # the government's supporters attack the protesters and a fist fight follows: the crowd rioted nowhere
    text = ("نشرت صفحة محلية مقطعا يوثق لحظة هجوم مؤيدين للسلطة على المتظاهرين في السويداء، حيث دارت اشتباكات "
            "بالأيدي، الاثنين.")
    a = default_pipeline()(make_article(text, "scuffle", published=DAY))
    assert [(r["sub_event_type"], r["actor1"]) for r in event_records(a)] == [
        ("Protest with intervention", "Protesters (Syria)")]



def test_a_habit_of_the_grievance_does_not_make_the_protest_a_habit():
    # احتجاجات تنديدا باستمرار انقطاع التيار: the continuing power cuts are what the crowd protests; the protest itself
    # happened this evening, in the city it names
    text = ("شهدت مدينة المكلا، مساء اليوم، احتجاجات غاضبة في عدد من الأحياء، تنديدا باستمرار انقطاع التيار الكهربائي "
            "لساعات طويلة.")
    assert [(sub, place) for sub, place, _ in _records(text)] == [("Peaceful protest", "Mukalla")]


def test_a_march_an_opposition_was_to_organise_is_no_drone():
    # كان من المفترض أن ينظم الائتلاف مسيرة للتظاهر احتجاجا على ...: a march, dispersed, not a drone strike
    text = ("كان من المفترض أن ينظم ائتلاف المعارضة يوم السبت في مدينة أبشي مسيرة للتظاهر احتجاجا على السلطات "
            "الانتقالية، لكن قوات الأمن فرقت المتجمعين.")
    assert [sub for sub, _, _ in _records(text)] == ["Protest with intervention"]


def test_the_riot_polices_name_makes_no_riot_of_the_protest_it_breaks_up():
    # قوات مكافحة الشغب is the riot police: the protest they disperse is a protest with intervention, not a riot
    records = event_records(default_pipeline()(make_article(
        "فضت قوات مكافحة الشغب العراقية ليل الأربعاء تظاهرات أهالي منطقة في قضاء القرنة شمالي محافظة البصرة.",
        "riot-police", published=DAY)))
    assert [(r["sub_event_type"], r["actor1"]) for r in records] == [("Protest with intervention", "Protesters (Iraq)")]


def test_violent_clashes_between_protesters_and_security_are_a_riot():
    records = event_records(default_pipeline()(make_article(
        "قتل متظاهر وأصيب آخرون بين صفوف المتظاهرين وأفراد الأمن خلال صدامات عنيفة اليوم في مدينة الناصرية.",
        "clashes", published=DAY)))
    assert [(r["sub_event_type"], r["actor1"], r["fatalities"]) for r in records] == [
        ("Violent demonstration", "Rioters (Iraq)", 1)]


def _riot_records(text: str) -> list[dict]:
    return list(event_records(default_pipeline()(make_article(text, "riot-test", published=DAY))))


def test_violent_protests_stones_and_storming_make_a_riot_of_the_countrys_rioters():
    for text in (
        "فرضت الشرطة حظر تجول في مدينة ممباسا اليوم بعد اندلاع احتجاجات عنيفة في عدد من أحيائها.",
        "تجمع محتجون شبان في مدينة ممباسا اليوم وهم يرشقون قوات الأمن بالحجارة.",
        "أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في مدينة ممباسا اليوم أثناء محاولتهم اقتحام مقر المحافظة.",
    ):
        records = _riot_records(text)
        assert [(r["sub_event_type"], r["actor1"]) for r in records] == [("Violent demonstration", "Rioters (Kenya)")], text


def test_fire_opened_on_a_crowd_is_how_its_protest_was_met_not_an_attack():
    text = ("تظاهر مئات الطلاب في مدينة ممباسا اليوم احتجاجا على رفع الرسوم. "
            "وأطلقت الشرطة النار على المتظاهرين في المدينة.")
    assert [r["sub_event_type"] for r in _riot_records(text)] == ["Protest with intervention"]


def test_a_chemical_plant_is_no_chemical_weapon():
    text = "تظاهر المئات أمام المجمع الكيميائي في مدينة قابس اليوم احتجاجا على التلوث."
    assert [r["sub_event_type"] for r in _riot_records(text)] == ["Peaceful protest"]


def test_the_gravest_telling_of_a_demonstration_placed_nowhere_says_what_it_was():
    text = ("اقتحم متظاهرون غاضبون اليوم مبنى البرلمان الكيني وأشعلوا النيران في أجزاء منه، لتتحول الاحتجاجات إلى "
            "اشتباكات دامية مع الشرطة. وقال مسعف إن عشرة أشخاص قتلوا بالرصاص خلال التظاهرات في العاصمة نيروبي.")
    assert [(r["sub_event_type"], r["location"]) for r in _riot_records(text)] == [("Violent demonstration", "Nairobi")]


def test_a_first_big_test_of_a_president_is_no_weapons_test():
    text = ("تظاهر مئات الطلاب في العاصمة نيروبي اليوم الجمعة احتجاجا على مقتل زميل لهم، في أول اختبار كبير يواجهه "
            "الرئيس.")
    assert [r["sub_event_type"] for r in _riot_records(text)] == ["Peaceful protest"]


def test_fighting_with_no_side_while_police_disperse_a_crowd_is_the_dispersal():
    text = ("تظاهر المئات قرب البرلمان في العاصمة نيروبي اليوم، وجرت اشتباكات عنيفة في أثناء محاولة الشرطة تفريق "
            "المتظاهرين.")
    kinds = [r["sub_event_type"] for r in _riot_records(text)]
    assert "Armed clash" not in kinds and len(kinds) == 1, kinds


def test_maghrebi_arrests_by_security_units_are_the_polices():
    text = "قامت الوحدات الأمنية بمدينة صفاقس اليوم بإيقاف 15 شابا على خلفية احتجاجات شهدتها المدينة."
    records = _riot_records(text)
    assert [(r["sub_event_type"], r["actor1"]) for r in records] == [("Arrests", "Police Forces of Tunisia (2019-)")]
    # stopping a war or a fire counts nobody: no arrest
    assert not _riot_records("دعت الحكومة في صفاقس اليوم إلى إيقاف الحرب في السودان.")


def test_fire_opened_on_the_crowd_that_wounds_is_excessive_force_with_its_subject_and_day_between():
    # the verb, النار and على stand apart: a long subject and the day sit between them
    text = ("فتح رجال الأمن المكلفون حراسة مقر الحزب في المدينة النار اليوم الأربعاء على متظاهرين تجمعوا أمام المقر "
            "في مدينة السويداء، ما أدى إلى إصابة ثلاثة أشخاص.")
    a = _coded(text, [{"text": "مدينة السويداء", "name": "As Suwayda"}])
    assert [e.sub_event_type for e in a.events] == ["Excessive force against protesters"]


def test_fire_into_the_air_over_the_crowd_only_disperses_it():
    text = "أطلقت قوات الأمن، الأحد، النار في الهواء على المتظاهرين في مدينة السويداء لتفريقهم."
    a = _coded(text, [{"text": "مدينة السويداء", "name": "As Suwayda"}])
    assert [e.sub_event_type for e in a.events] == ["Protest with intervention"]


def test_two_demonstrators_killed_in_the_dual_make_the_protest_deadly():
    text = ("وقتل متظاهران مناهضان للحكم العسكري، يوم الأحد، فيما كانا يشاركان في تظاهرات في أم درمان، بحسب "
            "لجنة الأطباء.")
    a = _coded(text, [{"text": "أم درمان", "name": "Omdurman"}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Excessive force against protesters", 2)]


def test_a_protest_that_turns_into_clashes_is_one_riot_not_a_battle_beside_it():
    text = ("تصاعدت احتجاجات يقودها شبان في مدينة وجدة مساء الثلاثاء، مطالبة بتحسين التعليم، لتتحول إلى اشتباكات "
            "عنيفة مع قوات الأمن.")
    a = _coded(text, [{"text": "مدينة وجدة", "name": "Oujda", "country_code": "MA"}])
    assert [e.sub_event_type for e in a.events] == ["Violent demonstration"]


def test_a_crowds_demand_holds_only_its_words_not_the_place_it_came_out_in():
    text = ("قتل متظاهر الأربعاء أثناء قمع قوى الأمن احتجاجات جديدة مناهضة للحكم العسكري ومطالبة بالحكم المدني خرجت "
            "في الخرطوم.")
    a = _coded(text, [{"text": "الخرطوم", "name": "Khartoum", "country_code": "SD"}])
    assert [(e.sub_event_type, a.mention(e.location).text if e.location else None) for e in a.events] == [
        ("Excessive force against protesters", "الخرطوم")]


def test_confrontations_with_youths_facing_troops_are_a_riot_with_its_dead():
    # the West Bank's wording: مواجهات بين الشبان وقوات الاحتلال, the dead shot by the troops in that sentence
    israel = {"text": "الجيش الإسرائيلي", "canonical": "Military Forces of Israel (2021-2022)", "inter": 8,
              "actor_type": "state forces"}
    occupation = {"text": "قوات الاحتلال", "canonical": "Military Forces of Israel (2021-2022)", "inter": 8,
                  "actor_type": "state forces"}
    text = ("استشهد فلسطينيان برصاص الجيش الإسرائيلي فجر اليوم إثر مواجهات اندلعت بين عشرات الشبان الفلسطينيين "
            "وقوات الاحتلال في مدينة جنين.")
    a = _coded(text, [{"text": "مدينة جنين", "name": "Jenin", "country_code": "PS"}], [israel, occupation])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Violent demonstration", 2)]
    rows = _riot_records("اقتحمت قوات الاحتلال الإسرائيلي وسط مدينة جنين اليوم، ما أدى إلى اندلاع مواجهات مع الشبان.")
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [("Violent demonstration", "Rioters (Palestine)")]


def test_a_crowd_that_enters_the_capital_takes_no_ground():
    rows = _riot_records("دارت مواجهات في إسلام أباد الثلاثاء بين آلاف المتظاهرين وقوات الأمن، التي استخدمت الغاز المسيل "
                         "للدموع لتفريقهم، بعدما اخترقوا حواجزها، ودخلوا العاصمة في الصباح الباكر.")
    assert [(r["sub_event_type"], r["location"]) for r in rows] == [("Violent demonstration", "Islamabad")]


def test_the_reinforcements_and_arrests_that_ended_a_riot_are_that_riot():
    rows = _riot_records(
        "ففي مدينة سلا، اندلعت أعمال شغب واسعة بحي الأمل مساء الأربعاء، حيث أضرمت النار في سيارات للشرطة.\n"
        "وأكد شهود عيان أن عناصر الأمن تدخلت بقوة بعد وصول تعزيزات أمنية كبيرة، في وقت شنت السلطات حملة اعتقالات "
        "واسعة شملت عددا من الشباب المشتبه في ضلوعهم في أعمال التخريب.")
    assert [r["sub_event_type"] for r in rows] == ["Violent demonstration"]


def _pipeline_records(text: str, day: datetime) -> list[dict]:
    return list(event_records(default_pipeline()(make_article(text, "t", published=day))))


def test_fire_that_killed_protesters_is_excessive_force_and_protesters_counted_dead_are_no_new_protest():
    text = ("قالت مصادر طبية وأمنية اليوم إن 14 شخصاً على الأقل قُتلوا أثناء الليل، بعدما فتحت قوات الأمن العراقية "
            "النار على محتجين في مدينة كربلاء.\n"
            "وذكرت مصادر طبية أن ثلاثة محتجين فارقوا الحياة في مدينة الناصرية متأثرين بجروح أصيبوا بها في احتجاجات "
            "سابقة.")
    records = _pipeline_records(text, datetime(2019, 10, 29, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["location"], r["fatalities"]) for r in records] == [
        ("Excessive force against protesters", "Karbala", 14)]


def test_the_police_that_met_an_unplaced_telling_of_the_protest_are_the_placed_ones_actor2():
    text = ("أطلقت الشرطة السودانية بعد ظهر الأحد قنابل الغاز المسيل للدموع على آلاف المتظاهرين.\n"
            "وهتف المتظاهرون الذين نزلوا إلى شوارع الخرطوم للمطالبة بحكم مدني.")
    records = _pipeline_records(text, datetime(2021, 12, 19, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["actor2"]) for r in records] == [
        ("Protest with intervention", "Police Forces of Sudan (2019-)")]


def test_the_crowd_is_never_its_own_second_side():
    text = ("استشهد متظاهران اثنان خلال احتجاجات شهدتها مدينة أم درمان يوم الأربعاء.\n"
            "وقال مصدر طبي إن استشهاد المتظاهرين الاثنين جاء نتيجة إصابات بالرصاص الحي خلال الاحتجاجات.")
    records = _pipeline_records(text, datetime(2019, 1, 9, 12, tzinfo=UTC))
    assert records and all(r["actor2"] != r["actor1"] for r in records)


def test_processions_after_the_days_demonstrations_are_their_marches_and_a_car_make_no_place():
    text = ("خرج عشرات الآلاف في الخرطوم، يوم الاثنين، في تظاهرات حاشدة للمطالبة بالحكم المدني.\n"
            "وانطلقت مواكب الخرطوم نحو القصر الجمهوري، كما تحركت مواكب أمدرمان نحو شارع الأربعين.")
    records = _pipeline_records(text, datetime(2022, 1, 24, 12, tzinfo=UTC))
    assert {r["location"] for r in records} == {"Khartoum", "Omdurman"}
    # a motorcade with no demonstration told before it is no march
    assert _pipeline_records("مر موكب الرئيس في الخرطوم اليوم.", datetime(2022, 1, 24, 12, tzinfo=UTC)) == []
    text = "اختطف مسلحون طفلين في حي السلام بمديرية خور مكسر اليوم، بعدما ترجلوا من سيارة تويوتا."
    assert all(r["location"] != "Toyota" for r in _pipeline_records(text, datetime(2025, 10, 14, 12, tzinfo=UTC)))


def test_what_a_protest_is_against_is_no_event_and_the_citys_march_told_again_no_drone():
    text = ("خرجت مظاهرة حاشدة في العاصمة المغربية الرباط، الأحد، إلى الشوارع للتظاهر ضد المجازر الإسرائيلية في غزة.\n"
            "مسيرة الرباط دعت إليها الجبهة المغربية لدعم فلسطين.")
    records = _pipeline_records(text, datetime(2023, 10, 15, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["location"]) for r in records] == [("Peaceful protest", "Rabat")]


def test_the_chants_of_a_march_name_no_place_and_a_protester_described_tells_no_protest():
    text = ("خرجت مسيرة حاشدة وسط مدينة رام الله، مساء الأحد، رفضا للعدوان.\n"
            "وجابت المسيرة شوارع المدينة، ورددوا هتافات منددة بجرائم الاحتلال ومجازره المستمرة في قطاع غزة.")
    records = _pipeline_records(text, datetime(2023, 12, 31, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["location"]) for r in records] == [("Peaceful protest", "Ramallah")]
    text = "أطلق مسلحون النار على سيارة يستقلها ناشطون في التظاهرات قرب مدينة الناصرية اليوم، ما أدى إلى إصابة أحدهم."
    records = _pipeline_records(text, datetime(2020, 9, 19, 12, tzinfo=UTC))
    assert "Peaceful protest" not in [r["sub_event_type"] for r in records]


def test_fire_opened_on_protesters_when_they_were_killed_is_excessive_force():
    # فتحت النار: 'opened fire', not ف + تحت ('so under'), which would make the fire a state and no event
    text = ("اتهمت منظمة حقوقية قوات الأمن بقتل ستة أشخاص على الأقل في حادثة وقعت السبت حين فتحت النار على متظاهرين في "
            "مدينة كرمانشاه.")
    records = _pipeline_records(text, datetime(2026, 1, 6, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["event_date"], r["fatalities"]) for r in records] == [
        ("Excessive force against protesters", "2026-01-03", 6)]


def test_a_wedding_procession_of_cars_is_no_march():
    text = "وأوضحت مصادر محلية أن مواطنين خرجوا على متن مركباتهم للمشاركة في موكب عرس في مديرية قعطبة بمحافظة الضالع."
    assert _pipeline_records(text, datetime(2021, 1, 28, 12, tzinfo=UTC)) == []


def test_a_march_someone_holds_is_no_drone():
    text = ("اعتقلت الشرطة قياديا في حزب معارض مع بدء إضراب عام احتجاجا على ما قال الحزب، إنه هجمات على مسيرته المناهضة "
            "للحكومة في العاصمة دكا.")
    records = _pipeline_records(text, datetime(2023, 10, 29, 12, tzinfo=UTC))
    assert "Air/drone strike" not in [r["sub_event_type"] for r in records]


def test_marches_a_counted_crowd_set_off_in_are_no_drones():
    text = ("انطلق الآلاف من أنصار رئيس الوزراء الباكستاني السابق عمران خان، فجر اليوم الثلاثاء، بمسيرات نحو العاصمة "
            "إسلام آباد من أجل إطلاق سراحه.")
    records = _pipeline_records(text, datetime(2024, 11, 26, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Peaceful protest"]


def test_a_march_named_by_what_it_is_for_is_no_drone_but_the_rsfs_drones_are():
    text = ("حظرت الشرطة مسيرة دعم فلسطين في إسطنبول اليوم، بينما نشبت اشتباكات بين الشرطة والمتظاهرين في ميدان "
            "تقسيم.")
    records = _pipeline_records(text, datetime(2025, 4, 19, 12, tzinfo=UTC))
    assert "Air/drone strike" not in [r["sub_event_type"] for r in records]
    text = "استهدفت مسيرات الدعم السريع مواقع داخل مدينة كادوقلي اليوم."
    records = _pipeline_records(text, datetime(2025, 10, 19, 12, tzinfo=UTC))
    assert [r["sub_event_type"] for r in records] == ["Air/drone strike"]


def test_a_relegation_battle_in_the_league_is_sport():
    text = ("بعثر المرخية أوراق الكبار في معركة البقاء والهبوط بعد انتصاره المثير على الشمال 2-1 مساء أول أمس في "
            "اللقاء المؤجل من الجولة التاسعة لدوري النجوم.")
    assert _pipeline_records(text, datetime(2023, 4, 21, 12, tzinfo=UTC)) == []


def test_a_protester_killed_by_a_tear_gas_canister_during_a_march_is_excessive_force():
    text = ("أعلنت لجنة أطباء السودان المركزية مقتل متظاهر إثر تعرضه للإصابة بعبوة غاز مسيل للدموع في الرأس، خلال "
            "مسيرة احتجاجية بالعاصمة السودانية الخرطوم.")
    records = _pipeline_records(text, datetime(2022, 8, 31, 12, tzinfo=UTC))
    assert [(r["sub_event_type"], r["fatalities"]) for r in records] == [("Excessive force against protesters", 1)]
