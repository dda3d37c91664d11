"""Criteria: weight > 0, scale_min < scale_max, step > 0, on add and on update."""

import pytest

from nomdesk.errors import ValidationError
from nomdesk.services import criteria, scores
from nomdesk.services.schemas import CriterionCreate, CriterionUpdate

BAD_SETTINGS = [
    pytest.param({"weight": 0.0}, "weight", id="weight-zero"),
    pytest.param({"weight": -1.0}, "weight", id="weight-negative"),
    pytest.param({"scale_min": 5.0, "scale_max": 5.0}, "scale_max", id="min-equals-max"),
    pytest.param({"scale_min": 6.0, "scale_max": 5.0}, "scale_max", id="min-above-max"),
    pytest.param({"step": 0.0}, "step", id="step-zero"),
    pytest.param({"step": -0.5}, "step", id="step-negative"),
]


@pytest.mark.parametrize(("bad", "field"), BAD_SETTINGS)
def test_add_criterion_refuses_bad_settings(session, year, refused, bad, field):
    data = CriterionCreate(
        name="Lärande", **{"weight": 1.0, "scale_min": 0.0, "scale_max": 10.0, "step": 1} | bad
    )
    with refused(ValidationError, field=field):
        criteria.add_criterion(session=session, year_id=year.year_id, data=data)
    assert len(criteria.list_criteria(session=session, year_id=year.year_id)) == 2


@pytest.mark.parametrize(("bad", "field"), BAD_SETTINGS)
def test_update_criterion_refuses_bad_settings(session, year, refused, bad, field):
    criterion = year.criteria[0]
    with refused(ValidationError, field=field):
        criteria.update_criterion(
            session=session, criterion_id=criterion.id, data=CriterionUpdate(**bad)
        )
    stored = criteria.list_criteria(session=session, year_id=year.year_id)[0]
    assert (stored.weight, stored.scale_min, stored.scale_max, stored.step) == (
        2.0,
        0.0,
        10.0,
        0.5,
    )


def test_add_criterion_refuses_empty_name(session, year, refused):
    with refused(ValidationError, field="name"):
        criteria.add_criterion(
            session=session, year_id=year.year_id, data=CriterionCreate(name="   ")
        )


def test_update_refuses_a_scale_that_leaves_scores_invalid(session, year, refused):
    c = year.criteria[0]
    scores.set_score(
        session=session,
        round_id=year.round_id,
        juror_id=year.jurors[0].id,
        nominee_id=year.nominees[0].id,
        criterion_id=c.id,
        value=7.5,
    )
    with refused(ValidationError, field="scale_min"):
        criteria.update_criterion(
            session=session, criterion_id=c.id, data=CriterionUpdate(step=1.0)
        )


def test_add_update_and_move_criteria(session, year, events):
    added = criteria.add_criterion(
        session=session,
        year_id=year.year_id,
        data=CriterionCreate(
            name="Lärande", name_en="Learning", weight=0.5, scale_min=1, scale_max=7, step=1
        ),
    )
    assert added.position == 2
    assert (added.weight, added.scale_min, added.scale_max, added.step) == (0.5, 1, 7, 1)

    criteria.update_criterion(
        session=session, criterion_id=added.id, data=CriterionUpdate(weight=3.0, step=0.5)
    )
    updates = events(action="update", entity="criterion")
    assert updates[-1].entity_uid == added.uid
    assert updates[-1].before == {"weight": 0.5, "step": 1.0}
    assert updates[-1].after == {"weight": 3.0, "step": 0.5}

    criteria.move_criterion(session=session, criterion_id=added.id, position=0)
    names = [c.name for c in criteria.list_criteria(session=session, year_id=year.year_id)]
    assert names == ["Lärande", "Innovation", "Effekt"]
    positions = [c.position for c in criteria.list_criteria(session=session, year_id=year.year_id)]
    assert positions == [0, 1, 2]


def test_remove_criterion_removes_its_scores(session, year):
    c = year.criteria[1]
    scores.set_score(
        session=session,
        round_id=year.round_id,
        juror_id=year.jurors[0].id,
        nominee_id=year.nominees[0].id,
        criterion_id=c.id,
        value=3,
    )
    bundle = criteria.remove_criterion(session=session, criterion_id=c.id)
    assert bundle.count("criterion") == 1
    assert bundle.count("score") == 1
    assert [x.name for x in criteria.list_criteria(session=session, year_id=year.year_id)] == [
        "Innovation"
    ]
    assert scores.list_scores(session=session, round_id=year.round_id) == []
