"""Site visits: date, participants, notes, and a note per criterion."""

from datetime import date

from nomdesk.errors import ValidationError
from nomdesk.services import site_visits
from nomdesk.services.schemas import SiteVisitCreate, SiteVisitUpdate


def _notes(session, visit_id):
    return {
        n.criterion_id: n.note for n in site_visits.visit_notes(session=session, visit_id=visit_id)
    }


def test_site_visit_with_notes_per_criterion(session, year):
    n = year.nominees[0].id
    late = site_visits.add_site_visit(
        session=session,
        nominee_id=n,
        data=SiteVisitCreate(visited_on=date(2024, 10, 1), participants="Cecilia"),
    )
    visit = site_visits.add_site_visit(
        session=session,
        nominee_id=n,
        data=SiteVisitCreate(
            visited_on=date(2024, 9, 3), participants="Anna, Bo", notes="Engagerad ledning"
        ),
    )
    innovation, effekt = year.criteria
    site_visits.set_visit_note(
        session=session, visit_id=visit.id, criterion_id=innovation.id, note=" Nytänkande "
    )
    site_visits.set_visit_note(
        session=session, visit_id=visit.id, criterion_id=effekt.id, note="Mätbar effekt"
    )
    assert _notes(session, visit.id) == {innovation.id: "Nytänkande", effekt.id: "Mätbar effekt"}

    # a second note on the same criterion replaces the first; an empty one removes it
    site_visits.set_visit_note(
        session=session, visit_id=visit.id, criterion_id=innovation.id, note="Ännu bättre"
    )
    assert (
        site_visits.set_visit_note(
            session=session, visit_id=visit.id, criterion_id=effekt.id, note="  "
        )
        is None
    )
    assert _notes(session, visit.id) == {innovation.id: "Ännu bättre"}

    listed = site_visits.list_site_visits(session=session, nominee_id=n)
    assert [v.id for v in listed] == [visit.id, late.id]
    assert (listed[0].participants, listed[0].notes) == ("Anna, Bo", "Engagerad ledning")
    assert _notes(session, late.id) == {}

    site_visits.update_site_visit(
        session=session, visit_id=visit.id, data=SiteVisitUpdate(notes="Reviderat")
    )
    assert site_visits.list_site_visits(session=session, nominee_id=n)[0].notes == "Reviderat"

    bundle = site_visits.remove_site_visit(session=session, visit_id=visit.id)
    assert (bundle.count("site_visit"), bundle.count("site_visit_note")) == (1, 1)
    assert [v.id for v in site_visits.list_site_visits(session=session, nominee_id=n)] == [late.id]


def test_note_on_a_criterion_of_another_year_is_refused(session, make_year, refused):
    earlier = make_year(2023)
    setup = make_year(2024)
    visit = site_visits.add_site_visit(
        session=session, nominee_id=setup.nominees[0].id, data=SiteVisitCreate(participants="A")
    )
    with refused(ValidationError, field="criterion"):
        site_visits.set_visit_note(
            session=session, visit_id=visit.id, criterion_id=earlier.criteria[0].id, note="x"
        )
