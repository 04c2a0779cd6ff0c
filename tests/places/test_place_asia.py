"""Places of Asia's and the Caucasus's wars named as data: Pakistan's and Indian Kashmir's districts (GeoNames ADM2
units with no Arabic name of their own), Myanmar's states and towns, Iran's Sistan and Baluchestan, the front towns
of Ukraine and Russia's border oblasts; and a pool of blood that is not a village."""

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
    ("text", "name", "english", "country"),
    [
        ("استهدف انتحاري رتلا عسكريا في وكالة خيبر القبلية شمال غرب باكستان.", "خيبر القبلية", "Khyber Agency", "PK"),
        ("قتل جنديان في هجوم على حاجز في وزيرستان الشمالية.", "وزيرستان الشمالية", "North Waziristan", "PK"),
        ("انفجرت عبوة على طريق في ديرا إسماعيل خان صباح اليوم.", "ديرا إسماعيل خان", "Dera Ismail Khan", "PK"),
        ("اشتبك الجنود مع مسلحين في منطقة دودا الجبلية.", "منطقة دودا", "Doda", "IN"),
        ("قصفت طائرة حربية سوق بلدة بامو.", "بامو", "Bhamo", "MM"),
        ("نزح آلاف من ولاية راخين خلال أسبوع.", "ولاية راخين", "Rakhine", "MM"),
        ("أطلق مسلحون النار على دورية في محافظة سيستان وبلوشستان.", "محافظة سيستان وبلوشستان",
         "Sistan and Baluchestan", "IR"),
        ("سقطت مسيرة على منزل في مدينة مارهانيت ليلا.", "مارهانيت", "Marhanets", "UA"),
        ("قال حاكم بيلجورود إن قذيفة أصابت محطة وقود.", "بيلجورود", "Belgorod", "RU"),
    ],
)
def test_places_of_asian_wars_are_found(text, name, english, country):
    res = _places(text)[name]
    assert (res.name, res.country_code) == (english, country)


def test_a_pool_is_not_a_place():
    assert "بركة" not in _places("عثر المسعفون على جثة في بركة من الدماء قرب الجسر.")
