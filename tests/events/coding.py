"""A text coded by the default pipeline, field by field, as the tests of each round of blind-set readings ask for it."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records


@lru_cache(maxsize=1)
def pipeline():
    return default_pipeline()


def coded(text: str, *fields: str, published: datetime) -> list[tuple]:
    """The requested fields of each event record the default pipeline codes from ``text``, published then."""
    records = event_records(pipeline()(make_article(text, "reading-test", published=published)))
    return [tuple(r[f] for f in fields) for r in records]
