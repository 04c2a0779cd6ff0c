"""Yemen's districts (مديريات) as data: GeoNames ADM2 units, keyed by id in place_additions.tsv, that strike and
front-line copy names district by district (غارات على مديرية سنحان); names that are also common words stay words
unless a cue or the story's country makes them the district."""

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
        ("شن الطيران الأمريكي غارات على مديرية سنحان جنوب شرق صنعاء.", "مديرية سنحان", "Sanhan", "Sanʻa'"),
        ("استهدفت غارتان مديرية بني مطر غرب العاصمة صنعاء.", "مديرية بني مطر", "Bani Matar", "Sanʻa'"),
        ("شنت طائرات أمريكية ثلاث غارات على خولان شرق صنعاء.", "خولان", "Khwlan", "Sanʻa'"),
        ("أغارت الطائرات على منطقة في مديرية الحالي بمحافظة الحديدة.", "مديرية الحالي", "Al Hali", "Al Hudaydah"),
        ("استهدفت غارات مديرية الحوك في مدينة الحديدة.", "مديرية الحوك", "Al Hawak", "Al Hudaydah"),
        ("شن الطيران غارتين على مديرية مجز بمحافظة صعدة.", "مديرية مجز", "Majz", "Saʻdah"),
        ("سقط قتلى في غارة على مديرية الصفراء في صعدة.", "مديرية الصفراء", "As Safra", "Saʻdah"),
        ("شنت المقاتلات غارة على حرف سفيان بمحافظة عمران.", "حرف سفيان", "Harf Sufyan", "'Amran"),
        ("اندلعت مواجهات في نهم شرق صنعاء.", "نهم", "Nihm", "Sanʻa'"),
        ("قصف حوثي على مديرية قعطبة شمال الضالع.", "مديرية قعطبة", "Qa'atabah", "Ad Dali'"),
        ("شنت طائرات أمريكية غارات على مديرية شعوب في صنعاء.", "مديرية شعوب", "Shu'aub", "Amanat al 'Asimah"),
        ("قصفت جماعة الحوثي بصاروخ منطقة بمديرية الجوبة جنوب مأرب.", "مديرية الجوبة", "Al Jubah", "Ma'rib"),
    ],
)
def test_yemeni_districts_resolve(text, name, admin2, admin1):
    res = _places(text)[name]
    assert (res.feature, res.admin2, res.admin1, res.country_code) == ("admin2", admin2, admin1, "YE")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("قال المسؤول إن الوضع الحالي في صنعاء صعب.", "الحالي"),  # 'current', not Al Hali
        ("وأكد المتحدث أن العام الحالي شهد تصعيدا في الحديدة.", "الحالي"),
        ("احتفل اليمنيون بذكرى الثورة في صنعاء.", "الثورة"),  # 'the revolution', not Ath-Thawrah district
        ("دار قتال شرس في مديرية حريب جنوب مأرب.", "شرس"),  # 'fierce', not Sharas (Hajjah)
    ],
)
def test_common_word_readings_stay_words(text, word):
    assert word not in _places(text)


def test_a_district_in_a_yemeni_story_after_a_strike_resolves():
    res = _places("قال مصدر في الحديدة إن غارتين استهدفتا مديرية الحالي ومديرية الحوك.")
    assert res["مديرية الحالي"].admin2 == "Al Hali" and res["مديرية الحوك"].admin2 == "Al Hawak"


def test_an_unknown_area_takes_the_district_named_a_word_after_it():
    # the area's name stops before its second word (a common word); the district after it places it, not the
    # governorate named earlier in the story
    text = ("شنت طائرات أمريكية غارات على محافظة صعدة. وقالت وزارة الصحة إن غارة استهدفت منزلا في منطقة شعب "
            "الحافة بمديرية شعوب في أمانة العاصمة.")
    res = _places(text)["منطقة شعب"]
    assert res.admin1 == "Amanat al 'Asimah"
