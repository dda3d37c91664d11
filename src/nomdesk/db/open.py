"""Open a database file as design §2 says: check first, back up and upgrade if older.

The check uses plain sqlite3 in read-only mode, so a foreign or newer file is refused
before anything writes to it, and Alembic is imported only when the file needs it.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from nomdesk.db.engine import make_engine
from nomdesk.db.inspect import FileState, _read_only_uri, inspect_file
from nomdesk.errors import DatabaseOpenError

__all__ = ["FileState", "OpenedDatabase", "copy_database", "inspect_file", "open_database"]


@dataclass
class OpenedDatabase:
    path: Path
    engine: Engine
    created: bool = False
    upgraded_from: str | None = None
    backup_path: Path | None = None


def backup_file(path: Path, revision: str) -> Path:
    """Copy a database with SQLite's backup API (safe with WAL) before an upgrade."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix or '.db'}")
    source = sqlite3.connect(_read_only_uri(path), uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def open_database(path: Path | str, *, create: bool = True) -> OpenedDatabase:
    """Open (or create) a nomdesk database file, upgrading an older one after a backup."""
    path = Path(path)
    state = inspect_file(path)
    if state.kind in ("missing", "empty"):
        if not create:
            raise DatabaseOpenError("{path} does not exist.", path=str(path))
        _create(path)
        return OpenedDatabase(path, make_engine(path), created=True)
    if state.kind == "older":
        backup = _backup_and_upgrade(path, state.revision or "unknown")
        return OpenedDatabase(
            path, make_engine(path), upgraded_from=state.revision, backup_path=backup
        )
    return OpenedDatabase(path, make_engine(path))


def _backup_and_upgrade(path: Path, revision: str) -> Path:
    """Back up an older file, then upgrade it; any failure is a message, not a crash."""
    try:
        backup = backup_file(path, revision)
    except (OSError, sqlite3.Error) as err:
        raise DatabaseOpenError(
            "Cannot back up {path} before upgrading it: {reason}", path=str(path), reason=str(err)
        ) from err
    from nomdesk.db.migrate import upgrade

    try:
        upgrade(path)
    except Exception as err:  # Alembic, SQLAlchemy or sqlite3: all mean "not upgraded"
        raise DatabaseOpenError(
            "Upgrading {path} failed ({reason}); the file before the upgrade is kept as {backup}.",
            path=str(path),
            reason=str(err).splitlines()[0] if str(err) else type(err).__name__,
            backup=str(backup),
        ) from err
    return backup


def _create(path: Path) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from nomdesk.db.migrate import upgrade

    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        upgrade(path)
    except (OSError, sqlite3.Error, SQLAlchemyError) as err:
        if not existed:  # leave no half-made database behind
            remove_database(path)
        reason = getattr(err, "strerror", None) or str(err).splitlines()[0]
        raise DatabaseOpenError(
            "Cannot create {path}: {reason}", path=str(path), reason=reason
        ) from err


def remove_database(path: Path, *, sidecars_only: bool = False) -> None:
    """Delete a database file with its WAL and shared-memory files (or only those)."""
    for suffix in ("-wal", "-shm") if sidecars_only else ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_database(path: Path, target: Path) -> None:
    """Write a consistent copy of an open database to `target` (File ▸ Save a copy)."""
    if target.resolve() == path.resolve():
        raise DatabaseOpenError("Choose another file than the open database.", field="path")
    target.unlink(missing_ok=True)
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as err:
        raise DatabaseOpenError(
            "Cannot write {path}: {reason}", path=str(target), reason=str(err)
        ) from err
    finally:
        dest.close()
        source.close()
