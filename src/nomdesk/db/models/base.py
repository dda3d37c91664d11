"""Shared column helpers and the metadata naming convention for every table."""

import uuid
from datetime import UTC, datetime

from pydantic import ConfigDict
from sqlmodel import Field, SQLModel

# Named constraints make Alembic's batch mode on SQLite (and PostgreSQL) predictable.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    """A fresh stable identifier for files and undo."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """An aware UTC timestamp (SQLModel stores and returns datetimes in UTC)."""
    return datetime.now(UTC)


class Entity(SQLModel):
    """Every table: an integer key for joins and a uid for files and undo."""

    # Table models are not validated on construction, so pydantic need not build their
    # validators at import: this saves ~70 ms of every start.
    model_config = ConfigDict(defer_build=True)  # type: ignore[assignment]

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, max_length=36, unique=True, index=True)


def fk(target: str, *, nullable: bool = False, cascade: bool = True, index: bool = True):
    """A foreign key column; children are deleted with their parent unless told otherwise."""
    return Field(
        default=None,
        foreign_key=target,
        nullable=nullable,
        index=index,
        ondelete="CASCADE" if cascade else ("SET NULL" if nullable else "RESTRICT"),
    )
