"""People the dictionary does not know, found by general cues: a title or occupation, a nationality adjective, a
reporting verb, and an unknown word."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.actors.recognizer import ActorRecognizer, place_nisba
from marsad.model import Article, MentionKind
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer


def people(text: str) -> list[str]:
    article = Article("t", text)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), ActorRecognizer(tagger=False)):
        article = stage(article)
    return [m.text for m in article.mentions_of(MentionKind.PERSON)]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال المدرب البرتغالي جوزيه مورينيو للصحفيين", "جوزيه مورينيو"),
    ("وقال الكاتب الكولومبي غابرييل غارسيا ماركيز في مقابلة", "غابرييل غارسيا ماركيز"),
    # no title: a noun and a nationality adjective before unknown words
    ("وتغلب فيدرر على منافسه الإسباني رافائيل نادال في النهائي", "رافائيل نادال"),
    # a single word the lexicon does not know, between a reporting verb and إن
    ("وقال ساركوزي إن فرنسا ستشارك", "ساركوزي"),
])
def test_foreign_names_from_cues(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "وقال مسؤول إن الوضع هادئ",
    "وأكد البيان أن الهجوم وقع ليلا",
    "وقال الجيش الإسرائيلي إن صاروخا سقط",
])
def test_bodies_and_common_nouns_are_not_people(text):
    assert people(text) == []


def test_nisba_adjectives_point_to_their_country():
    assert place_nisba("الاسباني") == "اسبانيا"
    assert place_nisba("الفرنسيه") == "فرنسا"
    assert place_nisba("الجديد") is None


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["الأمريكي", "الفرنسي", "البريطاني", "الإسباني"]),
       st.sampled_from(["المدافع", "النائب", "اللاعب", "منافسه"]))
def test_a_place_after_the_adjective_is_never_a_person(adjective, noun):
    assert people(f"وقال {noun} {adjective} بيروت") == []


@pytest.mark.parametrize(("text", "name"), [
    # a future verb ends the name
    ("أعلن الاتحاد أن مدرب المنتخب يورجن كلينسمان سيبقى في منصبه", "يورجن كلينسمان"),
    # a counterpart title starts an apposition: the first name ends before it, the second follows it
    ("واستقبل الرئيس المصري حسني مبارك نظيره الفرنسي جاك شيراك", "حسني مبارك"),
    ("واستقبل الرئيس المصري حسني مبارك نظيره الفرنسي جاك شيراك", "جاك شيراك"),
    # an organisation glued to a preposition between the title and the name
    ("وقال الأمين العام لحلف شمال الأطلسي ياب دي هوب شيفر إن", "ياب دي هوب شيفر"),
    # four names, two of them compounds
    ("وأفرجت السلطات عن حسن مصطفى عبد العزيز عبد الرحمن أمس", "حسن مصطفى عبد العزيز عبد الرحمن"),
    # after a family name with the article, a known common noun is an apposition
    ("وقال القاضي موسى الطبري وكيل قاضي القضاة", "موسى الطبري"),
    # a family name that looks like ب + a word of no corpus frequency stays in the name
    ("وقال محمد أمين بشناق إن", "محمد أمين بشناق"),
])
def test_where_a_name_ends(text, name):
    assert name in people(text)
