"""Opening files (design §2): foreign and newer files are refused untouched; new ones made."""

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from nomdesk.db.engine import APPLICATION_ID
from nomdesk.db.open import backup_file, inspect_file, open_database
from nomdesk.db.schema_version import HEAD
from nomdesk.db.session import new_session
from nomdesk.errors import DatabaseOpenError, ForeignFileError, NewerFileError
from nomdesk.services import awards
from nomdesk.services.schemas import AwardCreate


def _sidecars(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    assert _sidecars(path) == []


def _refused_untouched(path: Path, error: type[DatabaseOpenError]) -> DatabaseOpenError:
    before = path.read_bytes()
    with pytest.raises(error) as info:
        open_database(path)
    assert type(info.value) is error
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    return info.value


@pytest.fixture
def newer_file(db_path: Path) -> Path:
    """A nomdesk database whose schema revision this package does not know."""
    con = sqlite3.connect(db_path)
    try:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
    finally:
        con.close()
    _checkpoint(db_path)
    return db_path


# --- refused files --------------------------------------------------------------------------


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Det här är ingen databas.\n" * 50, encoding="utf-8")
    _refused_untouched(path, ForeignFileError)
    assert _sidecars(path) == []


def test_a_short_binary_file_is_refused_untouched(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"SQLite")
    _refused_untouched(path, ForeignFileError)
    assert _sidecars(path) == []


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO recipe (name) VALUES ('kanelbulle')")
    con.commit()
    con.close()
    _refused_untouched(path, ForeignFileError)
    assert _sidecars(path) == []
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM recipe").fetchall() == [("kanelbulle",)]
    con.close()


def test_a_database_with_alembic_version_but_another_application_id_is_refused(tmp_path):
    path = tmp_path / "alembic-app.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES (?)", (HEAD,))
    con.commit()
    con.close()
    _refused_untouched(path, ForeignFileError)
    assert _sidecars(path) == []


def test_a_foreign_wal_mode_database_gets_no_sidecar_files(tmp_path):
    path = tmp_path / "other-wal.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    assert _sidecars(path) == []
    _refused_untouched(path, ForeignFileError)
    assert _sidecars(path) == []


def test_a_newer_file_is_refused_untouched(newer_file):
    err = _refused_untouched(newer_file, NewerFileError)
    assert err.params["revision"] == "9999_future"
    con = sqlite3.connect(newer_file)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999_future",)]
    con.close()


def test_a_newer_file_gets_no_sidecar_files(newer_file):
    _refused_untouched(newer_file, NewerFileError)
    assert _sidecars(newer_file) == []


def test_a_newer_revision_still_in_the_wal_is_seen(db_path):
    # The revision change is only in the -wal file (another connection keeps it there).
    holder = sqlite3.connect(db_path)
    try:
        holder.execute("PRAGMA wal_autocheckpoint=0")
        holder.execute("UPDATE alembic_version SET version_num = '9999_future'")
        holder.commit()
        assert Path(f"{db_path}-wal").stat().st_size > 0
        err = _refused_untouched(db_path, NewerFileError)
        assert err.params["revision"] == "9999_future"
    finally:
        holder.close()


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(folder)
    assert type(info.value) is DatabaseOpenError
    assert list(folder.iterdir()) == []


# --- new files ------------------------------------------------------------------------------


def test_an_empty_file_is_initialised(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    opened = open_database(path)
    try:
        assert opened.created
        assert inspect_file(path).kind == "current"
        with new_session(opened.engine) as s:
            assert awards.list_awards(session=s) == []
    finally:
        opened.engine.dispose()


def test_a_missing_file_is_created_only_when_asked(tmp_path):
    path = tmp_path / "sub" / "new.db"
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path, create=False)
    assert type(info.value) is DatabaseOpenError
    assert not path.exists()
    assert not path.parent.exists()

    opened = open_database(path, create=True)
    opened.engine.dispose()
    assert opened.created
    assert path.is_file()
    assert inspect_file(path).kind == "current"


