"""The actor a report lays an attack on (حملت مسؤوليته ل، حملت السلطات ... مسؤولية الهجوم) carried it out, whoever
announced it; people shot or cut down with machetes are civilians attacked."""

from datetime import UTC, datetime

from marsad.extraction import default_pipeline
from marsad.readers import make_article

DAY = datetime(2021, 10, 27, 12, tzinfo=UTC)
PIPELINE = default_pipeline()


def _actor1(text: str) -> list[str]:
    a = PIPELINE(make_article(text, "t", published=DAY))
    return [a.mention(e.actor1[0]).resolution.canonical if e.actor1 else "" for e in a.events]


def test_the_group_held_responsible_is_the_attacker_not_the_command_that_announced_it():
    text = ("قالت قيادة العمليات المشتركة العراقية إن 11 شخصا قتلوا مساء الثلاثاء في هجوم على قرية في محافظة ديالى "
            "حملت مسؤوليته لتنظيم الدولة الإسلامية.")
    assert _actor1(text) == ["Islamic State (Iraq)"]


def test_the_group_the_authorities_hold_responsible_is_the_attacker():
    text = ("قتل تسعة أشخاص في انفجار سيارة مفخخة في مقديشو الأحد، وحملت السلطات حركة الشباب مسؤولية "
            "الهجوم.")
    assert _actor1(text) == ["Al Shabaab"]


def test_people_attacked_with_machetes_are_civilians_attacked():
    text = ("قال الجيش الكونغولي إن عشرة أشخاص قتلوا ليلة الخميس في مدينة بيني في هجوم لجماعة مسلحة. وقال سكان إن "
            "مهاجمين أطلقوا النار على الناس وهاجموا البعض بالمناجل.")
    a = PIPELINE(make_article(text, "t", published=DAY))
    assert [e.sub_event_type for e in a.events] == ["Attack"]


def test_a_terrorist_neutralised_in_a_foiled_attack_is_a_combatant():
    text = ("قال الجيش المالي إن القوات المسلحة أحبطت محاولة هجوم على معسكر الحرس الوطني في سيفاري صباح الأحد، وتم "
            "تحييد إرهابي.")
    a = PIPELINE(make_article(text, "t", published=DAY))
    assert "Attack" not in [e.sub_event_type for e in a.events]


def test_police_a_roadside_bomb_killed_are_its_target_not_its_planter():
    text = ("قتل ثمانية من رجال الشرطة العراقية على الأقل أمس بعد أن انفجرت عبوة ناسفة في موكبهم جنوب غربي مدينة "
            "كركوك.")
    a = PIPELINE(make_article(text, "t", published=DAY))
    (event,) = a.events
    assert not event.actor1
    assert a.mention(event.actor2[0]).resolution.canonical.startswith("Police Forces of Iraq")


def test_the_dead_of_a_force_are_its_casualties_and_the_group_that_claimed_the_attack_its_attacker():
    text = ("أفادت مصادر بسقوط قتلى من قوات الجيش المصري في سيناء جراء هجوم على كمين أمني جنوب مدينة بئر العبد. "
            "وكان تنظيم ولاية سيناء أعلن في بيان بثه عبر وكالة أعماق عن مقتل 15 من قوة الكمين.")
    a = PIPELINE(make_article(text, "t", published=DAY))
    (event,) = a.events
    assert a.mention(event.actor2[0]).resolution.canonical.startswith("Military Forces of Egypt")


def test_beheading_people_is_killing_them():
    text = ("قالت الشرطة في موزمبيق إن متشددين قطعوا رؤوس أكثر من 50 شخصا في إقليم كابو "
            "ديلجادو في الأيام الثلاثة الماضية.")
    a = PIPELINE(make_article(text, "t", published=DAY))
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Attack", 50)]


def test_a_police_helicopter_brought_down_is_an_attack_on_the_police():
    text = ("قتل 12 رجل شرطة عندما تم إسقاط مروحية تابعة للشرطة بالقرب من بلدة أمالفي في مقاطعة أنتيوكيا شمال "
            "كولومبيا.")
    a = PIPELINE(make_article(text, "t", published=DAY))
    subs = [e.sub_event_type for e in a.events]
    assert "Disrupted weapons use" not in subs


def test_the_group_of_one_who_survived_an_attack_was_its_target():
    from marsad.extraction import default_pipeline
    from marsad.readers import make_article
    from marsad.records import event_records

    text = ("نجا العميد حمدي الصبيحي، قائد الفرقة الثانية في ألوية العمالقة، من محاولة اغتيال استهدفته أمس عبر سيارة "
            "مفخخة في مدينة عدن.")
    rows = event_records(default_pipeline()(make_article(text, "t")))
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Unidentified Armed Group (Yemen)", "Al Amaliqa Brigades")]
