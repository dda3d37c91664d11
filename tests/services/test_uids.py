"""A uid given on creation (undo recreating a row, an imported file) is kept as given."""

import uuid
from datetime import date

import pytest
from sqlmodel import SQLModel

from nomdesk.services import (
    awards,
    criteria,
    initiatives,
    jurors,
    organisations,
    rounds,
    site_visits,
    years,
)
from nomdesk.services.schemas import (
    AwardCreate,
    CriterionCreate,
    InitiativeCreate,
    JurorCreate,
    OrganisationCreate,
    RoundCreate,
    SiteVisitCreate,
    TimetableCreate,
    YearCreate,
)

CREATES = {
    "award": lambda s, y, uid: awards.create_award(
        session=s, data=AwardCreate(uid=uid, name="Nytt pris")
    ),
    "year": lambda s, y, uid: years.create_year(
        session=s, award_id=y.award.id, data=YearCreate(uid=uid, year=2030)
    ),
    "timetable": lambda s, y, uid: years.add_timetable_entry(
        session=s, year_id=y.year_id, data=TimetableCreate(uid=uid, starts_on=date(2030, 1, 1))
    ),
    "round": lambda s, y, uid: rounds.create_round(
        session=s, year_id=y.year_id, data=RoundCreate(uid=uid, name="Urval")
    ),
    "criterion": lambda s, y, uid: criteria.add_criterion(
        session=s, year_id=y.year_id, data=CriterionCreate(uid=uid, name="Ny")
    ),
    "juror": lambda s, y, uid: jurors.add_juror(
        session=s, year_id=y.year_id, data=JurorCreate(uid=uid, name="Ny")
    ),
    "organisation": lambda s, y, uid: organisations.create_organisation(
        session=s, data=OrganisationCreate(uid=uid, name="Ny")
    ),
    "initiative": lambda s, y, uid: initiatives.add_initiative(
        session=s, nominee_id=y.nominees[0].id, data=InitiativeCreate(uid=uid, title="Ny")
    ),
    "site_visit": lambda s, y, uid: site_visits.add_site_visit(
        session=s, nominee_id=y.nominees[0].id, data=SiteVisitCreate(uid=uid)
    ),
    "conflict": lambda s, y, uid: jurors.declare_conflict(
        session=s, juror_id=y.jurors[0].id, nominee_id=y.nominees[0].id, reason="", uid=uid
    ),
}


@pytest.mark.parametrize("kind", list(CREATES))
def test_explicit_uid_is_kept(session, year, kind):
    uid = str(uuid.uuid4())
    created = CREATES[kind](session, year, uid)
    assert created.uid == uid
    table = type(created)
    assert issubclass(table, SQLModel)
    stored = session.get(table, created.id, populate_existing=True)
    assert stored.uid == uid


def test_without_a_uid_each_row_gets_a_fresh_one(session, year):
    uids = [
        CREATES["criterion"](session, year, None).uid,
        criteria.add_criterion(
            session=session, year_id=year.year_id, data=CriterionCreate(name="Till")
        ).uid,
    ]
    assert len(set(uids)) == 2
    assert all(uuid.UUID(u).version == 4 for u in uids)
