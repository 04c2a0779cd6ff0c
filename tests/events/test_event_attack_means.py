"""An attack word told with its means: the bomb the article names later is the event, not a battle."""

from datetime import UTC, datetime

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2022, 12, 18, 12, tzinfo=UTC)


def _records(text: str) -> list[dict]:
    return list(event_records(default_pipeline()(make_article(text, "t", published=DAY))))


def test_an_attack_the_body_says_was_a_bomb_is_the_bombing():
    text = (
        "قتل ستة من عناصر الشرطة العراقية الأحد في هجوم استهدف دوريتهم في محافظة ديالى، ونسب إلى تنظيم داعش. "
        "وقال مصدر أمني إن الانفجار وقع قرب قرية على طريق بعقوبة، وإن عبوة ناسفة زرعها التنظيم استهدفت الدورية."
    )
    records = _records(text)
    assert [r["sub_event_type"] for r in records] == ["Remote explosive/landmine/IED"]
    assert records[0]["fatalities"] == 6


def test_fighting_told_beside_a_bomb_stays_a_battle():
    text = (
        "اندلعت اشتباكات عنيفة الأحد بين قوات الأمن العراقية ومسلحين من تنظيم داعش في محافظة ديالى. "
        "وقال مصدر أمني إن عبوة ناسفة انفجرت بدورية للشرطة قرب قرية على طريق بعقوبة."
    )
    assert "Armed clash" in [r["sub_event_type"] for r in _records(text)]
