"""Shared fixtures: real temporary SQLite files made through the migrations."""

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlmodel import Session

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session

_TEMPLATE: dict[str, bytes] = {}


def _fresh_db_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Migrate once per test run; each test gets a copy of the migrated file."""
    if "db" not in _TEMPLATE:
        path = tmp_path_factory.mktemp("template") / "template.db"
        opened = open_database(path)
        opened.engine.dispose()
        con = sqlite3.connect(path)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        _TEMPLATE["db"] = path.read_bytes()
    return _TEMPLATE["db"]


@pytest.fixture
def db_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A path to a new, empty nomdesk database at the head revision."""
    path = tmp_path / "nomdesk.db"
    path.write_bytes(_fresh_db_bytes(tmp_path_factory))
    return path


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    opened = open_database(db_path)
    with new_session(opened.engine, actor="tester") as s:
        yield s
    opened.engine.dispose()


def dump_database(path: Path) -> list[str]:
    """Every statement that recreates the file's content, for before/after comparisons."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def dump() -> Callable[[Path], list[str]]:
    return dump_database
