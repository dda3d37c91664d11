"""A nominee's initiatives: add, update, move, remove; areas are user-extensible."""

import pytest

from nomdesk.db.models import Initiative
from nomdesk.errors import ValidationError
from nomdesk.services import initiatives
from nomdesk.services.schemas import InitiativeCreate, InitiativeUpdate


def _titles(session, nominee_id):
    return [i.title for i in initiatives.list_initiatives(session=session, nominee_id=nominee_id)]


def _add(session, nominee_id, title, **extra):
    return initiatives.add_initiative(
        session=session, nominee_id=nominee_id, data=InitiativeCreate(title=title, **extra)
    )


def test_add_update_move_remove(session, year, events):
    n = year.nominees[0].id
    first = _add(session, n, "Öppna data", area="open_data", started=2019, link="https://x.se")
    second = _add(session, n, "Chattbot", area="ai")
    third = _add(session, n, "Digital tvilling", area="digital_twin")
    assert [i.position for i in (first, second, third)] == [0, 1, 2]
    assert _titles(session, n) == ["Öppna data", "Chattbot", "Digital tvilling"]

    initiatives.update_initiative(
        session=session,
        initiative_id=second.id,
        data=InitiativeUpdate(title="AI-assistent", description="Svarar invånare"),
    )
    stored = session.get(Initiative, second.id, populate_existing=True)
    assert (stored.title, stored.description, stored.area) == (
        "AI-assistent",
        "Svarar invånare",
        "ai",
    )

    initiatives.move_initiative(session=session, initiative_id=third.id, position=0)
    assert _titles(session, n) == ["Digital tvilling", "Öppna data", "AI-assistent"]
    positions = [i.position for i in initiatives.list_initiatives(session=session, nominee_id=n)]
    assert positions == [0, 1, 2]
    initiatives.move_initiative(session=session, initiative_id=third.id, position=99)
    assert _titles(session, n) == ["Öppna data", "AI-assistent", "Digital tvilling"]

    bundle = initiatives.remove_initiative(session=session, initiative_id=first.id)
    assert bundle.count("initiative") == 1
    assert _titles(session, n) == ["AI-assistent", "Digital tvilling"]
    assert events(action="delete", entity="initiative")[-1].entity_uid == first.uid


def test_initiatives_belong_to_their_nominee(session, year):
    a, b = year.nominees[0].id, year.nominees[1].id
    _add(session, a, "A1")
    _add(session, b, "B1")
    _add(session, a, "A2")
    assert _titles(session, a) == ["A1", "A2"]
    assert _titles(session, b) == ["B1"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": "  "}, "title"),
        ({"title": "X", "area": " "}, "area"),
        ({"title": "X", "started": 1850}, "started"),
    ],
)
def test_bad_initiatives_are_refused(session, year, refused, values, field):
    with refused(ValidationError, field=field):
        initiatives.add_initiative(
            session=session, nominee_id=year.nominees[0].id, data=InitiativeCreate(**values)
        )


def test_a_new_area_becomes_known(session, year):
    _add(session, year.nominees[0].id, "Drönare", area="drones")
    areas = initiatives.known_areas(session=session, award_id=year.award.id)
    assert areas[-1] == "drones"
    assert areas[0] == "open_data"
