"""Lookups that raise typed errors, and the lock every write to a year respects."""

from typing import TypeVar

from sqlalchemy import bindparam
from sqlmodel import Session, SQLModel, select

from nomdesk.db.models import (
    AwardYear,
    Ballot,
    Criterion,
    Juror,
    Nominee,
    ScoringRound,
    SiteVisit,
)
from nomdesk.errors import DuplicateError, NotFoundError, YearLockedError

T = TypeVar("T", bound=SQLModel)

ENTITY_NAMES = {
    "award": "award",
    "award_year": "award year",
    "scoring_round": "scoring round",
    "criterion": "criterion",
    "organisation": "organisation",
    "nominee": "nominee",
    "juror": "juror",
}


def get(session: Session, model: type[T], id_: int | None, *, field: str | None = None) -> T:
    """The row with this id, or a NotFoundError naming what was looked for."""
    obj = session.get(model, id_) if id_ is not None else None
    if obj is not None:
        # The identity map holds rows weakly; pinning the few rows services look up
        # (a year, its round, jurors, nominees, criteria) spares a SELECT per edit.
        session.info.setdefault("pinned", {})[(model, id_)] = obj
    if obj is None:
        name = ENTITY_NAMES.get(model.__tablename__, model.__tablename__)  # type: ignore[attr-defined]
        raise NotFoundError("No {what} with id {id}.", field=field, what=name, id=id_)
    return obj


_LOCKED_AT = select(AwardYear.locked_at).where(AwardYear.id == bindparam("id"))


def is_locked(session: Session, year_id: int) -> bool:
    """Whether the year is locked, read from the file, not from the session's copy, so a
    lock set by another session or process counts."""
    return session.execute(_LOCKED_AT, {"id": year_id}).scalar() is not None


def writable_year(session: Session, year_id: int) -> AwardYear:
    """The year, provided it is not locked by a decision.

    The lock is read from the file every time (`is_locked`).
    """
    year = get(session, AwardYear, year_id, field="year")
    if is_locked(session, year_id):
        raise YearLockedError(
            "The year {year} is locked since its winner was decided; "
            "unlock it with a reason to change it.",
            field="year",
            year=year.year,
        )
    return year


# Parents to follow, nearest first, until one names the award year.
_PARENT_LINKS = (
    ("nominee_id", Nominee),
    ("juror_id", Juror),
    ("round_id", ScoringRound),
    ("criterion_id", Criterion),
)


def year_id_of(session: Session, obj: SQLModel) -> int:
    """The award year an object belongs to, following its parents."""
    if isinstance(obj, AwardYear):
        return obj.id  # type: ignore[return-value]
    year_id = getattr(obj, "year_id", None)
    if year_id is not None:
        return year_id
    for attribute, parent in _PARENT_LINKS:
        parent_id = getattr(obj, attribute, None)
        if parent_id is not None:
            return get(session, parent, parent_id).year_id
    for attribute, parent in (("site_visit_id", SiteVisit), ("ballot_id", Ballot)):
        parent_id = getattr(obj, attribute, None)
        if parent_id is not None:
            return year_id_of(session, get(session, parent, parent_id))
    raise NotFoundError("{what} belongs to no award year.", what=type(obj).__name__)


def unique_name(
    session: Session,
    column,
    value: str,
    *,
    message: str,
    scope: tuple | None = None,
    exclude_id: int | None = None,
) -> None:
    """Refuse a name already used by another row (within `scope`, e.g. (year_id column, id)).

    `message` is the whole sentence with {name}, so that it translates as one.
    """
    model = column.class_
    query = select(model.id).where(column == value, model.id != exclude_id)
    if scope is not None:
        query = query.where(scope[0] == scope[1])
    if session.exec(query).first() is not None:
        raise DuplicateError(message, field=column.key, name=value)
