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
