"""Per-field accuracy of the event coder on gold sentences, and its speed.

Usage::

    python3 benchmarks/events.py                      # the bundled gold set, oracle mentions
    python3 benchmarks/events.py --pipeline           # the same, places and actors found by the default pipeline
    python3 benchmarks/events.py my_gold.jsonl -v     # any JSONL gold (format in marsad.events.gold), list misses

Oracle mode gives the coder the gold lines' own place and actor mentions, so it measures the events layer alone;
``--pipeline`` measures the whole chain, comparing places and actors by their Arabic surface text (the gazetteer and
the actor dictionary spell names their own way). Speed is reported as sentences per second of the events stages against a
baseline that only normalizes and tokenizes the same text (the ratio is what matters on a shared machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.events.dates import DateResolver  # noqa: E402
from marsad.events.gold import (  # noqa: E402
    FIELDS,
    GoldError,
    Score,
    by_surface,
    event_fields,
    oracle_mentions,
    read_gold,
)
from marsad.events.numbers import NumberRecognizer  # noqa: E402
from marsad.events.recognizer import EventRecognizer  # noqa: E402
from marsad.readers import make_article  # noqa: E402
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "events" / "gold_sentences.jsonl"


def run(path: Path, pipeline: bool, verbose: bool) -> Score:
    score = Score()
    text_stages = [TextNormalizer(), SentenceSplitter(), Tokenizer()]
    event_stages = [DateResolver(), NumberRecognizer(), EventRecognizer()]
    full = None
    if pipeline:
        from marsad.extraction import default_pipeline

        full = default_pipeline()
    items = list(read_gold(path))
    base_time = events_time = 0.0
    # the first pass builds the lazy lexicons; only the second is timed and scored
    for rounds, item in [(r, it) for r in (0, 1) for it in items]:
        published = datetime.fromisoformat(item.published) if item.published else None
        article = make_article(item.text, item.id, published=published)
        if full is not None:
            if not rounds:
                continue
            article = full(article)
        else:
            t0 = time.perf_counter()
            for stage in text_stages:
                article = stage(article)
            t1 = time.perf_counter()
            article = oracle_mentions(article, item.places, item.actors)
            t2 = time.perf_counter()
            for stage in event_stages:
                article = stage(article)
            t3 = time.perf_counter()
            if rounds:
                base_time += t1 - t0
                events_time += t3 - t2
        if not rounds:
            continue
        gold, predicted = list(item.events), [event_fields(article, e) for e in article.events]
        if full is not None:
            gold, predicted = by_surface(item, gold, predicted)
        score.add(item.id, gold, predicted)
    print(f"gold: {path} ({len(items)} items, {score.gold_events} gold events, mode {'pipeline' if pipeline else 'oracle'})")
    print(f"events: predicted {score.predicted_events}, matched {score.matched}, "
          f"precision {score.precision:.2f}, recall {score.recall:.2f}")  # fmt: skip
    for f in FIELDS:
        total = score.field_total[f]
        if total:
            print(f"  {f:<20} {score.field_right[f]:>3}/{total:<3} {score.field_right[f] / total:.2f}")
    if events_time:
        print(f"speed: events stages {len(items) / events_time:,.0f} items/s; normalize+tokenize baseline "
              f"{len(items) / base_time:,.0f} items/s; ratio {events_time / base_time:.1f}x the baseline's time")  # fmt: skip
    if verbose:
        for line in score.misses:
            print("  -", line)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=[DEFAULT_GOLD])
    parser.add_argument("--pipeline", action="store_true", help="find places and actors with the default pipeline")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    for path in args.gold:
        if not path.exists():
            print(f"{path}: no such gold file", file=sys.stderr)
            return 2
        try:
            run(path, args.pipeline, args.verbose)
        except GoldError as e:
            print(e, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
