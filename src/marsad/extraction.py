"""The default pipeline and the library entry points the CLI, the store and the API call."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from marsad.cache import stable_key
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


@lru_cache(maxsize=1)
def _package_digest() -> str:
    # the package's own code and data files, digested once per process: a new marsad (a rule, an alias, a retrained
    # tagger) codes the same article differently, whatever its version string says
    root = Path(__file__).parent
    files = sorted(p for p in root.rglob("*") if p.suffix in (".py", ".tsv") and p.is_file())
    return stable_key(*(part for p in files for part in (str(p.relative_to(root)), p.read_bytes())))


def coder_fingerprint() -> str:
    """The identity of what codes an article with the default pipeline: marsad's code and data, and the gazetteer's
    inputs (packages and the dumps a user imported with ``marsad gazetteer import``).

    The store records it with every article, so that ``marsad recode`` can tell which stored articles an upgraded
    marsad, or a newly imported gazetteer, would code differently.
    """
    from marsad.places.gazetteer import cache_key

    return stable_key(_package_digest(), cache_key())[:16]


def process(
    items: Iterable[Article | ReadProblem], pipeline: Pipeline | None = None, timing: StageTiming | None = None
) -> Iterator[Article | ReadProblem]:
    """Run the pipeline over articles, passing read problems through untouched."""
    pipeline = pipeline or default_pipeline()
    for item in items:
        yield item if isinstance(item, ReadProblem) else process_one(item, pipeline, timing)


def process_one(article: Article, pipeline: Pipeline, timing: StageTiming | None = None) -> Article | ReadProblem:
    """Run the pipeline over one article; a stage's failure comes back as a problem naming the article."""
    try:
        return pipeline(article, timing)
    except StageError as e:
        return ReadProblem(article.origin or article.id, str(e))


def extract_paths(paths: Iterable[str], pipeline: Pipeline | None = None) -> Iterator[Article | ReadProblem]:
    """Read files or folders and run the pipeline over every article in them."""
    return process(read_paths(paths), pipeline)
