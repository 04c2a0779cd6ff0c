"""The default pipeline and the library entry points the CLI, the store and the API call."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.model import Article
from marsad.pipeline import Pipeline, StageError, StageTiming
from marsad.readers import ReadProblem, read_paths


def default_stages() -> list:
    """The stages of marsad's main job, in order."""
    from marsad.actors.recognizer import ActorRecognizer
    from marsad.actors.sources import ClaimAttributor, SourceRecognizer
    from marsad.events.dates import DateResolver
    from marsad.events.numbers import NumberRecognizer
    from marsad.events.recognizer import EventRecognizer
    from marsad.places.recognizer import PlaceRecognizer
    from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

    return [
        TextNormalizer(),
        SentenceSplitter(),
        Tokenizer(),
        PlaceRecognizer(),
        ActorRecognizer(),
        SourceRecognizer(),
        DateResolver(),
        NumberRecognizer(),
        EventRecognizer(),
        ClaimAttributor(),
    ]


def default_pipeline() -> Pipeline:
    return Pipeline(default_stages())


def process(
    items: Iterable[Article | ReadProblem], pipeline: Pipeline | None = None, timing: StageTiming | None = None
) -> Iterator[Article | ReadProblem]:
    """Run the pipeline over articles, passing read problems through untouched."""
    pipeline = pipeline or default_pipeline()
    for item in items:
        if isinstance(item, ReadProblem):
            yield item
        else:
            try:
                yield pipeline(item, timing)
            except StageError as e:
                yield ReadProblem(item.origin or item.id, str(e))


def extract_paths(paths: Iterable[str], pipeline: Pipeline | None = None) -> Iterator[Article | ReadProblem]:
    """Read files or folders and run the pipeline over every article in them."""
    return process(read_paths(paths), pipeline)
