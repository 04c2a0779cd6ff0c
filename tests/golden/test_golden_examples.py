"""Golden files: every bundled example dispatch yields exactly the events reviewed in ``tests/golden/``."""

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("golden", HERE.parents[1] / "scripts" / "golden.py")
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)


@pytest.fixture(scope="module")
def produced():
    return golden.current()


def test_every_example_has_a_golden_file(produced):
    assert produced, "the bundled examples yield articles"
    missing = [a for a in produced if not (HERE / f"{a}.json").exists()]
    assert not missing, f"no golden file for {missing}; run python scripts/golden.py --update and review"


@pytest.mark.parametrize("path", sorted(HERE.glob("*.json")), ids=lambda p: p.stem)
def test_example_events_match_golden(produced, path):
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert produced.get(path.stem) == expected
