"""Organisations (across years), nominees (per year) and what belongs to a nominee."""

from datetime import date, datetime

from sqlalchemy import LargeBinary, UniqueConstraint
from sqlmodel import Field

from nomdesk.db.models.base import Entity, fk, utcnow


class Organisation(Entity, table=True):
    """A nominated body that lives across years, such as a municipality."""

    __tablename__ = "organisation"

    name: str = Field(max_length=200, unique=True)
    kind: str = Field(default="municipality", max_length=30)
    county: str = Field(default="", max_length=100)
    population: int | None = None
    org_number: str | None = Field(default=None, max_length=20)


class OrganisationAlias(Entity, table=True):
    """Another name an organisation is known by (kept when two are merged)."""

    __tablename__ = "organisation_alias"

    organisation_id: int = fk("organisation.id")
    name: str = Field(max_length=200, index=True)


class Nominee(Entity, table=True):
    __tablename__ = "nominee"
    __table_args__ = (UniqueConstraint("year_id", "display_name"),)

    year_id: int = fk("award_year.id")
    display_name: str = Field(max_length=300)
    display_name_en: str | None = Field(default=None, max_length=300)
    nominated_by: str = Field(default="", max_length=300)
    # The three questions of a nomination, and a short summary for the report.
    proud_of: str = ""
    proud_of_en: str | None = None
    effect: str = ""
    effect_en: str | None = None
    lessons: str = ""
    lessons_en: str | None = None
    summary: str = ""
    summary_en: str | None = None
    stage: str = Field(default="nominated", max_length=20, index=True)
    withdrawn_reason: str | None = None
    withdrawn_from: str | None = Field(default=None, max_length=20)
    contact_name: str | None = Field(default=None, max_length=200)
    contact_email: str | None = Field(default=None, max_length=200)
    contact_phone: str | None = Field(default=None, max_length=50)
    created_at: datetime = Field(default_factory=utcnow)


class NomineeOrganisation(Entity, table=True):
    """Which organisations a nominee stands for; a joint nomination has several."""

    __tablename__ = "nominee_organisation"
    __table_args__ = (UniqueConstraint("nominee_id", "organisation_id"),)

    nominee_id: int = fk("nominee.id")
    organisation_id: int = fk("organisation.id", cascade=False)
    position: int = 0


class Initiative(Entity, table=True):
    __tablename__ = "initiative"

    nominee_id: int = fk("nominee.id")
    position: int = 0
    title: str = Field(max_length=300)
    title_en: str | None = Field(default=None, max_length=300)
    area: str = Field(default="other", max_length=60)
    description: str = ""
    description_en: str | None = None
    started: int | None = None
    link: str | None = Field(default=None, max_length=500)


class Attachment(Entity, table=True):
    __tablename__ = "attachment"

    nominee_id: int = fk("nominee.id")
    file_name: str = Field(max_length=300)
    media_type: str = Field(default="application/octet-stream", max_length=100)
    size: int = 0
    sha256: str = Field(max_length=64)
    data: bytes = Field(sa_type=LargeBinary)
    description: str = ""
    added_at: datetime = Field(default_factory=utcnow)


class SiteVisit(Entity, table=True):
    __tablename__ = "site_visit"

    nominee_id: int = fk("nominee.id")
    visited_on: date | None = None
    participants: str = ""
    notes: str = ""
    notes_en: str | None = None


class SiteVisitNote(Entity, table=True):
    """An observation from a site visit about one criterion."""

    __tablename__ = "site_visit_note"
    __table_args__ = (UniqueConstraint("site_visit_id", "criterion_id"),)

    site_visit_id: int = fk("site_visit.id")
    criterion_id: int = fk("criterion.id")
    note: str = ""
