"""People whose title names a province before their name, compound given names, and the outlet a speaker told."""

from datetime import UTC, datetime
from functools import lru_cache

from marsad.model import Article, MentionKind


@lru_cache(maxsize=1)
def _pipeline():
    from marsad.extraction import default_pipeline

    return default_pipeline()


def _read(text: str) -> Article:
    from marsad.readers import make_article

    return _pipeline()(make_article(text, "t", published=datetime(2024, 1, 6, 12, tzinfo=UTC)))


def _people(article: Article) -> dict[str, object]:
    return {m.text: m.resolution for m in article.mentions_of(MentionKind.PERSON)}


def test_the_governors_province_is_not_part_of_the_name_after_it():
    article = _read("وقال المستشار الأمني لمحافظ صلاح الدين جاسم الجبارة إن الهجوم استهدف موقعا للحشد الشعبي.")
    people = _people(article)
    assert "جاسم الجبارة" in people
    assert not any("صلاح الدين" in name for name in people)
    # the adviser to the governor speaks, not the governor
    assert people["جاسم الجبارة"].role == "adviser"


def test_a_compound_given_name_leaves_no_family_name_to_echo():
    article = _read(
        "قتل عنصران في هجوم على فوج في محافظة صلاح الدين. وقال المستشار الأمني لمحافظ صلاح الدين جاسم الجبارة إن "
        "الهجوم وقع مساء الجمعة."
    )
    assert "صلاح الدين" not in [p.name for p in _people(article).values()]


def test_the_outlet_a_speaker_told_reports_the_event_too():
    from marsad.records import event_records

    article = _read(
        "قتل عنصران من الحشد الشعبي في هجوم شنه تنظيم داعش على موقع في محافظة صلاح الدين. "
        "وقال المستشار الأمني لمحافظ صلاح الدين جاسم الجبارة، لشبكة رووداو الإعلامية، إن عناصر داعش هاجموا "
        "الموقع مساء الجمعة وقتلوا اثنين من الحشد."
    )
    sources = [r["source"] for r in event_records(article)]
    assert sources and all("Rudaw" in s for s in sources)
