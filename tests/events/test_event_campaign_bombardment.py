"""قصف told of a foreign air campaign (a headline's تقصف، a lead's قصف أمريكي ... بغارات، a statement's طائراته قصفت) is
the air strikes it sums up, not shelling; a side that also shells or fights on the ground that day keeps its shelling."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article

DAY = datetime(2025, 1, 17, 12, tzinfo=UTC)


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _kinds(text: str) -> list[str]:
    article = _pipeline()(make_article(text, "campaign-test", published=DAY))
    return [e.sub_event_type for e in article.events if e.event_type == "Explosions/Remote violence"]


def test_a_headline_bombardment_before_air_strikes_is_those_air_strikes():
    text = (
        "بريطانيا تقصف مواقع للحوثيين في اليمن\n\n"
        "شنت مقاتلات بريطانية فجر الجمعة غارات على مواقع عسكرية في مدينة الحديدة غربي اليمن."
    )
    assert _kinds(text) == ["Air/drone strike"]


def test_a_bombardment_carried_out_with_air_strikes_is_an_air_strike():
    text = "أكدت مصادر محلية وقوع قصف أمريكي استهدف بثلاث غارات معسكرا في مديرية بني حشيش شمال صنعاء يوم الجمعة."
    assert _kinds(text) == ["Air/drone strike"]


def test_a_force_whose_aircraft_bombarded_struck_from_the_air():
    text = "قال الجيش الأمريكي الجمعة إن طائراته قصفت مخازن أسلحة في محافظة صعدة شمال اليمن."
    assert _kinds(text) == ["Air/drone strike"]


def test_a_side_that_also_fights_on_the_ground_keeps_its_shelling():
    # the headline's town lies far from the strike the body tells (a headline over a strike at its own town is that
    # strike, by the headline rule): only the campaign reading could make it an air strike, and the ground fighting
    # rules that out
    text = (
        "الجيش الإسرائيلي يقصف بلدة الناقورة\n\n"
        "شنت طائرات إسرائيلية يوم الجمعة غارة على أطراف بلدة الخيام جنوب لبنان، فيما اندلعت اشتباكات بين الجيش "
        "الإسرائيلي ومقاتلين من حزب الله قرب بلدة عيترون."
    )
    assert "Shelling/artillery/missile attack" in _kinds(text)


def test_a_neighbours_bombardment_across_the_border_beside_its_air_strikes_is_one_more_of_them():
    # Pakistan's army is no external force in the dictionary; striking a province of Afghanistan it is abroad
    text = ("قال متحدث باسم حكومة طالبان اليوم إن تسعة أطفال وامرأة قتلوا في قصف باكستاني أصاب منزلا في إقليم خوست "
            "الأفغاني.\nوأضاف أن باكستان نفذت أيضا غارات في إقليم كونار.")
    assert _kinds(text) == ["Air/drone strike", "Air/drone strike"]


def test_who_announces_the_dead_of_another_sides_strike_is_no_side_of_it():
    from marsad.records import event_records

    # (the dead are named by nationality alone, so the strike's other side is left open, not given to the speaker)
    text = "أعلنت حركة طالبان اليوم عن مقتل عشرة أفغان في قصف باكستاني على إقليم خوست الأفغاني."
    records = event_records(_pipeline()(make_article(text, "campaign-test", published=DAY)))
    assert [(r["actor1"], r["actor2"]) for r in records] == [("Military Forces of Pakistan (2024-)", "")]


def test_who_says_civilians_died_in_a_strike_is_no_side_of_it():
    from marsad.records import event_records

    text = "وقال جيش أراكان إن 17 مدنيا قضوا الثلاثاء في غارة جوية على قرية في ولاية راخين."
    records = event_records(_pipeline()(make_article(text, "campaign-test", published=DAY)))
    assert [r["actor1"] for r in records] == [""]
    # an army that says gunmen killed its soldiers and civilians is a side of the fight
    text = "أعلن الجيش في مالي أن مسلحين قتلوا 17 من جنوده وأربعة مدنيين في هجوم قرب بلدة تيسيت يوم الأحد."
    records = event_records(_pipeline()(make_article(text, "campaign-test", published=DAY)))
    assert [{r["actor1"], r["actor2"]} for r in records] == [
        {"Military Forces of Mali (2021-)", "Unidentified Armed Group (Mali)"}]


def test_a_trend_of_attacks_the_news_is_set_amid_is_no_battle_of_the_day():
    from marsad.records import event_records

    text = ("وسط تصاعد التوتر وتزايد الهجمات المتبادلة بين حزب الله وإسرائيل على الحدود اللبنانية منذ أكتوبر الماضي، "
            "تعرض مبنى في بلدة الخيام جنوب لبنان لغارة إسرائيلية اليوم.")
    records = event_records(_pipeline()(make_article(text, "campaign-test", published=DAY)))
    assert [r["sub_event_type"] for r in records] == ["Air/drone strike"]
