"""Criteria of a year: name, description, weight, scale and step, in order."""

from sqlmodel import Session, col, select

from nomdesk.db.models import Criterion, Score
from nomdesk.domain.rules import criterion_problem, value_problem
from nomdesk.errors import ValidationError
from nomdesk.services import crud
from nomdesk.services.guards import get, unique_name, writable_year
from nomdesk.services.schemas import CriterionCreate, CriterionUpdate, changes_of
from nomdesk.services.unit import write


def _check(values: dict) -> None:
    if not values.get("name", "x").strip():
        raise ValidationError("The criterion needs a name.", field="name")
    problem = criterion_problem(
        values["weight"], values["scale_min"], values["scale_max"], values["step"]
    )
    if problem:
        raise ValidationError(problem[1], field=problem[0])


def _check_existing_scores(session: Session, criterion: Criterion) -> None:
    """A new scale or step may not leave recorded scores invalid."""
    values = session.exec(select(Score.value).where(Score.criterion_id == criterion.id))
    for value in values:
        if value_problem(value, criterion.scale_min, criterion.scale_max, criterion.step):
            raise ValidationError(
                "A recorded score ({value}) would no longer fit this scale and step.",
                field="scale_min",
                value=value,
            )


@write
def add_criterion(*, session: Session, year_id: int, data: CriterionCreate) -> Criterion:
    writable_year(session, year_id)
    values = data.model_dump(exclude_none=True)
    _check(values)
    unique_name(
        session,
        Criterion.name,
        values["name"],
        scope=(Criterion.year_id, year_id),
        message="A criterion named {name} exists already this year.",
    )
    position = crud.next_position(session, Criterion.year_id, year_id)
    return crud.create(session, Criterion(year_id=year_id, position=position, **values))


@write
def update_criterion(*, session: Session, criterion_id: int, data: CriterionUpdate) -> Criterion:
    criterion = get(session, Criterion, criterion_id, field="criterion")
    writable_year(session, criterion.year_id)
    changes = changes_of(data)
    _check({**criterion.model_dump(), **changes})
    if "name" in changes:
        unique_name(
            session,
            Criterion.name,
            changes["name"],
            scope=(Criterion.year_id, criterion.year_id),
            exclude_id=criterion_id,
            message="A criterion named {name} exists already this year.",
        )
    crud.update(session, criterion, changes)
    _check_existing_scores(session, criterion)
    return criterion


@write
def remove_criterion(*, session: Session, criterion_id: int) -> crud.Bundle:
    """Remove a criterion with its scores (the bundle restores them on undo)."""
    criterion = get(session, Criterion, criterion_id, field="criterion")
    writable_year(session, criterion.year_id)
    return crud.delete(session, criterion)


@write
def move_criterion(*, session: Session, criterion_id: int, position: int) -> list[Criterion]:
    """Put a criterion at `position` (0-based) and renumber the others."""
    criterion = get(session, Criterion, criterion_id, field="criterion")
    writable_year(session, criterion.year_id)
    siblings = list_criteria(session=session, year_id=criterion.year_id)
    return crud.move_to(session, siblings, criterion, position)


def list_criteria(*, session: Session, year_id: int) -> list[Criterion]:
    query = select(Criterion).where(Criterion.year_id == year_id)
    return list(session.exec(query.order_by(col(Criterion.position), col(Criterion.id))))
