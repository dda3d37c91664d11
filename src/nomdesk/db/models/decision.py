"""The winner's decision and the append-only, hash-chained audit log."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field

from nomdesk.db.models.base import Entity, fk, utcnow


class Decision(Entity, table=True):
    __tablename__ = "decision"

    year_id: int = Field(foreign_key="award_year.id", unique=True, ondelete="CASCADE")
    winner_id: int = fk("nominee.id", cascade=False)
    round_id: int | None = fk("scoring_round.id", nullable=True, cascade=False)
    motivation: str = ""
    motivation_en: str | None = None
    decided_at: datetime = Field(default_factory=utcnow)
    decided_by: str = Field(default="", max_length=200)
    method: str | None = Field(default=None, max_length=20)
    tie_break: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    ranking_snapshot: list[dict[str, Any]] | None = Field(default=None, sa_type=JSON)
    scores_complete: bool | None = None
    missing_scores: int = 0
    missing_confirmed: bool = False
    historical: bool = False


class AuditEvent(Entity, table=True):
    """One change; `hash` covers the event and the previous event's hash."""

    __tablename__ = "audit_event"

    at: datetime = Field(default_factory=utcnow)
    actor: str = Field(default="", max_length=200)
    action: str = Field(max_length=30)
    entity: str = Field(max_length=50)
    entity_uid: str | None = Field(default=None, max_length=36, index=True)
    year_uid: str | None = Field(default=None, max_length=36, index=True)
    before: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    after: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    digest: str | None = Field(default=None, max_length=64)
    # Unique: two writers can never both extend the chain from the same event.
    prev_hash: str = Field(max_length=64, unique=True)
    hash: str = Field(max_length=64)
