"""A state's forces named by the period a report falls in, and a force's general staff speaking for it."""

from datetime import UTC, datetime

from marsad.extraction import default_pipeline
from marsad.model import MentionKind
from marsad.readers import make_article


def _read(text: str, day: datetime):
    return default_pipeline()(make_article(text, "t", published=day))


def test_burkina_fasos_army_before_the_2022_coup_is_the_2015_2022_force():
    text = "أعلنت هيئة أركان الجيش في بوركينا فاسو مقتل عشرة عسكريين في هجوم شنته مجموعات مسلحة في شمال البلاد."
    before = _read(text, datetime(2019, 8, 20, 12, tzinfo=UTC))
    after = _read(text, datetime(2023, 8, 20, 12, tzinfo=UTC))
    names = {m.resolution.canonical for m in before.mentions_of(MentionKind.ACTOR) if m.resolution}
    assert "Military Forces of Burkina Faso (2015-2022)" in names
    later = {m.resolution.canonical for m in after.mentions_of(MentionKind.ACTOR) if m.resolution}
    assert "Military Forces of Burkina Faso (2022-)" in later
    assert "Military Forces of Burkina Faso (2015-2022)" not in later


def test_algerias_police_before_tebboune_are_the_1999_2019_force():
    text = "تجمع 500 شخص في العاصمة الجزائرية على الرغم من عمليات توقيف نفذها شرطيون، وأوقفت الشرطة عشرين رجلا."
    names = {m.resolution.canonical for m in _read(text, datetime(2019, 6, 21, 12, tzinfo=UTC)).mentions_of(
        MentionKind.ACTOR) if m.resolution}
    assert "Police Forces of Algeria (1999-2019)" in names
    later = {m.resolution.canonical for m in _read(text, datetime(2021, 6, 21, 12, tzinfo=UTC)).mentions_of(
        MentionKind.ACTOR) if m.resolution}
    assert "Police Forces of Algeria (2019-)" in later


def test_colombias_forces_are_dated_by_presidential_term():
    text = "قتل جنديان من الجيش الكولومبي في هجوم على دورية في جنوب كولومبيا."
    before = {m.resolution.canonical for m in _read(text, datetime(2022, 1, 29, 12, tzinfo=UTC)).mentions_of(
        MentionKind.ACTOR) if m.resolution}
    after = {m.resolution.canonical for m in _read(text, datetime(2025, 12, 19, 12, tzinfo=UTC)).mentions_of(
        MentionKind.ACTOR) if m.resolution}
    assert "Military Forces of Colombia (2018-2022)" in before
    assert "Military Forces of Colombia (2022-)" in after


def test_the_general_staff_that_announces_is_its_armys_voice():
    text = "أعلنت هيئة أركان الجيش في بوركينا فاسو مقتل عشرة عسكريين في هجوم شنته مجموعات مسلحة في شمال البلاد."
    article = _read(text, datetime(2019, 8, 20, 12, tzinfo=UTC))
    sources = [m.resolution.name for m in article.mentions_of(MentionKind.SOURCE)]
    assert "Military Forces of Burkina Faso (2015-2022)" in sources
