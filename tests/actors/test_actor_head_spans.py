"""Spans of head-noun organisations (وكالة، جامعة، بلدية، منظمة + name) that the dictionary does not list."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.actors.recognizer import ActorRecognizer
from marsad.model import Article, MentionKind
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer


def org_texts(text: str) -> list[str]:
    article = Article("t", text)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), ActorRecognizer(tagger=False)):
        article = stage(article)
    return [m.text for m in article.mentions_of(MentionKind.ORGANIZATION)]


@pytest.mark.parametrize(("text", "name"), [
    # a dictionary name inside the construct chain is its genitive, the longer name is the organisation
    ("وقالت وكالة أبحاث الكونغرس في تقرير إن", "وكالة أبحاث الكونغرس"),
    ("ونظمت نقابة العاملين في جامعة بيرزيت اعتصاما", "نقابة العاملين في جامعة بيرزيت"),
    # a place name that ends like a nisba is the body's seat, not a describing adjective
    ("وقالت بلدية قلقيلية إن المياه انقطعت", "بلدية قلقيلية"),
    # a second definite genitive joined by و belongs to the name
    ("وقالت منظمة التنمية والتعاون الاقتصادي إن", "منظمة التنمية والتعاون الاقتصادي"),
    # a plural of people in ة is a genitive, and a proper name may close a chain of three indefinite nouns
    ("وقال مجلس طلبة جامعة بيرزيت إن الانتخابات", "مجلس طلبة جامعة بيرزيت"),
    # a foreign name of several words the lexicon does not know
    ("وقالت شركة جنرال موتورز إن مبيعاتها", "شركة جنرال موتورز"),
    ("ويدرس الطلاب في قسم العلوم الإدارية والمالية منذ", "قسم العلوم الإدارية والمالية"),
    # a given name that looks like an imperfect verb (يعقوب) is part of the name; a real verb ends it
    ("ونقل الجريح إلى مستشفى بئر يعقوب في المدينة", "مستشفى بئر يعقوب"),
])
def test_the_whole_name_is_one_span(text, name):
    assert name in org_texts(text)


@pytest.mark.parametrize(("text", "name"), [
    # the name ends before an adverbial accusative masdar, a verb, or a new indefinite word after a proper name
    ("ونظمت جامعة بيرزيت احتفالا بالذكرى", "جامعة بيرزيت"),
    ("وأصدرت وزارة الداخلية قرارا بمنع", "وزارة الداخلية"),
    ("وقالت بلدية رام الله نديم الزرو إن", "بلدية رام الله"),
    ("وقالت وزارة الصحة تعلن عن", "وزارة الصحة"),
])
def test_the_name_ends_where_the_clause_goes_on(text, name):
    found = org_texts(text)
    assert name in found
    assert not any(f.startswith(name) and f != name for f in found)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["احتفالا", "استنكارا", "تضامنا", "قرارا", "حدثا"]),
       st.sampled_from(["جامعة بيرزيت", "شركة جوجل", "بلدية نابلس"]))
def test_an_accusative_masdar_never_joins_the_name(adverbial, name):
    assert not any(adverbial in f for f in org_texts(f"وأعلنت {name} {adverbial} بالمناسبة"))


def test_a_definite_body_after_fi_is_another_organisation():
    found = org_texts("وقالت لجنة التدقيق في السلطة الوطنية الفلسطينية إن")
    assert "لجنة التدقيق" in found
    assert not any("في" in f.split() for f in found)


def test_a_coordinated_place_is_not_part_of_the_name():
    found = org_texts("وزار وفد من وزارة الداخلية والعراق المنطقة")
    assert "وزارة الداخلية" in found
    assert not any("والعراق" in f for f in found)
