"""Reading the token-per-line gold standards marsad is scored and trained on (ANERcorp, the Wojood sample).

Both put one ``token TAG [TAG ...]`` a line and a blank line between sentences; Wojood's extra columns are nesting
levels, so an entity type is read across all of a token's columns.
"""

from __future__ import annotations

from pathlib import Path

#: ANERcorp's training portion as a checkout of marsad holds it (corpora/anercorp-train; not installed with the package)
ANERCORP_TRAIN = Path(__file__).resolve().parents[2] / "corpora" / "anercorp-train" / "ANERCorp_train.txt"
#: the share of its sentences, the last ones, held out of the tagger's training as a development set
DEV_SHARE = 0.1


def development_cut(n: int, share: float = DEV_SHARE) -> int:
    """Where the held-out development sentences begin among ``n``: training is ``[:cut]``, development ``[cut:]``."""
    return n - int(n * share)


def read_token_columns(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    """Sentences of a column file as ``(tokens, tags)``, ``tags[i]`` being every tag column of token ``i``."""
    sentences: list[tuple[list[str], list[list[str]]]] = []
    tokens: list[str] = []
    tags: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if parts:
            tokens.append(parts[0])
            tags.append(parts[1:])
        elif tokens:
            sentences.append((tokens, tags))
            tokens, tags = [], []
    return sentences


def type_spans(tags: list[list[str]], kind: str) -> list[tuple[int, int]]:
    """Inclusive token spans ``(first, last)`` of entities of ``kind`` (e.g. ``PERS``), in order, at any nesting level.

    An ``I-`` tag with no open entity starts one, as CoNLL readers conventionally do.
    """
    marks = []
    for cell in tags:
        marks.append(next((tag[0] for tag in cell if tag.endswith("-" + kind)), "O"))
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, mark in enumerate([*marks, "O"]):
        if mark == "B" or (mark == "I" and start is None) or mark == "O":
            if start is not None:
                out.append((start, i - 1))
            start = i if mark != "O" else None
    return out
