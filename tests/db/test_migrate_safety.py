"""Migrations run with foreign keys off, check references afterwards, and fail with a message."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from nomdesk.db.engine import make_engine
from nomdesk.db.migrate import BrokenReferencesError, upgrade
from nomdesk.db.open import inspect_file, open_database
from nomdesk.demo import build_demo
from nomdesk.errors import DatabaseOpenError

DEMO_SCORES = 129
_DEMO: dict[str, bytes] = {}


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def demo_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo database (built once per run) at the head revision."""
    if "demo" not in _DEMO:
        built = tmp_path_factory.mktemp("demo-template") / "demo.db"
        build_demo(built)
        _checkpoint(built)
        _DEMO["demo"] = built.read_bytes()
    path = tmp_path / "demo.db"
    path.write_bytes(_DEMO["demo"])
    assert _count(path, "score") == DEMO_SCORES
    return path


def _recreate_criterion_table(engine) -> None:
    """What a batch migration on SQLite does: copy, drop and rename the table."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    with engine.begin() as conn:
        ctx = MigrationContext.configure(conn, opts={"render_as_batch": True})
        op = Operations(ctx)
        with op.batch_alter_table("criterion", recreate="always"):
            pass


# --- the engine's foreign-key switch --------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "expected"), [({}, 1), ({"foreign_keys": True}, 1), ({"foreign_keys": False}, 0)]
)
def test_make_engine_sets_foreign_keys_as_asked(db_path, kwargs, expected):
    engine = make_engine(db_path, **kwargs)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == expected
            # the other pragmas do not depend on the switch
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        engine.dispose()


# --- upgrade checks references --------------------------------------------------------------


def test_upgrade_of_a_sound_file_passes_the_reference_check(db_path):
    before = _dump(db_path)
    upgrade(db_path)
    assert _dump(db_path) == before
    assert inspect_file(db_path).kind == "current"


def test_upgrade_refuses_a_file_left_with_broken_references(tmp_path):
    path = tmp_path / "broken.db"
    open_database(path).engine.dispose()
    con = sqlite3.connect(path)  # a plain connection: foreign keys off
    try:
        assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 0
        con.execute(
            "INSERT INTO criterion (uid, year_id, position, name, description, weight, "
            "scale_min, scale_max, step) VALUES ('orphan-uid', 999, 0, 'Föräldralös', '', "
            "1.0, 0.0, 10.0, 1.0)"
        )
        con.commit()
    finally:
        con.close()

    with pytest.raises(BrokenReferencesError) as info:
        upgrade(path)

    assert "criterion" in str(info.value)
    # the refused upgrade rolled back: the orphan row is still there to be looked at
    assert _count(path, "criterion") == 1


# --- batch table recreation and cascades ----------------------------------------------------


def test_recreating_a_parent_table_with_foreign_keys_off_keeps_its_children(demo_path):
    engine = make_engine(demo_path, foreign_keys=False)
    try:
        _recreate_criterion_table(engine)
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
    finally:
        engine.dispose()
    assert _count(demo_path, "score") == DEMO_SCORES


def test_a_migration_recreating_a_parent_table_through_upgrade_keeps_its_children(
    demo_path, monkeypatch
):
    """upgrade() hands Alembic a connection with foreign keys off, checked afterwards.

    Alembic's own step is replaced by a migration body that recreates `criterion` on the
    connection upgrade() gives it, as a batch migration of a later revision would.
    """
    import alembic.command
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    seen = []

    def migration(config, revision):
        conn = config.attributes["connection"]
        seen.append(conn.exec_driver_sql("PRAGMA foreign_keys").scalar())
        op = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
        with op.batch_alter_table("criterion", recreate="always"):
            pass

    monkeypatch.setattr(alembic.command, "upgrade", migration)

    upgrade(demo_path)

    assert seen == [0]
    assert _count(demo_path, "score") == DEMO_SCORES


def test_recreating_a_parent_table_with_foreign_keys_on_loses_children(demo_path):
    """Why upgrade() turns foreign keys off: dropping the old table cascades to its scores.

    A demonstration of SQLite's behaviour, not a rule of nomdesk's: with foreign keys on,
    the recreate either deletes the scores or fails; it never keeps all of them.
    """
    engine = make_engine(demo_path)
    try:
        _recreate_criterion_table(engine)
    except Exception:  # failing is one of the two outcomes shown
        failed = True
    else:
        failed = False
    finally:
        engine.dispose()
    assert failed or _count(demo_path, "score") != DEMO_SCORES


# --- a failing upgrade on open --------------------------------------------------------------


def test_a_failing_upgrade_is_a_database_open_error_naming_the_backup(db_path, monkeypatch):
    import nomdesk.db.inspect as inspect_module
    import nomdesk.db.migrate as migrate_module
    import nomdesk.db.schema_version as schema_version

    # Pretend the package knows a later revision than the file's (as test_open.py does).
    revisions = (*schema_version.REVISIONS, "9999_next")
    for module in (schema_version, inspect_module):
        monkeypatch.setattr(module, "REVISIONS", revisions)
        monkeypatch.setattr(module, "HEAD", "9999_next")
    assert inspect_file(db_path).kind == "older"

    def boom(path, revision="head"):
        raise RuntimeError("boom")

    monkeypatch.setattr(migrate_module, "upgrade", boom)
    before = _dump(db_path)

    with pytest.raises(DatabaseOpenError) as info:
        open_database(db_path)

    assert type(info.value) is DatabaseOpenError
    message = str(info.value)
    assert "boom" in message
    backups = list(db_path.parent.glob(f"{db_path.stem}.backup-*"))
    assert len(backups) == 1
    [backup] = backups
    assert backup.is_file()
    assert str(backup) in message
    assert info.value.params["backup"] == str(backup)
    assert _dump(backup) == before
    assert _dump(db_path) == before
