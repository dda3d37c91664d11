"""The layers of the architecture: each package imports only the ones below it, and
nothing below `ui/` imports Qt widgets (every import counts, also one inside a function,
and relative imports are resolved)."""

import ast
from pathlib import Path

import pytest

import nomdesk

ROOT = Path(nomdesk.__file__).parent
UPPER = ("nomdesk.ui", "nomdesk.cli", "nomdesk.commands", "nomdesk.app", "nomdesk.demo")
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


def _imports_from(source: str, path: Path) -> list[tuple[int, str]]:
    """Every module the source of `path` imports, relative imports resolved, by line."""
    package = ["nomdesk", *path.relative_to(ROOT).parent.parts]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{a.name}") for a in node.names]
    return found


def _breaks(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_imports_only_the_layers_below_it(package: str) -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for line, name in _imports_from(path.read_text(encoding="utf-8"), path)
        if _breaks(name, FORBIDDEN[package])
    ]
    assert wrong == []


def test_the_check_sees_a_wrong_import_also_a_relative_one() -> None:
    source = "def f():\n    from nomdesk.ui import widgets\n    from ..exchange import files\n"
    names = {name for _line, name in _imports_from(source, ROOT / "services" / "m.py")}
    assert {"nomdesk.ui.widgets", "nomdesk.exchange.files"} <= names
    assert _breaks("nomdesk.exchange.files", FORBIDDEN["services"])
    assert _breaks("nomdesk.ui.widgets", FORBIDDEN["services"])
