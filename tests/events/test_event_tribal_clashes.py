"""Feuds between tribes in southern Iraq (نزاع عشائري بين عشيرتين): an armed clash between tribal militias, ACLED's
"Unidentified Tribal Militia (Iraq)" when the tribes are not among the actors marsad knows."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.model import ActorResolution
from marsad.readers import make_article

DAY = datetime(2025, 10, 2, 9, tzinfo=UTC)


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def _coded(text: str) -> list[tuple[str, list[str], int | None]]:
    article = _pipeline()(make_article(text, "tribal-test", published=DAY))
    by_id = {m.id: m for m in article.mentions}
    return [(e.sub_event_type, [by_id[x].resolution.canonical for x in e.actor1
                                if isinstance(by_id[x].resolution, ActorResolution)], e.fatalities)
            for e in article.events]


def test_a_feud_between_two_tribes_is_a_clash_of_tribal_militias():
    text = (
        "مقتل أربعة أشخاص بنزاع عشائري في قضاء المجر الكبير\n\n"
        "قال مصدر أمني إن نزاعا عشائريا اندلع مساء أمس بين عشيرتين في قضاء المجر الكبير جنوبي محافظة ميسان، "
        "ما أسفر عن مقتل أربعة أشخاص وإصابة ستة آخرين."
    )
    assert _coded(text) == [("Armed clash", ["Unidentified Tribal Militia (Iraq)"], 4)]


def test_a_sentence_naming_the_tribes_but_no_place_takes_the_articles_country():
    text = (
        "اشتباك مسلح في ناحية الهارثة شمالي البصرة.\n\n"
        "وأفاد شهود بأن الاشتباك وقع بين عشيرتي آل فلان وآل علان على خلفية خلاف على أرض زراعية."
    )
    assert all(actors == ["Unidentified Tribal Militia (Iraq)"] for _, actors, _ in _coded(text))
    assert _coded(text)


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    article = _pipeline()(make_article(text, "tribal-sides", published=DAY))

    def name(ids):
        return article.mention(ids[0]).resolution.canonical if ids else None

    return [(name(e.actor1), name(e.actor2)) for e in article.events]


def test_one_unnamed_militia_on_both_sides_is_actor1_and_actor2():
    # بين عشيرتين، بين أبناء عشيرة واحدة: ACLED names the same unidentified tribal militia on both sides
    militia = "Unidentified Tribal Militia (Iraq)"
    assert _sides("قتل ثلاثة أشخاص في اشتباكات مسلحة اندلعت أمس بين عشيرتين في قضاء الشطرة شمالي الناصرية.") == [
        (militia, militia)]
    assert _sides("أصيب خمسة أشخاص في مواجهات مسلحة أمس بين أبناء عشيرة واحدة في ناحية الإصلاح جنوبي العراق.") == [
        (militia, militia)]
    # a tribe that attacked a police post fights the police, not itself
    assert _sides("هاجم مسلحون من إحدى العشائر مركزا للشرطة في قضاء الشطرة أمس.") == [
        ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2022-)")]


def test_a_deadly_dispute_between_members_of_a_tribe_is_a_clash_of_tribal_militias():
    text = (
        "قتل خمسة أشخاص وأصيب ثلاثة آخرون في نزاع بين أفراد عشيرة واحدة على حصص المياه في قضاء المجر الكبير "
        "بمحافظة ميسان، بحسب مصدر في الشرطة."
    )
    assert _coded(text) == [("Armed clash", ["Unidentified Tribal Militia (Iraq)"], 5)]


def test_a_quarrel_with_no_tribe_is_no_battle():
    text = "قتل رجل في شجار بين جارين على موقف سيارة في حي الجمهورية بمدينة البصرة، بحسب الشرطة."
    assert not any(kind == "Armed clash" for kind, _, _ in _coded(text))
