"""Awards and scoring rounds: unique names, which stage a round covers, open or closed."""

import pytest

from nomdesk.errors import DuplicateError, NotFoundError, ValidationError
from nomdesk.services import awards, rounds
from nomdesk.services.schemas import AwardCreate, AwardUpdate, RoundCreate, RoundUpdate


def test_duplicate_award_name_is_refused(session, year, refused):
    with refused(DuplicateError, field="name"):
        awards.create_award(session=session, data=AwardCreate(name="Digitaliseringspriset"))
    other = awards.create_award(session=session, data=AwardCreate(name="Annat", name_en="Other"))
    with refused(DuplicateError, field="name"):
        awards.update_award(
            session=session, award_id=other.id, data=AwardUpdate(name="Digitaliseringspriset")
        )
    assert awards.find_award(session=session, name="other").id == other.id
    with pytest.raises(ValidationError):
        awards.find_award(session=session)  # two awards: a name is needed


def test_rounds_in_order_and_latest_by_default(session, make_year):
    setup = make_year(round_stage="finalist")
    shortlist = rounds.create_round(
        session=session, year_id=setup.year_id, data=RoundCreate(name="Urval", stage="shortlisted")
    )
    assert shortlist.position == 1
    names = [r.name for r in rounds.list_rounds(session=session, year_id=setup.year_id)]
    assert names == ["Final", "Urval"]
    assert rounds.find_round(session=session, year_id=setup.year_id).id == shortlist.id
    assert rounds.find_round(session=session, year_id=setup.year_id, name="final").id == (
        setup.round_id
    )
    with pytest.raises(NotFoundError):
        rounds.find_round(session=session, year_id=setup.year_id, name="Ingen")


def test_round_refusals(session, year, refused):
    with refused(DuplicateError, field="name"):
        rounds.create_round(session=session, year_id=year.year_id, data=RoundCreate(name="Final"))
    with refused(ValidationError, field="stage"):
        rounds.create_round(
            session=session, year_id=year.year_id, data=RoundCreate(name="X", stage="winner")
        )
    with refused(ValidationError, field="name"):
        rounds.update_round(session=session, round_id=year.round_id, data=RoundUpdate(name=" "))
    with refused(ValidationError, field="status"):
        rounds.set_round_status(session=session, round_id=year.round_id, status="paused")
