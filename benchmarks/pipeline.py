"""How long each stage takes on a dispatch, and the cold start of `marsad extract`.

Usage: python benchmarks/pipeline.py [DISPATCH.txt] [--repeat N]

Prints per-stage milliseconds (mean over N warm runs, after one warm-up), the whole pipeline's throughput in
articles/s and characters/s, and the wall time of `marsad extract` in a fresh process (cold start: imports, loading
compiled data) next to a bare `python -c pass` as the baseline the machine cannot beat.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

from marsad.extraction import default_pipeline
from marsad.pipeline import StageTiming
from marsad.readers import ReadProblem, read_paths

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "afp-2024-12-03-hama.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    if not Path(args.path).exists():
        print(f"benchmarks/pipeline.py: {args.path}: no such file (pass a dispatch path)")
        return

    def wall(cmd: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        return time.perf_counter() - started

    baseline = min(wall([sys.executable, "-c", "pass"]) for _ in range(3))
    cold = [wall([sys.executable, "-m", "marsad.cli", "extract", args.path]) for _ in range(3)]
    print(f"cold start `marsad extract` (fresh process, caches built): best {min(cold):.2f} s, "
          f"worst {max(cold):.2f} s; bare python start {baseline:.2f} s")

    started = time.perf_counter()
    pipeline = default_pipeline()
    [article] = [a for a in read_paths([args.path]) if not isinstance(a, ReadProblem)]
    pipeline(article)
    print(f"in-process first run (load compiled data + one article): {time.perf_counter() - started:.2f} s")

    timing = StageTiming()
    started = time.perf_counter()
    for _ in range(args.repeat):
        result = pipeline(article, timing)
    elapsed = time.perf_counter() - started
    print(f"\nper stage on {Path(args.path).name} ({len(article.raw)} chars), mean of {args.repeat} warm runs:")
    total = sum(timing.seconds.values())
    for name, seconds in timing.seconds.items():
        ms = 1000 * seconds / args.repeat
        print(f"  {name:<12} {ms:8.2f} ms  {100 * seconds / total:5.1f} %")
    print(f"  {'total':<12} {1000 * elapsed / args.repeat:8.2f} ms")
    print(f"throughput: {args.repeat / elapsed:.1f} articles/s, {len(article.raw) * args.repeat / elapsed / 1e3:.0f} k chars/s")
    print(f"events: {len(result.events)}, mentions: {len(result.mentions)}, claims: {len(result.claims)}")
    print(f"peak memory (this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
