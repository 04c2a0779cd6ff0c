"""Protesters and rioters are named by the country they are in, like civilians (ACLED's crowd actors)."""

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.actors.dictionary import actor_dictionary
from marsad.actors.recognizer import CROWDS, ActorRecognizer, _ActorPass
from marsad.model import ActorResolution, Article, MentionKind
from marsad.places.recognizer import PlaceRecognizer
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

WHEN = datetime(2025, 3, 4, 9, tzinfo=UTC)


def crowd_actors(text: str) -> dict[str, ActorResolution]:
    article = Article("t", text, published=WHEN)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), PlaceRecognizer(), ActorRecognizer(tagger=False)):
        article = stage(article)
    return {m.text: m.resolution for m in article.mentions_of(MentionKind.ACTOR)
            if isinstance(m.resolution, ActorResolution)}


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في مدينة البصرة.", "المتظاهرين", "Iraq"),
        ("اعتقلت قوات الأمن عشرة محتجين أمام مبنى المحافظة في مدينة عدن.", "محتجين", "Yemen"),
        ("تجمع المحتجون في ساحة الشهداء وسط بيروت مطالبين بالإصلاح.", "المحتجون", "Lebanon"),
        ("أصيبت ثلاث متظاهرات برصاص قوات الأمن في مدينة أم درمان.", "متظاهرات", "Sudan"),
        ("فرقت الشرطة مئات المحتجات أمام البرلمان في العاصمة طرابلس الليبية.", "المحتجات", "Libya"),
    ],
)
def test_protesters_are_named_by_the_country_of_their_places(text, word, country):
    res = crowd_actors(text)[word]
    assert res.canonical == f"Protesters ({country})"
    assert res.inter == 6 and res.actor_type == "protesters" and res.country
    assert res.generic


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("اشتبكت قوات الأمن مع مثيري الشغب في مدينة الناصرية.", "مثيري الشغب", "Iraq"),
        ("قالت الشرطة إن مشاغبين أحرقوا سيارات في مدينة صفاقس.", "مشاغبين", "Tunisia"),
    ],
)
def test_rioters_are_named_by_the_country_of_their_places(text, word, country):
    res = crowd_actors(text)[word]
    assert res.canonical == f"Rioters ({country})"
    assert res.inter == 5 and res.actor_type == "rioters"


def test_a_crowd_is_never_the_antecedent_of_an_armed_group():
    found = crowd_actors("تظاهر المحتجون في مدينة حمص، ثم هاجمت الفصائل المسلحة حاجزا قرب المدينة.")
    assert found["المحتجون"].canonical == "Protesters (Syria)"
    faction = found.get("الفصائل المسلحة")
    assert faction is None or not faction.canonical.startswith("Protesters")


def test_a_crowd_in_construct_is_named_too():
    assert crowd_actors("اعتقلت الشرطة عشرات من متظاهري الحراك في مدينة الناصرية.")["متظاهري"].canonical == \
        "Protesters (Iraq)"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(CROWDS)), st.sampled_from(["IQ", "YE", "SD", "LY", "SY", "LB", "PS", "TN"]))
def test_every_crowd_is_named_by_its_country_with_its_inter(cls, iso2):
    run = _ActorPass(Article("t", "نص", published=WHEN), actor_dictionary())
    res = run.crowd(cls, iso2)
    prefix, label, inter, actor_type = CROWDS[cls]
    assert res is not None and res.generic
    assert res.canonical.startswith(f"{label} (") and res.canonical.endswith(")")
    assert res.inter == inter and res.actor_type == actor_type and res.country == iso2
    assert iso2 not in res.canonical  # a country name, never its code
    assert run.crowd(cls, None) is None
