"""A nominee's initiatives: add, edit, remove, reorder; areas from an extensible list."""

from sqlmodel import Session, col, select

from nomdesk.db.models import AwardYear, Initiative, Nominee
from nomdesk.domain.rules import INITIATIVE_AREAS
from nomdesk.errors import ValidationError
from nomdesk.services import crud
from nomdesk.services.guards import get, writable_year
from nomdesk.services.schemas import InitiativeCreate, InitiativeUpdate, changes_of
from nomdesk.services.unit import write


def _check(values: dict) -> None:
    if not values.get("title", "x").strip():
        raise ValidationError("The initiative needs a title.", field="title")
    if not values.get("area", "other").strip():
        raise ValidationError("Choose an area for the initiative.", field="area")
    started = values.get("started")
    if started is not None and not 1900 <= started <= 2200:
        raise ValidationError("The start year must be between 1900 and 2200.", field="started")


def _writable_nominee(session: Session, nominee_id: int) -> Nominee:
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, nominee.year_id)
    return nominee


@write
def add_initiative(*, session: Session, nominee_id: int, data: InitiativeCreate) -> Initiative:
    _writable_nominee(session, nominee_id)
    values = data.model_dump(exclude_none=True)
    _check(values)
    position = crud.next_position(session, Initiative.nominee_id, nominee_id)
    return crud.create(session, Initiative(nominee_id=nominee_id, position=position, **values))


@write
def update_initiative(
    *, session: Session, initiative_id: int, data: InitiativeUpdate
) -> Initiative:
    initiative = get(session, Initiative, initiative_id, field="initiative")
    _writable_nominee(session, initiative.nominee_id)
    changes = changes_of(data)
    _check(changes)
    return crud.update(session, initiative, changes)


@write
def remove_initiative(*, session: Session, initiative_id: int) -> crud.Bundle:
    initiative = get(session, Initiative, initiative_id, field="initiative")
    _writable_nominee(session, initiative.nominee_id)
    return crud.delete(session, initiative)


@write
def move_initiative(*, session: Session, initiative_id: int, position: int) -> list[Initiative]:
    """Put an initiative at `position` (0-based) among its nominee's initiatives."""
    initiative = get(session, Initiative, initiative_id, field="initiative")
    _writable_nominee(session, initiative.nominee_id)
    siblings = list_initiatives(session=session, nominee_id=initiative.nominee_id)
    return crud.move_to(session, siblings, initiative, position)


def list_initiatives(*, session: Session, nominee_id: int) -> list[Initiative]:
    query = select(Initiative).where(Initiative.nominee_id == nominee_id)
    return list(session.exec(query.order_by(col(Initiative.position), col(Initiative.id))))


def known_areas(*, session: Session, award_id: int | None = None) -> list[str]:
    """The built-in areas followed by every other area already used (user-extended)."""
    query = select(Initiative.area).distinct()
    if award_id is not None:
        query = (
            query.join(Nominee, col(Nominee.id) == Initiative.nominee_id)
            .join(AwardYear, col(AwardYear.id) == Nominee.year_id)
            .where(AwardYear.award_id == award_id)
        )
    used = sorted(set(session.exec(query)) - set(INITIATIVE_AREAS))
    return [*INITIATIVE_AREAS, *used]
