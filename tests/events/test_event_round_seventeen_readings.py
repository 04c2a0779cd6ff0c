"""Readings the seventeenth round of blind sets (151-153) showed missing, each on a sentence of our own."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.events.coding import coded

DAY = datetime(2023, 5, 9, 12, tzinfo=UTC)  # a Tuesday


def test_a_fire_brought_under_control_by_pronoun_takes_no_ground():
    text = ("اندلع حريق مساء اليوم في مستودع للأخشاب بمدينة البليدة، وقالت الحماية المدنية إن الحريق امتد إلى مخزن "
            "مجاور، وتمت السيطرة الكاملة عليه دون تسجيل إصابات.")
    assert coded(text, "sub_event_type", published=DAY) == []
    # the same pronoun after a town a force took is ground taken
    text = "هاجم مسلحو الحركة بلدة منكا في شمال مالي، وتمت السيطرة الكاملة عليها بعد ساعات من القتال."
    assert ("Non-state actor overtakes territory",) in coded(text, "sub_event_type", published=DAY)


def test_what_years_have_passed_since_is_history():
    text = "بعد عشرين عاما على مجزرة قانا، يحيي اللبنانيون اليوم ذكرى الضحايا."
    assert coded(text, "sub_event_type", published=DAY) == []
    # days after an attack date nothing back: the day's news is still told
    text = "بعد يومين على الهجوم، قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في ولاية ديالى اليوم."
    assert coded(text, "sub_event_type", published=DAY) == [("Remote explosive/landmine/IED",)]


def test_explosive_devices_seized_or_carried_in_an_arrest_are_no_blast():
    text = "أعلنت قيادة العمليات المشتركة اليوم اعتقال 12 مطلوبا وضبط عبوات ناسفة وصواريخ في محافظة ديالى."
    assert coded(text, "sub_event_type", published=DAY) == [("Arrests",)]
    text = "اعتقلت القوات الأمنية اليوم إرهابيا كان يقوم بنقل العبوات الناسفة داخل قضاء الحويجة."
    assert coded(text, "sub_event_type", published=DAY) == [("Arrests",)]
    text = ("اعتقلت قوات الأمن اليوم خمسة مطلوبين في قضاء الحويجة. وأضاف البيان أنه تم الاستيلاء على أربع عبوات "
            "ناسفة ومواد تفجير وصواريخ.")
    assert coded(text, "sub_event_type", published=DAY) == [("Arrests",)]
    # devices set off are still a blast
    text = "قتل جنديان اليوم بانفجار عبوة ناسفة استهدفت دوريتهما في قضاء الحويجة."
    assert coded(text, "sub_event_type", published=DAY) == [("Remote explosive/landmine/IED",)]


def test_what_an_attack_is_for_is_no_event_of_its_own():
    text = ("وقال ناشطون إن قوات الدعم السريع هاجمت اليوم قرية ود النورة بولاية الجزيرة، وإن هجماتها ليست بغرض النهب "
            "فحسب بل للتهجير.")
    rows = coded(text, "sub_event_type", published=DAY)
    assert ("Looting/property destruction",) not in rows
    assert len(rows) == 1  # the raid on the village is still told


def test_control_lost_by_a_capital_is_no_ground_taken_there():
    text = ("قتل 12 جنديا أرمنيا اليوم في اشتباكات مع القوات الأذربيجانية على الحدود، وأضافت الوزارة أن يريفان قد فقدت "
            "السيطرة على ثلاثة مواقع عسكرية.")
    rows = coded(text, "sub_event_type", "location", published=DAY)
    assert [r[0] for r in rows] == ["Armed clash"]
    assert rows[0][1] != "Yerevan"


def test_dead_and_wounded_among_a_force_are_its_losses_not_a_side_between():
    text = ("شنت القوات الأذربيجانية اليوم هجوما على مواقع القوات الأرمنية أسفر عن سقوط قتلى وجرحى بين الجنود "
            "الأرمن.")
    assert coded(text, "actor1", "actor2", published=DAY) == [
        ("Military Forces of Azerbaijan (2003-)", "Military Forces of Armenia (2018-)")]
    # a clash between two sides still names them in order
    text = "اندلعت اليوم اشتباكات بين القوات الأرمنية والقوات الأذربيجانية على الحدود."
    assert coded(text, "actor1", "actor2", published=DAY) == [
        ("Military Forces of Armenia (2018-)", "Military Forces of Azerbaijan (2003-)")]


def test_security_forces_facing_a_crowd_are_its_police():
    text = ("فرقت قوات الأمن التونسية اليوم بالغاز المسيل للدموع مئات المحتجين الذين تجمعوا أمام مقر الولاية في مدينة "
            "القصرين.")
    rows = coded(text, "actor2", published=DAY)
    assert rows == [("Police Forces of Tunisia (2019-)",)]
    # elsewhere they stay the state's forces, as ACLED names unspecified security forces
    text = "قتل ثلاثة من عناصر قوات الأمن الباكستانية اليوم في هجوم لمسلحين على نقطة تفتيش في إقليم بلوشستان."
    assert "Military Forces of Pakistan (2022-2024)" in {r[0] for r in coded(text, "actor2", published=DAY)}


def test_a_shooting_told_with_the_dispersal_is_the_demonstrations_toll():
    text = ("قتل شخصان برصاص قوات الأمن المغربية ليل الاثنين خلال فضها احتجاجات غاضبة. وقالت مصادر محلية إن محتجين "
            "رشقوا عناصر الأمن بالحجارة وأضرموا النار في سيارات بمدينة إنزكان.")
    rows = coded(text, "sub_event_type", "fatalities", published=DAY)
    assert rows == [("Violent demonstration", 2)]


def test_the_police_of_nepal_and_madagascar_are_named():
    day = datetime(2025, 9, 8, 12, tzinfo=UTC)
    text = "اشتبكت قوات الأمن النيبالية اليوم مع آلاف المحتجين في العاصمة كاتماندو، وأطلقت الغاز المسيل للدموع."
    assert ("Police Forces of Nepal (2024-2025)",) in coded(text, "actor2", published=day)
    text = "فرقت قوات الأمن الملغاشية اليوم بالغاز المسيل للدموع مئات المتظاهرين في العاصمة أنتاناناريفو."
    assert coded(text, "actor2", published=day) == [("Police Forces of Madagascar (2019-2025)",)]


def test_a_state_force_shooting_the_people_beside_a_protest_fired_on_its_crowd():
    text = ("خرج المئات من أهالي مدينة زاهدان بعد صلاة الجمعة في مسيرة احتجاجية ضد الحكومة. وقال شهود إن القوات "
            "الأمنية الإيرانية فتحت النار بشكل مباشر على المواطنين في زاهدان، ما أدى إلى مقتل أربعة.")
    rows = coded(text, "sub_event_type", "fatalities", published=DAY)
    assert rows == [("Excessive force against protesters", 4)]


def test_a_house_stormed_with_its_stormer_named_between_is_no_ground_taken():
    day = datetime(2024, 3, 10, 12, tzinfo=UTC)
    text = ("هاجمت قوات الدعم السريع أمس قرى في ولاية سنار. واقتحمت \"المليشيا\" منزلا بحي الجملونات بمدينة "
            "الحصاحيصا وقتلت أفراد الأسرة.")
    rows = coded(text, "sub_event_type", published=day)
    assert ("Non-state actor overtakes territory",) not in rows and rows


def test_houses_burnt_and_hostages_taken_are_not_counted_dead():
    text = ("قال سكان اليوم إن 12 شخصا على الأقل لقوا حتفهم وأحرقت عدة منازل في هجوم شنه مسلحو جماعة بوكو حرام على "
            "قرية في ولاية بورنو.")
    assert coded(text, "fatalities", published=DAY) == [(12,)]
    text = ("هاجم مسلحون قرية في إقليم إيتوري اليوم، وقال مسؤول محلي: لدينا أكثر من 20 قتيلا، و50 على الأقل تم "
            "احتجازهم كرهائن.")
    assert all(f in (20, None) for (f,) in coded(text, "fatalities", published=DAY))


def test_an_air_surveillance_unit_shelled_is_no_air_strike():
    text = "أعلن حزب الله اليوم أنه قصف وحدة مراقبة جوية في مستوطنة المطلة شمالي إسرائيل."
    assert coded(text, "sub_event_type", published=DAY) == [("Shelling/artillery/missile attack",)]
