"""Award years: unique per award, copying from an earlier year, settings, phase, timetable."""

from datetime import date

import pytest

from nomdesk.errors import DuplicateError, ValidationError
from nomdesk.services import awards, criteria, jurors, years
from nomdesk.services.schemas import (
    AwardCreate,
    CriterionUpdate,
    TimetableCreate,
    YearCreate,
    YearUpdate,
)

CRITERION_VALUES = (
    "position",
    "name",
    "name_en",
    "description",
    "description_en",
    "weight",
    "scale_min",
    "scale_max",
    "step",
)
JUROR_VALUES = ("position", "name", "affiliation", "role", "email")
SETTINGS = {
    "default_method": "median",
    "trim_k": 2,
    "tie_break": [{"kind": "criterion", "criterion": "Innovation"}, {"kind": "chair"}],
    "apply_tie_break": True,
}


def test_duplicate_year_for_an_award_is_refused(session, year, refused):
    with refused(DuplicateError, field="year"):
        years.create_year(session=session, award_id=year.award.id, data=YearCreate(year=2024))
    assert [y.year for y in years.list_years(session=session, award_id=year.award.id)] == [2024]


def test_same_year_number_for_another_award_is_allowed(session, year):
    other = awards.create_award(session=session, data=AwardCreate(name="Annat pris"))
    created = years.create_year(session=session, award_id=other.id, data=YearCreate(year=2024))
    assert created.year == 2024
    assert created.award_id == other.id


@pytest.mark.parametrize("bad", [1899, 2201])
def test_year_out_of_range_is_refused(session, year, refused, bad):
    with refused(ValidationError, field="year"):
        years.create_year(session=session, award_id=year.award.id, data=YearCreate(year=bad))


def test_unknown_method_is_refused(session, year, refused):
    with refused(ValidationError, field="default_method"):
        years.update_year(
            session=session, year_id=year.year_id, data=YearUpdate(default_method="dice")
        )
    with refused(ValidationError, field="tie_break"):
        years.update_year(
            session=session, year_id=year.year_id, data=YearUpdate(tie_break=[{"kind": "coin"}])
        )


def test_create_year_copies_criteria_jurors_and_settings(session, make_year):
    earlier = make_year(2023)
    criteria.update_criterion(
        session=session,
        criterion_id=earlier.criteria[0].id,
        data=CriterionUpdate(name_en="Innovation (en)", description="Nytt"),
    )
    years.update_year(session=session, year_id=earlier.year_id, data=YearUpdate(**SETTINGS))

    new = years.create_year(
        session=session,
        award_id=earlier.award.id,
        data=YearCreate(year=2024, title="2024"),
        copy_from_year_id=earlier.year_id,
    )

    old_criteria = criteria.list_criteria(session=session, year_id=earlier.year_id)
    new_criteria = criteria.list_criteria(session=session, year_id=new.id)
    assert len(new_criteria) == len(old_criteria) == 2
    for old, copy in zip(old_criteria, new_criteria, strict=True):
        assert copy.uid != old.uid
        assert copy.id != old.id
        assert copy.year_id == new.id
        assert [getattr(copy, k) for k in CRITERION_VALUES] == [
            getattr(old, k) for k in CRITERION_VALUES
        ]

    old_jurors = jurors.list_jurors(session=session, year_id=earlier.year_id)
    new_jurors = jurors.list_jurors(session=session, year_id=new.id)
    assert len(new_jurors) == len(old_jurors) == 3
    for old, copy in zip(old_jurors, new_jurors, strict=True):
        assert copy.uid != old.uid
        assert copy.year_id == new.id
        assert [getattr(copy, k) for k in JUROR_VALUES] == [getattr(old, k) for k in JUROR_VALUES]
    assert [j.role for j in new_jurors] == ["chair", "member", "member"]

    stored = years.find_year(session=session, award_id=earlier.award.id, year=2024)
    assert {k: getattr(stored, k) for k in SETTINGS} == SETTINGS
    # the earlier year is untouched
    assert len(criteria.list_criteria(session=session, year_id=earlier.year_id)) == 2


def test_create_year_can_copy_only_some_parts(session, make_year):
    earlier = make_year(2023)
    years.update_year(session=session, year_id=earlier.year_id, data=YearUpdate(**SETTINGS))
    new = years.create_year(
        session=session,
        award_id=earlier.award.id,
        data=YearCreate(year=2024),
        copy_from_year_id=earlier.year_id,
        copy=frozenset({"criteria"}),
    )
    assert len(criteria.list_criteria(session=session, year_id=new.id)) == 2
    assert jurors.list_jurors(session=session, year_id=new.id) == []
    assert new.default_method == "mean"


def test_copy_from_another_award_is_refused(session, make_year, refused):
    earlier = make_year(2023)
    other = awards.create_award(session=session, data=AwardCreate(name="Annat pris"))
    with refused(ValidationError, field="copy_from"):
        years.create_year(
            session=session,
            award_id=other.id,
            data=YearCreate(year=2024),
            copy_from_year_id=earlier.year_id,
        )
    assert years.list_years(session=session, award_id=other.id) == []


def test_phase_and_timetable(session, year, refused, events):
    years.set_phase(session=session, year_id=year.year_id, phase="nominations")
    assert years.find_year(session=session, award_id=year.award.id, year=2024).phase == (
        "nominations"
    )
    assert events(action="update", entity="award_year")[-1].after == {"phase": "nominations"}
    with refused(ValidationError, field="phase"):
        years.set_phase(session=session, year_id=year.year_id, phase="party")

    years.add_timetable_entry(
        session=session,
        year_id=year.year_id,
        data=TimetableCreate(kind="ceremony", label="Gala", starts_on=date(2024, 11, 20)),
    )
    years.add_timetable_entry(
        session=session,
        year_id=year.year_id,
        data=TimetableCreate(
            kind="deadline", label="Sista dag", starts_on=date(2024, 3, 1), ends_on=date(2024, 3, 1)
        ),
    )
    labels = [e.label for e in years.timetable(session=session, year_id=year.year_id)]
    assert labels == ["Sista dag", "Gala"]
    with refused(ValidationError, field="ends_on"):
        years.add_timetable_entry(
            session=session,
            year_id=year.year_id,
            data=TimetableCreate(
                label="Bakvänd", starts_on=date(2024, 5, 2), ends_on=date(2024, 5, 1)
            ),
        )
