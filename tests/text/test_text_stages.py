"""The text layer's stages on an article."""

from __future__ import annotations

from marsad.model import Article
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer


def test_stages_fill_normalized_sentences_and_tokens_with_raw_offsets() -> None:
    raw = "وسيطرت الفصائلُ على بلدة خناصر بريف حلب. وقصفت الطائرات إدلب."
    article = Tokenizer()(SentenceSplitter()(TextNormalizer()(Article(id="t", raw=raw))))
    assert {"normalized", "sentences", "tokens"} <= article.layers
    assert len(article.sentences) == 2
    reef = next(t for t in article.tokens if t.stem == "ريف")
    assert reef.prefixes == ("ب",)
    span = article.raw_span(reef.stem_start, reef.stem_end)
    assert raw[span.start : span.end] == "ريف"
    factions = next(t for t in article.tokens if t.stem == "فصائل")
    span = article.raw_span(factions.start, factions.end)
    assert raw[span.start : span.end] == "الفصائلُ"
    assert factions.lemma == "فصيله"
    assert [t.sentence for t in article.tokens if t.text in ("وقصفت", "ادلب")] == [1, 1]


def test_stage_names_and_layers() -> None:
    assert (TextNormalizer().name, SentenceSplitter().name, Tokenizer().name) == (
        "normalizer",
        "sentences",
        "tokenizer",
    )
    assert Tokenizer().requires == frozenset({"normalized", "sentences"})
    assert (
        Tokenizer(lemmas=False)(SentenceSplitter()(TextNormalizer()(Article(id="u", raw="قصف")))).tokens[0].lemma == ""
    )
