"""Site visits to a nominee: date, who went, notes, and notes per criterion."""

from sqlmodel import Session, col, select

from nomdesk.db.models import Criterion, Nominee, SiteVisit, SiteVisitNote
from nomdesk.errors import ValidationError
from nomdesk.services import crud
from nomdesk.services.guards import get, writable_year
from nomdesk.services.schemas import SiteVisitCreate, SiteVisitUpdate, changes_of
from nomdesk.services.unit import write


@write
def add_site_visit(*, session: Session, nominee_id: int, data: SiteVisitCreate) -> SiteVisit:
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, nominee.year_id)
    return crud.create(
        session, SiteVisit(nominee_id=nominee_id, **data.model_dump(exclude_none=True))
    )


@write
def update_site_visit(*, session: Session, visit_id: int, data: SiteVisitUpdate) -> SiteVisit:
    visit = get(session, SiteVisit, visit_id, field="site_visit")
    writable_year(session, get(session, Nominee, visit.nominee_id).year_id)
    return crud.update(session, visit, changes_of(data))


@write
def remove_site_visit(*, session: Session, visit_id: int) -> crud.Bundle:
    visit = get(session, SiteVisit, visit_id, field="site_visit")
    writable_year(session, get(session, Nominee, visit.nominee_id).year_id)
    return crud.delete(session, visit)


@write
def set_visit_note(
    *, session: Session, visit_id: int, criterion_id: int, note: str
) -> SiteVisitNote | None:
    """The visit's observation on one criterion; an empty note removes it."""
    visit = get(session, SiteVisit, visit_id, field="site_visit")
    nominee = get(session, Nominee, visit.nominee_id)
    writable_year(session, nominee.year_id)
    criterion = get(session, Criterion, criterion_id, field="criterion")
    if criterion.year_id != nominee.year_id:
        raise ValidationError("That criterion belongs to another year.", field="criterion")
    existing = session.exec(
        select(SiteVisitNote).where(
            SiteVisitNote.site_visit_id == visit_id, SiteVisitNote.criterion_id == criterion_id
        )
    ).first()
    if existing and not note.strip():
        crud.delete(session, existing)
        return None
    if existing:
        return crud.update(session, existing, {"note": note.strip()})
    if not note.strip():
        return None
    new = SiteVisitNote(site_visit_id=visit_id, criterion_id=criterion_id, note=note.strip())
    return crud.create(session, new)


def list_site_visits(*, session: Session, nominee_id: int) -> list[SiteVisit]:
    query = select(SiteVisit).where(SiteVisit.nominee_id == nominee_id)
    return list(session.exec(query.order_by(col(SiteVisit.visited_on), col(SiteVisit.id))))


def visit_notes(*, session: Session, visit_id: int) -> list[SiteVisitNote]:
    query = select(SiteVisitNote).where(SiteVisitNote.site_visit_id == visit_id)
    return list(session.exec(query))
