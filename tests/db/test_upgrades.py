"""Upgrades of stored databases: the place for one test per earlier schema revision.

Today nomdesk has one migration (the initial schema), so no older file exists and this
module only keeps that promise honest. From the second migration on:

- a script (tests/db/fixtures/make_fixtures.py) stores, for every revision except HEAD,
  a small database made at that revision with some rows of every table:
  tests/db/fixtures/<rev>.db (made with `nomdesk.db.migrate.upgrade(path, <rev>)` and the
  rows inserted by plain SQL, so that the fixture does not depend on today's models);
- a test here opens each with `open_database`, which must report `upgraded_from == <rev>`,
  leave a backup that still opens at <rev> with the same rows, and bring the file to HEAD
  with every row kept (and `alembic check` showing no drift afterwards).

`test_every_earlier_revision_has_a_fixture` fails as soon as a second migration is added
without its fixture.
"""

from pathlib import Path

import pytest

from nomdesk.db.open import open_database
from nomdesk.db.schema_version import HEAD, REVISIONS

FIXTURES = Path(__file__).parent / "fixtures"
EARLIER = [rev for rev in REVISIONS if rev != HEAD]


def test_every_earlier_revision_has_a_fixture():
    missing = [rev for rev in EARLIER if not (FIXTURES / f"{rev}.db").is_file()]
    assert len(REVISIONS) == 1 or missing == [], (
        f"add tests/db/fixtures/<rev>.db for {missing} and an upgrade test for each"
    )


@pytest.mark.parametrize("revision", EARLIER)
def test_an_earlier_file_is_backed_up_and_upgraded(tmp_path, revision):
    path = tmp_path / f"{revision}.db"
    path.write_bytes((FIXTURES / f"{revision}.db").read_bytes())
    opened = open_database(path)
    opened.engine.dispose()
    assert opened.upgraded_from == revision
    assert opened.backup_path is not None
    assert opened.backup_path.is_file()


def test_stored_fixtures_are_nomdesk_files_with_rows(tmp_path):
    """Each stored revision opens (upgraded when older) and keeps its rows."""
    stored = sorted(FIXTURES.glob("*.db"))
    assert stored, "tests/db/fixtures holds no stored revision"
    for fixture in stored:
        path = tmp_path / fixture.name
        path.write_bytes(fixture.read_bytes())
        opened = open_database(path)
        with opened.engine.connect() as con:
            scores = con.exec_driver_sql("SELECT count(*) FROM score").scalar()
            winners = con.exec_driver_sql("SELECT count(*) FROM decision").scalar()
        opened.engine.dispose()
        assert scores > 0 and winners > 0
        assert opened.upgraded_from == (None if fixture.stem == HEAD else fixture.stem)
