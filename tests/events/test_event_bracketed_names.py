"""Names set in brackets, as some agencies print actors and places (KUNA: أعلنت (قوات الدعم السريع) ...): the
brackets mark a name, they neither end the clause nor hide the speaker."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.events.modality import clause_bounds
from marsad.extraction import default_pipeline
from marsad.model import Article
from marsad.readers import make_article
from marsad.records import event_records
from marsad.text.normalize import normalize
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

TEXT = ("أعلنت (قوات الدعم السريع) اليوم الأحد سيطرتها على مقر قيادة الفرقة السادسة بالجيش في مدينة (الفاشر) آخر "
        "معاقل القوات المسلحة في إقليم (دارفور).")


def test_a_bracketed_name_does_not_end_its_clause():
    article = Article("t", "أعلنت (قوات الدعم السريع) سيطرتها على المدينة، وقال الجيش (وهو يقاتل منذ أشهر، بلا توقف) "
                      "إنه صد الهجوم.")
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer()):
        article = stage(article)
    tokens = article.tokens
    clauses = [" ".join(t.text for t in tokens[a:b]) for a, b in clause_bounds(tokens, 0, len(tokens))]
    assert clauses[0] == normalize("أعلنت ( قوات الدعم السريع ) سيطرتها على المدينة")
    # an aside in brackets that holds punctuation is no name: its brackets still end clauses
    assert normalize("وقال الجيش") in clauses and normalize("إنه صد الهجوم .") in clauses


def test_the_bracketed_announcer_takes_the_town_and_is_the_source():
    rec = list(event_records(default_pipeline()(make_article(TEXT, published=datetime(2025, 10, 26, 12, tzinfo=UTC)))))
    assert [(r["sub_event_type"], r["actor1"], r["actor2"], r["location"], r["source"]) for r in rec] == [
        ("Non-state actor overtakes territory", "Rapid Support Forces", "Military Forces of Sudan (2019-)",
         "El Fasher", "Rapid Support Forces")]


def test_an_actor_named_again_in_brackets_is_one_side_named_by_the_brackets():
    # قوى الأمن الداخلي alone reads as the state's police; the bracketed الأسايش says which body it is
    text = "قتل عنصران من قوى الأمن الداخلي (الأسايش) بقصف لطائرة مسيرة تركية استهدف حاجزا لهم في ريف الحسكة الشمالي."
    rec = list(event_records(default_pipeline()(make_article(text, published=datetime(2024, 1, 22, 9, tzinfo=UTC)))))
    assert [(r["actor1"], r["actor2"], r["fatalities"]) for r in rec] == [
        ("Military Forces of Turkey (2002-)", "Asayish", 2)]
