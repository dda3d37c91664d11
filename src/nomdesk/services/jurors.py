"""Jurors of a year (one chair) and their conflicts of interest."""

from sqlmodel import Session, col, select

from nomdesk.db.models import Conflict, Juror, Nominee
from nomdesk.domain.rules import JUROR_ROLES
from nomdesk.errors import DuplicateError, ValidationError
from nomdesk.services import crud
from nomdesk.services.guards import get, unique_name, writable_year
from nomdesk.services.schemas import JurorCreate, JurorUpdate, changes_of
from nomdesk.services.unit import write

DECLARERS = ("secretariat", "juror")


def _check(values: dict) -> None:
    if not values.get("name", "x").strip():
        raise ValidationError("The juror needs a name.", field="name")
    if values.get("role", "member") not in JUROR_ROLES:
        raise ValidationError("A juror is chair or member.", field="role")
    email = values.get("email")
    if email and "@" not in email:
        raise ValidationError("{email} is not an e-mail address.", field="email", email=email)


def _demote_other_chairs(session: Session, juror: Juror) -> None:
    """A jury has one chair: naming a new chair makes the old one a member."""
    if juror.role != "chair":
        return
    for other in session.exec(
        select(Juror).where(
            Juror.year_id == juror.year_id, Juror.role == "chair", Juror.id != juror.id
        )
    ):
        crud.update(session, other, {"role": "member"})


@write
def add_juror(*, session: Session, year_id: int, data: JurorCreate) -> Juror:
    writable_year(session, year_id)
    values = data.model_dump(exclude_none=True)
    _check(values)
    unique_name(
        session,
        Juror.name,
        values["name"],
        scope=(Juror.year_id, year_id),
        message="A juror named {name} exists already this year.",
    )
    position = crud.next_position(session, Juror.year_id, year_id)
    juror = crud.create(session, Juror(year_id=year_id, position=position, **values))
    _demote_other_chairs(session, juror)
    return juror


@write
def update_juror(*, session: Session, juror_id: int, data: JurorUpdate) -> Juror:
    juror = get(session, Juror, juror_id, field="juror")
    writable_year(session, juror.year_id)
    changes = changes_of(data)
    _check(changes)
    if "name" in changes:
        unique_name(
            session,
            Juror.name,
            changes["name"],
            scope=(Juror.year_id, juror.year_id),
            exclude_id=juror_id,
            message="A juror named {name} exists already this year.",
        )
    crud.update(session, juror, changes)
    _demote_other_chairs(session, juror)
    return juror


@write
def remove_juror(*, session: Session, juror_id: int) -> crud.Bundle:
    """Remove a juror with their conflicts, ballots and scores (restorable as a bundle)."""
    juror = get(session, Juror, juror_id, field="juror")
    writable_year(session, juror.year_id)
    return crud.delete(session, juror)


def list_jurors(*, session: Session, year_id: int) -> list[Juror]:
    query = select(Juror).where(Juror.year_id == year_id)
    return list(session.exec(query.order_by(col(Juror.position), col(Juror.id))))


def find_juror(*, session: Session, year_id: int, key: str) -> Juror:
    """A juror of the year by uid or name (case-insensitive)."""
    for juror in list_jurors(session=session, year_id=year_id):
        if key == juror.uid or key.casefold() == juror.name.casefold():
            return juror
    raise ValidationError("No juror {key} in this year.", field="juror", key=key)


@write
def declare_conflict(
    *,
    session: Session,
    juror_id: int,
    nominee_id: int,
    reason: str,
    declared_by: str = "secretariat",
    uid: str | None = None,
) -> Conflict:
    """Record that a juror may not score a nominee; their scores for it never count."""
    juror = get(session, Juror, juror_id, field="juror")
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, juror.year_id)
    if nominee.year_id != juror.year_id:
        raise ValidationError(
            "The juror and the nominee belong to different years.", field="nominee"
        )
    if declared_by not in DECLARERS:
        raise ValidationError(
            "A conflict is declared by the secretariat or the juror.", field="declared_by"
        )
    if find_conflict(session=session, juror_id=juror_id, nominee_id=nominee_id):
        raise DuplicateError(
            "{juror} is already recorded as conflicted for {nominee}.",
            field="nominee",
            juror=juror.name,
            nominee=nominee.display_name,
        )
    conflict = Conflict(
        juror_id=juror_id, nominee_id=nominee_id, reason=reason.strip(), declared_by=declared_by
    )
    if uid:
        conflict.uid = uid
    return crud.create(session, conflict)


@write
def remove_conflict(*, session: Session, conflict_id: int) -> crud.Bundle:
    conflict = get(session, Conflict, conflict_id, field="conflict")
    writable_year(session, get(session, Juror, conflict.juror_id).year_id)
    return crud.delete(session, conflict)


def find_conflict(*, session: Session, juror_id: int, nominee_id: int) -> Conflict | None:
    query = select(Conflict).where(Conflict.juror_id == juror_id, Conflict.nominee_id == nominee_id)
    return session.exec(query).first()


def list_conflicts(*, session: Session, year_id: int) -> list[Conflict]:
    query = (
        select(Conflict)
        .join(Juror, col(Juror.id) == Conflict.juror_id)
        .where(Juror.year_id == year_id)
        .order_by(col(Conflict.id))
    )
    return list(session.exec(query))
