"""function_words.tsv: the closed-class word sets the readers consult, loaded through the article normalizer."""

import ast
from pathlib import Path

import pytest

from marsad.events.lexicon import FUNCTION_WORDS_FILE, _function_word_sets, function_stems, function_words
from marsad.knowledge import load_table
from marsad.text.normalize import normalize

SRC = Path(__file__).resolve().parents[2] / "src" / "marsad"


def _asked_for() -> set[str]:
    """Every set name the package's code asks function_words / function_stems for."""
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("function_words", "function_stems") and node.args \
                    and isinstance(node.args[0], ast.Constant):
                names.add(node.args[0].value)
    return names


def test_every_set_the_code_asks_for_is_in_the_file_and_every_set_of_the_file_is_used():
    defined = set(_function_word_sets())
    asked = _asked_for()
    assert asked, "the readers ask for no function-word set"
    assert asked <= defined, f"sets the code asks for that the file lacks: {sorted(asked - defined)}"
    assert defined <= asked, f"sets of the file no code reads: {sorted(defined - asked)}"


def test_each_set_is_defined_once_with_forms_that_survive_normalization():
    rows = load_table(FUNCTION_WORDS_FILE).rows
    names = [r["set"] for r in rows]
    assert len(names) == len(set(names))
    for r in rows:
        forms = [f for f in r["forms"].split("|") if f.strip()]
        assert forms, f"set {r['set']} is empty"
        for f in forms:
            assert normalize(f), f"{r['set']}: {f!r} normalizes to nothing"
            assert normalize(normalize(f)) == normalize(f)


def test_sets_come_back_normalized():
    words = function_words("demonstratives")
    assert normalize("هذه") in words and all(w == normalize(w) for w in words)
    assert isinstance(function_stems("occurred"), tuple)


def test_an_unknown_set_is_an_error():
    with pytest.raises(KeyError):
        function_words("no such set")
