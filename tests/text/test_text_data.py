"""Schema of the text layer's data files."""

from __future__ import annotations

from collections import Counter

import pytest

from marsad.knowledge import load_table
from marsad.text.normalize import normalize


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("known_words.tsv", ("word",)),
        ("clitic_exceptions.tsv", ("form", "split", "note")),
        ("boilerplate_cues.tsv", ("cue", "kind")),
    ],
)
def test_columns_and_arabic_cells(name: str, columns: tuple[str, ...]) -> None:
    table = load_table(name)
    assert table.columns == columns
    assert table.rows
    first = columns[0]
    for row in table.rows:
        cell = normalize(row[first])
        assert cell, f"{name}: empty {first}"
        assert any("\u0621" <= c <= "\u064a" for c in cell), f"{name}: {row[first]!r} has no Arabic letter"


def test_known_words_are_single_words_without_duplicates() -> None:
    words = [normalize(row["word"]) for row in load_table("known_words.tsv").rows]
    assert all(" " not in w for w in words)
    duplicates = [w for w, n in Counter(words).items() if n > 1]
    # Different spellings may meet after normalization (إدلب, ادلب); exact repeats are a slip.
    raw = Counter(row["word"] for row in load_table("known_words.tsv").rows)
    assert not [w for w, n in raw.items() if n > 1], duplicates


def test_clitic_exception_splits_rebuild_the_form() -> None:
    for row in load_table("clitic_exceptions.tsv").rows:
        if row["split"]:
            parts = row["split"].split("+")
            assert normalize("".join(parts)) == normalize(row["form"]), row


def test_boilerplate_kinds() -> None:
    kinds = {row["kind"] for row in load_table("boilerplate_cues.tsv").rows}
    assert kinds <= {"headline", "alone"}
