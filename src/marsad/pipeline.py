"""Stages and the pipeline that chains them.

A stage is any object with a ``name``, the layers it ``requires`` and ``provides``, and a ``__call__`` from
:class:`~marsad.model.Article` to :class:`~marsad.model.Article`. The pipeline checks when it is built that every
stage's requirements are provided by the reader (``raw``) or by an earlier stage, so a missing stage is reported before
any text is read, not as a ``KeyError`` deep inside a run.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from marsad.model import Article

#: layers every article has as soon as a reader made it
READER_LAYERS = frozenset({"raw", "dateline"})


@runtime_checkable
class Stage(Protocol):
    """What the pipeline needs of a stage."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, article: Article) -> Article: ...


class PipelineError(ValueError):
    """A pipeline whose stages do not fit together."""


class StageError(RuntimeError):
    """A stage failed on one article; carries the stage name so the message can say where."""

    def __init__(self, stage: str, article_id: str, cause: BaseException) -> None:
        super().__init__(f"stage {stage!r} failed on article {article_id}: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.article_id = article_id


@dataclass
class StageTiming:
    """Accumulated wall time per stage, for benchmarks."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds


class Pipeline:
    """An ordered list of stages, checked when built.

    Args:
        stages: the stages, in the order they run.
        available: layers present before the first stage (what readers provide).

    Raises:
        PipelineError: when a stage requires a layer no earlier stage provides, or two stages share a name.
    """

    def __init__(self, stages: Sequence[Stage], available: Iterable[str] = READER_LAYERS) -> None:
        have = set(available)
        names: set[str] = set()
        for stage in stages:
            if not isinstance(stage, Stage):
                raise PipelineError(f"{stage!r} is not a stage (needs name, requires, provides and __call__)")
            if stage.name in names:
                raise PipelineError(f"two stages are named {stage.name!r}")
            names.add(stage.name)
            missing = set(stage.requires) - have
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {', '.join(sorted(missing))}, which no earlier stage provides"
                )
            have |= set(stage.provides)
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.provides = frozenset(have)

    def __call__(self, article: Article, timing: StageTiming | None = None) -> Article:
        for stage in self.stages:
            started = time.perf_counter()
            try:
                article = stage(article)
            except Exception as e:  # a bug in one stage must not lose the rest of the batch
                raise StageError(stage.name, article.id, e) from e
            if timing is not None:
                timing.add(stage.name, time.perf_counter() - started)
        return article

    def run(self, articles: Iterable[Article], timing: StageTiming | None = None) -> Iterator[Article]:
        for article in articles:
            yield self(article, timing)

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(s.name for s in self.stages)})"
