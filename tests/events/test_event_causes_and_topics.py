"""What a report names only as a protest's topic or an event's background is no event and no venue: the war a crowd
protests against (احتجاجا على الحرب على غزة) happens elsewhere, and the arrests a clash broke out over (على خلفية
اعتقالات) were reported before. Plural and campaign words still name events (حملة اختطافات)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 3, 25, 9, tzinfo=UTC)


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _events(text: str) -> list[tuple[str, str]]:
    return [(r["sub_event_type"], r["location"]) for r in event_records(_pipeline()(make_article(text, "t", published=DAY)))]


def test_the_place_a_crowd_protests_about_is_no_venue():
    found = _events("أطلقت الشرطة الأردنية الغاز المسيل للدموع لتفريق مئات المتظاهرين في عمان، مساء الأحد، احتجاجا على "
                    "الحرب الإسرائيلية على غزة.")
    assert [loc for _, loc in found] == ["Amman"]


def test_what_a_clash_broke_out_over_is_background():
    found = _events("اندلعت اشتباكات بين قوات سوريا الديمقراطية ومقاتلين من العشائر في بلدة الشحيل على خلفية اعتقالات.")
    assert [sub for sub, _ in found] == ["Armed clash"]


def test_a_campaign_of_abductions_is_an_abduction():
    found = _events("شن الحوثيون حملة اختطافات طالت عشرات المواطنين في مديرية جبل راس بمحافظة الحديدة.")
    assert [sub for sub, _ in found] == ["Abduction/forced disappearance"]


def test_a_shepherd_hit_by_a_war_remnant_is_a_civilian():
    records = event_records(_pipeline()(make_article(
        "أصيب راعي أغنام بجروح جراء انفجار عبوة ناسفة من مخلفات داعش قرب الفلوجة.", "t", published=DAY)))
    assert [(r["sub_event_type"], r["actor2"]) for r in records] == [("Remote explosive/landmine/IED", "Civilians (Iraq)")]


def test_a_re_mention_that_says_where_the_fighting_took_place_places_it():
    # the lead puts the clashes in the province's city; the next sentence says they took place in a town of it
    found = _events("اندلعت فجر اليوم اشتباكات عنيفة بين قوات سوريا الديمقراطية ومسلحين في مدينة دير الزور. وقال "
                    "ناشطون إن الاشتباكات وقعت في بلدة غرانيج شرق محافظة دير الزور.")
    assert found == [("Armed clash", "Gharanij")]


def test_a_march_is_a_protest_and_a_drone_a_strike():
    # مسيرة is a march (مَسيرة) or a drone (مُسيَّرة): the crowd or the strike around it decides
    assert _events("نظم المئات مسيرة في وسط مدينة إربد تضامنا مع غزة.") == [("Peaceful protest", "Irbid")]
    assert _events("فرقت قوات الأمن بالغاز المسيل للدموع مسيرة في مدينة إربد.") == [
        ("Protest with intervention", "Irbid")]
    assert _events("استهدفت مسيرة إسرائيلية سيارة في بلدة الخيام.") == [("Air/drone strike", "Khiam")]
    assert _events("أطلق الحوثيون مئات المسيرات على مدينة إيلات.") == [("Air/drone strike", "Eilat")]
