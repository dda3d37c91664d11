"""Partial updates: the XUpdate schemas allow None for every field, even NOT NULL ones.

A None for a required column is refused with a ValidationError naming the field; the file
does not change and no untyped error (TypeError, AttributeError, IntegrityError) reaches
the caller.
"""

import pytest

from nomdesk.errors import ValidationError
from nomdesk.services import criteria, jurors, nominees, years
from nomdesk.services.schemas import CriterionUpdate, JurorUpdate, NomineeUpdate, YearUpdate

NONE_UPDATES = {
    "weight": lambda s, y: criteria.update_criterion(
        session=s, criterion_id=y.criteria[0].id, data=CriterionUpdate(weight=None)
    ),
    "name": lambda s, y: jurors.update_juror(
        session=s, juror_id=y.jurors[0].id, data=JurorUpdate(name=None)
    ),
    "display_name": lambda s, y: nominees.update_nominee(
        session=s, nominee_id=y.nominees[0].id, data=NomineeUpdate(display_name=None)
    ),
    "proud_of": lambda s, y: nominees.update_nominee(
        session=s, nominee_id=y.nominees[0].id, data=NomineeUpdate(proud_of=None)
    ),
    "trim_k": lambda s, y: years.update_year(
        session=s, year_id=y.year_id, data=YearUpdate(trim_k=None)
    ),
}


@pytest.mark.parametrize("field", list(NONE_UPDATES))
def test_none_for_a_required_field_is_refused(session, year, db_path, dump, field):
    session.commit()
    before = dump(db_path)
    with pytest.raises(ValidationError) as err:
        NONE_UPDATES[field](session, year)
    assert err.value.field == field
    assert dump(db_path) == before


def test_an_unset_field_is_left_alone(session, year, events):
    n = year.nominees[0]
    nominees.update_nominee(session=session, nominee_id=n.id, data=NomineeUpdate(summary="Kort"))
    last = events(entity="nominee")[-1]
    assert last.after == {"summary": "Kort"}
    assert last.before == {"summary": ""}
