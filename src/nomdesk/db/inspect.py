"""A read-only look at a file with plain sqlite3: is it a nomdesk database, and of which
schema revision? Nothing here imports SQLAlchemy, so the start-up path can use it."""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from nomdesk.db.schema_version import HEAD, REVISIONS
from nomdesk.errors import DatabaseOpenError, ForeignFileError, NewerFileError

APPLICATION_ID = 0x6E6F6D64  # "nomd" in PRAGMA application_id
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What the read-only look at a file found."""

    kind: str  # "missing", "empty", "current", "older"
    revision: str | None = None


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
