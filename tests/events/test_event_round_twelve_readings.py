"""Readings the twelfth round of blind sets (136-138) showed missing, each on a sentence of our own: the country that
strikes named after a complementizer or charged with the strikes, the Sahel's Al Qaeda, a riot whose sides are named
far apart, and a town in a dual area cue."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from tests.events.coding import coded

DAY = datetime(2025, 11, 25, 12, tzinfo=UTC)  # a Tuesday

_coded = partial(coded, published=DAY)


def test_a_country_said_to_have_struck_is_the_attacker():
    text = ("اتهمت حكومة طالبان في أفغانستان اليوم الثلاثاء، باكستان بشن غارات جوية على إقليم خوست، مما أسفر عن مقتل "
            "10 مدنيين.")
    assert _coded(text, "sub_event_type", "actor1") == [("Air/drone strike", "Military Forces of Pakistan (2024-)")]
    text = "وقال المتحدث باسم الحكومة الأفغانية إن باكستان قصفت منزلا في إقليم خوست ما أسفر عن مقتل تسعة أطفال."
    assert [r[0] for r in _coded(text, "actor1")] == ["Military Forces of Pakistan (2024-)"]


def test_al_qaeda_attacking_in_mali_is_coded_as_jnim():
    text = "لقي 49 مدنيا حتفهم الخميس في هجومين مسلحين إرهابيين لتنظيم القاعدة على زورق ركاب في شمال مالي."
    assert _coded(text, "sub_event_type", "actor1", "actor2") == [
        ("Attack", "JNIM: Jamaah Nusrat al Islam wal Muslimin", "Civilians (Mali)")]


def test_clashes_between_riot_police_and_protesters_named_far_apart_are_a_riot():
    text = ("اندلعت اشتباكات عنيفة في إندونيسيا اليوم بين قوات مكافحة الشغب والمحتجين المطالبين بإلغاء الامتيازات "
            "المالية للنواب.")
    assert _coded(text, "sub_event_type", "actor1") == [("Violent demonstration", "Rioters (Indonesia)")]


def test_the_towns_of_a_dual_area_cue_place_the_attack_in_the_country_of_the_report():
    text = ("أعلنت حكومة بنين مقتل 54 جنديا في هجوم نفذته جماعة نصرة الإسلام والمسلمين على مركزين للجيش في منطقتي "
            "بانيكوارا (Banikoara) وكودو (Koudou) شمال البلاد.")
    rows = _coded(text, "location", "actor2")
    assert rows and rows[0] == ("Banikoara", "Military Forces of Benin (2016-)")


def test_the_day_closing_a_sentence_dates_the_deed_the_source_spoke_of_today():
    text = ("أفادت مصادر طبية سودانية، الأحد، بمقتل 10 أشخاص جراء قصف نفذته طائرة مسيرة استهدفت سوقا في منطقة "
            "المالحة بولاية شمال دارفور، مساء السبت.")
    assert [str(r[0]) for r in coded(text, "event_date", published=datetime(2025, 12, 21, 12, tzinfo=UTC))] == [
        "2025-12-20"]


def test_a_ship_equipped_with_missiles_fires_none():
    text = ("أعلنت وزارة الدفاع الروسية اليوم الأحد أن فرقاطة تابعة للبحرية الروسية ومجهزة بصواريخ كينجال فرط الصوتية "
            "دخلت البحر المتوسط عبر قناة السويس.")
    assert _coded(text, "sub_event_type") == []
    # missiles fired are still a strike
    assert [r[0] for r in _coded("أطلقت فرقاطة روسية صواريخ على مدينة أوديسا الأوكرانية فجر اليوم.",
                                 "sub_event_type")] == ["Shelling/artillery/missile attack"]


def test_a_league_named_in_the_sentence_makes_its_encounters_matches():
    text = ("اكتسح فريق النصر نظيره الرائد بخماسية نظيفة في المباراة التي جمعتهما مساء اليوم على ملعب استاد مدينة الملك "
            "عبد الله الرياضية، ضمن مواجهات الجولة السادسة والعشرين من منافسات دوري كأس محمد بن سلمان للمحترفين.")
    assert _coded(text, "sub_event_type") == []


def test_a_future_the_lexicon_lacks_with_its_proclitic_is_still_a_forecast():
    assert _coded("وأكد الوزير أن القوات ستستعيد السيطرة على مدينة مأرب قريبا.", "sub_event_type") == []
    # a place whose name only looks like one (سيزران) is still where the strike fell
    text = "قالت هيئة الأركان الأوكرانية إن مصفاة سيزران في منطقة سامارا الروسية تعرضت لهجوم بطائرات مسيرة اليوم."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Air/drone strike"]


def test_the_aims_of_announced_plans_are_no_events():
    text = ("أعلن المتحدث الانتهاء من جميع الاستعدادات والخطط لتحرير مدينة الفلوجة والقضاء على مسلحي تنظيم داعش في "
            "المدينة.")
    assert _coded(text, "sub_event_type") == []


def test_the_attacks_sanctions_charge_a_group_with_are_its_record():
    text = ("فرضت الولايات المتحدة عقوبات تستهدف جماعة كتائب حزب الله العراقية، متهمة إياها بالمسؤولية عن الهجمات التي "
            "استهدفت واشنطن وشركاءها في العراق وسوريا مؤخرا.")
    assert _coded(text, "sub_event_type") == []
