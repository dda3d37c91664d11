"""Engine setup: the one place that knows SQLite's pragmas."""

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from nomdesk.db.inspect import APPLICATION_ID

__all__ = ["APPLICATION_ID", "make_engine", "sqlite_url"]


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def _pragmas(foreign_keys: bool):
    def set_pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return set_pragmas


def make_engine(path: Path | str, *, foreign_keys: bool = True) -> Engine:
    """An engine on a SQLite file with foreign keys, WAL and synchronous=NORMAL.

    Only migrations turn foreign keys off: a batch migration recreates a table, and with
    foreign keys on, dropping the old table would delete (cascade) every child row.
    """
    # The pool keeps the connection open between commits: closing the last connection to
    # a WAL database checkpoints it (~2 ms a commit). Call engine.dispose() to let go of
    # the file.
    engine = create_engine(sqlite_url(path))
    event.listen(engine, "connect", _pragmas(foreign_keys))
    return engine
