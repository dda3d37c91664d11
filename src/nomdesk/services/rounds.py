"""Scoring rounds: a shortlist round and/or the final round of a year."""

from sqlmodel import Session, col, select

from nomdesk.db.models import ScoringRound
from nomdesk.domain.rules import ROUND_STATUSES
from nomdesk.domain.stages import ROUND_STAGES
from nomdesk.errors import NotFoundError, ValidationError
from nomdesk.services import crud
from nomdesk.services.guards import get, unique_name, writable_year
from nomdesk.services.schemas import RoundCreate, RoundUpdate, changes_of
from nomdesk.services.unit import write


def _check(session: Session, year_id: int, values: dict, round_id: int | None = None) -> None:
    if "stage" in values and values["stage"] not in ROUND_STAGES:
        raise ValidationError(
            "A round covers shortlisted or finalist nominees, not {stage}.",
            field="stage",
            stage=values["stage"],
        )
    name = values.get("name")
    if name is not None:
        if not name.strip():
            raise ValidationError("The round needs a name.", field="name")
        unique_name(
            session,
            ScoringRound.name,
            name,
            scope=(ScoringRound.year_id, year_id),
            exclude_id=round_id,
            message="A round named {name} exists already this year.",
        )


@write
def create_round(*, session: Session, year_id: int, data: RoundCreate) -> ScoringRound:
    writable_year(session, year_id)
    values = data.model_dump(exclude_none=True)
    _check(session, year_id, values)
    position = crud.next_position(session, ScoringRound.year_id, year_id)
    return crud.create(session, ScoringRound(year_id=year_id, position=position, **values))


@write
def update_round(*, session: Session, round_id: int, data: RoundUpdate) -> ScoringRound:
    round_ = get(session, ScoringRound, round_id, field="round")
    writable_year(session, round_.year_id)
    changes = changes_of(data)
    _check(session, round_.year_id, changes, round_id)
    return crud.update(session, round_, changes)


@write
def set_round_status(*, session: Session, round_id: int, status: str) -> ScoringRound:
    if status not in ROUND_STATUSES:
        raise ValidationError(
            "A round is open or closed, not {status}.", field="status", status=status
        )
    round_ = get(session, ScoringRound, round_id, field="round")
    writable_year(session, round_.year_id)
    return crud.update(session, round_, {"status": status})


def list_rounds(*, session: Session, year_id: int) -> list[ScoringRound]:
    query = select(ScoringRound).where(ScoringRound.year_id == year_id)
    return list(session.exec(query.order_by(col(ScoringRound.position), col(ScoringRound.id))))


def find_round(*, session: Session, year_id: int, name: str | None = None) -> ScoringRound:
    """The round with this name, or the year's latest round."""
    rounds = list_rounds(session=session, year_id=year_id)
    if name is None and rounds:
        return rounds[-1]
    for round_ in rounds:
        if name is not None and name.casefold() in (
            round_.name.casefold(),
            (round_.name_en or "").casefold(),
        ):
            return round_
    if name is None:
        raise NotFoundError("This year has no scoring round.", field="round")
    raise NotFoundError("No round named {name} in this year.", field="round", name=name)
