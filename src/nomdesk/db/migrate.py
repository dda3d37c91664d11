"""Alembic, imported only when a file must be created or upgraded."""

from pathlib import Path

from nomdesk.db.engine import APPLICATION_ID, make_engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(path: Path | str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.attributes["db_path"] = str(path)
    return config


class BrokenReferencesError(RuntimeError):
    """A migration left rows pointing at rows that do not exist."""


def upgrade(path: Path | str, revision: str = "head") -> None:
    """Bring the file at `path` to `revision`, marking it as nomdesk's.

    Foreign keys are off while tables are rebuilt and checked once at the end, in the same
    transaction, so a migration can neither cascade-delete rows nor leave broken links.
    """
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config(path)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise BrokenReferencesError(f"the upgrade left broken references: {broken[:5]}")
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    finally:
        engine.dispose()
