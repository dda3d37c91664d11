"""Open a database file as design §2 says: check first, back up and upgrade if older.

The check uses plain sqlite3 in read-only mode, so a foreign or newer file is refused
before anything writes to it, and Alembic is imported only when the file needs it.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from nomdesk.db.engine import APPLICATION_ID, make_engine
from nomdesk.db.schema_version import HEAD, REVISIONS
from nomdesk.errors import DatabaseOpenError, ForeignFileError, NewerFileError

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What the read-only look at a file found."""

    kind: str  # "missing", "empty", "current", "older"
    revision: str | None = None


@dataclass
class OpenedDatabase:
    path: Path
    engine: Engine
    created: bool = False
    upgraded_from: str | None = None
    backup_path: Path | None = None


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC))
    except OSError as err:
        raise DatabaseOpenError(
            "Cannot read {path}: {reason}", path=str(path), reason=err.strerror or str(err)
        ) from err


def _read_meta(path: Path) -> tuple[int, set[str], str | None]:
    """application_id, table names and alembic revision, read without writing."""
    uri = _read_only_uri(path)
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as err:
        raise DatabaseOpenError(
            "Cannot open {path}: {reason}", path=str(path), reason=str(err)
        ) from err
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return app_id, tables, revision
    except sqlite3.DatabaseError as err:
        raise ForeignFileError(
            "{path} is not a nomdesk database ({reason}).", path=str(path), reason=str(err)
        ) from err
    finally:
        con.close()


def _read_only_uri(path: Path) -> str:
    """A URI that reads the file without creating anything beside it.

    With no -wal file there is nothing un-checkpointed to read, and `immutable=1` keeps
    SQLite from making -wal and -shm files next to a file we may refuse. When a -wal file
    exists, its content counts, so read it in plain read-only mode.
    """
    wal = Path(f"{path}-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


def inspect_file(path: Path) -> FileState:
    """Classify a file; raise when it is foreign or newer. Writes nothing."""
    if not path.exists():
        return FileState("missing")
    if path.is_dir():
        raise DatabaseOpenError("{path} is a folder, not a database file.", path=str(path))
    header = _read_header(path)
    if header == b"":
        return FileState("empty")
    if header != SQLITE_MAGIC:
        raise ForeignFileError("{path} is not a nomdesk database.", path=str(path))
    app_id, tables, revision = _read_meta(path)
    if not tables and app_id == 0:
        return FileState("empty")
    if app_id != APPLICATION_ID or revision is None:
        raise ForeignFileError(
            "{path} is an SQLite database, but not one of nomdesk's.", path=str(path)
        )
    if revision not in REVISIONS:
        raise NewerFileError(
            "{path} was written by a newer version of nomdesk (schema {revision}); "
            "update nomdesk to open it.",
            path=str(path),
            revision=revision,
        )
    return FileState("current" if revision == HEAD else "older", revision)


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
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        reason = getattr(err, "strerror", None) or str(err).splitlines()[0]
        raise DatabaseOpenError(
            "Cannot create {path}: {reason}", path=str(path), reason=reason
        ) from err


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
