"""Readings the thirteenth round of blind sets (139-141) showed missing, each on a sentence of our own: road and rail
accidents, a threat put as a supposition, an arsenal described, and the crowd that throws a grenade."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from tests.events.coding import coded

DAY = datetime(2025, 9, 9, 12, tzinfo=UTC)  # a Tuesday

_coded = partial(coded, published=DAY)


def test_a_vehicle_that_overturns_or_collides_kills_in_an_accident():
    text = ("لقي شخص مصرعه وأصيب 20 آخرون اليوم إثر استقلالهم سيارة ميكروباص وانقلابها على الطريق الدائري المار على "
            "مدينة سمالوط بمحافظة المنيا.")
    assert _coded(text, "sub_event_type") == []
    text = "أعلنت السلطات مقتل 10 أشخاص إثر اصطدام قطار شحن بحافلة عند تقاطع للسكك الحديدية في ولاية مكسيكو."
    assert _coded(text, "sub_event_type") == []


def test_a_strike_put_as_a_supposition_or_an_arsenal_described_is_no_event():
    text = "وقال الوزير الباكستاني: تخيلوا أنكم تطلقون صاروخا واحدا على مدينة لاهور، فنرد عليكم بمئتين."
    assert _coded(text, "sub_event_type") == []
    text = "وأكد الوزير أن الصواريخ النووية الباكستانية مصوبة نحو الهند، وأن الهند تجهل مواقع نشر الصواريخ الباكستانية."
    assert _coded(text, "sub_event_type") == []


def test_a_grenade_thrown_by_protesters_is_a_riot_against_those_it_hit():
    text = ("أصيب 10 جنود في الجيش اللبناني جراء تعرضهم للرشق بالحجارة وإلقاء قنبلة يدوية عليهم، من قبل محتجين في "
            "منطقة جبل محسن بمدينة طرابلس.")
    assert _coded(text, "sub_event_type", "actor1", "actor2") == [
        ("Violent demonstration", "Rioters (Lebanon)", "Military Forces of Lebanon (2016-)")]
    text = "ألقى متظاهرون قنابل مولوتوف على دورية للشرطة في مدينة طرابلس اللبنانية."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Violent demonstration"]


def test_clashes_between_police_and_youths_are_a_riot_unless_gunmen_fight_too():
    text = "شهدت مدينة القيروان وسط تونس لليلة الثانية على التوالي اشتباكات بين الشرطة وشبان غاضبين."
    assert _coded(text, "sub_event_type", "actor1") == [("Violent demonstration", "Rioters (Tunisia)")]
    text = "اندلعت اشتباكات اليوم بين الجيش ومسلحين وشبان من القرية في ريف درعا."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Armed clash"]