def test_a_current_file_opens_as_is(db_path):
    opened = open_database(db_path)
    try:
        assert (opened.created, opened.upgraded_from, opened.backup_path) == (False, None, None)
        assert inspect_file(db_path).kind == "current"
        assert inspect_file(db_path).revision == HEAD
    finally:
        opened.engine.dispose()


def test_file_settings(db_path):
    opened = open_database(db_path)
    try:
        with new_session(opened.engine) as s:
            assert s.exec(text("PRAGMA foreign_keys")).one()[0] == 1
            assert s.exec(text("PRAGMA journal_mode")).one()[0] == "wal"
            assert s.exec(text("PRAGMA synchronous")).one()[0] == 1  # NORMAL
    finally:
        opened.engine.dispose()
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # persistent
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
    finally:
        con.close()


def test_foreign_keys_are_enforced(db_path):
    opened = open_database(db_path)
    try:
        with new_session(opened.engine) as s, pytest.raises(IntegrityError, match="FOREIGN KEY"):
            s.exec(
                text(
                    "INSERT INTO organisation_alias (uid, organisation_id, name) "
                    "VALUES ('u', 999, 'Ingen')"
                )
            )
            s.commit()
    finally:
        opened.engine.dispose()


def test_opening_a_current_file_does_not_import_alembic(db_path):
    code = textwrap.dedent(
        f"""
        import sys
        from nomdesk.db.open import open_database
        opened = open_database({str(db_path)!r})
        opened.engine.dispose()
        print("alembic" in sys.modules, opened.created)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False"]


def test_creating_a_file_does_import_alembic(tmp_path):
    # The counterpart of the test above, so that it can fail for the right reason.
    code = textwrap.dedent(
        f"""
        import sys
        from nomdesk.db.open import open_database
        opened = open_database({str(tmp_path / "new.db")!r})
        opened.engine.dispose()
        print("alembic" in sys.modules, opened.created)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["True", "True"]


# --- backups --------------------------------------------------------------------------------


def _rows(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_backup_copies_every_row_including_uncheckpointed_wal(db_path):
    holder = sqlite3.connect(db_path)  # keeps the WAL from being checkpointed on close
    try:
        holder.execute("SELECT count(*) FROM award").fetchone()
        opened = open_database(db_path)
        with new_session(opened.engine, actor="tester") as s:
            for name in ("Pris A", "Pris B", "Pris C"):
                awards.create_award(session=s, data=AwardCreate(name=name))
        opened.engine.dispose()
        wal = Path(f"{db_path}-wal")
        assert wal.exists()
        assert wal.stat().st_size > 0
        # the main file alone does not hold the new rows yet
        main_only = db_path.with_name("main-only.db")
        main_only.write_bytes(db_path.read_bytes())
        assert "Pris A" not in "\n".join(_rows(main_only))

        backup = backup_file(db_path, HEAD)

        assert backup.exists()
        assert backup != db_path
        assert HEAD in backup.name
        assert backup.parent == db_path.parent
        source_rows = _rows(db_path)
        assert "Pris C" in "\n".join(source_rows)
        assert _rows(backup) == source_rows
    finally:
        holder.close()
    con = sqlite3.connect(backup)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert inspect_file(backup).kind == "current"


def test_an_older_file_is_backed_up_before_the_upgrade_wiring(db_path, monkeypatch):
    """Wiring only: pretend the package knows a later revision than the file's.

    Real upgrades of stored files are tested in test_upgrades.py from the second
    migration on; here Alembic's upgrade to its (unchanged) head is a no-op.
    """
    import nomdesk.db.inspect as inspect_module

    monkeypatch.setattr(inspect_module, "REVISIONS", (*inspect_module.REVISIONS, "9999_next"))
    monkeypatch.setattr(inspect_module, "HEAD", "9999_next")
    assert inspect_file(db_path).kind == "older"
    before = _rows(db_path)

    opened = open_database(db_path)
    opened.engine.dispose()

    assert opened.upgraded_from == HEAD
    assert opened.backup_path is not None
    assert opened.backup_path.is_file()
    assert _rows(opened.backup_path) == before
