"""Cost of the actor references (nationalities, victims, facilities, unnamed groups) against the dictionary pass.

Usage::

    python3 benchmarks/actor_references.py            # the bundled examples and the events gold sentences
    python3 benchmarks/actor_references.py FILE ...   # any .txt / .jsonl articles

Prints milliseconds per article of the actor pass up to generic resolution, without (``run.resolve_generics()``, the
baseline) and with :func:`marsad.actors.references.refine_and_resolve`, and how many references it added, on the same
articles in the same run (the ratio is what matters on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.actors.dictionary import actor_dictionary  # noqa: E402
from marsad.actors.recognizer import _ActorPass  # noqa: E402
from marsad.actors.references import refine_and_resolve  # noqa: E402
from marsad.extraction import default_stages  # noqa: E402
from marsad.model import ActorResolution, Article  # noqa: E402
from marsad.readers import ReadProblem, make_article, read_paths  # noqa: E402


def _articles(paths: list[str]) -> list[Article]:
    if paths:
        return [a for a in read_paths(paths) if not isinstance(a, ReadProblem)]
    out = [a for a in read_paths([str(ROOT / "src" / "marsad" / "examples")]) if not isinstance(a, ReadProblem)]
    for gold in sorted((ROOT / "tests" / "events").glob("gold*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(make_article(json.loads(line)["text"]))
    return out


def _before_actors(articles: list[Article]) -> list[Article]:
    stages = default_stages()
    out = []
    for a in articles:
        for stage in stages:
            if stage.name == "actors":
                break
            a = stage(a)
        out.append(a)
    return out


def _timed(articles: list[Article], step, rounds: int) -> tuple[float, int]:
    found = 0
    t0 = time.perf_counter()
    for _ in range(rounds):
        found = 0
        for a in articles:
            run = _ActorPass(a, actor_dictionary())
            run.actors()
            run.localize()
            step(run)
            found += sum(isinstance(f.resolution, ActorResolution) for f in run.found)
    return (time.perf_counter() - t0) / rounds / len(articles) * 1000, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    articles = _before_actors(_articles(args.paths))
    if not articles:
        sys.exit("actor_references: no article could be read")
    _timed(articles, refine_and_resolve, 1)  # warm the word caches and the automata
    base, base_found = _timed(articles, lambda run: run.resolve_generics(), args.rounds)
    new, new_found = _timed(articles, refine_and_resolve, args.rounds)
    print(f"articles: {len(articles)}")
    print(f"baseline (dictionary pass + generics): {base:.3f} ms/article, {base_found} resolved actor references")
    print(f"with references:                       {new:.3f} ms/article, {new_found} resolved actor references")
    print(f"ratio {new / base:.1f}x the baseline; +{new - base:.3f} ms/article")


if __name__ == "__main__":
    main()
