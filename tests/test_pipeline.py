from dataclasses import dataclass

import pytest

from marsad.model import Article
from marsad.pipeline import Pipeline, PipelineError, StageError, StageTiming
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer


@dataclass(frozen=True)
class Upper:
    name: str = "upper"
    requires: frozenset[str] = frozenset({"normalized"})
    provides: frozenset[str] = frozenset({"upper"})

    def __call__(self, article: Article) -> Article:
        return article.replace(self.provides, title=article.normalized.upper())


@dataclass(frozen=True)
class Broken:
    name: str = "broken"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()

    def __call__(self, article: Article) -> Article:
        raise ZeroDivisionError("boom")


def test_pipeline_reports_missing_layer_when_built():
    with pytest.raises(PipelineError, match="tokenizer.*requires.*normalized"):
        Pipeline([Tokenizer()])


def test_pipeline_rejects_duplicate_names_and_non_stages():
    with pytest.raises(PipelineError, match="two stages"):
        Pipeline([TextNormalizer(), TextNormalizer()])
    with pytest.raises(PipelineError, match="not a stage"):
        Pipeline([object()])  # type: ignore[list-item]


def test_pipeline_runs_stages_in_order_and_times_them():
    p = Pipeline([TextNormalizer(), SentenceSplitter(), Tokenizer(), Upper()])
    assert {"normalized", "sentences", "tokens", "upper"} <= p.provides
    timing = StageTiming()
    a = p(Article(id="x", raw="قال الجيشُ. وقصف حلب"), timing)
    assert a.normalized == "قال الجيش. وقصف حلب"
    assert len(a.sentences) == 2
    assert {"normalizer", "sentences", "tokenizer", "upper"} == set(timing.seconds)
    assert {"normalized", "sentences", "tokens", "upper"} <= a.layers


def test_stage_failure_names_stage_and_article():
    p = Pipeline([Broken()])
    with pytest.raises(StageError, match="'broken' failed on article a7: ZeroDivisionError"):
        p(Article(id="a7", raw="نص"))
