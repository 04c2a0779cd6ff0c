"""A national capital that speaks or answers for its state (أعلنت موسكو، اتهمت أنقرة، أول رد من طهران) is no place where
the events of its sentence happened."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle
from marsad.knowledge import load_table
from marsad.model import PlaceResolution

DAY = datetime(2025, 6, 14, 12, tzinfo=UTC)
MOSCOW = {"text": "موسكو", "name": "Moscow", "country_code": "RU"}
TEHRAN = {"text": "طهران", "name": "Tehran", "country_code": "IR"}
KHARKIV = {"text": "خاركيف", "name": "Kharkiv", "country_code": "UA"}
RUSSIA = {"text": "القوات الروسية", "canonical": "Military Forces of Russia (2000-)", "inter": 8}


def _locations(text: str, places: list[dict], actors: list[dict] = ()) -> list[str | None]:
    article = code_with_oracle(text, places, actors, published=DAY)
    out = []
    for e in article.events:
        res = article.mention(e.location).resolution if e.location else None
        out.append(res.name if isinstance(res, PlaceResolution) else None)
    return out


def test_a_capital_after_a_verb_of_speech_is_the_state_speaking():
    text = "أعلنت موسكو أن القوات الروسية قصفت مواقع عسكرية بالصواريخ."
    assert _locations(text, [MOSCOW], [RUSSIA]) == [None]


def test_a_capital_after_a_word_of_response_and_min_is_the_state_answering():
    text = "سقطت صواريخ باليستية على المدينة مساء الجمعة في أول رد علني من طهران على الضربات."
    assert "Tehran" not in _locations(text, [TEHRAN])


def test_the_place_of_the_event_is_still_found_beside_the_speaking_capital():
    text = "قالت موسكو إن القوات الروسية قصفت مدينة خاركيف بالصواريخ."
    assert _locations(text, [MOSCOW, KHARKIV], [RUSSIA]) == ["Kharkiv"]


def test_a_capital_that_is_struck_is_a_place():
    text = "قصفت القوات الروسية طهران بالصواريخ."
    assert _locations(text, [TEHRAN], [RUSSIA]) == ["Tehran"]


def test_a_town_that_is_no_capital_after_a_verb_of_speech_stays_a_place():
    text = "ذكرت خاركيف أن القصف الروسي أصاب مبنى سكنيا."
    assert _locations(text, [KHARKIV]) == ["Kharkiv"]


def test_the_voice_words_are_verbs_nouns_verbs_after_or_seats():
    assert {r["kind"] for r in load_table("capital_voices.tsv").rows} == {"verb", "noun", "verb-after", "seat"}


def test_a_capital_after_a_word_of_pressure_is_the_state_pressing():
    text = "قصفت القوات الروسية مواقع في خاركيف، في إطار ضغط عسكري من موسكو على كييف."
    assert _locations(text, [KHARKIV, MOSCOW], [RUSSIA]) == ["Kharkiv"]


TEL_AVIV = {"text": "تل أبيب", "name": "Tel Aviv", "country_code": "IL"}
ISRAEL = {"text": "الطائرات الإسرائيلية", "canonical": "Military Forces of Israel (2022-)", "inter": 8}
GAZA = {"text": "غزة", "name": "Gaza", "country_code": "PS"}


def test_a_headline_capital_before_its_verb_is_the_state_speaking():
    # a headline puts the capital first: واشنطن تحذر، تل أبيب تنذر; Tel Aviv stands for Israel's government in Arabic
    # copy though GeoNames gives Israel another capital
    text = "قصفت الطائرات الإسرائيلية منزلا في غزة وتل أبيب تنذر بتوسيع العملية."
    assert _locations(text, [GAZA, TEL_AVIV], [ISRAEL]) == ["Gaza"]
    text = "قصفت الطائرات الإسرائيلية مواقع وموسكو تحذر من التصعيد."
    assert "Moscow" not in _locations(text, [MOSCOW], [ISRAEL])


def test_a_capital_struck_before_a_verb_that_is_no_speech_stays_a_place():
    text = "قصفت القوات الروسية طهران تماما بالصواريخ."
    assert _locations(text, [TEHRAN], [RUSSIA]) == ["Tehran"]
