"""Who arrests and who is arrested: a group named as what the arrested belong to is the side arrested, and the police
that arrest are those of the country of the report's places, not of the group's."""

from datetime import UTC, datetime

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 1, 26, 12, tzinfo=UTC)
PIPELINE = default_pipeline()


def _sides(text: str) -> list[tuple[str, list[str], list[str]]]:
    a = PIPELINE(make_article(text, "t", published=DAY))

    def names(ids: tuple[str, ...]) -> list[str]:
        return [getattr(a.mention(x).resolution, "canonical", a.mention(x).text) for x in ids]

    return [(e.sub_event_type, names(e.actor1), names(e.actor2)) for e in a.events]


def test_the_group_the_arrested_belong_to_is_arrested_by_the_police_of_the_place():
    text = ("تمكن المكتب المركزي للأبحاث القضائية من إحباط مخطط إرهابي صباح اليوم الأحد. وأسفرت العملية عن توقيف "
            "أربعة عناصر متطرفة ينتمون لتنظيم داعش في مدينة برشيد.")
    assert _sides(text) == [("Arrests", ["Police Forces of Morocco (1999-)"], ["Islamic State (Syria)"])]


def test_a_group_that_arrests_stays_the_one_that_arrests():
    text = "اعتقلت جماعة الحوثي عشرة موظفين أمميين في العاصمة صنعاء اليوم الأحد."
    (sub, actor1, _), = _sides(text)
    assert sub == "Arrests" and actor1 == ["Military Forces of Yemen (2016-) Houthi"]


def test_people_held_as_hostages_are_abducted_and_buses_recovered_are_no_ground():
    text = "وصباح الجمعة احتجز أفراد عصابة 36 راكبا وسائقين رهائن في العاصمة بور أو برنس."
    assert [s for s, _, _ in _sides(text)] == ["Abduction/forced disappearance"]
    text = "أفرج عن الركاب الذين كانوا اختطفوا في بور أو برنس كما تمت استعادة الحافلتين."
    assert "Non-state actor overtakes territory" not in [s for s, _, _ in _sides(text)]


def test_a_named_leader_stopped_by_a_security_unit_is_arrested_by_the_police():
    text = ("أعلنت السلطات في تونس مساء الاثنين إيقاف رئيس حركة النهضة راشد الغنوشي بعيد أذان المغرب بقليل. وقالت "
            "الحركة إن فرقة أمنية داهمت منزله واقتادته إلى جهة غير معلومة.")
    sides = _sides(text)
    assert ("Arrests", ["Police Forces of Tunisia (2019-)"], []) in sides


def test_demonstrators_arrested_while_they_marched_are_the_protest_broken_up():
    text = ("اعتقل العديد من الأشخاص في العاصمة المصرية القاهرة مساء الجمعة بينما كانوا يتظاهرون للمطالبة برحيل الرئيس. "
            "وخرجت مظاهرات في العاصمة لكن الشرطة هاجمتها وعملت على تفريقها.")
    assert [s for s, _, _ in _sides(text)] == ["Protest with intervention"]


def test_a_march_the_police_stopped_is_no_drone():
    text = ("أطلقت الشرطة التونسية قنابل الغاز لتفريق محتجين وسط العاصمة تونس، كما منعت مسيرة أخرى لجرحى الثورة من "
            "الوصول إلى الشارع نفسه.")
    assert "Air/drone strike" not in [s for s, _, _ in _sides(text)]


def test_demonstrators_killed_at_their_protest_were_fired_on():
    text = "قتل متظاهران الإثنين خلال احتجاج آلاف السودانيين في العاصمة الخرطوم ضد الانقلاب العسكري."
    assert [s for s, _, _ in _sides(text)] == ["Excessive force against protesters"]


def test_the_two_after_a_definite_dual_or_plural_is_no_monday():
    text = ("استشهد متظاهران خلال احتجاجات شهدتها مدينة أم درمان يوم الأربعاء 9 يناير. وقال مصدر طبي إن استشهاد "
            "المتظاهرين الاثنين جاء نتيجة إصابتهما بالرصاص الحي خلال الاحتجاجات.")
    a = PIPELINE(make_article(text, "t", published=datetime(2019, 1, 9, 20, tzinfo=UTC)))
    assert {str(e.date) for e in a.events} == {"2019-01-09"}


