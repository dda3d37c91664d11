"""Lookups that raise typed errors, and the lock every write to a year respects."""

from typing import TypeVar

from sqlmodel import Session, SQLModel

from nomdesk.db.models import AwardYear, Criterion, Juror, Nominee, ScoringRound
from nomdesk.errors import NotFoundError, YearLockedError

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
    if obj is None:
        name = ENTITY_NAMES.get(model.__tablename__, model.__tablename__)  # type: ignore[attr-defined]
        raise NotFoundError("No {what} with id {id}.", field=field, what=name, id=id_)
    return obj


def writable_year(session: Session, year_id: int) -> AwardYear:
    """The year, provided it is not locked by a decision."""
    year = get(session, AwardYear, year_id, field="year")
    if year.locked_at is not None:
        raise YearLockedError(
            "The year {year} is locked since its winner was decided; "
            "unlock it with a reason to change it.",
            field="year",
            year=year.year,
        )
    return year


def year_id_of(session: Session, obj: SQLModel) -> int:
    """The award year an object belongs to, following its parents."""
    if isinstance(obj, AwardYear):
        return obj.id  # type: ignore[return-value]
    if isinstance(obj, Nominee | Juror | Criterion | ScoringRound):
        return obj.year_id
    nominee_id = getattr(obj, "nominee_id", None)
    if nominee_id is not None:
        return get(session, Nominee, nominee_id).year_id
    year_id = getattr(obj, "year_id", None)
    if year_id is None:
        raise NotFoundError("{what} belongs to no award year.", what=type(obj).__name__)
    return year_id


def same_year(obj: SQLModel, year_id: int, field: str) -> None:
    """Refuse mixing objects of different award years."""
    if getattr(obj, "year_id", year_id) != year_id:
        raise NotFoundError("That {what} belongs to another award year.", field=field, what=field)
