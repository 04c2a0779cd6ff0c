"""Acceptance of issue 5 on the reference AFP dispatch (needs ../shared beside the repository)."""

from pathlib import Path

import pytest

from marsad.actors.recognizer import ActorRecognizer
from marsad.actors.sources import ClaimAttributor, SourceRecognizer
from marsad.model import Event, MentionKind, Span
from marsad.readers import read_paths
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "afp-2024-12-03-hama.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"reference dispatch not found at {SEED} (shared/ absent)")


@pytest.fixture(scope="module")
def article():
    (article,) = list(read_paths([str(SEED)]))
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), ActorRecognizer(), SourceRecognizer()):
        article = stage(article)
    return article


def test_actors_are_recognised_and_normalised(article):
    actors = article.mentions_of(MentionKind.ACTOR)
    canon = {m.resolution.canonical for m in actors if m.resolution}
    assert {"Hayat Tahrir al Sham", "Military Forces of Syria (2000-2024)", "Military Forces of Russia (2000-)",
            "QSD: Syrian Democratic Forces"} <= canon
    hts = next(m for m in actors if m.text == "هيئة تحرير الشام")
    assert hts.resolution.former_name == "Jabhat al Nusra"
    nusra = next(m for m in actors if m.text == "جبهة النصرة")
    assert nusra.resolution.actor_id == "hts"
    allies = [m for m in actors if m.role == "associated"]
    assert [m.text for m in allies] == ["الجماعات المتحالفة معها", "فصائل حليفة لها"]
    assert all(m.resolution.parent == "hts" for m in allies)
    regime = next(m for m in actors if m.text == "قوات النظام")
    assert regime.resolution.actor_id == "sy-mil-2000" and regime.role == "generic"
    generic = [m for m in actors if m.text in ("الفصائل", "الجماعات المسلحة")]
    assert generic and all(m.resolution.actor_id == "hts" for m in generic)


def test_people_and_organisations(article):
    people = {m.text: m.resolution for m in article.mentions_of(MentionKind.PERSON)}
    assert people["أنطونيو غوتيريش"].organization == "United Nations"
    assert people["ستيفان دوجاريك"].actor_id == "un"
    assert people["رامي عبد الرحمن"].actor_id == "sohr"
    assert people["عبد الرحمن"].name == people["رامي عبد الرحمن"].name
    assert people["أبو الهدى الصوراني"].role == "fighter"
    orgs = {m.resolution.actor_id for m in article.mentions_of(MentionKind.ORGANIZATION) if m.resolution}
    assert {"sohr", "un"} <= orgs


def _claims(article, *triggers):
    events = []
    for k, word in enumerate(triggers):
        i = article.raw.index(word)
        events.append(Event(f"e{k}", "Battles", "Armed clash", "Political violence", Span(i, i + len(word)),
                            article.sentence_of(i)))
    article = ClaimAttributor()(article.replace({"events"}, events=tuple(events)))
    return {c.event_id: c for c in article.claims}, article


def test_each_event_claim_names_who_says_so(article):
    claims, art = _claims(article, "معارك عنيفة", "اشتباكات في ريف", "تنفيذ الطيران", "ضربات جوية", "متروكة",
                          "الفرار", "بلوغ مدينة حلب")
    assert claims["e0"].source_id == "sohr" and art.raw[claims["e0"].cue.start : claims["e0"].cue.end] == "وفق"
    assert claims["e1"].source_id == "sohr" and claims["e1"].statement.text(art.raw).startswith('"اشتباكات')
    assert claims["e2"].source_id == "sohr"
    assert (claims["e3"].source_name, claims["e3"].source_type) == ("SANA", "military source")
    assert (claims["e4"].source_name, claims["e4"].source_type) == ("AFP", "eyewitness")
    assert claims["e5"].source_type == "UN"
    assert claims["e6"].source is None and claims["e6"].source_name == "AFP"
