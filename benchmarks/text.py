"""Tokenizer throughput, cold and with a warm cache, against running qalsadi on every token.

Usage: python benchmarks/text.py [--eval DIR] [--sentences N] [--cold-sentences N] [--qalsadi-tokens N]

Corpus: the ANERcorp test split and the Wojood sample (train, val, test) under ../shared/eval, read as plain token
streams (first column; a blank line ends a sentence), cycled to at least N sentences (default 10,000).

Figures, each from a fresh process so that caches are what the label says:
- cold: an empty cache directory, the first --cold-sentences sentences (default 300, to keep the run short; pass
  10000 for the whole cycled corpus, about two minutes): the lexicon is built and qalsadi runs once per new spelling;
- priming (only when the user's cache lacks some forms): one pass over the distinct sentences that fills it;
- warm (disk): the user's cache directory, already filled, a fresh process (compiled lexicon and SQLite readings
  loaded on first use) tokenizing all N sentences;
- warm (memory): the same process, a second pass;
- qalsadi: ``Analex.check_word`` on every token of a --qalsadi-tokens sample (default 1,500), the naive baseline;
  the ratio is warm (disk) tokens/s over qalsadi tokens/s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
FILES = ("anercorp-test/ANERCorp_CamelLab_test.txt", "wojood-sample/train.txt", "wojood-sample/val.txt",
         "wojood-sample/test.txt")  # fmt: skip


def read_sentences(eval_dir: Path) -> list[str]:
    """Sentences of the evaluation sets as space-joined token streams (tags dropped)."""
    sentences: list[str] = []
    for name in FILES:
        path = eval_dir / name
        if not path.exists():
            continue
        words: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            token = line.split(" ")[0].strip() if line.strip() else ""
            if token:
                words.append(token)
            elif words:
                sentences.append(" ".join(words))
                words = []
        if words:
            sentences.append(" ".join(words))
    return sentences


def run_child(args: list[str], cache: str | None) -> dict:
    env = dict(os.environ)
    if cache:
        env["MARSAD_CACHE_DIR"] = cache
    out = subprocess.run([sys.executable, __file__, *args], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def child_tokenize(eval_dir: Path, count: int, passes: int) -> dict:
    """Runs in a fresh process: normalize, split and tokenize ``count`` sentences (cycled); return timings."""
    from marsad.text.morphology import default_morphology
    from marsad.text.normalize import normalize
    from marsad.text.sentences import split_sentences
    from marsad.text.tokens import tokenize

    base = read_sentences(eval_dir)
    corpus = [base[i % len(base)] for i in range(count)]
    texts = [normalize(s) for s in corpus]
    bounds = [split_sentences(t) for t in texts]
    result: dict = {"sentences": len(texts)}
    for p in range(passes):
        started = time.perf_counter()
        tokens = 0
        for text, sents in zip(texts, bounds, strict=True):
            tokens += len(tokenize(text, sents))
        elapsed = time.perf_counter() - started
        result[f"pass{p}"] = {"tokens": tokens, "seconds": elapsed}
    result["qalsadi_calls"] = default_morphology().qalsadi_calls
    return result


def child_qalsadi(eval_dir: Path, count: int) -> dict:
    import qalsadi.analex

    words = [w for s in read_sentences(eval_dir) for w in s.split()][:count]
    analex = qalsadi.analex.Analex()
    started = time.perf_counter()
    for w in words:
        analex.check_word(w)
    return {"tokens": len(words), "seconds": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(EVAL))
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--cold-sentences", type=int, default=300)
    parser.add_argument("--qalsadi-tokens", type=int, default=1_500)
    parser.add_argument("--child", choices=("cold", "prime", "warm", "qalsadi"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    eval_dir = Path(args.eval)
    if args.child:
        if args.child == "cold":
            result = child_tokenize(eval_dir, args.cold_sentences, 1)
        elif args.child == "prime":
            result = child_tokenize(eval_dir, len(read_sentences(eval_dir)), 1)
        elif args.child == "warm":
            result = child_tokenize(eval_dir, max(args.sentences, len(read_sentences(eval_dir))), 2)
        else:
            result = child_qalsadi(eval_dir, args.qalsadi_tokens)
        print(json.dumps(result))
        return
    if not any((eval_dir / name).exists() for name in FILES):
        print(f"benchmarks/text.py: {eval_dir}: no ANERcorp or Wojood files (is ../shared present?); nothing measured")
        return
    common = ["--eval", str(eval_dir), "--sentences", str(args.sentences)]
    distinct = len(read_sentences(eval_dir))

    def rate(part: dict) -> float:
        return part["tokens"] / part["seconds"]

    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as empty:
        cold = run_child(["--child", "cold", "--cold-sentences", str(args.cold_sentences), *common], empty)
    c = cold["pass0"]
    print(f"cold  (empty cache, fresh process, {cold['sentences']} sentences, {c['tokens']} tokens, "
          f"{cold['qalsadi_calls']} qalsadi calls): {rate(c):10,.0f} tokens/s")  # fmt: skip
    prime = run_child(["--child", "prime", *common], None)
    if prime["qalsadi_calls"]:
        p = prime["pass0"]
        print(f"priming the user cache ({prime['sentences']} distinct sentences, {prime['qalsadi_calls']} qalsadi "
              f"calls): {p['seconds']:.1f} s")  # fmt: skip
    warm = run_child(["--child", "warm", *common], None)
    w0, w1 = warm["pass0"], warm["pass1"]
    print(f"warm  (disk cache, fresh process, {warm['sentences']} sentences of which {distinct} distinct, "
          f"{w0['tokens']} tokens, {warm['qalsadi_calls']} qalsadi calls): {rate(w0):10,.0f} tokens/s")  # fmt: skip
    print(f"warm  (memory, second pass): {rate(w1):10,.0f} tokens/s")
    q = run_child(["--child", "qalsadi", "--qalsadi-tokens", str(args.qalsadi_tokens), *common], None)
    print(f"qalsadi check_word on every token ({q['tokens']} tokens): {rate(q):10,.0f} tokens/s")
    print(f"ratio warm (disk) / qalsadi: {rate(w0) / rate(q):,.0f}x; warm (memory) / qalsadi: "
          f"{rate(w1) / rate(q):,.0f}x; cold / qalsadi: {rate(c) / rate(q):.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
