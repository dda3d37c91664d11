"""Putting back what a delete removed (the undo of a delete), checked like any write."""

from sqlmodel import Session

from nomdesk.services import crud
from nomdesk.services.guards import writable_year
from nomdesk.services.unit import write


@write
def restore_deleted(*, session: Session, bundle: crud.Bundle) -> None:
    """Insert the rows of a delete again, with their ids and uids, unless the year is locked."""
    if bundle.year_id is not None:
        writable_year(session, bundle.year_id)
    crud.restore(session, bundle)
