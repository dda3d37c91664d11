"""Undo support: delete what a create made, and put back what a delete removed."""

from sqlmodel import Session, select

from nomdesk.errors import NotFoundError
from nomdesk.services import crud
from nomdesk.services.guards import writable_year, year_id_of
from nomdesk.services.unit import write


@write
def restore_deleted(*, session: Session, bundle: crud.Bundle) -> None:
    """Insert the rows of a delete again, with their ids and uids, unless the year is locked.

    A bundle holding the award year itself (the undo of "new year") has no year to check.
    """
    if bundle.year_id is not None and bundle.entity != "award_year":
        writable_year(session, bundle.year_id)
    crud.restore(session, bundle)


@write
def delete_by_uid(*, session: Session, model: type, uid: str) -> crud.Bundle:
    """Delete the row with this uid and all that depends on it (the undo of a create)."""
    obj = session.exec(select(model).where(model.uid == uid)).first()  # type: ignore[attr-defined]
    if obj is None:
        raise NotFoundError("It no longer exists.", field="uid")
    try:
        year_id: int | None = year_id_of(session, obj)
    except NotFoundError:
        year_id = None  # an organisation belongs to no year
    if year_id is not None:
        writable_year(session, year_id)
    return crud.delete(session, obj)
