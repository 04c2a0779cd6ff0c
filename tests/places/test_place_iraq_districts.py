"""Iraq's districts (أقضية) that conflict copy names and the packaged GeoNames extract gives no Arabic name: a
district cue with one of them is the Iraqi district, not a namesake abroad (Egypt's Mahmudiyah, Idlib's Sanjar)."""

from __future__ import annotations

import pytest

from marsad.model import Article, MentionKind
from marsad.places.recognizer import PlaceRecognizer
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

_STAGES = (TextNormalizer(), SentenceSplitter(), Tokenizer(), PlaceRecognizer())


def _places(raw: str) -> dict[str, object]:
    article = Article(id="t", raw=raw)
    for stage in _STAGES:
        article = stage(article)
    return {m.text: m.resolution for m in article.mentions if m.kind is MentionKind.PLACE}


@pytest.mark.parametrize(
    ("text", "name", "admin2", "admin1"),
    [
        ("قصفت مسيرة تركية مواقع في قضاء سنجار غرب الموصل.", "قضاء سنجار", "Sinjar", "Ninawa"),
        ("قتل مدني بانفجار عبوة ناسفة في قضاء المحمودية جنوب بغداد.", "قضاء المحمودية", "Mahmudiya", "Baghdad"),
        ("انفجرت عبوة لاصقة بسيارة في قضاء التاجي شمال بغداد.", "قضاء التاجي", "Taji", "Baghdad"),
        ("نفذت القوات الأمنية عملية تفتيش في منطقة الثرثار غرب سامراء.", "منطقة الثرثار", "Al-Thethar",
         "Salah ad Din"),
    ],
)
def test_iraqi_districts_resolve(text, name, admin2, admin1):
    res = _places(text)[name]
    assert (res.feature, res.admin2, res.admin1, res.country_code) == ("admin2", admin2, admin1, "IQ")


def test_a_syrian_sanjar_stays_in_idlib():
    res = _places("قصف الطيران الحربي بلدة سنجار في ريف إدلب الشرقي.")["سنجار"]
    assert res.country_code == "SY"
