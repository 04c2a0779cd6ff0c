"""Actors carried over to coordinated events, perpetrators named in a cause phrase, and outlet-dependent names."""

from __future__ import annotations

from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.knowledge import load_table
from marsad.model import ActorResolution, Article, MentionKind
from marsad.readers import make_article


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _run(text: str, source: str | None = None) -> Article:
    return _pipeline()(make_article(text, "carryover-test", source=source))


def _canonicals(article: Article, ids: tuple[str, ...]) -> list[str]:
    by_id = {m.id: m for m in article.mentions}
    return [by_id[x].resolution.canonical for x in ids if isinstance(by_id[x].resolution, ActorResolution)]


def _strikers(text: str) -> list[list[str]]:
    article = _run(text)
    return [_canonicals(article, e.actor1) for e in article.events if e.event_type == "Explosions/Remote violence"]


def test_coordinated_strikes_share_the_named_attacker() -> None:
    sides = _strikers("شنت طائرات أمريكية غارة على مطار صنعاء الدولي، وغارتين على مدينة الحديدة غرب اليمن.")
    assert len(sides) == 2
    assert all(len(s) == 1 and "United States" in s[0] for s in sides), sides


def test_the_next_sentence_inherits_the_attacker() -> None:
    sides = _strikers("شنت طائرات أمريكية غارة على مطار صنعاء الدولي. وشنت غارتين على مدينة الحديدة غرب اليمن.")
    assert len(sides) == 2
    assert sides[0] == sides[1] and sides[0], sides


def test_a_named_other_actor_stops_the_carryover() -> None:
    sides = _strikers("شنت طائرات أمريكية غارة على مطار صنعاء الدولي، وقصفت قوات الحوثيين مدينة مأرب.")
    assert len(sides) == 2
    assert "United States" in sides[0][0]
    assert not any("United States" in c for c in sides[1]), sides


def test_no_carryover_into_another_country() -> None:
    sides = _strikers("شنت طائرات إسرائيلية غارات على مدينة رفح في قطاع غزة. وفي سوريا، قتل خمسة أشخاص في غارة على مدينة إدلب.")
    assert len(sides) == 2
    assert sides[0] and not sides[1], sides


def test_perpetrator_in_a_cause_phrase_is_actor1_of_the_toll() -> None:
    article = _run("قتل ثلاثة جنود جراء هجوم شنه مسلحون على نقطة تفتيش عند مدخل بلدة الصنمين في ريف درعا.")
    assert article.events
    event = article.events[0]
    assert event.sub_event_type == "Armed clash"
    assert _canonicals(article, event.actor1) == ["Unidentified Armed Group (Syria)"]


def _actor_names(article: Article) -> list[str]:
    return [m.resolution.canonical for m in article.mentions if m.kind is MentionKind.ACTOR and m.resolution]


def test_saba_armed_forces_are_the_houthi_side() -> None:
    text = "أعلنت القوات المسلحة اليمنية تنفيذ عملية عسكرية بطائرة مسيرة استهدفت سفينة قبالة سواحل الحديدة."
    houthi = next(r["canonical"] for r in load_table("actors.tsv").rows if r["actor_id"] == "ye-houthi")
    assert houthi in _actor_names(_run(text, source="Saba (Houthi)"))
    assert houthi not in _actor_names(_run(text))


def test_outlet_aliases_point_at_known_actors_and_agencies() -> None:
    actors = {r["actor_id"] for r in load_table("actors.tsv").rows}
    agencies = {r[c] for r in load_table("agencies.tsv").rows for c in load_table("agencies.tsv").columns}
    table = load_table("source_actor_aliases.tsv")
    assert table.rows
    for row in table.rows:
        assert row["actor_id"] in actors, row
        assert row["source"] in agencies, row
        assert all(form.strip() for form in row["arabic"].split("|")), row


def test_outlet_alias_date_ranges_do_not_overlap() -> None:
    from datetime import date

    from marsad.actors.recognizer import _outlet_aliases

    for key, senses in _outlet_aliases().items():
        ranges = sorted((since or date.min, until or date.max) for _, since, until in senses)
        for (_, end), (start, _) in zip(ranges, ranges[1:], strict=False):
            assert end < start, key


def test_armed_men_killing_two_civilians_is_an_attack_not_a_clash() -> None:
    civilians = _run("قتل مدنيان في هجوم شنه مسلحون على سيارة على طريق بلدة نوى في ريف درعا.")
    soldiers = _run("قتل جنديان في هجوم شنه مسلحون على حاجز على طريق بلدة نوى في ريف درعا.")
    assert [e.sub_event_type for e in civilians.events] == ["Attack"]
    assert [e.sub_event_type for e in soldiers.events] == ["Armed clash"]
    for article in (civilians, soldiers):
        assert _canonicals(article, article.events[0].actor1) == ["Unidentified Armed Group (Syria)"]


def test_the_side_whose_media_report_the_strikes_does_not_strike() -> None:
    sides = _strikers("وذكرت وسائل إعلام حوثية أن ثلاث غارات استهدفت مديرية كتاف شرقي صعدة.")
    assert sides == [[]], sides


def test_a_dual_nationality_names_the_striker() -> None:
    sides = _strikers("أفادت قناة محلية بأن غارتين إسرائيليتين استهدفتا ميناء رأس عيسى غربي اليمن.")
    assert sides == [["Military Forces of Israel (2022-)"]], sides


def test_the_owner_of_coordinated_targets_is_hit_not_the_striker() -> None:
    sides = _strikers(
        "شنت مقاتلات أمريكية غارتين على مطار الحديدة، فيما استهدفت غارات أخرى معسكرات ومخازن ذخيرة للحوثيين "
        "في مديرية بني حشيش."
    )
    assert sides and all(s == ["Military Forces of the United States (2025-)"] for s in sides), sides


def test_who_holds_the_city_struck_is_not_the_striker() -> None:
    sides = _strikers(
        "دوت انفجارات في مدينة الحديدة الخاضعة لسيطرة الحوثيين إثر غارات لطائرات بريطانية، بالتزامن مع غارات "
        "مماثلة على مدينة ذمار."
    )
    assert sides and all(s == ["Military Forces of the United Kingdom (2024-)"] or "United Kingdom" in " ".join(s)
                         for s in sides), sides
