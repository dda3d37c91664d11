"""Jurors: one chair per jury, checks on role and e-mail, conflicts of interest."""

import pytest

from nomdesk.errors import DuplicateError, ValidationError
from nomdesk.services import jurors, scores
from nomdesk.services.schemas import JurorCreate, JurorUpdate


def _roles(session, year_id):
    return [(j.name, j.role) for j in jurors.list_jurors(session=session, year_id=year_id)]


def test_naming_a_new_chair_demotes_the_old_one(session, year, events):
    old_chair = year.jurors[0]
    new = jurors.add_juror(
        session=session, year_id=year.year_id, data=JurorCreate(name="Ny ordförande", role="chair")
    )
    assert _roles(session, year.year_id) == [
        ("Juror 1 (2024)", "member"),
        ("Juror 2 (2024)", "member"),
        ("Juror 3 (2024)", "member"),
        ("Ny ordförande", "chair"),
    ]
    demotion = events(action="update", entity="juror")[-1]
    assert demotion.entity_uid == old_chair.uid
    assert (demotion.before, demotion.after) == ({"role": "chair"}, {"role": "member"})

    jurors.update_juror(session=session, juror_id=year.jurors[2].id, data=JurorUpdate(role="chair"))
    chairs = [name for name, role in _roles(session, year.year_id) if role == "chair"]
    assert chairs == ["Juror 3 (2024)"]
    assert new.id != year.jurors[2].id


def test_chairs_of_other_years_are_left_alone(session, make_year):
    earlier = make_year(2023)
    later = make_year(2024)
    jurors.update_juror(
        session=session, juror_id=later.jurors[1].id, data=JurorUpdate(role="chair")
    )
    assert [r for _n, r in _roles(session, earlier.year_id)] == ["chair", "member", "member"]
    assert [r for _n, r in _roles(session, later.year_id)] == ["member", "chair", "member"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": " "}, "name"),
        ({"name": "X", "role": "boss"}, "role"),
        ({"name": "X", "email": "not-an-address"}, "email"),
    ],
)
def test_bad_jurors_are_refused(session, year, refused, values, field):
    with refused(ValidationError, field=field):
        jurors.add_juror(session=session, year_id=year.year_id, data=JurorCreate(**values))
    with refused(ValidationError, field=field):
        jurors.update_juror(session=session, juror_id=year.jurors[1].id, data=JurorUpdate(**values))


def test_find_juror_by_uid_or_name(session, year):
    j = year.jurors[1]
    assert jurors.find_juror(session=session, year_id=year.year_id, key=j.uid).id == j.id
    assert jurors.find_juror(session=session, year_id=year.year_id, key="juror 2 (2024)").id == j.id
    with pytest.raises(ValidationError):
        jurors.find_juror(session=session, year_id=year.year_id, key="Nobody")


def test_conflicts(session, year, refused):
    juror, nominee = year.jurors[1], year.nominees[0]
    conflict = jurors.declare_conflict(
        session=session,
        juror_id=juror.id,
        nominee_id=nominee.id,
        reason=" Anställd ",
        declared_by="juror",
    )
    assert (conflict.reason, conflict.declared_by) == ("Anställd", "juror")
    assert jurors.find_conflict(session=session, juror_id=juror.id, nominee_id=nominee.id)
    assert [c.id for c in jurors.list_conflicts(session=session, year_id=year.year_id)] == [
        conflict.id
    ]
    with refused(DuplicateError, field="nominee"):
        jurors.declare_conflict(
            session=session, juror_id=juror.id, nominee_id=nominee.id, reason="igen"
        )
    with refused(ValidationError, field="declared_by"):
        jurors.declare_conflict(
            session=session,
            juror_id=juror.id,
            nominee_id=year.nominees[1].id,
            reason="x",
            declared_by="nominee",
        )
    jurors.remove_conflict(session=session, conflict_id=conflict.id)
    assert jurors.list_conflicts(session=session, year_id=year.year_id) == []


def test_conflict_across_years_is_refused(session, make_year, refused):
    earlier = make_year(2023)
    later = make_year(2024)
    with refused(ValidationError, field="nominee"):
        jurors.declare_conflict(
            session=session,
            juror_id=later.jurors[0].id,
            nominee_id=earlier.nominees[0].id,
            reason="x",
        )


def test_remove_juror_takes_scores_and_conflicts(session, year):
    j = year.jurors[1]
    scores.set_score(
        session=session,
        round_id=year.round_id,
        juror_id=j.id,
        nominee_id=year.nominees[0].id,
        criterion_id=year.criteria[0].id,
        value=5,
    )
    jurors.declare_conflict(
        session=session, juror_id=j.id, nominee_id=year.nominees[1].id, reason=""
    )
    bundle = jurors.remove_juror(session=session, juror_id=j.id)
    assert (bundle.count("juror"), bundle.count("score"), bundle.count("conflict")) == (1, 1, 1)
    assert len(jurors.list_jurors(session=session, year_id=year.year_id)) == 2
    assert scores.list_scores(session=session, round_id=year.round_id) == []
