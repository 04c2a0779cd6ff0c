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
