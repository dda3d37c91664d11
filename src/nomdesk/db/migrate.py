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


def upgrade(path: Path | str, revision: str = "head") -> None:
    """Bring the file at `path` to `revision`, marking it as nomdesk's."""
    from alembic import command

    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            config = alembic_config(path)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    finally:
        engine.dispose()
