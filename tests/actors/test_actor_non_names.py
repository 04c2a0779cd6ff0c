"""Front lines and weapons are not actors, organisations or people (front_heads.tsv, weapon_names.tsv)."""

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.actors.dictionary import actor_dictionary
from marsad.actors.non_names import drop_non_names, front_heads, weapon_matcher
from marsad.actors.recognizer import ActorRecognizer, _ActorPass, _Found
from marsad.knowledge import load_table
from marsad.model import Article, MentionKind, PersonResolution
from marsad.places.recognizer import PlaceRecognizer
from marsad.text.normalize import normalize
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

WHEN = datetime(2025, 5, 12, 8, tzinfo=UTC)
NAMES = (MentionKind.ACTOR, MentionKind.ORGANIZATION, MentionKind.PERSON)


def recognised(text: str, tagger: bool = True) -> Article:
    article = Article("t", text, published=WHEN)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), PlaceRecognizer(), ActorRecognizer(tagger=tagger)):
        article = stage(article)
    return article


def names(article: Article) -> dict[str, object]:
    return {m.text: m.resolution for m in article.mentions if m.kind in NAMES}


@pytest.mark.parametrize("name", ["front_heads.tsv", "weapon_names.tsv"])
def test_files_cite_sources_and_survive_normalization(name):
    table = load_table(name)
    assert table.source and table.licence
    forms = [row["form"] for row in table.rows]
    assert len(forms) == len(set(forms))
    assert all(normalize(f).strip() for f in forms)


def test_weapon_names_match_behind_proclitics_and_the_article():
    found = {m.phrase for m in weapon_matcher().find(normalize("أطلقوا صواريخ الكاتيوشا وبالكورنيت وإف 16"))}
    assert {normalize("الكاتيوشا"), normalize("الكورنيت"), normalize("إف 16")} <= found
    assert normalize("جبهة") in front_heads()


@pytest.mark.parametrize(
    ("text", "front"),
    [
        ("قتل ثلاثة جنود في هجوم للحوثيين على جبهة حيفان جنوب تعز.", "جبهة حيفان"),
        ("تصاعد القتال في جبهة الضالع خلال الليل.", "جبهة الضالع"),
        ("اندلعت مواجهات عنيفة في جبهة مريس شمالي المحافظة.", "جبهة مريس"),
        ("صد الجيش هجوما واسعا على جبهات صرواح.", "جبهات صرواح"),
    ],
)
def test_a_front_named_after_a_place_is_no_actor(text, front):
    found = names(recognised(text))
    assert front not in found
    assert not any(k.startswith(front.split()[0]) for k in found)


@pytest.mark.parametrize(
    ("text", "front", "canonical"),
    [
        ("قاتلت جبهة النصرة في ريف إدلب.", "جبهة النصرة", "Hayat Tahrir al Sham"),
        ("أعلنت الجبهة الشعبية لتحرير فلسطين مسؤوليتها عن العملية.", "الجبهة الشعبية لتحرير فلسطين",
         "PFLP: Popular Front for the Liberation of Palestine"),
    ],
)
def test_real_fronts_stay_actors(text, front, canonical):
    found = names(recognised(text))
    assert any(k.startswith(front) or front.startswith(k) for k in found), found
    if canonical:
        assert found[front].canonical == canonical


def test_a_front_of_an_unknown_group_is_kept_when_no_place_follows():
    found = names(recognised("أعلنت جبهة التحرير الوطني رفضها للاتفاق."))
    assert any(k.startswith("جبهة التحرير") for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "أطلق مقاتلو الحزب رشقة من صواريخ الكاتيوشا باتجاه الجليل الأعلى.",
        "وأسقطت الدفاعات الجوية مسيرة من طراز شاهد 136 فوق المدينة.",
        "وقصفت مقاتلات إف 16 مواقع للمسلحين، وحلقت مروحيات أباتشي فوق المخيم.",
        "واستهدف المقاتلون دبابة ميركافا بصاروخ كورنيت.",
    ],
)
def test_weapons_are_not_names(text):
    found = names(recognised(text))
    weapon_spans = [(m.start, m.end) for m in weapon_matcher().find(normalize(text))]
    assert weapon_spans
    article = recognised(text)
    for m in article.mentions:
        if m.kind in NAMES:
            n = article.offsets.to_normalized(m.start), article.offsets.to_normalized(m.end)
            assert not any(a < n[1] and n[0] < b for a, b in weapon_spans), found


