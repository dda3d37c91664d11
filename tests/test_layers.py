"""The layers of the architecture: each package imports only the ones below it, and
nothing below `ui/` imports Qt widgets (every import counts, also one inside a function)."""

import ast
from pathlib import Path

import pytest

import nomdesk

ROOT = Path(nomdesk.__file__).parent
UPPER = ("nomdesk.ui", "nomdesk.cli", "nomdesk.commands", "nomdesk.app")
# What each package must not import.
FORBIDDEN = {
    "domain": (
        *UPPER,
        "nomdesk.db",
        "nomdesk.services",
        "nomdesk.exchange",
        "nomdesk.reporting",
        "PySide6",
        "sqlalchemy",
        "sqlmodel",
    ),
    "db": (*UPPER, "nomdesk.services", "nomdesk.exchange", "nomdesk.reporting", "PySide6"),
    "services": (*UPPER, "nomdesk.exchange", "nomdesk.reporting", "PySide6"),
    # The paper ballot (exchange/paper.py) is drawn with the report's building blocks.
    "exchange": (*UPPER, "PySide6.QtWidgets"),
    "reporting": (*UPPER, "nomdesk.exchange", "PySide6.QtWidgets"),
}


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def _breaks(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_imports_only_the_layers_below_it(package: str) -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for line, name in _imports(path)
        if _breaks(name, FORBIDDEN[package])
    ]
    assert wrong == []


def test_the_check_sees_a_wrong_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from nomdesk.ui import widgets\n", encoding="utf-8")
    assert _breaks(_imports(module)[0][1], FORBIDDEN["services"])
