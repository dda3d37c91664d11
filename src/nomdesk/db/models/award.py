"""Awards, award years, their timetable, scoring rounds and criteria."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field

from nomdesk.db.models.base import Entity, fk, utcnow


class Award(Entity, table=True):
    __tablename__ = "award"

    name: str = Field(max_length=200, unique=True)
    name_en: str | None = Field(default=None, max_length=200)
    organiser: str = Field(default="", max_length=200)
    description: str = ""
    description_en: str | None = None
    default_language: str = Field(default="sv", max_length=5)
    created_at: datetime = Field(default_factory=utcnow)


class AwardYear(Entity, table=True):
    __tablename__ = "award_year"
    __table_args__ = (UniqueConstraint("award_id", "year"),)

    award_id: int = fk("award.id")
    year: int
    title: str = Field(default="", max_length=300)
    title_en: str | None = Field(default=None, max_length=300)
    phase: str = Field(default="setup", max_length=20)
    # Settings (design §3): default method, trim k, tie-break chain and whether it applies.
    default_method: str = Field(default="mean", max_length=20)
    trim_k: int = 1
    tie_break: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    apply_tie_break: bool = False
    locked_at: datetime | None = None
    locked_by: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class TimetableEntry(Entity, table=True):
    """One dated step of a year: a deadline, site visits, the jury meeting, the ceremony."""

    __tablename__ = "timetable_entry"

    year_id: int = fk("award_year.id")
    kind: str = Field(default="other", max_length=30)
    label: str = Field(default="", max_length=300)
    label_en: str | None = Field(default=None, max_length=300)
    starts_on: date | None = None
    ends_on: date | None = None
    place: str = Field(default="", max_length=300)


class ScoringRound(Entity, table=True):
    __tablename__ = "scoring_round"
    __table_args__ = (UniqueConstraint("year_id", "name"),)

    year_id: int = fk("award_year.id")
    position: int = 0
    name: str = Field(max_length=100)
    name_en: str | None = Field(default=None, max_length=100)
    stage: str = Field(default="finalist", max_length=20)
    status: str = Field(default="open", max_length=10)
    created_at: datetime = Field(default_factory=utcnow)


class Criterion(Entity, table=True):
    __tablename__ = "criterion"
    # Names are unique in a year: files and the CLI name criteria.
    __table_args__ = (UniqueConstraint("year_id", "name"),)

    year_id: int = fk("award_year.id")
    position: int = 0
    name: str = Field(max_length=200)
    name_en: str | None = Field(default=None, max_length=200)
    description: str = ""
    description_en: str | None = None
    weight: float = 1.0
    scale_min: float = 0.0
    scale_max: float = 10.0
    step: float = 1.0