def test_a_person_named_after_a_weapon_keeps_a_name_word():
    found = names(recognised("وقال القيادي محمد الكاتيوشا إن الهجوم فشل.", tagger=False))
    assert any("محمد" in k for k in found)


WEAPONS = sorted(row["form"] for row in load_table("weapon_names.tsv").rows)
TEMPLATES = [
    "أطلق المسلحون صواريخ {} على القرية.",
    "وقالت المصادر إن {} أصابت مبنى سكنيا في المدينة.",
    "واستخدم الجيش طائرات {} في الهجوم على المواقع.",
    "أطلق مقاتلو الحزب رشقة من صواريخ {} باتجاه الجليل الأعلى.",
]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(WEAPONS), st.sampled_from(TEMPLATES))
def test_no_name_is_made_of_weapons_only(weapon, template):
    text = template.format(weapon)
    article = recognised(text)
    weapon_spans = [(m.start, m.end) for m in weapon_matcher().find(article.normalized)]
    assert weapon_spans
    for m in article.mentions:
        if m.kind in NAMES:
            n = article.offsets.to_normalized(m.start), article.offsets.to_normalized(m.end)
            assert not all(any(a < t.end and t.start < b for a, b in weapon_spans) or t.text.isdigit()
                           for t in article.tokens if n[0] <= t.start and t.end <= n[1] and t.is_word), m.text


def _tagged_run(text: str, name: str) -> _ActorPass:
    """An actor pass over ``text`` whose only finding is ``name`` read as a person (as the tagger may read it)."""
    article = Article("t", text, published=WHEN)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer()):
        article = stage(article)
    run = _ActorPass(article, actor_dictionary())
    start = article.normalized.index(normalize(name))
    end = start + len(normalize(name))
    run.found = [_Found(start, end, MentionKind.PERSON, PersonResolution(normalize(name), None, None, None))]
    return run


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WEAPONS), st.sampled_from(["", "ال", "بال", "و"]))
def test_a_person_read_over_a_weapon_name_is_dropped(weapon, prefix):
    if prefix and (" " in weapon or weapon.startswith(("ال", "إف", "اف", "إم", "تي"))):
        prefix = ""
    run = _tagged_run(f"وقال الناطق إن {prefix}{weapon} أصاب الهدف.", prefix + weapon)
    drop_non_names(run)
    assert run.found == []


def test_a_person_with_a_name_word_is_kept():
    run = _tagged_run("وقال الناطق إن محمد كورنيت أصاب الهدف.", "محمد كورنيت")
    drop_non_names(run)
    assert len(run.found) == 1


@pytest.mark.parametrize(
    "text",
    ["وقال رئيس مجلس الإدارة إن الشركة ربحت كثيرا .", "وقرر مجلس إدارة البنك توزيع الأرباح .",
     "وقال الجهاز الفني للفريق إن اللاعبين جاهزون ."],
)
def test_a_companys_or_teams_own_body_is_no_organisation_name(text):
    article = recognised(text)
    assert not [m.text for m in article.mentions if m.kind is MentionKind.ORGANIZATION]


def test_a_named_council_is_still_an_organisation():
    article = recognised("وقال مجلس الأمن الدولي في بيان إن الهدنة يجب أن تستمر .")
    assert any("مجلس الأمن" in m.text for m in article.mentions
               if m.kind in (MentionKind.ORGANIZATION, MentionKind.ACTOR))


@pytest.mark.parametrize(
    "text",
    [
        "وبعد ذلك بوقت قصير، انفجرت عبوتان ناسفتان قرب قاعدة جوية في مدينة كالي.",
        "وفي وقت لاحق، اندلعت مواجهات عنيفة قرب مدرسة البنات في مدينة كالي.",
    ],
)
def test_a_clause_opened_by_a_verb_is_no_persons_name(text):
    people = [m.text for m in recognised(text).mentions if m.kind is MentionKind.PERSON]
    assert not any(p.startswith(("انفجرت", "اندلعت")) for p in people), people


def test_a_given_name_that_is_also_a_verb_still_names_a_person():
    people = [m.text for m in recognised("قال عصمت عبد المجيد إن المفاوضات ستستأنف.").mentions
              if m.kind is MentionKind.PERSON]
    assert any(p.startswith("عصمت") for p in people), people
