"""Awards: the prize itself, which lives across years."""

from sqlmodel import Session, col, select

from nomdesk.db.models import Award
from nomdesk.errors import ValidationError
from nomdesk.services import crud
from nomdesk.services.guards import get, unique_name
from nomdesk.services.schemas import AwardCreate, AwardUpdate, changes_of
from nomdesk.services.unit import write


def _check_name(session: Session, name: str, award_id: int | None = None) -> None:
    if not name.strip():
        raise ValidationError("The award needs a name.", field="name")
    unique_name(
        session,
        Award.name,
        name,
        exclude_id=award_id,
        message="An award named {name} exists already.",
    )


@write
def create_award(*, session: Session, data: AwardCreate) -> Award:
    _check_name(session, data.name)
    return crud.create(session, Award(**data.model_dump(exclude_none=True)))


@write
def update_award(*, session: Session, award_id: int, data: AwardUpdate) -> Award:
    award = get(session, Award, award_id, field="award")
    changes = changes_of(data)
    if "name" in changes:
        _check_name(session, changes["name"], award_id)
    return crud.update(session, award, changes)


def list_awards(*, session: Session) -> list[Award]:
    return list(session.exec(select(Award).order_by(col(Award.name))))


def find_award(*, session: Session, name: str | None = None) -> Award:
    """The award with this name; without a name, the only award in the file."""
    awards = list_awards(session=session)
    if name is not None:
        for award in awards:
            if name.casefold() in (award.name.casefold(), (award.name_en or "").casefold()):
                return award
        raise ValidationError("No award named {name}.", field="award", name=name)
    if len(awards) != 1:
        raise ValidationError(
            "The file holds {count} awards; name one with --award.",
            field="award",
            count=len(awards),
        )
    return awards[0]
