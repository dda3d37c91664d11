"""Nominees of a year: create, edit, joint nominations and the stage rules of design §1."""

from sqlmodel import Session, col, select

from nomdesk.db.models import Decision, Nominee, NomineeOrganisation, Organisation
from nomdesk.domain import stages
from nomdesk.errors import StageError, ValidationError
from nomdesk.services import crud
from nomdesk.services.guards import get, unique_name, writable_year
from nomdesk.services.schemas import NomineeCreate, NomineeUpdate, changes_of
from nomdesk.services.unit import write

STAGE_MESSAGES = {
    "unknown": "Unknown stage {target}.",
    "same": "The nominee is already {target}.",
    "winner_by_decision": "A winner is set by recording the decision, not by a stage change.",
    "withdraw_with_reason": "Withdraw a nominee with a reason.",
    "is_winner": "The winner's stage changes only when the decision is withdrawn.",
    "withdrawn": "Reinstate the withdrawn nominee before changing its stage.",
}


def _check_name(session: Session, year_id: int, name: str, nominee_id: int | None = None) -> None:
    if not name.strip():
        raise ValidationError("The nominee needs a name.", field="display_name")
    unique_name(
        session,
        Nominee.display_name,
        name,
        scope=(Nominee.year_id, year_id),
        exclude_id=nominee_id,
        message="A nominee named {name} exists already this year.",
    )


@write
def create_nominee(
    *,
    session: Session,
    year_id: int,
    data: NomineeCreate,
    organisation_ids: list[int] | None = None,
    stage: str = stages.NOMINATED,
) -> Nominee:
    """A nominee standing for one or more organisations (a joint nomination has several)."""
    writable_year(session, year_id)
    _check_name(session, year_id, data.display_name)
    if stage not in (stages.NOMINATED, stages.SHORTLISTED, stages.FINALIST):
        raise StageError(
            "A new nominee starts as nominated, shortlisted or finalist.", field="stage"
        )
    nominee = crud.create(
        session, Nominee(year_id=year_id, stage=stage, **data.model_dump(exclude_none=True))
    )
    _link(session, nominee, organisation_ids or [])
    return nominee


@write
def update_nominee(*, session: Session, nominee_id: int, data: NomineeUpdate) -> Nominee:
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, nominee.year_id)
    changes = changes_of(data)
    if "display_name" in changes:
        _check_name(session, nominee.year_id, changes["display_name"], nominee_id)
    return crud.update(session, nominee, changes)


@write
def set_organisations(
    *, session: Session, nominee_id: int, organisation_ids: list[int]
) -> list[Organisation]:
    """Replace the organisations a nominee stands for, in the given order."""
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, nominee.year_id)
    for link in session.exec(
        select(NomineeOrganisation).where(NomineeOrganisation.nominee_id == nominee_id)
    ):
        crud.delete(session, link)
    return _link(session, nominee, organisation_ids)


def _link(session: Session, nominee: Nominee, organisation_ids: list[int]) -> list[Organisation]:
    if len(set(organisation_ids)) != len(organisation_ids):
        raise ValidationError("An organisation is named twice.", field="organisations")
    orgs = [get(session, Organisation, i, field="organisations") for i in organisation_ids]
    for position, org in enumerate(orgs):
        link = NomineeOrganisation(nominee_id=nominee.id, organisation_id=org.id, position=position)
        crud.create(session, link)
    return orgs


def _decided(session: Session, year_id: int) -> bool:
    return session.exec(select(Decision.id).where(Decision.year_id == year_id)).first() is not None


@write
def change_stage(*, session: Session, nominee_id: int, stage: str) -> Nominee:
    """Move a nominee forward (steps may be skipped) or one or more steps back."""
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, nominee.year_id)
    problem = stages.move_problem(nominee.stage, stage)
    if problem:
        raise StageError(STAGE_MESSAGES[problem], field="stage", target=stage)
    if _decided(session, nominee.year_id) and stages.rank_of(stage) < stages.rank_of(nominee.stage):
        raise StageError("A step back is not allowed after the decision.", field="stage")
    return crud.update(session, nominee, {"stage": stage})


@write
def withdraw(*, session: Session, nominee_id: int, reason: str) -> Nominee:
    """Withdraw a nominee, from any stage before a decision, with a reason."""
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, nominee.year_id)
    if not reason or not reason.strip():
        raise ValidationError("Give a reason for the withdrawal.", field="withdrawn_reason")
    if nominee.stage == stages.WITHDRAWN:
        raise StageError("The nominee is already withdrawn.", field="stage")
    if nominee.stage == stages.WINNER or _decided(session, nominee.year_id):
        raise StageError("A nominee cannot be withdrawn after the decision.", field="stage")
    changes = {
        "stage": stages.WITHDRAWN,
        "withdrawn_from": nominee.stage,
        "withdrawn_reason": reason.strip(),
    }
    return crud.update(session, nominee, changes, action="withdraw")


@write
def reinstate(*, session: Session, nominee_id: int) -> Nominee:
    """Undo a withdrawal: back to the stage it was withdrawn from."""
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, nominee.year_id)
    if nominee.stage != stages.WITHDRAWN:
        raise StageError("Only a withdrawn nominee can be reinstated.", field="stage")
    if _decided(session, nominee.year_id):
        raise StageError("A nominee cannot be reinstated after the decision.", field="stage")
    changes = {
        "stage": nominee.withdrawn_from or stages.NOMINATED,
        "withdrawn_from": None,
        "withdrawn_reason": None,
    }
    return crud.update(session, nominee, changes, action="reinstate")


@write
def delete_nominee(*, session: Session, nominee_id: int) -> crud.Bundle:
    """Delete a nominee with everything that belongs to it (restorable as a bundle)."""
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, nominee.year_id)
    if nominee.stage == stages.WINNER:
        raise StageError("The winner cannot be deleted.", field="stage")
    return crud.delete(session, nominee)


def list_nominees(*, session: Session, year_id: int, stage: str | None = None) -> list[Nominee]:
    query = select(Nominee).where(Nominee.year_id == year_id)
    if stage is not None:
        query = query.where(Nominee.stage == stage)
    return list(session.exec(query.order_by(col(Nominee.display_name))))


def organisations_of(*, session: Session, nominee_id: int) -> list[Organisation]:
    query = (
        select(Organisation)
        .join(NomineeOrganisation, col(NomineeOrganisation.organisation_id) == Organisation.id)
        .where(NomineeOrganisation.nominee_id == nominee_id)
        .order_by(col(NomineeOrganisation.position))
    )
    return list(session.exec(query))


def find_nominee(*, session: Session, year_id: int, key: str) -> Nominee:
    """A nominee of the year by uid or by display name (case-insensitive)."""
    for nominee in list_nominees(session=session, year_id=year_id):
        if key in (nominee.uid,) or key.casefold() == nominee.display_name.casefold():
            return nominee
    raise ValidationError("No nominee {key} in this year.", field="nominee", key=key)
