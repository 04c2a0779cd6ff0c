"""No function or method of marsad's source is defined twice in one scope: the later definition would silently
replace the earlier one (ruff's F811 does not look inside class bodies whose earlier method is only reached as an
attribute, self._name)."""

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "marsad"


def _twice(body: list[ast.stmt]) -> list[str]:
    names = Counter(n.name for n in body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef))
    return [name for name, count in names.items() if count > 1]


def test_no_definition_is_shadowed_in_its_scope():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(SRC)}: {name}" for name in _twice(tree.body)]
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                found += [f"{path.relative_to(SRC)}: {node.name}.{name}" for name in _twice(node.body)]
    assert found == []


def test_the_check_sees_a_shadowed_method():
    tree = ast.parse("class A:\n    def f(self):\n        pass\n    def f(self):\n        pass\n")
    assert _twice(tree.body[0].body) == ["f"]  # type: ignore[attr-defined]
