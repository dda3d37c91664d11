"""Jurors, conflicts, ballots, imported sheets, scores and comments."""

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from nomdesk.db.models.base import Entity, fk, utcnow


class Juror(Entity, table=True):
    __tablename__ = "juror"
    # Names are unique in a year: ballots, files and the CLI name jurors.
    __table_args__ = (UniqueConstraint("year_id", "name"),)

    year_id: int = fk("award_year.id")
    position: int = 0
    name: str = Field(max_length=200)
    affiliation: str = Field(default="", max_length=300)
    role: str = Field(default="member", max_length=10)
    email: str | None = Field(default=None, max_length=200)


class Conflict(Entity, table=True):
    """A juror may not score a nominee; that juror's scores for it never count."""

    __tablename__ = "conflict"
    __table_args__ = (UniqueConstraint("juror_id", "nominee_id"),)

    juror_id: int = fk("juror.id")
    nominee_id: int = fk("nominee.id")
    reason: str = ""
    declared_by: str = Field(default="secretariat", max_length=20)
    created_at: datetime = Field(default_factory=utcnow)


class Ballot(Entity, table=True):
    """One juror's ballot for one round; its uid is the ballot uid in the file."""

    __tablename__ = "ballot"

    round_id: int = fk("scoring_round.id")
    juror_id: int = fk("juror.id")
    secret: str = Field(max_length=128)
    issued_at: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = None
    replaces_id: int | None = fk("ballot.id", nullable=True, cascade=False)


class SheetImport(Entity, table=True):
    """One imported score-sheet revision; the last per ballot decides what is stale."""

    __tablename__ = "sheet_import"
    __table_args__ = (UniqueConstraint("ballot_id", "revision"),)

    ballot_id: int = fk("ballot.id")
    revision: int
    sha256: str = Field(max_length=64)
    imported_at: datetime = Field(default_factory=utcnow)
    imported_by: str = Field(default="", max_length=200)
    n_new: int = 0
    n_changed: int = 0
    n_removed: int = 0
    n_unchanged: int = 0
    n_keyed_replaced: int = 0


class Score(Entity, table=True):
    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint("round_id", "juror_id", "nominee_id", "criterion_id"),
        Index("ix_score_round_nominee", "round_id", "nominee_id"),
    )

    round_id: int = fk("scoring_round.id", index=False)
    juror_id: int = fk("juror.id")
    nominee_id: int = fk("nominee.id")
    criterion_id: int = fk("criterion.id")
    value: float
    comment: str = ""
    source: str = Field(default="keyed", max_length=10)
    # The imported sheet a score came from (source "sheet"), for provenance.
    sheet_import_id: int | None = fk("sheet_import.id", nullable=True, cascade=False)
    updated_at: datetime = Field(default_factory=utcnow)


class NomineeComment(Entity, table=True):
    """A juror's overall comment on a nominee in a round."""

    __tablename__ = "nominee_comment"
    __table_args__ = (UniqueConstraint("round_id", "juror_id", "nominee_id"),)

    round_id: int = fk("scoring_round.id", index=False)
    juror_id: int = fk("juror.id")
    nominee_id: int = fk("nominee.id")
    comment: str = ""
    updated_at: datetime = Field(default_factory=utcnow)
