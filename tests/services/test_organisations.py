"""Organisations across years: unique names, merge, history with won flags."""

from sqlmodel import select

from nomdesk.db.models import NomineeOrganisation, Organisation
from nomdesk.errors import DuplicateError, ValidationError
from nomdesk.services import decisions, nominees, organisations
from nomdesk.services.organisations import Appearance
from nomdesk.services.schemas import NomineeCreate, OrganisationCreate, OrganisationUpdate


def _org(session, name, **extra):
    return organisations.create_organisation(
        session=session, data=OrganisationCreate(name=name, **extra)
    )


def _links(session, nominee_id):
    query = select(NomineeOrganisation).where(NomineeOrganisation.nominee_id == nominee_id)
    return list(session.exec(query.execution_options(populate_existing=True)))


def test_duplicate_organisation_name_is_refused(session, refused):
    _org(session, "Nacka kommun")
    with refused(DuplicateError, field="name"):
        _org(session, "Nacka kommun")


def test_bad_kind_and_population_are_refused(session, refused):
    org = _org(session, "Nacka kommun", county="Stockholm", population=110_000)
    with refused(ValidationError, field="kind"):
        organisations.update_organisation(
            session=session, organisation_id=org.id, data=OrganisationUpdate(kind="club")
        )
    with refused(ValidationError, field="population"):
        organisations.update_organisation(
            session=session, organisation_id=org.id, data=OrganisationUpdate(population=-1)
        )


def test_merge_with_itself_is_refused(session, refused):
    org = _org(session, "Karlstad")
    with refused(ValidationError, field="target"):
        organisations.merge_organisations(session=session, source_id=org.id, target_id=org.id)


def test_merge_moves_links_and_keeps_the_source_name_as_alias(session, make_year, events):
    y2023 = make_year(2023)
    y2024 = make_year(2024)
    source = _org(session, "Karlstad")
    target = _org(session, "Karlstads kommun")
    hammaro = _org(session, "Hammarö")
    # An earlier merge left an alias on the source; it must follow to the target.
    old = _org(session, "Karlstad stad")
    organisations.merge_organisations(session=session, source_id=old.id, target_id=source.id)
    assert organisations.aliases(session=session, organisation_id=source.id) == ["Karlstad stad"]

    only_source = y2023.nominees[0]  # names the source only
    joint_both = y2024.nominees[0]  # names both: keeps one link
    joint_other = y2024.nominees[1]  # source with another organisation
    nominees.set_organisations(
        session=session, nominee_id=only_source.id, organisation_ids=[source.id]
    )
    nominees.set_organisations(
        session=session, nominee_id=joint_both.id, organisation_ids=[source.id, target.id]
    )
    nominees.set_organisations(
        session=session, nominee_id=joint_other.id, organisation_ids=[hammaro.id, source.id]
    )

    merged = organisations.merge_organisations(
        session=session, source_id=source.id, target_id=target.id
    )

    assert merged.target_id == target.id
    assert session.get(Organisation, source.id, populate_existing=True) is None
    names = [o.name for o in organisations.list_organisations(session=session)]
    assert names == ["Hammarö", "Karlstads kommun"]
    assert organisations.aliases(session=session, organisation_id=target.id) == [
        "Karlstad",
        "Karlstad stad",
    ]
    assert [link.organisation_id for link in _links(session, only_source.id)] == [target.id]
    assert [link.organisation_id for link in _links(session, joint_both.id)] == [target.id]
    other = [o.name for o in nominees.organisations_of(session=session, nominee_id=joint_other.id)]
    assert other == ["Hammarö", "Karlstads kommun"]
    last = events(action="merge")[-1]
    assert last.entity_uid == target.uid
    assert last.after == {"merged_into": target.uid, "links_moved": 2, "links_dropped": 1}
    assert last.before["name"] == "Karlstad"


def test_history_lists_years_with_won_flags(session, make_year):
    nacka = _org(session, "Nacka kommun")
    # 2003: a history year without scores (no round), won by Nacka.
    y2003 = make_year(2003, n_criteria=0, n_jurors=0, n_nominees=2)
    y2023 = make_year(2023)
    nominees.set_organisations(
        session=session, nominee_id=y2003.nominees[1].id, organisation_ids=[nacka.id]
    )
    decisions.record_decision(
        session=session,
        year_id=y2003.year_id,
        winner_id=y2003.nominees[1].id,
        motivation="",
        historical=True,
    )
    nominees.set_organisations(
        session=session, nominee_id=y2023.nominees[2].id, organisation_ids=[nacka.id]
    )
    decisions.record_decision(
        session=session,
        year_id=y2023.year_id,
        winner_id=y2023.nominees[0].id,
        motivation="Bäst",
        confirm_missing=True,
    )

    history = organisations.history(session=session, organisation_id=nacka.id)

    assert history == [
        Appearance("Digitaliseringspriset", 2003, "Kommun B", "winner", True),
        Appearance("Digitaliseringspriset", 2023, "Kommun C", "finalist", False),
    ]


def test_history_of_an_organisation_never_nominated_is_empty(session):
    org = _org(session, "Ydre")
    assert organisations.history(session=session, organisation_id=org.id) == []


def test_nominee_with_several_orgs_shows_in_each_history(session, year):
    a, b = _org(session, "Mora"), _org(session, "Orsa")
    nominees.create_nominee(
        session=session,
        year_id=year.year_id,
        data=NomineeCreate(display_name="Mora och Orsa"),
        organisation_ids=[a.id, b.id],
    )
    for org in (a, b):
        [appearance] = organisations.history(session=session, organisation_id=org.id)
        assert (appearance.year, appearance.nominee, appearance.won) == (
            2024,
            "Mora och Orsa",
            False,
        )
