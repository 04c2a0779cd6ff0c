"""African state forces, Islamic State's regional branches and a force's name before another state's adjective."""

from datetime import UTC, datetime

import pytest

from marsad.actors.recognizer import ActorRecognizer
from marsad.model import ActorResolution, Article, MentionKind
from marsad.places.recognizer import PlaceRecognizer
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

WHEN = datetime(2025, 6, 2, 9, tzinfo=UTC)


def actors(text: str, places: bool = False) -> dict[str, ActorResolution]:
    article = Article("t", text, published=WHEN)
    stages = (TextNormalizer(), SentenceSplitter(), Tokenizer(), *((PlaceRecognizer(),) if places else ()),
              ActorRecognizer())
    for stage in stages:
        article = stage(article)
    return {m.text: m.resolution for m in article.mentions
            if m.kind in (MentionKind.ACTOR, MentionKind.ORGANIZATION) and isinstance(m.resolution, ActorResolution)}


@pytest.mark.parametrize(
    ("text", "alias", "canonical"),
    [
        ("صد الجيش البوركيني هجوما على موقع عسكري.", "الجيش البوركيني", "Military Forces of Burkina Faso (2022-)"),
        ("انتشرت القوات النيجرية على الطريق الرئيسي.", "القوات النيجرية", "Military Forces of Niger (2023-)"),
        ("تقدمت القوات الصومالية نحو قرية جديدة.", "القوات الصومالية", "Military Forces of Somalia (2022-)"),
        ("أرسل الجيش الكونغولي تعزيزات إلى الشرق.", "الجيش الكونغولي",
         "Military Forces of the Democratic Republic of Congo (2019-)"),
        ("قالت القوات الموزمبيقية إنها استعادت السيطرة على البلدة.", "القوات الموزمبيقية",
         "Military Forces of Mozambique (2025-)"),
        ("رافق عناصر الفيلق الأفريقي الرتل العسكري.", "الفيلق الأفريقي", "Africa Corps"),
    ],
)
def test_african_forces_are_named(text, alias, canonical):
    assert actors(text)[alias].canonical == canonical


def test_an_army_name_before_another_states_adjective_is_that_states_army():
    # الجيش الوطني alone is the Syrian National Army; with Mali's adjective after it, Mali's army
    found = actors("أعلن الجيش الوطني المالي أنه صد هجوما في الوسط.")
    assert found["الجيش الوطني المالي"].canonical == "Military Forces of Mali (2021-)"
    assert actors("قصف الجيش الوطني مواقع قرب عفرين.")["الجيش الوطني"].canonical == "Syrian National Army"


def test_a_named_list_of_states_is_left_to_the_coordination_rule():
    found = actors("قصف الطيران السوري الروسي بلدات في الريف.")
    assert found["الطيران السوري"].country == "SY" and found["الروسي"].country == "RU"


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("هاجم مسلحو تنظيم داعش قاعدة للجيش في ولاية يوبي.", "تنظيم داعش", "Islamic State (West Africa)"),
        ("تبنى تنظيم الدولة الإسلامية هجوما على بلدة في كابو ديلغادو.", "تنظيم الدولة الإسلامية",
         "Islamic State (Mozambique)"),
        ("نصب تنظيم داعش كمينا لدورية قرب تيلابيري.", "تنظيم داعش", "Islamic State (Sahel)"),
        ("فجر تنظيم داعش عبوة ناسفة في كركوك.", "تنظيم داعش", "Islamic State (Iraq)"),
    ],
)
def test_islamic_state_is_its_branch_where_the_sentence_is(text, name, canonical):
    assert actors(text, places=True)[name].canonical == canonical


def test_a_sentence_without_places_takes_the_articles_country_for_a_branch():
    text = "شهدت ولاية بورنو هجمات متكررة. وقال الجيش إن تنظيم داعش يقف وراء الهجوم الأخير."
    assert actors(text, places=True)["تنظيم داعش"].canonical == "Islamic State (West Africa)"


def test_a_listed_group_after_its_head_keeps_its_name_with_adjectives():
    found = actors("اشتبك الجيش مع جماعة فانو المسلحة قرب الحدود.")
    assert found["جماعة فانو المسلحة"].canonical == "Fano Militia"
