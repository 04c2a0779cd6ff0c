"""Assemble ANERcorp's training portion from transcribed parts, without any sentence of the CAMeL Lab test split.

The parts hold one sentence a line, a tagged token written ``token/TAG`` (``ألمانيا/B-LOC``) and an untagged one bare;
they were transcribed from ANERcorp as published in github.com/HassanAzzam/Arabic-NER (file ``ANERCorp``, commit
b7aeb8e6e7009b369696b3856417ba4eb9e8ad37, characters 0 to about 1,008,000 of 1,194,446), which is the whole corpus:
its tail holds the sentences CAMeL Lab's split uses for test. So every sentence that shares half or more of its word
5-grams (or, for short sentences, its whole token sequence) with ``ANERCorp_CamelLab_test.txt`` is dropped here, and the
script prints how many were. The output is CoNLL, ``token TAG`` a line with a blank line between sentences, as the
test split itself.

Usage: ``python scripts/assemble_anercorp.py PART [PART ...] --test shared/eval/anercorp-test/ANERCorp_CamelLab_test.txt
--out corpora/anercorp-train/ANERCorp_train.txt``
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from marsad.corpora import read_token_columns

_TAGGED = re.compile(r"^(.+)/([BI]-(?:PERS|LOC|ORG|MISC))$")


def read_part(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a transcribed part as (tokens, IOB tags); lines of fewer than two tokens are dropped."""
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        tokens, tags = [], []
        for item in line.split():
            m = _TAGGED.match(item)
            tokens.append(m.group(1) if m else item)
            tags.append(m.group(2) if m else "O")
        if len(tokens) >= 2:
            sentences.append((tokens, tags))
    return sentences


def grams(tokens: list[str], n: int = 5) -> set[tuple[str, ...]]:
    if len(tokens) < n:
        return {tuple(tokens)}
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("parts", nargs="+")
    ap.add_argument("--test", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    test_grams: set[tuple[str, ...]] = set()
    for tokens, _ in read_token_columns(Path(args.test)):
        test_grams |= grams(tokens)
    kept, dropped, seen = [], 0, set()
    for part in args.parts:
        for tokens, tags in read_part(Path(part)):
            g = grams(tokens)
            if len(g & test_grams) * 2 >= len(g):
                dropped += 1
                continue
            key = tuple(tokens)
            if key in seen:  # the source repeats some passages verbatim
                continue
            seen.add(key)
            kept.append((tokens, tags))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for tokens, tags in kept:
            f.write("".join(f"{t} {g}\n" for t, g in zip(tokens, tags, strict=True)) + "\n")
    n_tokens = sum(len(t) for t, _ in kept)
    counts = {k: sum(g.count("B-" + k) for _, g in kept) for k in ("PERS", "LOC", "ORG", "MISC")}
    print(f"{len(kept)} sentences, {n_tokens} tokens, entities {counts}; {dropped} sentences dropped as test overlap; "
          f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
