"""Pipeline stages of the text layer."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.model import Article
from marsad.text.normalize import DEFAULT, NormalizationConfig, normalize_with_offsets
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


@dataclass(frozen=True)
class TextNormalizer:
    """Fills ``Article.normalized`` and ``Article.offsets``."""

    config: NormalizationConfig = DEFAULT
    name: str = "normalizer"
    requires: frozenset[str] = frozenset({"raw"})
    provides: frozenset[str] = frozenset({"normalized"})

    def __call__(self, article: Article) -> Article:
        text, offsets = normalize_with_offsets(article.raw, self.config)
        return article.replace(self.provides, normalized=text, offsets=offsets)


@dataclass(frozen=True)
class SentenceSplitter:
    """Fills ``Article.sentences``."""

    name: str = "sentences"
    requires: frozenset[str] = frozenset({"normalized"})
    provides: frozenset[str] = frozenset({"sentences"})

    def __call__(self, article: Article) -> Article:
        return article.replace(self.provides, sentences=split_sentences(article.normalized))


@dataclass(frozen=True)
class Tokenizer:
    """Fills ``Article.tokens`` with clitic-aware tokens and their lemmas.

    Clitic splits come from the packaged lexicon (arramooz, known_words.tsv, clitic_exceptions.tsv) and lemmas from
    :mod:`marsad.text.morphology` (qalsadi, cached on disk); ``lemmas=False`` skips the morphology entirely.
    """

    lemmas: bool = True
    name: str = "tokenizer"
    requires: frozenset[str] = frozenset({"normalized", "sentences"})
    provides: frozenset[str] = frozenset({"tokens"})

    def __call__(self, article: Article) -> Article:
        tokens = tokenize(article.normalized, article.sentences, lemmas=self.lemmas)
        return article.replace(self.provides, tokens=tokens)