def test_the_security_authorities_that_break_up_or_stop_a_protest_are_the_police():
    text = ("شهدت مدينة الرباط خروج احتجاجات شعبية مساء السبت، سرعان ما تدخلت السلطات الأمنية لتفريقها.")
    assert [(s, a2) for s, _, a2 in _sides(text)] == [("Protest with intervention", ["Police Forces of Morocco (1999-)"])]
    text = ("منعت قوى الأمن عشرات المتظاهرين من تنظيم وقفة احتجاجية وسط العاصمة الرباط مساء الإثنين.")
    assert [s for s, _, _ in _sides(text)] == ["Protest with intervention"]


def test_a_suicide_bomber_caught_set_nothing_off():
    text = "قالت الشرطة العراقية في كركوك إنها تمكنت من اعتقال انتحاري وتفكيك متفجرات كان يحملها داخل كراج وسط المدينة."
    assert "Suicide bomb" not in [s for s, _, _ in _sides(text)]


def test_people_going_in_a_march_and_a_march_the_police_stopped():
    text = "اتجه آلاف السودانيين الأحد في مسيرة إلى القصر الرئاسي بالخرطوم، متحدين الغاز المسيل للدموع."
    subs = [s for s, _, _ in _sides(text)]
    assert "Air/drone strike" not in subs and subs
    text = "منعت الشرطة الجزائرية السبت مسيرة حاول تنظيمها ناشطون في العاصمة الجزائرية."
    assert [s for s, _, _ in _sides(text)] == ["Protest with intervention"]


def test_the_security_services_of_a_country_are_its_police():
    text = ("اعتقلت أجهزة الأمن الأردنية مساء أمس الأحد في محافظة معان اثنين من المؤثرين في إضراب السائقين الذي مضى "
            "عليه نحو أسبوعين.")
    sides = _sides(text)
    assert any(a1 == ["Police Forces of Jordan (1999-)"] or a2 == ["Police Forces of Jordan (1999-)"]
               for _, a1, a2 in sides)


def test_demonstrators_who_clash_with_the_forces_riot_those_attacked_do_not():
    text = "اندلعت اشتباكات السبت بين قوات الأمن ومحتجين وسط العاصمة تونس على خلفية وفاة شاب."
    assert [s for s, _, _ in _sides(text)] == ["Violent demonstration"]
    text = ("شهدت مدينة السويداء اليوم هجوما من مؤيدين للنظام على المتظاهرين في ساحة السير، وتدخلت قوات الأمن "
            "لتفريقهم.")
    assert "Violent demonstration" not in [s for s, _, _ in _sides(text)]


def test_the_group_an_inquiry_into_those_arrested_concerns_is_theirs_and_fighting_in_its_ranks_no_battle():
    text = ("أعلنت السلطات التركية، اليوم الثلاثاء، توقيف 17 مشتبهًا بهم، في إطار تحقيقات متواصلة تتعلق بتنظيم "
            "«داعش» الإرهابي.\nوذكرت النيابة العامة في أنقرة أن الموقوفين يُشتبه بارتباطهم بالتنظيم، سواء عبر الانضمام "
            "إليه أو القتال في صفوفه في مناطق نزاع.")
    records = list(event_records(PIPELINE(make_article(text, "t", published=datetime(2025, 12, 30, 12, tzinfo=UTC)))))
    assert [(r["sub_event_type"], r["actor2"].split(" (")[0]) for r in records] == [("Arrests", "Islamic State")]


def test_a_definite_march_after_a_demonstration_is_that_march_not_a_drone():
    text = ("شهدت العاصمة الرباط، صباح الأحد، مسيرة حاشدة شارك فيها عشرات الآلاف تضامنا مع الشعب الفلسطيني. انطلقت "
            "المسيرة، من باب الحد، اتجاه بوابة البرلمان، حيث رفع المتظاهرون شعارات.")
    records = list(event_records(PIPELINE(make_article(text, "t", published=datetime(2024, 10, 6, 12, tzinfo=UTC)))))
    assert [r["sub_event_type"] for r in records] == ["Peaceful protest"]
